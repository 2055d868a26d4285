"""The probe sentences (corpora/probes and corpora/probes-heldout): every file is well formed, and the bench scores them (events matched
one-to-one per sentence, slot accuracy with dates and casualty lists, sentences exactly right)."""

from __future__ import annotations

import importlib.util
import json
import re
from datetime import date
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("rasd_bench_probes", REPO / "benchmarks" / "bench_incidents.py")
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)

TYPES = {
    "Explosions/Remote violence": {"Shelling/artillery/missile attack", "Air/drone strike",
                                   "Remote explosive/landmine/IED", "Suicide bomb", "Grenade"},
    "Battles": {"Armed clash"},
    "Violence against civilians": {"Attack", "Abduction/forced disappearance"},
}
WEAPONS = {"rocket", "missile", "mortar", "drone", "airstrike", "ied", "vbied", "suicide_bomb", "small_arms",
           "grenade", "unknown"}
FILES = sorted((REPO / "corpora" / "probes").glob("*.jsonl")) + sorted((REPO / "corpora" / "probes-heldout").glob("*.jsonl"))
LINES = [(f.stem, json.loads(x)) for f in FILES for x in f.read_text(encoding="utf-8").splitlines() if x.strip()]


def test_ids_unique():
    ids = [x["id"] for _, x in LINES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("area,x", LINES, ids=[x["id"] for _, x in LINES])
def test_probe_line_is_well_formed(area, x):
    assert re.fullmatch(r"pr-[a-z0-9]+-\d{3}", x["id"]), x["id"]
    assert set(x) == {"id", "text", "published", "note", "events"}
    assert x["text"].strip() and x["note"].strip()
    date.fromisoformat(x["published"])
    for e in x["events"]:
        assert e["sub_event_type"] in TYPES[e["event_type"]]
        assert e["weapon"] in WEAPONS
        assert e["location"] is None or e["location"]["text"] in x["text"]
        assert e["target"] is None or e["target"]["text"] in x["text"]
        if e["event_date"] is not None:
            # spec section 3: a day (with a part of day or a time), a month, a year or an ISO week
            assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2}(T.*)?)?|-W\d{2})?", e["event_date"])
            day = e["event_date"][:10]
            if "-W" in day:  # an ISO week: its Monday
                day = date.fromisocalendar(int(day[:4]), int(day[6:]), 1).isoformat()
            assert day <= x["published"]
        for outcome in ("killed", "wounded"):
            counts = [c["count"] for c in e["casualties"] if c["outcome"] == outcome]
            if counts:  # the list spells out the total (a group may be counted without a figure: null)
                assert e[outcome] == sum(c for c in counts if c is not None) or None in counts
        for k in ("munitions_count", "killed", "wounded"):
            assert e[k] is None or isinstance(e[k], int) and e[k] >= 0


def _event(weapon="ied", sub="Remote explosive/landmine/IED", place="مدينة الموصل", killed=2, day="2024-03-11"):
    cas = [{"count": killed, "group": None, "outcome": "killed"}] if killed else []
    return {"event_date": day, "event_type": "Explosions/Remote violence", "sub_event_type": sub, "weapon": weapon,
            "munitions_count": 1, "location": {"text": place, "canonical": None}, "target": None,
            "perpetrator": None, "claimed_by": None, "killed": killed, "wounded": None, "casualties": cas}


def test_sentence_exact_needs_every_slot_and_no_extra_record():
    gold = [_event()]
    assert bench.sentence_exact(gold, [_event(place="الموصل")], bench.PROBE_SLOTS)
    assert not bench.sentence_exact(gold, [_event(day="2024-03-10")], bench.PROBE_SLOTS)  # the date counts
    assert not bench.sentence_exact(gold, [_event(), _event(weapon="mortar", place="كركوك")], bench.PROBE_SLOTS)
    assert not bench.sentence_exact(gold, [], bench.PROBE_SLOTS)
    assert bench.sentence_exact([], [], bench.PROBE_SLOTS)


def test_probes_score_a_file(tmp_path):
    line = {"id": "pr-t-001", "text": "قتل جنديان عراقيان أمس بانفجار عبوة ناسفة في مدينة الموصل.",
            "published": "2024-03-12", "note": "t", "events": [_event()]}
    empty = {"id": "pr-t-002", "text": "هدد التنظيم بمهاجمة المدينة.", "published": "2024-03-12", "note": "t",
             "events": []}
    (tmp_path / "t.jsonl").write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in (line, empty)),
                                      encoding="utf-8")
    got = bench.probes(tmp_path)
    assert got["gold"] == 1 and got["matched"] == 1 and got["files"]["t"]["sentences"] == 2
    assert got["slot_accuracy"]["killed"] == 1.0 and got["slot_accuracy"]["weapon"] == 1.0
    assert got["exact_sentences"] == 2  # the IED is coded as the gold says; the threat gives nothing
    assert bench.probes(tmp_path / "none") is None


def test_overlap_finds_a_rewrite_of_the_same_report_and_not_another_report():
    dev = [bench._words("قتل 29 جنديا نيجريا في هجوم شنه مسلحون على وحدة للجيش قرب بلدة تاسيا بمنطقة تيلابيري.")]
    same = "نيامي - قُتل 29 جنديا نيجريا أمس في هجوم شنه مئات المسلحين على وحدة عسكرية قرب بلدة تاسيا في تيلابيري."
    other = "سقطت ثلاث قذائف هاون على حي سكني في مدينة الحديدة غربي اليمن دون وقوع إصابات."
    assert bench.overlap(same, dev) >= bench.NEAR_OVERLAP
    assert bench.overlap(other, dev) < 0.1
    assert bench.overlap(other, []) == 0.0


def test_probes_distinct_leaves_out_lines_near_a_development_probe(tmp_path):
    dev_dir, held_dir = tmp_path / "dev", tmp_path / "held"
    dev_dir.mkdir(), held_dir.mkdir()
    near = "قتل جنديان عراقيان أمس بانفجار عبوة ناسفة في مدينة الموصل."
    far = "أصيب ثلاثة مدنيين بقصف مدفعي على بلدة كفرنبل في ريف إدلب."
    (dev_dir / "d.jsonl").write_text(json.dumps({"id": "pr-d-001", "text": near, "published": "2024-03-12",
                                                 "note": "t", "events": [_event()]}, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    held = [{"id": f"pr-h-00{i}", "text": t, "published": "2024-03-12", "note": "t", "events": []}
            for i, t in ((1, near), (2, far))]
    (held_dir / "h.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in held),
                                      encoding="utf-8")
    out = bench.probes(held_dir, dev_dir)
    assert out["near_development"] == ["pr-h-001"]
    assert out["sentences"] == 2 and out["distinct"]["sentences"] == 1
    assert bench.probes(held_dir)["files"]["h"]["sentences"] == 2 and "distinct" not in bench.probes(held_dir)
