"""A throwaway PostgreSQL server for the test session, reachable only through a
Unix socket in its own temporary folder (no TCP, no network).

Debian's binaries (``make postgresql`` installs them) are found on PATH first,
then in the highest /usr/lib/postgresql/*/bin. ``initdb`` and ``postgres``
refuse to run as root, and CI runs as root: there the server runs as the
``postgres`` system user (``nobody`` when that is missing), and the folder
holding its data and socket belongs to that user. Every connection, from root
or not, logs in as the superuser ``annotator_admin`` with trust authentication
over the socket.

    cluster = Cluster()
    cluster.start()
    cluster.create_database("t_1")
    psycopg.connect(cluster.url("t_1"))
    cluster.stop()
"""

from __future__ import annotations

import atexit
import os
import pwd
import shlex
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import quote

SUPERUSER = "annotator_admin"
MAINTENANCE_DB = "postgres"
# sun_path holds 108 bytes with its terminating NUL; libpq and postgres say 107.
_SOCKET_PATH_MAX = 107
_SERVER_OPTIONS = (
    "-c listen_addresses='' -c fsync=off -c synchronous_commit=off"
    " -c full_page_writes=off -c max_connections=100"
)


class ClusterError(RuntimeError):
    """initdb or pg_ctl failed; the message carries their output and the server log."""


def find_bindir() -> Path:
    """The folder holding initdb, pg_ctl and postgres: PATH first (symbolic links
    resolved, since pg_ctl looks for postgres beside itself), then the highest
    /usr/lib/postgresql/*/bin."""
    initdb = shutil.which("initdb")
    if initdb:
        bindir = Path(os.path.realpath(initdb)).parent
        if (bindir / "pg_ctl").is_file():
            return bindir
    versions = []
    for bindir in Path("/usr/lib/postgresql").glob("*/bin"):
        if (bindir / "initdb").is_file() and (bindir / "pg_ctl").is_file():
            major = bindir.parent.name
            versions.append((int(major) if major.isdigit() else -1, major, bindir))
    if not versions:
        raise ClusterError(
            "no PostgreSQL server binaries (initdb, pg_ctl) on PATH or in "
            "/usr/lib/postgresql/*/bin: `make postgresql` installs Debian's"
        )
    return max(versions)[2]


def _free_port() -> int:
    # The server listens on no TCP port; the number only names the socket file
    # (.s.PGSQL.PORT), but a free one keeps the choice unsurprising.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _server_user() -> pwd.struct_passwd | None:
    """Whom to run initdb and pg_ctl as: None (ourselves) unless we are root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    raise ClusterError("running as root, and neither a postgres nor a nobody user exists")


def _clean_env() -> dict[str, str]:
    # PGDATA, PGPORT, PGHOST… of the caller must not steer our own server.
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env["LC_ALL"] = "C"
    return env


class Cluster:
    """One initdb'd data directory and the server running on it."""

    def __init__(self, bindir: Path | None = None):
        self.bindir = bindir
        self.port: int | None = None
        self.base: Path | None = None  # holds data/, server.log and the socket
        self._user = None

    # -- paths ---------------------------------------------------------------

    @property
    def datadir(self) -> Path:
        return self.base / "data"

    @property
    def logfile(self) -> Path:
        return self.base / "server.log"

    @property
    def socket_dir(self) -> Path:
        return self.base

    @property
    def running(self) -> bool:
        return self.base is not None

    # -- life cycle ----------------------------------------------------------

    def start(self) -> Cluster:
        if self.running:
            return self
        self.bindir = self.bindir or find_bindir()
        self._user = _server_user()
        self.port = _free_port()
        self.base = self._make_base()
        try:
            self._run(
                "initdb", "-D", str(self.datadir), "-U", SUPERUSER, "--auth=trust",
                "--encoding=UTF8", "--locale=C", "--no-sync", "--no-instructions",
            )
            options = f"-k {shlex.quote(str(self.socket_dir))} -p {self.port} {_SERVER_OPTIONS}"
            self._run(
                "pg_ctl", "start", "-w", "-t", "60", "-D", str(self.datadir),
                "-l", str(self.logfile), "-o", options,
            )
        except BaseException:
            self._remove_base()
            raise
        atexit.register(self.stop)
        return self

    def stop(self) -> None:
        """Stops the server at once (no checkpoint: the data is thrown away) and
        removes its folder. Safe to call twice."""
        if not self.running:
            return
        atexit.unregister(self.stop)
        try:
            if (self.datadir / "postmaster.pid").exists():
                self._run("pg_ctl", "stop", "-w", "-t", "60", "-m", "immediate",
                          "-D", str(self.datadir))
        finally:
            self._remove_base()

    def __enter__(self) -> Cluster:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- use -----------------------------------------------------------------

    def url(self, dbname: str = MAINTENANCE_DB) -> str:
        """A libpq URL for ``dbname`` through the socket, as the superuser."""
        if not self.running:
            raise ClusterError("the cluster is not started")
        host = quote(str(self.socket_dir), safe="/")
        return (f"postgresql://{SUPERUSER}@/{quote(dbname, safe='')}"
                f"?host={host}&port={self.port}")

    def connect(self, dbname: str = MAINTENANCE_DB, **kwargs):
        import psycopg

        return psycopg.connect(self.url(dbname), **kwargs)

    def create_database(self, name: str, template: str | None = None) -> str:
        """Creates ``name`` (empty, or a copy of ``template``, which must then
        have no open connection) and returns its URL."""
        from psycopg import sql

        statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
        if template is not None:
            statement += sql.SQL(" TEMPLATE {}").format(sql.Identifier(template))
        with self.connect(autocommit=True) as conn:
            conn.execute(statement)
        return self.url(name)

    def drop_database(self, name: str) -> None:
        """Drops ``name`` if it exists, ending any session still connected to it."""
        from psycopg import sql

        with self.connect(autocommit=True) as conn:
            statement = sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name))
            if conn.info.server_version >= 130000:
                statement += sql.SQL(" WITH (FORCE)")
            conn.execute(statement)

    # -- helpers -------------------------------------------------------------

    def _make_base(self) -> Path:
        socket_name = f"/.s.PGSQL.{self.port}"
        parent = None  # tempfile's own choice ($TMPDIR, /tmp…) when its path is short enough
        probe = os.path.join(tempfile.gettempdir(), "annotator-pg-XXXXXXXX") + socket_name
        if len(probe.encode()) >= _SOCKET_PATH_MAX:
            parent = "/tmp"
        base = Path(tempfile.mkdtemp(prefix="annotator-pg-", dir=parent))
        if self._user is not None:
            # The server user owns the folder; root reaches it all the same.
            os.chown(base, self._user.pw_uid, self._user.pw_gid)
            base.chmod(0o755)
        return base

    def _remove_base(self) -> None:
        if self.base is not None:
            shutil.rmtree(self.base, ignore_errors=True)
            self.base = None

    def _run(self, program: str, *args: str) -> None:
        command = [str(self.bindir / program), *args]
        as_user = {}
        if self._user is not None:
            as_user = {"user": self._user.pw_uid, "group": self._user.pw_gid,
                       "extra_groups": []}
        result = subprocess.run(
            command, cwd=self.base, env=_clean_env(), stdin=subprocess.DEVNULL,
            capture_output=True, text=True, errors="replace", timeout=120, **as_user,
        )
        if result.returncode != 0:
            who = f" as {self._user.pw_name}" if self._user is not None else ""
            message = [f"{shlex.join(command)}{who} failed with exit code {result.returncode}",
                       result.stdout.strip(), result.stderr.strip()]
            if self.logfile.exists():
                log = self.logfile.read_text(errors="replace").strip()
                message.append("server log:\n" + "\n".join(log.splitlines()[-40:]))
            raise ClusterError("\n".join(part for part in message if part))


def table_digest(url: str) -> str:
    """sha256 of every row of every table of the public schema, tables and rows
    in a fixed order: equal before and after means nothing was written."""
    import hashlib

    import psycopg

    digest = hashlib.sha256()
    with psycopg.connect(url) as conn:
        tables = [row[0] for row in conn.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1")]
        for table in tables:
            digest.update(table.encode())
            for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
                digest.update(repr(row).encode())
    return digest.hexdigest()
