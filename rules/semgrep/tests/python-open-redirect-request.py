from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from fastapi import FastAPI
from fastapi.responses import RedirectResponse
from flask import Flask, request, url_for
from flask import redirect as flask_redirect

app = Flask(__name__)
api = FastAPI()


def go(request):
    url = request.GET.get("url")
    # ruleid: python-open-redirect-request
    return redirect(url)


def go_checked(request):
    nxt = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}):
        nxt = "/"
    # ok: python-open-redirect-request
    return redirect(nxt)


def go_local(request):
    item = request.GET.get("item")
    # ok: python-open-redirect-request
    return redirect("/items/" + item)


@app.route("/login")
def login():
    nxt = request.args.get("next")
    if nxt == "home":
        # ok: python-open-redirect-request
        return flask_redirect(url_for("home", tab=nxt))
    # ruleid: python-open-redirect-request
    return flask_redirect(nxt)


@api.get("/out")
async def out(to: str):
    # ruleid: python-open-redirect-request
    return RedirectResponse(to)


@api.get("/fixed")
async def fixed(page: int):
    # ok: python-open-redirect-request
    return RedirectResponse(f"/pages/{page}")


def go_nested(request, project_id, task_id):
    # ok: python-open-redirect-request
    return redirect("/taskManager/" + project_id + "/" + task_id)


def go_protocol_relative(request):
    # ruleid: python-open-redirect-request
    return redirect("/" + request.GET["path"])


def reload_page(request):
    # The current path of this site (Django's admin does this after a POST).
    # ok: python-open-redirect-request
    return redirect(request.get_full_path())


def set_language(request):
    next_url = request.POST.get("next")
    # Django's own views pass the URL by keyword.
    if not url_has_allowed_host_and_scheme(url=next_url, allowed_hosts={request.get_host()}):
        next_url = "/"
    # ok: python-open-redirect-request
    return redirect(next_url)


def shortcut(request, content_type_id, object_id):
    content_type = ContentType.objects.get_for_id(content_type_id)
    obj = content_type.get_object_for_this_type(pk=object_id)
    # A row looked up by the URL's id: its own URL is stored data, not the request's text.
    # ok: python-open-redirect-request
    return redirect(obj.get_absolute_url())
