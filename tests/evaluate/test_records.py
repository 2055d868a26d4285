"""The spec section-5 scorer on hand-made cases: every matching rule and counting rule."""

from __future__ import annotations

import json

import pytest

from pipeline.evaluate.records import (
    EntityScore,
    Evaluation,
    IncidentScore,
    dates_agree,
    distance_km,
    match_incidents,
    places_agree,
    targets_agree,
)

KM_PER_DEGREE_LAT = 6371.0 * 3.141592653589793 / 180  # 111.19 km


def place(text, canonical=None, lat=None, lon=None):
    return {"text": text, "canonical": canonical, "admin1": None, "country": "IQ", "lat": lat, "lon": lon}


def incident(**slots):
    base = {"event_date": "2021-04-22", "event_type": "Explosions/Remote violence",
            "sub_event_type": "Shelling/artillery/missile attack", "weapon": "rocket", "munitions_count": None,
            "location": place("بلد", "Balad Air Base"), "target": None, "perpetrator": None, "claimed_by": None,
            "killed": None, "wounded": None, "casualties": []}
    return {**base, **slots}


# -- dates ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("a, b, agree", [
    ("2021-04-22TEV", "2021-04-22", True),        # part of day vs the day
    ("2021-04-22", "2021-04-22TNI", True),
    ("2021-04-22T20:00", "2021-04-22", True),     # a clock time is a part of day too
    ("2021-04-22TMO", "2021-04-22TEV", True),     # both compared on the day
    ("2021-04-22", "2021-04-22", True),
    ("2021-04-22", "2021-04-23", False),
    ("2021-04-22TEV", "2021-04-23", False),
    ("2021-04", "2021-04-22", False),             # a month is not a day
    ("XXXX-04-22", "2021-04-22", False),
    (None, None, True),
    (None, "2021-04-22", False),
])
def test_event_dates_agree_on_the_day_when_one_side_has_a_part_of_day(a, b, agree):
    assert dates_agree(a, b) is agree
    assert dates_agree(b, a) is agree


# -- places ---------------------------------------------------------------------------------------


def test_places_within_10_km_agree_and_farther_ones_do_not():
    base = place("قرية البو حمد", "Village A", 33.0, 44.0)
    nine = place("قرية العويسات", "Village B", 33.0 + 9 / KM_PER_DEGREE_LAT, 44.0)
    eleven = place("قرية الخضراء", "Village C", 33.0 + 11 / KM_PER_DEGREE_LAT, 44.0)
    assert distance_km(base, nine) == pytest.approx(9, abs=0.01)
    assert distance_km(base, eleven) == pytest.approx(11, abs=0.01)
    assert places_agree(base, nine)
    assert not places_agree(base, eleven)


def test_places_with_the_same_canonical_agree_whatever_the_text():
    assert places_agree(place("بلد", "Balad Air Base"), place("القاعدة الجوية", "Balad Air Base"))
    assert not places_agree(place("بلد", "Balad Air Base"), place("التاجي", "Camp Taji"))


def test_distance_needs_coordinates_on_both_sides():
    assert distance_km(place("أ", lat=33.0, lon=44.0), place("ب")) is None
    assert not places_agree(place("قرية البو حمد", "A", 33.0, 44.0), place("قرية العويسات", "B"))


@pytest.mark.parametrize("a, b", [
    ("الأنبار", "بالانبار"),                         # clitic ب + article, alef with hamza
    ("إقليم كردستان", "واقليم كردستان"),              # و, alef variants
    ("طريق الخط السريع بين محافظتي السماوة والديوانية", "طريق الخط السريع"),
    ("الفلوجة", "للفلوجه"),                           # ل + assimilated article, teh marbuta
    ("قاعدة \"بلد\" الجوية", "بلد"),
    ("مُعَسْكَر", "المعسكر"),                           # diacritics
])
def test_overlapping_normalized_surface_text_agrees(a, b):
    assert places_agree(place(a), place(b))
    assert places_agree(place(b), place(a))


@pytest.mark.parametrize("a, b", [
    ("مدينة الصدر", "مدينة الموصل"),                  # the same kind of place is not the same place
    ("قاعدة بلد", "قاعدة عين الأسد"),
    ("شمال بغداد", "شمال الموصل"),                    # nor the same direction
    ("بغداد", "البصرة"),
])
def test_different_places_sharing_only_a_kind_or_a_direction_do_not_agree(a, b):
    assert not places_agree(place(a), place(b))


def test_a_place_named_by_its_kind_alone_meets_the_named_one():
    assert targets_agree({"text": "المعسكر", "canonical": None}, {"text": "معسكر إيناتس", "canonical": "Inates"})
    assert not targets_agree({"text": "قاعدة بلد", "canonical": None}, {"text": "قاعدة عين الأسد", "canonical": None})


def test_null_places_agree_only_with_null():
    assert places_agree(None, None)
    assert not places_agree(None, place("بغداد"))
    assert targets_agree(None, None) and not targets_agree({"text": "رتل", "canonical": None}, None)


# -- matching -------------------------------------------------------------------------------------


def test_matching_needs_both_date_and_place():
    gold = [incident()]
    assert match_incidents(gold, [incident(event_date="2021-04-22TEV")]) == [(0, 0)]
    assert match_incidents(gold, [incident(event_date="2021-04-21")]) == []
    assert match_incidents(gold, [incident(location=place("التاجي", "Camp Taji"))]) == []


def test_matching_is_one_to_one_best_total_agreement_first():
    rockets = incident(weapon="rocket", munitions_count=3)
    drone = incident(weapon="drone", sub_event_type="Air/drone strike", munitions_count=1)
    # the drone prediction comes first and would take the first gold record by order alone
    pred = [incident(weapon="drone", sub_event_type="Air/drone strike", munitions_count=1),
            incident(weapon="rocket", munitions_count=3)]
    assert match_incidents([rockets, drone], pred) == [(0, 1), (1, 0)]
    # one prediction for two gold records: only one pair, the better one
    assert match_incidents([rockets, drone], [incident(weapon="drone", sub_event_type="Air/drone strike")]) == [(1, 0)]
    # two predictions for one gold record: one pair, the other prediction is a false alarm
    s = IncidentScore()
    s.add([rockets], pred)
    d = s.to_dict()
    assert (d["matched"], d["match"]["precision"], d["match"]["recall"]) == (1, 0.5, 1.0)


# -- slots ----------------------------------------------------------------------------------------


def _slots(gold, pred):
    s = IncidentScore()
    s.add(gold, pred)
    return s.to_dict()["slots"]


@pytest.mark.parametrize("gold_killed, pred_killed, counts", [
    (0, None, (0, 0, 1)),      # the article says nobody died, the prediction says nothing: a miss
    (None, 0, (0, 1, 0)),      # the article says nothing, the prediction says 0: a false alarm
    (0, 0, (1, 0, 0)),         # 0 is a value
    (None, None, (0, 0, 0)),   # null on both sides counts for nothing
    (3, 2, (0, 1, 1)),         # a wrong count is both
])
def test_null_and_zero_casualty_counts_differ(gold_killed, pred_killed, counts):
    d = _slots([incident(killed=gold_killed)], [incident(killed=pred_killed)])["killed"]
    assert (d["tp"], d["fp"], d["fn"]) == counts


def test_slots_of_unmatched_records_are_misses_and_false_alarms():
    gold = [incident(killed=2, target={"text": "رتل", "canonical": None})]
    pred = [incident(event_date="2021-05-01", wounded=1)]
    slots = _slots(gold, pred)
    assert (slots["killed"]["fn"], slots["target"]["fn"], slots["wounded"]["fp"]) == (1, 1, 1)
    assert slots["event_date"]["fn"] == slots["event_date"]["fp"] == 1
    assert slots["munitions_count"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "tp": 0, "fp": 0, "fn": 0}


def test_casualties_compare_counts_and_outcomes_not_group_text():
    gold = [incident(casualties=[{"count": 2, "group": "جنديين", "outcome": "wounded"}])]
    same = [incident(casualties=[{"count": 2, "group": "عسكريين", "outcome": "wounded"}])]
    other = [incident(casualties=[{"count": 2, "group": "جنديين", "outcome": "killed"}])]
    assert _slots(gold, same)["casualties"]["tp"] == 1
    assert _slots(gold, other)["casualties"]["fn"] == 1


def test_exact_records_need_every_slot_to_agree():
    gold = [incident(killed=1, perpetrator="Islamic State"), incident(location=place("التاجي", "Camp Taji"))]
    pred = [incident(event_date="2021-04-22TEV", killed=1, perpetrator="islamic state"),   # exact
            incident(location=place("التاجي", "Camp Taji"), wounded=0)]                      # one slot off
    s = IncidentScore()
    s.add(gold, pred)
    d = s.to_dict()
    assert (d["matched"], d["exact_records"], d["exact_share"]) == (2, 1, 0.5)
    assert [e["slot"] for e in s.errors] == ["wounded"]


# -- entities -------------------------------------------------------------------------------------


def ent(start, end, label, text="x", **kw):
    return {"text": text, "start": start, "end": end, "label": label, **kw}


def test_entities_exact_and_relaxed_micro_and_per_label():
    gold = [ent(0, 5, "GPE"), ent(10, 20, "ORG"), ent(30, 35, "FACTION", canonical="ISIS")]
    pred = [ent(0, 5, "GPE"), ent(12, 20, "ORG"), ent(30, 35, "ORG"), ent(40, 45, "GPE")]
    s = EntityScore()
    s.add(gold, pred)
    d = s.to_dict()
    assert (d["exact"]["micro"]["tp"], d["exact"]["micro"]["fp"], d["exact"]["micro"]["fn"]) == (1, 3, 2)
    assert (d["relaxed"]["micro"]["tp"], d["relaxed"]["micro"]["fp"], d["relaxed"]["micro"]["fn"]) == (2, 2, 1)
    assert d["relaxed"]["ORG"] == {"precision": 0.5, "recall": 1.0, "f1": 0.6667, "tp": 1, "fp": 1, "fn": 0}
    assert d["relaxed"]["FACTION"]["fn"] == 1 and d["relaxed"]["GPE"]["fp"] == 1
    kinds = sorted(e["kind"] for e in s.errors)
    assert kinds == ["boundary", "false_alarm", "false_alarm", "missed"]
    missed = next(e for e in s.errors if e["kind"] == "missed")
    assert missed["other_label"] == "ORG"  # a label confusion is said so


def test_relaxed_pairs_are_one_to_one_largest_overlap_first():
    gold = [ent(0, 10, "GPE"), ent(12, 20, "GPE")]
    pred = [ent(5, 15, "GPE")]
    s = EntityScore()
    s.add(gold, pred)
    assert s.to_dict()["relaxed"]["GPE"]["tp"] == 1 and s.to_dict()["relaxed"]["GPE"]["fn"] == 1


def test_canonical_names_are_checked_on_relaxed_matches():
    s = EntityScore()
    s.add([ent(0, 5, "BASE", canonical="Balad Air Base"), ent(9, 12, "BASE", canonical="Camp Taji")],
          [ent(0, 5, "BASE", canonical="Balad Air Base"), ent(9, 12, "BASE")])
    d = s.to_dict()
    assert (d["canonical_checked"], d["canonical_accuracy"]) == (2, 0.5)


# -- documents ------------------------------------------------------------------------------------


def test_evaluation_counts_failed_documents_as_empty_and_keeps_context(seed):
    ev = Evaluation()
    ev.add(seed, {"id": seed["id"], "entities": [], "timexes": [], "incidents": [],
                  "error": {"type": "StageFailed", "message": "boom"}})
    ev.add({**seed, "id": "copy"}, None)
    d = ev.to_dict()
    assert d["failed"] == [seed["id"], "copy"]
    assert d["incidents"]["match"]["recall"] == 0 and d["entities"]["relaxed"]["micro"]["fn"] == 2 * len(
        seed["gold"]["entities"])
    missed = [e for e in ev.errors() if e["layer"] == "incidents" and e["kind"] == "missed"]
    assert len(missed) == 2 * len(seed["gold"]["incidents"])
    assert all(e["context"] for e in ev.errors() if e["kind"] == "missed")
    json.dumps(ev.errors(), ensure_ascii=False)  # the error list is plain JSON


def test_gold_against_itself_is_perfect(seed):
    ev = Evaluation()
    ev.add(seed, {"id": seed["id"], **seed["gold"], "error": None})
    d = ev.to_dict()
    assert d["incidents"]["match"]["f1"] == d["incidents"]["slots_micro"]["f1"] == d["incidents"]["exact_share"] == 1
    assert d["entities"]["exact"]["micro"]["f1"] == d["timexes"]["f1"] == d["timexes"]["value_accuracy"] == 1
    assert ev.errors() == []
