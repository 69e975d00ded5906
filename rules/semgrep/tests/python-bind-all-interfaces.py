import socket

from flask import Flask

app = Flask(__name__)


def bad():
    sock = socket.socket()
    # ruleid: python-bind-all-interfaces
    sock.bind(("0.0.0.0", 8080))
    # ruleid: python-bind-all-interfaces
    app.run(host="0.0.0.0", port=5000)


def good(address):
    sock = socket.socket()
    # ok: python-bind-all-interfaces
    sock.bind(("127.0.0.1", 8080))
    # ok: python-bind-all-interfaces
    app.run(host=address, port=5000)
