import jinja2
from django.template import Context, Template
from fastapi import FastAPI
from flask import Flask, render_template_string, request

app = Flask(__name__)
api = FastAPI()


@app.errorhandler(404)
def not_found(e):
    page = "<h1>Not found: %s</h1>" % request.url
    # ruleid: python-ssti-request
    return render_template_string(page), 404


@app.route("/hi")
def hi():
    name = request.args.get("name", "")
    # ok: python-ssti-request
    return render_template_string("<h1>Hello {{ name }}</h1>", name=name)


@api.get("/render")
async def render(tpl: str):
    # ruleid: python-ssti-request
    return jinja2.Template(tpl).render()


@api.get("/env")
async def env_render(tpl: str):
    env = jinja2.Environment(autoescape=True)
    # ruleid: python-ssti-request
    return env.from_string("<p>" + tpl + "</p>").render()


def django_view(request):
    # ruleid: python-ssti-request
    t = Template("Hello " + request.POST["name"])
    # ok: python-ssti-request
    t2 = Template("Hello {{ name }}")
    return t.render(Context({})) + t2.render(Context({"name": request.POST["name"]}))
