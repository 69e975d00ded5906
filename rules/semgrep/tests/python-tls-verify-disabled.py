import httpx
import requests


def bad(url):
    # ruleid: python-tls-verify-disabled
    a = requests.get(url, verify=False, timeout=5)
    # ruleid: python-tls-verify-disabled
    b = httpx.post(url, verify=False)
    session = requests.Session()
    # ruleid: python-tls-verify-disabled
    session.verify = False
    return a, b


def good(url):
    # ok: python-tls-verify-disabled
    a = requests.get(url, timeout=5)
    # ok: python-tls-verify-disabled
    b = requests.get(url, verify="/etc/ssl/certs/ca.pem", timeout=5)
    return a, b
