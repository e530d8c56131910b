"""A real PostgreSQL server for the office-database tests and benchmark: started from the installed server programs in a
temporary folder on a free loopback port, and stopped when the tests are done.

The server refuses to run as root, so under root (CI) its folder belongs to the ``postgres`` account the
Debian package makes, and its programs run as that account.
"""
from __future__ import annotations

import glob
import json
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

import psycopg

SUPERUSER = "customsdesk_admin"
PASSWORD = "Office-server-S3cret"  # of the accounts add_role_with_password makes


def server_programs() -> Path:
    found = shutil.which("pg_ctl")
    candidates = [Path(found).resolve().parent] if found else []
    candidates += [Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)]
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    raise RuntimeError("The office-database tests need PostgreSQL's server programs (initdb, pg_ctl): install them, "
                       "e.g. `apt-get install postgresql` (.ci/run does).")


class PostgresServer:
    def __init__(self, durable: bool = False):
        """``durable``: every commit flushed to disk (the tests do without, to be quick)."""
        self.durable = durable
        self.bin = server_programs()
        self.folder = Path(tempfile.mkdtemp(prefix="customsdesk-pg-"))
        self.port = _free_port()
        self._account = pwd.getpwnam("postgres") if os.geteuid() == 0 else None
        self._databases: dict[str, str] = {}

    def _run(self, *args: str) -> None:
        subprocess.run(args, check=True, capture_output=True, text=True, preexec_fn=self._as_account)

    def _as_account(self) -> None:
        if self._account is not None:
            os.setgid(self._account.pw_gid)
            os.setuid(self._account.pw_uid)

    def start(self) -> PostgresServer:
        if self._account is not None:
            os.chown(self.folder, self._account.pw_uid, self._account.pw_gid)
        data = self.folder / "data"
        self._run(str(self.bin / "initdb"), "-D", str(data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8",
                  "--locale=C.UTF-8")
        self._run(str(self.bin / "pg_ctl"), "-D", str(data), "-l", str(self.folder / "server.log"), "-w", "start",
                  "-o", f"-p {self.port} -k {self.folder} -h 127.0.0.1 {'' if self.durable else '-F '}"
                        "-c max_connections=60")
        return self

    def stop(self) -> None:
        try:
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def use_tls(self, certificate_pem: bytes, key_pem: bytes) -> None:
        """Offer TLS with this certificate (its chain) and key from now on (a reload: no restart)."""
        data = self.folder / "data"
        for name, content in (("server.crt", certificate_pem), ("server.key", key_pem)):
            fd = os.open(data / name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as f:
                f.write(content)
            if self._account is not None:
                os.chown(data / name, self._account.pw_uid, self._account.pw_gid)
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute("ALTER SYSTEM SET ssl = on")
            conn.execute("SELECT pg_reload_conf()")
        for _ in range(100):  # the reload is a signal: the server takes TLS up a moment later
            with psycopg.connect(self.url(), autocommit=True) as conn:
                if conn.execute("SHOW ssl").fetchone()[0] == "on":
                    return
            time.sleep(0.05)
        raise RuntimeError("the server did not take up TLS")

    def add_role(self, role: str) -> None:
        """A server account that may connect (trusted) and, until granted more, use nothing of the databases."""
        with psycopg.connect(self.url(), autocommit=True) as conn:
            if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [role]).fetchone():
                conn.execute(f"CREATE ROLE {role} LOGIN")

    def add_role_with_password(self, role: str, password: str = PASSWORD) -> None:
        """A server account that must give its password (every other account is trusted on this server)."""
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'")
        rules = self.folder / "data" / "pg_hba.conf"
        rules.write_text(f"host all {role} 127.0.0.1/32 scram-sha-256\n" + rules.read_text())
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "reload")
        self._wait_until_password_asked(role)

    def _wait_until_password_asked(self, role: str) -> None:
        """A reload is a signal: the server reads its rules a moment later."""
        for _ in range(100):
            try:
                psycopg.connect(self.url(user=role), password="", connect_timeout=5).close()
            except psycopg.OperationalError:
                return
            time.sleep(0.05)
        raise RuntimeError(f"the server did not start asking {role} for a password")

    def url(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def new_database(self, template: str | None = None, owner: str = SUPERUSER) -> str:
        """An empty database of its own for one test (or a copy of the database at ``template``), ``owner``'s; its
        URL for that account."""
        name = f"office_{uuid.uuid4().hex[:12]}"
        copying = f" TEMPLATE {template.rsplit('/', 1)[1]}" if template else ""
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}{copying} OWNER {owner}")
        return self.url(name, owner)

    def kept_on_disk(self, url: str, written_since: float) -> dict[str, bytes]:
        """What the server keeps of the database at ``url``, as someone reading its disk or a backup would: a dump,
        the database's files after a checkpoint, and the write-ahead log written since ``written_since`` (a
        time.time())."""
        database = url.rsplit("/", 1)[1]
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute("CHECKPOINT")
            [oid] = conn.execute("SELECT oid FROM pg_database WHERE datname = %s", [database]).fetchone()
        dump = subprocess.run([str(self.bin / "pg_dump"), "-h", "127.0.0.1", "-p", str(self.port), "-U", SUPERUSER,
                               database], check=True, capture_output=True).stdout
        data = self.folder / "data"
        return {"dump": dump,
                "tables": _contents(p for p in (data / "base" / str(oid)).iterdir() if p.is_file()),
                "wal": _contents(p for p in (data / "pg_wal").iterdir()
                                 if p.is_file() and p.stat().st_mtime >= written_since)}

    # -- the office databases standing in for data folders' files (pytest --office-database) -----------------
    def database_for(self, data_dir) -> str:
        """The office database a data folder uses instead of its SQLite file: its own, made when first asked, and
        chosen in the folder as Settings ▸ Office database does (so that the programs a test starts use it too)."""
        key = str(Path(data_dir).absolute())
        if key not in self._databases:
            self._use(data_dir, self.new_database())
        return self._databases[key]

    def copy_database(self, source_dir, target_dir) -> None:
        """A data folder copied as a folder: its office database is copied too."""
        source = str(Path(source_dir).absolute())
        if source in self._databases:
            self._use(target_dir, self.new_database(template=self._databases[source]))

    def _use(self, data_dir, url: str) -> None:
        from core.store.office import CHOICE_FILE_NAME

        folder = Path(data_dir).absolute()
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        (folder / CHOICE_FILE_NAME).write_text(json.dumps({"url": url}), encoding="utf-8")
        self._databases[str(folder)] = url


def _contents(files) -> bytes:
    return b"".join(path.read_bytes() for path in sorted(files))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
