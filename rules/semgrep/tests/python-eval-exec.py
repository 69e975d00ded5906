import ast


def bad(expression, code):
    # ruleid: python-eval-exec
    value = eval(expression)
    # ruleid: python-eval-exec
    exec(code, {})
    return value


def good(expression):
    # ok: python-eval-exec
    eval("1 + 2")
    # ok: python-eval-exec
    return ast.literal_eval(expression)
