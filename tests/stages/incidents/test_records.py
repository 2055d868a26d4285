"""Incident stage: records (pipeline/stages/incidents/records.py)."""




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
