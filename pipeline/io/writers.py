"""Writers: where documents go, chosen by the ``-o`` target.

- ``out.jsonl`` (or ``.jsonl.gz``): one spec section-6 object per article, in input order;
- ``incidents.csv`` / ``incidents.parquet``: the flat incident table (pandas / pyarrow);
- ``sqlite:///path.db``: tables articles, entities, timexes, incidents, casualties with
  primary and foreign keys; re-writing an article replaces its rows.

Every writer takes documents in input order (``write(doc)``), is a context
manager, and knows how far an earlier run got (``resume_position()``: how
many input records are already written) so that ``--resume`` skips them.
"""

from __future__ import annotations

import gzip
import json
import os
import sqlite3
import threading
from pathlib import Path
from typing import Any, Callable

from ..document import Document
from ..errors import OutputError

# The flat incident table: one row per incident (casualties and evidence as JSON text).
INCIDENT_COLUMNS = [
    "article_id", "incident_idx", "event_key", "event_date", "event_type", "sub_event_type", "weapon",
    "munitions_count", "location_text", "location_canonical", "admin1", "country", "lat", "lon",
    "target_text", "target_canonical", "perpetrator", "claimed_by", "killed", "wounded",
    "casualties", "evidence",
]


def incident_rows(doc: Document) -> list[dict[str, Any]]:
    rows = []
    for k, inc in enumerate(doc.incidents):
        loc = inc.location or {}
        tgt = inc.target or {}
        rows.append({
            "article_id": doc.id, "incident_idx": k, "event_key": inc.event_key,
            "event_date": inc.event_date, "event_type": inc.event_type, "sub_event_type": inc.sub_event_type,
            "weapon": inc.weapon, "munitions_count": inc.munitions_count,
            "location_text": loc.get("text"), "location_canonical": loc.get("canonical"),
            "admin1": loc.get("admin1"), "country": loc.get("country"), "lat": loc.get("lat"), "lon": loc.get("lon"),
            "target_text": tgt.get("text"), "target_canonical": tgt.get("canonical"),
            "perpetrator": inc.perpetrator, "claimed_by": inc.claimed_by,
            "killed": inc.killed, "wounded": inc.wounded,
            "casualties": json.dumps(inc.casualties, ensure_ascii=False),
            "evidence": json.dumps(inc.evidence),
        })
    return rows


class Writer:
    """Base class: subclasses implement ``write``, ``close`` and ``resume_position``.

    A writer whose output for a document depends on that document alone may
    also set ``encode`` (a module-level function ``Document -> str``, so that
    it pickles) and implement ``write_encoded``: the runner then has worker
    processes encode, and only writes here.
    """

    encode: Callable[[Document], str] | None = None

    def __init__(self, target: str, *, resume: bool = False):
        self.target = target
        self.resume = resume

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def resume_position(self) -> int:
        return 0

    def write(self, doc: Document) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def write_encoded(self, data: str) -> None:  # pragma: no cover - interface
        """Write what ``encode`` made of a document (only writers that set ``encode``)."""
        raise NotImplementedError

    def close(self) -> None:
        pass


def jsonl_line(doc: Document) -> str:
    """A document's JSON Lines line (spec section 6), newline included."""
    return json.dumps(doc.to_output(), ensure_ascii=False) + "\n"


class JsonlWriter(Writer):
    """Documents as JSON Lines. On resume, a partly written last line is cut off."""

    def __init__(self, target: str, *, resume: bool = False):
        super().__init__(target, resume=resume)
        self.path = Path(target)
        self.gz = target.endswith(".gz")
        self._done = 0
        if resume and self.path.exists():
            if self.gz:
                raise OutputError("--resume is not supported for .jsonl.gz output", hint="write plain .jsonl to resume")
            self._done = self._repair()
        mode = "a" if resume else "w"
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if self.gz:
                self.f = gzip.open(self.path, mode + "t", encoding="utf-8")
            else:
                self.f = self.path.open(mode, encoding="utf-8")
        except OSError as exc:
            raise OutputError(f"cannot write {self.path}: {exc.strerror or exc}")

    def _repair(self) -> int:
        """Count complete lines and cut a partial last line (a run killed mid-write)."""
        size = self.path.stat().st_size
        n = 0
        last_good = 0
        with self.path.open("rb") as f:
            pos = 0
            for line in f:
                pos += len(line)
                if not line.endswith(b"\n"):
                    break
                try:
                    json.loads(line)
                except ValueError:
                    break
                n += 1
                last_good = pos
        if last_good != size:
            with self.path.open("r+b") as f:
                f.truncate(last_good)
        return n

    def resume_position(self) -> int:
        return self._done

    encode = staticmethod(jsonl_line)

    def write(self, doc: Document) -> None:
        self.f.write(jsonl_line(doc))

    def write_encoded(self, data: str) -> None:
        self.f.write(data)

    def flush(self) -> None:
        """Hand what was written to the OS now, and make it durable (fsync) in the background.

        A kill loses nothing handed to the OS. fsync waits for the disk, which
        on a busy machine takes a good part of a second: a thread does it
        while articles go on being written (one sync at a time; the next flush
        starts another). ``--resume`` counts complete lines, so a crash during
        a sync only costs the lines after the last durable one.
        """
        self.f.flush()
        if not self.gz and (self._sync is None or not self._sync.is_alive()):
            self._sync = threading.Thread(target=os.fsync, args=(self.f.fileno(),), daemon=True)
            self._sync.start()

    _sync: threading.Thread | None = None

    def close(self) -> None:
        if not self.f.closed:
            self.f.flush()
            if self._sync is not None:
                self._sync.join()
            if not self.gz:
                os.fsync(self.f.fileno())
            self.f.close()


class TableWriter(Writer):
    """The flat incident table as CSV (streamed) or Parquet (row groups of ``batch`` articles)."""

    def __init__(self, target: str, *, resume: bool = False, batch: int = 500):
        if resume:
            raise OutputError(f"--resume is not supported for {Path(target).suffix} output",
                              hint="use a .jsonl or sqlite:/// output to resume interrupted runs")
        super().__init__(target)
        self.path = Path(target)
        self.kind = "parquet" if self.path.suffix == ".parquet" else "csv"
        self.batch = batch
        self.rows: list[dict] = []
        self.pending = 0
        self._parquet = None
        self._csv_header = True
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_bytes(b"")
        except OSError as exc:
            raise OutputError(f"cannot write {self.path}: {exc.strerror or exc}")

    def write(self, doc: Document) -> None:
        self.rows.extend(incident_rows(doc))
        self.pending += 1
        if self.pending >= self.batch:
            self._flush()

    def _frame(self):
        import pandas as pd

        frame = pd.DataFrame(self.rows, columns=INCIDENT_COLUMNS)
        for col in ("munitions_count", "killed", "wounded", "incident_idx"):
            frame[col] = frame[col].astype("Int64")
        for col in ("lat", "lon"):
            frame[col] = frame[col].astype("Float64")
        for col in set(INCIDENT_COLUMNS) - {"munitions_count", "killed", "wounded", "incident_idx", "lat", "lon"}:
            frame[col] = frame[col].astype("string")
        return frame

    def _flush(self, final: bool = False) -> None:
        nothing_written = self._csv_header if self.kind == "csv" else self._parquet is None
        if not self.rows and not (final and nothing_written):
            self.pending = 0
            return
        frame = self._frame()
        if self.kind == "csv":
            frame.to_csv(self.path, mode="a", header=self._csv_header, index=False)
            self._csv_header = False
        else:
            import pyarrow as pa
            import pyarrow.parquet as pq

            table = pa.Table.from_pandas(frame, preserve_index=False)
            if self._parquet is None:
                self._parquet = pq.ParquetWriter(self.path, table.schema)
            self._parquet.write_table(table)
        self.rows = []
        self.pending = 0

    def close(self) -> None:
        self._flush(final=True)
        if self._parquet is not None:
            self._parquet.close()
            self._parquet = None


SQLITE_SCHEMA = """
CREATE TABLE IF NOT EXISTS rasd_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    title TEXT, published TEXT, published_source TEXT, source TEXT, url TEXT,
    error_type TEXT, error_message TEXT, warnings TEXT
);
CREATE TABLE IF NOT EXISTS entities (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, label TEXT NOT NULL,
    canonical TEXT, kb_id TEXT, role TEXT,
    PRIMARY KEY (article_id, idx)
);
CREATE TABLE IF NOT EXISTS timexes (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    value TEXT, kind TEXT, hijri TEXT,
    PRIMARY KEY (article_id, idx)
);
CREATE TABLE IF NOT EXISTS incidents (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    event_key TEXT NOT NULL, event_date TEXT, event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL,
    weapon TEXT NOT NULL, munitions_count INTEGER,
    location_text TEXT, location_canonical TEXT, admin1 TEXT, country TEXT, lat REAL, lon REAL,
    target_text TEXT, target_canonical TEXT, perpetrator TEXT, claimed_by TEXT,
    killed INTEGER, wounded INTEGER, evidence TEXT,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX IF NOT EXISTS incidents_event_key ON incidents(event_key);
CREATE TABLE IF NOT EXISTS casualties (
    article_id TEXT NOT NULL,
    incident_idx INTEGER NOT NULL,
    idx INTEGER NOT NULL,
    count INTEGER, "group" TEXT, outcome TEXT NOT NULL,
    PRIMARY KEY (article_id, incident_idx, idx),
    FOREIGN KEY (article_id, incident_idx) REFERENCES incidents(article_id, idx) ON DELETE CASCADE
);
"""
SCHEMA_VERSION = "1"
# the incidents table holds the flat columns in the same order; casualties have their own table
_SQL_INCIDENT_COLUMNS = [c for c in INCIDENT_COLUMNS if c != "casualties"]
# The database tables (SQLite and PostgreSQL share them), parents first, with their columns in order.
TABLE_COLUMNS = {
    "articles": ["id", "seq", "title", "published", "published_source", "source", "url",
                 "error_type", "error_message", "warnings"],
    "entities": ["article_id", "idx", "text", "start", "end", "label", "canonical", "kb_id", "role"],
    "timexes": ["article_id", "idx", "text", "start", "end", "value", "kind", "hijri"],
    "incidents": ["article_id", "idx"] + _SQL_INCIDENT_COLUMNS[2:],
    "casualties": ["article_id", "incident_idx", "idx", "count", "group", "outcome"],
}


def table_rows(doc: Document) -> dict[str, list[tuple]]:
    """One document's rows for each table of ``TABLE_COLUMNS``, as tuples in column order."""
    err = doc.error or {}
    warnings = json.dumps(doc.warnings, ensure_ascii=False) if doc.warnings else None
    return {
        "articles": [(doc.id, doc.seq, doc.title, doc.published, doc.published_source, doc.source, doc.url,
                      err.get("type"), err.get("message"), warnings)],
        "entities": [(doc.id, k, e.text, e.start, e.end, e.label, e.canonical, e.kb_id, e.role)
                     for k, e in enumerate(doc.entities)],
        "timexes": [(doc.id, k, t.text, t.start, t.end, t.value, t.kind, t.hijri) for k, t in enumerate(doc.timexes)],
        "incidents": [tuple(r[c] for c in _SQL_INCIDENT_COLUMNS) for r in incident_rows(doc)],
        "casualties": [(doc.id, k, c_idx, c.get("count"), c.get("group"), c.get("outcome"))
                       for k, inc in enumerate(doc.incidents) for c_idx, c in enumerate(inc.casualties)],
    }


class SqliteWriter(Writer):
    """SQLite database. Each article is written in one transaction after its old rows are deleted."""

    def __init__(self, target: str, *, resume: bool = False, commit_every: int = 200):
        super().__init__(target, resume=resume)
        path = target[len("sqlite:///"):] if target.startswith("sqlite:///") else target
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path)
        except (OSError, sqlite3.Error) as exc:
            raise OutputError(f"cannot open SQLite database {self.path}: {exc}")
        self.db.execute("PRAGMA foreign_keys = ON")
        self.db.execute("PRAGMA journal_mode = WAL")
        self.db.executescript(SQLITE_SCHEMA)
        version = self.db.execute("SELECT value FROM rasd_meta WHERE key='schema_version'").fetchone()
        if version and version[0] != SCHEMA_VERSION:
            raise OutputError(f"{self.path} has Rasd schema version {version[0]}, this Rasd writes {SCHEMA_VERSION}",
                              hint="write to a new database file")
        self.db.execute("INSERT OR REPLACE INTO rasd_meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,))
        self._done = 0
        if resume:
            row = self.db.execute("SELECT value FROM rasd_meta WHERE key='position'").fetchone()
            self._done = int(row[0]) if row else 0
        self.db.execute("INSERT OR REPLACE INTO rasd_meta VALUES ('position', ?)", (str(self._done),))
        self.db.commit()
        self.position = self._done
        self.commit_every = commit_every
        self._uncommitted = 0

    def resume_position(self) -> int:
        return self._done

    def write(self, doc: Document) -> None:
        db = self.db
        db.execute("DELETE FROM articles WHERE id = ?", (doc.id,))
        for table, rows in table_rows(doc).items():
            if rows:
                db.executemany(f"INSERT INTO {table} VALUES ({','.join('?' * len(TABLE_COLUMNS[table]))})", rows)
        self.position += 1
        self._uncommitted += 1
        if self._uncommitted >= self.commit_every:
            self.flush()

    def flush(self) -> None:
        self.db.execute("INSERT OR REPLACE INTO rasd_meta VALUES ('position', ?)", (str(self.position),))
        self.db.commit()
        self._uncommitted = 0

    def close(self) -> None:
        self.flush()
        self.db.close()


def open_writer(target: str, *, resume: bool = False) -> Writer:
    """The writer for ``-o TARGET``.

    Raises:
        OutputError: unknown target kind, or it cannot be written.
    """
    if target.startswith("sqlite://"):
        return SqliteWriter(target, resume=resume)
    if target.startswith(("postgresql://", "postgres://")):
        from .postgres import PostgresWriter

        return PostgresWriter(target, resume=resume)
    lower = target.lower()
    if lower.endswith((".jsonl", ".jsonl.gz", ".ndjson")):
        return JsonlWriter(target, resume=resume)
    if lower.endswith((".csv", ".parquet")):
        return TableWriter(target, resume=resume)
    raise OutputError(f"unknown output kind: {target}",
                      hint="use out.jsonl, incidents.csv, incidents.parquet or sqlite:///out.db")
