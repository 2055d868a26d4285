import json
import sqlite3

import pandas as pd
import pytest

from pipeline.document import Document, Entity, Incident, Timex
from pipeline.errors import OutputError
from pipeline.io.writers import INCIDENT_COLUMNS, open_writer

from ..conftest import REPO


def doc(i: str, with_incident: bool = True) -> Document:
    d = Document(id=i, text="", published="2021-04-25", title="عنوان", published_source="article")
    d.entities = [Entity(0, 6, "العراق", "GPE", "Iraq", "gpe.iq")]
    d.timexes = [Timex(10, 13, "أمس", "2021-04-24", "date")]
    if with_incident:
        d.incidents = [Incident(i, "2021-04-24", "Explosions/Remote violence", "Shelling/artillery/missile attack",
                                "rocket", 3, {"text": "بلد", "canonical": "Balad Air Base", "admin1": "Salah ad-Din",
                                              "country": "IQ", "lat": 33.94, "lon": 44.36},
                                {"text": "بلد", "canonical": "Balad Air Base"}, None, None, None, 2,
                                [{"count": 2, "group": "جنديين", "outcome": "wounded"}], [{"start": 0, "end": 20}])]
    return d


def write(target, docs, **kw):
    with open_writer(str(target), **kw) as w:
        for d in docs:
            w.write(d)


def test_jsonl_matches_golden_file(tmp_path):
    out = tmp_path / "out.jsonl"
    failed = Document(id="bad", text="", error={"type": "EmptyText", "code": "E103", "message": "`text` is empty"})
    write(out, [doc("a"), failed])
    golden = REPO / "tests" / "io" / "golden" / "documents.jsonl"
    assert out.read_text(encoding="utf-8") == golden.read_text(encoding="utf-8")


def test_jsonl_round_trip_is_the_spec_shape(tmp_path):
    out = tmp_path / "out.jsonl"
    write(out, [doc("a")])
    obj = json.loads(out.read_text(encoding="utf-8"))
    assert set(obj) >= {"id", "published", "entities", "timexes", "incidents", "error"}
    inc = obj["incidents"][0]
    for field in ["event_date", "event_type", "sub_event_type", "weapon", "munitions_count", "location", "target",
                  "perpetrator", "claimed_by", "killed", "wounded", "casualties", "evidence"]:
        assert field in inc


def test_csv_and_parquet_tables(tmp_path):
    docs = [doc("a"), doc("b", with_incident=False), doc("c")]
    write(tmp_path / "i.csv", docs)
    write(tmp_path / "i.parquet", docs)
    for frame in (pd.read_csv(tmp_path / "i.csv"), pd.read_parquet(tmp_path / "i.parquet")):
        assert list(frame.columns) == INCIDENT_COLUMNS
        assert list(frame["article_id"]) == ["a", "c"]
        assert frame["munitions_count"].tolist() == [3, 3]
        assert json.loads(frame["casualties"][0])[0]["group"] == "جنديين"


def test_empty_table_still_has_its_header(tmp_path):
    write(tmp_path / "e.csv", [doc("b", with_incident=False)])
    assert pd.read_csv(tmp_path / "e.csv").columns.tolist() == INCIDENT_COLUMNS


def test_sqlite_schema_keys_and_rerun_replaces_rows(tmp_path):
    target = f"sqlite:///{tmp_path / 'out.db'}"
    write(target, [doc("a"), doc("b")])
    write(target, [doc("a")])  # re-running an article replaces its rows
    db = sqlite3.connect(tmp_path / "out.db")
    db.execute("PRAGMA foreign_keys = ON")
    counts = {t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
              for t in ("articles", "entities", "timexes", "incidents", "casualties")}
    assert counts == {"articles": 2, "entities": 2, "timexes": 2, "incidents": 2, "casualties": 2}
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO entities VALUES ('nope', 0, 'x', 0, 1, 'GPE', NULL, NULL, NULL)")
    row = db.execute("SELECT event_key, lat, wounded FROM incidents WHERE article_id='a'").fetchone()
    assert row == ("2021-04-24|Balad Air Base|rocket", 33.94, 2)
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_unknown_output_kind(tmp_path):
    with pytest.raises(OutputError):
        open_writer(str(tmp_path / "out.xlsx"))


def test_resume_refused_for_tables(tmp_path):
    with pytest.raises(OutputError):
        open_writer(str(tmp_path / "out.csv"), resume=True)


def test_jsonl_resume_cuts_a_partial_line(tmp_path):
    out = tmp_path / "out.jsonl"
    write(out, [doc("a"), doc("b")])
    with out.open("a", encoding="utf-8") as f:
        f.write('{"id": "c", "entit')
    with open_writer(str(out), resume=True) as w:
        assert w.resume_position() == 2
        w.write(doc("c"))
    assert [json.loads(x)["id"] for x in out.read_text(encoding="utf-8").splitlines()] == ["a", "b", "c"]
