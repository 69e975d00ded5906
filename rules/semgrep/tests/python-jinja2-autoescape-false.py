import jinja2
from jinja2 import Environment, select_autoescape


def bad():
    # ruleid: python-jinja2-autoescape-false
    return jinja2.Environment(autoescape=False)


def good():
    # ok: python-jinja2-autoescape-false
    return Environment(autoescape=select_autoescape(["html"]))
