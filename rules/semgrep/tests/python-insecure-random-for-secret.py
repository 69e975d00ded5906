import random
import secrets
import string


def make_token():
    # ruleid: python-insecure-random-for-secret
    return "".join(random.choice(string.ascii_letters) for _ in range(32))


def bad_assignment():
    # ruleid: python-insecure-random-for-secret
    reset_password = random.getrandbits(64)
    return reset_password


def make_secure_token():
    # ok: python-insecure-random-for-secret
    return secrets.token_urlsafe(32)


def roll_dice():
    # ok: python-insecure-random-for-secret
    return random.randint(1, 6)
