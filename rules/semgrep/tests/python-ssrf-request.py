import urllib.request

import aiohttp
import httpx
import requests
from fastapi import FastAPI
from flask import Flask, request

app = Flask(__name__)
api = FastAPI()


def fetch_view(request):
    url = request.POST.get("url")
    # ruleid: python-ssrf-request
    r = requests.get(url, timeout=5)
    # ok: python-ssrf-request
    r2 = requests.get("https://api.example.com/items/" + url, timeout=5)
    # ok: python-ssrf-request
    r3 = requests.get("https://api.example.com/status", params={"q": url}, timeout=5)
    return r, r2, r3


@app.route("/proxy")
def proxy():
    target = request.args["target"]
    # ruleid: python-ssrf-request
    body = urllib.request.urlopen(target).read()
    with requests.Session() as s:
        # ruleid: python-ssrf-request
        s.post(target, data=body, timeout=5)
    # ok: python-ssrf-request
    requests.get(f"https://api.example.com/{target}", timeout=5)
    return body


@api.get("/preview")
async def preview(link: str):
    async with httpx.AsyncClient() as client:
        # ruleid: python-ssrf-request
        page = await client.get(link)
    async with aiohttp.ClientSession() as session:
        # ruleid: python-ssrf-request
        async with session.get(link) as resp:
            text = await resp.text()
    # ok: python-ssrf-request
    cache = {}.get(link)
    return page, text, cache
