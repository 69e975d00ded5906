import paramiko


def bad(host):
    client = paramiko.SSHClient()
    # ruleid: python-paramiko-auto-add-policy
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host)
    return client


def good(host):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    # ok: python-paramiko-auto-add-policy
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host)
    return client
