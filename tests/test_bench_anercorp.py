"""The ANERcorp sentence scorer of benchmarks/bench_incidents.py: events matched one-to-one to a sentence's
records, event-level P/R/F1 and per-slot accuracy over the matched pairs, on a tiny hand-made case."""

from __future__ import annotations

import importlib.util
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("rasd_bench_incidents", REPO / "benchmarks" / "bench_incidents.py")
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)


def _ev(sub, weapon, place, canonical, killed=None, **kw):
    et = {"Air/drone strike": "Explosions/Remote violence", "Remote explosive/landmine/IED": "Explosions/Remote violence",
          "Armed clash": "Battles"}[sub]
    cas = [{"count": killed, "group": None, "outcome": "killed"}] if killed is not None else []
    return {"event_type": et, "sub_event_type": sub, "weapon": weapon, "munitions_count": kw.get("n"),
            "location": {"text": place, "canonical": canonical, "country": None}, "target": kw.get("target"),
            "perpetrator": kw.get("perp"), "claimed_by": None, "killed": killed, "wounded": None, "casualties": cas}


STRIKE = _ev("Air/drone strike", "drone", "بيت حانون", "Beit Hanoun", 2, n=1, perp="Israel")
CLASH = _ev("Armed clash", "small_arms", "رفح", "Rafah", 2)


def test_best_agreement_first_and_one_to_one():
    # two gold events in one sentence, records in the other order: each pairs with its own
    preds = [_ev("Armed clash", "small_arms", "مدينة رفح", None, 2), _ev("Air/drone strike", "drone", "بيت حانون", None, 2)]
    assert bench.match_events([STRIKE, CLASH], preds) == [(0, 1), (1, 0)]
    # one record for two events: it goes to the event it agrees with best, the other is unmatched
    assert bench.match_events([STRIKE, CLASH], preds[1:]) == [(0, 0)]
    # a record that agrees on nothing (type, weapon, sub-event, place, casualties) matches nothing
    other = _ev("Remote explosive/landmine/IED", "ied", "كابول", "Kabul", 12)
    assert bench.match_events([CLASH], [other]) == []


def test_scores_and_slot_accuracy():
    pred_strike = _ev("Air/drone strike", "airstrike", "بلدة بيت حانون", None, 2, perp="Israel")  # weapon, count wrong
    got = bench.score_events([([STRIKE], [pred_strike]),                 # matched
                              ([CLASH], []),                             # missed
                              ([], [_ev("Armed clash", "small_arms", "x", None)])])  # a record with no event
    assert (got["gold"], got["predicted"], got["matched"]) == (2, 2, 1)
    assert got["match"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5}
    acc = got["slot_accuracy"]
    assert acc["location"] == 1.0 and acc["sub_event_type"] == 1.0 and acc["perpetrator"] == 1.0
    assert acc["killed"] == 1.0 and acc["target"] == 1.0  # two null targets agree
    assert acc["weapon"] == 0.0 and acc["munitions_count"] == 0.0
    assert bench.score_events([])["slot_accuracy"]["weapon"] is None


def test_skipped_with_a_notice_without_shared(tmp_path, capsys):
    assert bench.anercorp_sentences(root=tmp_path / "anercorp") is None
    assert "anercorp sentences skipped" in capsys.readouterr().out
