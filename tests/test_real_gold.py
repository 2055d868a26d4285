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


# -- the open development set (corpora/real/open.jsonl) -----------------------------------------------------------

OPEN = [json.loads(x) for x in (REAL / "open.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]


def test_every_open_line_passes_the_checks():
    bad = check.check_file(REAL / "open.jsonl", ANT if ANT.exists() else None)
    assert not bad, "\n".join(f"{w}: {e}" for w, errs in bad.items() for e in errs)


def test_open_set_is_not_reserved_and_apart_from_the_measured_set():
    assert OPEN and not any(select.is_reserved(x["id"]) for x in OPEN)
    assert not {x["id"] for x in OPEN} & {x["id"] for x in LINES}
    places = check.gazetteer_places()
    obj = next(x for x in LINES if x["gold"]["incidents"])  # a reserved article is refused in the open set
    assert any("reserved" in e for e in check.check_line(obj, places, None, reserved=False))
    assert check.check_line(OPEN[0], places, None, reserved=False) == []


@pytest.mark.skipif(not ANT.exists(), reason="../shared/corpora/ant not present")
def test_open_selection_is_reproducible():
    assert [a["id"] for _, _, a in select.select_open()] == [x["id"] for x in OPEN]
    assert (select.OPEN_SEED, select.N_OPEN) == (20261201, 340)


# -- the sentence set (corpora/real/sentences.jsonl) ------------------------------------------------------------

SENTENCES = [json.loads(x) for x in (REAL / "sentences.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]


def test_every_sentence_line_passes_the_checks():
    bad = check.check_sentences(REAL / "sentences.jsonl", ANT if ANT.exists() else None)
    assert not bad, "\n".join(f"{w}: {e}" for w, errs in bad.items() for e in errs)


def test_sentence_schema_without_the_text():
    ids = [x["id"] for x in SENTENCES]
    assert len(ids) == len(set(ids)) and ids == [f"rs-{k:04d}" for k in range(1, len(ids) + 1)]
    assert {x["label"] for x in SENTENCES} <= set(check.LABELS)
    assert all(x["kind"] in check.KINDS for x in SENTENCES if x["label"] == "no_event")
    gold_ids = {x["id"] for x in LINES}
    assert all(select.is_reserved(x["article_id"]) and x["article_id"] not in gold_ids for x in SENTENCES)
    sel = check._select_module()
    for x in SENTENCES:
        assert check.check_sentence(x, gold_ids, None, sel) == [], x["id"]


def test_a_broken_sentence_line_is_caught():
    gold_ids = {x["id"] for x in LINES}
    ant = ANT if ANT.exists() else None
    x = SENTENCES[0]
    errs = check.check_sentence({**x, "label": "maybe", "note": "\u0647\u062c\u0648\u0645"}, gold_ids, None)
    assert any("label" in e for e in errs) and any("note" in e for e in errs)
    assert any("kind" in e for e in check.check_sentence({**x, "label": "no_event", "kind": "war"}, gold_ids, None))
    assert any("kind" in e for e in check.check_sentence({**x, "label": "event", "kind": "threat"}, gold_ids, None))
    assert check.check_sentence({**x, "article_id": LINES[0]["id"]}, gold_ids, None)  # in ant.jsonl
    if ant is not None:
        errs = check.check_sentence({**x, "start": x["start"] + 1}, gold_ids, ant)
        assert any("splitter" in e for e in errs), errs


@pytest.mark.skipif(not ANT.exists(), reason="../shared/corpora/ant not present")
def test_sentence_selection_is_reproducible():
    """select_sentences.py gives the ids, articles and spans of sentences.jsonl in its order."""
    ssel = check._select_sentences_module()
    got = ssel.select()
    assert [(a["id"], s, e) for _, _, a, s, e in got] == [(x["article_id"], x["start"], x["end"]) for x in SENTENCES]
    rounds = [r for r, *_ in got]
    assert rounds == sorted(rounds)  # round a (the planned draw), then b, then c
    assert len({a["id"] for r, _, a, _, _ in got if r in "ab"}) == rounds.count("a") + rounds.count("b")


# -- the ANERcorp sentence set (corpora/real/anercorp-test.jsonl) -----------------------------------------------

ANERCORP = REPO.parent / "shared" / "corpora" / "anercorp"
ANER = [json.loads(x) for x in (REAL / "anercorp-test.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]


def test_every_anercorp_line_passes_the_checks():
    bad = check.check_anercorp(REAL / "anercorp-test.jsonl", ANERCORP if ANERCORP.exists() else None)
    assert not bad, "\n".join(f"{w}: {e}" for w, errs in bad.items() for e in errs)


def test_anercorp_schema_without_the_text():
    places = check.gazetteer_places()
    numbers = [x["number"] for x in ANER]
    assert numbers == sorted(set(numbers)) and {x["split"] for x in ANER} == {"test"}
    for x in ANER:
        assert check.check_aner_line(x, places, None) == [], x["id"]
    assert all(x["events"] for x in ANER if x["label"] == "event")


def test_a_broken_anercorp_line_is_caught():
    places = check.gazetteer_places()
    x = next(y for y in ANER if y["label"] == "event")
    bad = json.loads(json.dumps(x))
    bad["events"][0].update(weapon="knife", killed="3", event_date="2006-10-01")
    bad["events"][0]["location"] = {"text": "x", "canonical": None, "country": "Iraq"}
    errs = check.check_aner_line({**bad, "number": x["number"] + 1, "label": "maybe", "note": "\u0647\u062c\u0648\u0645"},
                                 places, None)
    for what in ("weapon", "killed", "event fields", "country", "id", "label", "note"):
        assert any(what in e for e in errs), (what, errs)
    assert any("events" in e for e in check.check_aner_line({**x, "label": "no_event", "kind": "politics"}, places))
    assert any("events" in e for e in check.check_aner_line({**x, "events": []}, places))
    assert any("kind" in e for e in check.check_aner_line({**x, "kind": "threat"}, places))
    # the text checks, on a stand-in split: the numbering drifted, a place not in the sentence, no attack word
    sents = {"test": ["x" * 40] * (x["number"] + 2)}
    sents["test"][x["number"]] = x["starts"] + " \u0647\u062c\u0648\u0645 " + "y" * 10
    assert check.check_aner_line(x, places, sents)[0].startswith("event 0: location text")
    assert any("drifted" in e for e in check.check_aner_line({**x, "starts": "z" * 20}, places, sents))
    sents["test"][x["number"]] = "z" * 30
    errs = check.check_aner_line({**x, "starts": "z" * 20}, places, sents)
    assert any("attack words" in e for e in errs) and not any("drifted" in e for e in errs)


@pytest.mark.skipif(not ANERCORP.exists(), reason="../shared/corpora/anercorp not present")
def test_anercorp_set_covers_every_attack_sentence_of_test():
    aner = check._anercorp_module()
    sents = aner.sentences("test", ANERCORP)
    want = [k for k, t in enumerate(sents) if aner.ATTACK_WORDS.search(t)]
    assert [x["number"] for x in ANER] == want
