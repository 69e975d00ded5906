import json

from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from flask import Flask, jsonify, make_response, render_template, request
from markupsafe import escape

app = Flask(__name__)
api = FastAPI()


def search(request):
    q = request.GET.get("q", "")
    if q == "x":
        # ruleid: python-xss-request-in-response
        return HttpResponse("<h1>Results for " + q + "</h1>")
    if q == "json":
        # ok: python-xss-request-in-response
        return HttpResponse(json.dumps({"q": q}), content_type="application/json")
    if q == "plain":
        # ok: python-xss-request-in-response
        return HttpResponse(q, content_type="text/plain")
    # ok: python-xss-request-in-response
    return render(request, "search.html", {"q": q})


@app.route("/greet")
def greet():
    name = request.args.get("name", "")
    if name == "a":
        # ruleid: python-xss-request-in-response
        return "<p>Hello %s</p>" % name
    if name == "b":
        # ruleid: python-xss-request-in-response
        return make_response(f"<p>Hello {name}</p>")
    if name == "c":
        # ok: python-xss-request-in-response
        return "<p>Hello %s</p>" % escape(name)
    if name == "d":
        # ok: python-xss-request-in-response
        return jsonify(name=name)
    # ok: python-xss-request-in-response
    return make_response(render_template("greet.html", name=name))


@app.route("/plain/<word>")
def plain(word):
    # ruleid: python-xss-request-in-response
    return "You said " + word


@api.get("/page")
async def page(title: str):
    # ruleid: python-xss-request-in-response
    return HTMLResponse(content=f"<title>{title}</title>")


@api.get("/count")
async def count(n: int):
    # ok: python-xss-request-in-response
    return HTMLResponse(f"<p>{n}</p>")


@api.get("/echo")
async def echo(text: str):
    # ok: python-xss-request-in-response
    return {"text": "you said " + text}


def download(request, file_id):
    row = File.objects.get(pk=file_id)
    # ok: python-xss-request-in-response
    return HttpResponse(content=open("/srv/files/" + row.path, "rb").read())
