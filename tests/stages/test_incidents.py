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
    assert inc.event_date == "2021-04-22TEV"
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
