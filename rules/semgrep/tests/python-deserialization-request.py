import joblib
import numpy
import pandas
import torch
from fastapi import FastAPI, UploadFile
from flask import Flask, request

app = Flask(__name__)
api = FastAPI()


@app.route("/model", methods=["POST"])
def load_model():
    blob = request.files["model"]
    # ruleid: python-deserialization-request
    model = joblib.load(blob)
    # ruleid: python-deserialization-request
    frame = pandas.read_pickle(request.files["frame"])
    # ok: python-deserialization-request
    arr = numpy.load(request.files["arr"])
    # ok: python-deserialization-request
    local = joblib.load("model.joblib")
    return str((model, frame, arr, local))


@api.post("/weights")
async def weights(file: UploadFile):
    # ruleid: python-deserialization-request
    state = torch.load(file.file)
    # ok: python-deserialization-request
    tensors = torch.load(file.file, weights_only=True)
    return {"n": len(state) + len(tensors)}
