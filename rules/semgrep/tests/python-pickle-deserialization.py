import json
import pickle


def bad(blob, handle):
    # ruleid: python-pickle-deserialization
    state = pickle.loads(blob)
    # ruleid: python-pickle-deserialization
    more = pickle.load(handle)
    return state, more


def good(blob, state):
    # ok: python-pickle-deserialization
    data = pickle.dumps(state)
    # ok: python-pickle-deserialization
    return json.loads(blob), data
