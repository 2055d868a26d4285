"""Incident stage: detection (pipeline/stages/incidents/detection.py)."""

import pytest
from .util import _det


def test_threats_and_totals_are_not_records(nlp):
    for text in [
        "وتهدد الفصائل بمواصلة الهجمات الصاروخية ضد القوات الأميركية في قاعدة عين الأسد.",
        "تعرضت القوات لأكثر من 50 هجوما باستخدام العبوات الناسفة منذ 20 يناير الماضي في العراق.",
        "نفت وزارة الدفاع سقوط أي صواريخ على قاعدة عين الأسد أمس.",
    ]:
        doc = nlp.process({"id": "n", "text": text, "published": "2021-04-25"})
        assert doc.incidents == [], text


def test_two_events_in_one_sentence_are_two_records(nlp):
    doc = nlp.process({"id": "c", "published": "2021-04-25", "text":
                       "وسقطت 4 صواريخ على قاعدة عين الأسد في 20 فبراير الماضي، واستهدفت السفارة الأميركية "
                       "في بغداد بصاروخين على الأقل في 23 فبراير الماضي دون وقوع إصابات."})
    got = sorted((i.event_date, i.munitions_count) for i in doc.incidents)
    assert got == [("2021-02-20", 4), ("2021-02-23", 2)]


def test_no_event_sentences_give_no_record(nlp):
    import json

    from ...conftest import REPO

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


def test_dual_and_plural_verbs_report_an_event(nlp):
    from pipeline.stages.incidents import verb_forms

    assert {"استهدفا", "استهدفوا", "استهدفتا"} <= set(verb_forms("استهدف"))
    doc = nlp.process({"id": "v", "published": "2024-01-05", "text":
                       "تونس – «الصباح» أعلن تنظيم داعش أمس الخميس مسؤوليته عن التفجيرين الانتحاريين اللذين استهدفا "
                       "الأربعاء 3 جانفي حشودا في مدينة كرمان جنوب شرقي إيران."})
    (inc,) = doc.incidents
    assert inc.event_date == "2024-01-03" and inc.location["canonical"] == "Kerman"


def test_an_accusation_or_a_filter_word_does_not_hide_a_counted_event(nlp):
    doc = nlp.process({"id": "f", "published": "2018-08-03", "text":
                       "قال مسؤول محلي إن ثلاثة أطفال لقوا حتفهم وأصيب رابع بانفجار لغم أرضي يوم الأربعاء "
                       "قرب منازلهم في مديرية حيس، متهما الحوثيين بزرع الألغام في المنطقة."})
    (inc,) = doc.incidents
    assert inc.weapon == "ied" and inc.killed == 3 and inc.wounded == 1 and inc.event_date == "2018-08-01"


def test_crashes_and_flights_are_not_attacks(nlp):
    for text in ["لقي أربعة ركاب حتفهم أمس في تحطم مروحية مدنية قرب مدينة البصرة بسبب عطل فني.",
                 "قررت الحكومة أمس إغلاق المجال الجوي أمام الطائرات القادمة من الدول المجاورة لمدة أسبوع."]:
        assert nlp.process({"id": "acc", "published": "2017-06-05", "text": text}).incidents == [], text


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


def test_a_denial_after_the_reported_event_does_not_hide_it(nlp):
    doc = nlp.process({"id": "deny", "published": "2019-03-12", "text":
                       "شنت طائرات حربية أمس الاثنين ثماني غارات على بلدة خان شيخون، ما أدى إلى مقتل أربعة مدنيين، "
                       "في حين نفت موسكو مشاركة طائراتها في القصف."})
    assert [(i.event_date, i.weapon, i.munitions_count) for i in doc.incidents] == [("2019-03-11", "airstrike", 8)]
    doc = nlp.process({"id": "deny2", "published": "2019-03-12", "text":
                       "نفت موسكو أن تكون طائراتها شنت أمس الاثنين غارات على بلدة خان شيخون."})
    assert doc.incidents == []


@pytest.mark.parametrize("text, want", [
    ("هاجم مسلحون أمس قرية تل حميس، ما أدى إلى مقتل سبعة مدنيين.", ("Violence against civilians", "Attack", "small_arms")),
    ("قتل أربعة جنود أمس في هجوم على حاجز للجيش قرب بلدة تل حميس.", ("Battles", "Armed clash", "small_arms")),
    # no gunmen and no forces in the article: the weapon is not known (spec section 4; test_detection's dt3 tests)
    ("قتل ثلاثة أشخاص أمس في هجوم إرهابي استهدف مقهى في بلدة تل حميس.",
     ("Violence against civilians", "Attack", "unknown")),
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
     "unknown"),  # no gun named in the text: weapon unknown (dt3)
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
    # dt24: a victim described by his killing at the hands of a terrorist group is that group's attack (undated)
    ("وأذنت الوزارة بتتبع من نشر صور الراعي الذي قتل على أيدي مجموعة إرهابية بجبل المغيلة.", 1),
    # not: a passive with no agent, a killing by a relative, a victim described by his killing by the forces
    ("قتل جنود أمس في مدينة العريش.", 0),
    ("قتلت امرأة على يد زوجها أمس في مدينة سوسة.", 0),
    ("وأكدت الوزارة أن منفذ الهجوم الذي قتل على يد قوات الأمن معروف لدى أجهزة الشرطة.", 0),
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
    # an attack word alone names no weapon: unknown, unless gunmen or forces are in the article (dt3)
    ("قتل خمسة أشخاص في هجوم إرهابي على حافلة في بلدة الجبلية صباح اليوم.", "unknown", "Attack"),
    ("قتل خمسة أشخاص في هجوم إرهابي نفذه مسلحون على حافلة في بلدة الجبلية صباح اليوم.", "small_arms", "Attack"),
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


@pytest.mark.parametrize("text, want", [
    ("تعرضت دورية عسكرية مساء أمس لهجوم في منطقة فريانة من ولاية القصرين.", ("2021-04-24", "small_arms")),
    ("تعرض مركز للشرطة في مدينة العريش اليوم لهجوم أسفر عن إصابة شرطيين.", ("2021-04-25", "small_arms")),
    ("وفي مدينة خنشلة، تعرض مركز متقدم للحرس البلدي ليلة أمس لهجوم نفذته مجموعة إرهابية.", ("2021-04-24", "small_arms")),
])
def test_a_target_that_suffered_an_attack_is_a_record_with_no_toll(nlp, text, want):
    got = [(i.event_date, i.weapon) for i in _det(nlp, text)]
    assert got == [want], text


@pytest.mark.parametrize("text", [
    "تعرض الوزير أمس لهجوم حاد من نواب المعارضة في مدينة القصرين.",
    "وقالت إن دوريات الحرس قد تتعرض لهجوم في أي لحظة بمنطقة فريانة.",
    "تعرضت امرأة في محطة قطار بمدينة سوسة أمس إلى الاعتداء الذي تحدثت عنه الصحف.",
])
def test_suffering_words_or_a_threat_is_no_record(nlp, text):
    assert _det(nlp, text) == [], text


@pytest.mark.parametrize("text, want", [
    ("جدت أمس الأربعاء اشتباكات بين عناصر من الدرك ومجموعة إرهابية بمنطقة واد الجمعة من ولاية البليدة.", "Armed clash"),
    ("جدت اليوم عملية إرهابية بمدينة سوسة خلفت 12 قتيلا.", "Attack"),
    ("نصبت مجموعة مسلحة كمينا لدورية عسكرية على الطريق بين مدينة غاو ومدينة ميناكا يوم الأحد.", "Armed clash"),
])
def test_tunisian_and_wire_verbs_of_taking_place_report_an_event(nlp, text, want):
    got = [i.sub_event_type for i in _det(nlp, text)]
    assert got == [want], text


@pytest.mark.parametrize("text", [
    "تمكنت فرقة الأبحاث بمدينة قفصة أمس، بعد نصب كمين محكم، من إيقاف شخص بحوزته كمية من المخدرات.",
    "وأفاد المصدر أنه تم نصب كمين للمتهم بمدينة طبرقة وضبطه متلبسا.",
    "وقال النائب إن الحكومة تتحمل مسؤولية ما حدث بعد اغتيال المهندس في مدينة صفاقس.",
    "وأكدت أن آخر العمليات الإرهابية التي جدت في تونس تورطت فيها نساء.",
])
def test_a_police_ambush_or_what_happened_is_no_record(nlp, text):
    assert _det(nlp, text) == [], text


@pytest.mark.parametrize("text, n", [
    ("استهدفت مجموعة إرهابية اليوم دورية أمنية في جبل الشعانبي.", 1),
    ("استهدف مسلحون صباح اليوم حافلة تقل عمالا قرب مدينة بيشاور.", 1),
    ("استهدفت حملة أمنية اليوم عناصر إرهابية في جبل الشعانبي.", 0),
    ("استهدفت الوحدات العسكرية اليوم مواقع لعناصر إرهابية في جبل سمامة.", 0),
    ("استهدفت الحكومة اليوم الفئات الهشة في مدينة القصرين ببرنامج جديد.", 0),
])
def test_a_verb_of_aiming_with_armed_men_as_subject_is_an_attack(nlp, text, n):
    got = _det(nlp, text)
    assert len(got) == n and all(i.weapon == "small_arms" for i in got), text


@pytest.mark.parametrize("text", [
    "فشلت البحرية صباح اليوم الأربعاء في إطلاق صاروخ مضاد للسفن قبالة السواحل الجنوبية.",
    "وقالت الوزارة إن التحضيرات متواصلة لإطلاق صاروخ بعيد المدى خلال الأسابيع المقبلة.",
    "وأعلنت الشركة الحكومية اليوم عن تصنيع أول طائرة مسيرة قادرة على التحليق عشرين ساعة.",
    "واختبرت القوات الجوية أمس الخميس بنجاح قنبلة موجهة جديدة في ميدان رماية.",
    "وقال الوزير إن المصانع تعمل على تطوير طائرات من دون طيار محلية.",
    "وأضاف أن الطائرة الجديدة لها القدرة على حمل صواريخ وقنابل موجهة.",
])
def test_weapons_tested_made_or_prepared_are_not_records(nlp, text):
    doc = nlp.process({"id": "t", "text": text, "published": "2019-03-07"})
    assert doc.incidents == [], text


@pytest.mark.parametrize("text", [
    "وفي العاصمة، أطلق رئيس الحزب النار على مشروع القانون الجديد، واصفا إياه بالكارثي.",
    "وقال النقابي إن الوزير أطلق النار على الاتفاقية بقراره الأخير.",
])
def test_fire_opened_on_a_plan_or_a_law_is_figurative(nlp, text):
    doc = nlp.process({"id": "f", "text": text, "published": "2019-03-07"})
    assert doc.incidents == [], text


@pytest.mark.parametrize("text, weapon", [
    ("فشل صاروخ أطلقه المسلحون في إصابة هدفه وسقط على منزل في بلدة الحصن مساء أمس، ما أسفر عن مقتل طفلين.", "rocket"),
    ("أطلق مسلحون النار على حافلة للجنود في مدينة تكريت اليوم الخميس، ما أدى إلى إصابة ثلاثة منهم.", "small_arms"),
])
def test_weapons_used_with_casualties_stay_records(nlp, text, weapon):
    doc = nlp.process({"id": "k", "text": text, "published": "2019-03-07"})
    assert [i.weapon for i in doc.incidents] == [weapon], text


@pytest.mark.parametrize("text", [
    "فرقت وحدات الشرطة مساء أمس مجموعات من الشبان في حي النصر بمدينة المنستير. واندلعت مواجهات بين الشرطة وعشرات من "
    "الشبان في الحي نفسه قبل أن يتم تطويقها.",
    "استخدمت قوات الأمن الغاز المسيل للدموع في مدينة قفصة أمس. وسقط شاب في العشرين من عمره خلال مواجهات عنيفة مع الأمن.",
    "أكد مصدر أمني أن اشتباكات جدت أمس الجمعة بين مجموعة من السكان وأعوان الأمن أمام مقر البلدية في مدينة نابل، وألحقت "
    "أضرارا بالممتلكات العامة وأصيب فيها أحد الأعوان.",
])
def test_clashes_of_crowds_with_security_forces_in_a_riot_are_no_record(nlp, text):
    doc = nlp.process({"id": "r", "text": text, "published": "2016-01-22"})
    assert doc.incidents == [], text


@pytest.mark.parametrize("text", [
    "استخدمت قوات الأمن الغاز المسيل للدموع في مدينة قفصة أمس. واندلعت مواجهات بين قوات الأمن ومجموعة إرهابية في "
    "جبل عرباطة أسفرت عن مقتل عنصرين.",
    "تظاهر المئات أمس في مدينة القصرين. وأطلقت قوات الأمن الرصاص الحي على المحتجين في المدينة ما أسفر عن مقتل شابين.",
])
def test_a_clash_with_an_armed_side_or_live_fire_on_protesters_stays_a_record(nlp, text):
    doc = nlp.process({"id": "s", "text": text, "published": "2016-01-22"})
    assert len(doc.incidents) == 1, text


@pytest.mark.parametrize("text, killed, wounded", [
    ("قتل ثلاثة أشخاص وأصيب 11 آخرون مساء أمس في عملية دهس بساحة وسط مدينة ليون الفرنسية.", 3, 11),
    ("وأصيب سبعة أشخاص بجروح في هجوم بسكين داخل محطة للحافلات في مدينة ليون أمس.", None, 7),
    ("وأسفرت عملية الطعن التي جدت أمس في مدينة ليون عن مقتل شخص وإصابة اثنين.", 1, 2),
])
def test_ramming_and_stabbing_attacks_are_records_with_weapon_unknown(nlp, text, killed, wounded):
    doc = nlp.process({"id": "r", "text": text, "published": "2019-10-04"})
    got = [(i.weapon, i.sub_event_type, i.killed, i.wounded) for i in doc.incidents]
    assert got == [("unknown", "Attack", killed, wounded)], got


@pytest.mark.parametrize("text", [
    "أوقفت الشرطة السويدية شابا يشتبه في تخطيطه لهجوم بسيارة مفخخة في ستوكهولم.",
    "وتلقى النائب رسالة تهديد بالقتل والاغتيال في مكتبه بالعاصمة أمس.",
    "وتعرض شاب لعملية دهس من قبل سائق شاحنة في مدينة صفاقس أمس ونقل إلى المستشفى في حالة حرجة.",
])
def test_a_planned_attack_or_a_death_threat_is_no_record(nlp, text):
    assert nlp.process({"id": "p", "text": text, "published": "2019-10-04"}).incidents == []


@pytest.mark.parametrize("text, weapon", [
    # no firearm, no forces named in the article: the weapon of the attack is not known
    ("قتل 14 شخصا في الهجوم الإرهابي الذي استهدف حفلا موسيقيا في مدينة ليون مساء أمس.", "unknown"),
    # gunmen named elsewhere in the article: small arms
    ("قتل 14 شخصا في الهجوم الإرهابي الذي استهدف حفلا موسيقيا في مدينة ليون مساء أمس. وكان المهاجمون مسلحين.",
     "small_arms"),
])
def test_an_attack_without_a_named_weapon_is_small_arms_only_with_gunmen_in_the_article(nlp, text, weapon):
    doc = nlp.process({"id": "w", "text": text, "published": "2019-10-04"})
    assert [i.weapon for i in doc.incidents] == [weapon]


@pytest.mark.parametrize("text", [
    "وخرج آلاف المواطنين في مسيرات منددة بالتفجير الذي استهدف السوق المركزي في مدينة تعز.",
    "ونظم طلاب الجامعة مسيرة رافضة للعنف في مدينة الموصل أمس.",
    "وجابت مسيرة غاضبة شوارع مدينة البصرة أمس احتجاجا على اغتيال الناشط.",
])
def test_a_march_named_by_its_purpose_is_no_drone(nlp, text):
    doc = nlp.process({"id": "m", "text": text, "published": "2020-02-11"})
    assert [i.weapon for i in doc.incidents if i.weapon == "drone"] == []


@pytest.mark.parametrize("text, records", [
    # fired into the air or as a warning, or only heard, and no one hit: no event
    ("وأطلق مسلحون النار في الهواء عند بوابة المعبر الحدودي في مدينة الزاوية أمس قبل أن ينسحبوا.", 0),
    ("وأطلقت دورية الجيش طلقات تحذيرية لتفريق المهربين قرب مدينة الكفرة أمس.", 0),
    ("وقال سكان إنهم سمعوا دوي إطلاق نار كثيف في مدينة سبها مساء أمس.", 0),
    # an explosion heard with the fire is a blast told early: a record
    ("وقال سكان إنهم سمعوا دوي انفجار وإطلاق نار داخل فندق في مدينة سبها مساء أمس.", 1),
    # the same fire with a dead man is an event
    ("وأطلق مسلحون النار في الهواء ثم على المارة فقتلوا شخصا في مدينة الزاوية أمس.", 1),
])
def test_gunfire_into_the_air_or_only_heard_is_no_record(nlp, text, records):
    doc = nlp.process({"id": "g", "text": text, "published": "2020-02-11"})
    assert len(doc.incidents) == records, [(i.weapon, i.killed) for i in doc.incidents]


@pytest.mark.parametrize("text, want", [
    ("قتل 14 شخصا وأصيب 30 آخرون أمس في انفجار قنبلة داخل مسجد في مدينة كركوك.", ("ied", 14)),
    ("أصيب 3 أشخاص أمس بانفجار قنبلة في سوق مدينة كركوك.", ("ied", None)),  # with the clitic "ب"
    ("انفجرت قنبلة أمس في سوق مدينة كركوك ما أدى إلى مقتل شخصين.", ("ied", 2)),  # the verb
    ("أصيب جندي أمس في انفجار قنبلة يدوية في مدينة كركوك.", ("grenade", None)),  # a hand grenade stays a grenade
])
def test_a_bomb_that_explodes_is_an_ied(nlp, text, want):
    assert [(i.weapon, i.killed) for i in _det(nlp, text)] == [want]


def test_a_bomb_explosion_as_a_figure_of_speech_is_no_record(nlp):
    assert _det(nlp, "وحذر محللون من انفجار قنبلة موقوتة في المنطقة إذا استمرت الأزمة.") == []


def test_two_gunmen_in_the_nominative_dual_are_an_attack(nlp):
    (inc,) = _det(nlp, "انتهت صباح اليوم عملية احتجاز الرهائن التي نفذها مسلحان في كنيسة بمدينة ليون بمقتل "
                       "المنفذين وذبح حارس.")
    assert (inc.sub_event_type, inc.weapon) == ("Attack", "small_arms")


@pytest.mark.parametrize("text, killed", [
    ("هاجم مسلحو جماعة أنصار الإسلام قرية في ولاية كانو ليلة الأحد وقتلوا 9 أشخاص.", 9),  # the construct plural
    ("فتح مسلحون النار على رواد مقهى في مدينة الرمادي مساء أمس ما أدى إلى مقتل ثلاثة أشخاص.", 3),
    ("قتل مدنيان بنيران الجيش في مدينة نيالا صباح الثلاثاء.", 2),  # "by the fire of"
])
def test_gunmen_and_gunfire_told_in_other_forms_are_an_attack(nlp, text, killed):
    assert [(i.weapon, i.killed) for i in _det(nlp, text)] == [("small_arms", killed)]


@pytest.mark.parametrize("text, want", [
    # the two sides named between the verb of exchange and the fire: a battle
    ("تبادل عناصر من الجيش ومهربون مسلحون إطلاق النار قرب مدينة الكفرة صباح أمس ما أدى إلى مقتل جندي.",
     ("Battles", "Armed clash")),
    ("وقع تبادل كثيف لإطلاق النار بين الشرطة ومسلحين في مدينة كويتا مساء أمس ما أسفر عن مقتل شرطيين.",
     ("Battles", "Armed clash")),
    # one-sided fire with no exchange stays an attack
    ("أطلق مسلحون مجهولون النار على سيارة مدنية في مدينة كويتا مساء أمس ما أسفر عن مقتل شخصين.",
     ("Violence against civilians", "Attack")),
])
def test_an_exchange_of_fire_with_words_between_is_a_battle(nlp, text, want):
    assert [(i.event_type, i.sub_event_type) for i in _det(nlp, text)] == [want]


@pytest.mark.parametrize("text, want", [
    # the air force as the subject of a strike verb, with "زوارق مسيرة" (unmanned boats) as the target
    ("أعلن الجيش الأمريكي أن طائراته دمرت أمس أربعة زوارق مسيرة قرب ميناء الصليف.", ("airstrike", None)),
    ("قال الجيش إن طائراته استهدفت أمس تجمعا للمسلحين قرب بلدة جلب ما أدى إلى مقتل 12 مسلحا.", ("airstrike", None)),
    # a drone is still a drone
    ("قصفت طائرة مسيرة أمس سيارة في مدينة صعدة ما أدى إلى مقتل شخصين.", ("drone", 1)),
])
def test_the_air_force_as_subject_is_an_air_strike(nlp, text, want):
    assert [(i.weapon, i.munitions_count) for i in _det(nlp, text)] == [want]


@pytest.mark.parametrize("text, weapon", [
    ("قتل ثلاثة جنود بصاروخ كورنيت مضاد للدروع استهدف عربتهم قرب بلدة كفركلا أمس.", "missile"),
    ("استهدف مقاتلو الحركة دبابة بصاروخ موجه مضاد للدبابات قرب بلدة كفركلا أمس.", "missile"),
    ("سقطت ثلاثة صواريخ على بلدة كفركلا أمس دون وقوع إصابات.", "rocket"),
    ("أطلق المسلحون صاروخا مضادا للطائرات على مروحية قرب بلدة كفركلا أمس دون إصابتها.", "rocket"),
])
def test_a_guided_or_anti_tank_rocket_is_a_missile(nlp, text, weapon):
    assert [i.weapon for i in _det(nlp, text)] == [weapon]


def test_a_suicide_bomber_s_own_car_bomb_is_a_vbied(nlp):
    (inc,) = _det(nlp, "فجر انتحاري شاحنته المفخخة قرب مقر للشرطة في مدينة بنغازي صباح أمس ما أسفر عن مقتل "
                       "خمسة من عناصر الشرطة.")
    assert (inc.weapon, inc.sub_event_type, inc.munitions_count) == ("vbied", "Suicide bomb", 1)


def test_the_drone_air_arm_is_a_drone(nlp):
    (inc,) = _det(nlp, "قصف الطيران المسير التابع للجيش مواقع للمتمردين قرب مدينة كادوقلي أمس ما أدى إلى مقتل "
                       "عشرة مسلحين.")
    assert (inc.weapon, inc.sub_event_type) == ("drone", "Air/drone strike")


@pytest.mark.parametrize("text, want", [
    ("أصيب أربعة ركاب أمس في هجوم نفذه رجل بواسطة ساطور داخل قطار بمدينة دورتموند.", "unknown"),  # a blade
    ("هاجم رجل بسكين مصلين في مسجد بمدينة ليون أمس ما أدى إلى إصابة ثلاثة منهم.", "unknown"),
    ("هاجم مسلحون بالسكاكين والرصاص قرية في ولاية كادونا أمس وقتلوا خمسة أشخاص.", "small_arms"),  # and a firearm
])
def test_an_attack_with_a_blade_and_no_firearm_has_an_unknown_weapon(nlp, text, want):
    assert [i.weapon for i in _det(nlp, text)] == [want]


@pytest.mark.parametrize("text, want", [
    ("فجر انتحاري يقود سيارة رباعية الدفع محملة بالمتفجرات نفسه عند حاجز للجيش في مدينة الرمادي أمس.",
     ("vbied", "Suicide bomb")),
    ("هاجم مسلحون قاعدة للجيش في بلدة ديفا أمس مستخدمين ثلاث طائرات مسيرة محملة بالمتفجرات.",
     ("drone", "Air/drone strike")),  # loaded drones are drones
    ("قتل شخصان حين أطلقت طائرة من دون طيار صاروخا على سيارة في بلدة ميرعلي أمس.", ("drone", "Air/drone strike")),
])
def test_loaded_vehicles_and_unmanned_aircraft(nlp, text, want):
    assert [(i.weapon, i.sub_event_type) for i in _det(nlp, text)] == [want]


@pytest.mark.parametrize("text, killed", [
    ("أسفر الانفجار الذي وقع في سوق الخضار بمدينة بيداوة، صباح اليوم، عن مقتل أربعة أشخاص.", 4),  # the article
    ("وأدى التفجير الذي وقع قرب محطة للحافلات في مدينة كانو مساء أمس إلى مقتل ستة مدنيين.", 6),  # clitic و
    ("أسفر انفجار وقع في سوق بمدينة الكوت، صباح اليوم، عن مقتل خمسة أشخاص.", 5),  # no article, no word of terror
])
def test_an_explosion_that_took_place_as_subject_of_a_result_verb_is_a_record(nlp, text, killed):
    assert [(i.weapon, i.killed) for i in _det(nlp, text)] == [("ied", killed)]


def test_an_explosion_that_took_place_with_no_toll_after_a_result_verb_is_no_record(nlp):
    assert _det(nlp, "أدى الانفجار الذي وقع في المصنع إلى توقف الإنتاج لساعات.") == []


@pytest.mark.parametrize("text, dead", [
    ("تمكن الجيش النيجيري من القضاء على 12 مسلحا في ولاية بورنو، أمس الأحد.", 12),
    ("قضت قوات الأمن على ثلاثة إرهابيين في منطقة الشعانبي، الليلة الماضية.", 3),  # the verb with "على" (cs11)
    ("أعلن الجيش أن وحداته قضت على سبعة متشددين خلال اشتباك في ولاية كيدال اليوم.", 7),  # beside a clash word
])
def test_forces_that_eliminate_counted_militants_are_a_battle(nlp, text, dead):
    (inc,) = _det(nlp, text)
    assert (inc.sub_event_type, inc.killed) == ("Armed clash", dead)


@pytest.mark.parametrize("text", [
    "أكد الوزير أن الحكومة تعمل على القضاء على الإرهاب في ولاية بورنو.",  # no number
    "أطلق الجيش عملية واسعة للقضاء على 200 مسلح يتحصنون في الغابة.",  # a purpose ("للقضاء")
    "قضت المحكمة على ثلاثة متهمين بالسجن عشر سنوات.",  # no forces
])
def test_eliminate_words_without_forces_and_count_are_no_record(nlp, text):
    assert _det(nlp, text) == []


@pytest.mark.parametrize("text, weapon", [
    ("احتجز مسلحون 20 رهينة داخل مركز تجاري في مدينة نيروبي مساء السبت.", "small_arms"),
    ("واحتجزت جماعة متشددة عشرات الرهائن في مدرسة بمنطقة ديفا، أمس.", "unknown"),  # no armed men named
    ("تم اختطاف طبيبين على يد مسلحين في مدينة زوارة صباح اليوم.", "small_arms"),  # periphrastic passive
])
def test_hostages_held_and_a_passive_abduction_are_a_record(nlp, text, weapon):
    assert [(i.sub_event_type, i.weapon) for i in _det(nlp, text)] == [("Abduction/forced disappearance", weapon)]


def test_a_passive_abduction_with_no_armed_agent_is_no_record(nlp):
    assert _det(nlp, "أبلغ مواطن الشرطة أنه تم اختطاف شقيقه وطالبه المختطف بفدية قدرها 10 آلاف دينار.") == []


@pytest.mark.parametrize("text, want", [
    ("اغتيال ضابط في الشرطة برصاص مجهولين في مدينة درنة، مساء أمس السبت.", [("2021-04-24", 1)]),
    ("اغتيال ضابط في الشرطة يثير مخاوف من عودة العنف إلى المدينة.", []),  # no day of its own: not told as news
])
def test_an_assassination_noun_opening_the_sentence_is_a_record_with_its_own_day(nlp, text, want):
    assert [(i.event_date, i.killed) for i in _det(nlp, text)] == want


def test_an_operation_that_eliminated_militants_retold_is_one_record(nlp):
    incs = _det(nlp, "قضت وحدات الجيش ليلة أمس على 5 إرهابيين في جبل الشعانبي. وأوضح المتحدث أن العملية "
                     "الأمنية التي قادتها فجر أمس وحدات خاصة تابعة لجيش البر التونسي، مكنت من القضاء على 5 من "
                     "عناصر المجموعة في منطقة الشعانبي.")
    assert len(incs) == 1


@pytest.mark.parametrize("text, perpetrator", [
    ("قتل رجلان بقصف إيراني على قرية في جبال كردستان العراق فجر اليوم.", "Iran"),  # nationality adjective
    ("أصيبت امرأة وابنها بقصف حوثي على حي سكني في مدينة الضالع صباح اليوم.", "Houthis"),  # a group's adjective
    ("قتل أربعة مدنيين وجرح ستة آخرون بقصف لقوات الجيش على بلدة في ريف درعا أمس.", None),  # possessor with ل
])
def test_a_shelling_noun_with_its_agent_after_a_toll_is_a_record(nlp, text, perpetrator):
    incs = _det(nlp, text)
    assert [i.sub_event_type for i in incs] == ["Shelling/artillery/missile attack"]
    if perpetrator:
        assert incs[0].perpetrator == perpetrator


@pytest.mark.parametrize("text", [
    "هددت الجماعة بقصف إسرائيلي لمواقعها إذا واصلت عملياتها.",  # no toll before: a threat
    "طالب الأهالي بوقف القصف بعد أن قتل ثلاثة أطفال أمس في حادث سير.",  # the article: not this rule
])
def test_a_shelling_noun_after_b_without_toll_before_is_no_record(nlp, text):
    assert _det(nlp, text) == []


@pytest.mark.parametrize("text", [
    "أحيا سكان مدينة بنغازي اليوم الذكرى الخامسة للتفجير الذي قتل فيه 12 شخصا في 3 مارس 2016.",
    "تحيي عائلات الضحايا ذكرى هجوم الفندق الذي راح ضحيته 20 زائرا.",
])
def test_an_anniversary_of_an_attack_is_no_record(nlp, text):
    assert _det(nlp, text) == []


def test_an_event_told_after_an_anniversary_opened_by_fima_stays(nlp):
    incs = _det(nlp, "أحيا الأهالي الذكرى الثالثة للتفجير الذي ضرب السوق، فيما قتل جنديان في هجوم مسلح على "
                     "حاجز للجيش في مدينة العريش صباح اليوم.")
    assert [i.killed for i in incs] == [2]


@pytest.mark.parametrize("text, want", [
    ("أحبطت الشرطة هجوما بسيارة مفخخة على مركز أمني في مدينة الرمادي اليوم، دون وقوع إصابات.", 0),
    ("أحبطت قوات الأمن هجوما على حاجز في مدينة العريش وقتلت ثلاثة من المهاجمين اليوم.", 1),  # a battle with dead
])
def test_a_foiled_attack_with_a_negated_toll_is_no_record(nlp, text, want):
    assert len(_det(nlp, text)) == want


@pytest.mark.parametrize("text, want", [
    ("قتل خمسة مزارعين في هجوم لمسلحين على قرية في ولاية زمفارا منذ ثلاثة أيام.", 1),  # a lapse: days ago
    ("قتل جنديان في هجوم على حاجز للجيش منذ يومين في ولاية بورنو.", 1),
    ("قتل 300 شخص في هجمات المسلحين في ولاية زمفارا منذ مطلع العام.", 0),  # a total since a date
])
def test_since_a_lapse_of_days_is_an_event_not_a_total(nlp, text, want):
    assert len(_det(nlp, text)) == want


def test_a_denial_of_any_strike_is_no_record(nlp):
    assert _det(nlp, "أكدت القيادة الأمريكية أنها لم تنفذ أي ضربات جوية في الصومال خلال الأيام الماضية.") == []


@pytest.mark.parametrize("text, killed, wounded", [
    ("أربعة قتلى وستة جرحى حصيلة غارة نفذتها طائرة مسيرة على شاحنة قرب بلدة تل أبيض، مساء الخميس.", 4, 6),
    ("قتيلان وخمسة جرحى حصيلة هجوم شنه مسلحون على حاجز للشرطة في مدينة بيدوا صباح اليوم.", 2, 5),
])
def test_dt10_a_toll_that_opens_a_nominal_sentence_reports_its_event(nlp, text, killed, wounded):
    recs = _det(nlp, text)
    assert len(recs) == 1 and (recs[0].killed, recs[0].wounded) == (killed, wounded)


def test_dt10_a_toll_before_the_event_told_before_is_no_new_record(nlp):
    assert _det(nlp, "أكثر من 400 قتيل في غارات التحالف منذ بداية العام في محافظة صعدة.") == []


@pytest.mark.parametrize("text", [
    "تعرضت حافلة تقل عمالا في مدينة الفلوجة صباح اليوم الأحد إلى انفجار أدى إلى إصابة سبعة منهم.",
    "تعرض مقر للشرطة في بلدة القائم لتفجير فجر اليوم.",
])
def test_dt10_a_target_that_suffered_an_explosion_is_a_bombing(nlp, text):
    recs = _det(nlp, text)
    assert len(recs) == 1 and recs[0].weapon == "ied"


def test_dt10_a_gas_explosion_suffered_is_still_an_accident(nlp):
    assert _det(nlp, "تعرض مصنع للغاز في مدينة صفاقس لانفجار أسطوانة غاز.") == []


@pytest.mark.parametrize("text", [
    "قصفت المقاتلات الروسية، فجر اليوم السبت، مقرا لفصيل مسلح في ريف حماة الشمالي.",
    "استهدف مسلحون مجهولون، مساء الأحد، حاجزا للجيش في مدينة رفح.",
])
def test_dt10_a_time_set_off_by_commas_does_not_hide_the_object(nlp, text):
    assert len(_det(nlp, text)) == 1


@pytest.mark.parametrize("text, sub", [
    ("أقدم مسلحون من تنظيم داعش على إعدام ثلاثة رعاة في بادية دير الزور يوم الخميس.", "Attack"),
    ("أقدمت مجموعة إرهابية، فجر اليوم، على مهاجمة مركز للحرس الوطني في معتمدية فريانة.", None),
])
def test_dt10_an_act_undertaken_by_armed_men_is_an_event(nlp, text, sub):
    recs = _det(nlp, text)
    assert len(recs) == 1 and (sub is None or recs[0].sub_event_type == sub)


@pytest.mark.parametrize("text", [
    "أقدم شاب على ذبح شقيقه إثر خلاف عائلي في مدينة القيروان.",
    "لم يقدم المسلحون على إعدام الرهائن.",
])
def test_dt10_an_act_undertaken_by_no_armed_men_or_negated_is_none(nlp, text):
    assert _det(nlp, text) == []


@pytest.mark.parametrize("text", [
    "وما زال مصير أربعة مهندسين مجهولا بعد أن اختطفهم مسلحون قبل يومين في ولاية كاتسينا.",
    "أطلق مسلحون سراح طبيب كانوا قد اختطفوه في آب الماضي على الطريق بين مدينتي بانو ولكي مروت.",
])
def test_dt10_an_abduction_verb_with_its_object_pronoun_is_an_abduction(nlp, text):
    recs = _det(nlp, text)
    assert len(recs) == 1 and recs[0].sub_event_type == "Abduction/forced disappearance"


def test_dt10_an_anniversary_of_a_hostage_siege_is_no_record(nlp):
    text = ("أحيا أهالي بلدة كيزليار اليوم الذكرى الثلاثين لاحتجاز مئات الرهائن في مستشفى البلدة على يد مسلحين، "
            "والذي انتهى بمقتل أكثر من 70 شخصا.")
    assert _det(nlp, text) == []


def test_dt10_a_revised_toll_that_names_its_event_is_a_record(nlp):
    recs = _det(nlp, "ارتفع عدد قتلى تفجير الثلاثاء في مدينة منبج إلى سبعة بعد وفاة جريحين.", "2022-03-10")
    assert len(recs) == 1 and recs[0].killed == 7 and recs[0].event_date == "2022-03-08"


def test_dt10_a_revised_toll_of_the_event_told_before_is_no_new_record(nlp):
    assert _det(nlp, "ارتفعت حصيلة الهجوم إلى 20 قتيلا.") == []


@pytest.mark.parametrize("text, sub", [
    # security forces as victims or target, through dual, clitics, article and feminine endings: a battle
    ("قتل شرطيان في هجوم شنه مسلحون على مركز للشرطة في مدينة كويتا فجر اليوم.", "Armed clash"),
    ("هاجم مسلحون الليلة الماضية بوابة أمنية عند مدخل بلدة الشويرف، وقتلوا أربعة من عناصرها.", "Armed clash"),
    ("شن مسلحون فجر الأحد هجوما على مقر للدرك في بلدة تيسيت.", "Armed clash"),
    ("هاجم مسلحون ليلة أمس حاجزا في قرية البشير جنوب كركوك، ما أدى إلى استشهاد منتسبين اثنين.", "Armed clash"),
    # the intelligence services are state forces (wp10): an attack on their office or their men is a battle
    ("قتل ثلاثة أشخاص فجر اليوم في هجوم إرهابي استهدف مكتبا تابعا للمخابرات في بلدة الرميلة.", "Armed clash"),
    ("قتل عنصران من الاستخبارات في هجوم شنه مسلحون على سيارتهما قرب بلدة الرميلة أمس.", "Armed clash"),
    # civilians: violence against civilians
    ("قتل خمسة مدنيين في هجوم شنه مسلحون على قرية في ولاية زمفارا أمس.", "Attack"),
    ("قتل مزارعان في هجوم لمسلحين على مزرعة قرب بلدة غوزا أمس.", "Attack"),
    # intelligence named only as the source of the news, not hit: still an attack on civilians
    ("قتل أربعة مدنيين في هجوم شنه مسلحون على سوق في بلدة الرميلة أمس، وفق ما أفاد مصدر في المخابرات.", "Attack"),
])
def test_an_attack_on_security_forces_is_a_clash(nlp, text, sub):
    assert [i.sub_event_type for i in _det(nlp, text)] == [sub]


@pytest.mark.parametrize("word, stem", [
    ("للشرطة", "الشرطه"), ("وبالجيش", "جيش"), ("شرطيان", "شرطي"), ("منتسبين", "منتسب"), ("أمنية", "امني"),
])
def test_wp5_stems_read_clitics_and_endings(word, stem):
    from pipeline.stages.incidents.detection import _wp5_stems

    assert stem in _wp5_stems(word)


@pytest.mark.parametrize("text, place", [
    # an event told in passing in a relative clause, with where it happened and no day: a record, date null
    ("قال الطبيب اليوم الخميس 12 ماي 2016 إن الخلية تدخلت على إثر العملية الإرهابية الأخيرة التي جدت بنزل "
     "النخيل بالمهدية لمساعدة السياح.", "المهدية"),
    ("تحدث المدرب يوم الأحد 8 ماي 2016 عن الأجواء في المدينة بعد الاعتداء الإرهابي الذي حدث في متحف المدينة "
     "بمدينة المنستير.", "المنستير"),
])
def test_dt11_an_event_told_in_passing_with_its_place_is_a_record(nlp, text, place):
    recs = _det(nlp, text, "2016-05-12")
    assert len(recs) == 1 and recs[0].location["text"].endswith(place)


def test_dt11_a_plural_told_with_a_place_is_no_single_event(nlp):
    from pipeline.stages.incidents.detection import _dt11_occurred_relative
    from pipeline.stages.incidents.lexicon import lexicon

    lex = lexicon()
    for text, want in [("وقال الوزير إن الهجمات التي استهدفت أوروبا خلال هذا العام لم تثن السياح.", False),  # a trend
                       ("وقال الوزير إن الهجوم الذي استهدف مطار القاهرة لم يثن السياح.", True)]:
        doc = nlp.process({"id": "z", "text": text, "published": "2016-05-12"})
        m = next(m for m in lex.weapons.find(doc.tokens, text, 0, len(doc.tokens)))
        assert (_dt11_occurred_relative(doc.tokens, m, len(doc.tokens), text, lex) is not None) == want, text


def test_dt11_a_relative_clause_with_no_place_gives_no_record(nlp):
    assert _det(nlp, "وتحدث الخبير عن الهجوم الإرهابي الذي جد خلال المباراة الأخيرة دون تفاصيل.", "2016-05-12") == []


@pytest.mark.parametrize("text", [
    "وفي الشهر التالي، فجر مسلح ثالث من التنظيم يرتدي زي عامل نظافة نفسه قرب محطة الحافلات في مدينة الموصل، ما أدى إلى مقتل تسعة أشخاص.",
    "وبعد أيام، فجرت امرأة تحمل طفلا على ظهرها نفسها عند مدخل سوق مدينة كانو، ما أسفر عن مقتل ستة أشخاص.",
])
def test_dt12_suicide_verb_with_its_subject_before_the_reflexive_object(nlp, text):
    got = [(i.weapon, i.sub_event_type) for i in _det(nlp, text)]
    assert got == [("suicide_bomb", "Suicide bomb")]


def test_dt12_dawn_is_not_a_suicide_verb(nlp):
    from pipeline import make_pipeline
    from pipeline.stages.incidents.detection import _dt12_reflexive_after_subject
    from pipeline.stages.incidents.lexicon import lexicon

    text = "وصل الوزير فجر اليوم إلى المدينة وقال إنه سيتابع الأمر بنفسه"
    doc = make_pipeline(stages=["normalize", "tokenize", "sentences"]).process({"id": "d", "text": text, "published": "2020-01-01"})
    k = next(i for i, t in enumerate(doc.tokens) if t.text == "فجر")
    assert _dt12_reflexive_after_subject(doc.tokens, k, len(doc.tokens), text, lexicon()) is None


@pytest.mark.parametrize("text", [
    "ويرى محللون أن نقل المعارك إلى مدينة كسلا، التي بقيت بعيدة عن القتال، يهدف إلى ضرب خطوط الإمداد.",
    "ويعتقد مراقبون أن الاشتباكات في محيط مدينة الفاشر تهدف إلى ضرب طرق الإمداد.",
    "ويرى خبراء أن الغارات على مدينة الفاشر أسفرت عن تدمير طرق الإمداد.",
])
def test_dt12_analysts_view_is_not_a_report(nlp, text):
    assert _det(nlp, text) == []


def test_dt12_analysts_word_later_in_a_report_keeps_the_record(nlp):
    text = "قتل خمسة جنود في هجوم مسلح على نقطة تفتيش في مدينة كسلا أمس، ويرى محللون أن الهجمات ستتواصل."
    assert len(_det(nlp, text)) == 1


@pytest.mark.parametrize("text", [
    "وأفادت الحصيلة أن مفرزة للجيش كشفت ودمرت أربعة مخابئ وقنبلة تقليدية الصنع بولاية البويرة، فيما سلم مسلح التحق "
    "بالجماعات الإرهابية سنة 2015 نفسه للسلطات العسكرية بأدرار.",
    "وأفاد البيان أن وحدة للجيش كشفت ودمرت قنبلة تقليدية الصنع في جبال ولاية جيجل.",
])
def test_dt12_found_and_destroyed_weapons_are_no_event(nlp, text):
    assert _det(nlp, text) == []


@pytest.mark.parametrize("text, want", [
    # the car bomb is the subject of "جاء"; the storming of a hotel is the event recalled after the lapse
    ("وجاء تفجير السيارة المفخخة بعد خمسة أيام من اقتحام مسلحين فندقا في مدينة هرات حيث قتلوا ستة نزلاء.",
     ("Attack", "small_arms")),
    # a roadside bomb today, a shooting recalled after the lapse
    ("قتل شرطيان اليوم في تفجير عبوة ناسفة في مدينة بيداوة. وجاء تفجير العبوة بعد أسبوع من هجوم شنه مسلحون "
     "بالرصاص على حافلة في مدينة كسمايو وقتلوا أربعة ركاب.", ("Attack", "small_arms")),
])
def test_a_recalled_event_takes_the_means_told_after_its_lapse(nlp, text, want):
    incidents = _det(nlp, text, "2019-03-14")
    recalled = [i for i in incidents if i.location and (
        "هرات" in i.location["text"] or "كسمايو" in i.location["text"])]
    assert [(i.sub_event_type, i.weapon) for i in recalled] == [want]


@pytest.mark.parametrize("text, killed", [
    ("دهس رجل بسيارته حشدا من المتسوقين في شارع تجاري وسط مدينة ليون مساء الجمعة، ما أدى إلى مقتل ثلاثة أشخاص.", 3),
    ("وكان مهاجمان قد صدما بشاحنة صغيرة المارة على جسر في مدينة مرسيليا في آذار الماضي، ما أسفر عن مقتل أربعة أشخاص.", 4),
    ("وفي اليوم التالي طعن ثلاثة رجال رواد مطعم في حي كاديكوي بإسطنبول، ما أسفر عن مقتل شخصين.", 2),
])
def test_dt13_a_ramming_or_stabbing_told_with_its_verb_and_a_crowd_is_an_attack(nlp, text, killed):
    got = _det(nlp, text)
    assert [(i.sub_event_type, i.weapon, i.killed) for i in got] == [("Attack", "unknown", killed)]


@pytest.mark.parametrize("text", [
    "صدمت سيارة مسرعة عددا من المارة في شارع الحبيب بورقيبة بعد أن فقد سائقها السيطرة عليها، ما أدى إلى إصابة ثلاثة.",
    "دهس قطار كهلا في منطقة المنيهلة صباح اليوم، ما أدى إلى وفاته.",
    "طعن الحزب في نتائج الانتخابات أمام المحكمة الإدارية في مدينة صفاقس.",
])
def test_dt13_one_person_run_over_a_road_accident_or_an_appeal_is_no_ramming(nlp, text):
    assert _det(nlp, text) == []


def test_dt13_a_strike_without_prior_warning_is_no_warning(nlp):
    text = ("قصفت طائرات حربية منزلا في بلدة بيت لاهيا شمال قطاع غزة فجر الأحد بصاروخين دون سابق إنذار، ما أدى إلى "
            "مقتل خمسة أشخاص.")
    got = _det(nlp, text)
    assert [(i.weapon, i.killed) for i in got] == [("airstrike", 5)]


def test_dt13_a_warning_not_negated_still_filters(nlp):
    text = "وجهت الطائرات إنذارا لسكان منزل في بلدة بيت لاهيا بقصفه بصاروخين خلال ساعة."
    assert _det(nlp, text) == []


@pytest.mark.parametrize("text", [
    "وطالب الوزير بوقف فوري لإطلاق النار في مدينة الفاشر.",
    "وقال المبعوث إن الطرفين وافقا على وقف شامل لإطلاق النار في إقليم تيغراي يوم الأحد.",
])
def test_mg10_a_ceasefire_with_an_adjective_is_no_shooting(nlp, text):
    assert _det(nlp, text) == []


def test_mg10_firing_without_a_ceasefire_is_still_an_event(nlp):
    got = _det(nlp, "أطلق مسلحون النار على حافلة في مدينة الفاشر يوم الأحد، ما أسفر عن مقتل سائقها.")
    assert [i.weapon for i in got] == ["small_arms"]


@pytest.mark.parametrize("text", [
    "وبحسب منظمات حقوقية، قتل ما لا يقل عن 2400 شخص في المعارك بين الجيش والمتمردين في إقليم دارفور "
    "خلال الأشهر الثلاثة الماضية.",
    "وقتل أكثر من 800 مدني في الغارات على محافظة إدلب طيلة السنوات الماضية.",
])
def test_mg10_a_toll_over_plural_months_or_years_is_a_total(nlp, text):
    assert _det(nlp, text) == []


@pytest.mark.parametrize("text", [
    "وفي ولاية زامفارا باتت عمليات الخطف الجماعي مصدر رزق لعصابات مسلحة.",
    "اعتقلت الشرطة قياديا في حركة الشباب في مدينة كيسمايو يوم الأحد. "
    "وتعد الحركة مسؤولة عن عمليات خطف وتفجيرات في جنوب الصومال.",
])
def test_mg10_a_habitual_statement_of_plural_attacks_is_no_record(nlp, text):
    assert _det(nlp, text) == []  # an arrest and a state of affairs: no event


def test_mg10_plural_attacks_told_in_the_past_are_still_an_event(nlp):
    got = _det(nlp, "شن مسلحون هجمات على ثلاث قرى في ولاية زامفارا يوم الأحد، ما أسفر عن مقتل 12 شخصا.")
    assert len(got) >= 1


@pytest.mark.parametrize("text, weapon", [
    # the vehicle told in a later sentence of the same event, with a word between the vehicle and its rigging
    ("زار وزير الداخلية، اليوم الأحد، جرحى التفجير الانتحاري الذي استهدف مقر الشرطة في مدينة الرمادي أمس. "
     "وأعلن الوزير ارتفاع حصيلة الهجوم إلى 21 قتيلا، موضحا أن الانتحاري اقتحم البوابة بسيارة إسعاف مفخخة.", "vbied"),
    # loaded with explosives, a measure between
    ("قتل 12 شرطيا اليوم الأحد في تفجير انتحاري استهدف نقطة تفتيش في مدينة تكريت، وقال مسؤول إن الانتحاري "
     "قاد شاحنة محملة بنحو نصف طن من المتفجرات.", "vbied"),
    # a belt named with the record: a suicide bomb proper, even when a car is named
    ("قتل 12 شرطيا اليوم الأحد في تفجير انتحاري استهدف نقطة تفتيش في مدينة تكريت، وقال مسؤول إن الانتحاري "
     "ترجل من سيارة مفخخة وفجر حزامه الناسف.", "suicide_bomb"),
    # no vehicle: a suicide bomb
    ("زار وزير الداخلية، اليوم الأحد، جرحى التفجير الانتحاري الذي استهدف مقر الشرطة في مدينة الرمادي أمس. "
     "وأعلن الوزير ارتفاع حصيلة الهجوم إلى 21 قتيلا.", "suicide_bomb"),
])
def test_a_suicide_bombing_with_a_rigged_vehicle_is_a_car_bomb(nlp, text, weapon):
    doc = nlp.process({"id": "w", "text": text, "published": "2022-03-13"})
    assert [i.weapon for i in doc.incidents] == [weapon]
    assert doc.incidents[0].sub_event_type == "Suicide bomb"


def test_dt14_the_event_a_visit_to_its_wounded_is_about_takes_the_day_of_its_relative_clause(nlp):
    text = ("زار المحافظ، أمس الخميس، جرحى الهجوم الذي استهدف تجمع المزارعين في قرية البشير بمنطقة الحويجة، ليلة "
            "الثلاثاء إلى الأربعاء، والذين نقل معظمهم إلى المستشفى. وقال المحافظ إن حصيلة الهجوم ارتفعت إلى 12 قتيلا.")
    got = _det(nlp, text, published="2021-04-26")
    assert [(i.event_date, i.location["text"], i.killed) for i in got] == [("2021-04-20", "قرية البشير", 12)]


def test_dt14_a_visit_to_the_wounded_of_an_attack_told_with_no_relative_clause_is_no_record(nlp):
    text = "زار وزير الداخلية، أمس الأحد، جرحى الهجوم في المستشفى الجهوي بمدينة بنزرت."
    assert _det(nlp, text, published="2021-04-26") == []


def test_dt14_a_trial_for_an_attack_told_with_its_place_and_day_is_a_record(nlp):
    text = ("بدأت محكمة في باريس، اليوم الاثنين، محاكمة رجل متهم بتنفيذ الهجوم الذي استهدف مقهى في مدينة نيس مساء 14 "
            "مارس 2019، وأسفر عن مقتل شخصين.")
    got = _det(nlp, text, published="2021-04-26")
    assert [(i.event_date, i.location["text"], i.killed) for i in got] == [("2019-03-14", "مدينة نيس", 2)]


@pytest.mark.parametrize("text", [
    "قضت محكمة في الرباط بسجن متهم في قضية الهجوم على فندق في مدينة مراكش.",
    "بدأت محكمة في باريس، اليوم الاثنين، محاكمة رجل متهم بالتخطيط لهجمات على مقاه في مدينة نيس.",
    "قضت محكمة في الرباط بسجن متهم في قضية الهجوم الذي استهدف فندقا في مدينة مراكش.",
])
def test_dt14_a_trial_for_a_plot_or_an_attack_with_no_day_is_no_record(nlp, text):
    assert _det(nlp, text, published="2021-04-26") == []


@pytest.mark.parametrize("text", [
    "وشهدت مدينة بيشاور الشهر الماضي تفجيرين بسيارتين مفخختين استهدفا سوقين وأوديا مجتمعين بحياة أكثر من 40 شخصا.",
    "بيشاور - مع مرور عامين على اندلاع القتال في 9 أيار 2022، يقدر مرصد حقوقي أن المعارك أودت بحياة أكثر من 9000 "
    "شخص.",
])
def test_mg11_a_combined_or_estimated_toll_is_no_event(nlp, text):
    assert _det(nlp, text) == []


def test_mg11_a_past_estimate_of_one_attack_is_still_an_event(nlp):
    got = _det(nlp, "انفجرت سيارة مفخخة في سوق مدينة بيدوا يوم الخميس، وقدرت الشرطة عدد القتلى بعشرة أشخاص.")
    assert [i.weapon for i in got] == ["vbied"]


@pytest.mark.parametrize("text, day, killed_place", [
    ("وأعلن الجيش أن وحداته طاردت المهاجمين و\"حيدت 9 إرهابيين\" خلال عملية تمشيط نفذتها صباح الخميس "
     "قرب بلدة جيبو.", "2021-04-22", "جيبو"),
    ("وأوضحت وزارة الدفاع أن مفرزة للجيش قضت، يوم 18 أبريل الجاري، على ثلاثة إرهابيين خلال عملية بحث "
     "ببلدية تامنغست.", "2021-04-18", "تامنغست"),
])
def test_dt15_militants_neutralized_by_the_forces_are_a_battle(nlp, text, day, killed_place):
    got = _det(nlp, text)
    assert [(i.event_date, i.event_type) for i in got] == [(day, "Battles")]
    assert killed_place in got[0].location["text"]


@pytest.mark.parametrize("text", [
    "وأضاف البيان أن الوحدات المرافقة للقافلة تمكنت من \"تحييد عشرات الإرهابيين\"، دون تقديم حصيلة.",
    "وقال الجيش في بيان إن قواته \"حيدت مسلحين اثنين\" خلال عملية لاعتقال مطلوبين.",
    "ودعا الوزير الجيش إلى مضاعفة الجهود لتحييد 20 إرهابيا ينشطون قرب بلدة دوري.",
])
def test_dt15_neutralizing_with_no_number_place_or_past_verb_is_no_record(nlp, text):
    assert _det(nlp, text) == []


def test_dt16_an_approximate_lapse_recalls_an_earlier_event_of_its_own(nlp):
    got = _det(nlp, "هاجم مسلحون، أمس الأحد، قرية قرب مدينة غاو وقتلوا 20 مدنيا.\n"
                    "ويأتي هذا الهجوم بعد أقل من أسبوع من مقتل 12 شخصا حين أطلق مسلحون النار يوم 3 أبريل الجاري على "
                    "حافلة تقل مسافرين قرب بلدة ميناكا.", published="2021-04-10")
    assert sorted((i.event_date, i.killed) for i in got) == [("2021-04-03", 12), ("2021-04-09", 20)]


def test_dt16_an_approximate_lapse_needs_a_unit_of_time(nlp):
    from pipeline import make_pipeline
    from pipeline.stages.incidents.merging import _mg6_lapse_link

    pipe = make_pipeline(stages=["normalize", "tokenize", "sentences"])
    for text, link in [("وتأتي الغارة بعد أكثر من شهرين على تفجير استهدف سوقا", 6),
                       ("ويأتي القصف بعد نحو ثلاثة أسابيع من هجوم على ثكنة", 6),
                       ("وجاء القرار بعد أكثر من عشرين هجوما من هذا النوع", None)]:
        doc = pipe.process({"id": "l", "text": text, "published": "2021-04-10"})
        assert _mg6_lapse_link(doc.tokens, 0, len(doc.tokens)) == link, text


@pytest.mark.parametrize("text, date, killed", [
    ("وأوقفت الشرطة يوم الخميس رجلين يشتبه في تورطهما في الهجوم الذي استهدف حافلة قرب بلدة ميناكا في أيار الماضي "
     "وأسفر عن مقتل سبعة ركاب.", "2021-05", 7),
    ("وحكمت محكمة في باماكو أمس بالسجن المؤبد على خمسة متهمين، على خلفية التفجيرين الانتحاريين اللذين ضربا السوق "
     "الكبير في 4 آب/أغسطس 2019 وأوقعا 30 قتيلا.", "2019-08-04", 30),
])
def test_dt16_an_event_told_in_full_in_a_relative_clause_of_an_arrest_or_verdict(nlp, text, date, killed):
    got = _det(nlp, text, published="2021-09-10")
    assert [(i.event_date, i.killed) for i in got] == [(date, killed)]


@pytest.mark.parametrize("text", [
    "وأوقفت الشرطة يوم الخميس رجلين يشتبه في تورطهما في الهجوم الذي استهدف حافلة قرب بلدة ميناكا.",
    "أدانت محكمة في باماكو أمس خمسة متهمين بالإعدام في قضية الهجمات التي ضربت البلاد في 2019 وأوقعت عشرات القتلى.",
    "أدانت محكمة في باماكو أمس خمسة متهمين بالإعدام في قضية الهجوم الذي استهدف فندقا في 2019.",
])
def test_dt16_no_record_without_the_relative_clause_told_in_full(nlp, text):
    assert _det(nlp, text, published="2021-09-10") == []


@pytest.mark.parametrize("text, day, event_type", [
    ("استشهد فتى في الخامسة عشرة فجر اليوم خلال اقتحام قوات الاحتلال قرية بيت أمر شمال الخليل.",
     "2021-04-25", "Violence against civilians"),
    ("وقتل مزارعان مساء السبت إثر مداهمة الجيش مزرعتهما في ضواحي مدينة مايدوغوري.",
     "2021-04-24", "Violence against civilians"),
    ("ولقي ثلاثة مسلحين حتفهم أمس أثناء دهم الشرطة مخبأهم في حي الزيتون بمدينة الموصل.",
     "2021-04-24", "Battles"),
])
def test_dt17_a_death_during_a_raid_by_the_forces_is_an_event(nlp, text, day, event_type):
    got = _det(nlp, text)
    assert [(i.event_date, i.event_type) for i in got] == [(day, event_type)]


@pytest.mark.parametrize("text", [
    "واعتقلت قوات الأمن خمسة مطلوبين خلال مداهمة نفذتها فجر اليوم في حي النصر.",  # a raid, no one killed
    "وتوفي الشيخ أمس بعد صراع مع المرض، خلال اقتحام قوات الاحتلال البلدة اعتقلت ثلاثة شبان.",  # not its clause
    "قتل ثلاثة أشخاص أمس خلال اقتحام لصوص منزلا في حي الزهور.",  # raiders who are no forces or armed men
])
def test_dt17_a_raid_with_no_death_or_no_forces_is_no_killing(nlp, text):
    assert _det(nlp, text) == []


@pytest.mark.parametrize("text, day", [
    ("داهم مسلحون مجهولون قرية نائية في ولاية سوكوتو مساء الخميس، واقتادوا أكثر من ثلاثين من سكانها إلى الأحراش.",
     "2021-04-22"),
    ("وقال شهود إن رجالا ملثمين اقتادوه صباح الجمعة من أمام مكتبه وسط مدينة سبها إلى جهة مجهولة.", "2021-04-23"),
])
def test_dt17_people_led_away_by_armed_or_masked_men_are_an_abduction(nlp, text, day):
    got = _det(nlp, text)
    assert [(i.event_date, i.sub_event_type) for i in got] == [(day, "Abduction/forced disappearance")]


@pytest.mark.parametrize("text", [
    "وألقت وحدات الأمن القبض على المشتبه به مساء الخميس واقتادته إلى مركز الشرطة بالمدينة.",  # an arrest
    "واقتادته دورية للحرس مساء الخميس إلى المستشفى لتلقي العلاج.",  # the forces lead him
    "واقتاد الأب أبناءه صباح الجمعة إلى المدرسة في حي الأمل.",  # no abductor, no unknown place
])
def test_dt17_led_away_by_the_forces_or_by_no_abductor_is_no_abduction(nlp, text):
    assert _det(nlp, text) == []


@pytest.mark.parametrize("text", [
    "وأسفرت الاشتباكات في ريف المدينة منذ اندلاعها عن مقتل أكثر من خمسمئة مقاتل، وفق تقديرات محلية.",
    "وقالت منظمة إنسانية إن القصف على الإقليم أدى منذ بدايته إلى مقتل نحو 800 مدني.",
])
def test_mg12_a_toll_since_the_start_told_with_a_pronoun_is_a_total(nlp, text):
    assert _det(nlp, text) == []


def test_mg12_an_event_told_with_its_beginning_is_still_a_record(nlp):
    got = _det(nlp, "قتل أربعة جنود في هجوم شنه مسلحون على حاجز للجيش قرب بلدة تيلابيري مع بداية الليل أمس.")
    assert len(got) == 1 and got[0].killed == 4


@pytest.mark.parametrize("text, rate", [
    ("وتحدث الوزير عن مئات المدنيين الذين يسقطون سنويا بحوادث إطلاق النار في المدن الكبرى.", True),
    ("وقال مسؤول محلي إن القرى الحدودية تتعرض لنحو عشر غارات أسبوعيا.", True),
    ("انفجرت عبوة ناسفة داخل سوق شعبي يرتاده يوميا آلاف المتسوقين في مدينة بيدوا.", False),
    ("قتل خمسة أشخاص أمس في انفجار عبوة ناسفة في مدينة بيدوا.", False),
])
def test_mg12_rate_next_to_the_event_word(text, rate):
    from pipeline import make_pipeline
    from pipeline.stages.incidents.detection import _mg12_rate
    from pipeline.stages.incidents.lexicon import lexicon

    doc = make_pipeline(stages=["normalize", "tokenize", "sentences"]).process(
        {"id": "r", "text": text, "published": "2020-01-01"})
    n = len(doc.tokens)
    weapons = lexicon().weapons.find(doc.tokens, text, 0, n)
    assert weapons and _mg12_rate(doc.tokens, 0, n, text, weapons) is rate


def test_mg12_a_rate_that_tells_of_the_place_does_not_hide_the_event(nlp):
    got = _det(nlp, "قتل خمسة أشخاص أمس في انفجار عبوة ناسفة داخل سوق شعبي يرتاده يوميا آلاف المتسوقين في مدينة بيدوا.")
    assert [(i.weapon, i.killed) for i in got] == [("ied", 5)]


# -- dt18_: anniversaries that tell their attack in full (convention 2026-11-24) -------------------------------------


def test_dt18_an_anniversary_told_with_the_attacks_day_and_place_is_a_record(nlp):
    text = ("أحيت عائلات الضحايا أمس الذكرى الرابعة للهجوم بسيارة مفخخة الذي استهدف سوقا شعبيا في مدينة كركوك في 9 "
            "آذار 2019 وأودى بحياة 14 شخصا، بوقفة أمام النصب التذكاري.")
    (inc,) = _det(nlp, text, "2023-03-10")
    assert inc.event_date == "2019-03-09" and inc.killed == 14
    assert inc.location["canonical"] == "Kirkuk"


def test_dt18_this_day_last_year_dates_the_attack_a_year_before(nlp):
    text = ("أحيا أهالي الحي اليوم الذكرى الأولى للهجوم الانتحاري الذي ضرب سوق مدينة بعقوبة في مثل هذا اليوم من "
            "العام الماضي وأسفر عن مقتل تسعة أشخاص.")
    (inc,) = _det(nlp, text, "2022-05-04")
    assert inc.event_date == "2021-05-04" and inc.killed == 9


@pytest.mark.parametrize("text", [
    # no date of the attack's own
    "أحيت عائلات الضحايا أمس الذكرى الرابعة للهجوم بسيارة مفخخة الذي استهدف سوقا في مدينة كركوك وأودى بحياة 14 شخصا.",
    # a date but no place in the telling: the town is the ceremony's
    "أحيا سكان مدينة كركوك أمس الذكرى الرابعة للهجوم بسيارة مفخخة الذي أودى بحياة 14 شخصا في 9 آذار 2019.",
    # a bare mention
    "نظمت الجمعية أمسية شعرية في مدينة كركوك في ذكرى الهجوم.",
])
def test_dt18_an_anniversary_not_told_in_full_stays_no_record(nlp, text):
    assert _det(nlp, text, "2023-03-10") == []


def test_a_device_found_at_dawn_is_no_explosion(nlp):
    # dt20: "فجر" before a day is the dawn, not "فجّر": the seizure word before it still covers the device
    for text in [
        "إثر عثور دورية للحرس فجر أمس الخميس على عبوة ناسفة قرب مدرسة بمدينة سبيطلة، تم تطويق المكان.",
        "ضبطت الشرطة فجر اليوم الأحد حزاما ناسفا داخل منزل في حي النور بمدينة الرقة.",
    ]:
        assert _det(nlp, text) == [], text
    # a bomber who detonates after the finding is still an event
    (inc,) = _det(nlp, "عثرت الشرطة على جثتين بعد أن فجر انتحاري حزامه الناسف في سوق بمدينة سبيطلة.")
    assert inc.weapon == "suicide_bomb"


def test_a_death_sentence_in_the_construct_is_a_trial(nlp):
    # dt20: "يقضي بإعدام X رميا بالرصاص" is the verdict's penalty, not a shooting
    for text in [
        "أصدرت محكمة الجنايات بمدينة صفاقس اليوم الخميس حكما يقضي بإعدام شاب متهم بقتل جاره، رميا بالرصاص.",
        "أيدت محكمة الاستئناف أمس الحكم القاضي بإعدامه رميا بالرصاص في مدينة قابس.",
    ]:
        assert _det(nlp, text) == [], text
    # the firing squad's words without a sentence: a killing is still told
    (inc,) = _det(nlp, "قتل مسلحون اليوم الخميس شابا رميا بالرصاص في بلدة العجيلات غربي ليبيا.")
    assert inc.killed == 1


def test_wp10_what_one_of_the_dead_was_involved_in_is_not_this_event(nlp):
    # a clash whose dead include a man involved in an earlier killing: the clash, not an attack on the earlier victim
    (inc,) = _det(nlp, "تحصنت مجموعة إرهابية أمس بمنزل في بلدة الوردية، واندلعت مواجهة مسلحة بينها وبين قوات الأمن، "
                       "أسفرت عن مقتل خمسة إرهابيين من بينهم قيادي خطير تورط في اغتيال رئيس البلدية.", "2019-04-10")
    assert (inc.event_type, inc.sub_event_type, inc.weapon, inc.target) == ("Battles", "Armed clash", "small_arms", None)


def test_wp10_a_suspect_involved_in_an_attack_still_tells_that_attack(nlp):
    # no one killed before the involvement: the attack it names is told (a record), as before
    recs = _det(nlp, "أوقفت الشرطة أمس شابين يشتبه في تورطهما في الهجوم الذي استهدف فندقا في مدينة الوردية الشهر "
                     "الماضي وأسفر عن مقتل ستة أشخاص.", "2019-04-10")
    assert [r.sub_event_type for r in recs] == ["Attack"]

# -- dt19_: events told but given no record (h-dt19-1136) -------------------------------------------------------------


def test_dt19_the_year_of_a_date_before_an_attack_word_is_not_a_count_of_attacks(nlp):
    text = "وكانت مدينة الموصل قد شهدت في نيسان 2017 هجوما انتحاريا على سوق للخضار أودى بحياة عشرة أشخاص."
    (inc,) = _det(nlp, text, "2019-06-02")
    assert inc.event_date == "2017-04" and inc.killed == 10 and inc.weapon == "suicide_bomb"


def test_dt19_a_real_count_of_attacks_is_still_a_total(nlp):
    text = "وشهدت المحافظة خلال عام 2018 أكثر من 40 هجوما انتحاريا أودت بحياة مئات المدنيين."
    assert _det(nlp, text, "2019-06-02") == []


def test_dt19_a_verb_of_result_in_a_relative_clause_tells_the_event(nlp):
    text = ("وتذكر المشاركون في الوقفة التفجيرين بسيارتين مفخختين أمام سوق الخضار في مدينة الحلة في أيار 2016، اللذين "
            "أوقعا عشرات القتلى.")
    (inc,) = _det(nlp, text, "2018-05-20")
    assert inc.event_date == "2016-05" and inc.weapon == "vbied"


def test_dt19_behind_is_not_a_verb_of_result(nlp):
    text = "وقال الوزير إن التحقيقات ستكشف الجهة التي تقف خلف الهجوم الإرهابي على السفارة."
    assert _det(nlp, text, "2018-05-20") == []


def test_dt19_a_toll_since_the_day_a_war_began_is_a_total(nlp):
    text = ("وكانت العمليات العسكرية على المدينة التي انطلقت منذ يوم 3 آذار الماضي قد أوقعت حتى الآن أكثر من 400 قتيل "
            "و900 جريح.")
    assert _det(nlp, text, "2018-05-20") == []

# -- dt22_: events Rasd did not detect in real text (h-dt22-1138) ------------------------------------------------------


def test_dt22_a_device_that_exploded_told_in_full_in_a_relative_clause_is_a_record(nlp):
    # the device's own verb of exploding is its verb of taking place; the toll may follow a comma with "و"
    text = ("وأوقفت الشرطة امرأة يشتبه في تركها العبوة التي انفجرت الأحد الماضي في ساحة البلدية بمدينة الوردية، "
            "وأودت بحياة أربعة أشخاص.")
    (inc,) = _det(nlp, text, "2020-06-12")
    assert inc.event_date == "2020-06-07" and inc.weapon == "ied" and inc.killed == 4


def test_dt22_a_gas_cylinder_that_exploded_with_a_toll_is_still_no_record(nlp):
    text = ("وفتحت النيابة تحقيقا في قضية أسطوانة الغاز التي انفجرت الأحد الماضي في مطعم بمدينة الوردية، وأودت بحياة "
            "أربعة أشخاص.")
    assert _det(nlp, text, "2020-06-12") == []

# -- dt23_: events Rasd did not detect in real text, second shift (h-dt22-1138) ----------------------------------------


@pytest.mark.parametrize("text", [
    "وخصص المجلس جلسته الطارئة لعملية اغتيال المهندس سالم النوري في مدينة الوردية يوم 4 أيار الماضي.",
    "وتناول التقرير عملية اغتيال الصحفية ليلى حسن أمام منزلها في مدينة الوردية يوم الأحد الماضي.",
])
def test_dt23_an_assassination_operation_with_a_day_of_its_own_is_a_record(nlp, text):
    # "عملية اغتيال" is an assassination word, as a bare "اغتيال" is: told with its own day, it happened
    (inc,) = _det(nlp, text, "2020-06-12")
    assert inc.event_date in ("2020-05-04", "2020-06-07") and inc.killed == 1


@pytest.mark.parametrize("text", [
    "وخصص المجلس جلسته الطارئة اليوم لعملية اغتيال المهندس سالم النوري.",
    "وأجلت المحكمة النظر في ملف عملية اغتيال المهندس سالم النوري إلى يوم 4 تموز المقبل.",
])
def test_dt23_an_assassination_operation_without_a_past_day_of_its_own_is_no_record(nlp, text):
    assert _det(nlp, text, "2020-06-12") == []


@pytest.mark.parametrize("text", [
    "وقال شقيقه إن عناصر إرهابية قامت اليوم باختطاف الراعي سالم بجبل الوردية.",
    "وأكد المصدر أن مجموعة مسلحة قامت صباح اليوم باختطاف مهندسين اثنين قرب مدينة الوردية.",
])
def test_dt23_an_armed_group_that_did_an_abduction_with_qama_bi_is_a_record(nlp, text):
    # "قامت باختطاف" is the active form of "تم اختطاف": the event happened, by the group named before the noun
    (inc,) = _det(nlp, text, "2020-06-12")
    assert inc.sub_event_type == "Abduction/forced disappearance" and inc.event_date == "2020-06-12"


@pytest.mark.parametrize("text", [
    "وقام شاب باختطاف هاتف امرأة في سوق مدينة الوردية اليوم.",
    "وقامت الفرقة المسرحية باختطاف الأضواء في مهرجان مدينة الوردية اليوم.",
])
def test_dt23_qama_bi_an_abduction_noun_without_an_armed_group_is_no_record(nlp, text):
    assert _det(nlp, text, "2020-06-12") == []


def test_since_a_part_of_yesterday_or_today_is_hours_ago_not_a_total(nlp):
    # dt24: "منذ صباح أمس" is when that day's fighting began, not a total since a date
    (inc,) = _det(nlp, "قتل ثلاثة مدنيين وأصيب أربعة آخرون برصاص القناصة منذ صباح أمس في حي الميدان بمدينة حمص.",
                  "2019-05-12")
    assert inc.killed == 3 and inc.wounded == 4
    # a total since the start of the year, or since a weekday days before, stays a total
    assert _det(nlp, "قتل أكثر من 200 مدني برصاص القناصة منذ مطلع العام في أحياء مدينة حمص.", "2019-05-12") == []
    assert _det(nlp, "قتل عشرات المدنيين برصاص القناصة منذ مساء الأحد في أحياء مدينة حمص.", "2019-05-12") == []


def test_renewed_fighting_is_fighting_that_took_place(nlp):
    # dt24: "تجددت الغارات" tells strikes that happened, as an occurrence verb does
    (inc,) = _det(nlp, "وأكد الجيش أن الغارات أصابت أهدافها، فيما تجددت الغارات فجر اليوم الأحد على بلدة الجفرة.",
                  "2019-05-12")
    assert inc.sub_event_type == "Air/drone strike" and inc.event_date == "2019-05-12"
    # a fear of renewed strikes names none that happened
    assert _det(nlp, "ويخشى السكان أن تتجدد الغارات على بلدة الجفرة خلال الأيام المقبلة.", "2019-05-12") == []


def test_a_victim_described_as_killed_by_a_terrorist_group_is_an_attack(nlp):
    # dt24: "الذي قتل على أيدي مجموعة إرهابية" names the group's killing, an event of its own even told in passing
    (inc,) = _det(nlp, "ونظمت الجمعية وقفة تضامنية مع عائلة الفلاح الذي قتل على أيدي مجموعة إرهابية بجبل الشعانبي.",
                  "2018-04-02")
    assert inc.sub_event_type == "Attack" and (inc.location or {}).get("text") == "جبل الشعانبي"
    assert inc.event_date is None  # recalled in passing: not the day of the vigil
    # an attacker killed by the forces, or victims killed by "the gunmen" of an event told before, are no new event
    assert _det(nlp, "وأكدت الوزارة أن منفذ الهجوم الذي قتل على يد قوات الأمن معروف لدى أجهزة الشرطة.",
                "2018-04-02") == []


def test_a_shelling_noun_after_a_preposition_with_a_verb_of_aiming_is_its_own_event(nlp):
    # dt24: "في قصف استهدف ..." tells the shelling as "في انفجار استهدف ..." tells a blast
    (inc,) = _det(nlp, "قتل طفلان وأصيبت امرأة في قصف استهدف أمس الأحد حيا سكنيا بمدينة درنة.", "2018-06-04")
    assert inc.sub_event_type == "Shelling/artillery/missile attack" and inc.killed == 2
    assert inc.event_date == "2018-06-03"
    # the noun after a preposition with no agent and no verb of aiming stays no event of its own
    assert _det(nlp, "وتحدث السكان عن خوفهم من قصف جديد على أحياء مدينة درنة.", "2018-06-04") == []

@pytest.mark.parametrize("text, expected", [
    # a rocket attack told by its kind, its munitions named as missiles in the clause: missiles, their count
    ("شنت القوات هجوما صاروخيا فجر اليوم على مدينة أوديسا أطلقت خلاله ثمانية صواريخ باليستية، ما أدى إلى مقتل "
     "ثلاثة مدنيين.", ("missile", 8)),
    # the accusative of the cruise and ballistic words
    ("أطلقت القوات أكثر من 20 صاروخا مجنحا على مطار مدينة أوديسا فجر اليوم، ما أدى إلى مقتل ثلاثة مدنيين.",
     ("missile", 20)),
    # rockets only: rockets
    ("شنت الجماعة هجوما صاروخيا على بلدة سديروت مساء الأحد أطلقت خلاله خمسة صواريخ محلية الصنع.", ("rocket", 5)),
])
def test_wp12_missiles_named_in_a_rocket_attack(nlp, text, expected):
    assert [(i.weapon, i.munitions_count) for i in _det(nlp, text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    # a rocket word a state's nationality qualifies: the state army's missiles
    ("أسفر قصف صاروخي إيراني على مقر لجماعة معارضة في منطقة السليمانية مساء الأحد عن مقتل ثلاثة أشخاص.", "missile"),
    ("ضربت صواريخ روسية مبنى سكنيا في مدينة أوديسا فجر اليوم، ما أدى إلى مقتل أربعة مدنيين.", "missile"),
    # where the rockets were made, or a rocket kind named: rockets
    ("سقطت صواريخ كاتيوشا روسية الصنع على بلدة في ريف حلب مساء الجمعة، ما أدى إلى مقتل شخصين.", "rocket"),
    ("سقطت ثلاثة صواريخ على بلدة في ريف حلب مساء الجمعة، ما أدى إلى مقتل شخصين.", "rocket"),
])
def test_wp12_a_states_rockets_are_missiles(nlp, text, expected):
    assert [i.weapon for i in _det(nlp, text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    # cold arms told with a word of arms, a stabbing or a ramming verb: a blade, not a firearm
    ("هاجم رجل بسلاح أبيض المارة في محطة للقطارات في مدينة ليون مساء الأحد، ما أدى إلى إصابة ثلاثة أشخاص.", "unknown"),
    ("هاجم رجل مسلح بسكين المارة في محطة للقطارات في مدينة ليون مساء الأحد، ما أدى إلى إصابة ثلاثة أشخاص.", "unknown"),
    ("صدم ثلاثة مهاجمين بشاحنة صغيرة المارة على جسر في مدينة ليون مساء الأحد قبل أن يطعنوا رواد المقاهي، ما أسفر "
     "عن مقتل ثمانية أشخاص.", "unknown"),
    # a soldier's fire on the man with the knife: the firearm is named
    ("فتح جندي النار على رجل مسلح بسكين كان يحاول دخول متحف في مدينة ليون مساء الأحد فأصابه.", "small_arms"),
    # "الأسلحة البيضاء" nowhere: gunmen with rifles stay small arms
    ("هاجم رجل مسلح ببندقية المارة في محطة للقطارات في مدينة ليون مساء الأحد، ما أدى إلى إصابة ثلاثة أشخاص.",
     "small_arms"),
])
def test_wp12_cold_arms_named_with_a_word_of_arms_are_no_firearm(nlp, text, expected):
    assert [i.weapon for i in _det(nlp, text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    # drones named as what the strikes hit, or a channel's name: the warplanes' air strikes
    ("قتل ثلاثة مسلحين في غارتين جويتين استهدفتا موقعا لإطلاق الطائرات المسيرة قرب مدينة الحديدة فجر اليوم.",
     "airstrike"),
    ("قالت فضائية المسيرة إن طيران التحالف شن غارة جوية على مدينة الحديدة فجر اليوم أسفرت عن مقتل ثلاثة أشخاص.",
     "airstrike"),
    # the drones the strike was made with: a drone strike
    ("قتل ثلاثة أشخاص في غارة بطائرة مسيرة على سيارة قرب مدينة الحديدة فجر اليوم.", "drone"),
    ("نفذ سلاح الجو المسير عملية استهدفت صباح اليوم مطار مدينة جازان بثلاث طائرات مسيرة.", "drone"),
])
def test_wp12_a_drone_makes_the_strike_only_when_it_is_not_its_target(nlp, text, expected):
    assert [i.weapon for i in _det(nlp, text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    # a device that hit a checkpoint ("كمين" in Egyptian usage): the device, not a battle
    ("قتل أربعة جنود في تفجير انتحاري استهدف كمينا للجيش قرب مدينة رفح مساء الأحد.", ("suicide_bomb", "Suicide bomb")),
    ("قتل أربعة جنود في انفجار عبوة ناسفة استهدفت كمينا أمنيا قرب مدينة رفح مساء الأحد.",
     ("ied", "Remote explosive/landmine/IED")),
    # an ambush laid with the bomb: the fighting stays a battle
    ("نصب مسلحون كمينا لدورية عسكرية قرب مدينة رفح مساء الأحد وفجروا عبوة ناسفة، ما أدى إلى مقتل أربعة جنود.",
     ("small_arms", "Armed clash")),
])
def test_wp12_a_checkpoint_hit_by_a_device_is_no_ambush(nlp, text, expected):
    assert [(i.weapon, i.sub_event_type) for i in _det(nlp, text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    # machine guns and rocket-propelled shells in one assault on forces: the fire of a battle
    ("قتل ثمانية جنود مساء أمس في هجوم شنه مسلحون بالأسلحة الرشاشة والقذائف الصاروخية على ثكنة عسكرية قرب بلدة "
     "القائم.", ("small_arms", "Armed clash")),
    # the shells alone, fired or fallen: a rocket attack
    ("استهدف مسلحون مساء أمس ثكنة عسكرية قرب بلدة القائم بقذيفة آر بي جي، ما أدى إلى إصابة جنديين.",
     ("rocket", "Shelling/artillery/missile attack")),
    ("سقطت ثلاث قذائف صاروخية مساء أمس على ثكنة عسكرية قرب بلدة القائم.", ("rocket", "Shelling/artillery/missile attack")),
])
def test_wp12_rocket_shells_with_firearms_are_a_ground_assault(nlp, text, expected):
    assert [(i.weapon, i.sub_event_type) for i in _det(nlp, text)] == [expected]
