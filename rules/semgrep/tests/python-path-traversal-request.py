import pathlib
import os

from django.http import FileResponse, HttpResponse
from fastapi import FastAPI
from fastapi.responses import FileResponse as StarletteFile
from flask import Flask, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

app = Flask(__name__)
api = FastAPI()
BASE = "/srv/files"


def user_pic(request):
    name = request.GET.get("p")
    # ruleid: python-path-traversal-request
    path = os.path.join(BASE, name)
    # ok: python-path-traversal-request
    data = open(path, "rb").read()
    # ok: python-path-traversal-request
    data2 = open(os.path.join(BASE, os.path.basename(name)), "rb").read()
    # ruleid: python-path-traversal-request
    return FileResponse(open(BASE + "/" + name, "rb")), HttpResponse(data + data2)


@app.route("/download")
def download():
    filename = request.args.get("file")
    if filename == "x":
        # ruleid: python-path-traversal-request
        return send_file(filename)
    if filename == "y":
        # ok: python-path-traversal-request
        return send_from_directory(BASE, filename)
    folder = request.args.get("folder")
    # ruleid: python-path-traversal-request
    return send_from_directory(folder, "index.html")


@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["file"]
    # ruleid: python-path-traversal-request
    f.save("/srv/uploads/" + f.filename)
    # ok: python-path-traversal-request
    f.save(os.path.join("/srv/uploads", secure_filename(f.filename)))
    return "ok"


@api.get("/files/{name}")
async def get_file(name: str):
    # ruleid: python-path-traversal-request
    return StarletteFile(f"/srv/files/{name}")


@api.get("/numbered/{n}")
async def numbered(n: int):
    # ok: python-path-traversal-request
    return StarletteFile(f"/srv/files/{n}.txt")


class DownloadView:
    def get(self, *args, **kwargs):
        name = self.request.GET["name"]
        # ruleid: python-path-traversal-request
        return FileResponse(open("/srv/files/" + name, "rb"))


class Cache:
    def load(self, key):
        # A cache of request paths is not the request (only self.request.<data> is).
        # ok: python-path-traversal-request
        return open(self.request_paths[key])


@app.route("/static/<path:filename>")
def static_check(filename):
    # Looks at the text only; no file is opened.
    # ok: python-path-traversal-request
    if pathlib.Path(filename).is_absolute():
        return "no", 400
    # ruleid: python-path-traversal-request
    return pathlib.Path(filename).read_text()
