import json

from pipeline.evaluate.timexes import TimexScore, pair_by_overlap
from pipeline.stages.normalize import NormalizedText
from pipeline.stages.timexes import find_timexes

from ..conftest import DEV, REPO


def test_pairing_is_one_to_one_largest_overlap_first():
    gold = [{"start": 0, "end": 10}, {"start": 12, "end": 20}]
    pred = [{"start": 5, "end": 15}, {"start": 0, "end": 9}]
    assert pair_by_overlap(gold, pred) == [(0, 1), (1, 0)]


def test_score_counts_values_only_on_pairs():
    s = TimexScore()
    s.add([{"text": "أمس", "start": 0, "end": 3, "value": "2021-04-24"},
           {"text": "غدا", "start": 10, "end": 13, "value": "2021-04-26"}],
          [{"text": "أمس", "start": 0, "end": 3, "value": "2021-04-24"},
           {"text": "x", "start": 20, "end": 21, "value": None}])
    d = s.to_dict()
    assert (d["precision"], d["recall"], d["value_accuracy"], d["value_accuracy_strict"]) == (0.5, 0.5, 1.0, 0.5)


def _score(docs):
    s = TimexScore()
    for d in docs:
        pred = [t.to_dict() for t in find_timexes(NormalizedText.of(d["text"]), d["published"])]
        s.add(d["timexes"], pred)
    return s.to_dict()


def test_team_set_meets_the_targets():
    docs = [json.loads(x) for x in (REPO / "corpora" / "timexes" / "timexes.jsonl").open(encoding="utf-8")]
    d = _score(docs)
    assert d["gold"] >= 250
    assert d["value_accuracy"] >= 0.98 and d["f1"] >= 0.95


def test_dev_gold_meets_the_targets():
    docs = []
    for p in sorted(DEV.glob("*.json")):
        d = json.loads(p.read_text(encoding="utf-8"))
        docs.append({"text": d["text"], "published": d["published"], "timexes": d["gold"]["timexes"]})
    d = _score(docs)
    assert d["value_accuracy"] >= 0.98 and d["f1"] >= 0.95
