import tempfile


def bad():
    # ruleid: python-tempfile-mktemp
    return tempfile.mktemp(suffix=".txt")


def good():
    # ok: python-tempfile-mktemp
    fd, name = tempfile.mkstemp(suffix=".txt")
    return fd, name
