import ssl


def bad():
    # ruleid: python-ssl-unverified-context
    ctx = ssl._create_unverified_context()
    other = ssl.create_default_context()
    # ruleid: python-ssl-unverified-context
    other.check_hostname = False
    # ruleid: python-ssl-unverified-context
    other.verify_mode = ssl.CERT_NONE
    return ctx, other


def good():
    # ok: python-ssl-unverified-context
    ctx = ssl.create_default_context()
    # ok: python-ssl-unverified-context
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx
