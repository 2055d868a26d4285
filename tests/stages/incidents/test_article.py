"""Article-level passes (pipeline/stages/incidents/article.py): the actor the title or the story names."""

import pytest


@pytest.mark.parametrize("title, want", [
    # an armed group of the text named in the title with a verb of attack after it
    ("مسلحو حركة الشباب يهاجمون حافلة ركاب قرب بلدوين", "Al-Shabaab"),
    ("حركة الشباب تهاجم حافلة ركاب قرب بلدوين", "Al-Shabaab"),
    # a state by its nationality after a strike word, or its forces with a verb of attack
    ("قصف إثيوبي على بلدة قرب بلدوين", "Ethiopia"),
    ("الجيش الكيني يقصف مواقع قرب بلدوين", "Kenya"),
    # the forces after the attack, the group as the victim's side or the object: no actor
    ("الشرطة الصومالية تحقق في هجوم على حافلة قرب بلدوين", None),
    ("مقتل قيادي في حركة الشباب بهجوم قرب بلدوين", None),
    ("ضربات ضد حركة الشباب قرب بلدوين", None),
])
def test_the_title_names_the_actor_of_the_lead_event(nlp, title, want):
    doc = nlp.process({"id": "t", "published": "2021-02-09", "title": title, "text":
                       "قتل ثلاثة ركاب صباح أمس في هجوم على حافلة قرب مدينة بلدوين.\n"
                       "وتنشط حركة الشباب في إقليم هيران منذ سنوات."})
    assert [i.perpetrator for i in doc.incidents] == [want]


@pytest.mark.parametrize("lead, want", [
    # the lead names the attacker of the event the next sentence counts ("وكان الهجوم أسفر عن ...")
    ("أذنت السلطات بهدم مطعم في مدينة بلدوين كان قد تعرض لهجوم شنه مسلح من حركة الشباب، مستهدفا الزبائن فيه.",
     "Al-Shabaab"),
    # a denial, or the group as the side that was hit: not the attacker
    ("أذنت السلطات بهدم مطعم في مدينة بلدوين نفت حركة الشباب أن تكون هاجمته.", None),
    ("أذنت السلطات بهدم مطعم في مدينة بلدوين كان يرتاده عناصر من حركة الشباب.", None),
])
def test_the_lead_names_the_actor_of_the_event_told_after_it(nlp, lead, want):
    doc = nlp.process({"id": "l", "published": "2017-05-22", "text":
                       lead + "\nوكان الهجوم أسفر عن مقتل 17 شخصا وإصابة العشرات يوم السبت."})
    assert [i.perpetrator for i in doc.incidents] == [want]


@pytest.mark.parametrize("value, date, other", [
    ("2014-07", "2017-05-26", True),  # "جراء اندلاع عملية ... في جويلية 2014": another time
    ("2017-05-26TEV", "2017-05-26", False),
    ("2017-05", "2017-05-26", False),
    ("XXXX-05-26", "2017-05-26", False),
    (None, "2017-05-26", False),
])
def test_a_sentence_of_another_time_tells_another_event(value, date, other):
    from pipeline.stages.incidents.article import _art_other_time

    assert _art_other_time(value, date) is other


@pytest.mark.parametrize("place, want", [
    # the lead's toll told in another country's town: another event's toll
    ("في مدينة تاهوا", None),
    # told in the town of the record (or with no place): the record's toll
    ("قرب مدينة موبتي", 7),
])
def test_a_lead_toll_told_elsewhere_is_not_the_records(nlp, place, want):
    doc = nlp.process({"id": "w", "published": "2019-05-13", "text":
                       "قالت السلطات المالية إنها رحلت شخصين أحدهما على صلة بالرجل المتهم بقتل 7 أشخاص "
                       f"{place} العام الماضي. "  # (h-dt13: "عندما دهس حشدا بشاحنة" is now a ramming of its own)
                       "واشتبك الرجل مع الشرطة في تبادل لإطلاق النار قرب مدينة موبتي يوم 3 مارس."})
    (inc,) = [i for i in doc.incidents if (i.location or {}).get("canonical") == "Mopti"]
    assert inc.killed == want


@pytest.mark.parametrize("claim, want", [
    # the claim clause names the later bombing by its town: it claims that record, not the killing told first
    ("وأعلنت حركة الشباب مسؤوليتها عن تفجير جوهر في بيان، ولم تعلق على مقتل المدرس في بلدوين.",
     [None, "Al-Shabaab"]),
    # a clause of no claim after the claim clause ("فيما لم تتبن أي جهة ...") does not undo the claim
    ("وأعلنت حركة الشباب مسؤوليتها عن الهجوم على حافلة جوهر، فيما لم تتبن أي جهة قتل المدرس.",
     [None, "Al-Shabaab"]),
    # the claim names the first event by its town: that record, the bombing unclaimed
    ("وتبنت حركة الشباب اغتيال مدرس بلدوين، فيما لم تتبن أي جهة تفجير الحافلة.",
     ["Al-Shabaab", None]),
])
def test_a_claim_clause_claims_the_record_it_names(nlp, claim, want):
    doc = nlp.process({"id": "c", "published": "2020-11-03", "text":
                       "قتل مدرس برصاص مسلحين مجهولين صباح أمس في مدينة بلدوين وسط الصومال.\n"
                       "وفي اليوم نفسه، أسفر انفجار عبوة ناسفة استهدفت حافلة قرب مدينة جوهر عن مقتل أربعة ركاب.\n"
                       + claim})
    assert [i.claimed_by for i in sorted(doc.incidents, key=lambda i: i.evidence[0]["start"])] == want


@pytest.mark.parametrize("text, want", [
    # a state's own body tells of the strike in the next sentence or as the source
    ("استهدفت طائرة مسيرة تركية سيارة في ناحية سنجار غربي نينوى مساء أمس، ما أسفر عن مقتل شخصين. "
     "وأكدت وزارة الدفاع التركية تحييد إرهابيين اثنين في المنطقة.", "Turkey"),
    ("قتل أربعة من مقاتلي حركة الشباب في غارة جوية أمريكية قرب بلدة جلب جنوبي الصومال، "
     "حسبما أعلنت القيادة الأمريكية في أفريقيا.", "United States"),
    # another state's body, or a denial, is no acknowledgement
    ("استهدفت طائرة مسيرة تركية سيارة في ناحية سنجار غربي نينوى مساء أمس، ما أسفر عن مقتل شخصين. "
     "وقالت وزارة الخارجية العراقية إن الهجوم انتهاك للسيادة.", None),
    ("استهدفت طائرة مسيرة تركية سيارة في ناحية سنجار غربي نينوى مساء أمس، ما أسفر عن مقتل شخصين. "
     "ونفت وزارة الدفاع التركية أي علاقة لها بالضربة.", None),
])
def test_ac9_a_state_body_telling_of_its_strike_claims_it(nlp, text, want):
    doc = nlp.process({"id": "ac9s", "published": "2023-03-12", "text": text})
    assert [i.claimed_by for i in doc.incidents][:1] == [want]


def test_ac9_a_state_body_saying_nothing_of_the_act_does_not_claim(nlp):
    doc = nlp.process({"id": "ac9n", "published": "2023-10-14", "text":
                       "قتل مصور وأصيب أربعة صحفيين بقصف مدفعي إسرائيلي على بلدة الضهيرة جنوبي لبنان أمس. "
                       "وقال متحدث باسم الجيش الإسرائيلي إن الحادث قيد المراجعة."})
    assert [i.claimed_by for i in doc.incidents] == [None]


@pytest.mark.parametrize("text, want", [
    # ac14: the state's body speaks a paragraph after the strike, past a sentence of reactions no record tells
    ("قصفت طائرات حربية أردنية مواقع للمهربين قرب الحدود السورية فجر أمس. "
     "وقال رئيس الوزراء في كلمة إن المملكة لن تسمح بتهديد أمنها. "
     "وأعلن الجيش الأردني في بيان أن الضربات حققت أهدافها كاملة.", "Jordan"),
    # the body of another state speaking there acknowledges nothing
    ("قصفت طائرات حربية أردنية مواقع للمهربين قرب الحدود السورية فجر أمس. "
     "وقال رئيس الوزراء في كلمة إن المملكة لن تسمح بتهديد أمنها. "
     "وأعلنت وزارة الدفاع السورية في بيان أن الغارات أصابت منازل مدنيين.", None),
])
def test_ac14_a_state_body_two_sentences_after_the_strike_claims_it(nlp, text, want):
    doc = nlp.process({"id": "ac14s", "published": "2022-02-10", "text": text})
    assert [i.claimed_by for i in doc.incidents][:1] == [want]


@pytest.mark.parametrize("said, want", [
    # a later statement names who did the attack: after "إن" an armed actor, a verb of carrying out or "يقف وراء"
    # and a definite noun of attack
    ("وقال محافظ الولاية إن عناصر من «حركة الشباب» نفذوا الهجوم.", "Al-Shabaab"),
    ("وقال وزير الأمن إن حركة الشباب تقف وراء الاعتداء.", "Al-Shabaab"),
    ("وأكد قائد الشرطة أن مسلحين من حركة الشباب ارتكبوا المجزرة.", "Al-Shabaab"),
    # the group named otherwise: not the agent of the attack
    ("وقال محافظ الولاية إن حركة الشباب تنشط في المنطقة منذ سنوات.", None),
    ("وقال محافظ الولاية إن حركة الشباب نفذت هجمات مماثلة في الماضي.", None),
])
def test_ac11_a_statement_naming_who_did_the_attack_sets_the_perpetrator(nlp, said, want):
    doc = nlp.process({"id": "ac11s", "published": "2019-03-02", "text":
                       "قتل ثلاثة جنود وأصيب آخر مساء أمس في هجوم مسلح على نقطة تفتيش عند مدخل مدينة بلدوين. " + said})
    assert [i.perpetrator for i in doc.incidents][:1] == [want]


@pytest.mark.parametrize("said, want", [
    # the subject of "يقف وراء" is the head of its clause, not a group in its modifier; the verb first (VSO); the
    # subject after "وراءه"; the noun before "التي"
    ("وقال وزير الأمن إن فصيل «حزب الإسلام» المنشق عن حركة الشباب يقف وراء الهجوم.", "Hizbul Islam"),
    ("ويقف تنظيم داعش وراء الهجوم بحسب وزير الأمن.", "Islamic State"),
    ("وقال وزير الأمن إن الهجوم يقف وراءه تنظيم داعش.", "Islamic State"),
    # negated: no perpetrator
    ("وقال وزير الأمن إن حركة الشباب لا تقف وراء الهجوم.", None),
    ("ونفت حركة الشباب أن تكون تقف وراء الهجوم.", None),
])
def test_ac12_who_stands_behind_the_attack_is_its_perpetrator(nlp, said, want):
    doc = nlp.process({"id": "ac12b", "published": "2019-03-02", "text":
                       "قتل ثلاثة جنود مساء أمس في هجوم مسلح على نقطة تفتيش عند مدخل مدينة بلدوين.\n"
                       "ونقل الجرحى إلى المستشفى العام في المدينة.\n" + said})
    assert [i.perpetrator for i in doc.incidents][:1] == [want]


def test_ac12_an_accusation_goes_to_the_event_told_last_before_it(nlp):
    # the lead event retold in the pluperfect after a raid: "يقف وراء الهجوم" is the retold bombing's
    doc = nlp.process({"id": "ac12n", "published": "2021-04-09", "text":
                       "قالت الشرطة، اليوم الجمعة، إن اثنين من المشتبه بهم في التفجير الانتحاري الذي استهدف سوقا في مدينة كويتا "
                       "الشهر الماضي قتلا في تبادل "
                       "لإطلاق النار مع قواتها.\n"
                       "وأوضحت الشرطة أن عناصرها داهموا ليلة الأربعاء مخبأ في بلدة بشين، فاندلع اشتباك قتل فيه المشتبه بهما.\n"
                       "وكان انتحاري قد فجر نفسه وسط المتسوقين في سوق مدينة كويتا في 2 آذار/مارس، ما أسفر عن مقتل 19 شخصا.\n"
                       "وقال قائد الشرطة في وقت سابق إن فصيل «جماعة الأحرار» المنشق عن حركة طالبان باكستان يقف وراء الهجوم."})
    got = {(r.event_date, r.perpetrator) for r in doc.incidents}
    assert ("2021-03-02", "Jamaat-ul-Ahrar") in got


@pytest.mark.parametrize("claim, want", [
    # a dual or a plural object refers back to both events told before it
    ("وتبنت حركة الشباب الهجومين في بيان بثته إذاعة الأندلس.", ["Al-Shabaab", "Al-Shabaab"]),
    ("وأعلنت حركة الشباب مسؤوليتها عن التفجيرين.", ["Al-Shabaab", "Al-Shabaab"]),
    ("وأعلنت حركة الشباب مسؤوليتها عن الهجمات.", ["Al-Shabaab", "Al-Shabaab"]),
    # a singular object: the one told last only; a negated claim: none
    ("وتبنت حركة الشباب الهجوم الأخير في بيان.", [None, "Al-Shabaab"]),
    ("ولم تتبن أي جهة الهجومين حتى الآن.", [None, None]),
])
def test_ac12_a_dual_or_plural_claim_object_claims_every_event_it_names(nlp, claim, want):
    doc = nlp.process({"id": "ac12c", "published": "2020-06-14", "text":
                       "قتل أربعة جنود صباح أمس الأول في هجوم مسلح على نقطة تفتيش في مدينة بلدوين.\n"
                       "وبعد ساعات، قتل ثلاثة مدنيين في انفجار عبوة ناسفة في سوق مدينة جوهر مساء السبت.\n" + claim})
    assert [i.claimed_by for i in sorted(doc.incidents, key=lambda r: r.evidence[0]["start"])] == want


@pytest.mark.parametrize("text, want", [
    # a revised toll in a later sentence replaces the lead's figure
    ("انفجرت عبوة ناسفة مساء أمس داخل سوق شعبي في مدينة الخالص، ما أسفر عن مقتل خمسة أشخاص وإصابة 12 آخرين. "
     "وأضاف المصدر أن العبوة كانت مزروعة قرب عربة لبيع الفاكهة، وأن قوة أمنية طوقت مكان الانفجار. "
     "وفي وقت لاحق، قال مسؤول في دائرة الصحة إن حصيلة القتلى ارتفعت إلى ثمانية بعد انتشال جثث من تحت الأنقاض.",
     (8, 12)),
    # a revised toll whose head comes before a relative clause and its number after it fills the record
    ("قالت أسرة الحمال سليمان آدم، الذي قتل في التفجير الانتحاري الذي ضرب سوق بلدة مورا مساء الثلاثاء، إنها دفنته "
     "اليوم. وقال ابن عمه لمراسلنا إنه خرج للعمل كعادته ولم يعد. "
     "وارتفعت حصيلة التفجير، الذي نفذه فتيان كانا يرتديان حزامين ناسفين، إلى أحد عشر قتيلا، بحسب مصدر محلي.",
     (11, None)),
    # the earlier figure the toll replaced is not the latest
    ("انفجرت عبوة ناسفة مساء أمس داخل سوق شعبي في مدينة الخالص، ما أسفر عن مقتل خمسة أشخاص. "
     "وقال مسؤول إن حصيلة القتلى ارتفعت إلى ثمانية، بعدما كانت الحصيلة الأولية تشير إلى خمسة قتلى.",
     (8, None)),
])
def test_cs9_revised_toll_is_the_latest_figure(nlp, text, want):
    (inc,) = nlp.process({"id": "rt", "published": "2019-05-09", "text": text}).incidents
    assert (inc.killed, inc.wounded) == want


def test_cs9_revised_toll_told_before_a_recalled_record_stays_off_it(nlp):
    text = ("زار الحاكم أمس جرحى الهجوم الذي استهدف مخيما للنازحين في منطقة بيني. وقال إن حصيلة الهجوم ارتفعت إلى "
            "38 قتيلا. وهذا ثاني هجوم على مخيم خلال شهرين، بعد مقتل 21 شخصا في هجوم على مخيم كاسيندي في مارس الماضي.")
    incs = nlp.process({"id": "rt2", "published": "2022-05-06", "text": text}).incidents
    assert all(i.killed != 38 for i in incs if i.event_date and i.event_date.startswith("2022-03"))


@pytest.mark.parametrize("text, claim", [
    # the state's own body tells of its forces' raid: the state acknowledges it
    ("وأوضح بيان للشرطة أن عناصرها داهموا ليلة الأحد وكرا في بلدة مردان، فاندلع اشتباك قتل فيه أربعة مسلحين.",
     "Pakistan"),
    ("وقتل ثلاثة مسلحين فجر الثلاثاء عندما داهمت قوة من الجيش منزلا في مدينة لاهور، بحسب بيان للجيش.", "Pakistan"),
    # a witness tells it: no claim
    ("وقال شهود إن قوة من الشرطة داهمت منزلا في مدينة لاهور فجر الثلاثاء، واندلع تبادل لإطلاق النار قتل فيه مسلحان.",
     None),
])
def test_a_raid_told_by_the_state_body_is_its_claim(nlp, text, claim):
    incs = nlp.process({"id": "ac13b", "published": "2021-03-09", "text": text}).incidents
    assert incs and incs[0].perpetrator == "Pakistan" and incs[0].claimed_by == claim, \
        (text, [(i.perpetrator, i.claimed_by) for i in incs])


@pytest.mark.parametrize("second, want", [
    # ac14: a speaker ties the attackers' cell to a group: that group is the perpetrator, whoever claimed the attack
    ("وتبنى تنظيم الدولة الإسلامية التفجير، فيما قالت الشرطة إن العبوة زرعتها خلية مرتبطة بحركة الشباب.",
     ("Al-Shabaab", "Islamic State")),
    ("وأعلنت الشرطة اعتقال شخصين، وقالت إنهما ينتميان إلى خلية تابعة لحركة الشباب.", ("Al-Shabaab", None)),
    # a cell that is no armed group's (a unit of the state's forces) names no one
    ("وقالت الشرطة إن خلية أمنية تابعة للجيش فككت عبوة أخرى في المدينة.", (None, None)),
])
def test_ac14_the_cell_a_speaker_ties_to_a_group_names_the_perpetrator(nlp, second, want):
    text = "انفجرت عبوة ناسفة أمس داخل مقهى في مدينة بيدوا، ما أدى إلى مقتل أربعة أشخاص. " + second
    doc = nlp.process({"id": "ac14k", "published": "2021-10-10", "text": text})
    assert [(i.perpetrator, i.claimed_by) for i in doc.incidents] == [want]

_CS11_LEAD = ("قال أقارب سائق الأجرة علي حسن، الذي قتل في التفجير الانتحاري الذي ضرب سوق بلدة دامبوا مساء الثلاثاء، إنهم "
              "دفنوه صباح اليوم. ")


@pytest.mark.parametrize("toll, want", [
    # the wounded told beside a revised toll in its sentence fill the record built from an earlier sentence
    ("وارتفعت حصيلة التفجير، الذي نفذه شاب يرتدي حزاما ناسفا، إلى ستة قتلى بينهم الانتحاري، إضافة إلى 11 جريحا، "
     "بحسب مصدر محلي.", (6, 11)),
    # a toll sentence with no wounded adds none
    ("وارتفعت حصيلة التفجير، الذي نفذه شاب يرتدي حزاما ناسفا، إلى ستة قتلى بينهم الانتحاري، بحسب مصدر محلي.",
     (6, None)),
])
def test_cs11_the_other_outcome_beside_a_revised_toll(nlp, toll, want):
    doc = nlp.process({"id": "t", "published": "2019-05-09", "text": _CS11_LEAD + toll})
    assert [(i.killed, i.wounded) for i in doc.incidents] == [want]


@pytest.mark.parametrize("text, want", [
    # "عدد الضحايا", "الحصيلة": a later sentence about the same event's victims gives the outcome not counted yet
    ("قتل 25 قرويا في هجوم شنه مسلحون على قرية بولاية موبتي وسط مالي. وقالت مصادر محلية إن عدد الضحايا "
     "مرشح للارتفاع، فيما نقل 18 جريحا إلى مستشفى المدينة.", (25, 18)),
    ("قتل 25 قرويا في هجوم شنه مسلحون على قرية بولاية موبتي وسط مالي. وأكد مسؤول محلي أن الحصيلة "
     "تشمل 7 جرحى في حالة خطرة.", (25, 7)),
    # an outcome counted already keeps its figure
    ("قتل 25 قرويا وأصيب 30 في هجوم شنه مسلحون على قرية بولاية موبتي وسط مالي. وقالت مصادر محلية إن عدد "
     "الضحايا مرشح للارتفاع، فيما نقل 18 جريحا إلى مستشفى المدينة.", (25, 30)),
])
def test_cs13_victims_anaphor_in_a_later_sentence(nlp, text, want):
    doc = nlp.process({"id": "an", "published": "2021-06-06", "text": text})
    (inc,) = doc.incidents
    assert (inc.killed, inc.wounded) == want


_AC16_LEAD = "قتل تسعة أشخاص في انفجار عبوة ناسفة داخل سوق شعبي في مدينة مايدوغوري بولاية بورنو صباح اليوم الأحد. "


@pytest.mark.parametrize("text, want", [
    # a claim the police contest in its sentence: the claimant keeps the claim, the group the police name did it
    (_AC16_LEAD + "وتبنى تنظيم داعش التفجير، لكن الشرطة نسبته إلى جماعة بوكو حرام.", ("Boko Haram", "Islamic State")),
    # the authorities name no group: no perpetrator, the claim stays
    ("خطف مسلحون 40 مسافرا من حافلة على طريق في ولاية النيجر يوم الجمعة، وهي عملية ادعت جماعة بوكو حرام المسؤولية "
     "عنها، بينما قالت الشرطة إن عصابات إجرامية نفذتها.", (None, "Boko Haram")),
    # "ادعت ... المسؤولية" is a claim
    ("خطف مسلحون 40 مسافرا من حافلة على طريق في ولاية النيجر يوم الجمعة، وهي عملية ادعت جماعة بوكو حرام المسؤولية "
     "عنها.", ("Boko Haram", "Boko Haram")),
    # a contrast that names no doer contests nothing
    (_AC16_LEAD + "وتبنت جماعة بوكو حرام التفجير، فيما قالت الحكومة إن الوضع في المدينة تحت السيطرة.",
     ("Boko Haram", "Boko Haram")),
])
def test_ac16_claim_contested_by_the_authorities(nlp, text, want):
    doc = nlp.process({"id": "cc", "published": "2022-05-08", "text": text})
    (inc,) = doc.incidents
    assert (inc.perpetrator, inc.claimed_by) == want


@pytest.mark.parametrize("text, want", [
    # a trial of a group's members for a series of bombings names the doer of the bombing recalled after it
    ("قضت محكمة في العاصمة النيجرية نيامي، أمس الخميس، بسجن ستة أعضاء في جماعة بوكو حرام مدى الحياة بعد إدانتهم "
     "بالمشاركة في سلسلة تفجيرات هزت مدينة ديفا العام الماضي. وكان انتحاري قد فجر نفسه في 3 مارس الماضي داخل سوق "
     "للماشية في مدينة ديفا، ما أدى إلى مقتل 11 شخصا.", [("Boko Haram", None)]),
    # a member accused of the attack at a named place: his group is the perpetrator, the claim stays another's
    ("اعتقلت الشرطة الكينية، اليوم السبت، رجلا تقول إنه أحد عناصر حركة الشباب وتتهمه بالضلوع في تفجير فندق غاريسا. "
     "وكان تنظيم داعش قد تبنى الهجوم الذي وقع في 5 مايو الماضي داخل فندق في مدينة غاريسا وأسفر عن مقتل سبعة أشخاص.",
     [("Al-Shabaab", "Islamic State")]),
    # a charge of membership alone names no attack's doer
    ("قضت محكمة في تونس، أمس الخميس، بسجن شاب خمس سنوات بتهمة الانتماء إلى تنظيم داعش. وكان والده قد قتل في 3 مارس "
     "الماضي في انفجار عبوة ناسفة داخل سوق في مدينة القصرين.", [(None, None)]),
])
def test_ac16_members_charged_with_the_attacks(nlp, text, want):
    doc = nlp.process({"id": "mc", "published": "2022-05-08", "text": text})
    assert [(i.perpetrator, i.claimed_by) for i in doc.incidents] == want
