import jwt
from jose import jwt as jose_jwt


def read(token, key):
    # ruleid: python-jwt-signature-not-verified
    a = jwt.decode(token, verify=False)
    # ruleid: python-jwt-signature-not-verified
    b = jwt.decode(token, key, algorithms=["HS256"], options={"verify_signature": False})
    # ruleid: python-jwt-signature-not-verified
    c = jwt.decode(token, key, algorithms=["HS256", "none"])
    # ruleid: python-jwt-signature-not-verified
    d = jwt.encode({"sub": "1"}, None, algorithm="none")
    # ruleid: python-jwt-signature-not-verified
    e = jose_jwt.get_unverified_claims(token)
    # ok: python-jwt-signature-not-verified
    f = jwt.decode(token, key, algorithms=["HS256"])
    # ok: python-jwt-signature-not-verified
    g = jwt.decode(token, key, algorithms=["RS256"], options={"verify_exp": False})
    return a, b, c, d, e, f, g
