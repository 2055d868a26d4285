"""Cross-article events (pipeline/events.py)."""

from pipeline.events import group

BALAD = {"text": "قاعدة بلد الجوية", "canonical": "Balad Air Base", "admin1": "Salah ad-Din", "country": "IQ",
         "lat": 33.94, "lon": 44.36}


def _inc(**kw):
    base = {"event_date": "2021-04-18", "event_type": "Explosions/Remote violence",
            "sub_event_type": "Shelling/artillery/missile attack", "weapon": "rocket", "munitions_count": None,
            "location": None, "target": None, "perpetrator": None, "claimed_by": None, "killed": None,
            "wounded": None, "casualties": [], "evidence": []}
    base.update(kw)
    return base


def test_reports_of_one_event_in_several_articles_are_one_event_with_every_source():
    docs = [
        {"id": "a1", "incidents": [_inc(location=BALAD, wounded=5, munitions_count=3)]},
        # another outlet: the place without canonical but the same name word, a later and higher toll
        {"id": "a2", "incidents": [_inc(location={"text": 'قاعدة "بلد"'}, wounded=7, weapon="unknown",
                                        sub_event_type="Attack", perpetrator="Kata'ib Hezbollah")]},
        # the same day and weapon, another base: another event
        {"id": "a3", "incidents": [_inc(location={"text": "قاعدة عين الأسد", "canonical": "Ain al-Asad Air Base"})]},
        # an article with an error has no incidents
        {"id": "bad", "incidents": [], "error": {"type": "EmptyText", "message": "no text"}},
    ]
    events = group(docs)
    assert len(events) == 2
    balad = next(e for e in events if e["location"]["canonical"] == "Balad Air Base")
    assert [s["article_id"] for s in balad["sources"]] == ["a1", "a2"] and balad["n_sources"] == 2
    assert balad["weapon"] == "rocket"  # the named weapon wins over "unknown"
    assert (balad["wounded"], balad["wounded_max"]) == (5, 7)  # the most conservative toll, and the highest
    assert balad["perpetrator"] == "Kata'ib Hezbollah" and balad["munitions_count"] == 3
    assert len(balad["event_id"]) == 16


def test_different_days_or_weapons_stay_apart_and_undated_records_are_alone():
    docs = [{"id": "b1", "incidents": [_inc(location=BALAD), _inc(location=BALAD, event_date="2021-02-20"),
                                       _inc(location=BALAD, weapon="drone", sub_event_type="Air/drone strike"),
                                       _inc(location=BALAD, event_date=None)]},
            {"id": "b2", "incidents": [_inc(location=BALAD, event_date=None)]}]
    events = group(docs)
    assert len(events) == 5
    assert [e["event_date"] for e in events][:3] == ["2021-02-20", "2021-04-18", "2021-04-18"]


def test_write_events_from_extract_output(tmp_path):
    import json

    from pipeline.events import write_events

    src = tmp_path / "out.jsonl"
    src.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in [
        {"id": "a1", "incidents": [_inc(location=BALAD, wounded=5)]},
        {"id": "a2", "incidents": [_inc(location={"text": 'قاعدة "بلد"'}, wounded=7)]},
        {"id": "x", "incidents": [], "error": {"type": "EmptyText", "message": "no text"}},
    ]) + "\n", encoding="utf-8")
    assert write_events([str(src)], str(tmp_path / "events.jsonl")) == 1
    (event,) = [json.loads(x) for x in (tmp_path / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    assert event["n_sources"] == 2
    assert write_events([str(src)], str(tmp_path / "events.csv")) == 1
    import pandas as pd

    table = pd.read_csv(tmp_path / "events.csv")
    assert table.loc[0, "sources"] == "a1#0;a2#0" and table.loc[0, "location_canonical"] == "Balad Air Base"


def test_the_event_key_names_a_place_the_gazetteer_lacks_by_its_name_words():
    from pipeline.document import Incident

    def key(text, date="2021-04-22", canonical=None):
        loc = {"text": text, "canonical": canonical}
        return Incident("a", date, "Battles", "Armed clash", "small_arms", location=loc).event_key

    # a designator, a preposition and the article do not make another place
    assert key("بلدة الخضر") == key("الخضر") == key("في مدينة الخضر") == "2021-04-22|خضر|small_arms"
    assert key("بلدة الخضر") != key("بلدة بيتا")
    # the canonical name wins when the gazetteer knows the place; a time does not change the day
    assert key("قاعدة بلد", "2021-04-22T21:00", "Balad Air Base") == "2021-04-22|Balad Air Base|small_arms"
    # a place named by its kind alone keeps that word
    assert key("المعسكر") == "2021-04-22|معسكر|small_arms"
