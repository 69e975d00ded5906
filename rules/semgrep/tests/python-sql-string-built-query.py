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


def good(cursor, name):
    # ok: python-sql-string-built-query
    cursor.execute("SELECT * FROM users WHERE name = ?", (name,))
    # ok: python-sql-string-built-query
    cursor.execute("SELECT count(*) FROM users")
    query = "SELECT * FROM users WHERE name = %s"
    # ok: python-sql-string-built-query
    cursor.execute(query, (name,))
