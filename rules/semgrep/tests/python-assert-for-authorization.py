def bad(request):
    # ruleid: python-assert-for-authorization
    assert request.user.is_authenticated
    # ruleid: python-assert-for-authorization
    assert request.user.has_perm("app.delete"), "forbidden"
    return "deleted"


def good(request, items):
    if not request.user.is_authenticated:
        raise PermissionError("login required")
    # ok: python-assert-for-authorization
    assert items.count() >= 0
    return "ok"
