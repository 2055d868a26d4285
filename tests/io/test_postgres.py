"""The PostgreSQL writer against a real, throw-away PostgreSQL server.

The server (``pipeline.io.pgtemp``) is started for this module with Debian's
server programs into a temporary directory, listening on loopback, and
stopped afterwards. The password is random, given to the writer through
``PGPASSWORD`` or the URL, never stored in code. Without the server programs
these tests fail: ``.ci/run`` installs them.
"""

from __future__ import annotations

import secrets
import sqlite3
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from pipeline.document import Entity
from pipeline.errors import OutputError
from pipeline.io.pgtemp import USER, ServerError, throwaway_server
from pipeline.io.postgres import MIGRATIONS, redact
from pipeline.io.writers import TABLE_COLUMNS, open_writer
from pipeline.runner import run

from ..conftest import REPO, make_articles, write_jsonl
from ..test_runner import _kill_midway
from .test_writers import doc, write

PG_USER = USER


@pytest.fixture(scope="module")
def pg_server():
    try:
        with throwaway_server() as server:
            yield server
    except ServerError as exc:
        pytest.fail(str(exc))


@pytest.fixture
def pg_url(pg_server, monkeypatch, request):
    """A new empty database; the password comes from the environment (PGPASSWORD)."""
    name = "t_" + secrets.token_hex(4)
    pg_server.create_database(name)
    monkeypatch.setenv("PGPASSWORD", pg_server.password)
    return pg_server.url(name)


def rows(url: str, table: str) -> list[tuple]:
    with psycopg.connect(url) as conn:
        cols = ", ".join(f'"{c}"' for c in TABLE_COLUMNS[table])
        return conn.execute(f"SELECT {cols} FROM {table} ORDER BY 1, 2, 3").fetchall()


def all_rows(url: str) -> dict[str, list[tuple]]:
    return {t: rows(url, t) for t in TABLE_COLUMNS}


def sqlite_rows(path: Path) -> dict[str, list[tuple]]:
    db = sqlite3.connect(path)
    out = {}
    for table, columns in TABLE_COLUMNS.items():
        cols = ", ".join(f'"{c}"' for c in columns)
        out[table] = db.execute(f"SELECT {cols} FROM {table} ORDER BY 1, 2, 3").fetchall()
    return out


def position(url: str) -> int:
    with psycopg.connect(url) as conn:
        return int(conn.execute("SELECT value FROM rasd_meta WHERE key = 'position'").fetchone()[0])


def test_schema_matches_sqlite_with_keys_index_and_migrations(pg_url, tmp_path):
    write(pg_url, [doc("a")])
    write(pg_url, [doc("b")])  # a second run applies no migration again
    write(f"sqlite:///{tmp_path / 'ref.db'}", [doc("a")])
    lite = sqlite3.connect(tmp_path / "ref.db")
    with psycopg.connect(pg_url) as conn:
        for table in TABLE_COLUMNS:
            pg_cols = [r[0] for r in conn.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = %s ORDER BY ordinal_position",
                (table,))]
            assert pg_cols == [r[1] for r in lite.execute(f"PRAGMA table_info({table})")] == TABLE_COLUMNS[table]
            pk = conn.execute("SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
                              "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = %s::regclass AND i.indisprimary",
                              (table,)).fetchall()
            assert sorted(r[0] for r in pk) == sorted(r[1] for r in lite.execute(f"PRAGMA table_info({table})")
                                                      if r[5])
        fks = conn.execute("SELECT conrelid::regclass::text, confrelid::regclass::text, confdeltype "
                           "FROM pg_constraint WHERE contype = 'f' ORDER BY 1").fetchall()
        assert fks == [("casualties", "incidents", "c"), ("entities", "articles", "c"),
                       ("incidents", "articles", "c"), ("timexes", "articles", "c")]
        index = conn.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'incidents_event_key'").fetchone()
        assert index and "(event_key)" in index[0]
        versions = conn.execute("SELECT version FROM schema_migrations ORDER BY version").fetchall()
        assert [v for (v,) in versions] == [m[0] for m in MIGRATIONS]


def test_rerun_replaces_rows_and_keys_are_enforced(pg_url):
    write(pg_url, [doc("a"), doc("b")])
    write(pg_url, [doc("a")])  # re-running an article replaces its rows
    counts = {t: len(v) for t, v in all_rows(pg_url).items()}
    assert counts == {"articles": 2, "entities": 2, "timexes": 2, "incidents": 2, "casualties": 2}
    with psycopg.connect(pg_url) as conn:
        with pytest.raises(psycopg.errors.ForeignKeyViolation):
            conn.execute("INSERT INTO entities VALUES ('nope', 0, 'x', 0, 1, 'GPE', NULL, NULL, NULL)")
    with psycopg.connect(pg_url) as conn:
        row = conn.execute("SELECT event_key, lat, wounded FROM incidents WHERE article_id = 'a'").fetchone()
    assert row == ("2021-04-24|Balad Air Base|rocket", 33.94, 2)


def test_same_id_twice_in_one_batch_keeps_the_last(pg_url):
    first, second = doc("a"), doc("a", with_incident=False)
    second.title = "ثانية"
    write(pg_url, [first, second])
    assert [r[2] for r in rows(pg_url, "articles")] == ["ثانية"]
    assert rows(pg_url, "incidents") == []
    assert position(pg_url) == 2  # both input records are written


def test_nul_characters_are_stored(pg_url):
    d = doc("a")
    d.title = "a\x00b"
    write(pg_url, [d])
    assert rows(pg_url, "articles")[0][2] == "a\ufffdb"


def test_a_failed_batch_leaves_no_partial_article(pg_url):
    docs = [doc(f"d{i}") for i in range(5)]
    docs[3].entities[0].label = None  # violates NOT NULL: the second batch fails
    w = open_writer(pg_url)
    w.batch = 2
    with pytest.raises(OutputError):
        with w:
            for d in docs:
                w.write(d)
    assert [r[0] for r in rows(pg_url, "articles")] == ["d0", "d1"]
    assert len(rows(pg_url, "entities")) == len(rows(pg_url, "incidents")) == 2
    assert position(pg_url) == 2


def test_credentials_from_url_or_environment_only(pg_server, pg_url, monkeypatch):
    db = pg_url.rsplit("/", 1)[1]
    monkeypatch.delenv("PGPASSWORD")
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")
    write(pg_server.url(db, password=True), [doc("a")])  # password in the URL
    with pytest.raises(OutputError) as exc:
        open_writer(pg_server.url(db))  # no password anywhere
    assert "PGPASSWORD" in (exc.value.hint or "")
    wrong = pg_server.url(db).replace(f"{PG_USER}@", f"{PG_USER}:wrong-secret@")
    with pytest.raises(OutputError) as exc:
        open_writer(wrong)
    assert "wrong-secret" not in str(exc.value) and "***" in str(exc.value)
    assert redact("postgresql://u:p@h/db") == "postgresql://u:***@h/db"


def test_newer_schema_is_refused(pg_url):
    write(pg_url, [doc("a")])
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("INSERT INTO schema_migrations (version, name) VALUES (999, 'from the future')")
    with pytest.raises(OutputError, match="schema version 999"):
        open_writer(pg_url)


def test_loading_twice_gives_the_same_rows_as_sqlite(pg_url, tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", make_articles(300) + ["{bad", {"id": "empty", "text": ""}])
    run([str(src)], pg_url, progress=False)
    first = all_rows(pg_url)
    summary = run([str(src)], pg_url, progress=False, workers=2, chunk_size=7)
    assert all_rows(pg_url) == first
    assert summary.articles == len(first["articles"]) == 302
    run([str(src)], f"sqlite:///{tmp_path / 'ref.db'}", progress=False)
    assert sqlite_rows(tmp_path / "ref.db") == first


@pytest.mark.slow
def test_kill_the_load_halfway_then_resume(pg_url, tmp_path):
    n = 4000
    src = write_jsonl(tmp_path / "in.jsonl", make_articles(n))
    cmd = [sys.executable, "-m", "pipeline", "extract", str(src), "-o", pg_url, "--no-progress"]

    def progressed(url):
        try:
            return position(url) >= 1000
        except (psycopg.Error, TypeError):  # not created yet
            return False

    _kill_midway(cmd, pg_url, progressed)
    done = position(pg_url)
    assert 0 < done < n
    half = all_rows(pg_url)
    ids = {f"a{i}" for i in range(done)}
    assert sorted(r[0] for r in half["articles"]) == sorted(ids)  # exactly the articles before the position
    assert len(half["incidents"]) == done
    subprocess.run(cmd + ["--resume"], cwd=REPO, check=True, capture_output=True)
    full = all_rows(pg_url)
    assert [r[0] for r in sorted(full["articles"], key=lambda r: r[1])] == [f"a{i}" for i in range(n)]
    assert len(full["incidents"]) == n
    for table in TABLE_COLUMNS:  # the articles written before the kill were whole: resuming left them as they were
        assert set(half[table]) == {r for r in full[table] if r[0] in ids}
