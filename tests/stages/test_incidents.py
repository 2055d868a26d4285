from pipeline import make_pipeline


def test_seed_article_yields_incident_records(nlp, seed):
    doc = nlp.process(seed)
    assert doc.error is None
    assert len(doc.incidents) >= 1
    dates = {i.event_date for i in doc.incidents}
    assert "2021-04-18" in dates  # the rockets on Balad air base
    for inc in doc.incidents:
        assert inc.event_type in ("Explosions/Remote violence", "Battles", "Violence against civilians")
        assert inc.evidence


def test_fixture_article_slots(nlp, article):
    doc = nlp.process(article)
    (inc,) = doc.incidents
    assert inc.event_date == "2021-04-22"  # a day: the part of day stays in the time expression
    assert inc.weapon == "rocket" and inc.munitions_count == 3
    assert inc.wounded == 2 and inc.killed is None
    assert inc.claimed_by is None


def test_threats_and_totals_are_not_records(nlp):
    for text in [
        "وتهدد الفصائل بمواصلة الهجمات الصاروخية ضد القوات الأميركية في قاعدة عين الأسد.",
        "تعرضت القوات لأكثر من 50 هجوما باستخدام العبوات الناسفة منذ 20 يناير الماضي في العراق.",
        "نفت وزارة الدفاع سقوط أي صواريخ على قاعدة عين الأسد أمس.",
    ]:
        doc = nlp.process({"id": "n", "text": text, "published": "2021-04-25"})
        assert doc.incidents == [], text


def test_no_casualties_gives_zero(nlp):
    doc = nlp.process({"id": "z", "published": "2021-04-25",
                       "text": "سقط صاروخان أمس على قاعدة عين الأسد في الأنبار دون وقوع إصابات."})
    (inc,) = doc.incidents
    assert inc.killed == 0 and inc.wounded == 0 and inc.munitions_count == 2


def test_two_events_in_one_sentence_are_two_records(nlp):
    doc = nlp.process({"id": "c", "published": "2021-04-25", "text":
                       "وسقطت 4 صواريخ على قاعدة عين الأسد في 20 فبراير الماضي، واستهدفت السفارة الأميركية "
                       "في بغداد بصاروخين على الأقل في 23 فبراير الماضي دون وقوع إصابات."})
    got = sorted((i.event_date, i.munitions_count) for i in doc.incidents)
    assert got == [("2021-02-20", 4), ("2021-02-23", 2)]


def test_a_later_claim_goes_to_the_event_before_it(nlp):
    doc = nlp.process({"id": "l", "published": "2019-05-02", "text":
                       "انفجرت سيارة مفخخة أمس قرب سوق شعبي في مقديشو، ما أسفر عن مقتل خمسة أشخاص.\n"
                       "وقال شهود إن الانفجار كان قويا.\n"
                       "وأعلنت حركة الشباب المجاهدين مسؤوليتها عن التفجير في بيان."})
    (inc,) = doc.incidents
    assert inc.weapon == "vbied" and inc.killed == 5
    assert inc.claimed_by == inc.perpetrator and "Shabaab" in inc.claimed_by


def test_a_state_strike_names_the_state(nlp):
    doc = nlp.process({"id": "s", "published": "2023-11-21", "text":
                       "قتل ثلاثة مدنيين أمس في غارة إسرائيلية على بلدة كفركلا في جنوب لبنان."})
    (inc,) = doc.incidents
    assert inc.weapon == "airstrike" and inc.perpetrator == "Israel" and inc.killed == 3


def test_no_event_sentences_give_no_record(nlp):
    import json

    from ..conftest import REPO

    lines = (REPO / "corpora" / "negatives" / "sentences.jsonl").read_text(encoding="utf-8").splitlines()
    recorded = sum(bool(nlp.process(json.loads(x)).incidents) for x in lines)
    assert len(lines) >= 250
    assert recorded / len(lines) <= 0.05
