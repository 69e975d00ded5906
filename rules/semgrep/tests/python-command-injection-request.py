import asyncio
import os
import subprocess

from fastapi import FastAPI
from flask import Flask, request

app = Flask(__name__)
api = FastAPI()


def run_view(request):
    command = request.POST.get("command")
    # ruleid: python-command-injection-request
    p = subprocess.Popen(command.split(" "), stdout=subprocess.PIPE)
    # ruleid: python-command-injection-request
    subprocess.run(["bash", "-c", command])
    # ok: python-command-injection-request
    subprocess.run(["ping", "-c", "1", "--", command])
    # ok: python-command-injection-request
    subprocess.run("ls -l", shell=False)
    return p


@app.route("/tool")
def tool():
    prog = request.args["prog"]
    # ruleid: python-command-injection-request
    out = subprocess.check_output([prog, "--version"])
    # ruleid: python-command-injection-request
    status = subprocess.getoutput("whois " + prog)
    # ruleid: python-command-injection-request
    os.execvp(prog, [prog])
    return out + status


@api.post("/exec")
async def run_exec(cmd: str):
    # ruleid: python-command-injection-request
    proc = await asyncio.create_subprocess_shell(cmd)
    # ok: python-command-injection-request
    proc2 = await asyncio.create_subprocess_exec("git", "log", cmd)
    return proc, proc2
