"""Incident stage: records (pipeline/stages/incidents/records.py)."""

import pytest


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


@pytest.mark.parametrize("lead, second, killed", [
    # the next sentence counts dead in another province and names no event word: another event's toll
    ("أصيب ثلاثة جنود بانفجار عبوة ناسفة قرب مدينة سطيف صباح الأحد.",
     "وكانت قوات الجيش قد قتلت خمسة مسلحين في ولاية جيجل.", None),
    ("سقطت قذيفة هاون على سوق في مدينة وهران مساء الأحد.",
     "وأعلنت وزارة الدفاع الأسبوع الماضي أن قوات الجيش قتلت 9 إرهابيين في ولاية البويرة.", None),
    # the same with the event retold ("الهجوم"): it may be this event's toll, kept
    ("سقطت قذيفة هاون على سوق في مدينة وهران مساء الأحد.",
     "وقال مصدر أمني إن القذيفة أسفرت عن مقتل ثلاثة أشخاص.", 3),
])
def test_mg7_a_toll_told_in_another_province_is_not_the_leads(nlp, lead, second, killed):
    doc = nlp.process({"id": "mg7-else", "published": "2018-05-07", "text": lead + " " + second})
    first = min(doc.incidents, key=lambda i: i.evidence[0]["start"])
    assert first.weapon in ("ied", "mortar")
    assert first.killed == killed


@pytest.mark.parametrize("second, want", [
    # ac14: the sentence going on with the event is the group's own account, through its outlet named by its kind
    ("في المقابل، زعمت قناة المسيرة الناطقة باسم الجماعة أن مقاتليها قتلوا \"عشرات الجنود\".", "Houthis"),
    # the outlet telling of what the other side did claims nothing for its group
    ("في المقابل، قالت قناة المسيرة الناطقة باسم الجماعة إن طائرات التحالف قتلت خمسة مدنيين في المنطقة.", None),
])
def test_ac14_a_groups_account_in_the_next_sentence_claims_the_clash(nlp, second, want):
    text = ("اندلعت اشتباكات عنيفة أمس بين مسلحي جماعة الحوثي والقوات الحكومية قرب مدينة حرض، قتل فيها ثلاثة جنود. "
            + second)
    doc = nlp.process({"id": "ac14c", "published": "2021-10-10", "text": text})
    assert [i.claimed_by for i in doc.incidents] == [want]


@pytest.mark.parametrize("text, expected", [
    # an ambush on a bus or a truck that no word makes a security vehicle: an attack on the people in it
    ("أصيب أربعة مزارعين بجروح مساء الثلاثاء عندما نصب مسلحون كمينا لشاحنة كانت تنقلهم قرب مدينة غاو.",
     ("Violence against civilians", "Attack")),
    ("قتل سائق وراكبان صباح الخميس في كمين نصبه مجهولون لحافلة ركاب على الطريق قرب مدينة غاو.",
     ("Violence against civilians", "Attack")),
    # an ambush on a patrol or a military convoy stays a battle
    ("قتل جنديان مساء الثلاثاء عندما نصب مسلحون كمينا لدورية عسكرية قرب مدينة غاو.", ("Battles", "Armed clash")),
    ("نصب مسلحون مساء الثلاثاء كمينا لقافلة للجيش قرب مدينة غاو، ما أدى إلى مقتل ثلاثة.", ("Battles", "Armed clash")),
])
def test_wp8_an_ambush_on_a_vehicle_that_is_no_security_one_is_an_attack(nlp, text, expected):
    doc = nlp.process({"id": "wp8", "published": "2024-05-10", "text": text})
    assert [(i.event_type, i.sub_event_type) for i in doc.incidents] == [expected]


@pytest.mark.parametrize("text, expected", [
    # the plural verb of clashing: soldiers and gunmen fought, a battle
    ("أفاد مصدر عسكري بأن عناصر من الحرس الوطني اشتبكوا مساء الأربعاء مع مسلحين قرب بلدة تيسيت وقتلوا أربعة منهم.",
     ("Battles", "Armed clash")),
    # gunmen who shot villagers, no verb of clashing: an attack
    ("أفاد مصدر محلي بأن مسلحين أطلقوا النار مساء الأربعاء على سكان قرب بلدة تيسيت وقتلوا أربعة منهم.",
     ("Violence against civilians", "Attack")),
])
def test_wp8_the_plural_verb_of_clashing_makes_a_battle(nlp, text, expected):
    doc = nlp.process({"id": "wp8", "published": "2024-05-10", "text": text})
    assert [(i.event_type, i.sub_event_type) for i in doc.incidents] == [expected]


@pytest.mark.parametrize("text, expected", [
    # an attack on a market or a cafe, a policeman among the dead: an attack on the people there
    ("قتل شرطي وأصيب ثلاثة أشخاص مساء الجمعة في هجوم بسكين نفذه رجل في السوق المركزي بمدينة ليون.",
     ("Violence against civilians", "Attack")),
    ("أطلق مسلح النار مساء الجمعة داخل مقهى في مدينة ليون، ما أسفر عن مقتل شرطيين.",
     ("Violence against civilians", "Attack")),
    # a police station or a military bus: the forces themselves, a battle
    ("أطلق مسلح النار مساء الجمعة على مركز للشرطة في مدينة ليون، ما أسفر عن مقتل شرطيين.",
     ("Battles", "Armed clash")),
    ("أطلق مسلحون النار مساء الجمعة على حافلة عسكرية قرب مدينة ليون، ما أسفر عن مقتل شرطيين.",
     ("Battles", "Armed clash")),
])
def test_wp9_a_civilian_place_keeps_an_attack_with_police_among_the_dead(nlp, text, expected):
    doc = nlp.process({"id": "wp9", "published": "2024-05-10", "text": text})
    assert [(i.event_type, i.sub_event_type) for i in doc.incidents] == [expected]


@pytest.mark.parametrize("text, expected", [
    # a convoy of relief trucks or of civilian cars: an attack on unarmed people
    ("هاجم مسلحون مساء الأحد قافلة مساعدات إنسانية قرب بلدة كيدال، ما أدى إلى مقتل سائقين اثنين.",
     ("Violence against civilians", "Attack")),
    ("فتح مسلحون النار مساء الأحد على قافلة من السيارات المدنية قرب بلدة كيدال، ما أدى إلى مقتل سبعة أشخاص.",
     ("Violence against civilians", "Attack")),
    # an ambush on a convoy of trade trucks: an attack on the drivers, not on forces
    ("قتل سائقان مساء الأحد في كمين نصبه مسلحون لقافلة شاحنات تجارية قرب بلدة كيدال.",
     ("Violence against civilians", "Attack")),
    # a convoy with no such word, or a military one escorting aid: the forces, a battle
    ("هاجم مسلحون مساء الأحد قافلة قرب بلدة كيدال، ما أدى إلى مقتل سبعة أشخاص.", ("Battles", "Armed clash")),
    ("هاجم مسلحون مساء الأحد قافلة عسكرية ترافق شاحنات مساعدات قرب بلدة كيدال، ما أدى إلى مقتل سبعة أشخاص.",
     ("Battles", "Armed clash")),
])
def test_wp9_a_convoy_of_unarmed_people_is_no_security_target(nlp, text, expected):
    doc = nlp.process({"id": "wp9b", "published": "2024-05-10", "text": text})
    assert [(i.event_type, i.sub_event_type) for i in doc.incidents] == [expected]


@pytest.mark.parametrize("text, expected", [
    # a suicide bombing foiled in the lead, retold as "this attack": the belt is the attack's weapon
    ("أعلنت الشرطة أن شرطيا أحبط هجوما انتحاريا أمام مركز للشرطة في مدينة وهران مساء الأحد بإطلاقه النار على حزام "
     "ناسف كان يرتديه المهاجم. وقالت المديرية إن النيابة فتحت تحقيقا بعد هذا الهجوم الإرهابي.",
     [("suicide_bomb", "Suicide bomb")]),
    # the bombings named in passing at the same city: an explosion, no device, no count
    ("أوقفت الشرطة ثلاثة أشخاص على صلة بتفجيرات ليون التي وقعت الجمعة. وأدت هجمات في مواقع مختلفة من مدينة ليون "
     "إلى مقتل 40 شخصا.", [("ied", "Remote explosive/landmine/IED")]),
    # bombings in another city: another event, the attacks keep their guess
    ("أوقفت الشرطة ثلاثة أشخاص على صلة بتفجيرات مرسيليا التي وقعت الشهر الماضي. وأدت هجمات في مواقع مختلفة من "
     "مدينة ليون إلى مقتل 40 شخصا.", [("small_arms", "Attack")]),
    # a missile named in another context ("جدار مضاد للصواريخ") is no device of the attack
    ("قتل 30 شخصا في الهجمات التي ضربت مدينة ليون الشهر الماضي. وتعتزم البلدية إقامة جدار مضاد للصواريخ في مدينة "
     "ليون.", [("unknown", "Attack")]),
])
def test_wp12_the_device_the_article_names_for_an_attack_told_without_one(nlp, text, expected):
    doc = nlp.process({"id": "wp12-dev", "published": "2020-01-01", "text": text})
    assert [(i.weapon, i.sub_event_type) for i in doc.incidents] == expected


@pytest.mark.parametrize("text, expected", [
    # an attack the soldiers or the villagers repelled: two armed sides fought, a battle
    ("وتمكن الجنود من صد الهجوم على القاعدة في بلدة كيدال مساء الأحد وقتل عشرين من المهاجمين.",
     ("Battles", "Armed clash")),
    ("نجحت وحدات الحرس مساء الأحد في التصدي لهجوم مسلح على بلدة كيدال أسفر عن مقتل عنصرين من الحرس.",
     ("Battles", "Armed clash")),
    # an attack on a market with nobody repelling it: an attack
    ("هاجم مسلحون سوقا في بلدة كيدال مساء الأحد، ما أدى إلى مقتل عشرين مدنيا.",
     ("Violence against civilians", "Attack")),
])
def test_wp12_an_attack_told_as_repelled_is_a_battle(nlp, text, expected):
    doc = nlp.process({"id": "wp12-rep", "published": "2024-05-10", "text": text})
    assert [(i.event_type, i.sub_event_type) for i in doc.incidents] == [expected]


@pytest.mark.parametrize("text, expected", [
    # abductors named as armed: small arms
    ("اختطفت مجموعة مسلحة مساء الأحد ثلاثة مهندسين قرب مدينة سبها.", "small_arms"),
    ("أعلنت الشرطة أن مسلحي العصابة أفرجوا اليوم عن أربعة عمال كانوا قد خطفوهم الأسبوع الماضي قرب مدينة سبها.",
     "small_arms"),
    # unknown men, or a blade: no firearm
    ("خطف مجهولون مساء الأحد طبيبا أثناء عودته إلى منزله في مدينة سبها.", "unknown"),
])
def test_wp12_abductors_named_as_armed_use_small_arms(nlp, text, expected):
    doc = nlp.process({"id": "wp12-abd", "published": "2024-05-10", "text": text})
    assert [(i.sub_event_type, i.weapon) for i in doc.incidents] == [("Abduction/forced disappearance", expected)]


@pytest.mark.parametrize("second, expected", [
    # the claim names the belts of the explosions told with no device: a suicide bombing
    ("وتبنى التنظيم الهجوم في بيان، مؤكدا أن عنصرين من عناصره فجرا حزامين ناسفين وسط الحشود.", "suicide_bomb"),
    # a belt in another city: another event, the explosions keep their ied
    ("وكان انتحاري قد فجر حزاما ناسفا في مدينة بندر عباس في الشهر الماضي.", "ied"),
])
def test_wp12_explosions_told_with_no_device_take_the_device_the_claim_names(nlp, second, expected):
    doc = nlp.process({"id": "wp12-vague", "published": "2024-01-04", "text":
                       "ارتفعت حصيلة التفجيرين اللذين وقعا أمس قرب مرقد في مدينة كرمان إلى 80 قتيلا. " + second})
    first = min(doc.incidents, key=lambda i: i.evidence[0]["start"])
    assert first.weapon == expected
