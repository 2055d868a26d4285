"""Incident stage: casualties (pipeline/stages/incidents/casualties.py)."""

import pytest
from pipeline import make_pipeline
from .util import _cas_counts


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
    # a word of the description of the one named that starts with "و" (cs12): the others joined after it count
    ("أسفر القصف عن مقتل سالم، مسؤول وحدة الاتصالات في اللواء، وأربعة عناصر آخرين", [(1, "killed"), (4, "killed")]),
    ('أسفرت الغارة عن مقتل مدير "وكالة الإغاثة" في البلدة وثلاثة من مرافقيه', [(1, "killed"), (3, "killed")]),
    # a "و" word after a comma is no word of the description: the others after it are not joined to the one named
    ("أسفر القصف عن مقتل سالم، قائد الكتيبة، ووصول ثلاثة مسعفين آخرين إلى المكان", []),
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


@pytest.mark.parametrize("text, want", [
    # the subject after a phrase about the event: one, two (dual), with a demonstrative
    ("استشهد خلال هذه العملية جندي في اشتباكات بمنطقة الذهيبة اليوم.", (1, None)),
    ("قتل خلال الاشتباكات شرطيان في منطقة الذهيبة اليوم.", (2, None)),
    ("أصيب جراء انفجار العبوة الناسفة جنديان بمنطقة الذهيبة اليوم.", (None, 2)),
    # an adjective of the phrase's noun is not a person counted
    ("قتل في هجوم إرهابي بمنطقة الذهيبة اليوم عدد من الجنود.", (None, None)),
    ("أصيب في الهجوم الإرهابي بمنطقة الذهيبة اليوم عدد من الجنود.", (None, None)),
])
def test_cs2_person_counted_after_a_phrase_about_the_event(nlp, text, want):
    doc = nlp.process({"id": "cs2", "published": "2016-03-09", "text": text})
    (inc,) = doc.incidents
    assert (inc.killed, inc.wounded) == want


@pytest.mark.parametrize("text, want", [
    # Monday right after a word of the day is the day, not the number two
    ("أطلق مسلحون النار على حاجز، وقتل مسلحون مجهولون مساء الاثنين الشرطي سالم الحداد في مدينة سبها.", [(1, "killed")]),
    ("قتل مسلحون مساء أمس الإثنين حارسا في منجم للذهب شمال بوركينا فاسو.", [(1, "killed")]),
    # a number after the weekday still counts
    ("قتل اليوم الاثنين ثلاثة جنود في هجوم على ثكنة في ولاية بورنو.", [(3, "killed")]),
])
def test_ac4_monday_after_a_day_word_is_not_two(text, want):
    assert _cas_counts(text) == want


@pytest.mark.parametrize("text, want", [
    # the attacker's own death told after "قبل": one for the singular, two for the dual
    ("أصيب سبعة أشخاص في هجوم بسكين نفذه رجل في محطة للحافلات بمدينة ليل قبل أن تتمكن الشرطة من القضاء عليه.",
     [(7, "wounded"), (1, "killed")]),
    ("هاجم شاب دورية للدرك في مدينة تولوز قبل أن يقتل برصاص أحد العناصر.", [(1, "killed")]),
    ("هاجم مسلحان كنيسة في بلدة صغيرة قبل قتلهما على يد الشرطة.", [(2, "killed")]),
    # he killed, he was not killed; and "عليه" without "القضاء" is not a death
    ("طعن رجل جاره في مدينة نانت قبل أن يقتل زوجته في منزلهما.", []),
    ("اقتحم مسلح مصرفا قبل أن يتم القبض عليه.", []),
    # what the forces managed to do; "من قبل" is "by", not "before"
    ("أغلق المطار بعد هجوم على حارس من قبل رجل تمكنت قوات الأمن من قتله في المكان.", [(1, "killed")]),
    ("طعن حارس من قبل رجل يقتل الوقت في المقهى.", []),
])
def test_ac4_attacker_killed_after_qabl(text, want):
    assert _cas_counts(text) == want


@pytest.mark.parametrize("text, killed", [
    # a man named (no count of his own) and the others counted with him after his description
    ("أغارت طائرات حربية ليل أمس على منزل في بلدة البازورية، ما أدى إلى مقتل حسن كريم، القيادي في الجماعة، "
     "وخمسة عناصر آخرين كانوا معه.", 6),
    ("أعلن الجيش أن غارة جوية أسفرت فجر أمس عن مقتل القيادي رضوان حاجي، وأربعة مسلحين آخرين كانوا برفقته.", 5),
    # "مع" after the verb: the subject named before it and the men with him
    ("قالت مصادر أمنية إن العقيد سالم فرج قتل مع أربعة من حراسه في هجوم مسلح على موكبه في مدينة سبها أمس.", 5),
    ("قتل القائد أحمد نور مع سبعة آخرين في غارة لطائرة مسيرة استهدفت سيارتهم قرب مدينة جوهر أمس.", 8),
    # a group that stands for itself is no "others": one named man alone
    ("قتل الصحفي سمير حداد برصاص مسلحين مجهولين أمس في مدينة الموصل.", 1),
])
def test_cs5_one_named_and_the_others_killed_with_him(nlp, text, killed):
    doc = nlp.process({"id": "cs5", "published": "2021-04-25", "text": text})
    (inc,) = doc.incidents
    assert inc.killed == killed


@pytest.mark.parametrize("text, want", [
    # a split killing verb whose subject is a long phrase before its lives
    ("أودى انفجار عبوة ناسفة زرعت على جانب طريق رئيسي قرب مدينة كركوك بحياة ستة أشخاص أمس.", (6, None)),
    # "فارق ... الحياة" with its subject between: the subject is the count
    ("فارق شرطي الحياة أمس متأثرا بجروحه إثر انفجار عبوة ناسفة في مدينة الموصل.", (1, None)),
    ("فارق جنديان الحياة أمس إثر انفجار لغم أرضي في منطقة رفح.", (2, None)),
    # the fate word ends a described subject: one death, not two
    ("لقي شرطي من قوة حماية المنشآت مصرعه وأصيب ثلاثة آخرون في هجوم مسلح على حاجز في مدينة سرت أمس.", (1, 3)),
    # ... but "و" before it joins another group ("سيدة وطفلاها": three)
    ("لقيت امرأة وطفلاها حتفهم أمس إثر سقوط قذيفة هاون على منزلهم في مدينة درنة.", (3, None)),
    # "واحد" after a second group ends it; its "و" starts no third group
    ("قتل خمسة مسلحين وشرطي واحد أمس في اشتباكات بمدينة بنقردان.", (6, None)),
    ("قتل أربعة جنود ومدني واحد أمس في قصف بقذائف الهاون على مدينة غاو.", (5, None)),
])
def test_cs6_split_subjects_and_one(nlp, text, want):
    doc = nlp.process({"id": "cs6", "published": "2022-03-09", "text": text})
    (inc,) = doc.incidents
    assert (inc.killed, inc.wounded) == want


@pytest.mark.parametrize("text, want", [
    # an active verb, its subject, then the counted object
    ("قتل انتحاري 14 شخصا أمس في تفجير استهدف حسينية في مدينة كويتا.", (14, None)),
    ("قتل مسلحون ملثمون سبعة مزارعين أمس في هجوم على قرية قرب مدينة مايدوغوري.", (7, None)),
    ("قتلت غارة جوية أمس أربعة مدنيين في مدينة أريحا بريف إدلب.", (4, None)),
    ("أصاب القصف المدفعي أمس تسعة مدنيين في مدينة حماة.", (None, 9)),
    # the passive with a coordinated count and a year are not an object
    ("قتل جندي و3 مدنيين أمس في انفجار عبوة ناسفة في مدينة تكريت.", (4, None)),
])
def test_cs6_object_after_the_subject(nlp, text, want):
    doc = nlp.process({"id": "cs6o", "published": "2022-03-09", "text": text})
    (inc,) = doc.incidents
    assert (inc.killed, inc.wounded) == want


@pytest.mark.parametrize("text", [
    "سقط صاروخ أمس قرب مطار أربيل، ولم ترد معلومات عن إصابات.",
    "انفجرت عبوة ناسفة أمس قرب دورية في بعقوبة، ولم ترد تقارير عن وقوع إصابات.",
])
def test_cs6_no_news_of_casualties_is_unknown(nlp, text):
    doc = nlp.process({"id": "cs6n", "published": "2022-03-09", "text": text})
    (inc,) = doc.incidents
    assert (inc.killed, inc.wounded) == (None, None)


@pytest.mark.parametrize("text, want", [
    # person nouns appended to person_singular: one each
    ("توفي مساء أمس دركي متأثرا بجروحه إثر انفجار لغم أرضي قرب مدينة باتنة.", (1, None)),
    ("اغتال مسلحون مجهولون أمس عضوا في مجلس المحافظة بمدينة البصرة.", (1, None)),
])
def test_cs6_more_person_nouns(nlp, text, want):
    doc = nlp.process({"id": "cs6p", "published": "2022-03-09", "text": text})
    (inc,) = doc.incidents
    assert (inc.killed, inc.wounded) == want


@pytest.mark.parametrize("text, count", [
    ("أطلقت القوات أكثر من 30 قذيفة مدفعية على قرية شمال مدينة عفرين أمس.", 30),  # numbered shells
    ("قتل طفل بقذيفة دبابة سقطت على منزل في بلدة خزاعة أمس.", 1),  # one shell named
    ("قتل طفلان جراء قصف مدفعي استهدف بلدة خزاعة أمس.", None),  # no shell named
    ("سقطت مقذوفات عسكرية على أحياء في مدينة جازان أمس دون وقوع إصابات.", None),  # a plural with no count
])
def test_artillery_and_tank_shells_are_counted_when_named(nlp, text, count):
    from .util import _det

    assert [(i.weapon, i.munitions_count) for i in _det(nlp, text)] == [("unknown", count)]


@pytest.mark.parametrize("text, count", [
    ("شنت مقاتلات حربية أمس غارتين على بلدة الخيام في جنوب لبنان.", 2),  # the raids in the dual
    ("استهدفت القوات بصاروخي كروز مطارا عسكريا قرب مدينة أوديسا أمس.", 2),  # masculine dual before its complement
    ("شنت مقاتلات حربية أمس غارة على بلدة الخيام في جنوب لبنان.", None),  # one unnumbered raid
])
def test_munitions_in_duals_beside_aircraft_and_before_a_complement(nlp, text, count):
    from .util import _det

    assert [i.munitions_count for i in _det(nlp, text)] == [count]


@pytest.mark.parametrize("text, want", [
    # a singular person noun beyond person_singular counts one, bare or with its owner's pronoun
    ("أسفر الهجوم على الحاجز أمس عن مقتل مجند وإصابة ثلاثة آخرين.", [(1, "killed"), (3, "wounded")]),
    ("أدى سقوط القذيفة إلى إصابة مسافر بجروح.", [(1, "wounded")]),
    ("أدى انفجار القنبلة في المتجر إلى إصابة صاحبه بجروح.", [(1, "wounded")]),
    # the feminine of a person noun is one person too
    ("قتلت معلمة وأصيبت طبيبة في القصف.", [(1, "killed"), (1, "wounded")]),
    # a pronoun of two or more owners
    ("قتل رجلان وأصيبت والدتهما في الغارة.", [(2, "killed"), (1, "wounded")]),
    # the genitive dual of a noun with a broken plural, with a pronoun: two
    ("أدت الغارة إلى مقتل امرأة وإصابة طفليها بجروح.", [(1, "killed"), (2, "wounded")]),
])
def test_cs7_person_noun_counts(text, want):
    assert _cas_counts(text) == want


@pytest.mark.parametrize("text, want", [
    # "مرافقيه" is his escorts (a sound plural), not two; a feminine that is a jet is no person
    ("أدى الهجوم إلى إصابة مرافقيه.", []),
    ("أسقطت الدفاعات الجوية مقاتلة قرب المدينة.", []),
])
def test_cs7_person_noun_not_counted(text, want):
    assert _cas_counts(text) == want


@pytest.mark.parametrize("text, want", [
    # a group added to the toll after "على الأقل" or "منهم" (the attacker, the driver)
    ("أسفر التفجير عن مقتل خمسة مدنيين على الأقل إلى جانب الانتحاري.", [(5, "killed"), (1, "killed")]),
    ("استهدفت العبوة حافلة تقل عمالا ما أدى إلى مقتل أربعة منهم إلى جانب سائق الحافلة.",
     [(4, "killed"), (1, "killed")]),
    # the attackers killed by the forces after "قبل أن", the verb with its object pronoun
    ("قتل ثلاثة حراس في هجوم نفذه مسلحان على المصرف، قبل أن تقتلهما الشرطة.", [(3, "killed"), (2, "killed")]),
    ("قتل مسلح أربعة مصلين في المسجد قبل أن يقتله الحراس.", [(4, "killed"), (1, "killed")]),
])
def test_cs7_added_groups_and_attackers(text, want):
    assert _cas_counts(text) == want


@pytest.mark.parametrize("text, want", [
    # a risen toll whose event is described with commas before "إلى"
    ("ارتفع عدد قتلى القصف الذي استهدف سوقا في المدينة، مساء السبت، إلى 37 قتيلا.", [(37, "killed")]),
    # the earlier figure the revised toll replaced is not counted
    ("ارتفعت حصيلة التفجير إلى 19 قتيلا، بعد أن كانت الحصيلة الأولية خمسة قتلى.", [(19, "killed")]),
    ("ارتفع عدد القتلى إلى 40، بعدما كانت الحصيلة تشير إلى 12 قتيلا.", [(40, "killed")]),
])
def test_cs7_revised_toll(text, want):
    assert _cas_counts(text) == want


@pytest.mark.parametrize("text, count", [
    ("قتل أربعة مدنيين في قصف صاروخي استهدف سوقا في مدينة الضالع أمس.", None),  # the act, the rocket an adjective
    ("أصيب طفلان في هجوم صاروخي على حي الروضة في مدينة حلب مساء أمس.", None),
    ("قصفت الفصائل مستوطنة نتيفوت برشقة صاروخية مساء الأحد.", None),
    ("أطلقت الفصائل ثلاث رشقات صاروخية على مستوطنة نتيفوت مساء الأحد.", 3),  # a number is still a count
    ("قتل أربعة مدنيين بقذيفة صاروخية سقطت على سوق في مدينة الضالع أمس.", 1),  # a shell is a device
    ("قتل أربعة مدنيين في هجوم انتحاري على سوق في مدينة الضالع أمس.", 1),  # one bomber, not shelling
])
def test_an_act_noun_with_a_rocket_adjective_is_not_one_rocket(nlp, text, count):
    from .util import _det

    assert [i.munitions_count for i in _det(nlp, text)] == [count]


def test_strikes_in_the_dual_by_drones_count_two(nlp):
    from .util import _det

    text = "أعلن الجيش النيجري أن طائراته المسيرة نفذت ضربتين جويتين على معسكر للمسلحين قرب بلدة ديفا يوم الخميس."
    assert [(i.weapon, i.munitions_count) for i in _det(nlp, text)] == [("drone", 2)]


@pytest.mark.parametrize("text, want", [
    # an earlier figure reported by its source after "بعد أن كانت": the revised figure only
    ("وقال الوزير إن الحصيلة النهائية للتفجير بلغت 48 قتيلا و160 جريحا، بعد أن كانت الشرطة قد تحدثت أمس عن 35 قتيلا.",
     [(48, "killed"), (160, "wounded")]),
    ("وقتل 17 شخصا في الانفجار، بعدما كانت مصادر طبية أشارت إلى مقتل عشرة أشخاص.", [(17, "killed")]),
    # ... but the earlier clause still gives an outcome the revised figure does not
    ("وقتل 17 شخصا في الانفجار، بعد أن كانت مصادر طبية قد أشارت إلى مقتل عشرة أشخاص وإصابة 40 آخرين.",
     [(17, "killed"), (40, "wounded")]),
    # "بعد أن كان" with no report of a figure: the clause is counted
    ("وقتل جندي في الكمين، بعد أن كان المسلحون قد قتلوا راعيا في المنطقة نفسها.", [(1, "killed"), (1, "killed")]),
])
def test_cs8_earlier_figure_by_its_source(text, want):
    assert _cas_counts(text) == want


@pytest.mark.parametrize("text, want", [
    # "أمام" (in front of) is no imam: the count before the plural verb
    ("وأفادت الشرطة بأن 19 شخصا قتلوا أمام مبنى البلدية و6 في السوق المجاورة.", [(19, "killed")]),
    ("وقال مسؤول إن 12 شخصا أصيبوا أمام المستشفى.", [(12, "wounded")]),
    # "إمام" with its hamza below, or without a hamza, is one man
    ("قتل مسلحون إمام المسجد أمس في كركوك.", [(1, "killed")]),
    ("قتل مسلحون امام المسجد أمس في كركوك.", [(1, "killed")]),
])
def test_cs8_hamza_preposition_is_no_person(text, want):
    assert _cas_counts(text) == want


@pytest.mark.parametrize("text, want", [
    # the attackers killed after "قبل أن" with an imperfect verb, subject first
    ("دهس مسلحون المارة في مدينة نيس، ما أسفر عن مقتل رجلين، قبل أن تقتل الشرطة المهاجمين الأربعة.",
     [(2, "killed"), (4, "killed")]),
    ("هاجم مسلحون حافلة قرب مدينة غاو، قبل أن تقتل القوات الخاصة ثلاثة منهم.", [(3, "killed")]),
    ("احتجز مسلحان رهائن في مصرف بمدينة جولو، قبل أن تقتحم الشرطة المبنى وتقتل المسلحين الاثنين.", [(2, "killed")]),
    # a perfect active verb with a definite object and its number
    ("قتل مسلح امرأة في مطعم، وقتلت قوات الأمن المهاجمين الثلاثة.", [(1, "killed"), (3, "killed")]),
    # no number: nobody counted
    ("أطلق مسلح النار على الحراس، قبل أن تقتل الشرطة المهاجم.", []),
    ("فر المهاجم قبل أن يقتل زوجته.", []),
])
def test_cs8_attackers_killed_as_object(text, want):
    assert _cas_counts(text) == want


@pytest.mark.parametrize("text, want", [
    # the day of a date after "في" is no count
    ("وكان مسلحون قد اغتالوا في 7 أيار/مايو الماضي رئيس المجلس المحلي.", []),
    ("وكان مسلحون قد قتلوا في 21 نوفمبر الماضي أربعة جنود في كمين.", [(4, "killed")]),
    ("أصيب في 12 جانفي الفارط عسكريان بانفجار لغم.", [(2, "wounded")]),
])
def test_cs8_day_of_month_is_no_count(text, want):
    assert _cas_counts(text) == want


@pytest.mark.parametrize("text, want", [
    # a colleague with the pronoun of his owner is one person
    ("قتل شرطي وأصيب زميله بجروح في هجوم على حاجز بمدينة رفح.", [(1, "killed"), (1, "wounded")]),
    ("استشهد جندي وأصيبت زميلته في انفجار لغم بجبل ورغة.", [(1, "killed"), (1, "wounded")]),
])
def test_cs8_colleague_is_one(text, want):
    assert _cas_counts(text) == want


@pytest.mark.parametrize("text, want", [
    # the forces' verb names the attackers counted before it by a plural pronoun
    ("وقال الناطق إن ستة مسلحين اقتحموا الفندق فجر الأحد وأطلقوا النار على النزلاء، قبل أن تقتلهم قوات الأمن.",
     [(6, "killed")]),
    ("حين دهس ثلاثة مهاجمين بسيارة المارة على الجسر، ما أسفر عن مقتل خمسة أشخاص، ثم أردتهم الشرطة قتلى.",
     [(5, "killed"), (3, "killed")]),
    # the people counted before are the victims, not attackers: no count for the pronoun
    ("هاجم مسلحون القرية وقتلوا تسعة أشخاص قبل أن تقتلهم القوات.", [(9, "killed")]),
])
def test_cs8_attackers_named_by_a_pronoun(text, want):
    assert _cas_counts(text) == want


def test_cs8_attackers_named_by_a_pronoun_keep_a_higher_toll_of_people(nlp):
    # "98 شخصا" names nobody in particular; the four gunmen killed by the forces, told in a sentence of their own,
    # are besides them (cs16: "killed includes attackers when the article numbers them")
    text = ("أعلنت الحكومة الحداد غداة الهجوم الذي شنه مسلحون على كلية في مدينة غاريسا، وأودى بحياة 98 شخصا. "
            "وقال المتحدث إن أربعة مسلحين اقتحموا الكلية صباح الخميس وأطلقوا النار على الطلاب، قبل أن تقتلهم "
            "القوات الخاصة بعد معركة استمرت ساعات.")
    (inc,) = nlp.process({"id": "g", "published": "2015-04-03", "text": text}).incidents
    assert inc.killed == 102


@pytest.mark.parametrize("text, want", [
    # a verb in the dual after its subject names two: a dual noun or "اثنين من" right before it
    ("وقال الناطق إن حارسين أصيبا بجروح طفيفة خلال المطاردة.", [(2, "wounded")]),
    ("وذكرت صحف محلية أن اثنين من عناصر الدرك قتلا في الكمين.", [(2, "killed")]),
    ("وأكد المصدر أن ممرضتين أصيبتا بشظايا.", [(2, "wounded")]),
    # the two named again by a pronoun are not two more
    ("وقال الناطق إن حارسين أصيبا في الاشتباك، من دون أن يوضح مدى خطورة إصابتهما.", [(2, "wounded")]),
    # a relative clause after victims named in passing, a subject not right before the verb: no count
    ("تعمل السفارة على نقل جثماني المهندسين الاثنين اللذين قتلا في الهجوم.", []),
    ("يقول الأب الذي نجا مع ابنه بعد أن أصيبا بجروح إن القذيفة سقطت ليلا.", []),
    # a cognate object is no dual verb
    ("وقتلوا قتلا في الحادث.", []),
])
def test_cs9_dual_verb_names_two(text, want):
    assert _cas_counts(text) == want


@pytest.mark.parametrize("text, want", [
    # a subset of the toll, then a group added to it: the added group counts, the subset does not
    ("أسفر الهجوم عن مقتل تسعة أشخاص، بينهم خمسة من عناصر الحرس ومعلمة، إضافة إلى المهاجمين الثلاثة.",
     [(9, "killed"), (3, "killed")]),
    ("أسفر التفجير عن مقتل 16 شخصا من بينهم طفلان، فضلا عن منفذ الهجوم، وإصابة 25 آخرين.",
     [(16, "killed"), (1, "killed"), (25, "wounded")]),
    # "الاثنين" after a definite dual is two, not Monday
    ("أسفر الاشتباك عن مقتل 11 جنديا، إضافة إلى المسلحين الاثنين.", [(11, "killed"), (2, "killed")]),
    ("قتل ثلاثة جنود يوم الاثنين", [(3, "killed")]),
    # a casualty noun of the other outcome after the addition word is a toll of that outcome
    ("أسفر الانفجار عن مقتل 8 أشخاص، بينهم شرطيان، إضافة إلى 17 جريحا.", [(8, "killed"), (17, "wounded")]),
    ("أسفر الانفجار عن مقتل 8 أشخاص، إضافة إلى 17 جريحا.", [(8, "killed"), (17, "wounded")]),
    # a subset with no addition after it stays out
    ("أسفر القصف عن مقتل سبعة مدنيين، بينهم ثلاثة أطفال، وفق مصادر محلية.", [(7, "killed")]),
])
def test_cs10_group_added_past_a_subset(text, want):
    assert _cas_counts(text) == want


@pytest.mark.parametrize("text, want", [
    # the plural and feminine of a verb of dying with a weak last radical, before the circumstance of the death
    ("وتبكي القرية ستة من أبنائها قضوا تحت الأنقاض بعد القصف.", [(6, "killed")]),
    ("قال المسعفون إن أربعة صيادين قضوا غرقا بعد استهداف قاربهم.", [(4, "killed")]),
    ("إن ثلاثة من المسعفين ارتقوا في الغارة على المستشفى.", [(3, "killed")]),
    # the dead counted by their noun before the plural verb are not counted again
    ("أعلن المستشفى استقبال 5 وفيات قضوا جراء القصف.", [(5, "killed")]),
    ("أعلن المستشفى استقبال 5 وفيات قتلوا جراء القصف.", [(5, "killed")]),
    # other verbs written alike: spent, ruled, finished off
    ("أفرجت السلطات عن 7 معتقلين قضوا 15 شهرا في السجن.", []),
    ("قضت المحكمة بسجن 4 متهمين في قضية التفجير.", []),
])
def test_cs10_weak_death_verbs(text, want):
    assert _cas_counts(text) == want


@pytest.mark.parametrize("text, want", [
    # the subject of a casualty verb in the pluperfect stands between "كان" and "قد"
    ("وكان الفقيد قد استشهد مساء الجمعة إثر انفجار عبوة بطريق القرية.", [(1, "killed")]),
    ("وكان جنديان قد أصيبا أمس في انفجار لغم قرب الحدود.", [(2, "wounded")]),
    ("وكانت ممرضة قد أصيبت بجروح طفيفة خلال القصف.", [(1, "wounded")]),
    ("وكان الشهيد قد قتل برصاص قناص في الحي الشرقي.", [(1, "killed")]),
    # not a statement that one or the other happened
    ("وكان المهاجم قد قتل أو أصيب في الاشتباك.", []),
    # a verb without "قد" before it, or no subject between: nothing from this rule
    ("وكان قد أصيب في الهجوم.", []),
])
def test_cs10_pluperfect_subject(text, want):
    assert _cas_counts(text) == want


@pytest.mark.parametrize("text, want", [
    # a past verb of neutralizing with its counted object: the militants the forces killed
    ('وأعلن الجيش أن دورياته "حيدت سبعة مسلحين" قرب الحدود الشرقية.', [(7, "killed")]),
    ("وقال المتحدث إن الوحدات حيدت 4 إرهابيين خلال عملية التمشيط.", [(4, "killed")]),
    # "قضى ... على" with its subject or a time phrase between the verb and "على"
    ("وقضت فرقة من الدرك على خمسة إرهابيين في الجبل.", [(5, "killed")]),
    ("وذكرت الوزارة أن الوحدات قضت، فجر الأحد، على مسلحين اثنين.", [(2, "killed")]),
    ("وانتهت المداهمة بالقضاء على مسلحين اثنين وإيقاف ستة آخرين.", [(2, "killed")]),
    # no count, another sense, a purpose: nothing
    ("وقال الجيش إن قواته حيدت عددا منهم.", []),
    ("قضت المحكمة على المتهم بالسجن عشر سنوات.", []),
    ("أطلق الجيش حملة لتحييد 20 مسلحا في المنطقة.", []),
    # "قضى" alone is still a verb of dying
    ("وقضى ثلاثة صيادين في القصف.", [(3, "killed")]),
])
def test_cs11_militants_eliminated(text, want):
    assert _cas_counts(text) == want


@pytest.mark.parametrize("text, want", [
    # the wounded who died explain a risen toll: they are among it
    ("وارتفعت حصيلة القتلى إلى خمسة بعد وفاة اثنين من المصابين متأثرين بجروحهما في المستشفى.", [(5, "killed")]),
    ("ارتفعت حصيلة الانفجار إلى 12 قتيلا و20 جريحا بعدما توفي أحد الجرحى فجر اليوم.",
     [(12, "killed"), (20, "wounded")]),
    # with no toll in the sentence, their death is told as it is
    ("وتوفي اثنان من الجرحى صباح اليوم في المستشفى.", [(2, "killed")]),
    # dead who are not the wounded stay beside the toll
    ("ارتفعت حصيلة الاشتباكات إلى سبعة قتلى، فيما قتل ثلاثة من المهاجمين.", [(7, "killed"), (3, "killed")]),
])
def test_cs11_wounded_who_died_are_among_the_toll(text, want):
    assert _cas_counts(text) == want


def _cs11_groups(text: str) -> list[tuple[int, str, str | None]]:
    from pipeline.stages.incidents import casualties, lexicon

    doc = make_pipeline(stages=["normalize", "tokenize", "sentences"]).process(
        {"id": "c", "text": text, "published": "2020-01-01"})
    return [(c["count"], c["outcome"], c["group"])
            for c in casualties(doc.tokens, 0, len(doc.tokens), text, lexicon())]


@pytest.mark.parametrize("text, want", [
    # the group before a plural verb is the noun after "من", not "من"
    ("وتبكي القرية أربعة من أبنائها قضوا تحت الأنقاض.", [(4, "killed", "أبنائها")]),
    ("إن ثلاثة من الحراس قتلوا في الهجوم.", [(3, "killed", "الحراس")]),
    # how they were hit and what they were doing end the group
    ("وأصيب عاملان اثنان بشظايا الصاروخ.", [(2, "wounded", "عاملان اثنان")]),
    ("وقتل صبي كان يلعب قرب المنزل.", [(1, "killed", "صبي")]),
    ("وقتل ممرض وزميله برصاص قناص.", [(2, "killed", "ممرض وزميله")]),
    ("أسفر الهجوم عن مقتل 9 أشخاص حين فتح مسلحون النار.", [(9, "killed", "أشخاص")]),
    ("وأصيب أربعة حراس آخرين نقلوا إلى مستشفى المدينة.", [(4, "wounded", "حراس آخرين")]),
    # a group with no such word keeps its words
    ("قتل ثلاثة جنود عراقيين في الكمين.", [(3, "killed", "جنود عراقيين")]),
])
def test_cs11_a_group_keeps_its_noun(text, want):
    assert _cs11_groups(text) == want


@pytest.mark.parametrize("text, want", [
    # "منهم" after the attackers named before the verb: their own dead, a group of its own
    ("وأكد المتحدث أن المسلحين فروا نحو الغابة، وأن الجنود لاحقوهم وقتلوا خمسة منهم.", [(5, "killed", "منهم")]),
    ("طاردت الشرطة المهاجمين وقتلت اثنين منهم.", [(2, "killed", "منهم")]),
    # not when a counted group stands between: some of those people, the toll itself
    ("أوقف مسلحون حافلة تقل 40 راكبا وقتلوا 11 منهم.", [(11, "killed", None)]),
])
def test_cs13_attackers_partitive(text, want):
    assert _cs11_groups(text) == want


def test_cs13_attackers_partitive_adds_to_the_victims(nlp):
    doc = nlp.process({"id": "p", "published": "2019-05-08", "text":
                       "قتل ستة جنود أمس في هجوم شنه مسلحون على موقع عسكري قرب مدينة غاو شمالي مالي. "
                       "وقال المتحدث باسم الجيش إن المهاجمين استخدموا أسلحة رشاشة، وإن القوات ردت عليهم وقتلت تسعة منهم."})
    (inc,) = doc.incidents
    assert inc.killed == 15


def test_cs13_attackers_partitive_not_after_attackers_introduced():
    # the attackers introduced with their number are the killers: "منهم" is the hostages
    assert _cs11_groups("اقتحم أربعة مسلحين الفندق واحتجزوا النزلاء رهائن وقتلوا 12 منهم.") == [(12, "killed", None)]


@pytest.mark.parametrize("text, want", [
    # "ذبح" is a killing verb; the attackers' affiliation ("من الجماعة") is part of the subject before the count
    ("ذبح مسلحون من الجماعة 27 راعيا في المرعى.", [(27, "killed")]),
    ("قتل مسلحون من الحركة ستة حراس في كمين.", [(6, "killed")]),
    ("قام مجهولون بذبح أحد الحراس في المصنع.", [(1, "killed")]),
    # a participle in -ين after the preposition "ل" is a plural of nobody counted, not two
    ("وعرض الشريط مشاهد القتل لمحتجزين في السجن.", []),
])
def test_cs13_slaughter_and_the_attackers_affiliation(text, want):
    assert [g[:2] for g in _cs11_groups(text)] == want


@pytest.mark.parametrize("text, want", [
    # a later clause of the sentence that reports the toll of the event told before it
    ("اندلعت اشتباكات بين فصيلين مسلحين مساء أمس في بلدة الزاوية غرب طرابلس، وأعلن مستشفى المدينة أن حصيلة "
     "الاشتباكات بلغت 9 قتلى و14 جريحا.", (9, 14)),
    # the dual of "أودت بحياة"
    ("شنت طائرات مسيرة غارتين على مخزن للأسلحة في بلدة كيدال شمالي مالي مساء السبت، فيما قال سكان إن الغارتين "
     "أودتا بحياة 6 مدنيين.", (6, None)),
    # not a clause with an event of its own (an indefinite weapon: "غارة جوية")
    ("اندلعت اشتباكات بين فصيلين مسلحين مساء أمس في بلدة الزاوية غرب طرابلس، وأعلن الجيش أن غارة جوية قتلت "
     "9 مسلحين في بلدة زوارة.", (None, None)),
])
def test_cs13_a_later_reported_clause_gives_the_toll(nlp, text, want):
    doc = nlp.process({"id": "rc", "published": "2022-03-07", "text": text})
    inc = doc.incidents[0]
    assert (inc.killed, inc.wounded) == want


@pytest.mark.parametrize("text, want", [
    # the attacker as the antecedent of a relative clause with a passive verb of dying: his own death
    ("وذكرت النيابة أن منفذ التفجير الذي قتل على يد الحراس كان مطلوبا.", [(1, "killed", "منفذ التفجير")]),
    ("وأوضحت الشرطة أن الانتحاري الذي قضى أيضا في الانفجار لم يعرف بعد.", [(1, "killed", "الانتحاري")]),
    ("وقالت الوزارة إن منفذي الهجوم اللذين قتلا برصاص الشرطة من سكان البلدة.", [(2, "killed", "منفذي الهجوم")]),
    # beside the toll of the victims, a group of its own
    ("أسفر الهجوم عن مقتل تسعة أشخاص، وقالت الشرطة إن المهاجم الذي قتل في تبادل لإطلاق النار كان وحده.",
     [(9, "killed", "أشخاص"), (1, "killed", "المهاجم")]),
    # the killer with his victims after the verb, and a victim who is no attacker: not this rule
    ("وقال المحققون إن المسلح الذي قتل خمسة مصلين في المسجد اعتقل.", [(5, "killed", "مصلين")]),
    ("وقال إن الشرطي الذي قتل في الهجوم شيع اليوم.", []),
])
def test_cs14_attacker_killed_in_a_relative_clause(text, want):
    assert _cs11_groups(text) == want


@pytest.mark.parametrize("text, want", [
    # a count of people still treated, or taken to hospital, with no verb of wounding: the wounded
    ("وأفاد الطبيب أن نحو 12 آخرين ما زالوا يتلقون العلاج في مستشفى البلدة.", [(12, "wounded", "آخرين")]),
    ("وقال المسعفون إن خمسة أشخاص نقلوا إلى المستشفى بعد الانفجار.", [(5, "wounded", "أشخاص")]),
    ("وأضاف أن 8 مدنيين لا يزالون يرقدون في المستشفى.", [(8, "wounded", "مدنيين")]),
    # part of a toll counted before, or the wounded counted by their verb: once
    ("أسفر الانفجار عن إصابة 11 شخصا، منهم 3 يتلقون العلاج في المستشفى.", [(11, "wounded", "شخصا")]),
    ("وأصيب ستة جنود نقلوا إلى المستشفى العسكري.", [(6, "wounded", "جنود")]),
    # no treatment: nothing
    ("وقالت الوزارة إن 40 شخصا يخضعون للإقامة الجبرية.", []),
])
def test_cs14_the_wounded_told_by_their_treatment(text, want):
    assert _cs11_groups(text) == want


@pytest.mark.parametrize("text, want", [
    # one person as the subject of the pluperfect, described at length before "قد": that one person
    ("وكان المسؤول في الحزب المعارض سعيد الهاشمي قد اغتيل أمس أمام منزله.", [(1, "killed")]),
    ("وكان شاب من أبناء القرية يبلغ من العمر 19 عاما قد توفي متأثرا بجراحه.", [(1, "killed")]),
    # a second group joined by "و", or a statement that neither is said: not this rule
    ("وكان الحارس في المصنع وزميله في الورشة قد أصيبا في الانفجار.", []),
    ("وكان القائد الميداني للجماعة في المنطقة الشرقية قد قتل أو أصيب في الغارة.", []),
])
def test_cs14_a_long_subject_of_the_pluperfect(text, want):
    assert [g[:2] for g in _cs11_groups(text)] == want


@pytest.mark.parametrize("text, want", [
    # a verbal noun in -ان followed by its own number is not a dual: the missing are not two more dead
    ("أعلنت السلطات مقتل سبعة حراس وفقدان أربعين قرويا في الكمين.", [(7, "killed")]),
    ("غرق قارب صيد قبالة الساحل ما أدى إلى وفاة 4 صيادين وفقدان 9 آخرين.", [(4, "killed")]),
    # a dual with "اثنان", or a dual before the next group's count joined by "و": still two
    ("قتل شرطيان اثنان في الاشتباك.", [(2, "killed")]),
    ("أسفر الانفجار عن مقتل حارسين وأربعة عمال.", [(2, "killed"), (4, "killed")]),
])
def test_cs15_a_noun_in_an_with_its_own_count_is_no_dual(text, want):
    assert _cas_counts(text) == want


@pytest.mark.parametrize("text, want", [
    # the attackers' ride and a time set off by commas between the killing verb's subject and its one victim
    ("اغتال مسلحون مجهولون يستقلون سيارة مظللة مهندسا في شركة الكهرباء مساء أمس.", [(1, "killed")]),
    ("قتل مسلحون مجهولون يركبون دراجات نارية، فجر اليوم، مزارعا في حقله.", [(1, "killed")]),
    ("قتل مسلحون، مساء الجمعة، معلمة أمام مدرستها.", [(1, "killed")]),
    # a ride with no vehicle word after it, or a shooting verb that kills nobody in the sentence: nothing
    ("قتل مسلحون يستقلون بسرعة مزارعا.", []),
    ("أطلق مسلحون يستقلون دراجة نارية النار على سيارة للشرطة.", []),
])
def test_cs15_the_attackers_ride_between_the_verb_and_its_victim(text, want):
    assert _cas_counts(text) == want


@pytest.mark.parametrize("text, want", [
    # "إلى" before the day of a month ends a period, it gives no revised figure
    ("نشرت قيادة الجيش حصيلة عملياتها للفترة الممتدة من 2 إلى 8 سبتمبر 2019 دون تفاصيل.", []),
    # a revised toll is still one, with or without its noun
    ("وارتفعت حصيلة ضحايا انفجار المستودع إلى 17 قتيلا.", [(17, "killed")]),
    ("وارتفعت حصيلة قتلى الكمين إلى 6.", [(6, "killed")]),
])
def test_cs15_a_period_ending_on_a_day_is_no_toll(text, want):
    assert _cas_counts(text) == want


@pytest.mark.parametrize("text, want", [
    # a sukun on the ي of -ين marks the dual: two, where the bare nisba plural gives no number
    ("انفجرت عبوة قرب الثكنة وأسفرت عن إصابة حارسييْن بجروح خفيفة.", [(2, "wounded")]),
    ("أسفر القصف على الحي الشرقي عن مقتل مدنييْن.", [(2, "killed")]),
    ("انفجرت عبوة قرب الثكنة وأسفرت عن إصابة عسكريين بجروح خفيفة.", []),
])
def test_cs15_a_dual_marked_by_its_sukun(text, want):
    assert _cas_counts(text) == want


def test_wp11_a_number_before_a_weapon_with_the_preposition_is_the_verb_object_not_its_count(nlp):
    doc = nlp.process({"id": "wp11", "published": "2021-09-15", "text":
                       "لقي اثنان حتفهما وأصيب سبعة بانفجار عبوة ناسفة قرب جسر بلدة المشرفة صباح أمس."})
    assert [(i.weapon, i.munitions_count) for i in doc.incidents] == [("ied", 1)]


def test_wp11_a_number_right_before_the_weapon_is_still_its_count(nlp):
    doc = nlp.process({"id": "wp11", "published": "2021-09-15", "text":
                       "سقطت خمسة صواريخ على بلدة المشرفة صباح أمس دون أن تسفر عن إصابات."})
    assert [i.munitions_count for i in doc.incidents] == [5]


def test_wp11_bombers_in_the_sound_plural_leave_the_count_null(nlp):
    doc = nlp.process({"id": "wp11", "published": "2018-05-02", "text":
                       "قتل انتحاريون 26 شخصا في مسجد وسوق ببلدة موبي في ولاية أداماوا يوم الثلاثاء."})
    assert [(i.weapon, i.munitions_count) for i in doc.incidents] == [("suicide_bomb", None)]


def test_wp11_numbered_bombers_keep_their_number(nlp):
    doc = nlp.process({"id": "wp11", "published": "2018-05-02", "text":
                       "فجر ثلاثة انتحاريين أنفسهم في سوق ببلدة موبي في ولاية أداماوا يوم الثلاثاء، ما أسفر عن مقتل 26 شخصا."})
    assert [(i.weapon, i.munitions_count) for i in doc.incidents] == [("suicide_bomb", 3)]


@pytest.mark.parametrize("text, want", [
    # the bomber's death told after a toll of nobody in particular: besides the victims, not the toll restated
    ("لقي تسعة أشخاص حتفهم وأصيب 15 آخرون في انفجار سيارة مفخخة قرب سوق الخضار في مدينة بيدوا صباح أمس. "
     "وقال ضابط في الشرطة إن الحصيلة لا تشمل الانتحاري الذي قتل في الانفجار.", (10, 15)),
    # the gunmen counted in a sentence of their own, killed by the forces
    ("أودى هجوم مسلح على فندق في مدينة بيدوا بحياة 30 شخصا صباح أمس. وقال متحدث عسكري إن أربعة مسلحين "
     "اقتحموا الفندق وأطلقوا النار على النزلاء، قبل أن تقتلهم القوات الخاصة.", (34, None)),
    # a later sentence that counts its own victims too is no word on the attackers of this toll
    ("لقي تسعة أشخاص حتفهم في انفجار سيارة مفخخة قرب سوق الخضار في مدينة بيدوا صباح أمس. "
     "وبعد ساعة، قتل مسلحون حارسا في الحي المجاور قبل أن تقتل الشرطة المهاجمين الثلاثة.", (9, None)),
])
def test_cs16_the_attackers_dead_told_after_a_toll_are_besides_it(nlp, text, want):
    doc = nlp.process({"id": "cs16", "published": "2019-03-01", "text": text})
    assert (doc.incidents[0].killed, doc.incidents[0].wounded) == want


def test_cs16_attackers_apart_only_after_a_toll_of_nobody_in_particular():
    from pipeline.stages.incidents.casualties import _tol_restated

    toll = [{"count": 22, "group": "شخصا", "outcome": "killed"}]
    bomber = [{"count": 1, "group": "منفذ الهجوم", "outcome": "killed"}]
    assert sum(c["count"] for c in _tol_restated(toll, bomber)) == 23
    # the dead named: the two told again from the other side, one figure
    named = [{"count": 2, "group": "الشابين", "outcome": "killed"}]
    gunmen = [{"count": 2, "group": "مسلحين اثنين", "outcome": "killed"}]
    assert sum(c["count"] for c in _tol_restated(named, gunmen)) == 2
    # the same figure after a toll of nobody in particular: the same dead
    assert sum(c["count"] for c in _tol_restated([{"count": 2, "group": "شخصين", "outcome": "killed"}], gunmen)) == 2


@pytest.mark.parametrize("text, want", [
    # a body found: one dead, two for the dual, the count after the plural or before the noun
    ("عثرت قوات الأمن صباح اليوم على جثة حارس مخطوف قرب الطريق الزراعي.", [(1, "killed")]),
    ("أعلنت الشرطة العثور، مساء أمس، على جثتي صيادين خطفهما مسلحون.", [(2, "killed")]),
    ("انتشلت فرق الدفاع المدني جثث خمسة عمال من تحت أنقاض المصنع.", [(5, "killed")]),
    ("وعثر المسعفون على 12 جثة داخل الفندق بعد انسحاب المهاجمين.", [(12, "killed")]),
    # a body handed over, buried or carried is no death told anew
    ("وتسلمت عائلة الحارس جثة ابنها من المستشفى.", []),
    ("ونقلت جثة الضحية إلى مستشفى المدينة.", []),
    # the finding is of something else, in another clause
    ("عثرت الشرطة على سيارة المهاجمين. ونقلت جثة السائق إلى المستشفى.", []),
])
def test_cs16_a_body_found_is_a_death(text, want):
    assert _cas_counts(text) == want


@pytest.mark.parametrize("text, want", [
    # a verbal noun of death before a person's name: one dead
    ("أكدت مصادر محلية مقتل سالم الورفلي في اشتباك قرب الميناء.", [(1, "killed")]),
    ('أعلن الجيش مصرع "أبو حفص الليبي" خلال مداهمة فجر اليوم.', [(1, "killed")]),
    ("وتحدث الأهالي عن استشهاد يوسف بن عمر برصاص قناص.", [(1, "killed")]),
    # a given name alone is also a word; the verb "قتل" may be active; a name joined by "و" is another rule's
    ("أكد التقرير مقتل جمال في المدينة.", []),
    ("وقتل سالم الورفلي ثلاثة من جيرانه.", [(3, "killed")]),
])
def test_cs16_a_death_noun_before_a_name_is_one_dead(text, want):
    assert _cas_counts(text) == want


@pytest.mark.parametrize("text, want", [
    # the construct dual of "عون" (and "ضابط") before what they belong to: two
    ("أطلق مجهولون النار على دورية ليلة أمس ما أسفر عن إصابة عوني أمن بجروح طفيفة.", [(2, "wounded")]),
    ("فجر انتحاري نفسه قرب الحاجز ما أدى إلى استشهاد ضابطي حرس.", [(2, "killed")]),
    # a Tunisian police rank and a brigadier after a casualty head: one
    ('وأصيب حافظ الأمن "سامي القلعي" بطلق ناري في ساقه.', [(1, "wounded")]),
    ("ولقي العميد حتفه في التفجير.", [(1, "killed")]),
    # the accusative singular "عونا" is one agent, not a dual
    ("وقال المصدر إن عونا قتل في الاشتباك.", [(1, "killed")]),
])
def test_cs16_tunisian_security_nouns(text, want):
    assert _cas_counts(text) == want


def test_cs16_a_pair_ends_at_the_feminine_dual_of_was():
    from pipeline import make_pipeline
    from pipeline.stages.incidents import casualties, lexicon

    text = "وأسفر الانفجار عن إصابة امرأة وطفلتها كانتا تنتظران الحافلة قرب المحطة."
    doc = make_pipeline(stages=["normalize", "tokenize", "sentences"]).process(
        {"id": "c", "text": text, "published": "2020-01-01"})
    got = casualties(doc.tokens, 0, len(doc.tokens), text, lexicon())
    assert [(c["count"], c["outcome"], c["group"]) for c in got] == [(2, "wounded", "امرأة وطفلتها")]


@pytest.mark.parametrize("text, want", [
    # "the suspect(s)": the pronoun of the preposition gives the number
    ("أصيب خمسة أشخاص بإطلاق نار في مركز تجاري، وقتل المشتبه به برصاص الحراس.", [(5, "wounded"), (1, "killed")]),
    ("داهمت الشرطة مخبأ في الضاحية واندلع اشتباك قتل فيه المشتبه بهما.", [(2, "killed")]),
    # the plural names no number; a suspect arrested is no casualty
    ("قتل المشتبه بهم في المداهمة.", []),
    ("وأكدت الشرطة أن المشتبه به أوقف بعد ساعات.", []),
])
def test_cs16_the_suspects_counted_by_their_pronoun(text, want):
    assert _cas_counts(text) == want


def test_cs16_an_ordinal_in_a_later_mention_is_one_more():
    from pipeline.stages.incidents.casualties import _tol_restated

    def killed(before, later):
        return sum(c["count"] for c in _tol_restated(before, later) if c["outcome"] == "killed")

    kept = [{"count": 4, "group": "جنود", "outcome": "killed"}, {"count": 2, "group": "المهاجمين", "outcome": "killed"}]
    assert killed(kept, [{"count": 1, "group": "مسلح ثالث", "outcome": "killed"}]) == 7
    two = [{"count": 2, "group": "جنديين", "outcome": "killed"}]
    assert killed(two, [{"count": 1, "group": "جندي ثالث", "outcome": "killed"}]) == 3
    # a rank that does not follow the count kept, or no rank: one of those counted, told again
    assert killed(two, [{"count": 1, "group": "جندي رابع", "outcome": "killed"}]) == 2
    assert killed(two, [{"count": 1, "group": "جندي", "outcome": "killed"}]) == 2
