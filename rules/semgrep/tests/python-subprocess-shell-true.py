import subprocess


def bad(user_input):
    # ruleid: python-subprocess-shell-true
    subprocess.call("ls " + user_input, shell=True)
    # ruleid: python-subprocess-shell-true
    subprocess.run(f"grep {user_input} log.txt", shell=True, check=True)
    # ruleid: python-subprocess-shell-true
    subprocess.Popen(args=user_input, shell=True)


def good(user_input):
    # ok: python-subprocess-shell-true
    subprocess.run(["ls", user_input], check=True)
    # ok: python-subprocess-shell-true
    subprocess.call("ls -l /var/log", shell=True)
    # ok: python-subprocess-shell-true
    subprocess.run(user_input, shell=False)
