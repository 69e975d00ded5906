import os
import tempfile


def bad(data):
    # ruleid: python-hardcoded-tmp-path
    with open("/tmp/app-cache.txt", "w") as handle:
        handle.write(data)
    # ruleid: python-hardcoded-tmp-path
    return os.path.join("/tmp", "app.lock")


def good(data):
    # ok: python-hardcoded-tmp-path
    with tempfile.NamedTemporaryFile("w", delete=False) as handle:
        handle.write(data)
    # ok: python-hardcoded-tmp-path
    with open("/etc/app/tmp.conf") as config:
        return config.read()
