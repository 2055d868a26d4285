"""PostgreSQL writer (``-o postgresql://user@host:port/db``), psycopg 3.

The tables, columns and keys are SQLite's (``writers.SQLITE_SCHEMA``):
articles, entities, timexes, incidents (indexed on ``event_key``) and
casualties, with foreign keys that cascade from articles. The schema is built
by numbered migrations (``MIGRATIONS``), recorded in ``schema_migrations`` and
applied under an advisory lock, so two loads starting at once do not race and a
database written by a newer Rasd is refused.

Loading is by batches: documents are buffered, and each batch goes in one
transaction that deletes the batch's articles (their rows cascade), COPYs the
new rows and stores the position (how many input records are written) in
``rasd_meta``. Re-processing an article therefore replaces its rows, loading
twice gives the same rows, and a load killed halfway leaves whole articles
only, with a position that ``--resume`` continues from.

Credentials come from the URL or from libpq's environment (``PGPASSWORD``,
``PGPASSFILE``/``~/.pgpass``, ``PGHOST``, ``PGUSER`` ...); Rasd never stores
them, and error messages show the URL without its password.
"""

from __future__ import annotations

import re

from ..document import Document
from ..errors import OutputError
from .writers import TABLE_COLUMNS, Writer, table_rows

# (version, name, SQL): applied in order, each once, in one transaction with its schema_migrations row.
MIGRATIONS: list[tuple[int, str, str]] = [
    (1, "initial tables, keys and the event_key index", """
CREATE TABLE rasd_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    seq BIGINT NOT NULL,
    title TEXT, published TEXT, published_source TEXT, source TEXT, url TEXT,
    error_type TEXT, error_message TEXT, warnings TEXT
);
CREATE TABLE entities (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, label TEXT NOT NULL,
    canonical TEXT, kb_id TEXT, role TEXT,
    PRIMARY KEY (article_id, idx)
);
CREATE TABLE timexes (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    value TEXT, kind TEXT, hijri TEXT,
    PRIMARY KEY (article_id, idx)
);
CREATE TABLE incidents (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    event_key TEXT NOT NULL, event_date TEXT, event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL,
    weapon TEXT NOT NULL, munitions_count BIGINT,
    location_text TEXT, location_canonical TEXT, admin1 TEXT, country TEXT,
    lat DOUBLE PRECISION, lon DOUBLE PRECISION,
    target_text TEXT, target_canonical TEXT, perpetrator TEXT, claimed_by TEXT,
    killed BIGINT, wounded BIGINT, evidence TEXT,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX incidents_event_key ON incidents(event_key);
CREATE TABLE casualties (
    article_id TEXT NOT NULL,
    incident_idx INTEGER NOT NULL,
    idx INTEGER NOT NULL,
    count BIGINT, "group" TEXT, outcome TEXT NOT NULL,
    PRIMARY KEY (article_id, incident_idx, idx),
    FOREIGN KEY (article_id, incident_idx) REFERENCES incidents(article_id, idx) ON DELETE CASCADE
);
"""),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]
_LOCK_ID = 0x72617364  # "rasd": pg_advisory_xact_lock key for migrations


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"(://[^:/@]*):[^@/]*@", r"\1:***@", url)


def _clean(value):
    """PostgreSQL text cannot hold NUL: it becomes U+FFFD (same length, so offsets still hold)."""
    return value.replace("\x00", "\ufffd") if isinstance(value, str) and "\x00" in value else value


def migrate(conn) -> int:
    """Apply the missing migrations in one transaction; return the schema version.

    Raises:
        OutputError: the database was written by a newer Rasd.
    """
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK_ID,))
        conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                     "name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())")
        done = {row[0] for row in conn.execute("SELECT version FROM schema_migrations")}
        newer = sorted(v for v in done if v > SCHEMA_VERSION)
        if newer:
            raise OutputError(f"the database has Rasd schema version {newer[-1]}, this Rasd knows up to {SCHEMA_VERSION}",
                              hint="upgrade Rasd or write to another database")
        for version, name, sql in MIGRATIONS:
            if version not in done:
                conn.execute(sql)
                conn.execute("INSERT INTO schema_migrations (version, name) VALUES (%s, %s)", (version, name))
    return SCHEMA_VERSION


class PostgresWriter(Writer):
    """PostgreSQL database, loaded with COPY in transactions of ``batch`` documents."""

    def __init__(self, target: str, *, resume: bool = False, batch: int = 500):
        super().__init__(target, resume=resume)
        import psycopg

        self._errors = psycopg.Error
        try:
            self.conn = psycopg.connect(target, application_name="rasd", autocommit=True)
        except psycopg.Error as exc:
            raise OutputError(f"cannot connect to PostgreSQL at {redact(target)}: {str(exc).strip()}",
                              hint="check the URL; give the password in it or in PGPASSWORD / ~/.pgpass")
        try:
            migrate(self.conn)
            with self.conn.transaction():
                row = self.conn.execute("SELECT value FROM rasd_meta WHERE key = 'position'").fetchone()
                self._done = int(row[0]) if resume and row else 0
                self._set_position(self._done)
        except psycopg.Error as exc:
            self.conn.close()
            raise OutputError(f"cannot prepare PostgreSQL database {redact(target)}: {str(exc).strip()}")
        except OutputError:
            self.conn.close()
            raise
        self.position = self._done
        self.batch = batch
        self._pending: dict[str, Document] = {}  # by article id: a later record with the same id replaces it
        self._pending_records = 0

    def resume_position(self) -> int:
        return self._done

    def _set_position(self, position: int) -> None:
        self.conn.execute("INSERT INTO rasd_meta (key, value) VALUES ('position', %s) "
                          "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value", (str(position),))

    def write(self, doc: Document) -> None:
        self._pending.pop(doc.id, None)
        self._pending[doc.id] = doc
        self._pending_records += 1
        if self._pending_records >= self.batch:
            self.commit()

    def commit(self) -> None:
        """Write the buffered documents and the new position in one transaction.

        Raises:
            OutputError: the database refused the rows or the connection was lost.
        """
        if not self._pending_records:
            return
        position = self.position + self._pending_records
        try:
            with self.conn.transaction():
                self.conn.execute("DELETE FROM articles WHERE id = ANY(%s)", (list(self._pending),))
                rows = {table: [] for table in TABLE_COLUMNS}
                for doc in self._pending.values():
                    for table, table_rows_ in table_rows(doc).items():
                        rows[table].extend(table_rows_)
                with self.conn.cursor() as cur:
                    for table, columns in TABLE_COLUMNS.items():
                        if not rows[table]:
                            continue
                        names = ", ".join(f'"{c}"' for c in columns)
                        with cur.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                            for row in rows[table]:
                                copy.write_row(tuple(_clean(v) for v in row))
                self._set_position(position)
        except self._errors as exc:
            raise OutputError(f"cannot write to PostgreSQL {redact(self.target)}: {str(exc).strip()}")
        self.position = position
        self._pending.clear()
        self._pending_records = 0

    def close(self) -> None:
        if self.conn.closed:
            return
        try:
            if not self.conn.broken:
                self.commit()
        finally:
            self.conn.close()
