import jinja2
from jinja2 import Environment, select_autoescape


def bad():
    # ruleid: python-jinja2-autoescape-false
    return jinja2.Environment(autoescape=False)


def good():
    # ok: python-jinja2-autoescape-false
    return Environment(autoescape=select_autoescape(["html"]))


def bad_aiohttp(app, loader):
    import aiohttp_jinja2

    # ruleid: python-jinja2-autoescape-false
    aiohttp_jinja2.setup(app, loader=loader, autoescape=False)
    # ok: python-jinja2-autoescape-false
    aiohttp_jinja2.setup(app, loader=loader)


def bad_flask(app):
    # ruleid: python-jinja2-autoescape-false
    app.jinja_env.autoescape = False
    # ok: python-jinja2-autoescape-false
    app.jinja_env.autoescape = True
