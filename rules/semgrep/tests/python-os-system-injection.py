import os


def bad(user_input):
    # ruleid: python-os-system-injection
    os.system("rm -rf " + user_input)
    # ruleid: python-os-system-injection
    return os.popen(f"cat {user_input}").read()


def good():
    # ok: python-os-system-injection
    os.system("clear")
    # ok: python-os-system-injection
    os.path.join("a", "b")
