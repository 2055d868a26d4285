"""Incident stage: merging (pipeline/stages/incidents/merging.py)."""

import pytest
from .util import _det


def test_a_toll_over_a_period_in_the_next_sentence_is_not_added(nlp):
    doc = nlp.process({"id": "k3", "published": "2014-04-16", "text":
                       "اقتحم مسلحون ليل الاثنين مدرسة في بلدة شيبوك واختطفوا أكثر من مئة طالبة.\n"
                       "وقد قتل أكثر من 1500 شخص في هجمات نسبت إلى الجماعة منذ مطلع العام الجاري."})
    assert [i.killed for i in doc.incidents] == [None]


def test_a_claim_on_a_later_mention_of_the_event_names_its_perpetrator(nlp):
    # the claim goes to the second mention, which merges into the first: who claims it carried it out
    doc = nlp.process({"id": "fill", "published": "2022-03-10", "text":
                       "سقطت قذائف هاون مساء أمس على مطار مدينة مقديشو في قصف اتهمت الشرطة حركة الشباب بالوقوف وراءه.\n"
                       "وقالت الشرطة إن قذائف الهاون سقطت قرب مدرج مطار مدينة مقديشو مساء أمس.\n"
                       "وأعلن تنظيم داعش مسؤوليته عن الهجوم."})
    assert [(i.perpetrator, i.claimed_by) for i in doc.incidents] == [("Islamic State", "Islamic State")]


def test_merged_mentions_keep_each_count_with_its_groups():
    from pipeline.document import Incident
    from pipeline.stages.incidents import merge

    place = {"text": "بيشاور", "canonical": "Peshawar"}
    first = Incident("m", "2014-12-16", "Battles", "Armed clash", "small_arms", location=place, wounded=120,
                     casualties=[{"count": 120, "group": "شخصا", "outcome": "wounded"}], evidence=[{"start": 0, "end": 5}])
    second = Incident("m", "2014-12-16", "Battles", "Armed clash", "small_arms", location=place, killed=141,
                      casualties=[{"count": 141, "group": "شخصا", "outcome": "killed"}], evidence=[{"start": 9, "end": 20}])
    (inc,) = merge([(first, False), (second, False)])
    assert (inc.killed, inc.wounded) == (141, 120)
    assert sorted((c["count"], c["outcome"]) for c in inc.casualties) == [(120, "wounded"), (141, "killed")]


def test_a_toll_without_a_place_joins_the_record_of_its_day(nlp):
    doc = nlp.process({"id": "day", "published": "2024-03-05", "text":
                       "هاجم مسلحون يوم الأحد قافلة للجيش قرب قرية الحمرا شرقي البلاد بالرصاص.\n"
                       "وقال مسؤول محلي إن الهجوم تحول إلى اشتباك استمر ساعات، قتل خلاله ثلاثة جنود وأصيب سائق.\n"
                       "وفي حادث منفصل صباح الاثنين، أطلق مسلحون النار على حافلة قرب قرية الزيتون."})
    got = [(i.event_date, i.location["text"], i.killed, i.wounded) for i in doc.incidents]
    assert got == [("2024-03-03", "قرية الحمرا", 3, 1), ("2024-03-04", "قرية الزيتون", None, None)]


def test_the_next_sentence_about_the_attack_brings_its_toll(nlp):
    doc = nlp.process({"id": "next", "published": "2022-04-11", "text":
                       "سقطت ثلاث قذائف هاون مساء أمس على معسكر للجيش قرب بلدة الدندر.\n"
                       "وقال مصدر عسكري إن الهجوم أسفر عن مقتل جنديين وإصابة خمسة آخرين."})
    assert [(i.weapon, i.killed, i.wounded) for i in doc.incidents] == [("mortar", 2, 5)]
    doc = nlp.process({"id": "other", "published": "2022-04-11", "text":
                       "سقطت ثلاث قذائف هاون مساء أمس على معسكر للجيش قرب بلدة الدندر.\n"
                       "وفي هجوم آخر، قتل مسلحون ثلاثة رعاة قرب قرية أم دوم."})
    assert (doc.incidents[0].killed, doc.incidents[0].wounded) == (None, None)


def test_a_later_list_of_the_victims_gives_the_groups(nlp):
    doc = nlp.process({"id": "list", "published": "2021-09-20", "text":
                       "قتل خمسة أشخاص أمس الأحد في انفجار سيارة مفخخة عند حاجز أمني في مدينة بيدوا.\n"
                       "وقال شهود إن الانفجار سمع في أنحاء المدينة.\n"
                       "وأوضح مسؤول محلي أن القتلى هم جنديان وثلاثة باعة متجولين."})
    (inc,) = doc.incidents
    assert inc.killed == 5
    assert sorted(c["count"] for c in inc.casualties) == [2, 3]


@pytest.mark.parametrize("text", [
    # a claim of "the attack" that names the weapon again is the event told before, not a second one
    "سقطت صواريخ باليستية فجر اليوم على محيط مبنى القنصلية الأميركية في أربيل، ما أدى إلى أضرار مادية.\n"
    "وتبنى الحرس الثوري الإيراني الهجوم في بيان، قال فيه إنه استهدف مركزا في أربيل بصواريخ دقيقة.",
])
def test_a_claim_retelling_the_attack_claims_the_record_before(nlp, text):
    doc = nlp.process({"id": "retold", "published": "2022-03-13", "text": text})
    assert [(i.event_date, i.claimed_by, i.perpetrator) for i in doc.incidents] == [("2022-03-13", "Iran", "Iran")]


@pytest.mark.parametrize("second, killed, wounded", [
    # the same toll told again by another source: one figure
    ("وأكدت الشرطة مقتل 12 مدنيا على الأقل جراء الانفجار.", 12, 20),
    ("وقال مسؤول محلي إن 12 شخصا قتلوا وأصيب 20 آخرون في الانفجار.", 12, 20),
    # a breakdown of the wounded counted before: not added to them
    ("وأوضح المصدر أن الانفجار أسفر عن إصابة ضابطين و5 مدنيين.", 12, 20),
    # a higher figure for the same dead: the higher one
    ("وقال مسؤول محلي إن 15 شخصا قتلوا في الانفجار.", 15, 20),
    # other people, named by their group: added
    ("كما أسفر الانفجار عن مقتل ثلاثة جنود كانوا يحرسون السوق.", 15, 20),
])
def test_a_toll_restated_in_the_next_sentence_is_not_summed(nlp, second, killed, wounded):
    doc = nlp.process({"id": "re", "published": "2019-05-06", "text":
                       "قتل 12 تاجرا وأصيب 20 شخصا أمس الأحد في انفجار سيارة مفخخة في سوق مدينة بيدوا.\n" + second})
    assert [(i.killed, i.wounded) for i in doc.incidents] == [(killed, wounded)]


@pytest.mark.parametrize("lead, killed", [
    ("أعلنت الشرطة اعتقال مشتبه به بعد حادث أسفر عن مقتل 7 أشخاص في مدينة كانو.", 7),
    # a lead about a trial: not the toll of the event told after it
    ("قضت محكمة في كانو بسجن رجل أدين بقتل 3 أشخاص العام الماضي.", None),
])
def test_the_toll_of_the_lead_goes_to_the_record_told_after_it(nlp, lead, killed):
    doc = nlp.process({"id": "lead", "published": "2019-05-06", "text": lead + "\n"
                       "وقال المتحدث باسم الشرطة إن مسلحين أطلقوا النار مساء أمس الأحد على رواد سوق شعبية في المدينة."})
    assert [i.killed for i in doc.incidents] == [killed]


@pytest.mark.parametrize("text, weapon, killed, wounded", [
    # a lead told as "هجوم", the device and the same toll in the next sentence: one record, the toll once
    ("قتل أربعة جنود وأصيب سبعة آخرون أمس الأحد في هجوم استهدف نقطة تفتيش عند مدخل مدينة كيدال. وقال المتحدث "
     "باسم الجيش إن انتحاريا فجر سيارة مفخخة عند النقطة، ما أسفر عن مقتل أربعة جنود.", "vbied", 4, 7),
    # a toll only the second mention gives
    ("استهدف هجوم مسلح صباح اليوم مقرا للشرطة في مدينة الرقة. وأوضح مصدر أمني أن مهاجمين ألقوا قنبلة يدوية "
     "على المقر، ما أدى إلى إصابة ثلاثة من عناصر الشرطة.", "grenade", None, 3),
    # at a neighbourhood the gazetteer lacks, with the toll restated: the same strike
    ("قتل خمسة من عناصر التنظيم في غارة جوية على مدينة الرقة اليوم الأحد. وقال مصدر عسكري إن ضربة جوية دمرت مقرا في حي "
     "البساتين الشرقي وقتلت خمسة من عناصر التنظيم.", "airstrike", 5, None),
    # an article that names no day at all: the second mention still goes on with the first
    ("قالت مصادر أمنية إن هجوما مسلحا استهدف مقرا للشرطة في مدينة كيدال. وأضافت المصادر أن مهاجمين ألقوا قنبلة "
     "يدوية على المقر، ما أدى إلى إصابة ثلاثة من عناصر الشرطة.", "grenade", None, 3),
])
def test_mrg_a_mention_going_on_with_the_lead_is_its_event(nlp, text, weapon, killed, wounded):
    (inc,) = _det(nlp, text)
    assert (inc.weapon, inc.killed, inc.wounded) == (weapon, killed, wounded)
    assert len(inc.evidence) == 2


@pytest.mark.parametrize("text", [
    # "وفي حادث منفصل": another event, even in the same town on the same day
    "قتل جنديان أمس الأحد في انفجار لغم قرب مدينة كيدال. وفي حادث منفصل، أطلق مسلحون قذائف هاون على معسكر "
    "للجيش في المدينة، ما أسفر عن إصابة ثلاثة جنود.",
    # two tolls that disagree: two events
    "قتل جنديان أمس الأحد في انفجار لغم قرب مدينة كيدال. وقال مصدر إن مسلحين هاجموا دورية قرب كيدال، ما "
    "أسفر عن مقتل خمسة جنود.",
])
def test_mrg_another_event_is_not_joined_to_the_lead(nlp, text):
    assert len(_det(nlp, text)) == 2


@pytest.mark.parametrize("text, killed", [
    ("قتل، مساء أمس الأحد، أربعة جنود في هجوم على نقطة تفتيش قرب مدينة كيدال.", 4),
    ("أصيب، فجر اليوم، سبعة مدنيين بجروح في هجوم مسلح على سوق بلدة أنسونغو.", None),
    ("قتلت، ليلة السبت 14 مارس، امرأتان برصاص مسلحين هاجموا حافلة ركاب قرب مدينة كيدال.", 2),
])
def test_mrg_a_time_set_off_by_commas_keeps_the_count(nlp, text, killed):
    (inc,) = _det(nlp, text, "2020-03-16")
    assert inc.killed == killed
    if killed is None:
        assert inc.wounded == 7


def test_mrg_a_time_set_off_by_commas_cuts_no_clause(nlp):
    # the second event's verb, its time and its count stay in one clause: the count is the mortar attack's
    incs = _det(nlp, "انفجرت عبوة ناسفة بدورية للجيش في مدينة كيدال، وقتل، صباح اليوم الاثنين، ثلاثة جنود "
                     "بقذائف هاون سقطت على معسكر في مدينة تمبكتو.", "2020-03-16")
    assert sorted((i.weapon, i.killed) for i in incs) == [("ied", None), ("mortar", 3)]


@pytest.mark.parametrize("text, killed", [
    # a second source restates the toll in a clause of the same sentence: one figure, not the sum
    ("اختلفت الروايات حول مقتل ستة مدنيين بينهم أربعة أطفال في غارة جوية على قرية قرب مدينة كيدال أمس، فقد أعلن "
     "الجيش أنه قتل ستة هم ثلاثة رجال وثلاث نساء خلال الغارة.", 6),
    ("قتل خمسة جنود في انفجار عبوة ناسفة بدورية قرب مدينة كيدال أمس، وقال مصدر عسكري إن خمسة جنود قتلوا في "
     "الانفجار.", 5),
])
def test_mrg_a_toll_restated_in_a_reported_clause_is_not_summed(nlp, text, killed):
    (inc,) = _det(nlp, text)
    assert inc.killed == killed


@pytest.mark.parametrize("text, published, expected", [
    # recalled with its month, then with its day: one event, the day
    ("أعلنت الشرطة الكينية اليوم الأربعاء أنها سلمت إلى القضاء رجلا يشتبه في مشاركته في الهجوم الإرهابي الذي استهدف "
     "مركز تسوق في نيروبي في شهر سبتمبر 2013.\n"
     "وأضافت أن الرجل عاد إلى البلاد في نوفمبر 2013، أي بعد شهرين من الهجوم الإرهابي الذي طال في 21 سبتمبر 2013 مركز "
     "التسوق في نيروبي وخلف قتلى وجرحى.", "2014-01-15", [("2013-09-21", "small_arms")]),
    # an attack with no device, then the device with its own day at the same place: one event, the device
    ("أصيب قائد شرطة مدينة كركوك بجروح إثر تعرضه لمحاولة اغتيال صباح اليوم الثلاثاء.\n"
     "وقال مصدر أمني إن عبوة ناسفة انفجرت صباح اليوم الثلاثاء لدى مرور موكبه وسط مدينة كركوك.",
     "2019-10-15", [("2019-10-15", "ied")]),
])
def test_one_event_told_twice_is_one_record(nlp, text, published, expected):
    assert [(i.event_date, i.weapon) for i in _det(nlp, text, published)] == expected


def test_two_devices_or_two_towns_of_a_day_stay_two_events(nlp):
    # a bombing and a mortar attack in one town, an attack in another town: three events
    incs = _det(nlp, "قتل أربعة أشخاص صباح اليوم الاثنين في انفجار سيارة مفخخة قرب سوق في مدينة كركوك.\n"
                     "وفي وقت لاحق من اليوم نفسه، سقطت ثلاث قذائف هاون على حي سكني في مدينة كركوك.\n"
                     "وفي حادث منفصل، قتل مسلحون شرطيين اثنين اليوم الاثنين في هجوم على نقطة تفتيش في مدينة بعقوبة.",
                "2019-10-14")
    assert sorted(i.weapon for i in incs) == ["mortar", "small_arms", "vbied"]


@pytest.mark.parametrize("a, b, same", [
    ({"text": "تونس", "canonical": "Tunisia", "admin1": None, "country": "TN", "lat": None, "lon": None},
     {"text": "العاصمة", "canonical": "Tunis", "admin1": "Tunis", "country": "TN", "lat": 36.81, "lon": 10.18}, True),
    ({"text": "صبراتة", "canonical": "Sabratha", "admin1": "Zawiya", "country": "LY", "lat": 32.79, "lon": 12.49},
     {"text": "منطقة النهضة", "canonical": None, "admin1": "Zawiya", "country": "LY", "lat": 32.80, "lon": 12.50}, True),
    ({"text": "صبراتة", "canonical": "Sabratha", "admin1": "Zawiya", "country": "LY", "lat": 32.79, "lon": 12.49},
     {"text": "مصراتة", "canonical": "Misrata", "admin1": "Misrata", "country": "LY", "lat": 32.38, "lon": 15.09}, False),
])
def test_fp_one_site(a, b, same):
    from pipeline.stages.incidents.merging import _fp_one_site

    assert _fp_one_site(a, b) is same and _fp_one_site(b, a) is same


@pytest.mark.parametrize("second_killed, records", [(None, 1), (3, 1), (7, 2)])
def test_one_event_at_two_places_a_few_km_apart_is_one_record(second_killed, records):
    # the city and a quarter of it, the same weapon and day: one event, unless the tolls differ
    from pipeline.document import Incident
    from pipeline.stages.incidents.merging import _fp_nearby

    city = {"text": "القدس", "canonical": "Jerusalem", "admin1": "West Bank", "country": "PS", "lat": 31.78, "lon": 35.22}
    quarter = {"text": "جبل المكبر", "canonical": "Jabal al-Mukabber", "admin1": "West Bank", "country": "PS",
               "lat": 31.75, "lon": 35.24}
    first = Incident("n", "2018-02-11", "Violence against civilians", "Attack", "small_arms", location=city, killed=3,
                     evidence=[{"start": 0, "end": 5}])
    second = Incident("n", "2018-02-11", "Violence against civilians", "Attack", "small_arms", location=quarter,
                      killed=second_killed, evidence=[{"start": 9, "end": 20}])
    events = [first, second]
    _fp_nearby(events)
    assert len(events) == records


@pytest.mark.parametrize("lead, records", [
    # told as known ("الهجوم ... الذي استهدف"), dated by the day's news, then told in full with its day: one event
    ("شيع أمس الخميس في مدينة صفاقس جثمان الطالب كريم المزوغي، أحد ضحايا الهجوم المسلح الذي استهدف فندقا في "
     "مدينة نيروبي الكينية.", [("2019-01-15", "Nairobi", 9)]),
    # after a demonstrative ("في هذا الهجوم"): the event told before it, not the embassy its sentence names
    ("قتل مسلحون تسعة أشخاص مساء الثلاثاء 15 جانفي 2019 في هجوم بالرصاص على فندق في مدينة نيروبي.\n"
     "وأعلنت الخارجية أن مواطنا تونسيا أصيب في هذا الهجوم، وأن سفارة تونس في أديس أبابا تتابع حالته.",
     [("2019-01-15", "Nairobi", 9)]),
])
def test_an_event_told_as_known_then_in_full_is_one_record(nlp, lead, records):
    text = lead if "\n" in lead else lead + "\nوكان مسلحون قد أطلقوا النار مساء الثلاثاء 15 جانفي 2019 على نزلاء فندق " \
        "في نيروبي، مما أسفر عن مقتل 9 أشخاص."
    doc = nlp.process({"id": "mg3", "published": "2019-01-18", "text": text})
    assert [(i.event_date, (i.location or {}).get("canonical"), i.killed) for i in doc.incidents] == records


def test_a_known_attack_weeks_before_the_one_told_in_full_stays_apart(nlp):
    # a month apart: the attack recalled ("الهجوم الذي استهدف") is another event than the one of the day
    doc = nlp.process({"id": "mg3b", "published": "2019-03-20", "text":
                       "وصل إلى مطار تونس قرطاج جثمان مواطن تونسي من ضحايا الهجوم الذي استهدف فندقا في مدينة نيروبي "
                       "يوم 15 فيفري 2019.\n"
                       "وكان مسلحون قد أطلقوا النار مساء الثلاثاء 19 مارس 2019 على رواد مطعم في نيروبي، مما أسفر "
                       "عن مقتل 4 أشخاص."})
    assert sorted(i.event_date for i in doc.incidents) == ["2019-02-15", "2019-03-19"]


@pytest.mark.parametrize("second, records", [
    # the known attack, typed an Attack only for want of a weapon word, is the air strike told after it
    ("وتسبب قصف جوي بغازات سامة على شمال سوريا الثلاثاء بمقتل 20 مدنيا.",
     [("Air/drone strike", "Saraqib", 20)]),
    # an air strike on another town: another event
    ("وتسبب قصف جوي على مدينة حمص الثلاثاء بمقتل 20 مدنيا.",
     [("Attack", "Saraqib", None), ("Air/drone strike", "Homs", 20)]),
])
def test_mg17_a_known_attack_with_no_weapon_is_the_strike_told_after_it(nlp, second, records):
    text = "أعرب الوزير عن تضامنه مع ضحايا الهجوم الكيميائي الذي تعرضت له مدينة سراقب في إدلب أول أمس.\n" + second
    doc = nlp.process({"id": "mg17", "published": "2019-03-20", "text": text})
    assert [(i.sub_event_type, (i.location or {}).get("canonical"), i.killed) for i in doc.incidents] == records


@pytest.mark.parametrize("second, records", [
    # the same five dead retold with the attacker's truck in a quarter of the town, the wounded counted again: one event
    ("وقالت مصادر أمنية إن انتحاريا اقتحم بشاحنة مسروقة كمين الحراسة بمنطقة حي الزهراء بالعريش، ما أسفر عن مقتل "
     "خمسة من أفراد الشرطة وإصابة 12 آخرين.", [("Suicide bomb", 5)]),
    # five dead in another town the same day: another event
    ("كما أطلق مسلحون النار على دورية للشرطة في مدينة رفح، ما أسفر عن مقتل خمسة من أفراد الشرطة.",
     [("Suicide bomb", 5), ("Armed clash", 5)]),
])
def test_mg17_the_same_dead_retold_the_same_day_are_one_event(nlp, second, records):
    text = "قتل خمسة جنود وأصيب ثمانية آخرون اليوم الاثنين في هجوم انتحاري على حاجز أمني بمدينة العريش.\n" + second
    doc = nlp.process({"id": "mg17b", "published": "2017-01-09", "text": text})
    assert [(i.sub_event_type, i.killed) for i in doc.incidents] == records


@pytest.mark.parametrize("third, records", [
    # a condemned attack told as known, at its own town: its own record (undated), not the place and the toll of the
    # exchange of fire told just before it, which is the lead's
    ("ودانت البعثة الأممية في بيان أصدرته اليوم الهجوم الذي استهدف قافلة تجارية قرب بلدة غاو وأسفر عن مقتل ثلاثة "
     "سائقين.", [("2019-11-05", "Ménaka", 5), (None, "Gao", 3)]),
    # the same attack retold as known at the same site: the toll stays with the lead
    ("ودانت البعثة الأممية في بيان أصدرته اليوم الهجوم الذي استهدف الموقع قرب بلدة ميناكا.",
     [("2019-11-05", "Ménaka", 5)]),
])
def test_mg17_a_known_event_at_another_place_lends_no_slots_to_the_sentence_before(nlp, third, records):
    text = ("قتل خمسة جنود وأصيب ثلاثة آخرون الليلة الماضية في هجوم شنه مسلحون على موقع للجيش قرب بلدة ميناكا "
            "شرقي مالي، حسب ما أعلنه الجيش اليوم الأربعاء.\nوقال المتحدث باسم الجيش إن المهاجمين انسحبوا نحو "
            "الحدود بعد تبادل لإطلاق النار استمر نحو ساعة.\n" + third)
    doc = nlp.process({"id": "mg17d", "published": "2019-11-06", "text": text})
    assert [(i.event_date, (i.location or {}).get("canonical"), i.killed) for i in doc.incidents] == records


def test_mg17_the_attack_retold_on_a_later_day_is_the_event_told_before(nlp):
    # the attack retold by "الاعتداء" in a sentence dated by the minister's visit the next day: the lead's event
    doc = nlp.process({"id": "mg17e", "published": "2017-02-08", "text":
                       "هاجم مسلحون مركزا للشرطة في مدينة القصرين مساء الثلاثاء، حسب ما أفاد به مصدر أمني.\n"
                       "وأضاف المصدر أن وحدات أمنية تنقلت إلى المكان وفتحت تحقيقا في الحادثة.\n"
                       "وكان وزير الداخلية قد زار اليوم الأربعاء الشرطي الأكثر تضررا من الاعتداء (3 إصابات)، المقيم "
                       "حاليا بالمستشفى."})
    assert [(i.event_date, i.wounded) for i in doc.incidents] == [("2017-02-07", 3)]


@pytest.mark.parametrize("lead_date, lead_wounded, joined", [
    ("2023-05-08", None, True),    # the day before: the event told before it
    ("2023-05-08", 5, False),      # another toll: another event
    ("2023-04-20", None, False),   # weeks before: another event
    ("2023-05-09", None, False),   # the same day: _evt_join's own rule, not this one
])
def test_mg17_retold_later(lead_date, lead_wounded, joined):
    from pipeline.stages.incidents.merging import _mg17_retold_later

    lead = _mg14_incident(0, "مركز للشرطة", date=lead_date)
    lead.wounded = lead_wounded
    retold = _mg14_incident(200, None)
    retold.wounded = 3
    assert (_mg17_retold_later([lead, retold], retold, {id(retold)}) is lead) == joined


@pytest.mark.parametrize("reminder, records", [
    # a reminder opening a recall sentence, the recall verb after its subject: the earlier attack is its own record
    ("يذكر أن هذا الهجوم يأتي بعد أسبوعين من هجوم لتنظيم القاعدة أودى بحياة 20 جنديا في المكلا.",
     [("2016-12-18", 12, None), (None, 20, None)]),
    # a reminder with no recall verb: the toll of the lead's event
    ("يذكر أن الهجوم أسفر أيضا عن إصابة 20 جنديا.", [("2016-12-18", 12, 20)]),
])
def test_mg17_a_reminder_opening_a_recall_sentence_tells_an_earlier_event(nlp, reminder, records):
    text = ("قتل 12 جنديا اليوم الأحد في هجوم انتحاري على معسكر للجيش في مدينة المكلا.\n"
            "وقال مسؤولون محليون إن انتحاريا فجر حزامه الناسف وسط الجنود عند بوابة المعسكر. " + reminder)
    doc = nlp.process({"id": "mg17f", "published": "2016-12-18", "text": text})
    assert [(i.event_date, i.killed, i.wounded) for i in doc.incidents] == records


@pytest.mark.parametrize("others, want", [
    ([{"canonical": "Bouira", "admin1": "Bouira", "country": "DZ"}], True),  # another province
    ([{"canonical": "Berlin", "admin1": "Berlin", "country": "DE"}], True),  # another country
    ([{"canonical": "Algeria", "admin1": None, "country": "DZ"}], False),  # its country
    ([{"canonical": "Constantine", "admin1": "Constantine", "country": "DZ"}], False),  # its province
    ([{"canonical": "Bouira", "admin1": "Bouira", "country": "DZ"},
      {"canonical": "El Khroub", "admin1": "Constantine", "country": "DZ"}], False),  # one place fits
    ([], False),  # no known place: it may go on with the event
])
def test_a_sentence_naming_only_other_provinces_is_elsewhere(others, want):
    from pipeline.stages.incidents.merging import _wn_elsewhere
    here = {"canonical": "Constantine", "admin1": "Constantine", "country": "DZ"}
    assert _wn_elsewhere(here, others) is want


@pytest.mark.parametrize("victims, attackers, total", [
    ("خمسة جنود", "المهاجمين", 8),  # the attackers killed besides the soldiers
    ("ركاب", "مسلحين اثنين", 8),
    ("عناصر الشرطة", "الإرهابيين", 8),
    ("جنود", "جنود", 5),  # the same people told twice: one figure
    # a toll that names nobody in particular and a mention of only the attackers with another figure: the attackers
    # besides the victims ("killed includes attackers when the article numbers them", cs16)
    ("شخصا", "المسلحين", 8),
])
def test_wn2_the_attackers_killed_in_another_mention_add_to_the_toll(victims, attackers, total):
    from pipeline.document import Incident
    from pipeline.stages.incidents import merge

    place = {"text": "بلدة كالي", "canonical": None}
    first = Incident("m", "2021-06-02", "Battles", "Armed clash", "small_arms", location=place, killed=5,
                     casualties=[{"count": 5, "group": victims, "outcome": "killed"}], evidence=[{"start": 0, "end": 5}])
    second = Incident("m", "2021-06-02", "Battles", "Armed clash", "small_arms", location=place, killed=3,
                      casualties=[{"count": 3, "group": attackers, "outcome": "killed"}], evidence=[{"start": 9, "end": 20}])
    (inc,) = merge([(first, False), (second, False)])
    assert inc.killed == total
    assert sum(c["count"] for c in inc.casualties if c["outcome"] == "killed") == total


def test_wn2_attackers_killed_in_a_later_clause_of_the_sentence(nlp):
    doc = nlp.process({"id": "wn2", "published": "2021-06-02", "text":
                       "أعلن الجيش، أمس الثلاثاء، مقتل خمسة جنود في اشتباك مع مسلحين في بلدة تامبو، مؤكدا مقتل ستة من المسلحين."})
    assert [i.killed for i in doc.incidents] == [11]


@pytest.mark.parametrize("text, published, expected", [
    # a lead with no day, the device retold with the article and its day: one event, that day
    ("قتل أربعة جنود في انفجار عبوة ناسفة على طريق في ولاية قندوز شمال أفغانستان.\n"
     "وقال متحدث باسم الشرطة إن العبوة انفجرت مساء أمس لدى مرور عربة الجنود.",
     "2021-03-09", [("2021-03-08", "ied", 4)]),
    ("أصيب خمسة مدنيين بسقوط قذيفة هاون على سوق في مدينة دير الزور.\n"
     "وأوضح المصدر أن القذيفة سقطت صباح الأحد الماضي قرب مدخل السوق.",
     "2018-02-14", [("2018-02-11", "mortar", None)]),
    # the lead names its day: the later mention with another day is another event
    ("قتل أربعة جنود اليوم الثلاثاء في انفجار عبوة ناسفة على طريق في ولاية قندوز شمال أفغانستان.\n"
     "وكانت عبوة ناسفة قد انفجرت الأحد الماضي في ولاية قندوز وأصابت شرطيين.",
     "2021-03-09", [("2021-03-07", "ied", None), ("2021-03-09", "ied", 4)]),
])
def test_mg4_a_lead_with_no_day_takes_the_day_of_its_retelling(nlp, text, published, expected):
    got = sorted((i.event_date, i.weapon, i.killed) for i in _det(nlp, text, published))
    assert got == sorted(expected)


@pytest.mark.parametrize("opener", ["وفي حادث منفصل،", "وفي اليوم نفسه،", "وفي سياق متصل،"])
def test_mg4_a_sentence_turning_to_another_event_is_not_the_toll_of_the_lead(nlp, opener):
    # the lead's record does not take the dead of the next sentence, which tells another event
    incs = _det(nlp, "أسقطت الدفاعات الجوية 7 طائرات مسيرة أطلقت باتجاه مدينة كورسك الليلة الماضية.\n"
                     f"{opener} أعلنت السلطات مقتل ثلاثة أشخاص في قصف على مدينة سومي.", "2024-05-20")
    lead = next(i for i in incs if i.weapon == "drone")
    assert lead.killed is None and len(lead.evidence) == 1


@pytest.mark.parametrize("text, published, expected", [
    # a revised toll with no day, then the attack retold in the pluperfect with its day: one event on that day
    ("ارتفعت حصيلة ضحايا الهجوم الذي استهدف مسجدا في ولاية زامفارا إلى 23 قتيلا. "
     "وكان مسلحون قد أطلقوا النار على المصلين داخل المسجد خلال صلاة الجمعة.", "2021-09-06", ["2021-09-03"]),
    ("ارتفع عدد قتلى الهجوم الذي استهدف سوقا في مدينة مايدوغوري إلى 18 شخصا. "
     "وكانت انتحارية قد فجرت نفسها وسط السوق مساء الثلاثاء.", "2022-05-19", ["2022-05-17"]),
])
def test_mg5_a_lead_with_no_day_joins_its_pluperfect_retelling(nlp, text, published, expected):
    doc = nlp.process({"id": "mg5", "published": published, "text": text})
    assert [i.event_date for i in doc.incidents] == expected


@pytest.mark.parametrize("text, expected", [
    # three villages in one sentence: one record per village, the toll of a later sentence with its village
    ("قصفت طائرات حربية قرى دير سنبل والموزرة وعين لاروز في ريف حماة، اليوم الأحد. وقال مسعفون إن القصف على"
     " الموزرة أدى إلى مقتل طفلين.", [("دير سنبل", None), ("الموزرة", 2), ("عين لاروز", None)]),
    # a dual with no casualties: both places, both with none
    ("قصفت المدفعية أطراف بلدتي الخيام وشبعا صباح اليوم، من دون وقوع إصابات.", [("الخيام", 0), ("شبعا", 0)]),
])
def test_mg6_strikes_on_a_list_of_places_are_one_record_per_place(nlp, text, expected):
    doc = nlp.process({"id": "mg6-list", "published": "2024-05-12", "text": text})
    got = sorted((i.location["text"], i.killed) for i in doc.incidents)
    assert got == sorted(expected)
    assert len({i.event_date for i in doc.incidents}) == 1


@pytest.mark.parametrize("text", [
    # a road between two towns: one event at its first end
    "انفجرت عبوة ناسفة بسيارة على الطريق بين بلدتي كوندوا وديكوا صباح اليوم، ما أدى إلى مقتل ثلاثة ركاب.",
    # a toll over both villages in the list's sentence: a total, not split
    "قتل 9 أشخاص في هجوم لمسلحين على قريتي أبوكي وتانغا في ولاية بلاتو، صباح اليوم.",
])
def test_mg6_a_road_or_a_total_over_two_places_stays_one_record(nlp, text):
    doc = nlp.process({"id": "mg6-one", "published": "2024-05-12", "text": text})
    assert len(doc.incidents) == 1


@pytest.mark.parametrize("opener", ["ويأتي ذلك بعد أيام من", "وجاء الهجوم بعد أسبوعين من"])
def test_mg6_a_recall_sentence_is_not_the_toll_of_the_lead(nlp, opener):
    doc = nlp.process({"id": "mg6-recall", "published": "2024-05-12", "text":
                       "أصيب ثلاثة جنود بانفجار عبوة ناسفة قرب بلدة ديفا صباح اليوم. " + opener +
                       " مقتل خمسة رعاة في هجوم لمسلحين على قرية قرب مدينة بوسو."})
    lead = doc.incidents[0]
    assert (lead.event_date, lead.killed, lead.wounded) == ("2024-05-12", None, 3)
    assert [(i.event_date, i.killed) for i in doc.incidents[1:]] == [(None, 5)]


def test_mg6_an_attack_recalled_with_its_day_after_a_lapse_is_a_record(nlp):
    doc = nlp.process({"id": "mg6-recall-day", "published": "2024-06-20", "text":
                       "قتل أربعة جنود في انفجار عبوة ناسفة استهدف مركبتهم قرب بلدة بلدوين صباح اليوم. ويأتي ذلك بعد"
                       " أسابيع من هجوم شنته حركة الشباب في 12 أيار/مايو الماضي على قاعدة عسكرية في بلدة جلب."})
    assert [i.event_date for i in doc.incidents] == ["2024-06-20", "2024-05-12"]


def test_mg6_a_toll_revised_in_a_later_clause_is_the_same_event(nlp):
    doc = nlp.process({"id": "mg6-toll", "published": "2024-05-13", "text":
                       "تبنت الجماعة التفجير الانتحاري الذي استهدف أمس الأحد سوقا شعبيا في بلدة ميرانشاه، في هجوم"
                       " ارتفعت حصيلة قتلاه اليوم إلى 31 قتيلا بعد وفاة عدد من الجرحى."})
    assert [(i.event_date, i.weapon, i.killed) for i in doc.incidents] == [("2024-05-12", "suicide_bomb", 31)]


def test_mg6_a_series_of_attacks_after_baada_is_no_lapse_and_no_record(nlp):
    doc = nlp.process({"id": "mg6-series", "published": "2014-07-04", "text":
                       "أصدرت السلطات تعليمات جديدة للسكان. ويأتي القرار بعد سلسلة من الهجمات التي وقعت في أنحاء"
                       " متفرقة من مدينة كاشغر، حيث تلقي السلطات باللوم فيها على مسلحين."})
    assert doc.incidents == []


@pytest.mark.parametrize("text, expected", [
    # the day after a verb of occurrence in the next sentence
    ("قتل طفلان برصاص قناص في حي الجحملية بمدينة تعز. واتهمت السلطات الجماعة بالوقوف وراء عملية القنص، التي وقعت"
     " مساء الأحد.", "2024-05-12"),
    # a day in the next sentence that is not when the event occurred: the report's day stays
    ("قتل طفلان برصاص قناص في حي الجحملية بمدينة تعز. وعقدت اللجنة الأمنية اجتماعا مساء الأحد لبحث الوضع.",
     "2024-05-14"),
])
def test_mg6_a_lead_with_no_day_takes_the_day_its_occurrence_is_told(nlp, text, expected):
    doc = nlp.process({"id": "mg6-occ", "published": "2024-05-14", "text": text})
    assert [i.event_date[:10] for i in doc.incidents] == [expected]


@pytest.mark.parametrize("text, place", [
    # the lead names no place; the next sentence retells the attack with "الهجوم" and places it
    ("قتل سبعة شرطيين وأصيب 20 آخرون اليوم في هجوم بسيارة مفخخة. وقالت وزارة الداخلية إن الهجوم استهدف حافلة "
     "للشرطة قرب ملعب في ولاية ديار بكر.", "ولاية ديار بكر"),
    # two sentences on, after a sentence that names no place
    ("لقي أربعة جنود حتفهم مساء أمس في انفجار عبوة ناسفة. وأشار المصدر إلى أن الجرحى نقلوا إلى المستشفى. "
     "وأوضح الجيش أن الانفجار وقع أثناء مرور دورية في مدينة الرمادي.", "مدينة الرمادي"),
])
def test_mg7_a_retelling_sentence_gives_the_place_the_lead_lacks(nlp, text, place):
    incs = _det(nlp, text, "2019-03-14")
    assert [(i.location or {}).get("text") for i in incs] == [place]


@pytest.mark.parametrize("text", [
    # another event ("هجوم آخر") in another place: not the lead's place
    "قتل سبعة شرطيين اليوم في هجوم بسيارة مفخخة. وكان هجوم آخر قد استهدف الشهر الماضي حافلة في ولاية ديار بكر.",
    # the place of a statement, not of the attack
    "قتل سبعة شرطيين اليوم في هجوم بسيارة مفخخة. وقال الوزير في مؤتمر صحفي بمدينة أنقرة إن الهجوم جبان.",
])
def test_mg7_no_place_from_another_event_or_a_statement(nlp, text):
    incs = _det(nlp, text, "2019-03-14")
    assert all((i.location or {}).get("text") not in ("ولاية ديار بكر", "مدينة أنقرة") for i in incs)


@pytest.mark.parametrize("text, expected", [
    # the day before the event word is the trial's; the relative clause tells the event's month
    ("قدمت النيابة العسكرية، أمس الأحد، لائحة اتهام ضد شاب من مخيم جنين تتهمه بتنفيذ عملية إطلاق النار التي وقعت "
     "في بلدة ترمسعيا شمال رام الله مطلع آذار الماضي وأسفرت عن مقتل شرطيين اثنين.", "2021-03"),
    # no relative clause with a time: the day stays
    ("قدمت النيابة العسكرية، أمس الأحد، لائحة اتهام ضد شاب من مخيم جنين تتهمه بتنفيذ عملية إطلاق النار في بلدة "
     "ترمسعيا شمال رام الله وأسفرت عن مقتل شرطيين اثنين.", "2021-04-25"),
])
def test_mg8_the_time_of_the_relative_clause_is_the_events(nlp, text, expected):
    assert [i.event_date for i in _det(nlp, text, "2021-04-26")] == [expected]


@pytest.mark.parametrize("second, expected", [
    # a day with no year, a lapse of one week from the event told before: that event's year
    ("وجاء الهجوم على السجن بعد أسبوع واحد من هجوم مسلحين، ليلة 3 شباط/فبراير، على فندق في مدينة قندهار "
     "قتلوا فيه 9 أشخاص.", "2020-02-03"),
    # a year written: it stays
    ("وجاء الهجوم على السجن بعد أسبوع واحد من هجوم مسلحين، ليلة 3 شباط/فبراير 2021، على فندق في مدينة قندهار "
     "قتلوا فيه 9 أشخاص.", "2021-02-03"),
])
def test_mg8_a_day_counted_from_a_recalled_event_takes_its_year(nlp, second, expected):
    text = ("في مثل هذا اليوم من العام الماضي، هاجم مسلحون سجنا في مدينة جلال آباد وقتلوا 12 حارسا.\n" + second)
    dates = sorted(i.event_date for i in _det(nlp, text, "2021-02-10"))
    assert expected in dates and "2020-02-10" in dates


@pytest.mark.parametrize("text, published, expected", [
    # the lead names the event with its town and only its month; the pluperfect background gives the day and the
    # toll, and names no place of its own: one record, at the lead's town, on the background's day
    ("قالت الشرطة اليوم الخميس إن ثلاثة من المتهمين في التفجير الانتحاري الذي استهدف كنيسة في مدينة كويتا الشهر"
     " الماضي قتلوا في تبادل لإطلاق النار مع قواتها. وأوضحت أن عناصرها داهموا ليلة الثلاثاء مخبأ في منطقة مستونغ."
     " وكان انتحاري قد فجر نفسه عند مدخل الكنيسة في 12 آذار/مارس، ما"
     " أسفر عن مقتل 14 شخصا.", "2022-04-21", [("2022-03-12", "suicide_bomb", "مدينة كويتا", 14)]),
    # the background names a finer place inside the lead's country: that place
    ("نفذت القوات الأمريكية فجر اليوم ضربات على مواقع مسلحين في سوريا ردا على الهجوم الذي أودى بحياة جنديين"
     " أمريكيين في العراق الشهر الماضي. وكانت طائرة مسيرة قد استهدفت في 3 آب/أغسطس الماضي قاعدة عين الأسد في"
     " محافظة الأنبار، ما أسفر عن مقتل جنديين.", "2024-09-07", [("2024-08-03", "drone", "عين الأسد", 2)]),
])
def test_mg9_a_pluperfect_background_is_the_event_its_lead_names(nlp, text, published, expected):
    incs = [i for i in _det(nlp, text, published) if i.event_date and i.event_date.startswith(expected[0][0][:7])]
    got = [(i.event_date, i.weapon, i.killed) for i in incs]
    assert got == [(d, w, k) for d, w, _, k in expected]
    assert expected[0][2] in (incs[0].location or {}).get("text", "") + " " + str(incs[0].location.get("admin1"))


@pytest.mark.parametrize("background", [
    # the lead names its own day: the background with an earlier day is another event
    "وكانت عبوة ناسفة قد انفجرت الأحد الماضي على طريق في ولاية هلمند وأصابت شرطيين.",
    # a background with its day at another place: another event
    "وكان مسلحون قد هاجموا في 3 آذار/مارس الماضي حاجزا للشرطة في مدينة قندهار، ما أدى إلى مقتل شرطيين.",
])
def test_mg9_a_pluperfect_sentence_on_another_event_stays_apart(nlp, background):
    incs = _det(nlp, "قتل خمسة جنود اليوم الثلاثاء في انفجار عبوة ناسفة استهدف دوريتهم في مدينة لشكرقاه. "
                     + background, "2021-03-16")
    assert len(incs) == 2


def test_mg9_coarser():
    from pipeline.document import Incident
    from pipeline.stages.incidents.merging import _mg9_coarser

    def lead(d):
        return Incident(article_id="x", event_date=d, event_type="", sub_event_type="", weapon="unknown")
    assert _mg9_coarser(lead(None), "2023-01-30", False)
    assert _mg9_coarser(lead("2023-01"), "2023-01-30", False)
    assert not _mg9_coarser(lead("2023-02"), "2023-01-30", False)
    assert _mg9_coarser(lead("2023-02-02"), "2023-01-30", True)  # only the report's day, three days after
    assert not _mg9_coarser(lead("2023-02-02"), "2023-01-30", False)  # a day of its own
    assert not _mg9_coarser(lead("2023-03-02"), "2023-01-30", True)  # a month after: another event


def test_mg10_a_lead_placed_only_by_its_dateline_joins_the_event_told_with_its_town(nlp):
    got = _det(nlp, "نيامي (أ ف ب) - قالت مصادر أمنية إن الجيش صد هجوما واسعا شنه مسلحون على إحدى قواعده غرب البلاد. "
                    "وكان مسلحون على دراجات نارية قد هاجموا فجر الأحد قاعدة للجيش في بلدة أبالا، ما أسفر عن مقتل "
                    "تسعة جنود.", published="2022-05-10")
    assert [(i.event_date, i.location["text"], i.killed) for i in got] == [("2022-05-08", "بلدة أبالا", 9)]


def test_mg10_a_mention_that_calls_itself_another_attack_stays_apart(nlp):
    got = _det(nlp, "قتل 12 شخصا في انفجار عبوة ناسفة في سوق بلدة غوزا يوم الأحد. وفي هجوم آخر، انفجرت سيارة مفخخة "
                    "عند حاجز للجيش.", published="2022-05-10")
    assert sorted(i.weapon for i in got) == ["ied", "vbied"]


@pytest.mark.parametrize("text, sub_event_type", [
    ("وجاء ذلك بعد نحو أسبوعين من اختطاف خمسة عمال إغاثة على الطريق قرب مدينة الدمازين في أكتوبر الماضي.",
     "Abduction/forced disappearance"),
    ("ويأتي الحادث بعد ستة أيام فقط من اغتيال رئيس بلدية محلي أمام منزله في مدينة الرمادي.", "Attack"),
])
def test_dt17_a_lapse_with_an_approximator_or_a_restrictor_recalls_an_event(nlp, text, sub_event_type):
    got = _det(nlp, text)
    assert [i.sub_event_type for i in got] == [sub_event_type]


@pytest.mark.parametrize("text, linked", [
    ("ويأتي ذلك بعد نحو ثلاثة أشهر من اختطاف التلاميذ", True),
    ("ويأتي ذلك بعد أربعة أيام فقط من اغتيال النائب", True),
    ("ويأتي ذلك بعد سلسلة طويلة جدا من المفاوضات", False),  # no unit of time: no lapse
])
def test_dt17_the_lapse_link_reads_past_an_approximator_and_a_restrictor(text, linked):
    from pipeline import make_pipeline
    from pipeline.stages.incidents.merging import _mg6_lapse_link

    doc = make_pipeline(stages=["normalize", "tokenize", "sentences"]).process(
        {"id": "l", "text": text, "published": "2020-01-01"})
    assert (_mg6_lapse_link(doc.tokens, 0, len(doc.tokens)) is not None) == linked


def test_mg12_an_untolled_account_at_an_unknown_site_is_the_lead_event(nlp):
    got = _det(nlp, "قتل ثمانية أشخاص مساء أمس في تفجير انتحاري استهدف حاجزا أمنيا في مدينة كيسمايو.\n"
                    "وقال ضابط في الشرطة إن انتحاريا يرتدي حزاما ناسفا فجر نفسه قرب سيارة كانت تقل جنودا في حي فانولي.",
               "2021-05-10")
    # one record, the lead's; it is at the neighbourhood the account names, finer than the city (_pl13_finer_in_town)
    assert len(got) == 1 and got[0].killed == 8 and got[0].location["text"] == "حي فانولي"


@pytest.mark.parametrize("second, records", [
    # the artillery's shells retold by a bare shell word ("القذائف", read as mortar) at the outskirts around: the lead
    ("وقال مسعفون إنهم انتشلوا الجثث من تحت أنقاض منزل دمرته القذائف، مشيرين إلى أن القصف طال كذلك أطراف القرى "
     "المجاورة.", [("unknown", "Kafr Nabl", 3)]),
    # shells that kill others of their own: another event
    ("وقال مسعفون إن القذائف سقطت على أطراف القرى المجاورة، ما أدى إلى مقتل طفلين.",
     [("unknown", "Kafr Nabl", 3), ("mortar", None, 2)]),
])
def test_mg17_an_artillery_lead_retold_by_its_shells_is_one_event(nlp, second, records):
    text = "قتل ثلاثة مدنيين جراء قصف مدفعي استهدف صباح اليوم الأحد بلدة كفرنبل في ريف إدلب الجنوبي.\n" + second
    doc = nlp.process({"id": "mg17c", "published": "2021-06-13", "text": text})
    assert [(i.weapon, (i.location or {}).get("canonical"), i.killed) for i in doc.incidents] == records


def test_mg12_an_account_of_another_attack_with_its_own_toll_stays_apart(nlp):
    got = _det(nlp, "قتل ثمانية أشخاص مساء أمس في تفجير انتحاري استهدف حاجزا أمنيا في مدينة كيسمايو.\n"
                    "وقال ضابط في الشرطة إن انتحاريا يرتدي حزاما ناسفا فجر نفسه قرب سيارة كانت تقل جنودا في حي فانولي، "
                    "ما أسفر عن مقتل ثلاثة جنود.", "2021-05-10")
    assert sorted(i.killed for i in got) == [3, 8]


@pytest.mark.parametrize("text, expected", [
    # the bombing told first in the sentence, the gunmen after it: one event, the bombing's type
    ("فجر انتحاري حزامه الناسف مساء الخميس عند بوابة فندق في مدينة بيداوا، قبل أن يقتحم مسلحون الفندق "
     "ويطلقوا النار على النزلاء، واستمرت المواجهات حتى الفجر، ما أسفر عن مقتل 9 أشخاص.",
     [("Explosions/Remote violence", "Suicide bomb", "suicide_bomb")]),
    # the other order: the exchange of fire told first, then the bomber, stays a clash (as before)
    ("اندلعت اشتباكات عنيفة مساء الخميس بين الحراس ومسلحين هاجموا فندقا في مدينة بيداوا، قبل أن يفجر انتحاري "
     "حزامه الناسف عند البوابة، ما أسفر عن مقتل 9 أشخاص.",
     [("Battles", "Armed clash", "small_arms")]),
])
def test_wp8_the_mention_told_first_in_its_sentence_names_the_event(nlp, text, expected):
    doc = nlp.process({"id": "wp8", "published": "2024-05-10", "text": text})
    assert [(i.event_type, i.sub_event_type, i.weapon) for i in doc.incidents] == expected


def test_mg13_the_lead_retold_with_the_day_it_was_said_is_one_record(nlp):
    # "وقال رئيس البلدية ... اليوم الأربعاء إن القصف ...": the day of the saying, the lead's shelling of the day before
    doc = nlp.process({"id": "said", "published": "2019-04-10", "text":
                       "قتل أربعة مدنيين وأصيب سبعة آخرون مساء أمس الثلاثاء جراء سقوط قذائف هاون أطلقها مسلحون على حي "
                       "الصناعة في مدينة الحديدة.\n"
                       "وقال رئيس المجلس المحلي في المدينة خلال مؤتمر صحفي عقده في العاصمة اليوم الأربعاء إن القصف "
                       "استهدف منازل المدنيين، متهما المسلحين بتعمد قصف الأحياء السكنية."})
    assert [(i.event_date, i.killed) for i in doc.incidents] == [("2019-04-09", 4)]


def test_mg13_a_new_event_told_with_the_day_it_was_said_stays_apart(nlp):
    # an event told without the article after "إن" is another one, not the lead retold
    doc = nlp.process({"id": "saidnew", "published": "2019-04-10", "text":
                       "قتل أربعة مدنيين وأصيب سبعة آخرون مساء أمس الثلاثاء جراء سقوط قذائف هاون أطلقها مسلحون على حي "
                       "الصناعة في مدينة الحديدة.\n"
                       "وقال رئيس المجلس المحلي في المدينة خلال مؤتمر صحفي عقده في العاصمة اليوم الأربعاء إن انفجار "
                       "عبوة ناسفة استهدف دورية للشرطة في المدينة صباح اليوم وأدى إلى مقتل جنديين."})
    assert [(i.event_date, i.killed) for i in doc.incidents] == [("2019-04-09", 4), ("2019-04-10", 2)]


def test_mg13_an_event_recalled_after_a_lapse_keeps_its_own_record(nlp):
    # "ويأتي الهجوم بعد ثلاثة أسابيع من الهجوم الذي ...": an earlier event at a place the gazetteer lacks, no day; it
    # does not join the lead for want of a day, and the pluperfect abduction after it is a third event
    doc = nlp.process({"id": "recall", "published": "2020-06-10", "text":
                       "قتل خمسة مدنيين فجر اليوم الأربعاء في هجوم شنه مسلحون على حي كاتويا في مدينة بيني.\n"
                       "ويأتي الهجوم بعد ثلاثة أسابيع من الهجوم الذي استهدف سوقا في قرية مونغولا شرق بيني وخلف تسعة "
                       "قتلى.\n"
                       "وكانت مجموعة مسلحة قد اختطفت في 2 أيار/مايو الماضي أربعة ممرضين على طريق قرية كاسيندي."})
    got = [(i.event_date, i.sub_event_type, i.killed) for i in doc.incidents]
    assert got[:2] == [("2020-06-10", "Attack", 5), (None, "Attack", 9)]
    assert [i.sub_event_type for i in doc.incidents][2:] == ["Abduction/forced disappearance"]


def test_mg13_a_later_mention_with_no_day_and_no_recall_still_joins_the_lead(nlp):
    # no recall sentence: the mention with the article goes on with the lead's event
    doc = nlp.process({"id": "norecall", "published": "2020-06-10", "text":
                       "قتل خمسة مدنيين فجر اليوم الأربعاء في هجوم شنه مسلحون على حي كاتويا في مدينة بيني.\n"
                       "وقال مسؤول محلي إن المهاجمين أطلقوا النار على السكان في حي كاتويا وأحرقوا منازل."})
    assert [(i.event_date, i.killed) for i in doc.incidents] == [("2020-06-10", 5)]


def test_wp9_a_mention_that_names_no_target_takes_the_type_of_the_one_that_does():
    from pipeline.document import Incident
    from pipeline.stages.incidents.merging import _fill
    place = {"text": "قرية تين هاما", "canonical": None, "country": "ML"}
    # "وقال مسؤول إن الكمين وقع قرب قرية تين هاما" (a clash: the ambush word, no target, no toll) after "نصب مسلحون
    # كمينا لحافلة تقل مسافرين" (an attack on the bus): the bus mention tells whom the event was on
    kept = Incident("wp9", "2024-05-09", "Battles", "Armed clash", "small_arms", location=place)
    bus = Incident("wp9", "2024-05-09", "Violence against civilians", "Attack", "small_arms", location=place,
                   target={"text": "حافلة تقل مسافرين", "canonical": None}, killed=4,
                   casualties=[{"count": 4, "group": "مسافرين", "outcome": "killed"}])
    _fill(kept, bus)
    assert (kept.event_type, kept.sub_event_type, kept.target["text"]) == \
        ("Violence against civilians", "Attack", "حافلة تقل مسافرين")
    # a mention with dead of its own keeps its type ("قتل ثلاثة جنود في اشتباك ..."): only the target is filled
    kept = Incident("wp9", "2024-05-09", "Battles", "Armed clash", "small_arms", location=place, killed=3,
                    casualties=[{"count": 3, "group": "جنود", "outcome": "killed"}])
    _fill(kept, bus)
    assert (kept.event_type, kept.sub_event_type) == ("Battles", "Armed clash")


@pytest.mark.parametrize("second, place", [
    ("وأوضح شهود أن العبوة انفجرت في محيط سوق شعبي بحي الوحدة.", "حي الوحدة"),
    ("وأوضح مسؤول محلي أن العبوة انفجرت عند مدخل قرية العين.", "قرية العين"),
])
def test_pl13_the_finer_place_of_a_later_mention_wins_over_the_city(nlp, second, place):
    # the lead tells the event at the city, a later mention at a neighbourhood or a village: one event, the finer place
    doc = nlp.process({"id": "pl13", "published": "2023-05-14", "text":
                       "وفي مدينة بيدوا، أصيب ثلاثة مدنيين بجروح أمس السبت إثر انفجار عبوة ناسفة.\n" + second})
    assert [i.location["text"] for i in doc.incidents] == [place]


def test_pl13_finer_in_town():
    from pipeline.stages.incidents.merging import _pl13_finer_in_town

    city = {"text": "مدينة بيدوا", "canonical": "Baidoa", "admin1": "Bay", "country": "SO", "lat": 3.11, "lon": 43.65}
    assert _pl13_finer_in_town({"text": "حي الوحدة", "canonical": None, "country": "SO"}, city)
    # another city, a province, a village far away or in another country: not a part of it
    assert not _pl13_finer_in_town({"text": "مدينة بلدوين", "canonical": None, "country": "SO"}, city)
    assert not _pl13_finer_in_town({"text": "إقليم باي", "canonical": "Bay", "admin1": None, "country": "SO"}, city)
    assert not _pl13_finer_in_town({"text": "قرية الوادي", "canonical": None, "country": "SO", "lat": 2.0,
                                    "lon": 45.3}, city)
    assert not _pl13_finer_in_town({"text": "حي الوحدة", "canonical": None, "country": "KE"}, city)


def test_pl13_a_place_outside_the_mentions_clause_is_not_the_finer_place(nlp):
    # the neighbourhood is in a later clause about an earlier attack, not in the clause that retells this one
    doc = nlp.process({"id": "pl13", "published": "2023-05-14", "text":
                       "وفي مدينة بيدوا، أصيب ثلاثة مدنيين بجروح أمس السبت إثر تفجير انتحاري استهدف مركزا للشرطة.\n"
                       "وأوضحت مصادر أن عددا من الشرطيين أصيبوا في التفجير الانتحاري، مشيرة إلى أن المنفذ يرجح أن يكون قد"
                       " نفذ منذ أشهر هجوما على مقهى وقتل شرطيا بحي الوحدة."})
    assert [i.location["text"] for i in doc.incidents] == ["مدينة بيدوا"]


def _mg14_incident(start, target, date="2023-05-09"):
    from pipeline.document import Incident

    place = {"text": "مدينة كركوك", "canonical": "Kirkuk"}
    return Incident("t", date, "Violence against civilians", "Attack", "small_arms", location=place,
                    target={"text": target, "canonical": None} if target else None,
                    evidence=[{"start": start, "end": start + 40}])


@pytest.mark.parametrize("kept_target, first_target, expected", [
    ("المبنى", "مركز للتسوق", "مركز للتسوق"),      # the first telling names it, the later one points back
    ("والحضور", "قاعة للمؤتمرات", "قاعة للمؤتمرات"),
    ("المبنى", "الحضور", "المبنى"),                # both only point back: the kept one stays
    ("مركز الشرطة", "إحدى نقاطها", "مركز الشرطة"),  # the kept one names it: it stays
])
def test_mg14_the_target_named_by_the_first_telling_wins_over_a_bare_definite_word(kept_target, first_target,
                                                                                    expected):
    from pipeline.stages.incidents.merging import _fill

    kept, first = _mg14_incident(200, kept_target), _mg14_incident(0, first_target)
    _fill(kept, first)
    assert kept.target["text"] == expected


def test_mg14_a_later_mention_does_not_replace_the_bare_target_told_first():
    from pipeline.stages.incidents.merging import _fill

    kept, later = _mg14_incident(0, "السوق"), _mg14_incident(300, "سوق للخضار في وسط المدينة")
    _fill(kept, later)
    assert kept.target["text"] == "السوق"


def test_mg14_the_same_noun_told_longer_first_does_not_replace_the_kept_target():
    from pipeline.stages.incidents.merging import _fill

    kept, first = _mg14_incident(200, "المحتجين"), _mg14_incident(0, "المحتجين قرب مقر الولاية")
    _fill(kept, first)
    assert kept.target["text"] == "المحتجين"


def test_mg14_an_earlier_event_at_the_same_town_with_a_month_of_its_own_stays_apart(nlp):
    doc = nlp.process({"id": "mg14d", "published": "2023-05-10", "text":
                       "مايدوغوري - قتل ستة أشخاص وأصيب عشرة آخرون أمس الثلاثاء في تفجير انتحاري استهدف سوقا في بلدة"
                       " غوزا شمال شرقي نيجيريا.\n"
                       "وكانت البلدة نفسها قد شهدت في مارس 2019 تفجيرا انتحاريا في سوقها أودى بحياة خمسة أشخاص."})
    assert [(i.event_date, i.killed) for i in doc.incidents] == [("2023-05-09", 6), ("2019-03", 5)]


@pytest.mark.parametrize("a, b, apart", [
    ("2023-05-09", "2019-03", True),
    ("2023-05-09", "2023-05", False),   # the month holds the day
    ("2023-05-09", "2023", False),
    ("2023-05-09", None, False),        # no date of its own: the other rules decide
])
def test_mg14_dates_apart(a, b, apart):
    from pipeline.stages.incidents.merging import _mg14_dates_apart

    assert _mg14_dates_apart(a, b) is apart


@pytest.mark.parametrize("text, expected", [
    # a total over the list, split by name in the next sentence: one record per village, each with its figure
    ("قتل 11 شخصا في هجومين لمسلحين على قريتي دوماري وكاتوغو في ولاية زمفرة، مساء الأحد. وقال مسؤول في الشرطة إن"
     " سبعة قتلوا في دوماري وأربعة في كاتوغو.", [("دوماري", 7), ("كاتوغو", 4)]),
    # the list told in the lead's sentence, the event and its split toll in the sentences after it
    ("زار الوزير اليوم جرحى الهجوم الذي تعرضت له قريتا دوماري وكاتوغو في ولاية زمفرة. وكان مسلحون قد اقتحموا"
     " القريتين مساء الأحد وأطلقوا النار على السكان. وقالت الشرطة إن 20 شخصا قتلوا في دوماري و9 في كاتوغو.",
     [("دوماري", 20), ("كاتوغو", 9)]),
])
def test_mg15_a_toll_split_by_name_splits_the_list(nlp, text, expected):
    doc = nlp.process({"id": "mg15-split", "published": "2024-05-14", "text": text})
    got = sorted((i.location["text"], i.killed) for i in doc.incidents)
    assert got == sorted(expected)
    assert all(i.target is None for i in doc.incidents)  # the villages are the places, not a target


def test_mg15_a_total_with_figures_that_do_not_add_up_stays_one_record(nlp):
    # the later figures are not a split of the total (another outcome, another count): one record
    doc = nlp.process({"id": "mg15-total", "published": "2024-05-14", "text":
                       "قتل 11 شخصا في هجوم لمسلحين على قريتي دوماري وكاتوغو في ولاية زمفرة، مساء الأحد. وقال مسؤول"
                       " إن 30 منزلا أحرقت في دوماري و12 في كاتوغو."})
    assert [(i.killed, len(doc.incidents)) for i in doc.incidents] == [(11, 1)]


@pytest.mark.parametrize("text, weapon", [
    # the abductors' guns and the bare "عملية الخطف" of one sentence: one abduction
    ("اختطف مسلحون ثمانية عمال زراعيين قرب بلدة غوساو صباح الأحد، وقالت الشرطة إنها تلاحق العصابة التي نفذت عملية"
     " الخطف.", "small_arms"),
    # a launch and the interception of one of its missiles told in one sentence: one attack, the weapon told first
    ("أعلنت الجماعة أن قوتها الصاروخية قصفت مدينة جازان مساء الأحد بعدد من الصواريخ الباليستية، فيما قال التحالف"
     " إنه اعترض صاروخا أطلق باتجاه المدينة.", None),
])
def test_mg15_one_sentence_two_weapons_one_event(nlp, text, weapon):
    doc = nlp.process({"id": "mg15-one", "published": "2024-05-14", "text": text})
    assert len(doc.incidents) == 1
    if weapon:
        assert doc.incidents[0].weapon == weapon
    else:  # the intercepted "صاروخا" of the other side's clause is no count of the salvo
        assert doc.incidents[0].munitions_count is None


def test_mg15_one_sentence_two_places_stay_two_events(nlp):
    # two towns in one sentence: two events, whatever their weapons
    doc = nlp.process({"id": "mg15-two", "published": "2024-05-14", "text":
                       "سقطت قذائف هاون على بلدة كفرنبل صباح اليوم، فيما استهدفت صواريخ غراد بلدة سراقب."})
    assert sorted(i.location["text"] for i in doc.incidents) == ["بلدة سراقب", "بلدة كفرنبل"]


def test_wp11_a_clash_joined_with_a_device_used_in_it_takes_no_count():
    from pipeline.document import Incident
    from pipeline.stages.incidents.merging import _fill

    place = {"text": "حي النخيل", "canonical": None}
    clash = Incident("wp11", "2022-08-14", "Battles", "Armed clash", "small_arms", location=place)
    grenade = Incident("wp11", "2022-08-14", "Explosions/Remote violence", "Grenade", "grenade", munitions_count=1,
                       location=place)
    _fill(clash, grenade)
    assert (clash.weapon, clash.sub_event_type, clash.munitions_count) == ("small_arms", "Armed clash", None)


def test_wp11_a_counted_weapon_still_takes_the_count_of_its_other_mention():
    from pipeline.document import Incident
    from pipeline.stages.incidents.merging import _fill

    place = {"text": "بلدة الريحان", "canonical": None}
    shelling = Incident("wp11", "2022-08-14", "Explosions/Remote violence", "Shelling/artillery/missile attack",
                        "unknown", location=place)
    retold = Incident("wp11", "2022-08-14", "Explosions/Remote violence", "Shelling/artillery/missile attack",
                      "mortar", munitions_count=6, location=place)
    _fill(shelling, retold)
    assert shelling.munitions_count == 6


def test_wp11_a_house_siege_where_a_gunman_detonates_a_belt_stays_a_clash_with_no_count(nlp):
    doc = nlp.process({"id": "wp11", "published": "2022-08-14", "text":
                       "لقي مطلوبان مصرعهما وجرح دركي ليل الأحد في تبادل لإطلاق النار مع الدرك داخل مزرعة ببلدة الريحان.\n"
                       "وأوضح الناطق باسم الدرك أن أحد المطلوبين فجر حزاما ناسفا لما اقترب الأعوان من المزرعة، فيما"
                       " قتل الثاني برصاصهم."})
    assert [(i.sub_event_type, i.weapon, i.munitions_count) for i in doc.incidents] == [("Armed clash", "small_arms", None)]


def test_wp11_a_suicide_attack_counts_the_bombers_its_other_mention_names(nlp):
    doc = nlp.process({"id": "wp11", "published": "2019-03-06", "text":
                       "قتل خمسة أشخاص في هجوم انتحاري استهدف أمس الثلاثاء مطعما في مدينة بيدوا.\n"
                       "وأوضح مسؤول محلي أن ثلاثة انتحاريين فجروا أنفسهم عند مدخل المطعم في مدينة بيدوا أمس الثلاثاء."})
    assert [(i.weapon, i.munitions_count) for i in doc.incidents] == [("suicide_bomb", 3)]


def test_wp11_one_bomber_retold_keeps_the_count_of_one():
    from pipeline.document import Incident
    from pipeline.stages.incidents.merging import _fill

    place = {"text": "مدينة بيدوا", "canonical": None}
    lead = Incident("wp11", "2019-03-05", "Explosions/Remote violence", "Suicide bomb", "suicide_bomb",
                    munitions_count=1, location=place)
    vehicle = Incident("wp11", "2019-03-05", "Explosions/Remote violence", "Remote explosive/landmine/IED", "vbied",
                       munitions_count=3, location=place)
    _fill(lead, vehicle)  # another weapon's count is no count of bombers
    assert lead.munitions_count == 1


def test_wp11_a_tank_shelling_retold_with_bare_shells_keeps_its_kind():
    from pipeline.document import Incident
    from pipeline.stages.incidents.merging import _wp11_shell_kind_named

    place = {"text": "بلدة الوادي", "canonical": None}
    tank = Incident("wp11", "2023-10-13", "Explosions/Remote violence", "Shelling/artillery/missile attack", "unknown",
                    location=place)  # "قصف بقذائف دبابة استهدف سيارة قرب بلدة الوادي"
    bare = Incident("wp11", "2023-10-13", "Explosions/Remote violence", "Shelling/artillery/missile attack", "mortar",
                    munitions_count=2, location=place)  # "وقال الجيش إن العدو أطلق قذيفتين باتجاه السيارة"
    assert _wp11_shell_kind_named(tank, bare)


def test_wp11_an_attack_with_no_weapon_still_takes_the_mortar_named_after_it():
    from pipeline.document import Incident
    from pipeline.stages.incidents.merging import _wp11_shell_kind_named

    place = {"text": "بلدة الوادي", "canonical": None}
    attack = Incident("wp11", "2023-10-13", "Violence against civilians", "Attack", "unknown", location=place)
    mortar = Incident("wp11", "2023-10-13", "Explosions/Remote violence", "Shelling/artillery/missile attack", "mortar",
                      location=place)
    assert not _wp11_shell_kind_named(attack, mortar)


def test_wp11_tank_shells_then_two_bare_shells_is_one_unknown_shelling_of_two(nlp):
    doc = nlp.process({"id": "wp11", "published": "2023-10-13", "text":
                       "قتل راع وأصيب ابنه مساء أمس الخميس جراء قصف بقذائف دبابة طال أطراف بلدة كفركلا في جنوب لبنان.\n"
                       "وقال رئيس البلدية في بيان إن القوات المعادية رمت قذيفتين على المرعى، ما أدى إلى مقتل الراعي."})
    assert [(i.weapon, i.munitions_count) for i in doc.incidents] == [("unknown", 2)]


def test_wp11_an_exchange_of_fire_keeps_its_type_when_the_besieged_blow_themselves_up(nlp):
    doc = nlp.process({"id": "wp11", "published": "2019-11-09", "text":
                       "دار فجر اليوم السبت تبادل لإطلاق النار بين الشرطة وثلاثة مطلوبين لجأوا إلى مستودع في حي الروابي"
                       " شرقي مدينة الخرج.\n"
                       "وقال شاهد عيان إن اثنين من المطلوبين فجرا نفسيهما قبل اقتحام المستودع."})
    assert [(i.sub_event_type, i.weapon) for i in doc.incidents] == [("Armed clash", "small_arms")]


def test_wp11_an_attack_with_no_weapon_still_takes_the_bomb_told_after_it():
    from pipeline.document import Incident
    from pipeline.stages.incidents.merging import _mrg_follow

    place = {"text": "حي الروابي", "canonical": None, "country": "SA"}
    attack = Incident("wp11", "2019-11-09", "Violence against civilians", "Attack", "small_arms", location=place,
                      evidence=[{"start": 0, "end": 50}])
    bomb = Incident("wp11", "2019-11-09", "Explosions/Remote violence", "Suicide bomb", "suicide_bomb",
                    munitions_count=1, location=place, evidence=[{"start": 60, "end": 90}])
    records = [attack, bomb]
    _mrg_follow(records, {id(bomb)}, clashes=set())
    assert [(r.sub_event_type, r.weapon) for r in records] == [("Suicide bomb", "suicide_bomb")]


def test_wp11_a_clash_told_as_an_exchange_of_fire_is_not_replaced_by_the_bomb_told_after_it():
    from pipeline.document import Incident
    from pipeline.stages.incidents.merging import _mrg_follow

    place = {"text": "حي الروابي", "canonical": None, "country": "SA"}
    clash = Incident("wp11", "2019-11-09", "Battles", "Armed clash", "small_arms", location=place,
                     evidence=[{"start": 0, "end": 50}])  # "تبادل لإطلاق النار مع مجموعة متحصنة بمنزل"
    bomb = Incident("wp11", "2019-11-09", "Explosions/Remote violence", "Suicide bomb", "suicide_bomb",
                    munitions_count=1, location=place, evidence=[{"start": 60, "end": 90}])  # "فجرا نفسيهما"
    records = [clash, bomb]
    _mrg_follow(records, {id(bomb)}, clashes={id(clash)})
    assert [(r.sub_event_type, r.weapon, r.munitions_count) for r in records] == [("Armed clash", "small_arms", None)]


def test_mg16_a_carried_lead_at_a_quarter_keeps_it_against_a_landmark(nlp):
    # the lead, dated only by its announcement, names the quarter; the retelling with its day names a bridge near it
    doc = nlp.process({"id": "mg16-quarter", "published": "2024-05-14", "text":
                       "أعلنت الشرطة، اليوم الثلاثاء، مقتل ثلاثة مدنيين بقصف طائرة مسيرة في حي الزهور بمدينة الموصل.\n"
                       "وقال ضابط في بيان إن \"طائرة مسيرة ألقت قنبلة على تجمع للمدنيين قرب جسر الشهداء مساء أمس"
                       " الاثنين، ما أدى إلى مقتل ثلاثة مدنيين\"."})
    assert len(doc.incidents) == 1
    assert doc.incidents[0].location["text"] == "حي الزهور"
    assert doc.incidents[0].event_date == "2024-05-13"


@pytest.mark.parametrize("place, populated", [
    ({"text": "حي الزهور"}, True), ({"text": "قرية المنصورة"}, True), ({"text": "جسر الشهداء"}, False),
    ({"text": "ثكنة المدينة"}, False), (None, False),
])
def test_mg16_populated(place, populated):
    from pipeline.stages.incidents.merging import _mg16_populated
    assert _mg16_populated(place) is populated


def test_mg16_a_retelling_at_a_quarter_keeps_its_own_place(nlp):
    # the retelling names a quarter too: no landmark to replace, its place stays as before
    doc = nlp.process({"id": "mg16-two-quarters", "published": "2024-05-14", "text":
                       "أعلنت الشرطة، اليوم الثلاثاء، مقتل ثلاثة مدنيين بقصف طائرة مسيرة في حي الزهور بمدينة الموصل.\n"
                       "وقال ضابط في بيان إن \"طائرة مسيرة ألقت قنبلة على تجمع للمدنيين في حي السلام مساء أمس"
                       " الاثنين، ما أدى إلى مقتل ثلاثة مدنيين\"."})
    assert [i.location["text"] for i in doc.incidents] == ["حي السلام"]


def test_a_recall_verb_after_its_subject_opens_the_lapse(nlp):
    # dt24: "يذكر أن هذا الهجوم يأتي بعد أسبوع من هجوم ..." is a recall sentence, as "ويأتي الهجوم بعد ..." is
    text = ("قتل 12 جنديا اليوم الثلاثاء في هجوم انتحاري استهدف ثكنة في مدينة المكلا. يذكر أن هذا الهجوم يأتي بعد "
            "أسبوع من هجوم لمسلحين أودى بحياة 20 جنديا في مدينة المكلا.")
    got = sorted((i.event_date or "", i.killed) for i in _det(nlp, text, "2019-03-12"))
    assert got == [("", 20), ("2019-03-12", 12)]
    # no lapse after the verb: the same event told again
    text = ("قتل 12 جنديا اليوم الثلاثاء في هجوم انتحاري استهدف ثكنة في مدينة المكلا. يذكر أن هذا الهجوم هو الأعنف "
            "في المدينة منذ سنوات.")
    assert len(_det(nlp, text, "2019-03-12")) == 1

def test_wp12_a_device_named_when_the_event_is_retold_replaces_the_guess(nlp):
    # "the attacks" first, the suicide bombings named when the attackers are identified: the bombings
    doc = nlp.process({"id": "wp12-told", "published": "2020-01-01", "text":
                       "وكانت الهجمات التي استهدفت الثلاثاء الماضي مطار المدينة ومحطة للقطارات قد أوقعت 20 قتيلا. "
                       "وحددت الشرطة هوية الرجلين اللذين نفذا الهجومين الانتحاريين في المطار."})
    assert [(i.weapon, i.sub_event_type, i.munitions_count, i.killed) for i in doc.incidents] == \
        [("suicide_bomb", "Suicide bomb", 2, 20)]


def test_wp12_an_assault_on_forces_keeps_its_battle_when_its_grenade_is_told():
    from pipeline.document import Incident
    from pipeline.stages.incidents.merging import _wp12_device_named

    post = {"text": "مركز الشرطة"}
    battle = Incident("w", "2023-03-13", "Battles", "Armed clash", "small_arms", location=post, killed=4)
    grenade = Incident("w", "2023-03-13", "Explosions/Remote violence", "Grenade", "grenade", location=post,
                       munitions_count=1)
    _wp12_device_named(battle, grenade, set())
    assert (battle.event_type, battle.weapon) == ("Battles", "small_arms")
    attack = Incident("w", "2023-03-13", "Violence against civilians", "Attack", "unknown", location=post)
    _wp12_device_named(attack, grenade, {id(attack)})  # told as a clash: the fire stays
    assert attack.weapon == "unknown"
    _wp12_device_named(attack, grenade, set())
    assert (attack.weapon, attack.sub_event_type, attack.munitions_count) == ("grenade", "Grenade", 1)
