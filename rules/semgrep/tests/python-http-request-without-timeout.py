import httpx
import requests


def bad(url):
    # ruleid: python-http-request-without-timeout
    a = requests.get(url)
    # ruleid: python-http-request-without-timeout
    b = requests.post(url, json={}, timeout=None)
    # ruleid: python-http-request-without-timeout
    c = httpx.get(url, timeout=None)
    return a, b, c


def good(url, options):
    # ok: python-http-request-without-timeout
    a = requests.get(url, timeout=(3.05, 27))
    # ok: python-http-request-without-timeout
    b = httpx.get(url)
    # ok: python-http-request-without-timeout
    c = requests.get(url, **options)
    return a, b, c
