import json
import marshal
import shelve


def bad(blob, name):
    # ruleid: python-marshal-shelve-deserialization
    code = marshal.loads(blob)
    # ruleid: python-marshal-shelve-deserialization
    db = shelve.open(name)
    return code, db


def good(blob, obj):
    # ok: python-marshal-shelve-deserialization
    data = marshal.dumps(obj)
    # ok: python-marshal-shelve-deserialization
    return json.loads(blob), data
