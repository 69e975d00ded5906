"""Order service: runguard's bundled example.

This module is DELIBERATELY VULNERABLE so that `runguard gate` has something real to catch.
Never deploy it. Every issue below is one a scanner should report.
"""
import hashlib
import pickle
import sqlite3
import subprocess

import requests
import yaml

# A fake credential planted for the demo (the host does not exist); the secret scanner reports it.
DATABASE_URL = "postgresql://orders:demo-only-Xq7rT2vLp9@db.example.internal:5432/orders"


def export_report(customer: str) -> int:
    # Command injection: the customer name reaches a shell.
    return subprocess.call("generate-report --customer " + customer, shell=True)


def load_session(blob: bytes) -> dict:
    # Unsafe deserialization of data that came from a cookie.
    return pickle.loads(blob)


def read_settings(text: str) -> dict:
    # yaml.load without a safe loader can construct arbitrary objects.
    return yaml.load(text, Loader=yaml.Loader)


def find_orders(conn: sqlite3.Connection, customer_id: str) -> list:
    # SQL built by string formatting.
    query = "SELECT * FROM orders WHERE customer_id = '%s'" % customer_id
    return conn.execute(query).fetchall()


def password_digest(password: str) -> str:
    # A fast, broken hash for passwords.
    return hashlib.md5(password.encode()).hexdigest()


def fetch_rates(url: str) -> dict:
    # TLS verification off and no timeout.
    return requests.get(url, verify=False).json()


def evaluate_discount(expression: str) -> float:
    # eval of user input.
    return eval(expression)
