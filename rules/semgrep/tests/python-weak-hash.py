import hashlib


def bad(password):
    # ruleid: python-weak-hash
    a = hashlib.md5(password.encode()).hexdigest()
    # ruleid: python-weak-hash
    b = hashlib.sha1(password.encode()).hexdigest()
    # ruleid: python-weak-hash
    c = hashlib.new("md5", password.encode())
    return a, b, c


def good(data):
    # ok: python-weak-hash
    a = hashlib.sha256(data).hexdigest()
    # ok: python-weak-hash
    b = hashlib.md5(data, usedforsecurity=False).hexdigest()
    return a, b
