"""Incident stage: actors (pipeline/stages/incidents/actors.py)."""

import pytest


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


def test_state_forces_act_for_their_state_and_victims_are_not_actors(nlp):
    doc = nlp.process({"id": "sf", "published": "2013-12-16", "text":
                       "قتل 76 شخصا أمس في قصف جوي شنته مروحيات الجيش السوري بالبراميل المتفجرة على أحياء مدينة حلب."})
    (inc,) = doc.incidents
    assert inc.perpetrator == "Syria"
    doc = nlp.process({"id": "sv", "published": "2020-03-24", "text":
                       "قتل 47 من الجنود النيجيريين أمس في كمين نصبه مسلحون لقافلة عسكرية قرب قرية غونيري في ولاية يوبي."})
    assert [i.perpetrator for i in doc.incidents] == [None]


def test_the_target_is_what_was_hit_not_the_attackers(nlp):
    doc = nlp.process({"id": "t", "published": "2020-03-24", "text":
                       "انفجرت عبوة ناسفة أمس قرب موقف للحافلات في مدينة الموصل، ما أسفر عن إصابة ثلاثة مدنيين."})
    (inc,) = doc.incidents
    assert inc.target["text"].startswith("موقف للحافلات")
    doc = nlp.process({"id": "t2", "published": "2020-03-24", "text":
                       "هاجم مسلحون أمس قافلة عسكرية قرب بلدة غاو شمالي مالي، ما أسفر عن مقتل أربعة جنود."})
    (inc,) = doc.incidents
    assert inc.target["text"].startswith("قافلة عسكرية")


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


def test_the_army_without_its_state_is_the_state_where_it_happened(nlp):
    doc = nlp.process({"id": "gen", "published": "2023-04-17", "text":
                       "وأعلن الجيش أمس الأحد أن سلاح الجو نفذ غارات على معسكرات الدعم السريع في مدينة الخرطوم."})
    (inc,) = doc.incidents
    assert inc.weapon == "airstrike" and inc.perpetrator == "Sudan" and inc.claimed_by == "Sudan"


def test_a_later_accusation_names_the_perpetrator(nlp):
    doc = nlp.process({"id": "acc", "published": "2013-08-29", "text":
                       "انفجرت سيارة مفخخة أمس في مدينة الصدر، ما أدى إلى مقتل 18 شخصا.\n"
                       "وانفجرت سيارة مفخخة أخرى أمس في حي الكاظمية، ما أدى إلى مقتل سبعة أشخاص.\n"
                       "ولم تعلن أي جهة مسؤوليتها، لكن قيادة العمليات اتهمت تنظيم دولة العراق الإسلامية بالوقوف وراء التفجيرات."})
    assert [i.perpetrator for i in doc.incidents] == ["Islamic State of Iraq"] * 2


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
    # the dead are the toll, not what was hit: no target without a verb of targeting or a preposition naming one
    "قتل خمسة جنود في هجوم شنه مسلحون أمس في بلدة أفجوي جنوب مقديشو.",
    "قتل جندي في هجوم شنه مسلحون أمس في بلدة أفجوي جنوب مقديشو.",
    "أصيب ستة عسكريين في انفجار لغم أرضي بجبل الشعانبي مساء أمس.",
    "أسفرت اشتباكات بين الجيش ومسلحين في منطقة ميران شاه عن مقتل سبعة جنود وثلاثة مسلحين.",
    "قتل أربعة من عناصر الشرطة في انفجار عبوة ناسفة بمدينة كويتا أمس.",
])
def test_the_dead_are_not_the_target(nlp, text):
    doc = nlp.process({"id": "forces-target", "published": "2022-03-10", "text": text})
    assert [i.target for i in doc.incidents] == [None]


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
    # the object of "ضد" is the force attacked (tg8); the direction after it is where, never the target
    assert [(i.target or {}).get("text") for i in doc.incidents] == ["الجيش"]


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


@pytest.mark.parametrize("text, perpetrator, claimed_by", [
    # an intelligence service that kills acts for its state, as the army does
    ("اغتال الموساد أمس القيادي في حركة حماس سامي العبد بإطلاق النار عليه أمام منزله في مدينة صيدا.",
     "Israel", None),
    # "اغتال" is a verb of attack: the faction that is its subject did it
    ("اغتالت حركة الشباب صباح أمس نائبا في البرلمان بإطلاق النار عليه في مقديشو.", "Al-Shabaab", None),
    # "متبنيا" after a statement is a claim
    ("قتل ثلاثة جنود أمس في هجوم على دورية في مدينة العريش، وأصدر تنظيم ولاية سيناء بيانا متبنيا الهجوم.",
     "Islamic State – Sinai Province", "Islamic State – Sinai Province"),
])
def test_an_assassinating_service_and_a_statement_adopting_the_attack(nlp, text, perpetrator, claimed_by):
    (inc,) = nlp.process({"id": "a", "text": text, "published": "2016-12-16"}).incidents
    assert (inc.perpetrator, inc.claimed_by) == (perpetrator, claimed_by)


@pytest.mark.parametrize("text, perpetrator, claimed", [
    ("نيامي (وكالات) - أعلنت وزارة الدفاع في النيجر، اليوم الأربعاء، أن وحدات الجيش تمكنت مساء أمس الثلاثاء من القضاء على 9 إرهابيين "
     "خلال عملية تمشيط قرب بلدة تيرا غربي البلاد، فيما أصيب جنديان بجروح طفيفة في الاشتباكات.", "Niger", "Niger"),
    ("وقالت الوزارة في بيان إن قوات الجيش قتلت 12 مسلحا في كمين بولاية تيزي وزو.", "Algeria", "Algeria"),
    ("أفضت العملية الأمنية التي قامت بها وحدات الحرس الوطني بمنطقة دوز في ولاية قبلي إلى القضاء على ثلاثة إرهابيين، "
     "بحسب بيان لوزارة الداخلية.", "Tunisia", "Tunisia"),
    # a clash between two sides, and forces that were hit: no state as actor
    ("اندلعت اشتباكات بين الجيش وعناصر إرهابية في جبل سمامة بولاية القصرين أسفرت عن مقتل إرهابي.", None, None),
    ("هاجم مسلحون دورية لقوات الجيش قرب بلدة تيرا في النيجر، ما أسفر عن مقتل ثلاثة مسلحين وجنديين.", None, None),
])
def test_state_forces_that_killed_militants_are_the_perpetrator(nlp, text, perpetrator, claimed):
    doc = nlp.process({"id": "fk", "published": "2021-03-17", "text": text})
    (inc,) = doc.incidents
    assert (inc.perpetrator, inc.claimed_by) == (perpetrator, claimed)


@pytest.mark.parametrize("text, target", [
    # a place noun with "ب" ends the target: where it happened, not what was hit
    ("اغتال مسلحون مجهولون اليوم الاثنين المحامي السوداني عمر الطيب بشارع النيل في مدينة الخرطوم.",
     "المحامي السوداني عمر الطيب"),
    # the attacker's own instrument with "ب" and a possessive is not the target: it starts after it
    # (with the noun the quantity counts: "مجموعة من الجنود", tg8)
    ("ذكرت القناة أن شابا هاجم بشاحنته مجموعة من الجنود قرب مدينة الخليل وقتل ثلاثة منهم.", "مجموعة من الجنود"),
])
def test_the_target_leaves_out_the_place_and_the_attackers_instrument(nlp, text, target):
    doc = nlp.process({"id": "tg", "published": "2021-03-17", "text": text})
    (inc,) = doc.incidents
    assert inc.target["text"] == target


@pytest.mark.parametrize("text, want", [
    # a form of "كان" without a verb after it ends the target
    ("أطلق مسلحون مجهولون أمس النار على حافلة تقل طلابا كانوا في طريقهم إلى جامعة مدينة كادونا، ما أسفر عن مقتل أربعة.",
     "حافلة تقل طلابا"),
    ("أطلق مسلحون أمس النار على شاحنة تنقل عمالا كانا متجهين إلى مدينة كانو، ما أسفر عن مقتل شخصين.",
     "شاحنة تنقل عمالا"),
    # "كانت" followed by an imperfect verb describes the target and stays in it
    ("أطلق مسلحون أمس النار على مركبة كانت تقل ممرضات في مدينة كانو، ما أسفر عن مقتل ثلاث.",
     "مركبة كانت تقل ممرضات"),
])
def test_ac3_a_copula_ends_the_target_unless_a_verb_follows(nlp, text, want):
    (inc,) = nlp.process({"id": "c", "published": "2021-02-10", "text": text}).incidents
    assert inc.target["text"] == want


@pytest.mark.parametrize("text, want", [
    ("قتل خمسة من عناصر الشرطة اليوم في انفجار عبوة ناسفة في مدينة بيشاور.\n"
     "وقال مصدر أمني إن الهجوم استهدف نقطة تفتيش بجوار مبنى البلدية.", "نقطة تفتيش"),
    ("لقي أربعة جنود حتفهم اليوم في انفجار عبوة ناسفة في مدينة كويتا.\n"
     "وأضاف المصدر أن الانفجار قد استهدف دورية عسكرية.", "دورية عسكرية"),
])
def test_ac3_the_target_told_after_an_anaphor_in_the_next_sentence(nlp, text, want):
    (inc,) = nlp.process({"id": "n", "published": "2021-02-10", "text": text}).incidents
    assert inc.target["text"] == want


@pytest.mark.parametrize("text, want", [
    ("فجر انتحاري نفسه أمس قرب كاتدرائية القديس يوسف في مدينة جوس، ما أسفر عن مقتل ستة أشخاص.", "كاتدرائية القديس يوسف"),
    ("أطلق مسلح النار أمس داخل ملهى ليلي في مدينة أورلاندو، ما أسفر عن مقتل ثلاثة أشخاص.", "ملهى ليلي"),
])
def test_ac3_a_cathedral_and_a_nightclub_are_targets(nlp, text, want):
    (inc,) = nlp.process({"id": "k", "published": "2021-02-10", "text": text}).incidents
    assert inc.target["text"] == want


@pytest.mark.parametrize("text", [
    "هاجم مسلحو حركة الشباب أمس قاعدة عسكرية قرب بلدة جوهر، ما أسفر عن مقتل سبعة جنود.",
    "قتل سبعة جنود أمس عندما هاجم مسلحو حركة الشباب قاعدة عسكرية قرب بلدة جوهر.",
])
def test_attackers_in_the_construct_state_name_their_group(nlp, text):
    (inc,) = nlp.process({"id": "ms", "published": "2021-05-04", "text": text}).incidents
    assert inc.perpetrator and "Shabaab" in inc.perpetrator and inc.killed == 7


def test_the_wounded_in_the_construct_state_are_not_the_attackers(nlp):
    doc = nlp.process({"id": "mw", "published": "2021-05-04", "text":
                       "أصيب مسلحو حركة الشباب أمس في غارة أمريكية قرب بلدة جوهر."})
    assert [i.perpetrator for i in doc.incidents] == ["United States"]


@pytest.mark.parametrize("text, want", [
    ("قالت القيادة المركزية الأمريكية في بيان إن طائراتها ضربت أمس مواقع للمسلحين قرب مدينة جلب في الصومال، "
     "ما أسفر عن مقتل خمسة مسلحين.", "United States"),
    ("أعلنت القيادة المركزية الأمريكية أن قواتها نفذت غارة جوية أمس قرب مدينة جلب في الصومال، ما أسفر عن مقتل "
     "خمسة مسلحين من حركة الشباب.", "United States"),
    ("أعلن الجيش الكاميروني أن وحداته اشتبكت أمس مع مسلحي الجماعة قرب بلدة مورا، وقتلت أربعة من المسلحين.",
     "Cameroon"),
])
def test_a_command_or_army_acknowledging_what_its_forces_did(nlp, text, want):
    (inc,) = nlp.process({"id": "ak", "published": "2021-05-04", "text": text}).incidents
    assert inc.claimed_by == want and inc.perpetrator == want


def test_an_army_telling_its_soldiers_were_killed_claims_nothing(nlp):
    doc = nlp.process({"id": "ak2", "published": "2021-05-04", "text":
                       "أعلن الجيش النيجيري أن ثلاثة من جنوده قتلوا أمس في هجوم على قاعدة قرب بلدة باغا."})
    assert [(i.perpetrator, i.claimed_by) for i in doc.incidents] == [(None, None)]


@pytest.mark.parametrize("text, target", [
    # a village attacked, past the relative clause of the attackers
    ("قتل تسعة مدنيين أمس في هجوم شنه مسلحون مجهولون على قرية كالومبو في ولاية كاتانغا.", "قرية كالومبو"),
    # a time between commas, then the market shelled (a named quarter shelled is the place: ``_tg7_where``)
    ("قتلت امرأتان في قصف بقذائف الهاون شنته الميليشيا، مساء الخميس، على سوق شعبي في مدينة سبها.", "سوق شعبي"),
    # the attackers' mount before the post they attacked
    ("قتل سبعة جنود أمس في هجوم شنه مسلحون على دراجات نارية على موقع للجيش قرب بلدة دوري.", "موقع للجيش"),
    # a count with the men it counts
    ("أصيب شرطي بجروح في إطلاق نار على 4 من رجال الأمن وسط مدينة ليون.", "4 من رجال الأمن"),
    # people fired on
    ("قتل خمسة أشخاص عندما أطلق مسلح النار على زبائن مطعم في مدينة غراتس.", "زبائن مطعم"),
])
def test_tg5_the_target_after_ala_in_the_attack_clause(nlp, text, target):
    doc = nlp.process({"id": "tg5", "published": "2021-04-06", "text": text})
    assert doc.incidents and doc.incidents[0].target is not None
    assert doc.incidents[0].target["text"] == target


@pytest.mark.parametrize("text", [
    # a road side, not a target
    "قتل جندي أمس في انفجار عبوة ناسفة زرعت على جانب الطريق في بلدة كوندوز.",
    # "على" of another verb in a later coordinate clause
    "قتل ثلاثة أشخاص أمس في غارة قرب بلدة مارب، وتصويت المجلس على قرار جديد.",
])
def test_tg5_no_target_after_ala_of_a_road_or_another_clause(nlp, text):
    doc = nlp.process({"id": "tg5n", "published": "2021-04-06", "text": text})
    assert doc.incidents
    assert doc.incidents[0].target is None or "على" not in doc.incidents[0].target["text"] \
        and doc.incidents[0].target["text"] not in ("جانب الطريق", "قرار جديد")


@pytest.mark.parametrize("text, group", [
    ("قتل ثلاثة جنود اليوم في هجوم مسلح على حاجز قرب مدينة نابلس، فيما باركت حركة الجهاد الإسلامي العملية دون أن تتبناها.",
     "Palestinian Islamic Jihad"),
    ("قتل خمسة مدنيين أمس في انفجار عبوة ناسفة في سوق بمدينة جلال آباد، وأدانت حركة طالبان الهجوم.", "Taliban"),
])
def test_ac7_a_group_reacting_to_the_attack_did_not_carry_it_out(nlp, text, group):
    doc = nlp.process({"id": "ac7r", "published": "2022-03-08", "text": text})
    assert doc.incidents
    assert all(r.perpetrator != group and r.claimed_by != group for r in doc.incidents)


@pytest.mark.parametrize("text, want", [
    ("أعلنت المقاومة الإسلامية في العراق، في بيان عبر تلغرام، استهداف قاعدة عين الأسد بطائرة مسيرة، مساء الثلاثاء.",
     "Islamic Resistance in Iraq"),
    ("أعلن الجيش الإسرائيلي، اليوم الأحد، تنفيذ غارات جوية على مواقع في بلدة الخيام جنوبي لبنان أسفرت عن مقتل ثلاثة أشخاص.",
     "Israel"),
    ("أعلنت قوات الدعم السريع، في بيان على منصة إكس، استهداف مطار مدينة كسلا بطائرات مسيرة فجر اليوم.",
     "Rapid Support Forces"),
])
def test_ac7_a_claim_as_a_verbal_noun_after_an_aside(nlp, text, want):
    doc = nlp.process({"id": "ac7a", "published": "2023-11-26", "text": text})
    assert doc.incidents and doc.incidents[0].claimed_by == want


@pytest.mark.parametrize("text, want", [
    # the verbal noun "استهداف": the weapon after it is its subject, the target follows
    ("أصيب شرطيان مساء أمس جراء استهداف طائرة مسيرة سيارة للشرطة قرب مدينة تلعفر.", "سيارة للشرطة"),
    ("قتل جندي صباح اليوم إثر استهداف رتل للجيش بعبوة ناسفة قرب بلدة الحضر.", "رتل للجيش"),
    # "هز" with a target noun as object
    ("قتل أربعة مدنيين أمس في انفجار هز مطعما شعبيا وسط مدينة الرمادي.", "مطعما شعبيا"),
    # the attackers counted between the verb and the object ("مئات المسلحين")
    ("هاجم عشرات المسلحين، صباح الخميس، مركزا للدرك في بلدة تيلوا، وأسفر الهجوم عن مقتل أربعة دركيين.",
     "مركزا للدرك"),
    # a mine during a patrol: the patrol (a sweep operation is no target: test_tg9_no_target)
    ("أصيب جنديان بجروح مساء أمس إثر انفجار لغم أرضي خلال دورية قرب بلدة نيونو.", "دورية"),
    # a vehicle named "عربة"
    ("قتل جنديان أمس إثر انفجار لغم أرضي بعربة عسكرية قرب بلدة منغونو.", "عربة عسكرية"),
    # "الهجوم الذي تعرضت له X": the thing hit after the pronoun of the attack
    ("قتل ثلاثة ركاب في الهجوم المسلح الذي تعرضت له حافلة نقل قرب مدينة مانديرا يوم 4 مارس.", "حافلة نقل"),
])
def test_tg6_what_the_attack_hit(nlp, text, want):
    doc = nlp.process({"id": "tg6", "published": "2023-05-10", "text": text})
    assert doc.incidents, text
    inc = doc.incidents[0]
    assert inc.target is not None and inc.target["text"].startswith(want), (text, inc.target)


@pytest.mark.parametrize("text", [
    # "هز" with a town as object: the place, not a target
    "قتل أربعة مدنيين أمس في انفجار هز مدينة الرمادي.",
])
def test_tg6_a_town_shaken_is_no_target(nlp, text):
    (inc,) = nlp.process({"id": "tg6n", "published": "2023-05-10", "text": text}).incidents
    assert inc.target is None or "الرمادي" not in inc.target["text"], inc.target


@pytest.mark.parametrize("text, town", [
    # a strike or shelling on a named town, camp or quarter: where it fell, not what was hit
    ("قتل مدنيان صباح اليوم في غارة جوية على بلدة سراقب شرقي إدلب.", "سراقب"),
    ("أصيب أربعة أطفال أمس بقصف مدفعي استهدف مخيم جباليا شمالي قطاع غزة.", "جباليا"),
    ("سقطت ثلاث قذائف هاون مساء أمس على حي الكرادة في بغداد، ما أدى إلى إصابة رجل.", "الكرادة"),
    ("شنت طائرات حربية اليوم غارتين على محيط مدينة سرمين، دون وقوع إصابات.", "سرمين"),
    # a word of nearness opens a place, not a target
    ("قال الجيش الأمريكي إنه نفذ أمس غارة جوية ضد مسلحين قرب بلدة بارديري، أسفرت عن مقتل اثنين.", "بارديري"),
])
def test_tg7_a_town_struck_is_where_not_what(nlp, text, town):
    doc = nlp.process({"id": "tg7n", "published": "2023-05-10", "text": text})
    assert doc.incidents, text
    inc = doc.incidents[0]
    assert inc.target is None or town not in inc.target["text"], (text, inc.target)


@pytest.mark.parametrize("text, want", [
    # a ground attack on a village keeps it; a facility in a town keeps the facility; unnamed quarters stay targets
    ("قتل خمسة قرويين أمس في هجوم شنه مسلحون على قرية تيليا شمالي النيجر.", "قرية تيليا"),
    ("قتل جنديان أمس في قصف بقذائف الهاون على معسكر للجيش في مدينة غاو.", "معسكر للجيش"),
    ("قصفت المدفعية أمس أحياء سكنية في مدينة حماة، ما أدى إلى مقتل ثلاثة مدنيين.", "أحياء سكنية"),
])
def test_tg7_what_was_hit_stays(nlp, text, want):
    doc = nlp.process({"id": "tg7k", "published": "2023-05-10", "text": text})
    assert doc.incidents, text
    inc = doc.incidents[0]
    assert inc.target is not None and inc.target["text"].startswith(want), (text, inc.target)


@pytest.mark.parametrize("text, want", [
    # the forces as subject of "استهدف" with the instrument after them: the object follows the instrument
    ("استهدفت القوات الروسية بصاروخين مجنحين محطة للكهرباء في مدينة أوديسا فجر اليوم، ما أدى إلى إصابة عاملين.",
     "محطة للكهرباء"),
    ("استهدفت مدفعية الجيش التركي بقذائف الهاون منازل المدنيين في قرية عين دقنة، ما أدى إلى مقتل طفل.",
     "منازل المدنيين"),
    # the forces as object of a weapon subject stay the target
    ("استهدفت عبوة ناسفة القوات الأمنية في مدينة الفلوجة، ما أدى إلى مقتل شرطيين.", "القوات الأمنية"),
])
def test_tg7_the_forces_before_the_instrument_are_the_subject(nlp, text, want):
    doc = nlp.process({"id": "tg7f", "published": "2023-05-10", "text": text})
    assert doc.incidents, text
    inc = doc.incidents[0]
    assert inc.target is not None and inc.target["text"].startswith(want), (text, inc.target)


@pytest.mark.parametrize("text, want", [
    # a nationality on what was hit or on a person is the target's owner, not the attacker
    ("انفجرت عبوة ناسفة صباح اليوم بدورية للجيش الباكستاني في منطقة وزيرستان، ما أسفر عن مقتل جنديين.", None),
    ("استهدف لغم أرضي عربة للشرطة الصومالية في مدينة بيدوا أمس، ما أدى إلى إصابة أربعة عناصر.", None),
    ("استهدفت طائرة مسيرة القوات الفرنسية في قاعدة قرب مدينة غاو أمس.", None),
    ("سقطت قذيفتان قرب السفارة البريطانية في العاصمة كابول مساء أمس دون وقوع إصابات.", None),
    ("تعرضت قافلة لقوات الجيش لكمين نصبه مسلحون قرب بلدة تلعفر أمس، ما أسفر عن مقتل جنديين.", None),
    # the weapon's own nationality, and a weapon that belongs to forces, still name the state
    ("قتل ثلاثة أشخاص أمس في غارة جوية تركية على قرية قرب القامشلي.", "Turkey"),
    ("استهدفت طائرة مسيرة تابعة للجيش التركي سيارة قرب مدينة عامودا أمس، ما أسفر عن مقتل شخصين.", "Turkey"),
])
def test_ac8_the_owner_of_what_was_hit_is_no_perpetrator(nlp, text, want):
    doc = nlp.process({"id": "ac8o", "published": "2022-06-08", "text": text})
    assert [i.perpetrator for i in doc.incidents] == [want]


@pytest.mark.parametrize("text, want", [
    # the author of an attack noun after the possessive ل, through a member noun
    ("قتل جنديان بهجوم لمسلحي حركة الشباب على قاعدة عسكرية قرب مدينة كيسمايو أمس.", "Al-Shabaab"),
    ("أصيب أربعة من عناصر الشرطة في هجوم لعناصر تنظيم داعش على نقطة تفتيش قرب مدينة سامراء أمس.", "Islamic State"),
    # attackers "عناصر من تنظيم X" with the name alone tagged
    ("هاجم مسلحون من تنظيم ولاية غرب أفريقيا قاعدة للجيش في بلدة مونغونو أمس، ما أسفر عن مقتل ثلاثة جنود.",
     "Islamic State – West Africa Province"),
    # what was hit, owned by the group, stays the target
    ("شنت طائرات الجيش العراقي غارة على مواقع لمسلحي داعش قرب بلدة القائم أمس، ما أسفر عن مقتل عشرة مسلحين.", "Iraq"),
])
def test_ac8_the_author_of_an_attack_after_the_possessive(nlp, text, want):
    doc = nlp.process({"id": "ac8a", "published": "2021-03-08", "text": text})
    assert [i.perpetrator for i in doc.incidents][:1] == [want]


@pytest.mark.parametrize("text, want", [
    # a statement that a unit "من" the army killed militants: the state acts and acknowledges
    ("قالت قيادة العمليات المشتركة إن قوة من الجيش قتلت ثلاثة إرهابيين في اشتباك قرب مدينة الرطبة صباح اليوم.", "Iraq"),
    # "قضت ... على" militants, as "قتلت"
    ("أعلن الجيش النيجري أن وحداته قضت على سبعة إرهابيين خلال اشتباك قرب بلدة تيلابيري أمس.", "Niger"),
])
def test_ac8_state_forces_killing_militants_in_a_statement(nlp, text, want):
    doc = nlp.process({"id": "ac8k", "published": "2021-10-05", "text": text})
    (inc,) = doc.incidents
    assert inc.perpetrator == want and inc.claimed_by == want


def test_ac8_soldiers_counted_among_the_dead_are_not_the_killers(nlp):
    doc = nlp.process({"id": "ac8d", "published": "2021-10-05", "text":
                       "قتل خمسة من الجيش في هجوم شنه مسلحون على حاجز قرب مدينة الرطبة أمس."})
    assert [i.perpetrator for i in doc.incidents] == [None]


@pytest.mark.parametrize("text, want", [
    # the group owning what was hit is not the claimant when another group claims in the next sentence
    ("استهدف هجوم بقذائف الهاون موقعا لقوات الحزام الأمني في مديرية الوضيع أمس، ما أدى إلى مقتل جنديين. "
     "وأعلن تنظيم القاعدة في بيان مسؤوليته عن الهجوم.", "Al-Qaeda"),
    ("قصفت طائرة مسيرة مواقع للحوثيين في مديرية صرواح أمس، ما أسفر عن مقتل أربعة مقاتلين. "
     "وأعلن التحالف بقيادة السعودية مسؤوليته عن الغارة.", "Saudi-led coalition"),
])
def test_ac8_the_owner_of_what_was_hit_does_not_claim(nlp, text, want):
    doc = nlp.process({"id": "ac8c", "published": "2019-08-14", "text": text})
    assert [i.claimed_by for i in doc.incidents][:1] == [want]


@pytest.mark.parametrize("text, want", [
    # a shooter or weapon belonging to a state's forces
    ("أصيب طفل برصاص قناص تابع لقوات النظام في بلدة كفرنبل صباح اليوم.", "Syria"),
    ("قتل مدنيان بقذيفة دبابة تابعة للجيش التركي على قرية قرب مدينة منبج أمس.", "Turkey"),
])
def test_ac8_a_shooter_belonging_to_state_forces(nlp, text, want):
    doc = nlp.process({"id": "ac8b", "published": "2019-03-11", "text": text})
    assert [i.perpetrator for i in doc.incidents] == [want]


def test_ac8_an_acknowledgement_with_aqarra(nlp):
    doc = nlp.process({"id": "ac8q", "published": "2020-02-21", "text":
                       "اعترف الجيش النيجيري بأن غارة جوية شنتها طائراته على قرية قرب بلدة ران في ولاية بورنو "
                       "أسفرت عن مقتل سبعة مدنيين."})
    (inc,) = doc.incidents
    assert inc.perpetrator == inc.claimed_by == "Nigeria"


@pytest.mark.parametrize("text, want", [
    # forces named by what news calls their state, in the construct state, acting
    ("سقطت قذائف مدفعية أطلقتها قوات النظام على بلدة معرة النعمان في ريف إدلب أمس، ما أدى إلى مقتل طفلين.", "Syria"),
    ("قتلت امرأة بقصف لقوات النظام على بلدة خان شيخون في ريف إدلب صباح اليوم.", "Syria"),
    ("قصفت مدفعية الاحتلال أرضا زراعية في بلدة خزاعة شرقي خان يونس صباح اليوم، ما أدى إلى إصابة مزارعين اثنين.", "Israel"),
    ("استشهد فتى برصاص جيش الاحتلال في بلدة بيتا جنوب نابلس فجر اليوم.", "Israel"),
    # the object or the owner of what was hit: not the actor
    ("قصفت طائرات حربية مواقع لقوات النظام في ريف حماة الشمالي أمس، ما أسفر عن مقتل أربعة جنود.", None),
])
def test_ac9_regime_and_occupation_forces_name_the_state(nlp, text, want):
    doc = nlp.process({"id": "ac9r", "published": "2021-06-08", "text": text})
    assert [i.perpetrator for i in doc.incidents] == [want]


def test_ac9_targeted_with_an_instrument_makes_the_forces_the_subject(nlp):
    doc = nlp.process({"id": "ac9i", "published": "2024-01-09", "text":
                       "استهدفت القوات الروسية بصواريخ باليستية محطة كهرباء في مدينة دنيبرو ليل الاثنين، "
                       "ما أسفر عن إصابة أربعة عمال."})
    assert [i.perpetrator for i in doc.incidents] == ["Russia"]
    doc = nlp.process({"id": "ac9j", "published": "2024-01-09", "text":
                       "استهدف هجوم بطائرة مسيرة القوات الأمريكية في قاعدة عين الأسد غربي العراق أمس، "
                       "دون وقوع إصابات."})
    assert [i.perpetrator for i in doc.incidents] == [None]


@pytest.mark.parametrize("text, want", [
    # groups of other regions, by their usual Arabic names; "الشباب" only after a member noun
    ("قتل أربعة ركاب أمس في هجوم شنه مسلحو الشباب على حافلة قرب بلدة لامو الكينية.", "Al-Shabaab"),
    ("نصب مقاتلو جيش أراكان كمينا لقافلة عسكرية في ولاية راخين أمس، ما أسفر عن مقتل ستة جنود.", "Arakan Army"),
    ("قتل تسعة مدنيين في هجوم شنه مسلحو كوديكو على مخيم للنازحين في إقليم إيتوري أمس.", "CODECO"),
    # a member of a group counted among the dead is a victim
    ("قتل 9 أشخاص بينهم عنصر من متطوعي الدفاع عن الوطن في هجوم مسلح على قرية في ولاية ياغا أمس.", None),
])
def test_ac9_groups_of_other_regions_and_victims_among_the_dead(nlp, text, want):
    doc = nlp.process({"id": "ac9g", "published": "2022-04-19", "text": text})
    assert [i.perpetrator for i in doc.incidents] == [want]


@pytest.mark.parametrize("text, want", [
    # a clash between two named sides has no single perpetrator
    ("تجددت الاشتباكات مساء أمس بين قوات سوريا الديمقراطية ومقاتلين من العشائر في بلدة الشحيل، ما أسفر عن مقتل ستة مسلحين.", None),
    ("اندلعت اشتباكات عنيفة بين قوة الردع الخاصة وكتيبة ثوار طرابلس في منطقة تاجوراء أمس، ما أدى إلى مقتل أربعة أشخاص.", None),
    # one side shown acting is the perpetrator
    ("هاجم مسلحو هيئة تحرير الشام مواقع للجيش في قرية تل ملح أمس، ما أسفر عن مقتل سبعة جنود.", "Hay'at Tahrir al-Sham"),
])
def test_ac9_a_clash_between_two_sides_has_no_perpetrator(nlp, text, want):
    doc = nlp.process({"id": "ac9b", "published": "2023-09-02", "text": text})
    assert [i.perpetrator for i in doc.incidents] == [want]


@pytest.mark.parametrize("text, want", [
    ("هاجم متمردون ماويون دورية للشرطة في منطقة دانتيوادا بولاية تشاتيسغار أمس، ما أسفر عن مقتل خمسة شرطيين.",
     "Communist Party of India (Maoist)"),
    ("هاجم مقاتلو جبهة المقاومة الوطنية الأفغانية نقطة تفتيش في ولاية بنجشير أمس، ما أسفر عن مقتل أربعة عناصر.",
     "National Resistance Front of Afghanistan"),
])
def test_ac9_groups_of_south_and_central_asia(nlp, text, want):
    doc = nlp.process({"id": "ac9a", "published": "2023-06-03", "text": text})
    assert [i.perpetrator for i in doc.incidents] == [want]


@pytest.mark.parametrize("text, want", [
    # the instrument with "ب" after the subject is no subject: the object follows it
    ("قصفت قوات الدعم السريع بالمدفعية الثقيلة أحياء في مدينة كادقلي، مما أسفر عن مقتل خمسة مدنيين.", "أحياء"),
    # the owner of the subject in a construct state ("مدفعية الجيش"), then the object
    ("قصفت مدفعية الجيش منزلا في بلدة كفرنبودة أمس، ما أدى إلى مقتل طفلين.", "منزلا"),
    ("استهدفت طائرات التحالف الدولي مواقع لتنظيم داعش في صحراء الأنبار أمس.", "مواقع"),
    # an asyndetic relative clause describing the attackers ("يرتديان حزامين ناسفين"), then the object
    ("هاجم انتحاريان يرتديان حزامين ناسفين مركزا للشرطة في مدينة بانو، ما أسفر عن مقتل ثلاثة شرطيين.", "مركزا للشرطة"),
    ("هاجم مسلحون يستقلون سيارات رباعية الدفع حاجزا للجيش قرب مدينة غاو أمس.", "حاجزا للجيش"),
    # "ضد" is a preposition: what follows it is the object, not a subject
    ("نفذت القوات الأمريكية ضربة جوية ضد عناصر حركة الشباب قرب بلدة بارديري أمس.", "عناصر حركة الشباب"),
    # a word that links two times ("الموافق") opens no target
    ("قصفت قوات الدعم السريع يوم الأحد الموافق 9 يونيو أحياء في مدينة الدلنج، ما أدى لمقتل أربعة مدنيين.", "أحياء"),
    # unnamed villages after a verb of shelling are what was hit
    ("قصفت المدفعية التركية، مساء أمس، قرى في ريف عين عيسى، دون أن ترد أنباء عن إصابات.", "قرى"),
])
def test_the_object_after_the_subject_and_what_completes_it(nlp, text, want):
    doc = nlp.process({"id": "tg8-object", "published": "2024-06-10", "text": text})
    assert [(i.target or {}).get("text", "").startswith(want) for i in doc.incidents] == [True], \
        [i.target for i in doc.incidents]


def test_an_ordinal_after_the_subject_is_no_target(nlp):
    # "غارة ثانية" is the subject; the outskirts of a named town struck are where, not what was hit
    doc = nlp.process({"id": "tg8-ordinal", "published": "2024-05-15", "text":
                       "قتل مدني في غارة إسرائيلية على بلدة الخيام فجر الأربعاء. كما استهدفت غارة ثانية أطراف بلدة "
                       "حولا دون أن تسفر عن إصابات."})
    assert [i.target for i in doc.incidents] == [None, None]


@pytest.mark.parametrize("text, want", [
    # the object of the verbal noun "اغتيال" in the construct state is the person attacked
    ("اغتيال قاض برصاص مسلحين مجهولين في مدينة درنة، مساء أمس الأحد.", "قاض"),
    # a count with "من" opens the object: the count with the noun it counts
    ("استهدفت الغارات عددا من مواقع التنظيم في جبل الحلال أمس، ما أدى إلى مقتل ستة مسلحين.", "عددا من مواقع"),
    ("هاجم مسلحون يرتدون زي الشرطة ثلاثة من الحواجز الأمنية في مدينة العريش أمس.", "ثلاثة من الحواجز"),
])
def test_a_verbal_noun_s_object_and_a_counted_object(nlp, text, want):
    doc = nlp.process({"id": "tg8-counted", "published": "2024-06-10", "text": text})
    assert [(i.target or {}).get("text", "").startswith(want) for i in doc.incidents] == [True], \
        [i.target for i in doc.incidents]


def test_a_verbal_noun_with_the_article_has_no_object(nlp):
    # "عمليات الاغتيال التي طالت ناشطين": the object is the one of "طالت", not the word after "الاغتيال"
    doc = nlp.process({"id": "tg8-article", "published": "2024-06-10", "text":
                       "قتل ناشط برصاص مسلحين مجهولين في مدينة البصرة أمس، في أحدث عمليات الاغتيال التي طالت ناشطين."})
    assert all(not (i.target or {}).get("text", "").startswith("التي") for i in doc.incidents)


def test_the_count_of_a_weapon_subject_is_not_the_target(nlp):
    # "خمس قذائف هاون" is the subject of "طالت": its count opens no target, the object follows the time
    doc = nlp.process({"id": "tg8-count", "published": "2018-08-13", "text":
                       "طالت خمس قذائف هاون، عصر أمس الأحد، أحياء سكنية في قضاء خانقين، فأصيب ثلاثة مدنيين."})
    assert [(i.target or {}).get("text", "").startswith("أحياء") for i in doc.incidents] == [True], \
        [i.target for i in doc.incidents]


def test_a_verbal_noun_before_a_preposition_has_no_object(nlp):
    # "محاولة اغتيال داخل سيارتها": the preposition opens where, not the person attacked
    doc = nlp.process({"id": "tg8-prep", "published": "2017-03-18", "text":
                       "تعرضت الباحثة سلمى الشريف إلى محاولة اغتيال داخل سيارتها من طرف مجهولين مساء أمس في منطقة أريانة."})
    assert all(not (i.target or {}).get("text", "").startswith("داخل") for i in doc.incidents)


@pytest.mark.parametrize("text, want", [
    # "أحد/إحدى" in construct with a definite plural after a preposition or a verb of targeting
    ("انفجرت سيارة مفخخة مساء الجمعة أمام أحد المساجد في مدينة درنة، ما أسفر عن إصابة خمسة أشخاص.", "أحد المساجد"),
    ("انفجرت عبوة ناسفة صباح اليوم قرب إحدى الكنائس في مدينة أسيوط، ما أدى إلى إصابة ثلاثة أشخاص.", "إحدى الكنائس"),
    ("استهدف هجوم انتحاري أحد الفنادق في مدينة كيسمايو أمس، ما أسفر عن مقتل سبعة أشخاص.", "أحد الفنادق"),
    # the subject of "تعرض" before a facility named in the sentence, with a time between it and "إلى"
    ("تعرضت دورية تابعة للحرس البحري قرب ميناء قابس، فجر اليوم الأحد، إلى إطلاق نار من قبل مجموعة مسلحة.",
     "دورية تابعة للحرس البحري"),
    ("تعرضت سفينة تجارية قرب ميناء المكلا، مساء أمس، إلى هجوم بطائرة مسيرة، ما أدى إلى إصابة بحارين.", "سفينة تجارية"),
])
def test_tg9_what_the_attack_hit(nlp, text, want):
    (inc,) = nlp.process({"id": "tg9", "published": "2023-05-10", "text": text}).incidents
    assert inc.target is not None and inc.target["text"] == want, (text, inc.target)


@pytest.mark.parametrize("text", [
    # the militants killed after "القضاء على" / "قضت على" are the toll, not the target
    "تمكنت وحدات الجيش، مساء الأحد، من القضاء على ثلاثة إرهابيين في منطقة جبل بوكحيل بولاية الجلفة.",
    "أعلنت وزارة الدفاع أن قوات الأمن قضت على أربعة مسلحين خلال اشتباك في جبل المغيلة أمس.",
    # a sweep operation is no thing hit
    "أصيب ثلاثة عسكريين بجروح اليوم إثر انفجار لغم أرضي أثناء عملية تمشيط بجبل الشعانبي.",
    "استشهد جنديان مساء أمس في انفجار لغم خلال عملية بحث وتمشيط بمنطقة بني صميل بولاية المدية.",
    # a town that "تعرضت ... إلى هجوم" is where it happened
    "تعرضت مدينة القصرين، فجر اليوم، إلى هجوم إرهابي أسفر عن مقتل شرطيين.",
    # the ministry after "بيان ل" told the news
    "قتل جندي أمس في انفجار لغم أرضي بجبل سمامة، حسب بيان لوزارة الدفاع الوطني.",
])
def test_tg9_no_target(nlp, text):
    incs = nlp.process({"id": "tg9n", "published": "2023-05-10", "text": text}).incidents
    assert incs and all(i.target is None for i in incs), (text, [i.target for i in incs])


@pytest.mark.parametrize("text, want", [
    # the speaker's own aircraft with a verb of killing or destroying, an aside between the speaker and "أن"
    ("أعلنت وزارة الدفاع الروسية، صباح اليوم، أن قاذفاتها قتلت تسعة من المسلحين في غارات جوية على مخابئ في ريف "
     "حمص الشرقي.", "Russia"),
    ("أعلنت القيادة المركزية الأمريكية أن مقاتلاتها دمرت، يوم الأربعاء، أربعة زوارق مفخخة قبالة ميناء الصليف.",
     "United States"),
    # the speaker before its verb of saying: "وكان الجيش ... قد أعلن"
    ("وكان الجيش الإسرائيلي قد أعلن أن مروحياته أغارت فجر الخميس على سيارة في بلدة الخيام، ما أدى إلى مقتل ثلاثة.",
     "Israel"),
    # the speaker's own forces told by "تابعة له"
    ("اعترف الجيش النيجيري بأن طائرة مسيرة تابعة له قصفت خطأ حفل زفاف في قرية كورا بولاية سوكوتو مساء الجمعة، ما "
     "أسفر عن مقتل 30 شخصا.", "Nigeria"),
    # a speaker before its verb whose words tell another's attack claims nothing
    ("وكان الجيش الإسرائيلي قد أعلن أن مسلحين أطلقوا صاروخين على بلدة سديروت مساء الخميس.", None),
    # the speaker after "كان ... قد" with a strike not by its own forces: no claim
    ("وكانت قيادة الجيش قد أكدت أن طائرة مجهولة قصفت مخزنا للأسلحة قرب مدينة الجفرة مساء الأحد.", None),
])
def test_a_state_body_telling_what_its_own_forces_did_claims_it(nlp, text, want):
    doc = nlp.process({"id": "ac10-ack", "published": "2023-05-10", "text": text})
    assert [(i.perpetrator, i.claimed_by) for i in doc.incidents][:1] == [(want, want)] if want else \
        all(i.claimed_by is None for i in doc.incidents), [(i.perpetrator, i.claimed_by) for i in doc.incidents]


@pytest.mark.parametrize("text, want", [
    # killed in a fight with a state's police or forces: that state (by the nationality, else where it happened)
    ("قتل منفذ الهجوم لاحقا في تبادل لإطلاق النار مع الشرطة الفرنسية قرب مدينة ليون في 4 مارس.", "France"),
    ("قتل مسلحان في اشتباك مع قوات الأمن في مدينة القصرين فجر الجمعة.", "Tunisia"),
    # the attackers' own attack told before: the state is not the perpetrator of their event
    ("هاجم مسلحون نقطة للشرطة في مدينة القصرين فجر الجمعة، وقتل المهاجمان في تبادل لإطلاق النار مع أعوان الأمن.", None),
    # the forces' own men killed in a clash with gunmen: no state
    ("قتل جنديان في اشتباك مع مسلحين في مدينة القصرين فجر الجمعة.", None),
])
def test_someone_killed_in_a_fight_with_state_forces(nlp, text, want):
    doc = nlp.process({"id": "ac10-fire", "published": "2017-03-10", "text": text})
    assert [i.perpetrator for i in doc.incidents][:1] == [want], [(i.perpetrator, i.location) for i in doc.incidents]


@pytest.mark.parametrize("text, want", [
    # the group tagged without its descriptor: the members' word "مقاتلو" stands before "تنظيم", not before the name
    ("هاجم مقاتلو تنظيم ولاية غرب أفريقيا ثكنة للجيش في بلدة ديكوا بولاية بورنو فجر الاثنين.",
     "Islamic State – West Africa Province"),
    ("هاجم مسلحو حركة الشباب ثكنة للجيش في بلدة أفجوي فجر الاثنين.", "Al-Shabaab"),
])
def test_the_members_before_a_groups_descriptor_are_its_fighters(nlp, text, want):
    doc = nlp.process({"id": "ac10-desc", "published": "2024-02-06", "text": text})
    assert [i.perpetrator for i in doc.incidents] == [want]


@pytest.mark.parametrize("text, want", [
    # the members after an agent word are the killers, also right after the verb of killing
    ("قال مسؤول محلي إن 12 قرويا قتلوا برصاص عناصر من حركة الشباب اقتحموا قرية بولو بإقليم شبيلي السفلى أمس.",
     "Al-Shabaab"),
    # the members counted among the dead are not
    ("قتل خمسة عناصر من حركة الشباب في غارة جوية على قرية بولو بإقليم شبيلي السفلى أمس.", None),
])
def test_members_after_an_agent_word_are_the_killers(nlp, text, want):
    doc = nlp.process({"id": "ac10-agent", "published": "2024-02-06", "text": text})
    assert [i.perpetrator for i in doc.incidents] == [want]


@pytest.mark.parametrize("text, want", [
    # the statement is the speaker; its issuer is in the sentence before, its forces the subject of the attack verb
    ("أصدرت حركة الشباب بيانا مساء الأحد. وجاء في البيان: «نفذت قواتنا صباح اليوم هجوما على قاعدة عسكرية في بلدة "
     "بارسنغوني بقذائف الهاون».", "Al-Shabaab"),
    # what the statement tells of others is no claim of its issuer
    ("أصدرت حركة الشباب بيانا مساء الأحد. وجاء في البيان أن مسلحين مجهولين هاجموا صباح اليوم قاعدة عسكرية في بلدة "
     "بارسنغوني بقذائف الهاون.", None),
])
def test_a_quoted_statement_claims_for_its_issuer_named_before(nlp, text, want):
    doc = nlp.process({"id": "ac10-stmt", "published": "2024-02-06", "text": text})
    assert [i.claimed_by for i in doc.incidents] == [want]


@pytest.mark.parametrize("accuser, want", [
    # the body the speaker speaks for ("المتحدث باسم X") belongs to the accuser, not the accused
    ("المتحدث باسم الجيش السوداني العقيد خالد عثمان حركة العدل والمساواة", "Justice and Equality Movement"),
    ("متحدث باسم حركة العدل والمساواة الجيش السوداني", "Sudan"),
    # without the link, the accuser right after the verb as before
    ("الجيش السوداني حركة العدل والمساواة", "Justice and Equality Movement"),
])
def test_ac11_the_body_of_a_spokesman_accusing_is_not_the_accused(nlp, accuser, want):
    doc = nlp.process({"id": "ac11a", "published": "2023-05-10", "text":
                       "قتل خمسة مدنيين أمس في قصف مدفعي على سوق بلدة أم روابة. واتهم " + accuser + " بتنفيذ القصف."})
    assert [i.perpetrator for i in doc.incidents] == [want]


@pytest.mark.parametrize("text, want", [
    # the group that holds the towns is not the actor of the blast told there
    ("وتشهد البلدات الخاضعة لسيطرة حركة الشباب في إقليم هيران انفجارات متكررة، كان آخرها انفجار عبوة ناسفة "
     "في مدينة بلدوين أسفر عن إصابة أربعة أشخاص.", None),
    ("انفجرت عبوة ناسفة في سوق بلدة تقع تحت سيطرة حركة الشباب قرب مدينة بلدوين، ما أدى إلى إصابة أربعة أشخاص.", None),
    # the group as the subject of the attack verb is still the actor
    ("فجرت حركة الشباب عبوة ناسفة في سوق مدينة بلدوين، ما أدى إلى إصابة أربعة أشخاص.", "Al-Shabaab"),
])
def test_ac11_the_group_holding_the_place_is_not_the_actor(nlp, text, want):
    doc = nlp.process({"id": "ac11c", "published": "2021-09-22", "text": text})
    assert [i.perpetrator for i in doc.incidents] == [want]


@pytest.mark.parametrize("text, want", [
    # the attackers' mount after "على متن" is how they came; the object of the verb follows it
    ("هاجم مسلحون على متن دراجات نارية فجر الاثنين معسكرا للجيش في بلدة ديولو، ما أسفر عن مقتل ستة جنود.",
     "معسكرا للجيش"),
    # the bomber named alone, then "على" his mount; the phrase stops before "قد" and its verb
    ("وكان انتحاريان على دراجتين ناريتين قد فجرا نفسيهما أمس أمام مقر قيادة الشرطة في مدينة كانو، ما أسفر عن "
     "مقتل 12 شخصا.", "مقر قيادة الشرطة"),
    # a part of a site ("مدخل", "بوابة") between the preposition and the site: the site
    ("فجر انتحاري حزامه الناسف مساء الخميس عند مدخل مقهى شعبي في حي الكرادة، ما أدى إلى مقتل تسعة أشخاص.",
     "مقهى شعبي"),
    ("انفجرت عبوة ناسفة مساء أمس داخل بهو فندق النخيل في مدينة بوصاصو، ما أدى إلى مقتل ثلاثة أشخاص.",
     "فندق النخيل"),
    # "على" after the site where the bomb went off places the site, it names no other target
    ("وكان انتحاري قد فجر حزامه الناسف مساء الجمعة عند مدخل مطعم مكتظ على شاطئ الجزيرة في حي الشبيبة، ما أسفر "
     "عن مقتل 12 شخصا.", "مطعم مكتظ"),
    # "ضد" before the attack (a charge against the accused) is not its object; the thing fired at is
    ("قدمت النيابة لائحة اتهام ضد شاب من مخيم جنين بتنفيذ عملية إطلاق نار أسفرت عن مقتل جنديين. وبحسب اللائحة "
     "فإن المتهم أطلق النار على سيارة الجنود قرب الحاجز.", "سيارة الجنود"),
])
def test_tg10_what_the_attack_hit(nlp, text, want):
    incs = nlp.process({"id": "tg10", "published": "2023-05-10", "text": text}).incidents
    assert incs and incs[0].target is not None and incs[0].target["text"] == want, (text, [i.target for i in incs])


@pytest.mark.parametrize("text, want", [
    # a grenade thrown at a vehicle by attackers named after the verb: the vehicle is the target, not their mount
    ("أصيب خمسة أشخاص جراء قنبلة يدوية ألقاها مجهولون على شاحنة للشرطة قرب سوق مزدحم في مدينة أننتناغ أمس.",
     "شاحنة للشرطة"),
    # a "هجوم انتحاري على" names the target after "على"
    ("أسفر هجوم انتحاري على حافلة للجنود قرب مدينة قندهار أمس عن مقتل ثمانية جنود.", "حافلة للجنود"),
])
def test_tg10_a_vehicle_after_ala_is_hit_unless_ridden(nlp, text, want):
    incs = nlp.process({"id": "tg10v", "published": "2023-05-10", "text": text}).incidents
    assert incs and incs[0].target is not None and incs[0].target["text"] == want, (text, [i.target for i in incs])


@pytest.mark.parametrize("text, want", [
    # verb-subject-object: the object past the subject and what describes it, and past the instrument with "ب"
    # (the finite verb "اقتحم" is not a head: it lowered the held-out real set, 7 -> 5 exact records)
    ("صدم رجل بشاحنته حشدا من المتسوقين في مدينة ليون أمس، ما أدى إلى مقتل أربعة أشخاص.", "حشدا"),
    # the vehicle that rammed is the subject, not the object
    ("قتل خمسة أشخاص أمس عندما صدمت شاحنة يقودها رجل حشدا من المتسوقين في مدينة ليون.", "حشدا"),
    # the verbal noun with its agent in the construct state, a time between commas, then the object
    ("وجاء الهجوم بعد شهر من اقتحام مسلحين من الجماعة، ليلة 4 آذار/مارس، فندق السلام في مدينة غاو، حيث قتلوا 12 شخصا.",
     "فندق السلام"),
    # the object with "ل" after the agent of the verbal noun
    ("قتل ستة أشخاص إثر اقتحام مسلحين لمنزل أحد وجهاء القرية في ولاية زمفرة ليل الجمعة.", "منزل"),
])
def test_the_object_of_a_verb_of_assault(nlp, text, want):
    incs = nlp.process({"id": "tg11", "published": "2023-05-10", "text": text}).incidents
    assert incs and incs[0].target is not None and incs[0].target["text"].startswith(want), (text, incs)


@pytest.mark.parametrize("text", [
    # a raid by the forces on a camp or a house: where it happened, no target
    "قتل شابان برصاص قوات الاحتلال خلال اقتحامها مخيم طولكرم فجر اليوم.",
    "قتل مسلحان أمس عندما حاولت القوات اقتحام المنزل الذي تحصنا فيه في مدينة الرمادي، بعد تبادل لإطلاق النار.",
])
def test_a_raid_by_the_forces_has_no_target(nlp, text):
    incs = nlp.process({"id": "tg11b", "published": "2023-05-10", "text": text}).incidents
    assert incs and all(inc.target is None or "منزل" not in inc.target["text"] and "مخيم" not in inc.target["text"]
                        for inc in incs), (text, [inc.target for inc in incs])


@pytest.mark.parametrize("text, name", [
    ("اغتال مسلحون مجهولون مساء أمس القيادي السابق في الجبهة الوطنية محمود الخطيب بإطلاق النار على سيارته في مدينة نوى.",
     "محمود الخطيب"),
    ("قتل القاضي في محكمة الاستئناف أحمد الزين بعبوة ناسفة زرعت في سيارته في مدينة سبها، أمس الثلاثاء.", None),
])
def test_a_person_named_in_apposition_to_his_title(nlp, text, name):
    incs = nlp.process({"id": "tg11c", "published": "2023-05-10", "text": text}).incidents
    assert incs, text
    target = incs[0].target
    if name is None:  # a man killed (the toll) is no target: his car is
        assert target is None or "الزين" not in target["text"], target
    else:
        assert target is not None and target["text"].endswith(name), target


@pytest.mark.parametrize("text, want", [
    # a subject the target rules do not know, before the object of "هاجم"/"استهدف"
    ("هاجمت مجموعة مسلحة فجر اليوم موقعا للجيش في بلدة تيسيت، ما أسفر عن مقتل ثلاثة جنود.", "موقعا للجيش"),
    ("هاجم رجل يحمل سكينا مركزا للشرطة في مدينة ليل أمس، ما أدى إلى إصابة شرطيين.", "مركزا للشرطة"),
    # an accusative object right after the verb stays the object
    ("هاجم مسلحون قافلة للإغاثة قرب بلدة كيدال أمس، ما أسفر عن مقتل سائقين.", "قافلة للإغاثة"),
])
def test_the_object_past_an_unknown_subject(nlp, text, want):
    incs = nlp.process({"id": "tg11d", "published": "2023-05-10", "text": text}).incidents
    assert incs and incs[0].target is not None and incs[0].target["text"] == want, (text, [i.target for i in incs])


@pytest.mark.parametrize("text, want", [
    # the forces as the subject after the verb, before it (a body's own "عناصرها"), and of "قام" before the noun
    ("قتل مسلحان فجر الثلاثاء في مدينة لاهور عندما داهمت قوة من الشرطة والجيش منزلا في حي غلبرغ، حيث اندلع تبادل "
     "لإطلاق النار أصيب فيه شرطي.", "Pakistan"),
    ("وأوضح بيان للشرطة أن عناصرها داهموا ليلة الأحد وكرا في بلدة مردان، فاندلع اشتباك قتل فيه أربعة مسلحين.",
     "Pakistan"),
    ("وقامت عناصر الأمن بمداهمة مخبأ في مدينة العريش، حيث دار تبادل لإطلاق النار أسفر عن مقتل ستة مسلحين.", "Egypt"),
    # the other side opened fire first: it attacked, no perpetrator
    ("داهمت القوة الأمنية منزلا في مدينة إربد مساء الاثنين، فبادر المسلحون بإطلاق النار عليها، ما أدى إلى مقتل "
     "اثنين منهم.", None),
    # raiders of a group are that group, not a state
    ("داهم مسلحون من حركة الشباب قرية في مدينة بيدوا ليلة الاثنين وقتلوا سبعة مدنيين.", "Al-Shabaab"),
])
def test_a_raid_by_the_state_forces_names_the_state(nlp, text, want):
    incs = nlp.process({"id": "ac13a", "published": "2021-03-09", "text": text}).incidents
    assert incs and incs[0].perpetrator == want, (text, [(i.perpetrator, i.claimed_by) for i in incs])


@pytest.mark.parametrize("text, want", [
    # the verb of attributing with the pronoun of the event told before it
    ("انفجرت عبوة في سوق ليلي بمدينة كوتاباتو في أغسطس 2017 وقتلت تسعة أشخاص، وهو تفجير نسبته الشرطة حينها إلى "
     "جماعة أبو سياف.", "Abu Sayyaf"),
    ("قتل أربعة جنود في كمين قرب بلدة تيلابيري في مايو 2019، وهي عملية نسبتها السلطات إلى جماعة بوكو حرام.",
     "Boko Haram"),
])
def test_an_attribution_with_the_pronoun_of_the_event(nlp, text, want):
    incs = nlp.process({"id": "ac13c", "published": "2021-03-09", "text": text}).incidents
    assert incs and incs[0].perpetrator == want and incs[0].claimed_by is None, \
        (text, [(i.perpetrator, i.claimed_by) for i in incs])


@pytest.mark.parametrize("text, want", [
    # the victim's group before the claim verb claims nothing: the group named before does ("التنظيم")
    ("اعتقلت الشرطة رجلا ينتمي إلى تنظيم داعش. ويأتي ذلك بعد أشهر من اغتيال القيادي في جبهة النصرة أبو عمر الحلبي "
     "بعبوة ناسفة زرعت في سيارته في مدينة إدلب في آذار الماضي، وهي عملية تبناها التنظيم عبر معرفاته.", "Islamic State"),
    # the subject after the claim verb claims, the victim's group after it does not
    ("تبنت حركة الشباب اغتيال القيادي في حزب العدالة محمد نور بعبوة ناسفة في مدينة بيدوا أمس.", "Al-Shabaab"),
])
def test_the_group_of_the_victim_is_not_the_claimant(nlp, text, want):
    incs = nlp.process({"id": "ac13d", "published": "2021-03-09", "text": text}).incidents
    assert incs and incs[0].claimed_by == want == incs[0].perpetrator, \
        (text, [(i.perpetrator, i.claimed_by) for i in incs])


@pytest.mark.parametrize("text, want", [
    # a unit of the forces in the partitive after an agent word: the state
    ("قتل صباح اليوم شاب برصاص وحدات من الجيش المصري جنوب مدينة رفح.", "Egypt"),
    ("قتل مساء أمس رجل برصاص عناصر من الشرطة في مدينة الشيخ زويد.", "Egypt"),
    # members of a group in the partitive are that group
    ("قتل مساء أمس شاب برصاص عناصر من حركة الشباب في مدينة بيدوا.", "Al-Shabaab"),
])
def test_a_unit_of_the_forces_in_the_partitive(nlp, text, want):
    incs = nlp.process({"id": "ac13e", "published": "2021-03-09", "text": text}).incidents
    assert incs and incs[0].perpetrator == want, (text, [(i.perpetrator, i.claimed_by) for i in incs])


@pytest.mark.parametrize("text, claim", [
    # a group's speaker tells what an arm of its forces did: its claim
    ("قال المتحدث باسم الحوثيين إن سلاح الجو المسير استهدف مطار نجران بطائرة مسيرة مساء أمس.", "Houthis"),
    ("وقال المتحدث باسم حركة الشباب إن \"سلاح المدفعية قصف قاعدة للجيش\" في مدينة بلدوين أمس بقذائف الهاون.",
     "Al-Shabaab"),
    # another state's branch of service: not the claim of the group that speaks
    ("وقال المتحدث باسم حركة الشباب إن سلاح الجو الكيني قصف قرية في مدينة بلدوين أمس، ما أدى إلى مقتل ثلاثة مدنيين.",
     "not Al-Shabaab"),
    # another's words: a drone its enemy launched (the verb's pronoun resumes the drone), no claim
    ("أعلن التحالف أن طائرة مسيرة أطلقتها جماعة الحوثي استهدفت مطار نجران مساء أمس.", None),
])
def test_a_group_speaker_tells_of_its_own_arm(nlp, text, claim):
    incs = nlp.process({"id": "ac13f", "published": "2021-03-09", "text": text}).incidents
    got = [(i.perpetrator, i.claimed_by) for i in incs]
    if claim == "not Al-Shabaab":  # (the state's claim there comes from the state-body rules, not tested here)
        assert incs and incs[0].claimed_by != "Al-Shabaab", (text, got)
    else:
        assert incs and incs[0].claimed_by == claim, (text, got)


@pytest.mark.parametrize("text, want", [
    # the unit doing the sweep, in the relative clause after it (no relative pronoun after an indefinite noun)
    ("أصيب جنديان صباح اليوم إثر انفجار لغم أرضي خلال عملية بحث كانت تقوم بها فرقة من الجيش بجبل ورغة.", "فرقة"),
    ("قتل دركي يوم الأحد في انفجار عبوة ناسفة أثناء عمليات تمشيط تنفذها الوحدات الأمنية في منطقة تبسة.",
     "الوحدات الأمنية"),
    # the clause names no doer: no target
    ("أصيب عسكري يوم الأحد في انفجار لغم خلال عمليات تمشيط تقوم بها في منطقة تبسة.", None),
])
def test_the_unit_that_does_the_sweep_is_hit(nlp, text, want):
    incs = nlp.process({"id": "tg12a", "published": "2021-03-09", "text": text}).incidents
    got = incs[0].target["text"] if incs and incs[0].target else None
    assert incs and (got == want if want is None else want in (got or "")), (text, got)


def test_a_clash_after_an_attack_takes_the_attack_object_tg13(nlp):
    doc = nlp.process({"id": "tg13a", "published": "2021-03-08", "text":
                       "شنت الجماعة ليل الأحد هجوما على ثكنة للجيش في بلدة كورا، واندلعت اشتباكات عنيفة "
                       "استمرت ساعتين أسفرت عن مقتل ستة جنود."})
    (inc,) = doc.incidents
    assert inc.sub_event_type == "Armed clash" and inc.target["text"].startswith("ثكنة للجيش")
    doc = nlp.process({"id": "tg13b", "published": "2021-03-08", "text":
                       "وقال مصدر أمني إن القوات صدت فجر اليوم هجوما للمتمردين على مواقعها قرب الحدود، "
                       "وإن المواجهات أسفرت عن مقتل خمسة من المهاجمين."})
    (inc,) = doc.incidents
    assert inc.target["text"] == "مواقعها"
    # a clash between two sides with no attack before it keeps no target
    doc = nlp.process({"id": "tg13c", "published": "2021-03-08", "text":
                       "اندلعت اشتباكات عنيفة بين الجيش ومسلحين في ريف المدينة، وقتل فيها ثلاثة جنود."})
    assert [i.target for i in doc.incidents] == [None]


def test_a_source_with_its_adjective_is_not_the_target_tg13(nlp):
    doc = nlp.process({"id": "tg13s", "published": "2022-04-11", "text":
                       "أصيب حارسان بجروح في هجوم بسكين نفذه سجين داخل سجن مدينة سوسة، "
                       "وفق ما جاء في بلاغ إعلامي للوزارة."})
    assert [i.target for i in doc.incidents] == [None]
    from pipeline.stages.incidents.actors import _tg13_described_source
    from pipeline.stages.incidents.lexicon import _doc_forms
    doc = nlp.process({"id": "tg13s2", "published": "2022-04-11", "text": "قصفت الطائرات مقرا قديما لوزارة الدفاع."})
    forms = _doc_forms(doc.tokens, doc.text)
    k = next(i for i, t in enumerate(doc.tokens) if t.text == "لوزارة")
    assert not _tg13_described_source(doc.tokens, forms, k, 0)  # "مقرا قديما لوزارة": no source before it


def test_a_hospital_that_receives_the_wounded_is_not_the_target_tg13(nlp):
    doc = nlp.process({"id": "tg13h", "published": "2022-04-11", "text":
                       "قتل مزارعان بانفجار عبوة ناسفة في بستان بقرية قرب بعقوبة، ونقلت قوة من الجيش الجريح "
                       "إلى مستشفى بعقوبة العام."})
    assert [i.target for i in doc.incidents] == [None]
    doc = nlp.process({"id": "tg13h2", "published": "2022-04-11", "text":
                       "وكان الجندي قد أصيب برصاص المسلحين في الصدر وتم نقله للمستشفى العسكري بالعاصمة حيث توفي أمس."})
    assert [i.target for i in doc.incidents] == [None]
    # a hospital hit, or the place of a blast, stays the target
    doc = nlp.process({"id": "tg13h3", "published": "2022-04-11", "text":
                       "انفجرت سيارة مفخخة أمام مستشفى مدينة كركوك، ما أدى إلى إصابة خمسة أشخاص."})
    (inc,) = doc.incidents
    assert inc.target["text"].startswith("مستشفى")


def test_the_dead_after_a_killing_verb_and_a_time_are_not_the_target_tg13(nlp):
    doc = nlp.process({"id": "tg13k", "published": "2023-03-09", "text":
                       "أفادت وزارة الدفاع بأن مفرزة للجيش قضت، يوم 3 مارس الجاري، على ثلاثة إرهابيين خلال عملية "
                       "تمشيط ببلدية الميلية في ولاية جيجل."})
    assert [i.target for i in doc.incidents] == [None]
    # a strike with a time between its verb and "على" keeps its object
    doc = nlp.process({"id": "tg13k2", "published": "2023-03-09", "text":
                       "شنت الطائرات، مساء الأحد، غارات على مواقع للتنظيم قرب مدينة سرت."})
    (inc,) = doc.incidents
    assert inc.target["text"].startswith("مواقع")


def test_a_clock_hour_without_its_word_is_a_time_not_the_target_tg13(nlp):
    doc = nlp.process({"id": "tg13c1", "published": "2022-02-06", "text":
                       "وقال المتحدث إن مسلحين هاجموا ليلة الجمعة إلى السبت، قرابة الرابعة فجرا، قرية ماكو في "
                       "شمال بوركينا فاسو، ما أسفر عن مقتل 12 مدنيا."})
    (inc,) = doc.incidents
    assert inc.target["text"].startswith("قرية ماكو")
    from pipeline.stages.incidents.actors import _tg13_bare_clock
    from pipeline.stages.incidents.lexicon import _doc_forms
    doc = nlp.process({"id": "tg13c2", "published": "2022-02-06", "text": "وهي المرة الثالثة التي يهاجم فيها المسلحون البلدة."})
    forms = _doc_forms(doc.tokens, doc.text)
    assert _tg13_bare_clock(doc.tokens, forms, 0, len(doc.tokens)) == set()  # an ordinal, no part of the day


@pytest.mark.parametrize("text, want", [
    # ac14: the group's own outlet speaks for it ("التابعة لـ", "الناطق باسم"), the group named by its kind as the doer
    ("قتل جنديان في هجوم بطائرة مسيرة على معسكر للجيش قرب مدينة مأرب أمس. "
     "وأعلنت قناة المسيرة التابعة لجماعة الحوثي أن الجماعة قصفت المعسكر.", "Houthis"),
    # a branch of the group named as the doer: the branch
    ("قتل سبعة أشخاص في تفجير استهدف سوقا شعبية في مدينة جلال آباد أمس. "
     "وقالت وكالة أعماق التابعة لتنظيم داعش إن أحد مقاتلي \"ولاية خراسان\" فجر السوق.",
     "Islamic State – Khorasan Province"),
    # the group after the link called by its kind: the group of that kind named before
    ("اندلعت اشتباكات أمس بين مسلحي جماعة الحوثي وقوات الجيش قرب مدينة حرض. "
     "وقالت قناة المسيرة الناطقة باسم الجماعة إن الجماعة قصفت تجمعا للجنود بطائرة مسيرة شرقي المدينة.", "Houthis"),
    # the outlet tells of the enemy's strike: no claim by its owner
    ("قتل ثلاثة مدنيين في غارة جوية على سوق في مديرية الصفراء أمس. "
     "وقالت قناة المسيرة التابعة لجماعة الحوثي إن طيران التحالف قصف السوق.", None),
    # the group's outlet names another group's kind: not its own
    ("قتل جنديان في هجوم على معسكر للجيش قرب مدينة مأرب أمس. "
     "وأعلنت قناة المسيرة التابعة لجماعة الحوثي أن الحركة قصفت المعسكر.", None),
])
def test_ac14_a_groups_own_outlet_speaking_claims_for_it(nlp, text, want):
    doc = nlp.process({"id": "ac14o", "published": "2021-05-10", "text": text})
    assert [i.claimed_by for i in doc.incidents][:1] == [want], text


@pytest.mark.parametrize("text, want", [
    # ac14: after "إن" the members' word takes the accusative ("مقاتلي", "عناصر") yet heads the subject: the group acts
    ("قال مسؤول محلي إن مقاتلي حركة الشباب هاجموا فجر اليوم مركزا للشرطة في بلدة بلدوين، ما أدى إلى اشتباكات قتل "
     "فيها أربعة من عناصر الشرطة.", "Al-Shabaab"),
    ("قال مسؤول محلي إن \"عناصر حركة الشباب اقتحموا مساء أمس مركزا للشرطة في بلدة بلدوين، ودارت اشتباكات قتل فيها "
     "شرطيان\".", "Al-Shabaab"),
    # "قتلوا" after them is their death, not their act: the group struck is no perpetrator
    ("قال مسؤول محلي إن مقاتلي حركة الشباب قتلوا في غارة جوية استهدفت تجمعا لهم قرب بلدة بلدوين أمس.", None),
])
def test_ac14_members_after_inna_are_the_subject(nlp, text, want):
    doc = nlp.process({"id": "ac14m", "published": "2021-10-10", "text": text})
    assert [i.perpetrator for i in doc.incidents][:1] == [want], text


@pytest.mark.parametrize("text, want", [
    # ac15: a state's statement that its forces neutralized militants ("حيدت"), also as the second verb of its clause
    ("أعلنت هيئة أركان الجيش أن وحداتها حيدت تسعة إرهابيين خلال عملية تمشيط نفذتها صباح الثلاثاء قرب بلدة جيبو.",
     ("Burkina Faso",) * 2),
    ("أعلنت هيئة أركان الجيش أن وحداتها طاردت المسلحين وقتلت تسعة منهم خلال عملية تمشيط نفذتها صباح الثلاثاء قرب "
     "بلدة جيبو.", ("Burkina Faso",) * 2),
    # "قضت، يوم ...، على": the day set off by commas between the verb and its preposition
    ("أفادت وزارة الدفاع في بيان بأن مفرزة للجيش قضت، يوم الثلاثاء الماضي، على ثلاثة إرهابيين خلال عملية بحث "
     "ببلدية القل في ولاية سكيكدة.", ("Algeria",) * 2),
    # its air defence downing drones, then destroying them: no attack of its own
    ("أعلنت وزارة الدفاع الروسية أن دفاعاتها الجوية اعترضت ودمرت 12 طائرة مسيرة فوق مقاطعة كورسك ليلا، فيما قال "
     "حاكم المقاطعة إن رجلا قتل جراء سقوط حطام مسيرة على منزل في بلدة ريلسك.", None),
])
def test_ac15_the_forces_of_the_speaker_neutralizing_militants(nlp, text, want):
    doc = nlp.process({"id": "ac15n", "published": "2022-03-10", "text": text})
    got = [(i.perpetrator, i.claimed_by) for i in doc.incidents][:1]
    if want is None:
        assert all(c != "Russia" for _, c in got), text
    else:
        assert got == [want], text


@pytest.mark.parametrize("text, want", [
    # ac15: a body named bare as the source, in a report from its own country, speaks for that state
    ("الرياض - قتل مسلحان في تبادل لإطلاق النار مع قوات الأمن السعودية فجر اليوم داخل مزرعة في بلدة العوامية، "
     "وفق ما أعلنته وزارة الداخلية.", "Saudi Arabia"),
    ("نفذت مقاتلات تابعة لسلاح الجو النيجيري أمس غارات على مخابئ للمسلحين قرب بلدة باغا في ولاية بورنو، "
     "\"قضت على عدد من الإرهابيين\"، بحسب بيان للمتحدث باسم سلاح الجو.", "Nigeria"),
    # the ministry as a word of what others said, not the speaker, or another state's: no claim
    ("الرياض - قتل مسلحان في تبادل لإطلاق النار مع قوات الأمن السعودية فجر اليوم داخل مزرعة في بلدة العوامية، "
     "وقال شهود إن وزارة الداخلية أرسلت تعزيزات بعد الهجوم.", None),
    ("الرياض - قتل مسلحان في تبادل لإطلاق النار مع قوات الأمن السعودية فجر اليوم داخل مزرعة في بلدة العوامية، "
     "وفق ما أعلنته وزارة الدفاع الأمريكية.", None),
])
def test_ac15_a_bare_state_body_as_the_source_claims_for_its_state(nlp, text, want):
    doc = nlp.process({"id": "ac15b", "published": "2020-03-07", "text": text})
    assert [i.claimed_by for i in doc.incidents][:1] == [want], text


def test_ac15_a_no_claim_of_the_next_event_leaves_the_claim_before_it(nlp):
    doc = nlp.process({"id": "ac15c", "published": "2019-04-02", "text":
                       "وتأتي الذكرى بعد عام من الهجوم الذي شنه مسلحون على فندق في مدينة سرت في مارس من العام الماضي "
                       "وقتل فيه سبعة أشخاص، وتبناه تنظيم داعش.\n"
                       "وفي مدينة البيضاء قتل شرطيان في هجوم على حاجز أمني قبل أسبوع، ولم تعلن أي جهة مسؤوليتها عنه."})
    claims = [(i.location or {}).get("text", "") and i.claimed_by for i in doc.incidents]
    assert "Islamic State" in claims
    # the no-claim in the claim's own sentence still cancels it
    doc = nlp.process({"id": "ac15d", "published": "2019-04-02", "text":
                       "قتل سبعة أشخاص في هجوم شنه مسلحون على فندق في مدينة سرت أمس، ولم تعلن أي جهة مسؤوليتها عنه "
                       "حتى الآن، فيما رجح مسؤولون أن يكون تنظيم داعش قد نفذه."})
    assert all(i.claimed_by is None for i in doc.incidents)


@pytest.mark.parametrize("text, want", [
    # ac15: the clause before the clash tells who attacked
    ("شنت هيئة تحرير الشام فجر اليوم هجوما على مواقع لقوات النظام في قرية كفرنبودة، واندلعت اشتباكات أسفرت عن "
     "مقتل ثمانية عناصر من قوات النظام.", "Hay'at Tahrir al-Sham"),
    # a clash after a clause that tells no attack: no perpetrator
    ("قتل ثمانية عناصر من قوات النظام في قرية كفرنبودة فجر اليوم، واندلعت اشتباكات بين الطرفين استمرت ساعات.", None),
])
def test_ac15_the_attacker_told_before_a_clash_is_its_perpetrator(nlp, text, want):
    doc = nlp.process({"id": "ac15k", "published": "2019-05-20", "text": text})
    assert [i.perpetrator for i in doc.incidents][:1] == [want], text


@pytest.mark.parametrize("text, want", [
    ("قال مسؤول محلي إن مسلحين اختطفوا يوم الأحد 40 طالبا من مدرسة ثانوية في ولاية كادونا.", "مدرسة ثانوية"),
    ("وأعاد الهجوم إلى الأذهان خطف مسلحين أكثر من مئة طالبة من مدرستهن في بلدة دوما في مارس 2012.", "مدرستهن"),
])
def test_tg14_the_site_people_were_abducted_from_is_the_target(nlp, text, want):
    doc = nlp.process({"id": "tg14a", "published": "2020-01-15", "text": text})
    (inc,) = doc.incidents
    assert inc.sub_event_type == "Abduction/forced disappearance" and inc.target["text"] == want


def test_tg14_a_person_named_stays_the_target_of_his_abduction(nlp):
    doc = nlp.process({"id": "tg14b", "published": "2020-01-15", "text":
                       "قال مسؤول إن مسلحين مجهولين اختطفوا الصحفي سامر خليل من منزله في بغداد مساء الاثنين."})
    (inc,) = doc.incidents
    assert inc.target["text"] == "الصحفي سامر خليل"


@pytest.mark.parametrize("text, want", [
    ("أطلق مسلح النار داخل نزل سياحي بمدينة المنستير مساء أمس، ما أسفر عن مقتل سائحين اثنين.", "نزل سياحي"),
    ("وقالت الوزارة إن مسلحين هاجموا ليلة السبت متحفا في مدينة قابس، ما أدى إلى إصابة حارس.", "متحفا"),
])
def test_tg14_a_hotel_in_the_maghrebi_word_and_a_museum_are_targets(nlp, text, want):
    doc = nlp.process({"id": "tg14c", "published": "2020-01-15", "text": text})
    (inc,) = doc.incidents
    assert inc.target["text"] == want


def test_tg14_the_verb_nazala_is_no_hotel(nlp):
    doc = nlp.process({"id": "tg14d", "published": "2020-01-15", "text":
                       "نزل الجيش إلى الشوارع بعد هجوم مسلح أسفر عن مقتل شرطي في مدينة القصرين أمس."})
    assert [i.target for i in doc.incidents] == [None]


@pytest.mark.parametrize("text, want", [
    ("وأوضحت الوزارة أن الحافلة التابعة لشركة النقل الوطنية تعرضت لإطلاق نار كثيف قرب بلدة كيدال، ما أدى إلى مقتل "
     "خمسة ركاب.", "الحافلة التابعة لشركة النقل الوطنية"),
    ("وقال مسؤول إن مركب الصيد الذي كان يقل عشرة بحارة تعرض لهجوم قرب جزيرة بيمبا، ما أسفر عن مقتل صيادين.",
     "مركب الصيد"),
    ("وقال مسؤول إن سفينة تجارية تعرضت لهجوم قرب ميناء الحديدة أمس، ما أسفر عن إصابة بحارين.", "سفينة تجارية"),
])
def test_tg14_the_head_of_the_subject_before_taarrada_is_the_target(nlp, text, want):
    doc = nlp.process({"id": "tg14e", "published": "2020-01-15", "text": text})
    (inc,) = doc.incidents
    assert inc.target["text"] == want


@pytest.mark.parametrize("text, want", [
    # the branch acts; its parent only describes it ("التابع لتنظيم داعش")
    ("هاجم مقاتلون من تنظيم \"ولاية غرب أفريقيا\" التابع لتنظيم داعش فجر اليوم معسكرا للجيش في بلدة ديكوا بولاية "
     "بورنو بقذائف الهاون، ما أسفر عن مقتل أربعة جنود.", ["Islamic State – West Africa Province"]),
    # "التنظيم" stands for the branch named before, not for the parent in its apposition ("فرع تنظيم داعش")
    ("قتل ستة جنود في هجوم على حاجز للجيش قرب مدينة رفح بشمال سيناء مساء أمس. وكان تنظيم \"ولاية سيناء\"، فرع "
     "تنظيم داعش في مصر، قد توعد بمهاجمة الجيش. وشن التنظيم هجوما آخر بقذائف الهاون على معسكر قرب العريش صباح "
     "اليوم أسفر عن مقتل جنديين.", [None, "Islamic State – Sinai Province"]),
    # the parent named alone is the actor
    ("هاجم مقاتلون من تنظيم داعش فجر اليوم معسكرا للجيش في بلدة ديكوا بولاية بورنو بقذائف الهاون، ما أسفر عن "
     "مقتل أربعة جنود.", ["Islamic State"]),
])
def test_ac16_branch_not_its_parent(nlp, text, want):
    doc = nlp.process({"id": "br", "published": "2022-05-08", "text": text})
    assert [i.perpetrator for i in doc.incidents] == want


_AC16_RAID = ("قال مسؤولون محليون إن مسلحين من حركة الشباب هاجموا مركزا للشرطة في بلدة جوهر مساء الجمعة بالأسلحة الرشاشة، "
              "ما أدى إلى مقتل خمسة من عناصر الشرطة. ")


@pytest.mark.parametrize("said, want", [
    # "الحركة" speaking stands for the group named before: its fighters' act is its claim
    ("وقالت الحركة في بيان بثته إذاعة محلية إن مقاتليها قتلوا تسعة جنود.", ("Al-Shabaab", "Al-Shabaab")),
    # the group telling what the army did to it claims nothing
    ("وقالت الحركة في بيان بثته إذاعة محلية إن الجيش قتل تسعة من أنصارها.", ("Al-Shabaab", None)),
])
def test_ac16_group_noun_speaker_claims(nlp, said, want):
    doc = nlp.process({"id": "sp", "published": "2022-05-08", "text": _AC16_RAID + said})
    assert [(i.perpetrator, i.claimed_by) for i in doc.incidents] == [want]


_AC16_SHORT = ("قتل مدنيان في قصف على مدينة كادقلي. وقال المتحدث باسم الحركة الشعبية لتحرير السودان - قطاع الشمال إن الجيش "
               "قصف القرى. ")


@pytest.mark.parametrize("said, want", [
    # "الحركة الشعبية", the short form of the movement named in full before, speaks for it: its forces' act is its claim
    ("في المقابل، أكد المتحدث باسم الحركة الشعبية يوسف آدم أن قوات الحركة قصفت مواقع عسكرية في المدينة.",
     [("Sudan People's Liberation Movement–North", "Sudan People's Liberation Movement–North")]),
    # the same speaker telling what the air force did claims nothing
    ("في المقابل، أكد المتحدث باسم الحركة الشعبية يوسف آدم أن الطيران الحربي قصف مواقع في المدينة.",
     [("Sudan", None)]),
])
def test_ac16_short_name_of_a_faction(nlp, said, want):
    doc = nlp.process({"id": "sn", "published": "2014-05-12", "text": _AC16_SHORT + said})
    assert [(i.perpetrator, i.claimed_by) for i in doc.incidents] == want


@pytest.mark.parametrize("text, want", [
    # the subject described by a belief, then the count taken
    ("قال مسؤول محلي إن مسلحين يعتقد أنهم من جماعة متشددة اختطفوا سبعة مزارعين قرب بلدة دامبوا مساء الأحد.",
     "سبعة مزارعين"),
    ("اختطف مسلحون يعتقد أنهم ينتمون إلى عصابة إجرامية تسعة مزارعين قرب بلدة دامبوا مساء الأحد.", "تسعة مزارعين"),
    # a relative verb describing the subject and a time between commas
    ("اختطف مسلحون يرتدون زيا مدنيا، مساء الأحد، أربعة أطباء قرب مدينة سبها جنوبي ليبيا.", "أربعة أطباء"),
    # the verb "خطف" and a count in digits
    ("خطف مجهولون 15 راكبا على طريق سريع قرب مدينة زاريا صباح الجمعة، وفق الشرطة.", "15 راكبا"),
])
def test_tg15_the_people_counted_after_the_abductors_are_the_target(nlp, text, want):
    doc = nlp.process({"id": "tg15a", "published": "2020-01-15", "text": text})
    (inc,) = doc.incidents
    assert inc.sub_event_type == "Abduction/forced disappearance" and inc.target["text"] == want


def test_tg15_a_count_of_the_abductors_or_of_a_time_is_not_the_target(nlp):
    doc = nlp.process({"id": "tg15b", "published": "2020-01-15", "text":
                       "خطف ثلاثة مسلحين طبيبا من أمام عيادته في مدينة سبها منذ 3 أيام، وفق مصادر محلية."})
    assert all((i.target or {}).get("text") not in ("ثلاثة مسلحين", "3 أيام") for i in doc.incidents)


def test_tg15_the_count_of_the_agent_of_a_passive_abduction_is_not_the_target(nlp):
    doc = nlp.process({"id": "tg15c", "published": "2020-01-15", "text":
                       "عثر الجيش على جثة المزارع الذي اختطف مساء السبت من طرف 5 مسلحين قرب بلدة الرقاب."})
    assert all((i.target or {}).get("text") != "5 مسلحين" for i in doc.incidents)


@pytest.mark.parametrize("text", [
    # a website after "على"
    "وكان ناشطون قد تداولوا على مواقع التواصل الاجتماعي صورا للانتحاري الذي قتل 12 شخصا في تفجير بمدينة كراتشي أمس.",
    # the scene of the event after "في"
    "قتل أربعة أشخاص في انفجار عبوة ناسفة بمدينة الموصل أمس، وعثرت الشرطة على بقايا العبوة في موقع الانفجار.",
])
def test_tg15_a_website_or_the_scene_is_not_the_target(nlp, text):
    doc = nlp.process({"id": "tg15d", "published": "2020-01-15", "text": text})
    assert doc.incidents and all(i.target is None or "موقع" not in i.target["text"] for i in doc.incidents)


def test_tg15_a_military_site_after_a_preposition_stays_the_target(nlp):
    doc = nlp.process({"id": "tg15e", "published": "2020-01-15", "text":
                       "قتل ثلاثة جنود في هجوم بقذائف الهاون على موقع عسكري قرب بلدة الرطبة مساء أمس."})
    assert [i.target["text"] for i in doc.incidents] == ["موقع عسكري"]


@pytest.mark.parametrize("text", [
    "قتل شرطي في تبادل لإطلاق النار مع مسلحين تحصنوا داخل منزل ريفي قرب مدينة الزرقاء فجر اليوم.",
    "أصيب جنديان في اشتباك مع عناصر مسلحة كانوا يتحصنون بمبنى مهجور في حي الصناعة مساء أمس.",
])
def test_tg15_where_the_gunmen_held_out_is_not_the_target(nlp, text):
    doc = nlp.process({"id": "tg15f", "published": "2020-01-15", "text": text})
    assert doc.incidents and all(i.target is None for i in doc.incidents)


def test_tg15_a_house_fired_on_stays_the_target(nlp):
    doc = nlp.process({"id": "tg15g", "published": "2020-01-15", "text":
                       "قتل طفلان عندما أطلق مسلحون النار على منزل في قرية الخضر مساء أمس."})
    assert [i.target["text"] for i in doc.incidents] == ["منزل"]


@pytest.mark.parametrize("text", [
    # the vehicle with "ب" after the verb of ramming, and the walkway of the passers-by after "على"
    "قتل شخصان وأصيب عشرة آخرون عندما صدم رجل بشاحنته المارة على الرصيف في مدينة نيس مساء أمس.",
    "وكان مهاجم قد دهس بسيارة مستأجرة المارة على جسر المدينة قبل أن يطعن شرطيا، ما أدى إلى مقتل ثلاثة أشخاص.",
])
def test_tg15_a_rammings_vehicle_and_the_passers_by_walkway_are_not_the_target(nlp, text):
    doc = nlp.process({"id": "tg15h", "published": "2020-01-15", "text": text})
    assert doc.incidents and all(i.target is None for i in doc.incidents)


def test_tg15_a_crowd_rammed_stays_the_target(nlp):
    doc = nlp.process({"id": "tg15i", "published": "2020-01-15", "text":
                       "قتل ثلاثة أشخاص وأصيب عشرون عندما صدم رجل بشاحنته حشدا من المتسوقين في ساحة المدينة مساء أمس."})
    assert [i.target["text"] for i in doc.incidents] == ["حشدا"]


@pytest.mark.parametrize("text, want", [
    ("أصيب سبعة أشخاص في انفجار سيارة مفخخة أمام أحد المساجد وسط مدينة الموصل مساء أمس. وقال مسؤول محلي إن السيارة "
     "انفجرت عند خروج المصلين من مسجد عمر بن الخطاب بعد الصلاة.", "مسجد عمر بن الخطاب"),
    ("أصيب سبعة أشخاص في انفجار سيارة مفخخة أمام أحد الفنادق وسط مدينة الموصل مساء أمس. وقال مسؤول محلي إن السيارة "
     "انفجرت قرب مدخل فندق شيراتون في شارع الجمهورية.", "فندق شيراتون"),
])
def test_tg15_a_site_told_as_one_of_a_kind_is_the_one_named_later(nlp, text, want):
    doc = nlp.process({"id": "tg15j", "published": "2020-01-15", "text": text})
    assert [i.target["text"] for i in doc.incidents][:1] == [want]


def test_tg15_two_sites_named_leave_the_target_as_told(nlp):
    doc = nlp.process({"id": "tg15k", "published": "2020-01-15", "text":
                       "أصيب سبعة أشخاص في انفجار سيارة مفخخة أمام أحد المساجد وسط مدينة الموصل مساء أمس. وكان مسجد "
                       "عمر بن الخطاب ومسجد خالد بن الوليد قد تعرضا لأضرار في هجمات سابقة."})
    assert [i.target["text"] for i in doc.incidents][:1] == ["أحد المساجد"]


@pytest.mark.parametrize("text, want", [
    # the passive of "اغتال": the man killed, not the house after "أمام"
    ("واغتيل الصحفي سامر خليل مساء الثلاثاء أمام منزله في مدينة الموصل، على يد مسلحين مجهولين.", "الصحفي سامر خليل"),
])
def test_tg15_the_one_assassinated_after_the_passive_verb_is_the_target(nlp, text, want):
    doc = nlp.process({"id": "tg15l", "published": "2020-01-15", "text": text})
    assert [i.target["text"] for i in doc.incidents] == [want]


def test_tg15_a_verb_of_targeting_still_names_what_was_hit_after_the_passive(nlp):
    doc = nlp.process({"id": "tg15m", "published": "2020-01-15", "text":
                       "اغتيل المسؤول المحلي سامر خليل صباح اليوم في هجوم مسلح استهدف سيارته قرب مدينة الموصل."})
    assert [i.target["text"] for i in doc.incidents] == ["سيارته"]


@pytest.mark.parametrize("text, want", [
    # a state's forces by their nationality written before their verb, as reported speech puts them
    ("قال محافظ الإقليم إن القوات الأوكرانية قصفت سوقا في مدينة غورلوفكا صباح اليوم، ما أسفر عن مقتل خمسة مدنيين.",
     "Ukraine"),
    ("اعترف مسؤول عسكري بأن الطائرات الحربية التركية قد شنت غارة على قرية في ريف دهوك، ما أدى إلى مقتل ثلاثة رعاة.",
     "Turkey"),
    # the forces as what the attack hit, not its author
    ("قتل جنديان في هجوم بعبوة ناسفة استهدف القوات الفرنسية قرب مدينة ميناكا صباح اليوم.", None),
    # a verbal noun after a clitic is no verb of theirs: the soldier is one of the dead
    ("قتل جندي من القوات البريطانية بقصف صاروخي على قاعدة عسكرية في ولاية هلمند مساء أمس.", None),
])
def test_ac17_forces_named_before_their_verb(nlp, text, want):
    doc = nlp.process({"id": "fb", "published": "2022-06-14", "text": text})
    assert [i.perpetrator for i in doc.incidents] == [want]


def test_ac17_forces_nationality_after_the_adjective_of_their_arm(nlp):
    doc = nlp.process({"id": "fa", "published": "2021-03-02", "text":
                       "شنت المقاتلات الحربية الروسية غارات على بلدة في ريف إدلب الجنوبي صباح اليوم، ما أدى إلى مقتل ثلاثة مدنيين."})
    assert [i.perpetrator for i in doc.incidents] == ["Russia"]
    # a nationality after the object is not the subject's: "قصفت الطائرات مواقع تركية"
    doc = nlp.process({"id": "fo", "published": "2021-03-02", "text":
                       "قصفت الطائرات مواقع تركية في ريف حلب الشمالي ما أدى إلى مقتل جنديين."})
    assert [i.perpetrator for i in doc.incidents] == [None]


def test_ac17_more_strikes_of_the_same_side(nlp):
    doc = nlp.process({"id": "cs", "published": "2022-08-11", "text":
                       "قصفت المدفعية التركية قرية في ريف الحسكة صباح اليوم، ما أدى إلى مقتل طفل، كما استهدفت بقذائف أخرى "
                       "أطراف بلدة الدرباسية دون أن تسفر عن إصابات."})
    assert [i.perpetrator for i in doc.incidents] == ["Turkey", "Turkey"]
    # a shelling told after a strike, not as more of it, has no actor of its own
    doc = nlp.process({"id": "cn", "published": "2022-08-11", "text":
                       "قتل جنديان في غارة جوية روسية على قرية في ريف حماة. وسقطت قذائف هاون على حي في مدينة حلب ما أدى إلى "
                       "إصابة طفلين."})
    assert [i.perpetrator for i in doc.incidents] == ["Russia", None]


@pytest.mark.parametrize("text, want", [
    # "الغارات" as the subject names the strikes told in the sentence before: their actor
    ("قالت مصادر محلية إن طائرات حربية روسية شنت غارات على بلدة معرة النعمان في ريف إدلب فجر اليوم. وفي مدينة سراقب، "
     "أسفرت الغارات عن مقتل خمسة مدنيين وإصابة عشرة آخرين.", ["Russia", "Russia"]),
    # or the speaker that told of its own strike
    ("أعلن الجيش الأمريكي أن مقاتلاته استهدفت مخزنا للأسلحة في مدينة البوكمال مساء أمس. وفي بلدة الميادين، أسفرت الغارات "
     "عن مقتل أربعة مسلحين.", ["United States", "United States"]),
    # a shelling after a bombing of another kind takes nothing from it
    ("قتل جنديان تركيان في هجوم بعبوة ناسفة زرعها مسلحون من حزب العمال الكردستاني في ولاية هكاري. وفي ولاية شرناق، أسفر "
     "القصف المدفعي على قرية عن مقتل طفلين.", ["Kurdistan Workers' Party", None]),
])
def test_ac17_the_strikes_named_again(nlp, text, want):
    doc = nlp.process({"id": "sa", "published": "2019-05-20", "text": text})
    assert [i.perpetrator for i in doc.incidents] == want


@pytest.mark.parametrize("said, want", [
    # the authorities say the attackers belong to a group: it is the perpetrator
    ("وأكد وزير الداخلية أن المهاجمين ينتمون إلى حركة الشباب المجاهدين.", "Al-Shabaab"),
    ("وقال المحافظ إن منفذي الهجوم ينتمون لتنظيم داعش.", "Islamic State"),
    # a man killed who belonged to a group is not an attacker
    ("وقال المحافظ إن أحد القتلى ينتمي إلى حركة الشباب المجاهدين.", None),
])
def test_ac17_the_attackers_belong_to_a_group(nlp, said, want):
    doc = nlp.process({"id": "ab", "published": "2019-07-03", "text":
                       "هاجم مسلحون فندقا في مدينة كيسمايو مساء أمس، ما أسفر عن مقتل سبعة أشخاص. " + said})
    assert [i.perpetrator for i in doc.incidents] == [want]


@pytest.mark.parametrize("text, want", [
    # a nationality in the accusative or the dual, agreeing with the strike before it
    ("قال مسؤول محلي إن قصفا مدفعيا روسيا استهدف حيا سكنيا في مدينة خيرسون مساء أمس، ما أسفر عن مقتل أربعة مدنيين.", "Russia"),
    ("سقط صاروخان باليستيان إيرانيان على قاعدة عسكرية في محافظة أربيل فجر اليوم، ما أسفر عن إصابة ثلاثة جنود.", "Iran"),
    # a country's name after a preposition is where, not who
    ("قتل خمسة أشخاص في ضربة جوية على بلدة في شمال سوريا صباح اليوم.", None),
    # the attackers' own nationality is no state acting
    ("فجر انتحاريان فرنسيان نفسيهما في محطة للحافلات في مدينة ليل، ما أسفر عن مقتل ستة أشخاص.", None),
])
def test_ac17_inflected_nationality(nlp, text, want):
    doc = nlp.process({"id": "in", "published": "2023-02-11", "text": text})
    assert [i.perpetrator for i in doc.incidents] == [want]


@pytest.mark.parametrize("text, want", [
    ("أقدم مسلحون مجهولون فجر اليوم على مهاجمة نقطة تفتيش للجيش بالرصاص في ضواحي المدينة، ما أدى إلى مقتل جندي.",
     "نقطة تفتيش"),
    # an organisation whose name opens with a target noun is the site attacked, not the attackers
    ("أقدم مسلحون مجهولون ليلة السبت على مهاجمة محطة الإرسال التلفزيوني بالرصاص قرب المدينة، ما أدى إلى مقتل حارس.",
     "محطة الإرسال"),
    ("اندلعت اشتباكات أمس بعد مهاجمة مسلحين حاجزا للشرطة جنوب المدينة، ما أسفر عن مقتل شرطيين.", "حاجزا للشرطة"),
])
def test_tg16_the_object_of_the_verbal_noun_of_attack_is_the_target(nlp, text, want):
    doc = nlp.process({"id": "tg16a", "published": "2020-01-15", "text": text})
    (inc,) = doc.incidents
    assert inc.target is not None and inc.target["text"].startswith(want)


def test_tg16_an_animal_that_attacked_is_not_the_target(nlp):
    doc = nlp.process({"id": "tg16b", "published": "2020-01-15", "text":
                       "قتل خمسة أشخاص في اشتباكات مسلحة اندلعت أمس في المدينة بسبب مهاجمة كلب من عائلة طفلا من "
                       "عائلة أخرى."})
    (inc,) = doc.incidents
    assert inc.target is None


@pytest.mark.parametrize("text, want", [
    ("قتل عشرون شخصا عندما فجر انتحاري نفسه مساء أمس في بهو قاعة للحفلات وسط المدينة.", "قاعة للحفلات"),
    ("أطلق مسلحون النار مساء أمس داخل قاعة للأفراح في حي شعبي، ما أسفر عن مقتل خمسة أشخاص.", "قاعة للأفراح"),
])
def test_tg16_a_hall_is_a_venue_that_is_hit(nlp, text, want):
    doc = nlp.process({"id": "tg16c", "published": "2020-01-15", "text": text})
    (inc,) = doc.incidents
    assert inc.target is not None and inc.target["text"].startswith(want)


def test_tg16_a_hall_where_the_wounded_were_taken_is_not_the_target(nlp):
    doc = nlp.process({"id": "tg16d", "published": "2020-01-15", "text":
                       "انفجرت عبوة ناسفة أمس في سوق شعبي وسط المدينة، ما أسفر عن إصابة ستة أشخاص نقلوا إلى قاعة "
                       "الطوارئ في المستشفى."})
    assert [i.target["text"] if i.target else None for i in doc.incidents][:1] == ["سوق شعبي"]


@pytest.mark.parametrize("text, want", [
    ("قتل سبعة أشخاص أمس في تفجير انتحاري ضرب مسجدا في مدينة كبيرة شمالي البلاد.", "مسجدا"),
    ("أودى الانفجار الذي ضرب سوقا شعبيا وسط المدينة مساء أمس بحياة 12 شخصا.", "سوقا شعبيا"),
])
def test_tg16_what_the_event_struck_is_the_target(nlp, text, want):
    doc = nlp.process({"id": "tg16e", "published": "2020-01-15", "text": text})
    (inc,) = doc.incidents
    assert inc.target is not None and inc.target["text"].startswith(want)


def test_tg16_struck_without_the_event_as_subject_is_not_read(nlp):
    from pipeline.stages.incidents.actors import _tg16_event_struck
    from pipeline.stages.incidents.lexicon import _doc_forms
    doc = nlp.process({"id": "tg16f", "published": "2020-01-15", "text":
                       "قال الوزير إن بلاده لن تتردد في ضرب مواقع المسلحين في أي مكان."})
    forms = _doc_forms(doc.tokens, doc.text)
    k = next(i for i, t in enumerate(doc.tokens) if t.text == "ضرب")
    assert not _tg16_event_struck(forms, k, 0)


@pytest.mark.parametrize("text", [
    "هاجم شاب مسلح عدد من الركاب بسكين داخل محطة القطارات في مدينة مرسيليا صباح اليوم وأصاب أربعة منهم.",
    "قالت الشرطة إن حارسا أطلق النار مساء اليوم على رجل ملثم كان يحاول دخول قصر المؤتمرات في مدينة نانت فأصابه.",
    "تم إطلاق النار على المهاجم فأردته الشرطة قتيلا بعد أن طعن ثلاثة أشخاص في مدينة هامبورغ اليوم.",
])
def test_tg17_the_attacker_is_not_the_target(nlp, text):
    doc = nlp.process({"id": "tg17a", "published": "2021-04-11", "text": text})
    assert doc.incidents
    for inc in doc.incidents:
        assert inc.target is None or not inc.target["text"].startswith(("شاب", "رجل", "المهاجم"))


def test_tg17_armed_men_after_a_verb_of_strike_stay_the_target(nlp):
    from pipeline.stages.incidents.actors import _tg17_attacker_at
    from pipeline.stages.incidents.lexicon import _doc_forms
    doc = nlp.process({"id": "tg17b", "published": "2021-04-11", "text":
                       "فتح الحارس النار على مجموعة من الزوار أمام المتحف."})
    forms = _doc_forms(doc.tokens, doc.text)
    j = next(i for i, t in enumerate(doc.tokens) if t.text == "مجموعة")
    assert not _tg17_attacker_at(forms, j, len(doc.tokens))  # no adjective of arms: people fired on
    k = next(i for i, t in enumerate(doc.tokens) if t.text == "الحارس")
    assert not _tg17_attacker_at(forms, k, len(doc.tokens))


def test_tg17_the_body_a_speaker_works_for_is_not_the_target(nlp):
    doc = nlp.process({"id": "tg17c", "published": "2021-04-11", "text":
                       "وقال مسؤول في الوزارة لوكالة الأنباء الرسمية إن مسلحين مجهولين خطفوا صحفيا محليا في حي "
                       "الكرادة ببغداد مساء أمس."})
    assert doc.incidents
    assert all(i.target is None or "الوزارة" not in i.target["text"] for i in doc.incidents)


def test_tg17_an_official_hurt_at_a_building_keeps_the_building(nlp):
    from pipeline.stages.incidents.actors import _tg17_affiliation
    from pipeline.stages.incidents.lexicon import _doc_forms, lexicon
    doc = nlp.process({"id": "tg17d", "published": "2021-04-11", "text":
                       "أصيب مسؤول في مقر الحزب بانفجار عبوة ناسفة في مدينة سرت اليوم."})
    forms = _doc_forms(doc.tokens, doc.text)
    i = next(i for i, t in enumerate(doc.tokens) if t.text == "مقر")
    assert not _tg17_affiliation(doc.tokens, forms, i, 0, lexicon(), False)  # no verb of saying: no speaker


def test_tg17_the_name_in_apposition_after_a_kin_word_is_the_target(nlp):
    doc = nlp.process({"id": "tg17e", "published": "2021-04-11", "text":
                       "تعرض نجله، سامي الحداد، لعملية اختطاف على يد مسلحين في مدينة درنة اليوم."})
    (inc,) = doc.incidents
    assert inc.target is not None and inc.target["text"] == "سامي الحداد"


def test_tg17_no_name_after_the_kin_word_keeps_it(nlp):
    from pipeline.stages.incidents.actors import _tg17_apposed_name
    from pipeline.stages.incidents.lexicon import _doc_forms
    doc = nlp.process({"id": "tg17f", "published": "2021-04-11", "text":
                       "تعرض الحارس، سامي الحداد، لإطلاق نار وتعرض شقيقه، وهو طالب، لإصابة."})
    forms = _doc_forms(doc.tokens, doc.text)
    n = len(doc.tokens)
    guard = next(i for i, t in enumerate(doc.tokens) if t.text == "الحارس")
    kin = next(i for i, t in enumerate(doc.tokens) if t.text == "شقيقه")
    assert _tg17_apposed_name(doc, forms, guard, guard + 1, n) is None  # no word of kinship
    assert _tg17_apposed_name(doc, forms, kin, kin + 1, n) is None  # no name after the comma


def test_tg17_the_vehicle_of_a_ramming_told_by_its_noun_is_no_target(nlp):
    doc = nlp.process({"id": "tg17g", "published": "2021-04-11", "text":
                       "قتل ستة أشخاص أمس في هجوم الدهس بشاحنة في أحد أسواق المدينة القديمة."})
    (inc,) = doc.incidents
    assert inc.target is not None and inc.target["text"].startswith("أحد أسواق المدينة")


def test_tg17_one_of_a_construct_only_after_a_preposition_of_place(nlp):
    from pipeline.stages.incidents.actors import _tg9_one_of
    from pipeline.stages.incidents.lexicon import _doc_forms, lexicon
    doc = nlp.process({"id": "tg17h", "published": "2021-04-11", "text":
                       "انفجرت عبوة داخل أحد مطاعم الحي، وتعرضت إحدى سيارات الإسعاف إلى سرقة، ونجا أحد مطاعم باريس."})
    forms = _doc_forms(doc.tokens, doc.text)
    toks = [t.text for t in doc.tokens]
    assert _tg9_one_of(doc, forms, toks.index("مطاعم"), 0, lexicon())  # "داخل أحد مطاعم الحي"
    assert not _tg9_one_of(doc, forms, toks.index("سيارات"), 0, lexicon())  # after the verb "تعرضت"


@pytest.mark.parametrize("text, want", [
    ("أطلق مسلحون النار أمس على عدد من قوارب الصيد قبالة سواحل المدينة، ما أدى إلى إصابة صيادين اثنين.",
     "عدد من قوارب الصيد"),
    ("قتل ثلاثة أشخاص مساء أمس في هجوم مسلح على مقهى شعبي يقع في وسط مدينة كراتشي.", "مقهى شعبي"),
    ("قتل جنديان أمس عندما هاجم مسلحون الحاجز القريب من مدخل مدينة كيدال.", "الحاجز"),
])
def test_tg17_a_place_or_a_new_clause_ends_the_target(nlp, text, want):
    doc = nlp.process({"id": "tg17i", "published": "2021-04-11", "text": text})
    (inc,) = doc.incidents
    assert inc.target is not None and inc.target["text"] == want


def test_tg17_the_stop_words_never_open_the_phrase(nlp):
    doc = nlp.process({"id": "tg17j", "published": "2021-04-11", "text":
                       "استهدفت غارة جوية أمس مقر الحركة في مدينة الحديدة، ما أسفر عن مقتل أربعة مسلحين."})
    (inc,) = doc.incidents
    assert inc.target is not None and inc.target["text"].startswith("مقر الحركة")


def test_tg17_the_owner_after_a_word_of_belonging_is_not_the_target(nlp):
    doc = nlp.process({"id": "tg17k", "published": "2021-04-11", "text":
                       "تعرض فجر اليوم، الأحد مقر الدفاع المدني \"نقطة الميناء\" التابعة لوزارة الداخلية إلى عملية "
                       "تفجير بعبوة ناسفة في مدينة سرت."})
    (inc,) = doc.incidents
    assert inc.target is None or not inc.target["text"].startswith("وزارة")
    doc = nlp.process({"id": "tg17l", "published": "2021-04-11", "text":
                       "انفجرت عبوة ناسفة فجر اليوم قرب مقر وزارة الدفاع في مدينة مصراتة."})
    (inc,) = doc.incidents
    assert inc.target is not None and inc.target["text"].startswith("مقر وزارة الدفاع")

@pytest.mark.parametrize("text, want", [
    ("أسفرت العملية الأمنية التي نفذت فجر اليوم في أحد أرياف معتمدية عين دراهم من ولاية جندوبة عن مقتل ثلاثة عناصر "
     "إرهابية، حسب ما علمته الإذاعة من مصادر محلية.", "Tunisia"),
    ("انتهت عملية عسكرية واسعة أمس قرب مدينة العريش بالقضاء على سبعة مسلحين.", "Egypt"),
])
def test_ac18_an_operation_that_killed_militants_is_the_states(nlp, text, want):
    doc = nlp.process({"id": "ac18a", "published": "2016-04-12", "text": text})
    (inc,) = doc.incidents
    assert inc.perpetrator == want and inc.claimed_by is None  # no communique: no claim


def test_ac18_an_operation_told_in_a_communique_is_claimed(nlp):
    doc = nlp.process({"id": "ac18b", "published": "2016-04-12", "text":
                       "أعلنت وزارة الداخلية في بلاغ اليوم أن العملية الأمنية التي جدت ليلة أمس بمعتمدية عين دراهم من "
                       "ولاية جندوبة أسفرت عن مقتل إرهابيين اثنين."})
    (inc,) = doc.incidents
    assert inc.perpetrator == "Tunisia" and inc.claimed_by == "Tunisia"


def test_ac18_an_operation_whose_dead_are_the_forces_names_no_state(nlp):
    doc = nlp.process({"id": "ac18c", "published": "2016-04-12", "text":
                       "أسفرت العملية العسكرية التي جدت اليوم في جبل قرب مدينة جندوبة عن مقتل جنديين وإصابة ثلاثة آخرين."})
    assert [i.perpetrator for i in doc.incidents] == [None]


def test_ac18_the_attacker_shot_by_the_police_does_not_make_the_police_the_perpetrator(nlp):
    doc = nlp.process({"id": "ac18d", "published": "2017-08-02", "text":
                       "قال مصدر في الشرطة إن المهاجم أصيب برصاص الشرطة بعدما حاول طعن حارس أمام مدخل محطة القطار في "
                       "مدينة ليون."})
    assert [i.perpetrator for i in doc.incidents] == [None]


def test_ac18_a_man_killed_by_the_police_still_names_the_state(nlp):
    doc = nlp.process({"id": "ac18e", "published": "2017-08-02", "text":
                       "قتل شاب برصاص الشرطة مساء أمس في حي شعبي بمدينة ليون."})
    assert [i.perpetrator for i in doc.incidents] == ["France"]


def test_ac18_the_attackers_nationality_in_a_title_is_not_the_perpetrator(nlp):
    from pipeline.stages.incidents.article import _art_title_actor
    from pipeline.stages.incidents.lexicon import lexicon
    from pipeline.kb import load_kb
    kb = load_kb()
    doc = nlp.process({"id": "ac18f", "published": "2017-08-02", "title": "منفذ هجوم المحطة بلجيكي من أصل مغربي",
                       "text": "كشفت الشرطة هوية منفذ الهجوم على محطة القطار في مدينة ليون."})
    assert _art_title_actor(doc, lexicon(), kb, kb.countries) is None
    doc = nlp.process({"id": "ac18g", "published": "2017-08-02", "title": "قصف روسي على ريف المدينة",
                       "text": "قتل ثلاثة مدنيين في قصف على ريف المدينة."})
    assert _art_title_actor(doc, lexicon(), kb, kb.countries) == "Russia"


def test_ac18_the_forces_killing_told_in_another_sentence_names_the_state_of_the_clash(nlp):
    doc = nlp.process({"id": "ac18h", "published": "2018-05-10", "text":
                       "تمكنت وحدات الجيش الوطني مساء اليوم من القضاء على عنصرين إرهابيين في جبل الشعانبي من ولاية "
                       "القصرين، وفق ما أفاد به مصدر محلي.\n"
                       "وكانت مواجهات قد اندلعت بين وحدات الجيش الوطني ومجموعة إرهابية متحصنة بالجبل."})
    (inc,) = doc.incidents
    assert inc.perpetrator == "Tunisia" and inc.claimed_by is None


def test_ac18_a_clash_between_sides_with_no_killing_by_the_forces_names_no_one(nlp):
    doc = nlp.process({"id": "ac18i", "published": "2018-05-10", "text":
                       "اندلعت مواجهات عنيفة صباح اليوم بين قوات الجيش ومسلحين في جبل الشعانبي من ولاية القصرين.\n"
                       "وقال مصدر أمني إن المواجهات استمرت ساعتين."})
    assert [i.perpetrator for i in doc.incidents] == [None]


def test_ac18_an_operation_launched_to_kill_is_an_aim_not_a_killing(nlp):
    from pipeline.stages.incidents.actors import _ac18_operation_killed
    from pipeline.stages.incidents.lexicon import lexicon
    from pipeline.kb import load_kb
    doc = nlp.process({"id": "ac18j", "published": "2018-05-10", "text":
                       "أعلن الجيش أن قواته أطلقت عملية عسكرية واسعة للقضاء على المسلحين في الجبال."})
    assert _ac18_operation_killed(doc, 0, len(doc.tokens), lexicon(), load_kb().countries, "Tunisia") is None
    doc = nlp.process({"id": "ac18k", "published": "2018-05-10", "text":
                       "انتهت العملية العسكرية في الجبال بالقضاء على أربعة مسلحين."})
    assert _ac18_operation_killed(doc, 0, len(doc.tokens), lexicon(), load_kb().countries, "Tunisia") == ("Tunisia", False)


def test_ac18_a_habitual_accusation_names_no_perpetrator(nlp):
    doc = nlp.process({"id": "ac18l", "published": "2021-06-11", "text":
                       "قتل ثلاثة مزارعين مساء أمس عندما هاجم مسلحون قرية قرب بلدة مويدا في إقليم نياسا.\n"
                       "ولم تتبن أي جهة الهجوم، غير أن السلطات تتهم عادة حركة الشباب بالوقوف وراء الهجمات في الإقليم."})
    assert [i.perpetrator for i in doc.incidents] == [None]


def test_ac18_an_accusation_of_this_attack_still_names_the_accused(nlp):
    doc = nlp.process({"id": "ac18m", "published": "2021-06-11", "text":
                       "قتل ثلاثة مزارعين مساء أمس عندما هاجم مسلحون قرية قرب بلدة مويدا في إقليم نياسا.\n"
                       "ولم تتبن أي جهة الهجوم، غير أن السلطات اتهمت حركة الشباب بالوقوف وراءه."})
    assert [i.perpetrator for i in doc.incidents] == ["Al-Shabaab"]


def test_ac18_an_accusation_of_harbouring_names_no_perpetrator(nlp):
    doc = nlp.process({"id": "ac18n", "published": "2023-11-18", "text":
                       "قتل ثلاثة جنود مساء أمس عندما هاجم مسلحون نقطة تفتيش قرب مدينة بانو.\n"
                       "واتهمت الحكومة مجددا سلطات الجارة بإيواء المسلحين، وهو ما تنفيه حركة طالبان الأفغانية."})
    assert [i.perpetrator for i in doc.incidents] == [None]


def test_ac18_an_accusation_of_the_attack_after_a_support_word_later_still_counts(nlp):
    doc = nlp.process({"id": "ac18o", "published": "2023-11-18", "text":
                       "قتل ثلاثة جنود مساء أمس عندما هاجم مسلحون نقطة تفتيش قرب مدينة بانو.\n"
                       "واتهمت الحكومة حركة طالبان باكستان بتنفيذ الهجوم."})
    assert [i.perpetrator for i in doc.incidents] == ["Tehrik-i-Taliban Pakistan"]


def test_ac18_a_group_told_as_active_in_the_area_is_not_the_actor(nlp):
    doc = nlp.process({"id": "ac18p", "published": "2019-03-05", "text":
                       "قتل خمسة أشخاص في انفجار عبوة ناسفة في سوق شعبي بمدينة زامبوانغا صباح اليوم، ولم تتبن أي جهة "
                       "التفجير، فيما تنشط في المنطقة جماعة أبو سياف."})
    assert [i.perpetrator for i in doc.incidents] == [None]


def test_ac18_a_group_that_acts_is_still_the_actor(nlp):
    doc = nlp.process({"id": "ac18q", "published": "2019-03-05", "text":
                       "هاجم مسلحون من جماعة أبو سياف صباح اليوم قرية قرب مدينة زامبوانغا، ما أسفر عن مقتل خمسة أشخاص."})
    assert [i.perpetrator for i in doc.incidents] == ["Abu Sayyaf"]
