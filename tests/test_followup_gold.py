"""The follow-up articles (corpora/followup-heldout, measurement; corpora/followup, development): every file is a
well-formed gold document.

Only the incident records are annotated (spec section 4): `entities` and `timexes` are empty lists, so only
the incident scores of `rasd evaluate corpora/followup-heldout` mean anything. Each incident passes the same
checks as the real-text gold (corpora/real/check.py: fields, enums, ISO dates, counts, spans inside the text,
place, target and casualty texts verbatim), without the gazetteer cross-check (the writers did not read it).
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FOLDERS = [REPO / "corpora" / "followup-heldout", REPO / "corpora" / "followup"]
FILES = sorted(f for d in FOLDERS for f in d.glob("*.json"))
KEYS = ["gold", "id", "published", "source", "text", "title", "url"]

_spec = importlib.util.spec_from_file_location("rasd_real_check_f", REPO / "corpora" / "real" / "check.py")
check = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check)


@pytest.mark.parametrize("folder", [d for d in FOLDERS if d.exists()], ids=lambda d: d.name)
def test_the_set_is_there(folder):
    files = sorted(folder.glob("*.json"))
    assert len(files) >= 20
    assert sum(bool(json.loads(f.read_text(encoding="utf-8"))["gold"]["incidents"]) for f in files) >= len(files) // 2


def test_ids_are_unique_across_the_sets():
    ids = [json.loads(f.read_text(encoding="utf-8"))["id"] for f in FILES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("path", FILES, ids=[f"{f.parent.name}/{f.stem}" for f in FILES])
def test_every_article_is_well_formed(path):
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert sorted(doc) == KEYS
    assert doc["id"] == path.stem
    dt.date.fromisoformat(doc["published"])
    assert isinstance(doc["text"], str) and len(doc["text"].split()) >= 60
    assert sorted(doc["gold"]) == ["entities", "incidents", "timexes"]
    assert doc["gold"]["entities"] == [] and doc["gold"]["timexes"] == []
    errs = [e for inc in doc["gold"]["incidents"] for e in check.check_incident(inc, doc["text"], {})]
    assert not errs, "\n".join(errs)
