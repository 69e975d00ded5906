from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


def greeting(request):
    name = request.GET.get("name", "")
    # ruleid: python-xss-request-marked-safe
    banner = mark_safe("<b>Hello " + name + "</b>")
    # ok: python-xss-request-marked-safe
    safe_banner = mark_safe("<b>Hello " + escape(name) + "</b>")
    # ok: python-xss-request-marked-safe
    built = format_html("<b>Hello {}</b>", name)
    # ok: python-xss-request-marked-safe
    fixed = mark_safe("<b>Hello</b>")
    return banner, safe_banner, built, fixed


@app.route("/hello")
def hello():
    who = request.args.get("who")
    # ruleid: python-xss-request-marked-safe
    text = Markup(f"<i>{who}</i>")
    # ok: python-xss-request-marked-safe
    text2 = Markup("<i>{}</i>").format(who)
    return text + text2
