"""The throwaway PostgreSQL server of the tests (tests/pg.py) and its fixtures:
socket only, trust login as the superuser, one fresh database per ``pg_url``."""

import socket

import psycopg
import pytest

from tests.pg import SUPERUSER, Cluster, ClusterError

pytestmark = pytest.mark.sqlite_only  # tests the PostgreSQL server itself, once


def test_server_answers_as_the_superuser(pg_url):
    with psycopg.connect(pg_url) as conn:
        version, user, superuser = conn.execute(
            "SELECT version(), current_user, current_setting('is_superuser')").fetchone()
        assert version.startswith("PostgreSQL "), version
        assert (user, superuser) == (SUPERUSER, "on")
        assert conn.execute("SHOW server_encoding").fetchone() == ("UTF8",)
        # Nothing but the server's own catalogs in a fresh database.
        assert conn.execute(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone() == (0,)


def test_two_databases_in_one_test_are_independent(pg_url, make_pg_database):
    other_url = make_pg_database()
    assert other_url != pg_url
    with psycopg.connect(pg_url) as one, psycopg.connect(other_url) as other:
        assert one.info.dbname != other.info.dbname
        one.execute("CREATE TABLE notes (body text)")
        one.execute("INSERT INTO notes VALUES ('only here')")
        one.commit()
        assert one.execute("SELECT to_regclass('notes') IS NOT NULL").fetchone() == (True,)
        assert other.execute("SELECT to_regclass('notes') IS NOT NULL").fetchone() == (False,)


def test_database_copied_from_a_template(pg_url, make_pg_database):
    with psycopg.connect(pg_url) as conn:
        template = conn.info.dbname
        conn.execute("CREATE TABLE notes (id int PRIMARY KEY, body text)")
        conn.cursor().executemany("INSERT INTO notes VALUES (%s, %s)",
                                  [(1, "ketamine"), (2, "kétamine ✓")])
    # The template has no open connection left: CREATE DATABASE … TEMPLATE needs that.
    copy_url = make_pg_database(template=template)
    with psycopg.connect(copy_url) as conn:
        assert conn.execute("SELECT id, body FROM notes ORDER BY id").fetchall() == [
            (1, "ketamine"), (2, "kétamine ✓")]
        conn.execute("DELETE FROM notes")
    with psycopg.connect(pg_url) as conn:  # the original is untouched by the copy's change
        assert conn.execute("SELECT count(*) FROM notes").fetchone() == (2,)


def test_dropped_with_sessions_still_connected(pg_cluster):
    url = pg_cluster.create_database("t_dropped_while_open")
    conn = psycopg.connect(url)
    try:
        pg_cluster.drop_database("t_dropped_while_open")
        with psycopg.connect(pg_cluster.url()) as admin:
            assert admin.execute("SELECT count(*) FROM pg_database WHERE datname = %s",
                                 ["t_dropped_while_open"]).fetchone() == (0,)
    finally:
        conn.close()


def test_listens_on_the_socket_only(pg_cluster, pg_url):
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SHOW listen_addresses").fetchone() == ("",)
        assert conn.info.host == str(pg_cluster.socket_dir)
    assert (pg_cluster.socket_dir / f".s.PGSQL.{pg_cluster.port}").is_socket()
    for host in ("127.0.0.1", "::1"):
        with pytest.raises(OSError):
            socket.create_connection((host, pg_cluster.port), timeout=1).close()


def test_failures_carry_the_programs_output(pg_cluster, tmp_path):
    missing = tmp_path / "no-such-data"
    with pytest.raises(ClusterError, match=r"(?s)pg_ctl status.*exit code 4.*no-such-data"):
        pg_cluster._run("pg_ctl", "status", "-D", str(missing))


def test_stop_ends_the_server_and_removes_its_folder():
    with Cluster() as cluster:
        base, url = cluster.base, cluster.url()
        with psycopg.connect(url) as conn:
            assert conn.execute("SELECT 1").fetchone() == (1,)
        assert base.is_dir()
    assert not base.exists()
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(url, connect_timeout=2)
    cluster.stop()  # a second stop is harmless
