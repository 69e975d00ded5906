import sqlite3
from django.db.models.expressions import RawSQL
from sqlalchemy import text
from django.http import HttpResponse
from flask import request as freq, Flask

def bad(cursor, name, user_id):
    # ruleid: python-sql-string-built-query
    cursor.execute("SELECT * FROM users WHERE name = '%s'" % name)
    # ruleid: python-sql-string-built-query
    cursor.execute(f"SELECT * FROM users WHERE name = '{name}'")
    # ruleid: python-sql-string-built-query
    cursor.execute("SELECT * FROM users WHERE name = '{}'".format(name))
    # ruleid: python-sql-string-built-query
    cursor.execute("DELETE FROM users WHERE id = " + user_id)
    query = "SELECT * FROM users WHERE name = '%s'" % name
    # ruleid: python-sql-string-built-query
    cursor.execute(query)


def view(request):
    name = request.GET.get("name")
    q = "SELECT * FROM app_user WHERE name = '" + name + "'"
    q += " ORDER BY id"
    # ruleid: python-sql-string-built-query
    users = User.objects.raw(q)
    # ruleid: python-sql-string-built-query
    User.objects.extra(where=["name = '%s'" % name])
    # ruleid: python-sql-string-built-query
    User.objects.annotate(x=RawSQL("select 1 from t where n = '%s'" % name, []))
    # ruleid: python-sql-string-built-query
    stmt = text(f"SELECT * FROM t WHERE n = '{name}'")
    # ok: python-sql-string-built-query
    session.execute(stmt)
    # ruleid: python-sql-string-built-query
    cursor.execute(request.POST["sql"])
    # ok: python-sql-string-built-query
    cursor.execute("SELECT * FROM t WHERE n = %s", [name])
    limit = int(request.GET["limit"])
    # ok: python-sql-string-built-query
    cursor.execute("SELECT * FROM t LIMIT %d" % limit)
    # ok: python-sql-string-built-query
    cursor.execute(f"SELECT * FROM t LIMIT {limit}")
    return HttpResponse("x")

def good(cursor, name):
    # ok: python-sql-string-built-query
    cursor.execute("SELECT * FROM users WHERE name = ?", (name,))
    # ok: python-sql-string-built-query
    cursor.execute("SELECT count(*) FROM users")
    query = "SELECT * FROM users WHERE name = %s"
    # ok: python-sql-string-built-query
    cursor.execute(query, (name,))
    # ok: python-sql-string-built-query
    cursor.execute("SELECT * FROM users WHERE name = %(n)s", {"n": "a" + name})


async def graphql_view(request: Request, body: dict):
    query = body.get("query", "")
    # ok: python-sql-string-built-query
    return await schema.execute(query)


def not_sql(cursor, log, name):
    message = "cannot convert %s into a number" % name
    log.warning(message)
    # ok: python-sql-string-built-query
    cursor.execute(message_table_insert, (message,))


def where_fragment(queryset, name):
    # ruleid: python-sql-string-built-query
    return queryset.extra(where=["name = '%s'" % name])


def drop_table(cursor, connection, table):
    # ok: python-sql-string-built-query
    cursor.execute("DROP TABLE %s" % connection.ops.quote_name(table))


def create_test_database(cursor, params, mode):
    # Identifiers from the library's own settings fill name slots, not value slots.
    # ok: python-sql-string-built-query
    cursor.execute("CREATE DATABASE %(dbname)s %(suffix)s" % params)
    # ok: python-sql-string-built-query
    cursor.execute("UPDATE %(table)s SET %(column)s = %%s" % params, [mode])
    # ok: python-sql-string-built-query
    cursor.execute(f"BEGIN {mode}")
    # ok: python-sql-string-built-query
    cursor.execute("SELECT * FROM (%s) subquery" % params["inner"], [])


def search(cursor, term, table):
    # ruleid: python-sql-string-built-query
    cursor.execute(f"SELECT * FROM products WHERE name LIKE '%{term}%'")
    # ruleid: python-sql-string-built-query
    cursor.execute(f"SELECT * FROM {table} WHERE name = '{term}'")
    # ruleid: python-sql-string-built-query
    cursor.execute("DELETE FROM t WHERE id = " + term)


def get_many(cursor, table, column, keys):
    # The query makes its own placeholders; the keys go in as parameters.
    # ok: python-sql-string-built-query
    cursor.execute(
        "SELECT * FROM %s WHERE %s IN (%s)" % (table, column, ", ".join(["%s"] * len(keys))),
        list(keys),
    )
    # ruleid: python-sql-string-built-query
    cursor.execute("SELECT * FROM t WHERE id IN (%s)" % ", ".join(keys))
