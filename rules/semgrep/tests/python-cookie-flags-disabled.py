from flask import Flask

app = Flask(__name__)

# ruleid: python-cookie-flags-disabled
SESSION_COOKIE_SECURE = False
# ruleid: python-cookie-flags-disabled
CSRF_COOKIE_SECURE = False
# ok: python-cookie-flags-disabled
SESSION_COOKIE_HTTPONLY = True
# ok: python-cookie-flags-disabled
DEBUG_COOKIES = False
# ruleid: python-cookie-flags-disabled
app.config["SESSION_COOKIE_HTTPONLY"] = False
# ok: python-cookie-flags-disabled
app.config["SESSION_COOKIE_SECURE"] = True
