import pytest

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


@pytest.mark.parametrize("text, want", [
    # the noun after the phrase says which outcome it denies
    ("سقطت قذيفة هاون مساء أمس قرب مطار مقديشو دون أن تسفر عن قتلى.", (0, None)),
    ("سقط صاروخ أمس على قاعدة عين الأسد في الأنبار، وأكد الجيش عدم وقوع إصابات.", (0, 0)),
    # a phrase about one side zeroes nothing when the event's toll is given
    ("انفجرت عبوة ناسفة أمس بدورية في بغداد ما أدى إلى مقتل ثلاثة من المسلحين دون وقوع إصابات في صفوف الجنود.",
     (3, None)),
    # in a later clause of the sentence
    ("سقطت قذيفة هاون مساء أمس على مطار مقديشو، من دون أن يسفر الهجوم عن إصابات.", (0, 0)),
    # no damage is not no casualties
    ("سقطت قذيفتا هاون أمس على مطار مقديشو دون أن تسجل أضرار مادية.", (None, None)),
    # other ways to say nobody was hurt
    ("سقط صاروخ فجر أمس على معسكر التاجي شمال بغداد ولم يصب أحد بأذى.", (0, 0)),
    ("سقطت قذيفة هاون أمس على مطار مقديشو، ولم تقع إصابات.", (0, 0)),
    ("انفجرت عبوة ناسفة أمس قرب دورية في بعقوبة من دون أن توقع إصابات.", (0, 0)),
    ("سقطت قذيفة هاون أمس على مطار مقديشو، ولم يسفر القصف عن خسائر في الأرواح.", (0, None)),
])
def test_which_casualties_a_no_casualty_phrase_denies(nlp, text, want):
    doc = nlp.process({"id": "nc", "published": "2021-04-25", "text": text})
    (inc,) = doc.incidents
    assert (inc.killed, inc.wounded) == want


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


def test_weapon_phrases_are_matched_in_their_dual_and_plural_forms(nlp):
    from pipeline.stages.incidents import inflections

    assert "سيارتان مفخختان" in inflections("سيارة مفخخة")
    assert "قذيفتي هاون" in inflections("قذيفة هاون")  # a dual before its complement
    assert "هجومين مسلحين" in inflections("هجوم مسلح")
    doc = nlp.process({"id": "d", "published": "2013-08-29", "text":
                       "انفجرت سيارتان مفخختان أمس في سوق شعبية بمدينة الصدر شرقي بغداد، ما أدى إلى مقتل 18 شخصا."})
    (inc,) = doc.incidents
    assert inc.weapon == "vbied" and inc.munitions_count == 2 and inc.killed == 18


def test_an_overview_of_several_attacks_is_not_a_record_of_its_own(nlp):
    doc = nlp.process({"id": "o", "published": "2013-08-29", "text":
                       "قتل 30 شخصا أمس في سلسلة تفجيرات بسيارات مفخخة ضربت أحياء في بغداد.\n"
                       "وانفجرت سيارة مفخخة في مدينة الصدر، ما أدى إلى مقتل 18 شخصا.\n"
                       "وفي حي الكاظمية، انفجرت سيارة مفخخة قرب موقف للحافلات فقتلت سبعة أشخاص."})
    got = sorted(((i.location or {}).get("text"), i.killed) for i in doc.incidents)
    assert got == [("حي الكاظمية", 7), ("مدينة الصدر", 18)]


def test_the_dateline_city_is_not_the_place_of_the_event(nlp):
    doc = nlp.process({"id": "dl", "published": "2016-08-02", "text":
                       "طرابلس (رويترز) - فجر انتحاري سيارة مفخخة أمس عند نقطة تفتيش في مدينة سرت، "
                       "ما أسفر عن مقتل ثلاثة مقاتلين."})
    (inc,) = doc.incidents
    assert inc.location["canonical"] == "Sirte"


def test_an_unknown_site_takes_the_coordinates_of_its_town(nlp):
    doc = nlp.process({"id": "h", "published": "2012-09-13", "text":
                       "انفجرت سيارة مفخخة أمس عند مدخل معسكر الصفا في مدينة مقديشو، ما أدى إلى مقتل أربعة جنود."})
    (inc,) = doc.incidents
    loc = inc.location
    assert loc["text"] == "معسكر الصفا" and loc["geo_precision"] == 2
    assert abs(loc["lat"] - 2.04) < 0.1 and loc["country"] == "SO"


def test_state_forces_act_for_their_state_and_victims_are_not_actors(nlp):
    doc = nlp.process({"id": "sf", "published": "2013-12-16", "text":
                       "قتل 76 شخصا أمس في قصف جوي شنته مروحيات الجيش السوري بالبراميل المتفجرة على أحياء مدينة حلب."})
    (inc,) = doc.incidents
    assert inc.perpetrator == "Syria"
    doc = nlp.process({"id": "sv", "published": "2020-03-24", "text":
                       "قتل 47 من الجنود النيجيريين أمس في كمين نصبه مسلحون لقافلة عسكرية قرب قرية غونيري في ولاية يوبي."})
    assert [i.perpetrator for i in doc.incidents] == [None]


def test_dual_and_plural_verbs_report_an_event(nlp):
    from pipeline.stages.incidents import verb_forms

    assert {"استهدفا", "استهدفوا", "استهدفتا"} <= set(verb_forms("استهدف"))
    doc = nlp.process({"id": "v", "published": "2024-01-05", "text":
                       "تونس – «الصباح» أعلن تنظيم داعش أمس الخميس مسؤوليته عن التفجيرين الانتحاريين اللذين استهدفا "
                       "الأربعاء 3 جانفي حشودا في مدينة كرمان جنوب شرقي إيران."})
    (inc,) = doc.incidents
    assert inc.event_date == "2024-01-03" and inc.location["canonical"] == "Kerman"


def test_the_target_is_what_was_hit_not_the_attackers(nlp):
    doc = nlp.process({"id": "t", "published": "2020-03-24", "text":
                       "انفجرت عبوة ناسفة أمس قرب موقف للحافلات في مدينة الموصل، ما أسفر عن إصابة ثلاثة مدنيين."})
    (inc,) = doc.incidents
    assert inc.target["text"].startswith("موقف للحافلات")
    doc = nlp.process({"id": "t2", "published": "2020-03-24", "text":
                       "هاجم مسلحون أمس قافلة عسكرية قرب بلدة غاو شمالي مالي، ما أسفر عن مقتل أربعة جنود."})
    (inc,) = doc.incidents
    assert inc.target["text"].startswith("قافلة عسكرية")


def test_casualty_counts_before_the_verb_and_in_coordinated_groups(nlp):
    doc = nlp.process({"id": "k1", "published": "2018-08-03", "text":
                       "قال مسؤولون إن 28 شخصا على الأقل قتلوا يوم الخميس في ضربات جوية على سوق للسمك في مدينة الحديدة."})
    (inc,) = doc.incidents
    assert inc.killed == 28
    doc = nlp.process({"id": "k2", "published": "2019-07-23", "text":
                       "شنت هيئة تحرير الشام فجر اليوم هجوما على مواقع في قرية تل ملح، واندلعت اشتباكات أسفرت عن "
                       "مقتل 14 عنصرا من قوات النظام وتسعة من مسلحي الهيئة."})
    (inc,) = doc.incidents
    assert inc.killed == 23


def test_a_toll_over_a_period_in_the_next_sentence_is_not_added(nlp):
    doc = nlp.process({"id": "k3", "published": "2014-04-16", "text":
                       "اقتحم مسلحون ليل الاثنين مدرسة في بلدة شيبوك واختطفوا أكثر من مئة طالبة.\n"
                       "وقد قتل أكثر من 1500 شخص في هجمات نسبت إلى الجماعة منذ مطلع العام الجاري."})
    assert [i.killed for i in doc.incidents] == [None]


def test_an_accusation_or_a_filter_word_does_not_hide_a_counted_event(nlp):
    doc = nlp.process({"id": "f", "published": "2018-08-03", "text":
                       "قال مسؤول محلي إن ثلاثة أطفال لقوا حتفهم وأصيب رابع بانفجار لغم أرضي يوم الأربعاء "
                       "قرب منازلهم في مديرية حيس، متهما الحوثيين بزرع الألغام في المنطقة."})
    (inc,) = doc.incidents
    assert inc.weapon == "ied" and inc.killed == 3 and inc.wounded == 1 and inc.event_date == "2018-08-01"


def test_an_actor_announcing_its_own_strike_claims_it(nlp):
    doc = nlp.process({"id": "ack", "published": "2024-06-12", "text":
                       "أعلن الجيش الإسرائيلي أن طائراته نفذت أمس غارة على بلدة جويا في جنوب لبنان، "
                       "ما أسفر عن مقتل شخصين."})
    (inc,) = doc.incidents
    assert inc.claimed_by == "Israel" and inc.perpetrator == "Israel"
    doc = nlp.process({"id": "nack", "published": "2024-02-01", "text":
                       "أعلنت القيادة المركزية الأمريكية أن طائرة مسيرة استهدفت أمس قاعدتها في البرج 22 "
                       "شمال شرقي الأردن، ما أسفر عن مقتل ثلاثة جنود."})
    assert [i.claimed_by for i in doc.incidents] == [None]


def test_a_place_inside_the_last_token_does_not_break_the_stage(nlp):
    # ANT JA-localNews-910: a country after a proclitic at the very end of the text
    doc = nlp.process({"id": "end", "published": "2017-02-07", "text": "قتل جندي أمس في اشتباكات مسلحة بسوريا"})
    assert doc.error is None and len(doc.incidents) == 1


def test_a_past_attack_recalled_in_a_statement_keeps_its_own_month(nlp):
    doc = nlp.process({"id": "recall", "published": "2019-06-02", "text":
                       "أكد المدعي العام اليوم الأحد أن المتهم شارك في الهجوم المسلح الذي استهدف فندقا في مدينة "
                       "سوسة في شهر يونيو 2015."})
    assert [i.event_date for i in doc.incidents] == ["2015-06"]


def test_an_announced_date_and_a_recalled_attack_do_not_make_extra_records(nlp):
    doc = nlp.process({"id": "told", "published": "2017-03-05", "text":
                       "أعلنت قيادة عمليات نينوى، اليوم الأحد، مقتل مدنيين اثنين بقصف طائرة مسيرة في حي وادي حجر بالموصل.\n"
                       "وقال قائد العمليات إن الطائرة المسيرة ألقت قنبلتين على تجمع للعائلات في حي وادي حجر عصر أمس السبت."})
    assert [i.event_date for i in doc.incidents] == ["2017-03-04"]
    doc = nlp.process({"id": "ref", "published": "2024-02-03", "text":
                       "شنت الولايات المتحدة فجر اليوم السبت غارات جوية على مواقع في قضاء القائم، ردا على الهجوم "
                       "الذي أودى بحياة ثلاثة جنود أميركيين في الأردن نهاية الشهر الماضي."})
    got = [(i.event_date, i.weapon) for i in doc.incidents]
    assert ("2024-02-03", "airstrike") in got and ("2024-02-03", "unknown") not in got  # the recalled attack: January


def test_a_place_after_a_direction_is_a_reference_point(nlp):
    doc = nlp.process({"id": "dir", "published": "2018-11-12", "text":
                       "أصيب جنديان عراقيان بانفجار عبوة ناسفة استهدفت دوريتهما في ناحية الرياض جنوب غربي كركوك "
                       "فجر أمس الأحد."})
    (inc,) = doc.incidents
    assert inc.location["text"] == "ناحية الرياض" and inc.wounded == 2


def test_crashes_and_flights_are_not_attacks(nlp):
    for text in ["لقي أربعة ركاب حتفهم أمس في تحطم مروحية مدنية قرب مدينة البصرة بسبب عطل فني.",
                 "قررت الحكومة أمس إغلاق المجال الجوي أمام الطائرات القادمة من الدول المجاورة لمدة أسبوع."]:
        assert nlp.process({"id": "acc", "published": "2017-06-05", "text": text}).incidents == [], text


def test_the_army_without_its_state_is_the_state_where_it_happened(nlp):
    doc = nlp.process({"id": "gen", "published": "2023-04-17", "text":
                       "وأعلن الجيش أمس الأحد أن سلاح الجو نفذ غارات على معسكرات الدعم السريع في مدينة الخرطوم."})
    (inc,) = doc.incidents
    assert inc.weapon == "airstrike" and inc.perpetrator == "Sudan" and inc.claimed_by == "Sudan"


@pytest.mark.parametrize("text, want", [
    ("أسفرت الاشتباكات عن مقتل 8 من عناصر قسد و5 من مقاتلي العشائر.", [(8, "killed"), (5, "killed")]),
    ("استشهد ستة أعوان من الحرس الوطني وأصيب ثلاثة آخرون.", [(6, "killed"), (3, "wounded")]),
    ("إصابة خمسة متعاقدين وجندي أميركي", [(5, "wounded"), (1, "wounded")]),  # a second group without a number
    ("وفاة شخص من الجنسية الأولى وشخصين من الجنسية الثانية", [(1, "killed"), (2, "killed")]),
    # a head with the pronoun of whom it befell: one (ه، ها), two (هما), no number (هم)
    ("أطلق مسلحون النار على المحامي أمام مكتبه ما أدى إلى مقتله وثلاثة من حراسه", [(1, "killed"), (3, "killed")]),
    ("سقطت القذيفة قرب الشقيقتين ما أسفر عن إصابتهما بجروح متوسطة", [(2, "wounded")]),
    ("ونظم رفاقهم وقفة في الذكرى الأولى لمقتلهم", []),
    # a definite singular person, and a person with the pronoun of the one he serves, count one
    ("أسفر التفجير عن مقتل المهاجم وإصابة حارس البوابة", [(1, "killed"), (1, "wounded")]),
    ("ما أدى إلى مقتل سائق الشاحنة وإصابة مرافقه", [(1, "killed"), (1, "wounded")]),
    # quotes around the count or inside a group
    ('وقالت الوزارة إن الغارات أسفرت عن مقتل "أكثر من 30 مسلحا"', [(30, "killed")]),
    ("قتل أربعة من عناصر «الكتيبة» وستة من مقاتلي القبيلة", [(4, "killed"), (6, "killed")]),
    # a day between the head and the count is not a count ("الاثنين" is Monday, not two)
    ("وقال المتحدث إن خمسة من الحراس قتلوا الاثنين في الاشتباك", [(5, "killed")]),
    ("وأصيب الثلاثاء أربعة عمال في الانفجار", [(4, "wounded")]),
    # a pronoun of the event between the head and the count ("قتل خلاله", "قتل فيها")
    ("تحول الكمين إلى اشتباك قتل خلاله ستة حراس وأصيب مزارعان", [(6, "killed"), (2, "wounded")]),
    ("واندلعت معارك قتل فيها أمس 9 مقاتلين", [(9, "killed")]),
    # "القضاء على N" is killing N; without a number (a cell, a network) it counts nothing
    ("وأعلنت الوزارة القضاء على 14 مسلحا وتفكيك الخلية", [(14, "killed")]),
    ("ونجحت الوحدات في القضاء على الشبكة", []),
    # tens and hundreds without a number are no count
    ("أسفر القصف عن مقتل مئات المدنيين وإصابة 12 آخرين", [(12, "wounded")]),
    # the whole before a part of it ("بينهم"), when the count stands before a plural verb
    ("وذكرت الجمعية أن 15 شخصا، بينهم 4 من متطوعيها وطفلان، قتلوا وأصيب 20 آخرون", [(15, "killed"), (20, "wounded")]),
    ("قالت الهيئة إن 18 شخصا، بينهم 5 من عمالها و7 مرضى بينهم طفلان، قتلوا", [(18, "killed")]),
    # a second group joined by "و" after a group with its complement
    ("قتل 12 مقاتلا من الفصيل والجماعات الحليفة له و9 عناصر من التنظيم", [(12, "killed"), (9, "killed")]),
    ("قتل 12 مقاتلا من الفصيل وحلفائه وتسعة عناصر من التنظيم", [(12, "killed"), (9, "killed")]),
    ("قتل 12 مقاتلا من الفصيل وأصيب 9 آخرون", [(12, "killed"), (9, "wounded")]),
    # a person noun that starts like a proclitic ("سيدة" is not "س" + "يدة"); a dual with its owner's pronoun;
    # people named by nouns alone, joined by "و", are one group (as the team gold counts them)
    ("لقيت سيدة وطفلاها حتفهم حين سقطت القذيفة", [(3, "killed")]),
    ("أسفر الانفجار عن مقتل ملازم وجندي وإصابة 3 آخرين", [(2, "killed"), (3, "wounded")]),
    ("وأسفر الانفجار عن إصابة مرافقيه", []),  # "مرافقيه" may be his two or his many companions
    # a dual casualty noun is its own count; "آخرين" (others) without a number is no count
    ("أسفر القصف عن سقوط قتيلين وأربعة جرحى", [(2, "killed"), (4, "wounded")]),
    ("ما أدى إلى مقتل شرطي وإصابة آخرين", [(1, "killed")]),
    # an active verb: its subject (the event, the attackers) stands before the count
    ("وأصاب الانفجار ثلاثة عمال بجروح", [(3, "wounded")]),
    ("قتل مسلحون أربعة رعاة قرب البئر وأصابوا ما يزيد على عشرة آخرين", [(4, "killed"), (10, "wounded")]),
    # a list of who the victims were replaces the whole when it adds up to it, not when it is a part
    ("أسفر الكمين عن مقتل 5 أشخاص، هم 3 حراس ومزارعان", [(3, "killed"), (2, "killed")]),
    ("وذكرت اللجنة أن 9 أشخاص، بينهم 5 من المتطوعين و4 ممرضين، قتلوا", [(5, "killed"), (4, "killed")]),
    ("قتل ستة أشخاص، بينهم طفلان، في القصف", [(6, "killed")]),
    ("قتل أربعة أشخاص في القصف. وقال المسؤول إن القتلى هم ثلاثة رعاة وطفل", [(3, "killed"), (1, "killed")]),
    ("وأوضح الطبيب أن الجرحى هم أربعة عمال وسائق", [(4, "wounded"), (1, "wounded")]),
    # one of a group; a nominative dual before its complement; a broken plural in -ان is no dual
    ("قتل أحد عناصر الحراسة وأصيب اثنان آخران", [(1, "killed"), (2, "wounded")]),
    ("أصيب ضابطان برتبة ملازم في الاشتباك", [(2, "wounded")]),
    ("أسفر القصف عن إصابة جيران الضحية", []),
    # the fate after the subject ("لقي طفل مصرعه") is not a second death
    ("لقي راع مصرعه وأصيب والده بجروح", [(1, "killed"), (1, "wounded")]),
    # the dead and the wounded counted together give neither; a verb with its own count is not that
    ("أسفر التفجير عن مقتل وإصابة 30 شخصا", []),
    ("وقال الطبيب إن 4 أشخاص قتلوا وأصيب 9 آخرون", [(4, "killed"), (9, "wounded")]),
    # a phrase about the event between the verb and its count
    ("وقتل في القصف على أطراف القرية مساء أمس خمسة رعاة", [(5, "killed")]),
    ("قتل في الهجوم 7 جنود وأصيب آخرون", [(7, "killed")]),
    # a group added to the toll (attackers count, as the team gold counts them)
    ("أسفر التفجير عن مقتل 6 أشخاص، إضافة إلى منفذ الهجوم", [(6, "killed"), (1, "killed")]),
    ("قتل أربعة حراس فضلا عن الانتحاري", [(4, "killed"), (1, "killed")]),
    # a count of the dead and the wounded together ("25 قتيلا وجريحا") gives neither; a number with no group
    # before the next head ("مقتل 2 وإصابة 5")
    ("أسفر الانفجار عن سقوط 18 قتيلا وجريحا", []),
    ("أسفرت الغارة عن مقتل 2 وإصابة 5", [(2, "killed"), (5, "wounded")]),
    ("توفي عامل متأثرا بجراحه", [(1, "killed")]),
    # the second figure of a revised toll
    ("وارتفع عدد القتلى إلى 14 والجرحى إلى 38", [(14, "killed"), (38, "wounded")]),
    # other words of killing in official statements and local reports
    ("وأعلن الجيش هلاك 11 إرهابيا في الضربة", [(11, "killed")]),
    ("تمكنت الوحدات من تصفية خمسة عناصر من الخلية", [(5, "killed")]),
    ("وارتقى ثلاثة مواطنين في القصف", [(3, "killed")]),
    # compound number words; a wounded head after a group is not skipped for the number after it
    ("أسفرت الغارة عن مقتل مئة وعشرين شخصا", [(120, "killed")]),
    ("أسفرت الغارة عن مقتل خمسة عشر شخصا وإصابة ثلاثة وعشرين آخرين", [(15, "killed"), (23, "wounded")]),
    # groups after "من" have numbers of their own: not one group of people named by nouns alone
    ("قتل 3 من الجنود و2 من المدنيين", [(3, "killed"), (2, "killed")]),
    # a definite group with its number after it; not a day ("الاثنين" is Monday)
    ("أسفر الاشتباك عن مقتل 3 أشخاص إلى جانب المهاجمين الثلاثة", [(3, "killed"), (3, "killed")]),
    ("وأكد المصدر مقتل الجنود الاثنين الماضي في الكمين", []),
    # a person subject before a singular verb of killing, after "إن"
    ("وقال المتحدث إن شرطيا قتل وأصيب اثنان آخران", [(1, "killed"), (2, "wounded")]),
    # how they were hurt, between the verb and the count
    ("وأصيب بجروح خطيرة ثلاثة حراس", [(3, "wounded")]),
])
def test_casualty_groups(text, want):
    from pipeline.stages.incidents import casualties, lexicon

    doc = make_pipeline(stages=["normalize", "tokenize", "sentences"]).process(
        {"id": "c", "text": text, "published": "2020-01-01"})
    got = casualties(doc.tokens, 0, len(doc.tokens), text, lexicon())
    assert [(c["count"], c["outcome"]) for c in got] == want


def test_a_revised_toll_replaces_the_figures_before_it(nlp):
    doc = nlp.process({"id": "toll", "published": "2024-01-05", "text":
                       "قتل 103 أشخاص في تفجيرين انتحاريين استهدفا الأربعاء 3 جانفي حشودا في مدينة كرمان.\n"
                       "وقال مسؤول إن الحشود كانت كبيرة.\n"
                       "وخفضت وزارة الداخلية حصيلة القتلى إلى 84، فيما بلغ عدد الجرحى 284."})
    (inc,) = doc.incidents
    assert (inc.killed, inc.wounded) == (84, 284)
    assert sorted((c["count"], c["outcome"]) for c in inc.casualties) == [(84, "killed"), (284, "wounded")]


def test_a_toll_that_opens_the_article_goes_to_the_event_after_it(nlp):
    doc = nlp.process({"id": "lead", "published": "2023-03-06", "text":
                       "ارتفعت حصيلة ضحايا مجزرة سوق بلدة الكرامة إلى سبعة قتلى وأكثر من 30 جريحا، وفق مصادر طبية.\n"
                       "وكانت طائرات حربية قد شنت أمس الأحد غارات على سوق بلدة الكرامة في محافظة حماة."})
    (inc,) = doc.incidents
    assert (inc.killed, inc.wounded) == (7, 30)


def test_a_later_toll_brings_the_count_joined_to_it(nlp):
    doc = nlp.process({"id": "late", "published": "2023-03-06", "text":
                       "شنت طائرات حربية أمس الأحد غارات على سوق بلدة الكرامة في محافظة حماة، ما أدى إلى مقتل خمسة أشخاص.\n"
                       "وقال مسعفون إن الأهالي هرعوا إلى المكان.\n"
                       "ثم ارتفعت حصيلة القتلى إلى ثمانية قتلى و25 جريحا."})
    (inc,) = doc.incidents
    assert (inc.killed, inc.wounded) == (8, 25)


def test_a_toll_since_the_start_of_the_fighting_is_not_the_toll_of_an_event(nlp):
    doc = nlp.process({"id": "since", "published": "2023-05-02", "text":
                       "قالت نقابة الأطباء إن عدد القتلى المدنيين ارتفع إلى 140 منذ اندلاع المعارك.\n"
                       "وسقطت قذائف هاون أمس الاثنين على حي الأزهري في مدينة الخرطوم."})
    assert [i.killed for i in doc.incidents] == [None]


def test_the_ends_of_a_road_and_an_actor_country_are_not_the_place(nlp):
    doc = nlp.process({"id": "road", "published": "2019-05-13", "text":
                       "قتل جنديان أمس الأحد في كمين نصبه مسلحون على الطريق الرابط بين قرية العين ومنطقة الوادي "
                       "بمعتمدية تالة."})
    (inc,) = doc.incidents
    assert "تالة" in inc.location["text"]
    doc = nlp.process({"id": "base", "published": "2020-01-09", "text":
                       "وقع هجوم استهدف أمس قاعدة عين الأسد الجوية غربي الرمادي، بخمسة صواريخ غراد، "
                       "وأدى إلى إصابة جنديين من التحالف الذي تقوده الولايات المتحدة."})
    (inc,) = doc.incidents
    assert inc.location["canonical"] == "Ain al-Asad Air Base" and inc.munitions_count == 5


def test_a_later_accusation_names_the_perpetrator(nlp):
    doc = nlp.process({"id": "acc", "published": "2013-08-29", "text":
                       "انفجرت سيارة مفخخة أمس في مدينة الصدر، ما أدى إلى مقتل 18 شخصا.\n"
                       "وانفجرت سيارة مفخخة أخرى أمس في حي الكاظمية، ما أدى إلى مقتل سبعة أشخاص.\n"
                       "ولم تعلن أي جهة مسؤوليتها، لكن قيادة العمليات اتهمت تنظيم دولة العراق الإسلامية بالوقوف وراء التفجيرات."})
    assert [i.perpetrator for i in doc.incidents] == ["Islamic State of Iraq"] * 2


def test_a_kidnapping_by_gunmen_is_an_abduction_with_small_arms(nlp):
    doc = nlp.process({"id": "kid", "published": "2018-11-12", "text":
                       "خطف مسلحون يرتدون زيا عسكريا خمسة مدنيين مساء السبت قرب قرية الزاب في محافظة كركوك."})
    (inc,) = doc.incidents
    assert (inc.weapon, inc.event_type, inc.sub_event_type) == (
        "small_arms", "Violence against civilians", "Abduction/forced disappearance")



def test_ceasefires_condemnations_and_verdicts_are_not_events(nlp):
    for text in ["وأعلنت وزارة الدفاع وقفا لإطلاق النار ظهر الأربعاء في العاصمة طرابلس.",
                 "ودانت وزارة الخارجية أمس الاستهداف الآثم لمنشآت مدنية في مدينة أبوظبي.",
                 "أصدرت الدائرة الجنائية بالمحكمة الابتدائية بتونس اليوم أحكامها في قضية اغتيال النائب."]:
        assert nlp.process({"id": "nf", "published": "2024-03-27", "text": text}).incidents == [], text


def test_a_practice_since_months_is_not_an_event_but_the_worst_attack_since_years_is(nlp):
    doc = nlp.process({"id": "since", "published": "2017-03-05", "text":
                       "ويلجأ التنظيم منذ أشهر إلى استخدام طائرات مسيرة لإلقاء قنابل على القوات في الموصل."})
    assert doc.incidents == []
    doc = nlp.process({"id": "worst", "published": "2014-04-15", "text":
                       "قتل 75 شخصا أمس في انفجار سيارة مفخخة في محطة حافلات بأبوجا، في أعنف هجوم تشهده العاصمة منذ سنوات."})
    assert [i.killed for i in doc.incidents] == [75]


def test_a_clock_time_alone_keeps_the_day_of_the_narrative(nlp):
    # the time expressions put "عند الساعة التاسعة ليلا" on the publication day; the event is the day before
    doc = nlp.process({"id": "clock", "published": "2022-05-11", "text":
                       "انفجرت عبوة ناسفة مساء أمس الثلاثاء قرب سوق شعبي في مدينة بعقوبة.\n"
                       "وقال مصدر في الشرطة إن العبوة انفجرت عند الساعة التاسعة ليلا لدى مرور دورية، "
                       "ما أدى إلى إصابة جنديين."})
    assert [i.event_date for i in doc.incidents] == ["2022-05-10"]
    doc = nlp.process({"id": "clock2", "published": "2022-05-11", "text":
                       "انفجرت عبوة ناسفة عند الساعة السابعة صباحا قرب سوق شعبي في مدينة بعقوبة، ما أدى إلى إصابة جنديين."})
    assert [i.event_date for i in doc.incidents] == ["2022-05-11"]  # no other day: the publication day


def test_a_filter_word_after_the_whole_event_does_not_cancel_it(nlp):
    # weapon, verb and day come first: "في الذكرى ..." only says when it fell; the target follows a comma and a date
    doc = nlp.process({"id": "anniv", "published": "2019-05-06", "text":
                       "أعلنت الجماعة مسؤوليتها عن التفجيرين الانتحاريين اللذين استهدفا، مساء الأحد 5 مايو، موكبا "
                       "كان متجها إلى مرقد في مدينة سامراء، في الذكرى العاشرة لرحيل مؤسسها."})
    (inc,) = doc.incidents
    assert (inc.event_date, inc.weapon) == ("2019-05-05", "suicide_bomb")
    assert inc.target["text"].startswith("موكبا")
    doc = nlp.process({"id": "anniv2", "published": "2019-05-06", "text":
                       "وأحيا أنصار الحزب أمس الذكرى العاشرة للتفجير الانتحاري الذي استهدف موكبا في مدينة سامراء."})
    assert doc.incidents == []  # the commemoration of a past attack


@pytest.mark.parametrize("text, want", [
    # the speaker itself as subject of the attack verb, named by a military body and its nationality
    ("قالت هيئة الأركان التركية إنها شنت غارات جوية أمس على مخابئ لمسلحين في منطقة زاخو شمالي العراق.", "Turkey"),
    # a verbal noun of carrying out right after the speaker
    ("أعلن تحالف دعم الشرعية تنفيذ 12 غارة جوية أمس استهدفت مواقع للحوثيين في مديرية حرض.", "Saudi-led coalition"),
    # the spokesman speaks for a state's forces: "المتحدث باسم القوات المسلحة المصرية"
    ("أكد المتحدث باسم القوات المسلحة المصرية أن القوات الجوية نفذت أمس غارة على تجمع للمسلحين في مدينة العريش.",
     "Egypt"),
    # the speaker is the victim: no claim
    ("قال الجيش المالي إن مسلحين هاجموا أمس معسكرا للجيش بقذائف الهاون في مدينة كاتي.", None),
    ("قالت هيئة الأركان التركية إن طائرات مسيرة مجهولة شنت غارات أمس على قاعدة لها في مدينة زاخو.", None),
    # a word that only ends like a pronoun ("باتجاه") is not the speaker's own forces
    ("قال الجيش اللبناني في بيان إن العدو الإسرائيلي أطلق قذيفتين باتجاه سيارة مدنية في بلدة عيتا الشعب أمس، ما أدى "
     "إلى إصابة مدنيين.", None),
])
def test_a_speaker_acknowledging_its_own_strike(nlp, text, want):
    doc = nlp.process({"id": "ack2", "published": "2023-05-10", "text": text})
    assert [i.claimed_by for i in doc.incidents] == [want], text


def test_the_army_speaks_for_the_country_of_the_dateline_when_the_place_is_unknown(nlp):
    doc = nlp.process({"id": "home", "published": "2023-04-17", "text":
                       "الخرطوم - تواصلت المعارك في البلاد لليوم الثالث على التوالي.\n"
                       "وأعلن الجيش أمس أن سلاح الجو نفذ غارات على تجمعات للمتمردين في منطقة أم قرين الشرقية."})
    (inc,) = doc.incidents
    assert inc.location["country"] == "SD" and inc.claimed_by == "Sudan" and inc.perpetrator == "Sudan"


@pytest.mark.parametrize("text, want", [
    # the weapon is the subject of "استهدفت"; the object comes after the time
    ("استهدفت طائرة مسيرة إسرائيلية ظهر اليوم سيارة مدنية في بلدة الخيام، ما أدى إلى مقتل شخصين.", "سيارة مدنية"),
    # a target noun with the pronoun of its owners
    ("أصيب أربعة عمال أمس عندما انفجرت عبوة ناسفة بحافلتهم قرب مدينة الحلة.", "حافلتهم"),
    # a camp, a hideout, an airport are what was hit
    ("سقطت ثلاث قذائف هاون أمس على معسكر للنازحين شرقي مدينة الفاشر، ما أدى إلى إصابة طفلين.", "معسكر"),
    # the comma after the object is no pause between the subject and the object
    ("استهدفت غارة جوية روسية مستشفى البلدة الوحيد، ما أدى إلى خروجه عن الخدمة في بلدة معرة النعمان أمس.",
     "مستشفى البلدة"),
    # a time after the object is no pause between the subject and the object either
    ("استهدفت عبوة ناسفة رتلا للجيش قرب مدينة بعقوبة أمس، ما أدى إلى إصابة جنديين.", "رتلا للجيش"),
    # "يوم" opens the date between the verb and its object
    ("هاجم مسلحون يوم 3 مايو الجاري مخفرا للشرطة في مدينة كاتي، ما أسفر عن مقتل شرطي.", "مخفرا للشرطة"),
    # "لدى مرور": what passed by when the bomb went off
    ("انفجرت عبوة ناسفة مساء أمس لدى مرور حافلة للركاب قرب مدينة بلدوين، ما أدى إلى إصابة ثلاثة جنود.", "حافلة"),
    # the person killed is the target of an assassination
    ("اغتال مسلحون مجهولون أمس مختار القرية بإطلاق النار عليه قرب منزله في بلدة داعل.", "مختار القرية"),
])
def test_what_the_attack_hit(nlp, text, want):
    doc = nlp.process({"id": "tgt", "published": "2023-05-10", "text": text})
    (inc,) = doc.incidents
    assert inc.target is not None and inc.target["text"].startswith(want), (text, inc.target)


@pytest.mark.parametrize("text, want", [
    # the target ends before the weapon that hit it
    ("استهدف رتل للجيش بعبوة ناسفة قرب مدينة بعقوبة أمس، ما أدى إلى إصابة جنديين.", "رتل للجيش"),
    ("تعرضت دورية للشرطة لهجوم مسلح أمس في مدينة بعقوبة، ما أدى إلى مقتل شرطي.", "دورية للشرطة"),
])
def test_the_target_without_the_weapon(nlp, text, want):
    (inc,) = nlp.process({"id": "tgt2", "published": "2023-05-10", "text": text}).incidents
    assert inc.target["text"] == want


@pytest.mark.parametrize("text", [
    # the accuser right after the verb, the accused before the charge ("بتنفيذ")
    "قتل خمسة مدنيين أمس في قصف مدفعي على سوق بلدة أم روابة. واتهمت حركة العدل والمساواة الجيش السوداني بتنفيذ القصف.",
    "قتل خمسة مدنيين أمس في قصف مدفعي اتهمت حركة العدل والمساواة الجيش السوداني بتنفيذه على سوق بلدة أم روابة.",
])
def test_an_accusation_names_the_accused_not_the_accuser(nlp, text):
    doc = nlp.process({"id": "acc", "published": "2023-05-10", "text": text})
    assert [(i.perpetrator, i.claimed_by) for i in doc.incidents] == [("Sudan", None)]
    doc = nlp.process({"id": "acc2", "published": "2023-05-10", "text": text.replace(
        "حركة العدل والمساواة الجيش السوداني", "الحكومة حركة العدل والمساواة")})
    assert [(i.perpetrator, i.claimed_by) for i in doc.incidents] == [("Justice and Equality Movement", None)]


def test_a_claim_in_a_later_clause_of_the_sentence(nlp):
    doc = nlp.process({"id": "cl", "published": "2022-03-10", "text":
                       "انفجرت سيارة مفخخة أمس قرب سوق مدينة بلدوين، ما أسفر عن مقتل سبعة أشخاص، في هجوم تبنته حركة الشباب."})
    assert [i.claimed_by for i in doc.incidents] == ["Al-Shabaab"]
    doc = nlp.process({"id": "cl2", "published": "2022-03-10", "text":
                       "انفجرت عبوة ناسفة أمس في مدينة بلدوين دون وقوع إصابات، فيما سقطت قذائف هاون على مطار "
                       "مدينة بيدوا في هجوم تبنته حركة الشباب."})
    got = {i.weapon: i.claimed_by for i in doc.incidents}
    assert got.get("ied", "missing") is None and got.get("mortar") == "Al-Shabaab", got


@pytest.mark.parametrize("text, want", [
    ("أكد المتحدث باسم تحالف دعم الشرعية أن طائرات التحالف استهدفت أمس بغارات جوية مخازن أسلحة في مديرية حرض.",
     "Saudi-led coalition"),  # the speaker's own forces, named by a shorter form of its name
    ("أكد المتحدث باسم تحالف دعم الشرعية أن طائرة مسيرة حوثية استهدفت أمس مخازن أسلحة في مديرية حرض.", None),
])
def test_the_speakers_forces_named_again(nlp, text, want):
    doc = nlp.process({"id": "own", "published": "2021-06-06", "text": text})
    assert [i.claimed_by for i in doc.incidents] == [want], [(e.label, e.text) for e in doc.entities]


@pytest.mark.parametrize("title, want", [
    ("حركة الشباب تتبنى تفجير فندق في مقديشو", "Al-Shabaab"),
    ("خمسة قتلى بتفجير فندق في مقديشو", None),
])
def test_a_claim_in_the_title_goes_to_the_first_record(nlp, title, want):
    doc = nlp.process({"id": "title", "published": "2022-03-10", "title": title, "text":
                       "انفجرت سيارة مفخخة أمس قرب فندق في مدينة مقديشو، ما أسفر عن مقتل خمسة أشخاص.\n"
                       "وتنشط حركة الشباب في جنوب البلاد ووسطها منذ سنوات."})
    assert [i.claimed_by for i in doc.incidents] == [want]


@pytest.mark.parametrize("text,want", [
    # "منطقة جنوب X": the area south of X, a description; the place is X (with its head noun), not "منطقة جنوب"
    ("قتل جنديان أمس بانفجار عبوة ناسفة خلال دورية في منطقة جنوب مدينة سرت.", ("مدينة سرت", "Sirte")),
    # "قرب بلدة X": a town named with "بلدة" is more specific than the valley it lies in
    ("سقطت قذائف هاون أمس في وادي بردى قرب بلدة مضايا، ما أدى إلى إصابة ثلاثة مدنيين.", ("بلدة مضايا", "Madaya")),
    # "وصفته دمشق": the capital speaks for its government; "في إدلب" is where the raids fell
    ("شنت طائرات حربية أمس غارات على ما وصفته دمشق بمقرات المسلحين في إدلب، ما أدى إلى مقتل أربعة مدنيين.",
     ("إدلب", "Idlib")),
    # "بالقرب من X": near X, not launched from X
    ("سقطت قذيفتا هاون أمس بالقرب من مضايا في ريف دمشق، ما أدى إلى إصابة طفل.", ("مضايا", "Madaya")),
    # "نقل الجرحى إلى مستشفى الشفاء": where the wounded were taken, not where the shells fell
    ("قتل شخصان أمس بقصف مدفعي على حي الزيتون ونقل ثلاثة جرحى إلى مستشفى الشفاء.", ("حي الزيتون", "Zeitoun (Gaza)")),
    # "امتدت إلى X، حيث قتل": "حيث" says the deaths were at X, where the fighting went
    ("اندلعت اشتباكات أمس في ريف حمص وامتدت إلى مدينة الرستن، حيث قتل خمسة مقاتلين.", ("مدينة الرستن", "Al-Rastan")),
    # "وردت واشنطن": a capital that acts is its government, not the place of the strike
    ("وردت واشنطن أمس بغارة جوية في ولاية ننغرهار، ما أدى إلى مقتل مسلحين اثنين.", ("ولاية ننغرهار", "Nangarhar")),
])
def test_where_the_attack_happened(nlp, text, want):
    (inc,) = nlp.process({"id": "where", "published": "2018-09-05", "text": text}).incidents
    assert (inc.location["text"], inc.location["canonical"]) == want


@pytest.mark.parametrize("text, want", [
    # the attackers' group after "مسلحون من" is the actor, even right after "هاجم"
    ("هاجم مسلحون من حركة الشباب فجر أمس قاعدة عسكرية قرب مدينة بلدوين، ما أدى إلى مقتل جنديين.", "Al-Shabaab"),
    ("هاجم مسلحون يشتبه بانتمائهم إلى حركة الشباب أمس حافلة في مدينة بلدوين، ما أسفر عن مقتل ثلاثة ركاب.",
     "Al-Shabaab"),
    # "فجروا" is a verb, not "ف" + a new clause: the group before it stays in the clause
    ("قال مسؤول محلي إن انتحاريين من حركة الشباب فجروا أنفسهم بأحزمة ناسفة أمس في سوق مدينة بلدوين.", "Al-Shabaab"),
    # the forces right after a verb that opens the clause are its subject ("، استهدفت قوات النظام")
    ("وفي مدينة إدلب، استهدفت قوات النظام صباح أمس أحياء سكنية بالصواريخ، ما أدى إلى إصابة ثلاثة مدنيين.", "Syria"),
    # members counted among the dead are victims, not the actor
    ("قتل أربعة جنود و13 عنصرا من حركة الشباب أمس في اشتباكات قرب مدينة بلدوين.", None),
    # an armed organization as the subject of a verb with the weapon's pronoun ("أطلقتها"), by a common name
    ("قتل سبعة مدنيين أمس جراء سقوط قذائف هاون أطلقتها قوات حفتر على أحياء سكنية في منطقة أبو سليم جنوبي طرابلس.",
     "Libyan National Army"),
    # more nationalities on the weapon
    ("قتل خمسة مدنيين أمس في غارة لطائرة مسيرة سودانية على سوق في مدينة نيالا.", "Sudan"),
    ("قتل ثلاثة مدنيين أمس بقصف مدفعي أذربيجاني على قرية في إقليم ناغورني قره باغ.", "Azerbaijan"),
    # an actor named on the weapon beats a faction only named near it (the victims', the owners')
    ("قتل القيادي في حركة حماس وثلاثة من مرافقيه أمس بضربة بطائرة مسيرة إسرائيلية استهدفت سيارتهم في مدينة صيدا.",
     "Israel"),
    ("قتل 12 شخصا في مدينة الحديدة أمس بغارة أميركية على ميناء تسيطر عليه جماعة الحوثي.", "United States"),
    # the owner of what was hit is not the actor
    ("انفجرت سيارة مفخخة أمس عند حاجز تابع لحركة الشباب في مدينة بلدوين، ما أدى إلى مقتل ثلاثة من عناصرها.", None),
    ("سقطت قذائف هاون أمس قرب معسكر لقوات الدعم السريع في مدينة نيالا، ما أدى إلى مقتل طفلين.", None),
    # the forces hosted at the target are not the actor
    ("سقطت ثلاث قذائف صاروخية فجر أمس في محيط قاعدة تتمركز فيها قوات أمريكية قرب مدينة دير الزور دون وقوع إصابات.",
     None),
    ("قتل جنديان أمس بانفجار عبوة ناسفة استهدفت دورية مشتركة تضم قوات روسية قرب مدينة عين العرب.", None),
    ("استهدفت طائرة مسيرة أمس قاعدة في مدينة أربيل تتمركز فيها قوات التحالف الدولي دون وقوع إصابات.", None),
])
def test_who_carried_out_the_attack(nlp, text, want):
    doc = nlp.process({"id": "perp", "published": "2022-03-10", "text": text})
    assert [i.perpetrator for i in doc.incidents] == [want], [(e.label, e.text, e.canonical) for e in doc.entities]


def test_a_claim_on_a_later_mention_of_the_event_names_its_perpetrator(nlp):
    # the claim goes to the second mention, which merges into the first: who claims it carried it out
    doc = nlp.process({"id": "fill", "published": "2022-03-10", "text":
                       "سقطت قذائف هاون مساء أمس على مطار مدينة مقديشو في قصف اتهمت الشرطة حركة الشباب بالوقوف وراءه.\n"
                       "وقالت الشرطة إن قذائف الهاون سقطت قرب مدرج مطار مدينة مقديشو مساء أمس.\n"
                       "وأعلن تنظيم داعش مسؤوليته عن الهجوم."})
    assert [(i.perpetrator, i.claimed_by) for i in doc.incidents] == [("Islamic State", "Islamic State")]


@pytest.mark.parametrize("text, want", [
    # the outlet that carried the statement is not the claimant: the group named before is
    ("انفجرت سيارة مفخخة صباح أمس قرب فندق في مدينة بلدوين، ما أدى إلى مقتل خمسة أشخاص، واتهمت الشرطة حركة "
     "الشباب بالوقوف وراء الانفجار.\nوأعلنت الحركة في بيان نشرته مؤسسة الزلاقة مسؤوليتها عن الهجوم.",
     ["Al-Shabaab"]),
    # a later claim goes to the event, not to an overview of it that merges away
    ("هاجم مسلحون من حركة الشباب صباح الأحد قافلة عسكرية قرب مدينة بلدوين.\nوقالت مصادر محلية إن الهجوم تحول "
     "إلى اشتباك استمر ساعات، قتل خلاله أربعة جنود على الأقل. وأعلنت الحركة في بيان مسؤوليتها عن الهجوم.\n"
     "وفي حادث منفصل صباح الاثنين، اختطف مسلحون ستة سائقين قرب مدينة جوهر.", ["Al-Shabaab", None]),
    # other words of claiming: "وقوفها وراء", "تبنيه"
    ("قتل ثلاثة جنود أمس في هجوم على حاجز أمني في مدينة بلدوين.\nوأعلنت حركة الشباب وقوفها وراء الهجوم.",
     ["Al-Shabaab"]),
    ("قتل ثلاثة جنود أمس في هجوم على حاجز أمني في مدينة بلدوين.\nوأعلن تنظيم داعش تبنيه الهجوم.", ["Islamic State"]),
    # a claim not made (yet) is no claim, whoever is accused
    ("انفجرت سيارة مفخخة صباح أمس قرب سوق في مدينة بلدوين، ما أدى إلى مقتل خمسة أشخاص، واتهم المحافظ حركة "
     "الشباب بالوقوف وراء الانفجار، رغم أن الحركة لم تعلن مسؤوليتها بعد.", [None]),
])
def test_who_claimed_the_attack(nlp, text, want):
    doc = nlp.process({"id": "claim", "published": "2022-03-10", "text": text})
    assert [i.claimed_by for i in doc.incidents] == want


@pytest.mark.parametrize("text", [
    # the branch named in the claim is the claimant, not its parent organization
    "هاجم مسلحون أمس معسكرا للجيش في بلدة مونغونو بولاية بورنو، ما أسفر عن مقتل خمسة جنود.\n"
    "وتبنى تنظيم الدولة الإسلامية الهجوم في بيان نشرته وكالة أعماق، قال فيه إن مقاتليه في ولاية غرب أفريقيا نفذوه.",
    # the branch by its full name (gazetteer alias)
    "تبنى تنظيم الدولة الإسلامية في غرب أفريقيا الهجوم الذي استهدف أمس قاعدة للجيش في بلدة مونغونو بولاية بورنو، "
    "ما أسفر عن مقتل جنديين.",
])
def test_a_claim_by_a_branch_names_the_branch(nlp, text):
    doc = nlp.process({"id": "branch", "published": "2022-03-10", "text": text})
    assert [(i.perpetrator, i.claimed_by) for i in doc.incidents] == [("Islamic State – West Africa Province",) * 2]


@pytest.mark.parametrize("text", [
    # a belief names the perpetrator, in a later clause of the sentence or in the next sentence
    "قتل ثلاثة جنود أمس في هجوم على دورية للجيش في مدينة بلدوين، ويعتقد أن حركة الشباب تقف وراء الهجوم.",
    "قتل ثلاثة جنود أمس في هجوم على دورية للجيش في مدينة بلدوين.\nويرجح أن حركة الشباب تقف وراء الهجوم.",
])
def test_a_belief_names_the_perpetrator(nlp, text):
    doc = nlp.process({"id": "belief", "published": "2022-03-10", "text": text})
    assert [(i.perpetrator, i.claimed_by) for i in doc.incidents] == [("Al-Shabaab", None)]


@pytest.mark.parametrize("text, want", [
    # a group telling in a later sentence that its own men carried it out claims the attack
    ("انفجرت سيارة مفخخة أمس في سوق شعبي بمدينة بلدوين، ما أدى إلى مقتل 8 أشخاص.\nوقال تنظيم داعش في بيان نشرته "
     "وكالة أعماق إن أحد عناصره فجر السيارة.", ["Islamic State"]),
    ("قتل ثلاثة جنود أمس في هجوم على حاجز أمني في مدينة بلدوين.\nوأعلنت حركة الشباب في بيان على تلغرام أن "
     "مقاتليها استهدفوا الحاجز.", ["Al-Shabaab"]),
    # a later sentence with a toll of its own tells another event: no claim of the one before (the army's strike
    # is a record of its own, acknowledged by its state)
    ("قتل ثلاثة جنود أمس في هجوم على حاجز أمني في مدينة بلدوين.\nوأعلن الجيش الصومالي أن طائراته قصفت مخبأ "
     "في منطقة جبلية، ما أدى إلى مقتل سبعة أشخاص.", [None, "Somalia"]),
    # the speaker's men named by its kind ("مقاتلو الحركة", "قوات الجماعة"), as its pronoun would ("مقاتلوها")
    ("قتل ثلاثة جنود أمس في هجوم على حاجز أمني في مدينة بلدوين.\nوأعلنت حركة الشباب في بيان على تلغرام أن "
     "مقاتلي الحركة استهدفوا الحاجز.", ["Al-Shabaab"]),
    # ... but men of another kind are not the speaker's ("مقاتلي العشائر")
    ("قتل ثلاثة جنود أمس في هجوم على حاجز أمني في مدينة بلدوين.\nوأعلنت حركة الشباب في بيان على تلغرام أن "
     "مقاتلي العشائر استهدفوا الحاجز.", [None]),
    # the group after "بأن" is what the sources said, not the speaker
    ("أفادت مصادر محلية بأن مسلحين من حركة الشباب هاجموا أمس حاجزا أمنيا في مدينة بلدوين، ما أدى إلى مقتل ثلاثة "
     "جنود.", [None]),
])
def test_a_group_telling_its_men_did_it_claims_the_attack(nlp, text, want):
    doc = nlp.process({"id": "told", "published": "2022-03-10", "text": text})
    assert [i.claimed_by for i in doc.incidents] == want


@pytest.mark.parametrize("text, want", [
    # the army as accuser is named twice (the entity and the forces' words): still the accuser
    ("قتل مدنيان أمس إثر سقوط أربعة صواريخ على أحياء سكنية في مدينة كادقلي، في قصف اتهمت القوات المسلحة السودانية "
     "حركة العدل والمساواة بالوقوف وراءه.", "Justice and Equality Movement"),
    # "قطاع الشمال" names the northern sector of the movement (gazetteer alias)
    ("قتل مدنيان أمس إثر سقوط أربعة صواريخ على أحياء سكنية في مدينة كادقلي، في قصف اتهمت الحكومة الحركة الشعبية "
     "لتحرير السودان - قطاع الشمال بالوقوف وراءه.", "Sudan People's Liberation Movement–North"),
])
def test_an_army_accusing_names_the_accused(nlp, text, want):
    doc = nlp.process({"id": "acc3", "published": "2014-05-12", "text": text})
    assert [i.perpetrator for i in doc.incidents] == [want]


@pytest.mark.parametrize("claim, want", [
    # the claim names the airport: the attack on the airport, though another event was told after it
    ("وأعلن المتحدث العسكري باسم الحوثيين في تغريدة تبني الجماعة للهجوم على المطار.", ["Houthis", None]),
    # a claim that names no record's place or target goes to the last record before it
    ("وأعلن المتحدث العسكري باسم الحوثيين في تغريدة تبني الجماعة للهجوم.", [None, "Houthis"]),
])
def test_a_claim_goes_to_the_event_whose_place_it_names(nlp, claim, want):
    doc = nlp.process({"id": "named", "published": "2019-06-24", "text":
                       "أصيب 21 مدنيا أمس إثر هجوم بطائرة مسيرة على مطار أبها الدولي.\n"
                       "واعترضت الدفاعات الجوية أمس طائرتين مسيرتين أطلقتا باتجاه قاعدة الملك خالد الجوية بخميس "
                       "مشيط، دون وقوع إصابات.\n" + claim})
    assert [i.claimed_by for i in doc.incidents] == want


def test_responsibility_laid_on_a_group_is_no_claim(nlp):
    # "المسؤولية" after an accusing verb ("حمل") is an accusation, even with "أعلن" earlier in the sentence
    doc = nlp.process({"id": "laid", "published": "2013-07-30", "text":
                       "قتل ستة جنود أمس في كمين نصبته مجموعة مسلحة لدورية عسكرية بجبل الشعانبي.\n"
                       "وأعلن الرئيس الحداد الوطني ثلاثة أيام، فيما حمل وزير الداخلية المسؤولية لعناصر كتيبة عقبة بن نافع."})
    assert [(i.perpetrator, i.claimed_by) for i in doc.incidents] == [("Okba Ibn Nafaa Brigade", None)]


def test_a_clash_between_two_sides_has_no_target(nlp):
    doc = nlp.process({"id": "clash", "published": "2023-05-10", "text":
                       "اندلعت اشتباكات عنيفة أمس بين الجيش السوداني ومسلحين في محيط مطار مدينة كادقلي، ما أسفر عن مقتل "
                       "خمسة جنود."})
    assert [(i.event_type, i.target) for i in doc.incidents] == [("Battles", None)]


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


def test_a_revised_toll_made_up_of_the_counted_parts_keeps_them(nlp):
    doc = nlp.process({"id": "parts", "published": "2019-03-11", "text":
                       "أسفر تفجير سيارة مفخخة أمس الأحد عند مدخل مخيم الهول عن مقتل 4 من الحراس و9 من النازحين، "
                       "فيما ارتفعت حصيلة القتلى اليوم إلى 15 بعد وفاة اثنين من الجرحى."})
    (inc,) = doc.incidents
    assert inc.killed == 15
    assert sorted(c["count"] for c in inc.casualties) == [2, 4, 9]


def test_the_toll_of_an_accident_after_an_event_is_not_its_toll(nlp):
    doc = nlp.process({"id": "acc2", "published": "2020-01-08", "text":
                       "قتل القائد العسكري وثلاثة من مرافقيه الجمعة في غارة لطائرة مسيرة قرب مطار بغداد الدولي.\n"
                       "وشيع القائد أمس في مدينة كرمان، حيث قتل 40 شخصا في تدافع خلال الجنازة."})
    assert [i.killed for i in doc.incidents] == [4]


def test_the_date_of_the_dateline_is_when_the_report_was_filed(nlp):
    doc = nlp.process({"id": "dl", "published": "2023-05-08", "text":
                       "مقديشو، 8/5/2023 (وكالات) - انفجرت عبوة ناسفة في سوق شعبي مزدحم بالمتسوقين في حي هدن "
                       "بمدينة مقديشو مساء السبت، ما أدى إلى إصابة أربعة أشخاص."})
    assert [i.event_date for i in doc.incidents] == ["2023-05-06"]


def test_a_later_event_without_a_date_takes_the_day_of_the_event_before_not_of_its_report(nlp):
    doc = nlp.process({"id": "carry", "published": "2022-02-14", "text":
                       "قصفت طائرة مسيرة يوم السبت موقعا في بلدة كفرنبل، وفق ما أعلن المرصد اليوم الاثنين.\n"
                       "وسقطت قذائف هاون على بلدة معرة النعمان، ما أدى إلى إصابة طفلين."})
    assert [i.event_date for i in doc.incidents] == ["2022-02-12", "2022-02-12"]


def test_a_denial_after_the_reported_event_does_not_hide_it(nlp):
    doc = nlp.process({"id": "deny", "published": "2019-03-12", "text":
                       "شنت طائرات حربية أمس الاثنين ثماني غارات على بلدة خان شيخون، ما أدى إلى مقتل أربعة مدنيين، "
                       "في حين نفت موسكو مشاركة طائراتها في القصف."})
    assert [(i.event_date, i.weapon, i.munitions_count) for i in doc.incidents] == [("2019-03-11", "airstrike", 8)]
    doc = nlp.process({"id": "deny2", "published": "2019-03-12", "text":
                       "نفت موسكو أن تكون طائراتها شنت أمس الاثنين غارات على بلدة خان شيخون."})
    assert doc.incidents == []


@pytest.mark.parametrize("text, want", [
    ("شنت طائرات حربية أمس ست غارات على بلدة كفرنبل.", 6),  # the count is on another word of the strike
    ("ألقت طائرة حربية أمس أربع قنابل على سوق بلدة كفرنبل.", 4),  # what the strike dropped
    ("ألقت المروحيات أمس ما لا يقل عن 9 براميل متفجرة على بلدة كفرنبل.", 9),
    ("شنت الطائرات ليل الأحد الاثنين غارات على بلدة كفرنبل.", None),  # "الاثنين" is Monday, not two
    ("سقطت أمس قذيفتا هاون على بلدة كفرنبل.", 2),
    ("أطلقت الفصائل أمس عشرات الصواريخ على مدينة عسقلان.", None),
    ("أطلقت الفصائل أمس رشقة صاروخية على مدينة عسقلان.", None),
    ("أطلق مسلحون أمس 6 صواريخ على مدينة عسقلان سقط 2 منها في مناطق مفتوحة.", 6),
    ("قتل عشرة أشخاص أمس في تفجير انتحاري مزدوج استهدف سوقا في بلدة تل حميس.", 2),
    ("قصف الطيران الحربي أمس سوق بلدة تل حميس، ما أدى إلى مقتل خمسة مدنيين.", None),  # "الطيران" is no dual
])
def test_munitions_count(nlp, text, want):
    (inc,) = nlp.process({"id": "mun", "published": "2019-03-12", "text": text}).incidents
    assert inc.munitions_count == want


@pytest.mark.parametrize("text, want", [
    ("هاجم مسلحون أمس قرية تل حميس، ما أدى إلى مقتل سبعة مدنيين.", ("Violence against civilians", "Attack", "small_arms")),
    ("قتل أربعة جنود أمس في هجوم على حاجز للجيش قرب بلدة تل حميس.", ("Battles", "Armed clash", "small_arms")),
    ("قتل ثلاثة أشخاص أمس في هجوم إرهابي استهدف مقهى في بلدة تل حميس.",
     ("Violence against civilians", "Attack", "small_arms")),
])
def test_an_attack_without_a_weapon_word_is_by_small_arms(nlp, text, want):
    (inc,) = nlp.process({"id": "arms", "published": "2020-11-05", "text": text}).incidents
    assert (inc.event_type, inc.sub_event_type, inc.weapon) == want


def test_fighting_with_heavier_weapons_in_it_is_a_battle(nlp):
    doc = nlp.process({"id": "clash", "published": "2020-11-05", "text":
                       "دارت اشتباكات عنيفة أمس بين الجيش ومسلحين في بلدة تل حميس استخدمت فيها قذائف الهاون "
                       "والأسلحة الرشاشة، ما أدى إلى مقتل خمسة مسلحين."})
    assert [(i.event_type, i.sub_event_type, i.weapon) for i in doc.incidents] == [
        ("Battles", "Armed clash", "small_arms")]


@pytest.mark.parametrize("text", [
    "اقتحم مسلحون أمس مدرسة في بلدة تل حميس، واختطفوا عشرين تلميذا.",
    "هاجم مسلحون أمس مزرعة قرب بلدة تل حميس واختطفوا ثلاثة عمال.",
])
def test_a_raid_that_ends_in_an_abduction_is_one_abduction_by_gunmen(nlp, text):
    doc = nlp.process({"id": "abd", "published": "2020-11-05", "text": text})
    assert [(i.sub_event_type, i.weapon) for i in doc.incidents] == [("Abduction/forced disappearance", "small_arms")]


@pytest.mark.parametrize("text", [
    "قصفت المدفعية أمس أطراف بلدة تل حميس، ما أدى إلى إصابة راع.",
    "أصيب ثلاثة مزارعين أمس بقذائف دبابة استهدفت أطراف بلدة تل حميس.",
])
def test_artillery_and_tank_fire_is_shelling_with_no_weapon_of_the_list(nlp, text):
    (inc,) = nlp.process({"id": "art", "published": "2020-11-05", "text": text}).incidents
    assert (inc.sub_event_type, inc.weapon) == ("Shelling/artillery/missile attack", "unknown")


@pytest.mark.parametrize("text, want", [
    ("قتل قيادي في الفصيل أمس بغارة لطائرة مسيرة استهدفت سيارته قرب بلدة تل حميس.", "drone"),
    ("قتل مسلحان أمس بضربة صاروخية استهدفت سيارتهما قرب بلدة تل حميس.", "missile"),
])
def test_a_strike_takes_the_weapon_that_made_it(nlp, text, want):
    (inc,) = nlp.process({"id": "strike", "published": "2020-11-05", "text": text}).incidents
    assert inc.weapon == want


def test_a_verb_that_starts_with_fa_is_not_a_new_clause(nlp):
    doc = nlp.process({"id": "fa", "published": "2017-05-03", "text":
                       "قال مصدر أمني إن أربعة انتحاريين فجروا أنفسهم بأحزمة ناسفة أمس عند مدخل بلدة تل حميس."})
    assert [(i.weapon, i.munitions_count) for i in doc.incidents] == [("suicide_bomb", 4)]


def test_a_date_after_a_reporting_verb_with_its_object_pronoun_is_when_it_was_told(nlp):
    doc = nlp.process({"id": "told", "published": "2019-12-12", "text":
                       "هاجم مسلحون مساء الثلاثاء معسكرا للجيش قرب بلدة تل حميس.\n"
                       "وارتفعت حصيلة الهجوم الذي استهدف المعسكر في بلدة تل حميس إلى 30 قتيلا من الجنود، وفق ما "
                       "أعلنته وزارة الدفاع أمس الأربعاء."})
    assert [i.event_date for i in doc.incidents] == ["2019-12-10"]


def test_an_assassination_told_with_a_verb_is_an_attack_by_small_arms(nlp):
    doc = nlp.process({"id": "assas", "published": "2021-04-20", "text":
                       "أفادت مصادر محلية اليوم الثلاثاء بأن مسلحين اغتالوا أمس مختار قرية تل حميس."})
    assert [(i.event_date, i.sub_event_type, i.weapon) for i in doc.incidents] == [("2021-04-19", "Attack", "small_arms")]


@pytest.mark.parametrize("text", [
    "شن مسلحون أمس هجوما إرهابيا استهدف الثكنة العسكرية في بلدة تل حميس.",  # with the article
    "هاجم مسلحون أمس حاجزا قرب بلدة تل حميس.",  # in the accusative
    "قتل 12 جنديا أمس في هجوم قرب بلدة تل حميس.",
])
def test_an_attack_on_security_forces_is_a_battle(nlp, text):
    (inc,) = nlp.process({"id": "acc", "published": "2020-11-05", "text": text}).incidents
    assert (inc.event_type, inc.sub_event_type) == ("Battles", "Armed clash")


def test_a_home_made_bomb_is_an_ied(nlp):
    doc = nlp.process({"id": "ied", "published": "2020-06-17", "text":
                       "استشهد جندي أمس إثر انفجار قنبلة تقليدية الصنع خلال عملية تمشيط بجبل تل حميس."})
    assert [(i.sub_event_type, i.weapon, i.munitions_count) for i in doc.incidents] == [
        ("Remote explosive/landmine/IED", "ied", 1)]


def test_an_exchange_of_fire_written_with_nairan_is_a_clash(nlp):
    doc = nlp.process({"id": "fire", "published": "2018-02-14", "text":
                       "داهمت قوات الأمن أمس مخبأ جنوب بلدة تل حميس، حيث دار تبادل لإطلاق النيران أسفر عن مقتل "
                       "أربعة مسلحين."})
    assert [(i.sub_event_type, i.weapon) for i in doc.incidents] == [("Armed clash", "small_arms")]


def test_the_means_of_an_attack_after_a_comma_belong_to_it(nlp):
    doc = nlp.process({"id": "means", "published": "2022-07-24", "text":
                       "هاجم مسلحون فجر الجمعة معسكرا للجيش في بلدة تل حميس، مستخدمين سيارتين مفخختين يقودهما "
                       "انتحاريان، ما أدى إلى مقتل جندي."})
    assert [(i.sub_event_type, i.weapon, i.munitions_count) for i in doc.incidents] == [("Suicide bomb", "vbied", 2)]


@pytest.mark.parametrize("published, text, want", [
    # a month after "منذ" starts a period
    ("2023-07-10", "وتشهد المدينة منذ احتجاجات أكتوبر 2019 اعتداءات طالت ناشطين، آخرها اغتيال ناشط بالرصاص "
                   "في مدينة البصرة في مارس 2021.", "2021-03"),
    # a day after "حتى" ends one
    ("2018-02-24", "وخطف مسلحون أكثر من مئة تلميذة من مدرستهن في بلدة تل حميس في مايو 2015، ولا تزال عشرات "
                   "منهن مفقودات حتى اليوم.", "2015-05"),
])
def test_a_date_that_bounds_a_period_is_not_the_events(nlp, published, text, want):
    doc = nlp.process({"id": "period", "published": published, "text": text})
    assert [i.event_date for i in doc.incidents] == [want]


@pytest.mark.parametrize("text, want", [
    ("أغار الطيران الإسرائيلي ليل أمس على منزل في بلدة تل حميس، ما أدى إلى مقتل ثلاثة أشخاص.", "airstrike"),
    ("قتل مسلحان أمس بضربة طائرة دون طيار استهدفت سيارتهما في بلدة تل حميس.", "drone"),
])
def test_more_ways_of_writing_air_and_drone_strikes(nlp, text, want):
    (inc,) = nlp.process({"id": "air", "published": "2024-06-12", "text": text}).incidents
    assert (inc.event_date, inc.sub_event_type, inc.weapon) == ("2024-06-11", "Air/drone strike", want)


def test_a_force_s_own_jets_named_with_its_pronoun_strike(nlp):
    doc = nlp.process({"id": "own", "published": "2024-06-12", "text":
                       "وأعلن الجيش أن مقاتلاته استهدفت أمس مخزنا للأسلحة في بلدة تل حميس."})
    assert [(i.event_date, i.weapon) for i in doc.incidents] == [("2024-06-11", "airstrike")]


@pytest.mark.parametrize("text, want", [
    # a claim verb after a negation ("دون أن تتبنى", "ولم تتبن") claims nothing, and the group named before
    # does not become the claimant
    ("انفجرت عبوة ناسفة صباح أمس قرب سيارة تقل عناصر من حركة طالبان في مدينة قندهار، ما أدى إلى إصابة "
     "اثنين منهم، دون أن تتبنى أي جهة التفجير.", [(None, None)]),
    ("قتل ثلاثة جنود أمس في هجوم على حاجز أمني في مدينة بلدوين قرب معقل لحركة الشباب، من غير أن تعلن "
     "أي جهة مسؤوليتها.", [(None, None)]),
])
def test_a_negated_claim_and_the_target_s_riders_name_nobody(nlp, text, want):
    doc = nlp.process({"id": "neg", "published": "2022-04-22", "text": text})
    assert [(i.perpetrator, i.claimed_by) for i in doc.incidents] == want


def test_a_claim_that_opens_the_story_goes_to_the_event_told_next(nlp):
    doc = nlp.process({"id": "lead", "published": "2023-03-12", "text":
                       "أعلنت جماعة نصرة الإسلام والمسلمين مسؤوليتها عن هجوم على الجيش في بيان نشرته مؤسسة الزلاقة.\n"
                       "وقال مصدر عسكري إن مسلحين هاجموا يوم الجمعة رتلا عسكريا قرب بلدة بوني، ما أسفر عن مقتل ستة جنود."})
    (inc,) = doc.incidents
    assert inc.claimed_by == inc.perpetrator == "Jama'at Nusrat al-Islam wal-Muslimin"


@pytest.mark.parametrize("text, want", [
    # a state's forces named by their nationality as the subject of the verb of attack: that state
    ("قصفت القوات التركية بقذائف الهاون أمس قرى في محيط بلدة تل تمر، ما أدى إلى إصابة ثلاثة مدنيين.", "Turkey"),
    ("وشنت المقاتلات الروسية أمس غارات على بلدة بصر الحرير في ريف درعا، ما أدى إلى مقتل أربعة مدنيين.", "Russia"),
])
def test_forces_named_by_nationality_name_their_state(nlp, text, want):
    doc = nlp.process({"id": "forces", "published": "2022-07-23", "text": text})
    assert [i.perpetrator for i in doc.incidents] == [want]


@pytest.mark.parametrize("text", [
    # a claim of "the attack" that names the weapon again is the event told before, not a second one
    "سقطت صواريخ باليستية فجر اليوم على محيط مبنى القنصلية الأميركية في أربيل، ما أدى إلى أضرار مادية.\n"
    "وتبنى الحرس الثوري الإيراني الهجوم في بيان، قال فيه إنه استهدف مركزا في أربيل بصواريخ دقيقة.",
])
def test_a_claim_retelling_the_attack_claims_the_record_before(nlp, text):
    doc = nlp.process({"id": "retold", "published": "2022-03-13", "text": text})
    assert [(i.event_date, i.claimed_by, i.perpetrator) for i in doc.incidents] == [("2022-03-13", "Iran", "Iran")]


@pytest.mark.parametrize("text, want", [
    # several soldiers among the dead: a force was attacked, it is the target
    ("قتل خمسة جنود في هجوم شنه مسلحون أمس في بلدة أفجوي جنوب مقديشو.", "جنود"),
    # one soldier among the dead tells nothing of what was hit
    ("قتل جندي في هجوم شنه مسلحون أمس في بلدة أفجوي جنوب مقديشو.", None),
])
def test_the_forces_among_the_dead_are_the_target_when_several(nlp, text, want):
    doc = nlp.process({"id": "forces-target", "published": "2022-03-10", "text": text})
    assert [want in ((i.target or {}).get("text") or "") if want else i.target is None for i in doc.incidents] == [True]


@pytest.mark.parametrize("text", [
    # the instrument after the verb ("بعشرات الصواريخ الباليستية") is not what was hit: the object after it is
    "واستهدف الحوثيون فجر اليوم بعشرات الصواريخ الباليستية مواقع عسكرية في مدينة مأرب، ما أدى إلى مقتل ثلاثة جنود.",
])
def test_the_target_follows_the_instrument(nlp, text):
    doc = nlp.process({"id": "instrument", "published": "2021-03-08", "text": text})
    assert [(i.target or {}).get("text", "").startswith("مواقع عسكرية") for i in doc.incidents] == [True]


@pytest.mark.parametrize("accusation", [
    "وتتهم الحكومة حركة الشباب بتنفيذ الهجوم.",
    "ووجهت السلطات أصابع الاتهام إلى حركة الشباب.",
])
def test_an_accusation_in_the_present_or_pointing_the_finger_names_the_perpetrator(nlp, accusation):
    doc = nlp.process({"id": "acc-present", "published": "2022-03-10", "text":
                       "انفجرت سيارة مفخخة صباح أمس قرب فندق في مدينة بلدوين، ما أدى إلى مقتل خمسة أشخاص.\n" + accusation})
    assert [(i.perpetrator, i.claimed_by) for i in doc.incidents] == [("Al-Shabaab", None)]


def _cas_counts(text: str) -> list[tuple[int, str]]:
    from pipeline.stages.incidents import casualties, lexicon

    doc = make_pipeline(stages=["normalize", "tokenize", "sentences"]).process(
        {"id": "c", "text": text, "published": "2020-01-01"})
    return [(c["count"], c["outcome"]) for c in casualties(doc.tokens, 0, len(doc.tokens), text, lexicon())]


@pytest.mark.parametrize("text, want", [
    # eleven and twelve are two words ("أحد" alone would be one of a group)
    ("ما أدى إلى مقتل أحد عشر جنديا", [(11, "killed")]),
    ("ما أدى إلى مقتل إحدى عشرة امرأة", [(11, "killed")]),
    ("ما أدى إلى إصابة اثني عشر شخصا", [(12, "wounded")]),
    # hundreds in construct or compound form, and numbers joined by و before a casualty noun
    ("ما أدى إلى مقتل مئتي شخص", [(200, "killed")]),
    ("ما أدى إلى مقتل ثلاثمئة شخص", [(300, "killed")]),
    ("ارتفعت الحصيلة إلى ثلاثة وثمانين قتيلا", [(83, "killed")]),
    ("وخلف الانفجار ثلاثة وثمانين قتيلا", [(83, "killed")]),
    # the whole number before a plural verb, not its last word
    ("وأضاف أن أكثر من مئة وخمسين شخصا أصيبوا بجروح", [(150, "wounded")]),
])
def test_cas_compound_number_words(text, want):
    assert _cas_counts(text) == want


@pytest.mark.parametrize("text, want", [
    # an assassination names one person killed; an attempt kills nobody
    ("اغتال مسلحون مجهولون أمس ضابطا في الشرطة", [(1, "killed")]),
    ("أفاد مصدر أمني باغتيال ناشط مدني وسط المدينة", [(1, "killed")]),
    ("نجا محافظ المدينة من محاولة اغتيال بعبوة ناسفة", []),
    # the person assassinated is among the dead counted after it, not one more
    ("غداة اغتيال القيادي في الحركة بضربة أسفرت عن مقتله وستة من رفاقه", [(1, "killed"), (6, "killed")]),
    # a killing verb split from the lives it took by its subject
    ("وأودى الانفجار بحياة سبعة مدنيين", [(7, "killed")]),
    ("وحصد القصف أرواح 30 شخصا", [(30, "killed")]),
    # an indefinite singular casualty noun is one; not in "N بين قتيل وجريح" or after "أي"
    ("ما أسفر عن قتيل و4 جرحى", [(1, "killed"), (4, "wounded")]),
    ("ما أسفر عن قتيل وجريحين", [(1, "killed"), (2, "wounded")]),
    ("ما أسفر عن سقوط 20 شخصا بين قتيل وجريح", []),
    ("ولم يسقط أي قتيل في القصف", []),
])
def test_cas_heads_and_single_nouns(text, want):
    assert _cas_counts(text) == want


def test_cas_later_sentence_names_the_event_and_gives_its_casualties(nlp):
    lead = "بعقوبة - انفجرت عبوة ناسفة صباح أمس الأحد داخل سوق شعبي في مدينة بعقوبة.\n"
    doc = nlp.process({"id": "late", "published": "2021-04-26", "text": lead +
                       "وقال المصدر إن قوة أمنية طوقت المكان.\n"
                       "وأشار إلى أن الانفجار أسفر عن مقتل خمسة أشخاص وإصابة 12 آخرين."})
    (inc,) = doc.incidents
    assert (inc.killed, inc.wounded) == (5, 12)
    # not a sentence too far from the event
    for later in ["وقال المصدر إن قوة أمنية طوقت المكان.\nوأضاف أن الشرطة فتحت تحقيقا.\nوقال إن القوات انتشرت.\n"
                  "ووصل المحافظ إلى السوق.\nوأشار إلى أن الانفجار أسفر عن مقتل خمسة أشخاص."]:
        doc = nlp.process({"id": "late", "published": "2021-04-26", "text": lead + later})
        assert [(i.killed, i.wounded) for i in doc.incidents] == [(None, None)]


@pytest.mark.parametrize("text, want", [
    # the next group after the description of one person killed
    ("وأسفرت الضربة عن مقتل قيادي بارز في التنظيم و4 من مرافقيه", [(1, "killed"), (4, "killed")]),
    ("منذ مقتل قائد فيلق القدس في الحرس الثوري الإيراني قاسم سليماني ونائب رئيس هيئة الحشد بغارة أميركية",
     [(1, "killed"), (1, "killed")]),
    # a word with و that starts something else ends the description; so does a weapon
    ("ما أدى إلى مقتل جندي في هجوم على حاجز واستهداف دورية", [(1, "killed")]),
    ("ما أدى إلى مقتل جندي في قصف على البلدة و3 صواريخ أخرى", [(1, "killed")]),
])
def test_cas_group_after_the_description_of_one_person(text, want):
    assert _cas_counts(text) == want


@pytest.mark.parametrize("text, want", [
    # more ways to say "about" or "more than" before the count
    ("قتل ما يقارب 20 شخصا", [(20, "killed")]),
    ("قتل ما يربو على 20 شخصا", [(20, "killed")]),
    ("أصيب أزيد من 30 شخصا", [(30, "wounded")]),
    # a dual pronoun lists who the two were
    ("ما أدى إلى مقتل شخصين، هما جندي ومدني", [(1, "killed"), (1, "killed")]),
])
def test_cas_approximators_and_dual_lists(text, want):
    assert _cas_counts(text) == want


@pytest.mark.parametrize("text, want", [
    ("سقطت قذيفة هاون أمس على مطار مقديشو، ولا خسائر بشرية.", (0, 0)),
    ("انفجرت عبوة ناسفة أمس قرب دورية في بعقوبة، ولم ترد تقارير عن إصابات.", (0, 0)),
    ("سقطت قذيفة هاون أمس على مطار مقديشو من دون وقوع إصابات.", (0, 0)),
    # about damage, not people
    ("سقطت قذيفة هاون أمس على مطار مقديشو، ولم ترد تقارير عن أضرار.", (None, None)),
])
def test_cas_more_no_casualty_phrases(nlp, text, want):
    (inc,) = nlp.process({"id": "z", "text": text, "published": "2021-04-25"}).incidents
    assert (inc.killed, inc.wounded) == want


@pytest.mark.parametrize("text, want", [
    # a bare participle or nisba noun in -ين is a plural with no number
    ("ما أدى إلى مقتل مدنيين", []),
    ("ما أدى إلى مقتل مسلحين", []),
    ("ما أدى إلى إصابة عسكريين", []),
    # a noun with a broken plural is a dual; a number or a dual adjective makes any of them two
    ("ما أدى إلى مقتل جنديين", [(2, "killed")]),
    ("ما أدى إلى إصابة طفلين", [(2, "wounded")]),
    ("ما أدى إلى مقتل مدنيين اثنين", [(2, "killed")]),
    ("ما أدى إلى مقتل متعاقدين أجنبيين", [(2, "killed")]),
])
def test_cas_sound_plurals_are_not_duals(text, want):
    assert _cas_counts(text) == want


@pytest.mark.parametrize("text, want", [
    # two verbs before one count: the dead and the wounded together, neither alone
    ("وقتل وجرح 25 شخصا في الهجوم", []),
    ("وقتل وأصيب 25 شخصا في الهجوم", []),
    # each verb with its own count or subject
    ("قتل 4 وجرح 9 في الهجوم", [(4, "killed"), (9, "wounded")]),
    ("وقال الجيش إن جنديا قتل وأصيب ستة أشخاص آخرين", [(1, "killed"), (6, "wounded")]),
])
def test_cas_two_verbs_before_one_count(text, want):
    assert _cas_counts(text) == want


@pytest.mark.parametrize("text, want", [
    ("أطلق مسلحون النار على ضابط في الشرطة فأردوه قتيلا", [(1, "killed")]),
    ("أطلق مسلح النار على امرأة فأرداها قتيلة", [(1, "killed")]),
    ("أطلق مسلحون النار على شقيقين فأردوهما قتيلين", [(2, "killed")]),
])
def test_cas_felled_dead(text, want):
    assert _cas_counts(text) == want


def _det(nlp, text: str, published: str = "2021-04-25"):
    return nlp.process({"id": "z", "text": text, "published": published}).incidents


@pytest.mark.parametrize("text, killed", [
    ("قتل سبعة مدنيين، مساء أمس الاثنين، في انفجار هز سوقا شعبيا وسط مدينة بعقوبة.", 7),
    ("أسفر تفجير استهدف نقطة تفتيش للجيش عند مدخل مدينة أفجوي أمس عن مقتل ثلاثة جنود.", 3),
    ("قتل خمسة أشخاص أمس بتفجير طال حافلة للركاب في مدينة كويتا.", 5),
    ("أسفر التفجير الذي استهدف حفل زفاف في كابول مساء السبت عن مقتل 40 شخصا.", 40),
])
def test_det_a_bombing_with_no_named_device_is_a_record(nlp, text, killed):
    (inc,) = _det(nlp, text)
    assert (inc.weapon, inc.sub_event_type, inc.munitions_count, inc.killed) == \
        ("ied", "Remote explosive/landmine/IED", None, killed)


@pytest.mark.parametrize("text", [
    # an accident
    "أصيب أربعة عمال أمس في انفجار هز مطعما في بعقوبة، وقالت الشرطة إنه ناجم عن تسرب للغاز.",
    "أصيب ثلاثة أشخاص مساء أمس جراء انفجار خزان وقود في محطة ببلدة ببنين.",
    # figurative
    "حذر سياسيون أمس من أن الهجوم قد يؤدي إلى تفجير الوضع في العاصمة.",
    # recalled: an anniversary, a trial
    "أحيا آلاف اللبنانيين اليوم الذكرى الأولى لانفجار هز مرفأ بيروت وأودى بحياة 200 شخص.",
    "تبدأ محكمة في باماكو محاكمة متهمين بالضلوع في تفجير استهدف مطعما وأسفر عن مقتل خمسة أشخاص.",
    # an explosion not told as an attack on something: no record of its own
    "قتل شخصان أمس في انفجار في مدينة بعقوبة.",
])
def test_det_explosions_that_are_no_bombing(nlp, text):
    assert _det(nlp, text) == []


def test_det_a_later_sentence_that_names_the_device_is_the_same_event(nlp):
    text = ("عدن - قتل ستة جنود وأصيب 12 آخرون، أمس الخميس، في انفجار استهدف عرضا عسكريا داخل قاعدة العند الجوية.\n"
            "وأعلنت جماعة الحوثي أنها استهدفت العرض في قاعدة العند الجوية بطائرة مسيرة.")
    (inc,) = _det(nlp, text, "2019-01-11")
    assert (inc.weapon, inc.killed, inc.wounded) == ("drone", 6, 12)


@pytest.mark.parametrize("second", [
    "وقالت المصادر إن المسلحين هاجموا القافلة بقذائف صاروخية أثناء عودتها.",
    "وقال مسؤول إن المهاجمين ألقوا قنبلة يدوية على بوابة المركز ثم اقتحموه.",
])
def test_det_a_retelling_with_the_article_is_the_event_before(nlp, second):
    text = ("قتل 12 جنديا يوم السبت في كمين نصبه مسلحون لقافلة عسكرية قرب بلدة أسكيرا أوبا في ولاية بورنو.\n" + second)
    (inc,) = _det(nlp, text, "2021-11-15")
    assert (inc.weapon, inc.sub_event_type, inc.killed) == ("small_arms", "Armed clash", 12)


def test_det_a_total_said_on_a_day_is_no_event(nlp):
    text = ("قال وزير الأمن اليوم الأحد إن حركة الشباب نفذت أكثر من 200 هجوم بالعبوات الناسفة خلال العام الماضي، "
            "أسفرت عن مقتل مئات المدنيين.")
    assert _det(nlp, text, "2023-01-15") == []


def test_det_two_sites_the_gazetteer_lacks_are_two_events(nlp):
    text = ("تعز - قتلت امرأة برصاص قناص صباح أمس السبت في حي ثعبات شرقي المدينة.\n"
            "وقال مصدر عسكري إن مواجهات عنيفة في منطقة الضباب غربي المدينة أمس أسفرت عن مقتل تسعة من المهاجمين.")
    places = [i.location["text"] for i in _det(nlp, text, "2016-09-18")]
    assert len(places) == 2 and "منطقة الضباب" in places


@pytest.mark.parametrize("text, want", [
    ("بيروت - قتل حزب الله أمس قياديا في غارة، ويعد أرفع قيادي يقتل منذ بدء المواجهات التي قتل فيها أكثر من 330 "
     "من مقاتلي الحزب في جنوب لبنان.", ["airstrike"]),
    ("الخرطوم - أودت المعارك بحياة أكثر من 15 ألف شخص في مدينة الفاشر منذ اندلاع الحرب.", []),
])
def test_det_a_toll_since_a_beginning_is_a_total(nlp, text, want):
    assert [i.weapon for i in _det(nlp, text, "2024-06-12")] == want


@pytest.mark.parametrize("text, want", [
    # a road named by its two ends: the first end (the corpus convention), whatever the ranks of the two
    ("قتل ثلاثة جنود بانفجار عبوة ناسفة أمس على الطريق الرابط بين المقدادية وبعقوبة في محافظة ديالى.", "Muqdadiya"),
    ("قتل شخصان مساء أمس بغارة طائرة مسيرة على سيارة على طريق القامشلي - عامودا في ريف الحسكة.", "Qamishli"),
    # an area between two places is still neither of them: the province named with it
    ("قتل جنديان أمس في اشتباكات في المنطقة الواقعة بين المقدادية وبعقوبة في محافظة ديالى.", "Diyala"),
    # a capital in apposition after "في" is where it happened, not the government ("ردت مقديشو")
    ("قتل ثمانية أشخاص أمس في هجوم انتحاري على فندق الجزيرة في العاصمة الصومالية مقديشو.", "Mogadishu"),
    # a street named after a city is not that city
    ("قتل 11 شخصا أمس بانفجار سيارة مفخخة قرب فندق على شارع مكة المكرمة في العاصمة الصومالية مقديشو.",
     "Mogadishu"),
])
def test_loc_road_ends_apposition_and_streets(nlp, text, want):
    doc = nlp.process({"id": "loc", "published": "2019-10-14", "text": text})
    (inc,) = doc.incidents
    loc = inc.location
    near = want == "Mogadishu" and loc["lat"] is not None and abs(loc["lat"] - 2.05) < 0.1 \
        and abs(loc["lon"] - 45.32) < 0.1  # a hotel with the coordinates of the city it lies in
    assert loc["canonical"] == want or near, loc


@pytest.mark.parametrize("text, want", [
    # a compound village name ("البو X", "عين X", "أبو X") keeps its second word
    ("قتل ثلاثة جنود أمس بانفجار عبوة ناسفة في قرية البو عجيل التابعة لقضاء تكريت.", "قرية البو عجيل"),
    ("قتل مدنيان أمس بقصف مدفعي على قرية أبو حمام في ريف دير الزور الشرقي.", "قرية أبو حمام"),
    # a designator with no name after it is no place: the province named with it
    ("قتل 12 قرويا أمس في هجوم لمسلحين على قرية في ولاية زامفارا شمال غربي نيجيريا.", "ولاية زامفارا"),
])
def test_loc_compound_names_and_bare_designators(nlp, text, want):
    doc = nlp.process({"id": "loc", "published": "2023-05-17", "text": text})
    (inc,) = doc.incidents
    assert inc.location["text"] == want


@pytest.mark.parametrize("text, want", [
    # where the speaker is ("في صنعاء" between the verb and "أن") is not where it happened
    ("أعلنت وزارة الدفاع في صنعاء أن غارة جوية استهدفت أمس سوقا في مديرية مجز بمحافظة صعدة وقتلت عشرة مدنيين.",
     "مديرية مجز"),
    ("قال مصدر أمني في بغداد إن عبوة ناسفة انفجرت أمس في قضاء الطارمية ما أدى إلى مقتل جنديين.", "قضاء الطارمية"),
    # nothing else named: the speaker's town is all there is
    ("قال مسؤول محلي في مدينة بنو إن مسلحين قتلوا شرطيين أمس.", "مدينة بنو"),
])
def test_loc_the_speakers_place_is_not_the_events(nlp, text, want):
    doc = nlp.process({"id": "loc", "published": "2023-05-17", "text": text})
    (inc,) = doc.incidents
    assert inc.location["text"] == want


@pytest.mark.parametrize("text, want", [
    # a front or axis named after a place, which the entities stage tags as an organisation
    ("وفي جبهة صرواح غربي المحافظة، قتل ستة من مقاتلي الحوثيين وأربعة جنود في مواجهات اندلعت فجر الأحد.", "Sirwah"),
    ("تواصلت الاشتباكات أمس في محور عين زارة جنوب العاصمة، ما أسفر عن مقتل أربعة مقاتلين.", "Ain Zara"),
])
def test_loc_a_front_named_after_a_place(nlp, text, want):
    doc = nlp.process({"id": "loc", "published": "2022-02-14", "text": text})
    (inc,) = doc.incidents
    assert inc.location["canonical"] == want


@pytest.mark.parametrize("text, want", [
    # the clause names only a province (of the ministry): the hospital named in the sentence is the place
    ("اقتحم مسلحون مستشفى الفاشر الجنوبي بعد ظهر السبت، وأطلقوا النار داخله، ما أجبر وزارة الصحة في ولاية شمال "
     "دارفور على إغلاقه.", "مستشفى الفاشر"),
    # the place of the source a report is attributed to is not the event's
    ("اقتحم مسلحون قرية في ولاية زامفارا أمس، وقتلوا 12 قرويا، بحسب مسؤول محلي في مدينة كادونا.", "ولاية زامفارا"),
])
def test_loc_a_finer_place_of_the_sentence_and_the_sources_place(nlp, text, want):
    doc = nlp.process({"id": "loc", "published": "2024-06-10", "text": text})
    (inc,) = doc.incidents
    assert inc.location["text"] == want


def test_loc_the_hospital_the_wounded_were_taken_to_is_never_the_place(nlp):
    doc = nlp.process({"id": "loc", "published": "2020-01-06", "text":
                       "سقطت قذائف هاون أمس على حي سكني في مدينة تعز، ما أدى إلى إصابة ثلاثة مدنيين.\n"
                       "وقالت المصادر إن القذائف سقطت على منازل المواطنين، مضيفة أن الجرحى نقلوا إلى "
                       "مستشفى الثورة العام.\n"
                       "وفي حادث آخر، أصيب مدنيان بقذيفة سقطت أمس في حي سكني بمدينة مأرب نقلا على إثرها إلى "
                       "مستشفى المدينة."})
    got = [(i.event_date, i.location["canonical"]) for i in doc.incidents]
    assert got == [("2020-01-05", "Taiz"), ("2020-01-05", "Marib")]


def test_loc_a_boat_is_not_the_lebanese_village(nlp):
    # "مركبا" is also "a vehicle, a boat" (accusative): a place only with a place word or the NER's support
    doc = nlp.process({"id": "loc", "published": "2023-09-08", "text":
                       "قتل 49 مدنيا أمس في هجوم استهدف مركبا نهريا للركاب قرب بلدة غاو في شمال مالي."})
    assert all(i.location["canonical"] != "Markaba" for i in doc.incidents)


def test_loc_the_next_sentence_of_the_same_event_names_its_place(nlp):
    doc = nlp.process({"id": "loc", "published": "2022-09-28", "text":
                       "أعلنت الحكومة مقتل 11 جنديا في هجوم على قافلة إمدادات كانت متجهة إلى مدينة جيبو، يوم الإثنين.\n"
                       "وقال المتحدث باسم الحكومة إن القافلة تعرضت لهجوم قرب بلدة غاسكيندي، مشيرا إلى إصابة 28 شخصا."})
    (inc,) = doc.incidents
    assert "غاسكيندي" in inc.location["text"] and inc.event_date == "2022-09-26"


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


@pytest.mark.parametrize("text, want", [
    # the group of the person killed is not who killed him
    ("اغتيل أمس الثلاثاء سليم حداد القيادي في حزب الله قرب منزله في مدينة صور.", None),
    ("اغتال مسلحون مجهولون، صباح أمس الثلاثاء، القيادي في تنظيم ولاية خراسان نور أحمد بإطلاق النار على سيارته "
     "في مدينة جلال آباد.", None),
    ("قتل أمس الثلاثاء الأمين العام لحركة الشباب في غارة جوية أمريكية قرب مدينة بيدوا.", "United States"),
    # the group named after the attack or the agent: the perpetrator
    ("قتل خمسة جنود أمس الثلاثاء في هجوم لحركة الشباب على قاعدة قرب مدينة بيدوا.", "Al-Shabaab"),
    ("قتل خمسة جنود أمس الثلاثاء على يد مسلحين من حركة الشباب قرب مدينة بيدوا.", "Al-Shabaab"),
])
def test_the_group_of_a_victim_is_not_the_perpetrator(nlp, text, want):
    doc = nlp.process({"id": "vg", "published": "2019-05-08", "text": text})
    assert [i.perpetrator for i in doc.incidents] == [want]


@pytest.mark.parametrize("text, killed", [
    ("اغتيل أمس الثلاثاء المحامي سمير ناصر برصاص مجهولين أمام منزله في مدينة بنغازي.", 1),
    ("واغتيلت الناشطة سلوى جابر أمس الثلاثاء برصاص مسلحين في مدينة بنغازي.", 1),
    # a count after the verb is the count
    ("اغتيل ثلاثة قضاة أمس الثلاثاء برصاص مسلحين في مدينة بنغازي.", 3),
])
def test_a_person_assassinated_counts_one_killed(nlp, text, killed):
    doc = nlp.process({"id": "as", "published": "2019-05-08", "text": text})
    assert [i.killed for i in doc.incidents] == [killed]


@pytest.mark.parametrize("text, groups", [
    ("قتل 5 أشخاص اليوم الأربعاء في انفجار عبوة ناسفة في مدينة بيدوا.", ["أشخاص"]),
    ("أصيب 4 عسكريين ظهر اليوم في انفجار لغم بجبل الشعانبي.", ["عسكريين"]),
    # "من" left alone before the part of the toll is not part of the group
    ("أسفر انفجار سيارة مفخخة في مدينة بيدوا اليوم عن مقتل 22 شخصا من بينهم 3 أطفال.", ["شخصا"]),
])
def test_a_casualty_group_ends_before_the_day_and_a_lone_min(nlp, text, groups):
    doc = nlp.process({"id": "gr", "published": "2019-05-08", "text": text})
    assert [c["group"] for i in doc.incidents for c in i.casualties] == groups


@pytest.mark.parametrize("toll, killed, wounded", [
    ("مقتل 4 أشخاص و12 جريحا", 4, 12),
    ("وفاة ستة أشخاص و20 مصابا", 6, 20),
    ("مقتل 4 جنود و3 مدنيين", 7, None),
])
def test_a_group_joined_to_a_toll_with_a_noun_of_the_other_outcome(nlp, toll, killed, wounded):
    doc = nlp.process({"id": "jo", "published": "2019-05-08", "text":
                       f"أسفر انفجار عبوة ناسفة في مدينة بيدوا اليوم عن {toll}."})
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
@pytest.mark.parametrize("text, published, want", [
    # a report that names no day for its event: the day it came out
    ("قتل 7 أشخاص وأصيب 12 آخرون في انفجار عبوة ناسفة استهدف حافلة في مدينة كويتا، حسب الشرطة.", "2018-03-07",
     "2018-03-07"),
    ("اندلعت اشتباكات عنيفة بين وحدات الجيش وعناصر مسلحة في جبل الشعانبي أسفرت عن مقتل عنصرين.", "2016-11-02",
     "2016-11-02"),
    # a day named in the text still wins
    ("قتل 7 أشخاص أمس الثلاثاء في انفجار عبوة ناسفة استهدف حافلة في مدينة كويتا.", "2018-03-07", "2018-03-06"),
])
def test_plc_no_day_named_gives_the_publication_day(nlp, text, published, want):
    doc = nlp.process({"id": "plc", "published": published, "text": text})
    (inc,) = doc.incidents
    assert inc.event_date == want


def test_plc_no_publication_day_leaves_the_date_null(nlp):
    doc = nlp.process({"id": "plc", "published": None, "text":
                       "قتل 7 أشخاص وأصيب 12 آخرون في انفجار عبوة ناسفة استهدف حافلة في مدينة كويتا، حسب الشرطة."})
    (inc,) = doc.incidents
    assert inc.event_date is None


@pytest.mark.parametrize("text, not_place", [
    # a victim's home town ("أصيل ...", Tunisian news) is never the place
    ("استشهد عون حرس أمس في اشتباكات مع مسلحين بمدينة بنغازي الليبية، وهو أصيل معتمدية بن قردان.", "بن قردان"),
    ("قتل شاب تونسي أصيل من ولاية المنستير أمس في معارك بمدينة سرت الليبية.", "المنستير"),
    # a time zone is no place
    ("قتل 5 أشخاص فجر اليوم بتوقيت تونس في هجوم مسلح على مسجد بمدينة كادونا.", "تونس"),
    # a country spelled like the accusative nationality adjective after an indefinite noun
    ("لقي 12 جنديا تركيا مصرعهم أمس في انفجار سيارة مفخخة في مدينة الباب.", "تركيا"),
    ("قتل أمس 20 سائحا ماليزيا في انفجار عبوة ناسفة استهدف حافلتهم.", "ماليزيا"),
    # ... also when nothing else is named
    ("استشهد عون حرس أمس في هجوم مسلح على دوريته، وهو أصيل معتمدية سبيبة.", "سبيبة"),
    ("قتل 5 أشخاص فجر اليوم بتوقيت تونس في هجوم مسلح على مسجد.", "تونس"),
    ("لقي 12 جنديا تركيا مصرعهم أمس في انفجار سيارة مفخخة استهدفت قافلتهم.", "تركيا"),
    # a designator before an institution names no place ("منطقة الأمن الوطني" is a police district)
    ("أصيب عون أمن أمس في هجوم مسلح أمام مقر منطقة الأمن الوطني بمدينة قفصة.", "منطقة الأمن"),
])
def test_plc_home_towns_time_zones_adjectives_and_institutions_are_no_place(nlp, text, not_place):
    doc = nlp.process({"id": "plc", "published": "2016-07-04", "text": text})
    (inc,) = doc.incidents
    assert not_place not in ((inc.location or {}).get("text") or ""), inc.location


@pytest.mark.parametrize("text, country", [
    # the nationality adjective after a place the gazetteer lacks says its country
    ("قتل 3 أشخاص أمس في إطلاق نار بمدينة مالمو السويدية.", "SE"),
    ("قتل 4 أشخاص أمس في إطلاق نار على مقهى بمدينة لييج البلجيكية.", "BE"),
    # not the country of a launch site or a source named with it
    ("قتل شرطي أمس برصاص رجل قدم من فرنسا قرب مدينة ميلانو الإيطالية.", "IT"),
])
def test_plc_the_country_of_a_place_the_gazetteer_lacks(nlp, text, country):
    doc = nlp.process({"id": "plc", "published": "2016-07-04", "text": text})
    (inc,) = doc.incidents
    assert inc.location["country"] == country


def test_plc_a_country_has_no_province_of_another_place(nlp):
    doc = nlp.process({"id": "plc", "published": "2016-01-24", "text":
                       "قتل أمس ثلاثة جنود في هجوم مسلح في سوريا، بحسب مصدر في باريس."})
    (inc,) = doc.incidents
    assert inc.location["admin1"] is None


@pytest.mark.parametrize("text, want", [
    # a place with the proclitic "ب" after the target is where it was, not part of it
    ("تعرضت دورية أمنية بمدينة قبلي مساء أمس إلى إطلاق نار ما أسفر عن إصابة عونين.", "دورية أمنية"),
    ("قتل 3 مصلين أمس في هجوم مسلح استهدف المركز الإسلامي بمدينة ليون الفرنسية.", "المركز الإسلامي"),
    ("أصيب شخصان أمس في تفجير استهدف محطة للقطار بمدينة كونمينغ بمقاطعة يونان.", "محطة للقطار"),
    # nor the word that opens a date after it
    ("أصيب مصور أمس في هجوم مسلح استهدف ملعب بن قردان يوم 3 ماي 2017 بحسب النقابة.", "ملعب بن قردان"),
    # a time zone after the time is no target
    ("قتل 6 أشخاص في هجوم طال فجر اليوم بتوقيت تونس مسجدا في مدينة كيبيك.", "مسجدا"),
])
def test_plc_the_target_ends_before_its_place_and_skips_a_time_zone(nlp, text, want):
    doc = nlp.process({"id": "plc", "published": "2017-01-30", "text": text})
    (inc,) = doc.incidents
    assert inc.target["text"] == want


@pytest.mark.parametrize("text, canonical, country", [
    # foreign towns of real attack reports that the gazetteer now knows
    ("قتل 22 شخصا أمس في تفجير انتحاري استهدف قاعة للحفلات في مانشستر.", "Manchester", "GB"),
    ("قتل 4 أشخاص أمس في هجوم مسلح على مقهى في مدينة نيس.", "Nice", "FR"),
    ("قتل 9 أشخاص أمس في انفجار عبوة ناسفة في سوق ليلي بمدينة دافاو.", "Davao City", "PH"),
    # capitals and large cities of Europe, the Americas and Asia (a general coverage step)
    ("أصيب 5 أشخاص أمس في هجوم بسكين وسط مدينة هانوفر.", "Hanover", "DE"),
    ("قتل شرطي أمس في إطلاق نار قرب البرلمان في العاصمة البرتغالية لشبونة.", "Lisbon", "PT"),
    ("أصيب 12 شخصا أمس في انفجار عبوة ناسفة داخل مركز تجاري في بانكوك.", "Bangkok", "TH"),
    ("قتل 3 أشخاص أمس في إطلاق نار داخل ملهى ليلي بمدينة هيوستن.", "Houston", "US"),
    ("أصيب 6 أشخاص أمس في إطلاق نار عشوائي في مدينة لاس فيغاس الأمريكية.", "Las Vegas", "US"),
])
def test_plc_foreign_towns_in_the_gazetteer(nlp, text, canonical, country):
    doc = nlp.process({"id": "plc", "published": "2017-05-23", "text": text})
    (inc,) = doc.incidents
    assert (inc.location["canonical"], inc.location["country"]) == (canonical, country)


@pytest.mark.parametrize("text, want", [
    # the local day, not the reporter's, when the article gives both
    ("قتل 6 أشخاص عندما فتح مسلحون النار على مسجد بمدينة كيبيك (يوم الأحد بالتوقيت المحلي، فجر الاثنين بتوقيت "
     "تونس).", "2017-01-29"),
    ("قتل 6 أشخاص فجر الاثنين بتوقيت تونس (مساء الأحد بالتوقيت المحلي) في هجوم مسلح على مسجد بمدينة كيبيك.",
     "2017-01-29"),
    # a converted time alone is still the day
    ("قتل 6 أشخاص فجر اليوم بتوقيت تونس في هجوم مسلح على مسجد بمدينة كيبيك.", "2017-01-30"),
])
def test_plc_the_local_day_beats_the_reporters(nlp, text, want):
    doc = nlp.process({"id": "plc", "published": "2017-01-30", "text": text})
    (inc,) = doc.incidents
    assert inc.event_date == want


@pytest.mark.parametrize("text, want", [
    # a camp or base named with its designator is the site, whatever label the NER gives it
    ("قتل 12 جنديا أمس في هجوم على معسكر تاسيغا في منطقة غاو.", "معسكر تاسيغا"),
    # a generic one is not: the named place is
    ("قتل 12 شخصا أمس في هجوم على محطة للقطار في منطقة غاو.", "منطقة غاو"),
])
def test_plc_a_named_camp_is_the_site(nlp, text, want):
    doc = nlp.process({"id": "plc", "published": "2023-09-08", "text": text})
    (inc,) = doc.incidents
    assert want in inc.location["text"]


def test_plc_a_group_named_after_a_province_is_no_place(nlp):
    from pipeline.kb import load_kb
    from pipeline.stages.incidents import lexicon
    from pipeline.stages.incidents.places import _places
    doc = nlp.process({"id": "plc", "published": "2021-08-30", "text":
                       "وتبنى تنظيم \"ولاية خراسان\" الهجوم في بيان قال فيه إن مقاتليه أطلقوا صواريخ على المطار."})
    starts = [t.start for t in doc.tokens]
    assert [p.text for p in _places(doc, 0, len(doc.tokens), load_kb(), lexicon(), starts)] == []
@pytest.mark.parametrize("text", [
    # a clash of protesters, rioters or villagers with no arms named: a protest or a riot, not a battle
    "اندلعت مساء أمس مواجهات بين محتجين وقوات الأمن وسط مدينة ورقلة أسفرت عن إصابة 12 شخصا.",
    "أصيب 30 شخصا أمس في اشتباكات بين أهالي قريتين متجاورتين بمحافظة المنيا استعملت فيها الحجارة والعصي.",
    "اندلعت أمس اشتباكات بين المشجعين وقوات الأمن في مدرجات ملعب مدينة سطيف أسفرت عن إصابة 9 أعوان.",
    # a killing over a private matter: crime
    "قتل شاب مساء أمس شقيقه طعنا بسكين إثر شجار بينهما في حي شعبي بمدينة الزرقاء.",
    "قتل رجل جاره بإطلاق النار عليه أمس إثر خلاف عائلي حول قطعة أرض في مدينة المحلة.",
    # a police ambush that is an arrest
    "ألقت وحدات الحرس القبض أمس على مهرب بعد نصب كمين محكم له قرب مدينة تبسة.",
    # a march, not a drone
    "نفذ المئات من سكان مدينة قفصة أمس مسيرة احتجاجية للمطالبة بالتشغيل.",
    "نفذ عشرات المعلمين أمس مسيرة لمساندة زميل لهم أمام مقر الولاية بمدينة باجة.",
    # a digest's headlines glued into one sentence
    "صفاقس : إيقاف مروج مخدرات القصرين : إصابة جندي في انفجار لغم بجبل الشعانبي قابس : إضراب عام في قطاع النقل",
])
def test_evt_protests_crime_arrests_marches_and_digests_are_no_records(nlp, text):
    assert _det(nlp, text, "2017-03-14") == []


@pytest.mark.parametrize("text, weapon", [
    # an ambush set by attackers, with its dead
    ("قتل ثلاثة جنود أمس في كمين نصبه مسلحون لدورية عسكرية قرب بلدة أسكيرا.", "small_arms"),
    # an ambush that kills as well as arrests
    ("قتلت قوات الجيش أمس إرهابيين اثنين وألقت القبض على ثالث في كمين قرب جبل الشعانبي.", "small_arms"),
    # gunmen firing on protesters: violence against civilians
    ("أطلق مسلحون النار أمس على متظاهرين في ساحة التحرير ببغداد فقتلوا أربعة منهم.", "small_arms"),
    # a drone, even after a verb of doing
    ("نفذت مسيرة إسرائيلية أمس غارة على سيارة في بلدة عيترون أسفرت عن مقتل شخصين.", "drone"),
    # a terrorist attack that began as a quarrel is still one
    ("قتل مسلحون إرهابيون أمس شرطيا بعد شجار عند نقطة تفتيش في مدينة العريش.", "small_arms"),
])
def test_evt_scope_rules_keep_political_violence(nlp, text, weapon):
    assert [i.weapon for i in _det(nlp, text, "2017-03-14")] == [weapon]


@pytest.mark.parametrize("text", [
    # matches, not clashes
    "أسفرت قرعة الدور ربع النهائي من كأس الجزائر لكرة اليد أمس عن المواجهات التالية في مدينة عنابة:",
    # an animal, a computer
    "لقي سباح مصرعه أمس بعد تعرضه لهجوم من سمكة قرش قبالة مدينة العقبة.",
    "تعرضت أنظمة عشرات المستشفيات أمس إلى هجمات إلكترونية أسفرت عن تعطيل خدماتها في مدينة برمنغهام.",
    # a crime as the police name it, a suicide
    "ألقت الشرطة أمس القبض على كهل بتهمة الاعتداء بالفاحشة على طفل في مدينة نابل.",
    "أقدم شاب أمس على الانتحار بعد أن أطلق النار على نفسه من بندقية صيد في مدينة الكاف.",
])
def test_evt_matches_animals_computers_and_crimes_are_no_records(nlp, text):
    assert _det(nlp, text, "2017-03-14") == []


@pytest.mark.parametrize("text, weapon", [
    # a player kidnapped by gunmen: an abduction, whatever his trade
    ("اختطف مسلحون مجهولون أمس لاعب نادي الاتحاد بعد خروجه من حصة تدريبية في مدينة سبها.", "small_arms"),
    # a tribal clash that an animal started is still a clash
    ("قتل 9 أشخاص أمس في اشتباكات قبلية في مدينة مرزق اندلعت بسبب حيوان.", "small_arms"),
    # a computer company named in a sentence that recalls a shooting
    ("رفضت شركة للمعلوماتية أمس طلبا بفك شفرة هاتف أحد منفذي الهجوم الذي أسفر عن مقتل 14 شخصا في مدينة أورلاندو.",
     "small_arms"),
])
def test_evt_scope_rules_keep_violence_near_their_words(nlp, text, weapon):
    assert [i.weapon for i in _det(nlp, text, "2017-03-14")] == [weapon]


@pytest.mark.parametrize("text, want", [
    # a retelling as "الهجوم" joins the event named before it, whatever the weapon
    ("لقي عشرات الجنود مصرعهم في هجوم بسيارة مفخخة استهدف معسكرا للجيش في مدينة تمبكتو شمالي مالي.\n"
     "ويضم المعسكر جنودا ماليين وعناصر من جماعات مسلحة وقعت اتفاق السلام.\n"
     "وقال الجيش إن الهجوم أسفر عن مقتل 31 شخصا في حصيلة أولية.", [("vbied", 31)]),
    ("تعرض زورق لخفر السواحل أثناء دورية قبالة ميناء المخا لهجوم بثلاثة زوارق انتحارية.\n"
     "وقال بيان للتحالف إن الزورق واصل دوريته بعد الحادث.\n"
     "وأضاف البيان أن الهجوم أسفر عن مقتل ثلاثة من أفراد الطاقم.", [("suicide_bomb", 3)]),
    # an abduction told twice
    ("اختطف مسلحون مجهولون أمس مهندسا مصريا في حي الحدائق بمدينة سبها.\n"
     "وقال مصدر أمني إن المهندس خطف من أمام منزله في حي الحدائق.", [("small_arms", None)]),
])
def test_evt_a_retold_event_is_one_record(nlp, text, want):
    assert [(i.weapon, i.killed) for i in _det(nlp, text, "2017-03-14")] == want


def test_evt_another_attack_told_with_the_article_stays_another(nlp):
    text = ("قتل ثلاثة جنود أمس في انفجار عبوة ناسفة استهدف دورية في مدينة العريش.\n"
            "وفي الهجوم الثاني، قتل شرطيان برصاص مسلحين عند حاجز أمني في المدينة.")
    assert len(_det(nlp, text, "2017-03-14")) == 2


@pytest.mark.parametrize("text, published, want", [
    # a suicide bombing told with the verb and its reflexive, after the subject too, or with the plural in -ون
    ("قتل خمسة أشخاص أمس عندما فجرت امرأة نفسها وسط سوق شعبي في مدينة بعقوبة.", "2017-03-14",
     [("suicide_bomb", "2017-03-13")]),
    ("وقتل مفجرون انتحاريون 18 شخصا في محطة القطارات بمدينة كويتا يوم 3 مارس الجاري.", "2017-03-14",
     [("suicide_bomb", "2017-03-03")]),
    # fighting that goes on, told in the present
    ("قال مصدر أمني إن اشتباكات تجري الآن بين قوات الجيش ومجموعة مسلحة قرب مدينة العريش.", "2017-03-14",
     [("small_arms", "2017-03-14")]),
    # an assassination with a day of its own, days before the report
    ("طالب النواب بكشف ملابسات اغتيال المهندس عادل الحمدي يوم الخميس الماضي في مدينة قابس.", "2016-12-22",
     [("small_arms", "2016-12-15")]),
    # not: a verb of doing, an assassination talked about on the day of the report, a bombing that did not happen
    ("وتجري الشرطة تحقيقا في الاشتباكات التي شهدتها المدينة العام الماضي.", "2017-03-14", []),
    ("تحدث الوزير اليوم الثلاثاء عن اغتيال المحامي في مدينة قابس.", "2017-03-14", []),
    ("ألقي القبض على الإرهابي في سبتمبر 2013 قبل محاولته تفجير نفسه في سوق بمدينة العريش.", "2017-03-14", []),
])
def test_evt_events_told_without_an_occurrence_verb(nlp, text, published, want):
    assert [(i.weapon, i.event_date) for i in _det(nlp, text, published)] == want


@pytest.mark.parametrize("text, n", [
    # a plural or definite attack word is general, like "هجوم": an event only with casualties
    ("فشلت الجماعة حتى الآن في شن هجمات داخل العاصمة نيامي رغم تهديداتها.", 0),
    ("تعرض شرطي أمس إلى الاعتداء من قبل أحد المواطنين أمام مركز الاقتراع في مدينة نابل.", 0),
    ("وحملت الحكومة أمس متمردين مسؤولية هجمات وقعت في مناطق متفرقة من إقليم كاتانغا.", 0),
    # ... unless casualties are counted, or it is told as an attack on something
    ("قتل أربعة أشخاص أمس في الهجمات التي استهدفت مدينة كيدال.", 1),
    ("أعلنت الحكومة حالة الطوارئ على خلفية الهجمات الدامية التي ضربت العاصمة بروكسل مساء أمس.", 1),
])
def test_evt_plural_and_definite_attack_words_are_general(nlp, text, n):
    assert len(_det(nlp, text, "2017-03-14")) == n


@pytest.mark.parametrize("text, n", [
    # weapons found or seized, an attack foiled
    ("أعلنت وزارة الدفاع أمس العثور على 3 ألغام تقليدية الصنع ومعدات التفجير في جبل الشعانبي.", 0),
    ("مكنت العملية الأمنية التي جدت فجر اليوم من حجز سلاحين وكمية من الذخيرة وحزام ناسف في مدينة القصرين.", 0),
    ("أحبطت الشرطة أمس هجوما إرهابيا كان يستهدف ملعبا في مدينة ليون.", 0),
    # the event after what was found, a foiled attack that was a battle
    ("عثرت الشرطة أمس على 12 جثة بعد إطلاق نار في فندق بمدينة نيروبي.", 1),
    ("تمكنت الوحدات العسكرية أمس من إحباط الهجوم المسلح على الثكنة والقضاء على 9 إرهابيين في مدينة بن قردان.", 1),
])
def test_evt_weapons_found_and_attacks_foiled(nlp, text, n):
    assert len(_det(nlp, text, "2017-03-14")) == n


@pytest.mark.parametrize("text, n", [
    # a count of attacks is a total even when the speaker's day is far from the verb of saying
    ("قال وزير الداخلية النيجري محمد بازوم في مؤتمر صحفي اليوم الأحد إن الجماعة نفذت أكثر من 120 هجوما بالعبوات "
     "الناسفة والقذائف خلال العام الماضي، أسفرت عن مقتل مئات المدنيين.", 0),
    # twenty strikes on one day are one event
    ("قتل 12 مسلحا أمس في 20 غارة جوية على مواقع للجماعة قرب مدينة ديفا.", 1),
])
def test_evt_a_count_of_attacks_is_a_total_whatever_the_day(nlp, text, n):
    assert len(_det(nlp, text, "2023-01-15")) == n


def test_evt_a_device_retold_with_the_article_is_the_one_before_wherever_it_points(nlp):
    text = ("عاجل | ديالى\n"
            "قتل مزارعان وأصيب ثالث بجروح ظهر اليوم الأحد بانفجار عبوة ناسفة في حقل بقرية الهويدر التابعة لناحية أبي "
            "صيدا في قضاء المقدادية.\n"
            "وقال مصدر في الشرطة إن العبوة انفجرت لحظة وصول المزارعين إلى الحقل، مبينا أن قوة من الجيش نقلت الجريح "
            "إلى مستشفى المقدادية العام.\n"
            "ولم تعلن أي جهة مسؤوليتها عن التفجير، فيما تنشط خلايا تنظيم داعش في حقول المقدادية منذ سنوات.")
    (inc,) = _det(nlp, text, "2019-05-19")
    assert (inc.weapon, inc.killed) == ("ied", 2)


@pytest.mark.parametrize("text", [
    # a court rules on a day about a killing; a drill that killed: still no event
    ("قضت الدائرة الجنائية بالمحكمة الابتدائية بصفاقس أمس بعدم سماع الدعوى في حق المتهمين بالقتل في قضية مقتل ناشط "
     "نقابي وبالسجن عاما في حق آخرين من أجل الاعتداء بالعنف الشديد وحمل سلاح أبيض."),
    "قتلت امرأة وأصيب 30 شخصا في جامعة بمدينة كمبالا خلال عملية لمحاكاة هجوم إرهابي نفذتها أمس قوات الأمن.",
])
def test_evt_a_day_and_dead_do_not_lift_a_trial_or_a_drill(nlp, text):
    assert _det(nlp, text, "2016-11-15") == []


@pytest.mark.parametrize("text, n", [
    # one person "undertaking" a killing: crime news
    ("أقدم كهل أمس على قتل زوجته بإطلاق النار عليها من بندقية صيد في مدينة سليانة.", 0),
    # gunmen attacking people are in scope whatever they wanted
    ("هاجم مسلحون مجهولون أمس قاربا للمهاجرين قبالة مدينة زوارة وسلبوا ركابه بعد إطلاق النار عليهم.", 1),
])
def test_evt_crime_told_as_one_person_undertaking_it_and_gunmen(nlp, text, n):
    assert len(_det(nlp, text, "2017-03-14")) == n


def test_evt_an_arrest_throws_nothing(nlp):
    # "ألقى" of "ألقى القبض" is no occurrence
    text = "تم أمس إلقاء القبض على مدير شركة لبيع مروحيات في مدينة نابولي بتهمة تهريبها إلى ليبيا."
    assert _det(nlp, text, "2016-05-16") == []
    text = "ألقى مجهولون أمس قنبلة يدوية على مركز للشرطة في مدينة تيزي وزو."
    assert [i.weapon for i in _det(nlp, text, "2016-05-16")] == ["grenade"]


def test_evt_indefinite_attacks_aimed_at_something_are_an_event(nlp):
    text = ("عاشت مدينة بن قردان فجر أمس الاثنين على وقع هجمات إرهابية متزامنة استهدفت الثكنة العسكرية ومركز الأمن "
            "بالمدينة.")
    assert [i.weapon for i in _det(nlp, text, "2016-03-08")] == ["small_arms"]


def test_evt_two_known_places_told_alike_stay_two_events(nlp):
    text = ("طهران - شنت طائرات حربية إسرائيلية فجر اليوم الجمعة غارات على منشأة نطنز النووية وسط إيران.\n"
            "وفي طهران، قالت وسائل إعلام رسمية إن الغارات أدت إلى مقتل تسعة أشخاص في حي سكني شمالي العاصمة.")
    assert len(_det(nlp, text, "2025-06-13")) == 2


@pytest.mark.parametrize("text, expected", [
    # an event recalled with no day of its own: null, not the day of the arrest or of the report
    ("أوقفت الشرطة مساء أمس الثلاثاء شابا احتفل بالهجوم المسلح على فندق بمدينة سوسة.", [None]),
    ("رفعت السلطات حالة التأهب القصوى عقب هجوم المسلحين على حافلة قرب بلدة غاريسا الذي أودى بحياة 12 شخصا.",
     [None]),
    ("وكان مسلحون قد هاجموا مركزا للشرطة في بلدة مانديرا ما أسفر عن مقتل شرطيين.", [None]),
    # its own day, after the event noun, is kept; the day of the main verb before it is not
    ("أدانت الوزارة اليوم الأربعاء الهجوم المسلح الذي استهدف أمس حافلة قرب بلدة غاريسا وأودى بحياة 12 شخصا.",
     ["2016-06-14"]),
    # the lead event of a report of the day: the publication day, as before
    ("قتل ثلاثة شرطيين في هجوم شنه مسلحون على مركز للشرطة في بلدة مانديرا.", ["2016-06-15"]),
    # a general word with the article after a casualty verb or in reported speech tells the event itself
    ("قتل ثلاثة شرطيين في الهجوم المسلح على مركز للشرطة في بلدة مانديرا.", ["2016-06-15"]),
])
def test_dat_recalled_event_dates(nlp, text, expected):
    doc = nlp.process({"id": "d", "text": text, "published": "2016-06-15"})
    assert [i.event_date for i in doc.incidents] == expected


def test_dat_anaphor_of_a_dated_lead_keeps_its_day(nlp):
    # "هذا الهجوم" / "الانفجار" after the lead told it: the lead's day, not null
    doc = nlp.process({"id": "d", "published": "2017-05-02", "text":
                       "لقي شخص مصرعه مساء أمس الاثنين جراء انفجار شاحنة في بلدة مانديرا. ورجحت مصادر أمنية أن يكون "
                       "الانفجار ناجما عن سقوط قذيفة هاون على الشاحنة."})
    assert [i.event_date for i in doc.incidents] == ["2017-05-01"]
@pytest.mark.parametrize("text, want", [
    # "في صفوف X": the side that suffered
    ("قتل أمس الأحد شابان يقاتلان في صفوف تنظيم داعش خلال معارك قرب مدينة الرقة.", None),
    # the group a person killed belongs to, with no attackers named before it
    ("قتل أمس في مدينة سرت شاب يبلغ من العمر 30 سنة ينتمي لتنظيم داعش في المعارك الجارية.", None),
    # past "وهو" restating the person killed
    ("اغتيل أمس في مدينة صيدا سامي خليل وهو أمين عام حزب الله.", None),
    # a group inside the description of the victim's group
    ("اغتيل أمس في مدينة صيدا سامي خليل القيادي في كتائب القسام الذراع العسكري لحركة حماس.", None),
    # attackers who belong to the group: the perpetrator
    ("هاجم مسلحون ينتمون إلى تنظيم داعش أمس حاجزا للجيش قرب مدينة سامراء.", "Islamic State"),
])
def test_act_the_side_and_the_group_of_a_victim_are_not_the_perpetrator(nlp, text, want):
    doc = nlp.process({"id": "act", "published": "2017-04-07", "text": text})
    assert [i.perpetrator for i in doc.incidents] == [want]


@pytest.mark.parametrize("text, want", [
    # a state's forces as the agent: the state of their nationality, else where it happened
    ("قتل شخص أمس في مدينة تطاوين بإطلاق نار عليه من قبل وحدات عسكرية.", "Tunisia"),
    ("أصيب ثلاثة مهربين أمس برصاص قوات الأمن المصرية قرب مدينة العريش.", "Egypt"),
    # gunmen or a group as the agent are not the state
    ("قتل حارس أمس برصاص مجموعة إرهابية في مدينة القصرين.", None),
    # the forces before "قد" and their verb
    ("وكان الجيش المصري قد شن أمس غارات على معسكرات للمتشددين في مدينة درنة.", "Egypt"),
    # a country as the subject of a verb of attack with its object pronoun
    ("قتل 12 مدنيا أمس في غارة جوية وجهتها الولايات المتحدة على قرية قرب مدينة منبج.", "United States"),
])
def test_act_state_forces_as_agent_or_subject_name_their_state(nlp, text, want):
    doc = nlp.process({"id": "act", "published": "2017-04-07", "text": text})
    assert [i.perpetrator for i in doc.incidents] == [want]


@pytest.mark.parametrize("text, want", [
    # "تعرض X لهجوم": X is what was hit, after the verb or (with the article) before it
    ("تعرضت دورية للدرك صباح أمس لإطلاق نار من قبل مجموعة إرهابية في ولاية البليدة.", "دورية للدرك"),
    ("وقال ضابط إن الحاجز تعرض أمس لهجوم انتحاري في مدينة سامراء.", "الحاجز"),
    ("وقال عضو في المجلس إن موكب الوزير تعرض أمس لإطلاق نار كثيف في العاصمة طرابلس.", "موكب الوزير"),
    # a clock time after the verb: the noun before it
    ("وأفاد المتحدث بأن الدورية تعرضت حوالي الساعة العاشرة صباح أمس لانفجار لغم في منطقة جبلية بولاية القصرين.",
     "الدورية"),
    # the phrase ends before a verb of saying and before a place
    ("قتل 3 أشخاص في غارة أمريكية استهدفت أمس منزلا قال متحدث عسكري إنه معسكر للتنظيم في مدينة صبراتة.", "منزلا"),
    ("هاجم مسلحون يعتقد أنهم من حركة الشباب أمس قافلة للجيش قرب مدينة بيدوا.", "قافلة للجيش"),
])
def test_act_the_target_of_a_passive_and_where_its_phrase_ends(nlp, text, want):
    doc = nlp.process({"id": "act", "published": "2017-04-07", "text": text})
    assert [(i.target or {}).get("text") for i in doc.incidents] == [want]


def test_act_a_target_does_not_open_with_a_direction(nlp):
    doc = nlp.process({"id": "act", "published": "2017-04-07",
                       "text": "قتل جنديان أمس في هجوم ضد الجيش غرب مدينة بنغازي."})
    assert [i.target for i in doc.incidents] == [None]


def test_act_the_speaker_of_an_acknowledgement_comes_before_what_it_said(nlp):
    # "قالت مصادر عسكرية نيجيرية إن ...": the forces named after "إن" are not the speaker acknowledging the act
    doc = nlp.process({"id": "act", "published": "2019-04-10", "text":
                       "مايدوغوري - قالت مصادر عسكرية نيجيرية إن مقاتلين من جماعة بوكو حرام هاجموا فجر أمس قاعدة "
                       "للجيش في بلدة مونغونو، ما أسفر عن مقتل ثلاثة جنود. وأكد مسؤول محلي أن الطيران الحربي "
                       "النيجيري قصف مواقع للمسلحين بعد الهجوم."})
    assert doc.incidents and all(i.claimed_by is None for i in doc.incidents)


@pytest.mark.parametrize("second, want", [
    # a denial a few words before the claim word denies it
    ("وأكدت السلطات أن الهجوم جنائي نافية بذلك ما تردد من أخبار حول تبني تنظيم داعش للاعتداء.", None),
    ("وتبنى تنظيم داعش الهجوم في بيان.", "Islamic State"),
])
def test_act_a_denied_claim_claims_nothing(nlp, second, want):
    doc = nlp.process({"id": "act", "published": "2017-06-02",
                       "text": "قتل 20 شخصا أمس في هجوم مسلح على فندق في مدينة سوسة. " + second})
    assert [i.claimed_by for i in doc.incidents] == [want]
@pytest.mark.parametrize("text, admin1, country", [
    # a site or area the gazetteer lacks, named after a town it knows: the town's province and country
    ("قتل 9 أشخاص أمس في تفجير انتحاري هز صالة المغادرة في مطار ميونيخ الدولي.", "Bavaria", "DE"),
    ("أصيب جنديان أمس في انفجار لغم أرضي خلال عملية تمشيط بمرتفعات القصرين.", "Kasserine", "TN"),
    ("قتل شرطي أمس في هجوم مسلح على دورية قرب ميناء سرت.", "Sirte", "LY"),
    # a nationality adjective that ends the name gives the country only
    ("أصيب 4 أشخاص أمس في إطلاق نار داخل مركز تجاري في ولاية ويسكونسن الأمريكية.", None, "US"),
    # a country inside the name owns the place, it does not hold it
    ("أصيب حارسان أمس في هجوم مسلح على سفارة اليابان في العاصمة نواكشوط.", "Nouakchott", "MR"),
])
def test_plc_a_place_the_gazetteer_lacks_is_where_the_town_in_its_name_is(nlp, text, admin1, country):
    doc = nlp.process({"id": "plc", "published": "2016-07-04", "text": text})
    (inc,) = doc.incidents
    assert (inc.location["admin1"], inc.location["country"]) == (admin1, country)


@pytest.mark.parametrize("text, country", [
    # a place the gazetteer lacks, in a local article: the country of its first town
    ("أصيب عونا أمن أمس في إطلاق نار على دورية بحي النسيم بمدينة القصرين. وقال مصدر إن مسلحين هاجموا مركزا "
     "للحرس بمنطقة الزيتونة فجر اليوم ما أسفر عن إصابة عون.", "TN"),
    # else of the first country it names
    ("أعلنت السلطات الإيطالية أن الشرطة في إيطاليا رفعت حالة التأهب. وقتل شخصان أمس في هجوم بسكين في ضاحية "
     "برونو فالي.", "IT"),
])
def test_plc_a_place_the_gazetteer_lacks_takes_the_articles_country(nlp, text, country):
    doc = nlp.process({"id": "plc", "published": "2016-07-04", "text": text})
    assert [i.location["country"] for i in doc.incidents][-1] == country


@pytest.mark.parametrize("text, canonical", [
    # "العاصمة" before a name the gazetteer also gives a country: the capital city
    ("قتل شرطيان أمس في هجوم مسلح على دورية في العاصمة، عمان.", "Amman"),
    ("أصيب ثلاثة أشخاص أمس في انفجار عبوة ناسفة قرب سوق شعبي بالعاصمة الأردنية عمان.", "Amman"),
    ("أصيب عون أمن أمس في هجوم بسكين على مركز للشرطة بالعاصمة تونس.", "Tunis"),
    ("قتل جنديان أمس في تفجير انتحاري استهدف ثكنة في العاصمة الجزائر.", "Algiers"),
    # without it, the country
    ("قتل شرطيان أمس في هجوم مسلح على دورية في سلطنة عمان.", "Oman"),
])
def test_plc_the_capital_before_a_country_name_is_the_city(nlp, text, canonical):
    doc = nlp.process({"id": "plc", "published": "2016-07-04", "text": text})
    (inc,) = doc.incidents
    assert inc.location["canonical"] == canonical


@pytest.mark.parametrize("text, want", [
    # the first words of a compound name are kept with the word after them
    ("أصيب 3 جنود أمس في انفجار لغم بمنطقة دوار الشرفية من ولاية القصرين.", "منطقة دوار الشرفية"),
    ("قتل راع أمس في انفجار لغم بمنطقة واد الغار من ولاية القصرين.", "منطقة واد الغار"),
    ("أصيب عون حرس أمس في هجوم مسلح بمنطقة أولاد بن سالم من ولاية القصرين.", "منطقة أولاد بن سالم"),
    # a participle after the name opens a description
    ("قتل 3 جنود أمس في هجوم مسلح على بلدة الشونة التابعة لمحافظة البلقاء.", "بلدة الشونة"),
    ("أصيب شرطي أمس في إطلاق نار بمنطقة الرحمة الواقعة جنوب المدينة.", "منطقة الرحمة"),
])
def test_plc_a_designated_place_keeps_its_compound_name_and_no_participle(nlp, text, want):
    doc = nlp.process({"id": "plc", "published": "2016-07-04", "text": text})
    (inc,) = doc.incidents
    assert inc.location["text"] == want


def test_plc_a_place_named_in_a_sentence_before_takes_the_town_named_with_it(nlp):
    # the record's sentence names no place: the one before does, with its town
    doc = nlp.process({"id": "plc", "published": "2016-07-04", "text":
                       "تجمع مئات المشجعين مساء أمس في حي الزهور بمدينة ليون. وأصيب 40 منهم في انفجار عبوة ناسفة."})
    (inc,) = doc.incidents
    assert (inc.location["text"], inc.location["admin1"], inc.location["country"]) == \
        ("حي الزهور", "Auvergne-Rhône-Alpes", "FR")


def test_plc_a_known_place_takes_coordinates_only_from_a_town_of_its_province():
    from pipeline.stages.incidents.places import _plc_may_hold
    bardo = {"canonical": "Le Bardo", "admin1": "Tunis", "country": "TN"}
    assert _plc_may_hold({"admin1": "Tunis", "country": "TN"}, bardo)
    assert not _plc_may_hold({"admin1": "Sousse", "country": "TN"}, bardo)
    mountain = {"canonical": "Jebel Mghila", "country": "TN"}  # on a border: no province of its own
    assert _plc_may_hold({"admin1": "Kasserine", "country": "TN"}, mountain)
    assert not _plc_may_hold({"admin1": "Anbar", "country": "IQ"}, mountain)
    assert _plc_may_hold({"admin1": "Anbar", "country": "IQ"}, {})  # a place the gazetteer lacks: any town


@pytest.mark.parametrize("text, canonical", [
    # "العاصمة" with no name: the capital of the article's country, or of its adjective's
    ("أصيب عونا أمن بسوسة أمس في مواجهات. واستهدف تفجير انتحاري حافلة للأمن وسط العاصمة مساء اليوم ما "
     "أسفر عن مقتل 9 أعوان.", "Tunis"),
    ("قتل 4 أشخاص أمس في اشتباكات مسلحة بين فصائل متناحرة في العاصمة الليبية.", "Tripoli, Libya"),
    # a name after it says which
    ("قتل 4 أشخاص أمس في اشتباكات مسلحة بين فصائل متناحرة في العاصمة الصومالية مقديشو.", "Mogadishu"),
])
def test_plc_the_capital_without_a_name_is_the_articles_capital(nlp, text, canonical):
    doc = nlp.process({"id": "plc", "published": "2016-07-04", "text": text})
    assert doc.incidents[-1].location["canonical"] == canonical


@pytest.mark.parametrize("text, want", [
    # a place after "التابعة ل" / "الواقعة في" is what the place before lies in, not the place
    ("قتل عون حرس أمس في هجوم مسلح على دورية بمعتمدية الوفاق التابعة لسيدي بوزيد.", "معتمدية الوفاق"),
    ("أصيب جنديان أمس في انفجار لغم بمنطقة الرحبة الواقعة في مدينة إدلب.", "منطقة الرحبة"),
])
def test_plc_the_place_a_participle_puts_it_in_is_not_the_place(nlp, text, want):
    doc = nlp.process({"id": "plc", "published": "2016-07-04", "text": text})
    (inc,) = doc.incidents
    assert inc.location["text"] == want


def test_plc_a_place_after_another_events_noun_is_not_the_place(nlp):
    # "لهجوم قسنطينة" names where the other event was; the strikes hit Mali
    doc = nlp.process({"id": "plc", "published": "2017-05-29", "text":
                       "وكان الطيران الجزائري قد شن أمس غارات على معسكرات لمسلحين في مالي وذلك بعد ثبوت تورطهم في "
                       "التخطيط لهجوم قسنطينة الأخير."})
    assert [i.location["country"] for i in doc.incidents if i.weapon == "airstrike"] == ["ML"]
@pytest.mark.parametrize("text, want", [
    # a general attack word recalled with a relative, a verb of taking place and a day: a record with no toll
    ("قال وزير الداخلية إن منفذ الهجوم الذي جد أمس في شارع الحرية بمدينة صفاقس مواطن تونسي.", [("Sfax", "2017-03-13")]),
    ("أفادت مصادر مطلعة على ملف الاعتداء الذي تعرضت له الجمعة مدينة ميلانو بشمال إيطاليا أن المشتبه به أرسل صورة.",
     [("Milan", "2017-03-10")]),
    ("ويأتي ذلك بعد أسبوعين من الاعتداء الذي تعرضت له حافلة ركاب قرب مدينة لامو يوم 28 فيفري الماضي.",
     [("Lamu", "2017-02-28")]),
    # not: no day of its own (the event told before), the day it was said, a verb that is no occurrence
    ("قال الوزير إن الهجوم الذي وقع في المدينة كان متوقعا.", []),
    ("قال الوزير اليوم الثلاثاء إن الهجوم الذي شنته الجماعة على مدينة صفاقس كان متوقعا.", []),
    ("وقال الوزير إن الهجوم الذي يخطط له التنظيم يوم الجمعة لن يمر.", []),
])
def test_evt_a_general_attack_recalled_with_its_day_is_a_record(nlp, text, want):
    assert [(i.location and i.location["canonical"], i.event_date) for i in _det(nlp, text, "2017-03-14")] == want


@pytest.mark.parametrize("text, n", [
    # an attack told with the verb alone: something attacked, an armed attacker or a blade follows it
    ("هاجمت مجموعة مسلحة اليوم حاجزا أمنيا قرب مدينة العريش، مما أسفر عن مقتل 4 أشخاص.", 1),
    ("وكان شاب يبلغ من العمر 19 عاما قد هاجم أمس ركاب حافلة بمدينة هامبورغ بواسطة فأس.", 1),
    ("وقال مصدر أمني إن الإرهابيين هاجموا فجر أمس ثلاثة منازل في منطقة جبلية قرب مدينة الكاف.", 1),
    # not: words, a speaker's institution, someone arrested before the verb (crime news)
    ("وهاجمت النائبة الوزيرة أمس ووصفتها بالفاشلة في مدينة ليون.", 0),
    ("هاجم المتحدث باسم البيت الأبيض أمس الصور التي نشرت عن الحفل.", 0),
    ("تمكن أعوان الأمن أمس من إيقاف ثلاثة أشقاء هاجموا أحد السكان في منزله بمدينة سوسة.", 0),
])
def test_evt_an_attack_told_with_the_verb_alone(nlp, text, n):
    assert len(_det(nlp, text, "2017-03-14")) == n


@pytest.mark.parametrize("text, want", [
    # an explosion without the article: after its adjective, with a verb of taking place and a word of terror or of
    # the security forces, or after a verb of striking (with its own day, no toll needed)
    ("أسفر تفجير إرهابي وقع أمس الاثنين بقرية سترة عن مقتل رجل شرطة.", [("ied", 1)]),
    ("وأفادت الوزارة بأن انفجارا حدث أمس قرب مسجد في مدينة الجيزة خلف مصرع 4 من قوات الأمن.", [("ied", 4)]),
    ("استهدف انفجار، صباح الأحد، كنيسة في مدينة المنيا بحسب وسائل إعلام.", [("ied", None)]),
    # not: an accident told with "وقع", an explosion retold with the article
    ("توفي ثلاثة أشخاص في انفجار جد أمس في مبنى في منطقة صناعية بمدينة ليون.", []),
    ("وقال المصدر إن الانفجار وقع أمس قرب مكتب البريد في مدينة المنيا.", []),
])
def test_evt_an_explosion_told_before_its_verb_or_with_a_verb_of_taking_place(nlp, text, want):
    assert [(i.weapon, i.killed) for i in _det(nlp, text, "2017-03-14")] == want


@pytest.mark.parametrize("text, n", [
    # "منذ" after "المرة الأولى" (the feminine ordinal) is a comparison, not a total since a date
    ("أطلق الجيش أمس صواريخ على مواقع للتنظيم في مدينة الرقة وهي المرة الأولى منذ 30 عاما التي يطلق فيها صواريخ.", 1),
    ("قتل 1500 شخص في هجمات منذ مطلع العام في إقليم كاتانغا.", 0),
])
def test_evt_the_first_time_since_is_no_total(nlp, text, n):
    assert len(_det(nlp, text, "2017-06-19")) == n


@pytest.mark.parametrize("text, n", [
    # a killing told with its agent ("على يد" security forces or armed men) or with the forces as the verb's subject
    ("قال مسؤول إن صيادا عراقيا قتل اليوم السبت على يد قوات حرس الحدود الكويتية قرب مدينة الفاو.", 1),
    ("وقد قتلت قوات الأمن أمس ثلاثة من المهاجمين في مدينة العريش.", 1),
    ("أكد ابن عم الراعي الذي قضى الجمعة على يد إرهابيين بجبل المغيلة أن عائلته تطالب بالحماية.", 1),
    # not: a passive with no agent, a killing by a relative, a victim described by his killing with no day
    ("قتل جنود أمس في مدينة العريش.", 0),
    ("قتلت امرأة على يد زوجها أمس في مدينة سوسة.", 0),
    ("وأذنت الوزارة بتتبع من نشر صور الراعي الذي قتل على أيدي مجموعة إرهابية بجبل المغيلة.", 0),
])
def test_evt_a_killing_told_with_its_agent(nlp, text, n):
    assert len(_det(nlp, text, "2017-06-17")) == n


@pytest.mark.parametrize("text, n", [
    # a security or military operation that counts its dead or wounded is a battle
    ("أسفرت العملية الأمنية التي جدت اليوم الجمعة بمنطقة الزهور من ولاية القصرين عن مقتل 4 عناصر إرهابية.", 1),
    # a landing or a raid that counts its dead
    ("نفذت القوات الخاصة فجر اليوم عملية إنزال قرب مدينة القصرين أدت إلى مقتل ضابط وإصابة ثلاثة.", 1),
    ("أسفرت عملية دهم نفذتها قوات الأمن اليوم في مدينة القصرين عن مقتل متشددين اثنين.", 1),
    # not: an operation that arrests, an operation to end something
    ("أسفرت عملية أمنية أمس بمدينة القصرين عن إيقاف 3 عناصر.", 0),
    ("أسفرت عملية مداهمة لمنزل بمدينة القصرين عن إيقاف 4 عناصر من ذوي السوابق.", 0),
    ("أطلق الجيش عملية عسكرية للقضاء على الإرهاب في جبل الشعانبي.", 0),
])
def test_evt_an_operation_that_counts_its_dead_is_a_battle(nlp, text, n):
    assert [i.sub_event_type for i in _det(nlp, text, "2015-07-10")] == ["Armed clash"] * n


def test_evt_an_operation_retold_after_its_toll_is_no_second_record(nlp):
    text = ("تمكنت وحدات الحرس الوطني الليلة الفارطة من القضاء على 4 إرهابيين في كمين بمنطقة عين السلطان بولاية "
            "القصرين.\n"
            "وأوضح المصدر أن العملية الأمنية مكنت من القضاء على 4 من عناصر المجموعة المتورطة في استهداف دورية "
            "بمنطقة الحمرة.")
    assert len(_det(nlp, text, "2016-03-01")) == 1


@pytest.mark.parametrize("text, n", [
    # "طعن" of a court or a vote is an appeal
    ("أصدرت محكمة النقض اليوم حكما نهائيا غير قابل للطعن ببراءة الوزير من تهمة الاشتراك في قتل متظاهرين.", 0),
    ("قال النائب اليوم إن عريضة الطعن في التنقيحات المدخلة على القانون ستقدم إلى الهيئة في مدينة تونس.", 0),
    ("تقدمت الكتلة اليوم بطعن في نتيجة التصويت الذي جرى أمس في مدينة تونس.", 0),
    # a stabbing stays one
    ("تعرض تلميذ صباح اليوم للطعن بآلة حادة من قبل مجهولين أمام معهد في مدينة سوسة.", 1),
])
def test_evt_an_appeal_is_no_stabbing(nlp, text, n):
    assert len(_det(nlp, text, "2017-04-03")) == n


@pytest.mark.parametrize("text", [
    # a driver who does not stop at a checkpoint, in the dual and plural and with the bare noun: police work
    "وأضاف أن السائقين لم يمتثلا أمس بالوقوف، فتم إطلاق أعيرة نارية على مستوى العجلات قرب مدينة القصرين.",
    "فقد تم أمس إطلاق النار على عجلات الشاحنة، بعد عدم امتثال سائقها لإشارات الأعوان قرب مدينة تالة.",
])
def test_evt_shots_at_a_vehicle_that_did_not_stop_are_no_record(nlp, text):
    assert _det(nlp, text, "2017-03-14") == []


# -- event detection on real wire news (h-det): sentences written for these tests, after patterns of 2000s wire news

@pytest.mark.parametrize("text, kind, killed", [
    # forces that killed, the subject before the verb or as "أنها", then a count: an event with no weapon word
    ("وأكد بيان للداخلية أن قوات الشرطة قتلت ثلاثة أمس في حي الرشيد بمدينة الموصل.", "Attack", 3),
    ("وأعلنت قوات الأمن أيضا أنها قتلت خمسة متشددين فجر اليوم في مدينة بعقوبة.", "Armed clash", 5),
    ("وكان الجيش قد قتل أربعة متمردين صباح الأحد قرب مدينة كيسمايو.", "Armed clash", 4),
    # attackers as the subject, the count after the noun
    ("وقالت الشرطة إن مهاجمين اثنين قتلوا سبعة أشخاص قرب جسر في مدينة مانشستر مساء السبت.", "Attack", 7),
    ("وأعلنت وزارة الدفاع أن الجيش قتل \"إرهابيين اثنين\" أمس قرب مدينة تبسة.", "Armed clash", 2),
])
def test_evt_forces_that_say_they_killed_report_an_event(nlp, text, kind, killed):
    (inc,) = _det(nlp, text, "2007-03-12")
    assert inc.sub_event_type == kind and inc.killed == killed


@pytest.mark.parametrize("text", [
    # a passive with no count after it, a side's own figure for an event told with the article, a toll restated,
    # "قضى" of time
    "وقال مسؤول إن جنودا قتلوا من القوات الدولية في ولاية قندهار.",
    "قتل ثلاثة جنود في انفجار عبوة ناسفة استهدف دوريتهم في مدينة بيدوا أمس.\n"
    "وتبنت الحركة الهجوم في بيان، مدعية أنها قتلت تسعة جنود في مدينة بيدوا.",
    "وقالت النائبة إن الوزير قضى 40 دقيقة في الحديث عن نفسه أمام البرلمان في بغداد.",
    # a passive with a wounded count after it, a noun of killing
    "وأوضح قائد عسكري أن خمسة جنود قتلوا وأصيب ثمانية آخرون في مدينة بيدوا.",
    "وشكك النائب في اعترافات إرهابيين بقتل الصحفيين الاثنين في مدينة بيدوا.",
])
def test_evt_a_count_after_a_killing_verb_alone_is_no_new_event(nlp, text):
    assert [i.weapon for i in _det(nlp, text, "2007-03-12")] == ["ied"] * text.count("عبوة")


@pytest.mark.parametrize("text, weapon", [
    # shelling told with the verb or its noun and an agent, no weapon word
    ("وقصفت القوات الحكومية صباح اليوم حيا سكنيا في مدينة كيسمايو.", "unknown"),
    ("وذكرت الشرطة أن قوات التحالف قصفت فجر اليوم منزلا في مدينة الفلوجة.", "unknown"),
    ("جاء ذلك بعد ساعات من قصف الطيران الحربي مبنى في مدينة رفح.", "airstrike"),
    ("وقصفت طائرات أميركية أمس مواقع للمسلحين في مدينة سرت.", "airstrike"),
])
def test_evt_a_shelling_told_with_the_verb_alone_is_an_event(nlp, text, weapon):
    (inc,) = _det(nlp, text, "2007-03-12")
    assert inc.weapon == weapon and inc.event_type == "Explosions/Remote violence"


@pytest.mark.parametrize("text", [
    # a threat or a charge ("بقصف"), a practice ("يتم قصف"), the noun after a preposition with no agent (a total),
    # the shelling told before ("القصف")
    "وهدد القائد العسكري بقصف مواقع المسلحين في مدينة الفلوجة إذا لم ينسحبوا.",
    "وقال الوزير إن الإرهابيين فقدوا الراحة لأنه يتم قصف مخابئهم في مختلف مناطق البلاد.",
    "قتل أكثر من 300 مدني في قصف متبادل بين الجيش والمتمردين في مدينة كيسمايو خلال الشهر الأول من الحرب.",
    "وقال مسؤول إن القصف طال منازل في مدينة رفح.",
])
def test_evt_a_shelling_word_that_tells_no_new_event(nlp, text):
    assert _det(nlp, text, "2007-03-12") == []


@pytest.mark.parametrize("text, n", [
    # an explosion of one car is a car bomb; of a car that carries fuel, or of a truck, no bombing
    ("وأصيب أربعة من عناصر الشرطة ومدنيان في انفجار سيارة قرب جامع في حي الكرادة ببغداد.", 1),
    ("قتل خمسة أشخاص أمس في انفجار سيارة قرب سوق مدينة الحلة.", 1),
    ("لقي سائق مصرعه أمس جراء انفجار سيارة محملة بالوقود في مدينة الحلة.", 0),
    ("قتل 20 شخصا في انفجار شاحنة لنقل المحروقات بمدينة الحلة يوم الخميس.", 0),
])
def test_evt_an_explosion_of_a_car_is_a_car_bomb(nlp, text, n):
    found = _det(nlp, text, "2007-03-12")
    assert [i.weapon for i in found] == ["vbied"] * n


@pytest.mark.parametrize("text, n", [
    # a claimed attack word without the article is an event with no toll; with the article it was told before
    ("وتبنى تنظيم أنصار السنة في تسجيل مصور هجوما على دورية أميركية في مدينة سامراء.", 1),
    ("وأعلنت الحركة مسؤوليتها عن هجوم على قافلة عسكرية قرب مدينة قندهار.", 1),
    ("وتبنت الحركة الهجوم في بيان نشرته على موقعها.", 0),
])
def test_evt_a_claimed_attack_is_an_event(nlp, text, n):
    assert len(_det(nlp, text, "2007-03-12")) == n


def test_evt_a_moment_ago_is_no_period(nlp):
    # "منذ قليل" (breaking news) is when it happened, not a period that makes a total
    text = "انفجر منذ قليل لغم أرضي بجبل سمامة من ولاية القصرين وأسفر عن إصابة جنديين بجروح متفاوتة."
    assert [i.wounded for i in _det(nlp, text, "2016-05-10")] == [2]
    text = "قتل أكثر من 300 شخص في هجمات منذ مطلع العام في ولاية القصرين."
    assert _det(nlp, text, "2016-05-10") == []


def test_evt_whether_is_no_hypothetical(nlp):
    text = ("وقال متحدث عسكري إن شرطيين أصيبا خلال تبادل لإطلاق النار مع مسلحين في مدينة جنين، من دون أن يوضح ما إذا "
            "كانت إصابتهما خطيرة.")
    (inc,) = _det(nlp, text, "2007-03-12")
    assert inc.wounded == 2
    assert _det(nlp, "وقال الوزير إن الجيش سيرد بقوة إذا أطلقت صواريخ على مدينة سديروت.", "2007-03-12") == []


@pytest.mark.parametrize("text, weapon", [
    # fire told with its subject between the verb and "النار"
    ("قتل ثلاثة أشخاص حين أطلق قناص النار عليهم في حي الكرادة ببغداد.", "small_arms"),
    ("وأصيب خمسة متظاهرين عندما أطلق جنود إسرائيليون النار عليهم قرب مدينة رام الله.", "small_arms"),
    # a headline in the present: an explosion that strikes a town
    ("انفجار يهز وسط مدينة الحلة ويوقع 9 قتلى.", "ied"),
    # the noun of shelling after a preposition, with the shelling state's adjective
    ("سقوط قتلى وجرحى في قصف إسرائيلي على بلدة بيت حانون.", "unknown"),
    # "أردى": felled
    ("أردى مسلحون موظفا حكوميا قتيلا في مدينة الموصل.", "small_arms"),
])
def test_evt_wire_phrasings_of_an_event(nlp, text, weapon):
    assert [i.weapon for i in _det(nlp, text, "2006-08-10")] == [weapon]


@pytest.mark.parametrize("text", [
    "أطلقت الوزارة حملة لمكافحة النار في غابات مدينة جنين.",
    "أطلق الرئيس حملة لجمع السلاح في مدينة الحلة.",
])
def test_evt_a_fire_verb_without_fire_after_it_is_no_event(nlp, text):
    assert _det(nlp, text, "2006-08-10") == []


@pytest.mark.parametrize("text, kind", [
    # "مسلحين" that names the dead (after a count or a word of killing) is armed men killed: a battle
    ("وأعلنت قوات الأمن أنها قتلت أربعة مسلحين خلال مداهمة في مدينة بعقوبة أمس.", "Armed clash"),
    ("وأسفرت المداهمة عن مقتل مسلحين اثنين في مدينة بعقوبة أمس.", "Armed clash"),
    # gunmen who attack stay an attack
    ("أطلق مسلحون النار على سيارة مدنية في مدينة بعقوبة أمس.", "Attack"),
])
def test_evt_armed_men_killed_are_a_battle(nlp, text, kind):
    assert [i.sub_event_type for i in _det(nlp, text, "2007-03-12")] == [kind]


@pytest.mark.parametrize("text, killed, wounded", [
    # an adverb or a pronoun phrase between the casualty verb and its count (cas_between_words)
    ("وفي الموصل قتل أيضا جنديان وأصيب آخر بانفجار عبوة ناسفة أمس.", 2, 1),
    ("وقتل كذلك ثلاثة مدنيين في انفجار عبوة ناسفة أمس في كركوك.", 3, None),
    ("وأكدت الشرطة اعتقال خمسة مشتبه بهم في بلدة الضلوعية التي قتل بها أربعة من الجنود في هجوم انتحاري أمس.", 4, None),
    # a singular title is one person (person_singular): a leader, an emir, a judge, an interpreter
    ("وأكدت وزارة الدفاع اليوم مقتل زعيم تنظيم داعش في ليبيا في غارة جوية أمريكية أمس.", 1, None),
    ("وقتل مسلحون أمس مترجما يعمل مع القوات الأجنبية في مدينة الفلوجة.", 1, None),
    ("وقتل قاض وسائقه برصاص مسلحين مجهولين في مدينة تربت أمس.", 2, None),
])
def test_act_casualty_counts_past_adverbs_and_titles(nlp, text, killed, wounded):
    doc = nlp.process({"id": "c", "text": text, "published": "2021-04-25"})
    (inc,) = doc.incidents
    assert (inc.killed, inc.wounded) == (killed, wounded)


@pytest.mark.parametrize("text, perpetrator", [
    # a person's role before the group: the group of the person whose house or car was hit
    ("وأطلقت مروحية صاروخا أمس على منزل خالد سليم الناشط في حركة حماس في مدينة رفح.", None),
    ("واستهدفت غارة أمس منزل سمير داود في بيت لاهيا وهو عضو في حركة الجهاد الإسلامي.", None),
    # an owner's word: what was hit belongs to the group, with the name after a proclitic
    ("وقال المتحدث إن الغارة التي شنت أمس على بيت حانون استهدفت مخازن أسلحة عائدة للجهاد الإسلامي.", None),
    # attackers named by what they are stay the perpetrator
    ("وهاجم مسلحون من حركة الشباب أمس قاعدة عسكرية في بلدة بلدوين.", "Al-Shabaab"),
])
def test_act_group_of_a_person_or_owner_is_not_the_perpetrator(nlp, text, perpetrator):
    doc = nlp.process({"id": "p", "text": text, "published": "2021-04-25"})
    (inc,) = doc.incidents
    assert inc.perpetrator == perpetrator


@pytest.mark.parametrize("text, target", [
    # the object of a verb of shelling, past its subject, a time and an instrument (act_strike_verbs)
    ("وكانت طائرات حربية إسرائيلية قد قصفت فجر أمس منزل المواطن علي حسن في مدينة رفح بصاروخين.", "منزل المواطن"),
    ("وقصفت المدفعية التركية أمس مواقع للمقاتلين الأكراد في بلدة عفرين.", "مواقع للمقاتلين الأكراد"),
    ("وقصفت قوات النظام أمس بقذائف الهاون مدرسة في بلدة كفرنبل بريف إدلب.", "مدرسة"),
    # a town shelled is no target noun: left to the other rules
    ("وقصفت القوات التركية أمس بالمدفعية قرية في ريف عفرين.", None),
])
def test_act_target_of_a_verb_of_shelling(nlp, text, target):
    doc = nlp.process({"id": "t", "text": text, "published": "2021-04-25"})
    (inc,) = doc.incidents
    assert (inc.target or {}).get("text") == target


def test_act_shelling_object_is_not_the_target_of_a_bombing_record(nlp):
    # the bombing record keeps its own target, not what the army shelled in reply
    text = ("وكانت قوات الجيش قد قصفت مساء أمس مواقع لتنظيم داعش ردا على هجوم انتحاري بسيارة مفخخة استهدف نقطة تفتيش "
            "للجيش في مدينة درنة.")
    doc = nlp.process({"id": "t", "text": text, "published": "2021-04-25"})
    bombing = [i for i in doc.incidents if i.weapon == "vbied"]
    assert bombing and all("مواقع" not in (i.target or {}).get("text", "") for i in bombing)


@pytest.mark.parametrize("text, killed, wounded", [
    # "one of them" with a pronoun head is one of those counted, not one more (cas_one_of_them)
    ("واندلع اشتباك عنيف أمس قرب بلدة مرجعيون أسفر عن مصرع جندي، وإصابة جنديين آخرين، أحدهما إصابته خطيرة.", 1, 2),
    ("وانفجرت عبوة ناسفة أمس في مدينة المنامة ما أدى إلى إصابة 3 من رجال الأمن أحدهم إصابته بليغة.", None, 3),
    # a definite ordinal within a count already given (cas_ordinals)
    ("وأدى قصف مدفعي أمس إلى مقتل ثلاثة مدنيين في مدينة إدلب، اثنان منهم في منزلهم، بينما قتل الثالث في السوق.", 3, None),
    ("وقتل جنديان في انفجار عبوة ناسفة أمس في الرمادي وأصيب الثالث بجروح.", 2, 1),
    # a dual before "آخرين" when the noun has a broken plural (cas_dual_others)
    ("وانفجرت عبوة ناسفة أمس في مدينة الرمادي أسفرت عن مقتل جندي وإصابة ضابطين آخرين.", 1, 2),
])
def test_act_casualties_counted_once(nlp, text, killed, wounded):
    doc = nlp.process({"id": "c", "text": text, "published": "2021-04-25"})
    (inc,) = doc.incidents
    assert (inc.killed, inc.wounded) == (killed, wounded)


@pytest.mark.parametrize("text, actor", [
    # a state's forces announcing that they killed people acknowledge the act (_act_killed_by_speaker)
    ("وأعلنت القيادة العامة للقوات المسلحة العراقية قتل سبعة مسلحين في مناطق متفرقة من الموصل أمس.", "Iraq"),
    ("وأعلن الجيش الأمريكي أنه قتل خمسة مسلحين خلال مداهمة في مدينة الرمادي أمس.", "United States"),
    ("وأعلن الجيش التونسي القضاء على ثلاثة إرهابيين في اشتباكات بجبل الشعانبي أمس.", "Tunisia"),
    ("وأعلنت هيئة الأركان العامة للجيش المالي اليوم الأحد أن طائراتها قتلت أمس سبعة مسلحين في غارة جوية قرب مدينة "
     "باندياغارا.", "Mali"),
    # its own men dead are a toll, not an act it claims
    ("وأعلن الجيش التونسي قتل ثلاثة من جنوده في انفجار لغم بجبل الشعانبي أمس.", None),
    ("وأعلن الجيش المالي أن ثلاثة من جنوده قتلوا أمس في هجوم على قاعدة عسكرية قرب مدينة باندياغارا.", None),
])
def test_act_forces_announcing_their_kills_claim_them(nlp, text, actor):
    doc = nlp.process({"id": "k", "text": text, "published": "2021-04-25"})
    (inc,) = doc.incidents
    assert (inc.perpetrator, inc.claimed_by) == (actor, actor)


@pytest.mark.parametrize("text, perpetrator", [
    # a group after a leader's role, in quotes, is not the one a belief names ("يعتقدون بأن ... بايعت زعيم تنظيم")
    ('وقال مسؤولون إنهم يعتقدون بأن المرأة التي شاركت في إطلاق النار الذي خلف 14 قتيلا بولاية تكساس أمس قد بايعت '
     'زعيم تنظيم "داعش".', None),
    # "التنظيم" standing for the group is not the actor when it is what was hit or whose leaders were
    ("ويسيطر تنظيم داعش على مناطق واسعة في شرق سوريا. وقال الوزير إن غارة جوية شنت أمس قتلت 5 أشخاص في مدينة "
     "الرقة، معقل التنظيم في سوريا.", None),
])
def test_act_described_group_in_accusations_and_anaphors(nlp, text, perpetrator):
    doc = nlp.process({"id": "p", "text": text, "published": "2021-04-25"})
    (inc,) = doc.incidents
    assert inc.perpetrator == perpetrator


@pytest.mark.parametrize("text, killed", [
    # a date between the casualty verb and the count is no count (the month names of time.yaml)
    ("قتل اليوم الأربعاء 24 أوت 2016 مسلح ينتمي لتنظيم داعش في المعارك الجارية في مدينة سرت الليبية.", 1),
    ("ويذكر أن جنديا استشهد يوم 14 يناير الماضي إثر انفجار لغم أرضي بجبل الحلال.", 1),
    # "N وفيات" counts the dead (casualty_nouns)
    ("وأكد مصدر من المستشفى وصول 4 وفيات قضوا خلال المواجهات العنيفة التي جدت صباح اليوم بين مجموعة مسلحة ووحدات "
     "الجيش في مدينة القصرين.", 4),
    # a terrorist killed is one (person_singular)
    ("وتمكنت الوحدات الأمنية اليوم السبت من القضاء على إرهابي في تبادل لإطلاق النار وسط مدينة باتنة.", 1),
])
def test_act_casualty_counts_past_dates_and_nouns(nlp, text, killed):
    doc = nlp.process({"id": "d", "text": text, "published": "2021-04-25"})
    (inc,) = doc.incidents
    assert inc.killed == killed


def test_act_group_saying_the_army_struck_claims_nothing(nlp):
    # the army named in a group's words is not the group's own forces: no claim by the group
    doc = nlp.process({"id": "s", "published": "2021-04-25",
                       "text": "وقالت حركة الشباب إن الجيش قصف أمس بقذائف الهاون قرية في بلدة بلدوين."})
    (inc,) = doc.incidents
    assert inc.claimed_by is None
    # a state's own words still claim its forces' strike
    doc = nlp.process({"id": "s", "published": "2021-04-25",
                       "text": "وأعلن الجيش الصومالي أن سلاح الجو نفذ أمس غارة على معسكر لحركة الشباب في بلدة بلدوين."})
    (inc,) = doc.incidents
    assert inc.claimed_by == "Somalia"


def test_act_casualty_group_ends_before_a_clause_word(nlp):
    # "فيما"/"بينما" open the next clause: the group stops there and the next head is read (group_stops)
    doc = nlp.process({"id": "g", "published": "2021-04-25", "text":
                       "وقتل في بلدة الخالص ثلاثة مدنيين فيما أصيب حوالي 15 آخرين بسقوط قذيفتي هاون على السوق أمس."})
    (inc,) = doc.incidents
    assert (inc.killed, inc.wounded) == (3, 15)


@pytest.mark.parametrize("text, published, expected", [
    # the lead gives the day it was announced; the next sentence, which tells more of the event, its own day
    ("أعلنت الشرطة الكينية، اليوم الخميس، مقتل خمسة أشخاص في هجوم شنه مسلحون على سوق في بلدة مانديرا.\n"
     "وقال المتحدث إن المهاجمين فتحوا النار على المتسوقين مساء الثلاثاء، ما أسفر عن مقتل خمسة أشخاص.",
     "2016-06-16", ["2016-06-14"]),
    # a recalled event with no day in its sentence: the day the next sentence gives it, not null
    ("وقالت الشرطة في بيان إن كل من اعتقلوا فيما يتعلق بالهجوم المسلح في بلدة مانديرا أفرج عنهم.\n"
     "وأسفر هجوم مانديرا الذي وقع في 12 مايو الماضي عن مقتل ستة أشخاص.", "2016-06-16", ["2016-05-12"]),
    # a toll revised on the day of the report, then the pluperfect with the event's day
    ("ارتفع عدد ضحايا الهجوم بزجاجات حارقة على مقهى في مدينة الجيزة إلى 16 قتيلا وفق ما أكده مسؤولون أمنيون "
     "اليوم الجمعة.\nوكان حريق قد اندلع داخل المقهى مساء أمس الخميس مما أدى إلى مصرع 12 شخصا.", "2015-12-04",
     ["2015-12-03"]),
    # the pluperfect background of a lead whose toll, with its day, another sentence gives
    ("تمكنت قوات الجيش الوطني اليوم من القضاء على عنصرين إرهابيين بالقرب من جبل الشعانبي من ولاية القصرين، وفق ما "
     "أكده مراسل الإذاعة بالجهة.\nوكانت اشتباكات قد اندلعت بين وحدات الجيش الوطني وعناصر إرهابية متحصنة بالجبال.",
     "2017-02-17", ["2017-02-17"]),
    # the day of a claim is not the day of the event: the report's day, as before
    ("قتل ثلاثة جنود في انفجار سيارة مفخخة قرب بلدة مانديرا.\nوكانت حركة الشباب قد تبنت الهجوم يوم الثلاثاء.",
     "2016-06-16", ["2016-06-16"]),
])
def test_dat_the_events_day_from_a_sentence_that_tells_more_of_it(nlp, text, published, expected):
    doc = nlp.process({"id": "d", "text": text, "published": published})
    assert [i.event_date for i in doc.incidents] == expected


@pytest.mark.parametrize("text", [
    # "إلقاء القبض" arrests: no occurrence before the recalled attack, which has no day of its own
    "أعلنت الشرطة الثلاثاء إلقاء القبض على شاب يعتقد أنه على صلة بالهجوم الذي استهدف مهرجانا في مدينة غاريسا "
    "وأسفر عن 12 قتيلا.",
    "ألقت الشرطة أمس القبض على رجلين يشتبه في تورطهما في الهجوم المسلح على فندق بمدينة سوسة.",
])
def test_dat_an_arrest_for_a_recalled_attack_gives_it_no_day(nlp, text):
    doc = nlp.process({"id": "d", "text": text, "published": "2016-06-16"})
    assert [i.event_date for i in doc.incidents] == [None]


@pytest.mark.parametrize("text, published, expected", [
    # a week and no day: the ISO week, not the publication day
    ("اندلعت اشتباكات الأسبوع الماضي بين الجيش ومسلحين قرب مدينة مورا أسفرت عن مقتل أربعة مسلحين.", "2019-08-13",
     ["2019-W32"]),
    ("وكان مسلحون قد خطفوا الأسبوع الماضي لاعبا في العاصمة طرابلس.", "2017-03-02", ["2017-W08"]),
    # an earlier year: the year
    ("وقال الوزير إن الهجوم المسلح الذي استهدف نزلا بمدينة سوسة في 2015 أودى بحياة 38 سائحا.", "2017-02-17",
     ["2015"]),
    ("ودمرت الاشتباكات بين الفصائل مطار طرابلس الدولي عام 2014.", "2016-12-02", ["2014"]),
    # the year of the report says no more than its day
    ("وقال الوزير إن الهجوم المسلح الذي استهدف نزلا بمدينة سوسة في 2017 أودى بحياة 38 سائحا.", "2017-02-17",
     ["2017-02-17"]),
])
def test_dat_a_week_or_an_earlier_year_when_no_day_is_named(nlp, text, published, expected):
    doc = nlp.process({"id": "d", "text": text, "published": published})
    assert [i.event_date for i in doc.incidents] == expected


def test_dat_a_year_after_a_period_word_is_no_events_date(nlp):
    doc = nlp.process({"id": "d", "published": "2024-01-09", "text":
                       "قتل نحو 300 جندي في هجمات الجماعات المسلحة قرب مدينة مورا خلال عام 2022، بحسب حصيلة أعدتها وكالة."})
    assert all(i.event_date != "2022" for i in doc.incidents)


def test_dat_a_report_date_past_brackets_and_commas(nlp):
    # "وفق ما أعلنته وكالة ... (كنا)، الثلاثاء": when it was announced (eight words back, punctuation not counted);
    # the next sentence gives the event's own day
    doc = nlp.process({"id": "d", "published": "2016-06-14", "text":
                       "تعرض صحفي للاغتيال في بلدة مانديرا وفق ما أعلنته وكالة الأنباء الكينية الرسمية (كنا)، الثلاثاء.\n"
                       "وقالت الوكالة نقلا عن مصدر أمني إن الصحفي قتل صباح الاثنين في مانديرا."})
    assert [i.event_date for i in doc.incidents] == ["2016-06-13"]


@pytest.mark.parametrize("text, expected", [
    # "بعد يومين من الهجوم": two days before the day of the clause it depends on
    ("قصفت طائرات التحالف فجر اليوم مواقع للحوثيين في صعدة، وذلك بعد يومين من الهجوم الصاروخي الذي استهدف مطار أبها "
     "وأسفر عن إصابة 8 مدنيين.", ["2017-05-10", "2017-05-08"]),
    ("اعتقلت الشرطة اليوم ثلاثة مشتبه بهم بعد يوم من الهجوم الذي استهدف كنيسة في مدينة مانديرا وأسفر عن مقتل 5 أشخاص.",
     ["2017-05-09"]),
    # a number word with a plural unit, and no day before it: the publication day is the clause's
    ("ويأتي هذا بعد ثلاثة أيام من تفجير انتحاري استهدف سوقا في بلدة مورا وأودى بحياة 9 أشخاص.", ["2017-05-07"]),
    # fighting that lasts: "after five days of clashes", not five days after them
    ("قتل 14 شخصا اليوم بعد خمسة أيام من الاشتباكات القبلية في مدينة سبها.", ["2017-05-10"]),
])
def test_dat_a_day_counted_back_from_the_clause(nlp, text, expected):
    doc = nlp.process({"id": "d", "text": text, "published": "2017-05-10"})
    assert [i.event_date for i in doc.incidents] == expected


def test_dat_an_attack_responded_to_has_no_day_of_its_own(nlp):
    # "ردا على هجوم ...": an earlier event with no day, not the day of the response (the record before it)
    doc = nlp.process({"id": "d", "published": "2017-05-10", "text":
                       "شن الجيش المصري صباح اليوم غارات جوية على مواقع المسلحين في شمال سيناء ردا على هجوم استهدف حاجزا "
                       "أمنيا في العريش وأسفر عن مقتل 12 جنديا."})
    assert [(i.event_date, i.killed) for i in doc.incidents] == [("2017-05-10", None), (None, 12)]


@pytest.mark.parametrize("text, expected", [
    # "بعد أشهر من التفجير ...": some time before, no day; not the lead's day, even after it
    ("قتل مسلحون سبعة مدنيين ليلة الأحد في قرية قرب بلدة كولوفاتا.\nويأتي هذا الهجوم بعد أشهر من التفجير الانتحاري الذي "
     "استهدف سوقا شعبية في مدينة ماروا وأودى بحياة 11 شخصا.", ["2019-08-11", None]),
    ("شن الجيش اليوم غارات على مواقع المسلحين قرب مدينة مورا، بعد أسابيع من الهجوم الذي استهدف سوقا في مدينة ماروا "
     "وأودى بحياة 11 شخصا.", ["2019-08-13", None]),
    # its own month after it is kept
    ("قتل مسلحون سبعة مدنيين ليلة الأحد في قرية قرب بلدة كولوفاتا.\nويأتي بعد ثلاثة أشهر من هجوم شنه مسلحون على فندق "
     "في مدينة ماروا في مايو الماضي أودى بحياة 13 شخصا.", ["2019-08-11", "2019-05"]),
])
def test_dat_an_event_some_time_before_has_no_day(nlp, text, expected):
    doc = nlp.process({"id": "d", "text": text, "published": "2019-08-13"})
    assert [i.event_date for i in doc.incidents] == expected


@pytest.mark.parametrize("text, place, province", [
    # a neighbourhood, village or camp named like a province: the place of its own, never the province
    ("قتل أربعة من عناصر الشرطة أمس في هجوم مسلح على دوريتهم في حي واسط غرب العاصمة.", "حي واسط", "Wasit"),
    ("أصيب ثلاثة مدنيين أمس بانفجار عبوة ناسفة في حي الأنبار بمدينة الموصل.", "حي الأنبار", "Anbar"),
    ("قتل شخصان أمس بسقوط قذيفة هاون على قرية نينوى قرب مدينة كركوك.", "قرية نينوى", "Nineveh"),
])
def test_plc_a_neighbourhood_named_like_a_province_is_not_the_province(nlp, text, place, province):
    doc = nlp.process({"id": "plc", "published": "2008-05-11", "text": text})
    (inc,) = doc.incidents
    assert inc.location["text"] == place and inc.location["canonical"] is None
    assert inc.location["admin1"] != province


@pytest.mark.parametrize("text, place, canonical_town", [
    # a neighbourhood the gazetteer lacks takes the coordinates of the town it lies in: after a direction too,
    # and a district the gazetteer places
    ("قتل ثلاثة جنود أمس في هجوم مسلح على كمين أمني بحي الصفا غرب مدينة العريش.", "حي الصفا", "Arish"),
    ("أصيب طفلان أمس بانفجار قنبلة يدوية ألقيت على منزل في حي النصر بقضاء الزبير.", "حي النصر", "Zubair"),
])
def test_plc_a_neighbourhood_takes_the_coordinates_of_its_town(nlp, text, place, canonical_town):
    from pipeline.kb import load_kb
    town = next(e for e in load_kb().entries.values() if e.get("canonical") == canonical_town)
    doc = nlp.process({"id": "plc", "published": "2009-10-02", "text": text})
    (inc,) = doc.incidents
    assert inc.location["text"] == place
    assert (inc.location["lat"], inc.location["lon"]) == (town["lat"], town["lon"])


@pytest.mark.parametrize("text, country", [
    # a nationality adjective after a site names its owner; the town named with it says the country
    ("انفجرت سيارة مفخخة أمس أمام السفارة الفرنسية بالعاصمة الليبية طرابلس.", "LY"),
    ("فجر انتحاري نفسه أمس قرب المستشارية الثقافية التركية في بيروت.", "LB"),
])
def test_plc_an_adjective_after_a_site_names_its_owner_not_the_country(nlp, text, country):
    doc = nlp.process({"id": "plc", "published": "2014-02-20", "text": text})
    (inc,) = doc.incidents
    assert inc.location["country"] == country



def test_plc_a_later_sentence_names_the_finer_place_of_a_strike_told_in_a_country(nlp):
    text = ("شنت طائرات حربية فجر اليوم غارات على مواقع لمسلحين في العراق. "
            "وقال متحدث عسكري إن الغارات طالت مواقع في قضاء القائم غربي محافظة الأنبار، وأسفرت عن مقتل 9 أشخاص.")
    doc = nlp.process({"id": "plc", "published": "2019-08-20", "text": text})
    (inc,) = doc.incidents
    assert inc.location["canonical"] == "Al-Qa'im"


@pytest.mark.parametrize("text, place", [
    # "و" before a hamza reads like "وادي" once normalized: a verb, not a valley
    ("وأدى قصف مدفعي أمس إلى مقتل ثلاثة مدنيين في مدينة دير الزور.", "مدينة دير الزور"),
    ("وأدت الغارة الجوية أمس إلى مقتل أربعة مسلحين قرب بلدة معرة النعمان.", "بلدة معرة النعمان"),
    # a designator before the verb of a relative clause is no name
    ("قتل خمسة أطفال أمس في غارة جوية على مدرسة في منطقة تسيطر عليها المعارضة بمحافظة إدلب.", "محافظة إدلب"),
])
def test_plc_a_verb_after_a_designator_or_its_look_alike_is_no_place(nlp, text, place):
    doc = nlp.process({"id": "plc", "published": "2015-03-02", "text": text})
    (inc,) = doc.incidents
    assert inc.location["text"] == place


def test_plc_outskirts_take_a_definite_or_known_name(nlp):
    text = "أصيب ثلاثة جنود أمس بانفجار عبوة ناسفة خلفت لديهم أطراف مبتورة."
    doc = nlp.process({"id": "plc", "published": "2015-03-02", "text": text})
    (inc,) = doc.incidents
    assert inc.location is None


@pytest.mark.parametrize("text, canonical", [
    # a town whose bare name is also a word is a place when a place of its province supports it, not otherwise
    ("قتل ثلاثة جنود أمس في انفجار لغم على محور دوري - سيبا في شمال بوركينا فاسو.", "Dori"),
    ("قتل شخصان أمس في هجوم مسلح بحي الزعفرانية جنوب شرقي بغداد.", "Al-Zafaraniya"),
    ("أصيب ثلاثة مدنيين أمس بسقوط قذيفة على بلدة كفربطنا في الغوطة الشرقية.", "Kafr Batna"),
])
def test_plc_gazetteer_towns_of_wire_news(nlp, text, canonical):
    doc = nlp.process({"id": "plc", "published": "2012-06-14", "text": text})
    (inc,) = doc.incidents
    assert inc.location["canonical"] == canonical


def test_plc_a_town_named_like_a_word_needs_support(nlp):
    doc = nlp.process({"id": "plc", "published": "2012-06-14", "text": "تأهل الفريق أمس إلى نصف نهائي دوري أبطال أفريقيا."})
    assert not any(e.kb_id == "gpe.bf.dori" for e in doc.entities)


@pytest.mark.parametrize("text, canonical, admin1", [
    # Egypt's governorates and their towns; a word that is also a town only with its designator
    ("قتل ثلاثة من عناصر الشرطة اليوم في هجوم مسلح على كمين أمني بمدينة الزقازيق.", "Zagazig", "Sharqia"),
    ("أصيب جنديان اليوم بانفجار عبوة ناسفة قرب كمين أمني في محافظة الوادي الجديد.", "New Valley", "New Valley"),
    ("قتل شرطي اليوم بانفجار عبوة ناسفة أمام مركز للشرطة في مدينة نجع حمادي.", "Nag Hammadi", "Qena"),
])
def test_plc_egyptian_governorates_and_towns(nlp, text, canonical, admin1):
    doc = nlp.process({"id": "plc", "published": "2015-04-09", "text": text})
    (inc,) = doc.incidents
    assert (inc.location["canonical"], inc.location["admin1"]) == (canonical, admin1)


def test_plc_a_province_the_gazetteer_lacks_takes_no_other_province():
    from pipeline.kb import load_kb
    from pipeline.stages.incidents.places import Place, _location
    kb = load_kb()
    province = Place(0, 14, "محافظة المرتفعات", 5, None, None)
    town = Place(20, 25, "أسيوط", 3, "gpe.eg.asyut", "Asyut", launch=True)
    loc = _location(province, [province, town], kb)
    assert loc["admin1"] is None and loc["country"] == "EG"


@pytest.mark.parametrize("text, canonical", [
    # Algeria's wilayas and their capitals
    ("قتل جنديان اليوم في انفجار قنبلة تقليدية الصنع خلال عملية تمشيط بولاية تيزي وزو.", "Tizi Ouzou"),
    ("قتل ثلاثة جنود اليوم في اشتباك مسلح مع مجموعة إرهابية قرب مدينة باتنة.", "Batna"),
    ("أصيب شرطي اليوم في هجوم مسلح على حاجز أمني في ولاية المدية.", "Medea"),
])
def test_plc_algerian_wilayas(nlp, text, canonical):
    doc = nlp.process({"id": "plc", "published": "2016-10-03", "text": text})
    (inc,) = doc.incidents
    assert inc.location["canonical"] == canonical


def test_plc_a_word_that_spells_a_wilaya_is_no_place(nlp):
    doc = nlp.process({"id": "plc", "published": "2016-10-03",
                       "text": "أطلقت قوات الأمن القنابل المسيلة للدموع اليوم لتفريق المحتجين أمام مقر الولاية."})
    assert not any(e.kb_id and e.kb_id.startswith("gpe.dz.") for e in doc.entities)


def test_plc_a_place_in_a_list_after_kul_min_is_no_place_of_one_event(nlp):
    text = ("قتل جندي اليوم في انفجار عبوة ناسفة خلال عملية تمشيط بمنطقة جبل الوحش بولاية قسنطينة. "
            "كما دمرت وحدات الجيش ست قنابل تقليدية الصنع في كل من جيجل وسكيكدة وتبسة.")
    doc = nlp.process({"id": "plc", "published": "2016-10-03", "text": text})
    assert all(i.location is None or i.location.get("canonical") not in ("Jijel", "Skikda", "Tebessa")
               for i in doc.incidents)


@pytest.mark.parametrize("text, canonical", [
    # Tunisian delegations of local security news
    ("أصيب عون حرس اليوم في هجوم مسلح على دورية قرب معتمدية رمادة.", "Remada"),
    ("أصيب ثلاثة أشخاص اليوم في اعتداء بالسلاح الأبيض وسط مدينة طبربة.", "Tebourba"),
])
def test_plc_tunisian_delegations(nlp, text, canonical):
    doc = nlp.process({"id": "plc", "published": "2016-05-20", "text": text})
    (inc,) = doc.incidents
    assert inc.location["canonical"] == canonical


@pytest.mark.parametrize("text, canonical", [
    # West Bank towns and camps, Gaza neighbourhoods
    ("أصيب شابان اليوم برصاص قوات الاحتلال خلال مواجهات في بلدة بيت أمر شمال الخليل.", "Beit Ummar"),
    ("استشهد شاب اليوم برصاص قوات الاحتلال خلال اقتحام مخيم الجلزون شمال رام الله.", "Jalazone Camp"),
])
def test_plc_west_bank_towns_and_camps(nlp, text, canonical):
    doc = nlp.process({"id": "plc", "published": "2016-05-20", "text": text})
    (inc,) = doc.incidents
    assert inc.location["canonical"] == canonical


def test_plc_an_aerial_adjective_is_no_lebanese_village(nlp):
    doc = nlp.process({"id": "plc", "published": "2016-05-20", "text": "شنت الطائرات اليوم قصفا جويا على مواقع المسلحين في ريف إدلب."})
    assert not any(e.kb_id == "gpe.lb.jouaiya" for e in doc.entities)


@pytest.mark.parametrize("text, place", [
    # the place keeps its head noun before a name the NER found alone; not an outskirts word
    ("قتل طفل أمس بسقوط قذيفة هاون على حي الفرقان بمدينة تكريت.", "حي الفرقان"),
    ("قتل جنديان أمس بانفجار عبوة ناسفة على أطراف مدينة كركوك.", "مدينة كركوك"),
])
def test_plc_a_place_keeps_its_head_noun(nlp, text, place):
    doc = nlp.process({"id": "plc", "published": "2007-06-01", "text": text})
    (inc,) = doc.incidents
    assert inc.location["text"] == place


def test_plc_a_town_and_a_site_named_after_it_are_one_place_when_mentions_merge(nlp):
    text = ("هاجم مسلحون أمس ثكنة ديفا العسكرية، ما أدى إلى مقتل خمسة جنود. "
            "وقال مسؤول محلي إن المهاجمين اشتبكوا مع الجنود داخل مدينة ديفا لساعات.")
    doc = nlp.process({"id": "plc", "published": "2015-06-18", "text": text})
    assert len(doc.incidents) == 1


@pytest.mark.parametrize("text, country", [
    # "العاصمة" with its nationality adjective beside a place the gazetteer lacks: where the place lies
    ("قتل شرطيان أمس في هجوم مسلح على دوريتهما في حي الوحدة غرب العاصمة العراقية.", "IQ"),
    ("أصيب ثلاثة مدنيين أمس بانفجار عبوة ناسفة في سوق حي الصداقة بالعاصمة الصومالية.", "SO"),
])
def test_plc_a_bare_capital_beside_an_unknown_place_gives_its_country(nlp, text, country):
    doc = nlp.process({"id": "plc", "published": "2008-03-01", "text": text})
    (inc,) = doc.incidents
    assert inc.location["country"] == country and inc.location["lat"] is not None
    assert "العاصمة" not in inc.location["text"]


# -- weapons (wpn_*): which mention decides the weapon, and what an aircraft fired --


@pytest.mark.parametrize("text, weapon, sub_event, count", [
    # an aircraft that fires rockets makes them an air strike, a drone for a reconnaissance plane
    ("أطلقت مروحية حربية صاروخين على منزل في بلدة الجبلية صباح اليوم، ما أدى إلى مقتل ثلاثة أشخاص.",
     "airstrike", "Air/drone strike", 2),
    ("قتل شخصان صباح اليوم بصاروخ أطلقته طائرة استطلاع على سيارة في بلدة الجبلية.", "drone", "Air/drone strike", 1),
    ("قتل شخصان صباح اليوم بصاروخ أطلقته طائرة بدون طيار على سيارة في بلدة الجبلية.", "drone", "Air/drone strike", 1),
    # the aircraft hit, not the firer: rockets
    ("أطلق مسلحون صاروخا على مروحية عسكرية قرب بلدة الجبلية صباح اليوم، ما أدى إلى إصابة جنديين.",
     "rocket", "Shelling/artillery/missile attack", 1),
    ("قصفت قوات التحالف بخمسة صواريخ، طائرات ومخازن ذخيرة في قاعدة الجبلية صباح اليوم، ما أدى إلى مقتل أربعة جنود.",
     "rocket", "Shelling/artillery/missile attack", 5),
    # a warplane's strike counts what it fired: a dual 2, a single one 1
    ("قصفت مقاتلات حربية فجر اليوم منزلا في بلدة الجبلية بصاروخين، ما أسفر عن مقتل طفل.", "airstrike", "Air/drone strike", 2),
    ("قصفت مقاتلات حربية فجر اليوم منازل في بلدة الجبلية، ما أسفر عن مقتل طفل.", "airstrike", "Air/drone strike", None),
    # the construct dual before its noun
    ("أصيب ثلاثة مدنيين صباح اليوم بسقوط قذيفتي هاون على سوق بلدة الجبلية.", "mortar",
     "Shelling/artillery/missile attack", 2),
])
def test_the_aircraft_that_fired_decides_the_weapon(nlp, text, weapon, sub_event, count):
    doc = nlp.process({"id": "w", "published": "2019-03-14", "text": text})
    (inc,) = doc.incidents
    assert (inc.weapon, inc.sub_event_type, inc.munitions_count) == (weapon, sub_event, count)


@pytest.mark.parametrize("text, weapon, sub_event", [
    # a general attack word comes after an explosion word of its clause and after a shelling told with the verb
    ("قتل 14 شخصا على الأقل وجرح عشرات آخرون في بلدة الجبلية في هجمات وتفجيرات جديدة صباح اليوم.",
     "ied", "Remote explosive/landmine/IED"),
    ("أدانت الوزارة الهجوم على مقر البعثة في بلدة الجبلية صباح اليوم، وقالت إنها مصدومة من قصف القوات مركزا للبعثة أسفر "
     "عن مقتل أربعة مراقبين.", "unknown", "Shelling/artillery/missile attack"),
    # an attack with no weapon named, with an explosion in the clause
    ("جدت صباح اليوم عملية إرهابية في بلدة الجبلية تمثلت في انفجار بحافلة لنقل العمال، ما أسفر عن مقتل سبعة أشخاص.",
     "ied", "Remote explosive/landmine/IED"),
    # an attack word alone is by gunmen
    ("قتل خمسة أشخاص في هجوم إرهابي على حافلة في بلدة الجبلية صباح اليوم.", "small_arms", "Attack"),
])
def test_a_named_weapon_beats_a_general_attack_word(nlp, text, weapon, sub_event):
    doc = nlp.process({"id": "w", "published": "2019-03-14", "text": text})
    (inc,) = doc.incidents
    assert (inc.weapon, inc.sub_event_type) == (weapon, sub_event)
    if weapon == "ied":
        assert inc.munitions_count is None  # no device is named


@pytest.mark.parametrize("text, weapon, sub_event, count", [
    ("أطلق الحرس الثوري مجموعة من الصواريخ البالستية على مواقع للتنظيم قرب مدينة البوكمال صباح اليوم، ما أسفر عن مقتل "
     "عشرة من عناصره.", "missile", "Shelling/artillery/missile attack", None),
    ("فجر انتحاري صباح اليوم شاحنة ملغومة عند حاجز للجيش في مدينة تكريت، ما أسفر عن مقتل ستة جنود.",
     "vbied", "Suicide bomb", 1),
    ("قتل ثمانية أشخاص صباح اليوم عندما فجر مهاجمان يرتديان حزامين ناسفين نفسيهما في سوق بمدينة كركوك.",
     "suicide_bomb", "Suicide bomb", 2),
    ("أصيب جنديان صباح اليوم بقذيفة آر بي جي أطلقها مسلحون على آلية عسكرية في مدينة تكريت.",
     "rocket", "Shelling/artillery/missile attack", 1),
])
def test_weapon_spellings_of_wire_news(nlp, text, weapon, sub_event, count):
    doc = nlp.process({"id": "w", "published": "2018-05-02", "text": text})
    (inc,) = doc.incidents
    assert (inc.weapon, inc.sub_event_type, inc.munitions_count) == (weapon, sub_event, count)


@pytest.mark.parametrize("text, weapon, count", [
    # a count of attacks right before the weapon with ب counts it
    ("شن مسلحو التنظيم اليوم 3 هجمات انتحارية بسيارات مفخخة استهدفت مواقع للجيش قرب مدينة البوكمال، ما أدى إلى مقتل "
     "تسعة جنود.", "vbied", 3),
    # a count of aircraft is not what they fired
    ("شهدت مرتفعات بلدة الجبلية عشية اليوم قصفا جويا مكثفا باستعمال 4 طائرات حربية استهدف مواقع المسلحين، ما أسفر عن "
     "مقتل خمسة منهم.", "airstrike", None),
    ("شنت 4 طائرات حربية اليوم ست غارات على بلدة الجبلية، ما أسفر عن مقتل سبعة أشخاص.", "airstrike", 6),
])
def test_what_a_munitions_count_counts(nlp, text, weapon, count):
    doc = nlp.process({"id": "w", "published": "2018-05-02", "text": text})
    (inc,) = doc.incidents
    assert (inc.weapon, inc.munitions_count) == (weapon, count)


def test_the_armed_dead_of_a_strike_are_no_battle_of_their_own(nlp):
    doc = nlp.process({"id": "w", "published": "2018-05-02", "text":
                       "أطلق الحرس الثوري صواريخ على مواقع للتنظيم قرب مدينة البوكمال صباح اليوم، ما أسفر عن مقتل "
                       "عشرة مسلحين."})
    (inc,) = doc.incidents
    assert inc.weapon == "rocket" and inc.killed == 10
    doc = nlp.process({"id": "w", "published": "2018-05-02", "text":
                       "قتلت قوات الأمن خمسة مسلحين في اشتباك قرب مدينة البوكمال صباح اليوم."})
    (inc,) = doc.incidents
    assert inc.event_type == "Battles"


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
