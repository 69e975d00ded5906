# Named like a settings module via the integration test (paths.include: *settings*.py).
# ruleid: python-django-debug-true
DEBUG = True


def configure():
    # ok: python-django-debug-true
    DEBUG = True
    return DEBUG
