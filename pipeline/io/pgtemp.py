"""A throw-away PostgreSQL server, for the tests, the benchmarks and trying the PostgreSQL writer out.

    with throwaway_server() as server:
        url = server.url("rasd", password=True)   # postgresql://rasd:...@127.0.0.1:PORT/rasd

The server programs (``initdb``, ``pg_ctl``, ``postgres``) come from
``$RASD_PG_BIN``, Debian's newest ``/usr/lib/postgresql/*/bin`` or ``PATH``
(Debian package ``postgresql``). The cluster lives in a temporary directory,
listens on loopback on a free port and on a unix socket in that directory,
runs without fsync (its data is thrown away), and is stopped and deleted on
exit. As root it runs as ``nobody``: initdb refuses root. The password is
random and never written anywhere but the server's own files.
"""

from __future__ import annotations

import contextlib
import glob
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

USER = "rasd"


class ServerError(RuntimeError):
    """The throw-away server cannot be set up or started."""


def bindir() -> Path:
    """The directory of initdb/pg_ctl/postgres: $RASD_PG_BIN, Debian's newest, or PATH."""
    candidates = [os.environ["RASD_PG_BIN"]] if os.environ.get("RASD_PG_BIN") else []
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda d: int(Path(d).parent.name), reverse=True)
    if shutil.which("initdb"):
        candidates.append(str(Path(shutil.which("initdb")).parent))
    for d in candidates:
        if all((Path(d) / p).exists() for p in ("initdb", "pg_ctl", "postgres")):
            return Path(d)
    raise ServerError("PostgreSQL server programs (initdb, pg_ctl, postgres) not found in $RASD_PG_BIN, "
                      "/usr/lib/postgresql/*/bin or PATH: install Debian's `postgresql` package "
                      "(`apt-get install -y postgresql`, as .ci/run does)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    port: int
    password: str
    socket_dir: Path

    def url(self, db: str, *, password: bool = False) -> str:
        secret = f":{self.password}" if password else ""
        return f"postgresql://{USER}{secret}@127.0.0.1:{self.port}/{db}"

    def create_database(self, name: str) -> None:
        import psycopg

        with psycopg.connect(host=str(self.socket_dir), port=self.port, user=USER, dbname="postgres",
                             autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')


@contextlib.contextmanager
def throwaway_server() -> Iterator[Server]:
    """Start a PostgreSQL server in a temporary directory; stop and delete it on exit.

    Raises:
        ServerError: no server programs, no user to run them as, or the server did not start.
    """
    programs = bindir()
    root = os.geteuid() == 0
    base = Path(tempfile.mkdtemp(prefix="rasd-pg-", dir="/tmp" if root else None))  # /tmp: reachable by nobody
    as_user: dict = {}
    try:
        if root:  # initdb and postgres refuse to run as root
            import pwd

            try:
                nobody = pwd.getpwnam("nobody")
            except KeyError:
                raise ServerError("running as root and there is no `nobody` user to run PostgreSQL as")
            as_user = {"user": nobody.pw_uid, "group": nobody.pw_gid, "extra_groups": []}
            os.chown(base, nobody.pw_uid, nobody.pw_gid)
        password = secrets.token_urlsafe(18)
        pwfile = base / "pw"
        pwfile.write_text(password + "\n")
        if as_user:
            os.chown(pwfile, as_user["user"], as_user["group"])
        data = base / "data"
        init = subprocess.run([programs / "initdb", "-D", data, "-U", USER, f"--pwfile={pwfile}",
                               "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C",
                               "--no-sync"], cwd=base, capture_output=True, text=True, **as_user)
        pwfile.unlink()
        if init.returncode:
            raise ServerError(f"initdb failed: {init.stderr}")
        for _ in range(3):  # a free port may be taken between finding and binding it
            port = _free_port()
            opts = (f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
                    f"-c full_page_writes=off -c shared_buffers=64MB")
            start = subprocess.run([programs / "pg_ctl", "-D", data, "-l", base / "log", "-o", opts, "-w", "-t",
                                    "60", "start"], cwd=base, capture_output=True, text=True, **as_user)
            if start.returncode == 0:
                break
        else:
            log = (base / "log").read_text() if (base / "log").exists() else ""
            raise ServerError(f"the throw-away PostgreSQL server did not start: {start.stderr}\n{log}")
        try:
            yield Server(port, password, base)
        finally:
            subprocess.run([programs / "pg_ctl", "-D", data, "-m", "immediate", "-w", "stop"], cwd=base,
                           capture_output=True, **as_user)
    finally:
        shutil.rmtree(base, ignore_errors=True)


def main() -> int:
    """``python -m pipeline.io.pgtemp``: a throw-away server until Ctrl-C, to try ``rasd extract -o postgresql://``."""
    import signal
    import sys

    def stop(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)  # `kill` stops and deletes the server too
    try:
        with throwaway_server() as server:
            server.create_database("rasd")
            print(f"PGPASSWORD={server.password}\n{server.url('rasd')}\n(Ctrl-C stops and deletes the server)",
                  flush=True)
            try:
                signal.pause()
            except KeyboardInterrupt:
                pass
    except ServerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
