from django.http import HttpResponse


def login(request):
    response = HttpResponse("ok")
    # ruleid: python-cookie-missing-secure-httponly
    response.set_cookie("session_id", "abc")
    # ruleid: python-cookie-missing-secure-httponly
    response.set_cookie("userid", "1", max_age=3600, samesite=None, secure=False)
    # ruleid: python-cookie-missing-secure-httponly
    response.set_cookie("token", "t", secure=True)
    # ruleid: python-cookie-missing-secure-httponly
    response.set_cookie("token2", "t", secure=True, httponly=False)
    # ok: python-cookie-missing-secure-httponly
    response.set_cookie("token3", "t", secure=True, httponly=True, samesite="Lax")
    # ok: python-cookie-missing-secure-httponly
    response.set_cookie(key="token4", value="t", httponly=True, secure=request.is_secure())
    # ok: python-cookie-missing-secure-httponly
    response.set_cookie("session_id", "", expires=0)
    # ok: python-cookie-missing-secure-httponly
    response.delete_cookie("session_id")
    return response


def client_side(jar, cookie):
    # A client cookie jar, not a response header.
    # ok: python-cookie-missing-secure-httponly
    jar.set_cookie(cookie)


class SignedResponse(HttpResponse):
    def set_signed_cookie(self, key, value, salt="", **kwargs):
        value = sign(key, value, salt)
        # Forwards the caller's flags: the caller is checked instead.
        # ok: python-cookie-missing-secure-httponly
        return self.set_cookie(key, value, **kwargs)
