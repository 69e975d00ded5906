import os

import jwt

SIGNING_KEY = "s3cr3t-signing-key"
KEY_FROM_ENV = os.environ["JWT_KEY"]


def issue(user):
    # ruleid: python-jwt-hardcoded-key
    a = jwt.encode({"sub": user}, "csrf_vulnerability", algorithm="HS256")
    # ruleid: python-jwt-hardcoded-key
    b = jwt.encode({"sub": user}, SIGNING_KEY, algorithm="HS256")
    # ok: python-jwt-hardcoded-key
    c = jwt.encode({"sub": user}, KEY_FROM_ENV, algorithm="HS256")
    return a, b, c


def check(token):
    # ruleid: python-jwt-hardcoded-key
    x = jwt.decode(token, "csrf_vulnerability", algorithms=["HS256"])
    # ok: python-jwt-hardcoded-key
    y = jwt.decode(token, os.environ["JWT_KEY"], algorithms=["HS256"])
    return x, y
