import yaml


def bad(text):
    # ruleid: python-yaml-unsafe-load
    a = yaml.load(text)
    # ruleid: python-yaml-unsafe-load
    b = yaml.load(text, Loader=yaml.Loader)
    # ruleid: python-yaml-unsafe-load
    c = yaml.unsafe_load(text)
    return a, b, c


def good(text):
    # ok: python-yaml-unsafe-load
    a = yaml.safe_load(text)
    # ok: python-yaml-unsafe-load
    b = yaml.load(text, Loader=yaml.SafeLoader)
    return a, b
