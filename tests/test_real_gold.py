"""The real-text incident gold (corpora/real/ant.jsonl): every line passes corpora/real/check.py.

The checks that need the article text (spans, verbatim places, the reader's id and date, the selection)
run when ../shared/corpora/ant is present and are skipped otherwise; the schema checks always run.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
REAL = REPO / "corpora" / "real"
ANT = REPO.parent / "shared" / "corpora" / "ant"


def _load(name: str, file: str):
    spec = importlib.util.spec_from_file_location(name, REAL / file)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


check = _load("rasd_real_check", "check.py")
select = _load("rasd_real_select_t", "select.py")
LINES = [json.loads(x) for x in (REAL / "ant.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]


def test_every_gold_line_passes_the_checks():
    bad = check.check_file(REAL / "ant.jsonl", ANT if ANT.exists() else None)
    assert not bad, "\n".join(f"{w}: {e}" for w, errs in bad.items() for e in errs)


def test_schema_checks_run_without_the_text():
    places = check.gazetteer_places()
    for obj in LINES:
        assert check.check_line(obj, places, None) == []


def test_a_broken_line_is_caught():
    places = check.gazetteer_places()
    obj = next(x for x in LINES if x["gold"]["incidents"])
    bad = json.loads(json.dumps(obj))
    inc = bad["gold"]["incidents"][0]
    inc.update(event_date="2017-06-18TNI", weapon="knife", killed="3")
    inc["evidence"].append({"start": 10, "end": 5})
    errs = check.check_line(bad, places, ANT if ANT.exists() else None)
    for what in ("event_date", "weapon", "killed", "evidence"):
        assert any(what in e for e in errs), (what, errs)
    assert check.check_line({**obj, "id": "JA-localNews-1851-20170227"}, places, None)  # not reserved


def test_only_reserved_articles():
    assert all(select.is_reserved(x["id"]) for x in LINES)
    assert select.is_reserved("JA-localNews-1850-20170227") and not select.is_reserved("JA-localNews-1851-20170227")


@pytest.mark.skipif(not ANT.exists(), reason="../shared/corpora/ant not present")
def test_selection_is_reproducible():
    """select.py gives the ids of ant.jsonl in its order: the first batch (30 attack + 10 any), then the second."""
    sel = select.select()
    assert [a["id"] for _, _, a in sel] == [x["id"] for x in LINES]
    assert [k for k, _, _ in sel] == ["attack"] * 30 + ["any"] * 10 + ["attack"] * 40
    assert (select.FIRST_BATCH, select.N_ATTACK, select.N_ANY) == (30, 70, 10)
