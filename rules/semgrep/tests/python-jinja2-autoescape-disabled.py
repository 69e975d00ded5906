import jinja2
from jinja2 import Environment, FileSystemLoader, select_autoescape


def bad():
    # ruleid: python-jinja2-autoescape-disabled
    a = jinja2.Environment(loader=FileSystemLoader("templates"))
    # ruleid: python-jinja2-autoescape-disabled
    b = Environment()
    return a, b


def good():
    # ok: python-jinja2-autoescape-disabled
    a = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape())
    # ok: python-jinja2-autoescape-disabled
    b = jinja2.Environment(autoescape=True)
    return a, b
