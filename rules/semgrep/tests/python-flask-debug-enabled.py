import os

from flask import Flask

app = Flask(__name__)

if os.environ.get("RUN_BAD"):
    # ruleid: python-flask-debug-enabled
    app.run(debug=True)
    # ruleid: python-flask-debug-enabled
    app.debug = True

if os.environ.get("RUN_GOOD"):
    # ok: python-flask-debug-enabled
    app.run(debug=os.environ.get("FLASK_DEBUG") == "1")
    # ok: python-flask-debug-enabled
    app.run(port=8080)
