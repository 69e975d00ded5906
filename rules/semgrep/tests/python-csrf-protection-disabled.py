from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from flask import Flask
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
csrf = CSRFProtect(app)


# ruleid: python-csrf-protection-disabled
@csrf_exempt
def transfer(request):
    return HttpResponse("done")


# ok: python-csrf-protection-disabled
@csrf_protect
def transfer_checked(request):
    return HttpResponse("done")


# ruleid: python-csrf-protection-disabled
webhook = csrf_exempt(transfer_checked)


# ruleid: python-csrf-protection-disabled
@csrf.exempt
@app.route("/hook", methods=["POST"])
def hook():
    return "ok"


# ruleid: python-csrf-protection-disabled
app.config["WTF_CSRF_ENABLED"] = False
# ok: python-csrf-protection-disabled
app.config["WTF_CSRF_ENABLED"] = True
