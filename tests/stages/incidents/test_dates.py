"""Incident stage: dates (pipeline/stages/incidents/dates.py)."""

import pytest


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


def test_a_date_after_a_reporting_verb_with_its_object_pronoun_is_when_it_was_told(nlp):
    doc = nlp.process({"id": "told", "published": "2019-12-12", "text":
                       "هاجم مسلحون مساء الثلاثاء معسكرا للجيش قرب بلدة تل حميس.\n"
                       "وارتفعت حصيلة الهجوم الذي استهدف المعسكر في بلدة تل حميس إلى 30 قتيلا من الجنود، وفق ما "
                       "أعلنته وزارة الدفاع أمس الأربعاء."})
    assert [i.event_date for i in doc.incidents] == ["2019-12-10"]


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


@pytest.mark.parametrize("text, expected", [
    # "فجر اليوم" is the dawn, not the verb "فجّر": the attack its divers' find recalls keeps no day
    ("انتشل فجر اليوم الأربعاء غواصون من الحماية المدنية سلاح منفذ الهجوم الإرهابي الذي استهدف فندقا بمدينة المنستير.",
     [None]),
    ("عثرت الشرطة فجر أمس على سيارة منفذ التفجير الذي استهدف مقهى في مدينة نابل.", [None]),
    # a dawn that is the event's own stays
    ("قتل ثلاثة جنود فجر اليوم الأربعاء في هجوم استهدف دورية قرب مدينة القصرين.", ["2018-05-09"]),
])
def test_dat_a_dawn_is_not_an_occurrence_verb(nlp, text, expected):
    doc = nlp.process({"id": "d", "text": text, "published": "2018-05-09"})
    assert [i.event_date for i in doc.incidents] == expected


@pytest.mark.parametrize("text, future", [
    # a day after the publication day is a plan, never the day of the event told beside it
    ("يزور الوزير يوم غد الأربعاء مدينة القصرين، حيث سيكرم أرملة الجندي الذي قتل في الهجوم الإرهابي الذي استهدف "
     "دورية عسكرية بجبل الشعانبي.", "2018-05-09"),
    ("أفادت الشرطة بأن مسلحين هاجموا مركزا تجاريا وسط مدينة ممباسا وأصابوا خمسة أشخاص، فيما تقرر عقد اجتماع أمني "
     "طارئ يوم غد.\nوقالت الشرطة إن المهاجمين أطلقوا النار على الحراس قبل أن يلوذوا بالفرار.", "2018-05-09"),
])
def test_dat_a_future_day_is_not_the_event_day(nlp, text, future):
    doc = nlp.process({"id": "d", "text": text, "published": "2018-05-08"})
    assert doc.incidents and all(i.event_date != future for i in doc.incidents)


def test_dat_a_season_is_the_date_of_an_event_with_no_day(nlp):
    doc = nlp.process({"id": "d", "published": "2017-05-18", "text":
                       "وأكد الناطق الرسمي اليوم أن المتهم شارك في الهجوم الإرهابي الذي استهدف نزلا بمدينة الحمامات في "
                       "صائفة 2015 وأسفر عن مقتل 12 سائحا."})
    assert [i.event_date for i in doc.incidents] == ["2015-SU"]


@pytest.mark.parametrize("text, expected", [
    # a casualty in a relative clause describes a person by an event the reader knows: no day of its own
    ("كرم الوزير اليوم أرملة الجندي الذي قتل في الهجوم الإرهابي الذي استهدف دورية عسكرية بجبل الشعانبي.", [None]),
    ("استقبل الرئيس اليوم عائلات الجنود الذين استشهدوا في التفجير الذي استهدف حافلتهم بمدينة القصرين.", [None]),
    # told in the clause itself, the event keeps the day
    ("قتل اليوم جندي في الهجوم الإرهابي الذي استهدف دورية عسكرية بجبل الشعانبي.", ["2018-05-08"]),
])
def test_dat_a_casualty_in_a_relative_clause_recalls_the_event(nlp, text, expected):
    doc = nlp.process({"id": "d", "text": text, "published": "2018-05-08"})
    assert [i.event_date for i in doc.incidents] == expected


@pytest.mark.parametrize("text, expected", [
    # died of wounds: the day named is the death's, the event's is not named
    ("توفي صباح اليوم جندي متأثرا بجروحه التي أصيب بها في انفجار لغم أرضي قرب مدينة القصرين.", [None]),
    ("توفيت اليوم الثلاثاء امرأة متأثرة بجراحها التي أصيبت بها في هجوم مسلح على حافلة قرب بلدة غاريسا.", [None]),
    # the event told first with its day keeps it; the death goes on with its story
    ("أصيب جندي أمس في انفجار لغم أرضي بجبل الشعانبي. وتوفي الجندي صباح اليوم متأثرا بجروحه.", ["2018-05-07"]),
    # wounds after the event word are those of the event the clause dates
    ("ارتفع عدد قتلى الهجوم المسلح الذي استهدف حافلة قرب بلدة غاريسا يوم 2 مايو إلى 5، بعد أن توفيت امرأة متأثرة "
     "بجروحها.", ["2018-05-02"]),
])
def test_dat_a_death_from_wounds_is_not_the_day_of_the_event(nlp, text, expected):
    doc = nlp.process({"id": "d", "text": text, "published": "2018-05-08"})
    assert [i.event_date for i in doc.incidents] == expected


@pytest.mark.parametrize("text, expected", [
    # a condemnation recalls the event: the day of the statement is not its day
    ("دانت الحكومة الهجوم الذي استهدف كنيسة في مدينة غاو وأسفر عن مقتل خمسة مصلين، في بيان أصدرته اليوم الأربعاء.",
     [None]),
    ("وندد الاتحاد الأفريقي بالتفجير الذي استهدف سوقا في مدينة مايدوغوري وأودى بحياة تسعة أشخاص، حسب بيان نشره اليوم.",
     [None]),
    # the subject of its own result, told with the day of the statement: today's news
    ("أفضت العملية الأمنية التي نفذتها وحدات الجيش في منطقة غاو إلى القضاء على ثلاثة مسلحين، بحسب بيان أصدرته اليوم "
     "وزارة الدفاع.", ["2019-04-10"]),
    # an attack told with the day of its announcement: that day
    ("أعلنت الشرطة في بيان أصدرته اليوم الأربعاء مقتل خمسة مصلين في هجوم استهدف كنيسة في مدينة غاو.", ["2019-04-10"]),
])
def test_dat_a_condemned_event_does_not_take_the_statement_day(nlp, text, expected):
    doc = nlp.process({"id": "condemn", "published": "2019-04-10", "text": text})
    assert [i.event_date for i in doc.incidents] == expected


@pytest.mark.parametrize("text, expected", [
    ("وأعلنت وزارة الدفاع الأسبوع الماضي أن قوات الجيش قتلت 9 مسلحين في ولاية كيدال.", [None]),  # announced that week
    ("اندلعت اشتباكات الأسبوع الماضي بين الجيش ومسلحين في ولاية كيدال أسفرت عن مقتل 9 مسلحين.", ["2019-W14"]),
    ("وكان الجيش قد أعلن نهاية مارس الماضي مقتل مسلحين اثنين في اشتباكات في مدينة غاو.", ["2019-03"]),  # the month
])
def test_dat_the_week_of_an_announcement_is_not_the_event_week(nlp, text, expected):
    doc = nlp.process({"id": "week", "published": "2019-04-10", "text": text})
    assert [i.event_date for i in doc.incidents] == expected


@pytest.mark.parametrize("text, expected", [
    # a pluperfect event at a place not named before: no day, not the day of the lead told before it
    ("قتل خمسة جنود فجر اليوم الأحد في هجوم شنه مسلحون على ثكنة للجيش في بلدة تيلابيري. "
     "وكانت القوات الجوية قد أعلنت في وقت سابق أن طائراتها قتلت 9 مسلحين في غارات قرب مدينة أغاديز.",
     {"Tillabéri": "2020-02-09", "Agadez": None}),
    # a death of the wounds of a blast at another place than the lead's
    ("قتل ثلاثة جنود أمس السبت في هجوم مسلح على دورية في بلدة تيلابيري. "
     "وفي سياق متصل، توفي اليوم شرطي متأثرا بجروحه التي أصيب بها في انفجار عبوة ناسفة قرب مدينة أغاديز.",
     {"Tillabéri": "2020-02-08", "Agadez": None}),
    # the same place named before: the story's event retold keeps its day
    ("قتل أربعة أشخاص أمس السبت في انفجار عبوة ناسفة في سوق بمدينة أغاديز. "
     "وكانت جماعة مسلحة قد أعلنت تبنيها تفجير العبوة في أغاديز.",
     {"Agadez": "2020-02-08"}),
])
def test_da5_a_recalled_event_at_a_new_place_has_no_day(nlp, text, expected):
    doc = nlp.process({"id": "d", "text": text, "published": "2020-02-09"})
    got = {i.location["canonical"]: i.event_date for i in doc.incidents if i.location}
    assert {k: got.get(k, "missing") for k in expected} == expected


@pytest.mark.parametrize("text, expected", [
    ("القاهرة 11 يناير كانون الثاني (رويترز) - قالت مصادر أمنية إن مسلحين هاجموا كمينا للشرطة في مدينة رفح أمس "
     "وقتلوا ثلاثة مجندين.", ["2022-01-10"]),
    ("الخرطوم (السودان) 11 يناير 2022 (أ ف ب) - قتل أربعة مدنيين في قصف بقذائف الهاون على حي سكني في مدينة "
     "أم درمان مساء الأحد.", ["2022-01-09"]),
    ("عدن، 11 كانون الثاني/يناير (وكالات) - أصيب جنديان بانفجار عبوة ناسفة استهدفت دوريتهما في محافظة أبين "
     "الاثنين الماضي.", ["2022-01-10"]),
    ("بعد ظهر 11 يناير، قتل ثلاثة جنود في هجوم على نقطة عسكرية في مدينة الرمادي.", ["2022-01-11"]),
])
def test_da6_a_dateline_date_with_a_month_name_is_when_the_report_was_filed(nlp, text, expected):
    doc = nlp.process({"id": "dl6", "published": "2022-01-11", "text": text})
    assert [i.event_date for i in doc.incidents] == expected


@pytest.mark.parametrize("text, expected", [
    # the day in the next sentence that speaks of the event again
    ("وكان مسلحون قد هاجموا دورية للجيش قرب مدينة ميناكا، ما أدى إلى مقتل ثلاثة جنود. وقال الجيش إن الهجوم على "
     "الدورية وقع مساء الأحد الماضي عندما كانت عائدة إلى قاعدتها.", ["2022-05-15"]),
    # two sentences on: a sentence with no event noun in between
    ("قال منظمون إنه تقرر إغلاق المعرض في بلدة جيبو بعد عملية الهجوم التي أودت بحياة 12 شخصا في البلدة. وكان "
     "من المقرر أن يستمر المعرض أسبوعا. وقالت البلدية إن القرار اتخذ بعد الهجوم الذي هز البلدة يوم 14 ماي.",
     ["2022-05-14"]),
    # another event in the next sentence: no day from it
    ("وكان مسلحون قد هاجموا دورية للجيش قرب مدينة ميناكا، ما أدى إلى مقتل ثلاثة جنود. وفي هجوم آخر، قتل مدنيان "
     "يوم الأحد قرب مدينة غاو.", [None, "2022-05-15"]),
])
def test_da6_the_day_of_an_undated_event_from_the_next_sentence_on_it(nlp, text, expected):
    doc = nlp.process({"id": "nx6", "published": "2022-05-17", "text": text})
    assert [i.event_date for i in doc.incidents] == expected


@pytest.mark.parametrize("text, expected", [
    # a lapse of weeks is told roughly: the earlier event has no day
    ("قتل أربعة جنود في هجوم على حاجز في مدينة الرمادي اليوم الأحد. ويأتي الهجوم بعد أسبوعين من تفجير انتحاري"
     " استهدف سوقا في مدينة الفلوجة وأودى بحياة تسعة أشخاص.", ["2024-05-12", None]),
    # a lapse of days dates a plural of strikes of one day
    ("قصفت المدفعية مدينة دوما صباح اليوم، بعد يومين من غارات استهدفت منازل في بلدة حرستا وأسفرت عن مقتل سبعة.",
     ["2024-05-12", "2024-05-10"]),
    # the earlier event told through its victims: "بعد أيام من مقتل ..."
    ("أصيب جنديان بانفجار عبوة ناسفة قرب بلدة غوزا صباح اليوم. ويأتي ذلك بعد أيام من مقتل ستة مدنيين في هجوم"
     " لمسلحين على قرية قرب مدينة باما.", ["2024-05-12", None]),
])
def test_mg6_a_lapse_dates_the_earlier_event(nlp, text, expected):
    doc = nlp.process({"id": "mg6-lapse", "published": "2024-05-12", "text": text})
    assert [i.event_date for i in doc.incidents] == expected


def test_mg6_a_lapse_of_weeks_keeps_the_day_told_after_it(nlp):
    doc = nlp.process({"id": "mg6-lapse-day", "published": "2024-05-12", "text":
                       "قتل جنديان في هجوم على مركز للشرطة في مدينة العريش اليوم الأحد. ويأتي الهجوم بعد أسبوعين من"
                       " الهجمات التي شنها التنظيم في 25 نيسان الماضي على حواجز أمنية في مدينة رفح وأودت بحياة 11 جنديا."})
    assert sorted(i.event_date for i in doc.incidents) == ["2024-04-25", "2024-05-12"]


@pytest.mark.parametrize("verb", ["وندد الاتحاد الأوروبي، في بيان أصدره مساء اليوم، بالهجوم الذي استهدف",
                                  "ودانت الأمم المتحدة، في بيان صدر اليوم، الهجوم الذي استهدف"])
def test_a_condemned_attack_at_a_place_not_named_before_is_another_event_of_no_known_day(nlp, verb):
    # the first sentence tells "هجوم" with its day; the condemnation recalls an attack elsewhere with no day
    doc = nlp.process({"id": "condemn", "published": "2022-03-10", "text":
                       "قتل أربعة جنود فجر اليوم الخميس في هجوم شنه مسلحون على ثكنة في بلدة دوري شمالي البلاد.\n"
                       "وأوضح مصدر أمني أن المهاجمين فروا على دراجات نارية باتجاه الحدود.\n"
                       f"{verb} شاحنة تجارية قرب بلدة جيبو وأسفر عن مقتل ثلاثة سائقين."})
    got = {(i.location or {}).get("canonical"): i.event_date for i in doc.incidents}
    assert got.get("Dori") == "2022-03-10" and "Djibo" in got and got["Djibo"] is None


def test_the_story_attack_retold_with_its_place_keeps_its_day(nlp):
    doc = nlp.process({"id": "retold", "published": "2022-03-10", "text":
                       "قتل أربعة جنود فجر اليوم الخميس في هجوم شنه مسلحون على ثكنة في بلدة دوري شمالي البلاد.\n"
                       "ودانت الحكومة، في بيان أصدرته اليوم، الهجوم الذي استهدف الثكنة في بلدة دوري."})
    assert [i.event_date for i in doc.incidents] == ["2022-03-10"]


@pytest.mark.parametrize("head", ["أعلن مصدر قضائي أن", "أكدت النيابة أن"])
def test_an_attack_told_in_a_relative_clause_about_its_author_takes_the_day_a_later_sentence_gives(nlp, head):
    # the report is about the attacker; his attack is told in "الذي هاجم" with no day, its day comes two sentences
    # later through the pronoun-definite verbal noun "مهاجمته"
    doc = nlp.process({"id": "author", "published": "2019-05-14", "text":
                       f"{head} الرجل الذي هاجم شرطيا في محطة القطارات بمدينة ليون قبل أن يعتقل، كان يعاني من اضطرابات نفسية.\n"
                       "وأوضح المصدر أن الفحوص التي أجريت الاثنين 13 مايو 2019 لم تظهر آثار مخدرات.\n"
                       "وقال المحققون إن الرجل كان يردد شعارات لدى مهاجمته صباح السبت الشرطي قرب مدخل المحطة."})
    assert [i.event_date for i in doc.incidents] == ["2019-05-11"]


def test_a_reported_killing_in_a_relative_clause_after_its_toll_keeps_the_main_clause(nlp):
    # "قتل ... في الهجوم الذي" : the toll comes first, the clause reports the event with its day
    doc = nlp.process({"id": "toll", "published": "2019-05-14", "text":
                       "أعلنت الشرطة أن ثلاثة أشخاص قتلوا أمس في الهجوم الذي استهدف سوقا في مدينة كانو."})
    assert [i.event_date for i in doc.incidents] == ["2019-05-13"]


@pytest.mark.parametrize("lapse", ["قبل عامين", "قبل أسبوعين", "قبل ثلاث سنوات"])
def test_an_attack_recalled_a_rough_lapse_before_publication_has_no_date(nlp, lapse):
    # today's raid has its day; the brother killed "قبل عامين" has none (not that year, nor today's day)
    doc = nlp.process({"id": "ago", "published": "2022-09-14", "text":
                       "قتل شابان فجر أمس برصاص الجيش خلال اقتحام بلدة قباطية جنوب جنين.\n"
                       f"وكان شقيق أحدهما قد قتل برصاص الجنود عند حاجز زعترة جنوب نابلس {lapse}."})
    dates = {i.location["text"] if i.location else None: i.event_date for i in doc.incidents}
    assert dates.get("بلدة قباطية") == "2022-09-13"
    assert [d for loc, d in dates.items() if loc != "بلدة قباطية"] == [None]


@pytest.mark.parametrize("lapse", ["بعد أقل من ثلاثة أشهر على تفجير", "بعد أكثر من أسبوع من تفجير",
                                   "بعد نحو شهرين من تفجير"])
def test_an_attack_recalled_after_an_approximate_lapse_has_no_date(nlp, lapse):
    doc = nlp.process({"id": "approx", "published": "2018-03-20", "text":
                       "قتل 12 شخصا أمس في انفجار سيارة مفخخة في سوق مدينة كانو.\n"
                       f"ويأتي هذا الهجوم {lapse} استهدف كنيسة في مدينة جوس وأودى بحياة 30 شخصا."})
    dates = {i.location["text"] if i.location else None: i.event_date for i in doc.incidents}
    assert sorted(dates.values(), key=str) == ["2018-03-19", None]


@pytest.mark.parametrize("text, published, expected", [
    # the event noun right after "غداة": the day before the clause's day
    ("أمر وزير الداخلية، اليوم الخميس، بإقالة قائد شرطة مدينة كركوك، غداة تفجير عبوة ناسفة في سوق شعبي بالمدينة أسفر "
     "عن مقتل أربعة مدنيين.", "2019-03-14", "2019-03-13"),
    # with the conjunction, and a killing noun that tells the event
    ("قتل خمسة أشخاص اليوم الثلاثاء في انفجار سيارة مفخخة بمدينة تاوا. ويأتي الانفجار غداة اغتيال قائد ميداني بغارة "
     "بطائرة مسيرة استهدفت سيارته في بلدة أغاديس.", "2020-06-09", "2020-06-08"),
])
def test_an_event_after_ghadat_is_the_day_before_the_clause(nlp, text, published, expected):
    doc = nlp.process({"id": "morrow", "published": published, "text": text})
    assert expected in [i.event_date for i in doc.incidents]


def test_an_event_after_baad_with_no_ghadat_keeps_the_clause_day(nlp):
    doc = nlp.process({"id": "same", "published": "2019-03-14", "text":
                       "انفجرت عبوة ناسفة اليوم الخميس في سوق شعبي بمدينة كركوك، ما أسفر عن مقتل أربعة مدنيين."})
    assert [i.event_date for i in doc.incidents] == ["2019-03-14"]


@pytest.mark.parametrize("text, expected", [
    # a "since" date that a "when" clause tells an event at: that event's day
    ("ويعد الانفجار الأول من نوعه في المدينة منذ 4 حزيران الماضي، حين قتل جنديان بانفجار عبوة ناسفة على طريق "
     "مطار مدينة تلعفر.", "2021-06-04"),
    # the "since" point is an event noun with its month, told again by "عندما"
    ("وتأتي هذه الخطوة الأولى منذ تفجير السوق في آذار الماضي، عندما فجر انتحاري حزاما ناسفا وسط المتسوقين في مدينة "
     "الرمادي.", "2021-03"),
])
def test_a_since_date_with_a_when_clause_is_the_day_of_that_event(nlp, text, expected):
    doc = nlp.process({"id": "sincewhen", "published": "2021-09-20", "text": text})
    assert [i.event_date for i in doc.incidents] == [expected]


def test_a_since_date_with_a_when_clause_and_no_event_stays_a_period_start(nlp):
    from pipeline.stages.incidents.dates import _since
    doc = nlp.process({"id": "sinceplain", "published": "2021-09-20", "text":
                       "وتتواصل الأزمة السياسية في البلاد منذ 4 حزيران الماضي، حين أعلن الرئيس حل البرلمان."})
    starts = [t.start for t in doc.tokens]
    t = next(t for t in doc.timexes if t.value == "2021-06-04")
    assert _since(t, doc.tokens, doc.text, starts)
    assert doc.incidents == []


def test_a_time_after_qabl_an_and_an_arrest_is_the_arrest_day_not_the_event_day(nlp):
    from pipeline.stages.incidents.dates import _da10_later_action
    doc = nlp.process({"id": "later", "published": "2022-06-14", "text":
                       "هاجم مسلحون حاجزا للشرطة في مدينة الفلوجة، فقتلوا شرطيين اثنين وفروا، قبل أن يتم القبض "
                       "على أحدهم مساء اليوم."})
    starts = [t.start for t in doc.tokens]
    t = next(t for t in doc.timexes if t.text.startswith("مساء"))
    assert _da10_later_action(doc, t, 0, starts)


def test_a_time_after_qabl_an_and_the_attackers_flight_stays_the_event_day(nlp):
    doc = nlp.process({"id": "flight", "published": "2022-06-14", "text":
                       "قتل مسلحون شرطيين اثنين في هجوم على حاجز للشرطة في مدينة الفلوجة، قبل أن يلوذوا بالفرار "
                       "مساء أمس."})
    assert [i.event_date for i in doc.incidents] == ["2022-06-13"]


def test_a_first_recalled_event_takes_the_day_an_earlier_sentence_without_a_record_gives_it(nlp):
    doc = nlp.process({"id": "annivday", "published": "2019-05-20", "text":
                       "أحيا سكان مدينة الحلة، اليوم الاثنين، الذكرى الأولى للتفجير الذي ضرب سوق الخضار في المدينة "
                       "في مثل هذا اليوم من العام الماضي.\n"
                       "وكان انتحاري قد فجر حزاما ناسفا وسط المتسوقين في سوق الخضار بمدينة الحلة، ما أسفر عن مقتل "
                       "27 شخصا."})
    assert [i.event_date for i in doc.incidents] == ["2018-05-20"]


def test_a_first_recalled_event_with_no_dated_mention_before_it_has_no_date(nlp):
    from pipeline.stages.incidents.dates import _da10_dated_before
    from pipeline.stages.incidents.lexicon import lexicon
    doc = nlp.process({"id": "annivnone", "published": "2019-05-20", "text":
                       "أحيا سكان مدينة الحلة، اليوم الاثنين، ذكرى ضحايا التفجير الذي ضرب سوق الخضار في المدينة.\n"
                       "وكان انتحاري قد فجر حزاما ناسفا وسط المتسوقين في سوق الخضار بمدينة الحلة، ما أسفر عن مقتل "
                       "27 شخصا."})
    starts = [t.start for t in doc.tokens]
    assert _da10_dated_before(doc, doc.sentences[-1].start, lexicon(), starts) is None


def test_an_event_told_in_the_pluperfect_after_the_main_verbs_day_takes_its_own_time(nlp):
    doc = nlp.process({"id": "plupweek", "published": "2023-02-16", "text":
                       "أفرج مسلحون، اليوم الخميس، عن أربعة مهندسين كانوا قد خطفوهم الأسبوع الماضي من موقع عملهم "
                       "قرب مدينة بيجي."})
    assert [i.event_date for i in doc.incidents] == ["2023-W06"]


def test_an_event_with_no_pluperfect_keeps_the_day_before_it(nlp):
    doc = nlp.process({"id": "plupnone", "published": "2023-02-16", "text":
                       "خطف مسلحون، اليوم الخميس، أربعة مهندسين من موقع عملهم قرب مدينة بيجي."})
    assert [i.event_date for i in doc.incidents] == ["2023-02-16"]


def test_an_attack_on_new_years_night_is_dated_the_first_of_january(nlp):
    doc = nlp.process({"id": "newyear", "published": "2019-01-03", "text":
                       "أعلنت جماعة متشددة، الخميس، مسؤوليتها عن الهجوم الذي استهدف مقهى مزدحما في مدينة كراتشي، "
                       "ليلة رأس السنة، وأسفر عن مقتل سبعة أشخاص."})
    assert [i.event_date for i in doc.incidents] == ["2019-01-01"]
    doc = nlp.process({"id": "newyearlater", "published": "2019-06-10", "text":
                       "بدأت السلطات هدم المقهى الذي تعرض لهجوم مسلح ليلة رأس السنة في مدينة كراتشي.\n"
                       "وكان الهجوم أسفر عن مقتل سبعة أشخاص."})
    assert [i.event_date for i in doc.incidents] == ["2019-01-01"]


def test_an_attack_with_its_own_day_near_new_years_night_keeps_that_day(nlp):
    doc = nlp.process({"id": "newyearday", "published": "2019-01-03", "text":
                       "قتل سبعة أشخاص مساء الثلاثاء في هجوم مسلح على مقهى في مدينة كراتشي خلال احتفالات ليلة رأس "
                       "السنة."})
    assert [i.event_date for i in doc.incidents] == ["2019-01-01"]
    doc = nlp.process({"id": "newyearother", "published": "2019-01-03", "text":
                       "قتل سبعة أشخاص مساء أمس في هجوم مسلح على مقهى في مدينة كراتشي، بعد أيام من احتفالات ليلة "
                       "رأس السنة."})
    assert [i.event_date for i in doc.incidents] == ["2019-01-02"]


@pytest.mark.parametrize("text, expected", [
    # "فقط" after the unit only stresses how short the lapse is: three days before the lead's day
    ("قتل خمسة جنود مساء أمس الأحد في هجوم مسلح على ثكنة قرب مدينة غاو.\nوجاء الهجوم بعد ثلاثة أيام فقط من اغتيال "
     "رئيس بلدية المدينة برصاص مسلحين أمام منزله في حي السوق.", ["2020-03-01", "2020-02-27"]),
    # "تقريبا" after the unit makes the lapse approximate: no day
    ("قتل خمسة جنود مساء أمس الأحد في هجوم مسلح على ثكنة قرب مدينة غاو.\nوجاء الهجوم بعد ثلاثة أيام تقريبا من اغتيال "
     "رئيس بلدية المدينة برصاص مسلحين أمام منزله في حي السوق.", ["2020-03-01", None]),
])
def test_mg13_a_restrictor_after_the_lapse_unit(nlp, text, expected):
    doc = nlp.process({"id": "d", "text": text, "published": "2020-03-02"})
    assert [i.event_date for i in doc.incidents] == expected


_DA11_LEAD = "قتل أربعة أشخاص مساء الخميس 12 مايو في هجوم مسلح على سوق في مدينة كيدال.\n"


@pytest.mark.parametrize("lapse, expected", [
    ("وبعد يومين،", "2022-05-14"),  # a count of days: that many days after the event told before
    ("وبعد ساعات،", "2022-05-12"),  # hours: the same day
    ("وبعد أقل من شهر،", None),  # approximate: later, no day
    ("وبعد أسبوعين،", None),  # weeks: told roughly, no day (not a week to come after publication)
    ("وبعد أيام،", None),  # a plural with no number
])
def test_da11_a_sentence_opening_with_a_lapse_counts_from_the_event_before(nlp, lapse, expected):
    doc = nlp.process({"id": "lapse", "published": "2022-06-20", "text":
                       _DA11_LEAD + lapse + " فجر انتحاري حزاما ناسفا قرب حاجز للجيش في بلدة تساليت، ما أدى إلى مقتل "
                                            "ثلاثة جنود."})
    got = sorted(((i.location or {}).get("text"), i.event_date) for i in doc.incidents)
    assert got == [("بلدة تساليت", expected), ("مدينة كيدال", "2022-05-12")]


def test_da11_an_approximate_lapse_keeps_the_later_event_apart_at_the_same_place(nlp):
    doc = nlp.process({"id": "lapsesame", "published": "2022-06-20", "text":
                       "فجر انتحاري نفسه صباح الاثنين 9 مايو أمام مركز للشرطة في مدينة كيدال، ما أسفر عن مقتل ستة "
                       "أشخاص.\nوبعد أقل من شهر، فجر انتحاري آخر نفسه في سوق المدينة، ما أدى إلى مقتل عشرة أشخاص."})
    assert sorted((i.event_date or "", i.killed) for i in doc.incidents) == [("", 10), ("2022-05-09", 6)]


def test_da11_a_lapse_that_names_what_it_counts_from_is_not_an_opening_lapse(nlp):
    # "وبعد يومين من ذلك": the time expressions count from the day told before; "بعد أيام من الهجوم" is _dat_relative's
    doc = nlp.process({"id": "lapseof", "published": "2022-06-20", "text":
                       _DA11_LEAD + "وبعد يومين من ذلك، فجر انتحاري حزاما ناسفا قرب حاجز للجيش في بلدة تساليت، ما "
                                    "أدى إلى مقتل ثلاثة جنود."})
    assert sorted(i.event_date for i in doc.incidents) == ["2022-05-12", "2022-05-14"]
    doc = nlp.process({"id": "lapsenone", "published": "2022-05-13", "text":
                       "بعد الظهر قتل مسلحون ثلاثة جنود في هجوم على حاجز للجيش في بلدة تساليت."})
    assert [i.event_date for i in doc.incidents] == ["2022-05-13"]  # no lapse: the report's day


def test_da11_a_lead_with_no_day_takes_the_day_the_next_sentence_gives_its_fighting(nlp):
    doc = nlp.process({"id": "nextday", "published": "2021-10-13", "text":
                       "أعلن حاكم الولاية أن 14 جنديا قتلوا في هجوم شنه مسلحون على ثكنة للجيش قرب بلدة منغو.\n"
                       "وقال الحاكم، الذي تفقد الثكنة أمس الثلاثاء، إن المعارك استمرت ست ساعات يوم الأحد 10 أكتوبر، "
                       "مؤكدا أن المهاجمين فروا."})
    assert [i.event_date for i in doc.incidents] == ["2021-10-10"]


def test_da11_a_day_the_next_sentence_gives_only_a_statement_keeps_the_report_day(nlp):
    doc = nlp.process({"id": "nextsaid", "published": "2021-10-13", "text":
                       "أعلن حاكم الولاية أن 14 جنديا قتلوا في هجوم شنه مسلحون على ثكنة للجيش قرب بلدة منغو.\n"
                       "وقال الحاكم أمس الثلاثاء إن الاشتباكات كانت عنيفة."})
    assert [i.event_date for i in doc.incidents] == ["2021-10-13"]
    doc = nlp.process({"id": "nextold", "published": "2021-10-13", "text":
                       "أعلن حاكم الولاية أن 14 جنديا قتلوا في هجوم شنه مسلحون على ثكنة للجيش قرب بلدة منغو.\n"
                       "وقال الحاكم إن المعارك في المنطقة بدأت يوم 2 أغسطس."})
    assert [i.event_date for i in doc.incidents] == ["2021-10-13"]  # more than a week before the report


def test_da11_a_recalled_event_takes_the_day_an_earlier_sentence_gives_its_noun_in_construct(nlp):
    doc = nlp.process({"id": "construct", "published": "2023-02-08", "text":
                       "وجهت محكمة في العاصمة تهم الإرهاب إلى ثلاثة رجال يشتبه في تورطهم في تفجير حافلة بمدينة "
                       "مومباسا مساء 4 نوفمبر 2022.\nوكان تنظيم مسلح قد تبنى التفجير عبر وكالة تابعة له، فيما قالت "
                       "الشرطة إن العبوة وضعت تحت مقعد في الحافلة."})
    assert [i.event_date for i in doc.incidents] == ["2022-11-04"]


def test_da11_a_day_after_a_comma_is_not_the_day_of_a_noun_in_construct(nlp):
    doc = nlp.process({"id": "construct2", "published": "2023-02-08", "text":
                       "وجهت محكمة في العاصمة تهم الإرهاب إلى ثلاثة رجال يشتبه في تورطهم في تفجير حافلة بمدينة "
                       "مومباسا، يوم الاثنين 6 فبراير.\nوكان تنظيم مسلح قد تبنى التفجير عبر وكالة تابعة له، فيما قالت "
                       "الشرطة إن العبوة وضعت تحت مقعد في الحافلة."})
    assert [i.event_date for i in doc.incidents] == [None]  # the day of the charges, not of the bombing


def test_da11_a_date_in_a_name_is_not_the_day_of_the_event(nlp):
    doc = nlp.process({"id": "named", "published": "2019-09-16", "text":
                       "قتل أربعة مدنيين مساء السبت في قصف بقذائف الهاون شنه مقاتلو حركة 12 أبريل على حي في مدينة "
                       "بونيا."})
    assert [i.event_date for i in doc.incidents] == ["2019-09-14"]
    doc = nlp.process({"id": "namedstreet", "published": "2019-09-16", "text":
                       "انفجرت عبوة ناسفة في شارع 9 أفريل بمدينة القصرين، ما أدى إلى إصابة شرطيين."})
    assert [i.event_date for i in doc.incidents] == ["2019-09-16"]  # no day told: the report's, not 9 April


def test_da11_a_date_after_a_word_that_is_no_name_head_stays_the_day(nlp):
    doc = nlp.process({"id": "notnamed", "published": "2019-09-16", "text":
                       "قتل أربعة مدنيين يوم 12 سبتمبر في قصف بقذائف الهاون على حي في مدينة بونيا."})
    assert [i.event_date for i in doc.incidents] == ["2019-09-12"]


@pytest.mark.parametrize("lapse, expected", [
    ("منذ ثلاثة أيام", "2023-07-09"),  # "منذ" before a count of days: ago, as "قبل ثلاثة أيام"
    ("منذ يومين", "2023-07-10"),
])
def test_da11_since_a_count_of_days_is_days_ago(nlp, lapse, expected):
    doc = nlp.process({"id": "ago", "published": "2023-07-12", "text":
                       f"أحرق مسلحون عشرات المنازل وقتلوا خمسة مزارعين في هجوم على قرية بولاية كادونا {lapse}."})
    assert [i.event_date for i in doc.incidents] == [expected]


def test_da11_since_a_long_lapse_or_a_date_is_not_days_ago(nlp):
    doc = nlp.process({"id": "agolong", "published": "2023-07-12", "text":
                       "أحرق مسلحون عشرات المنازل وقتلوا خمسة مزارعين في هجوم على قرية بولاية كادونا منذ عشرة أيام."})
    assert [i.event_date for i in doc.incidents] != ["2023-07-02"]  # told roughly
    doc = nlp.process({"id": "agosince", "published": "2023-07-12", "text":
                       "قتل مسلحون خمسة مزارعين أمس في هجوم على قرية بولاية كادونا، في أعنف هجوم منذ ثلاثة أيام من "
                       "المعارك."})
    assert [i.event_date for i in doc.incidents] == ["2023-07-11"]  # the clause's own day


@pytest.mark.parametrize("text, expected", [
    # a known event named in the attributive of a suspect; the day after it dates the interview, not the attack
    ("قال والد الشاب المتهم بتنفيذ هجوم بنغازي الذي أودى بحياة 12 شخصا في تصريح لإذاعة محلية اليوم الخميس إن "
     "العائلة تنتظر نتائج التحقيق.", [None]),
    # the same interview frame around a fresh event told in what was said: its day stays
    ("قال مسؤول أمني في تصريح لإذاعة محلية اليوم الخميس إن مسلحين قتلوا أربعة جنود في هجوم على حاجز قرب مدينة "
     "بنغازي.", ["2019-04-11"]),
    # a pluperfect claim with its own day keeps that day
    ("وكانت الجماعة قد تبنت في 3 آذار الماضي الهجوم الانتحاري على السفارة في مدينة بنغازي الذي أدى إلى مقتل تسعة "
     "أشخاص.", ["2019-03-03"]),
])
def test_da12_a_recalled_event_dated_only_by_its_telling_has_no_day(nlp, text, expected):
    doc = nlp.process({"id": "da12", "published": "2019-04-11", "text": text})
    assert [i.event_date for i in doc.incidents] == expected


def test_da12_a_toll_update_with_no_day_of_its_own_has_no_day(nlp):
    # the rise of a toll is news of an earlier event; the statement's day is not its day, nor the publication day,
    # and the strike told again by its definite noun in the next sentence is the same undated event
    doc = nlp.process({"id": "rise", "published": "2021-08-12", "text":
                       "أعلنت منظمة إغاثة دولية ارتفاع حصيلة القتلى جراء قصف الجيش المالي عن طريق الخطأ مخيما للاجئين قرب "
                       "مدينة كيدال.\n"
                       "وأفاد بيان للمنظمة اليوم الخميس أن نحو 35 شخصا قتلوا عندما ألقت طائرة تابعة للجيش قنبلتين على "
                       "المخيم.\n"
                       "وقتل في الغارة لاجئون ومتطوعون في المنظمة."})
    assert [(i.event_date, i.weapon, i.killed) for i in doc.incidents] == [(None, "airstrike", 35)]


def test_da12_a_toll_update_keeps_the_day_it_names_and_a_fresh_toll_keeps_the_report_day(nlp):
    doc = nlp.process({"id": "rise-none", "published": "2021-08-12", "text":
                       "ارتفعت حصيلة ضحايا انفجار سيارة مفخخة في سوق بمدينة كيدال إلى 20 قتيلا."})
    assert [i.event_date for i in doc.incidents] == [None]
    doc = nlp.process({"id": "rise-day", "published": "2021-08-12", "text":
                       "ارتفعت حصيلة ضحايا التفجير الذي استهدف سوقا في مدينة كيدال مساء أمس الأربعاء إلى 20 قتيلا."})
    assert [i.event_date for i in doc.incidents] == ["2021-08-11"]
    doc = nlp.process({"id": "fresh", "published": "2021-08-12", "text":
                       "قتل خمسة مدنيين في انفجار سيارة مفخخة استهدف سوقا في مدينة كيدال، وفق ما أفادت مصادر محلية."})
    assert [i.event_date for i in doc.incidents] == ["2021-08-12"]


def test_da15_the_event_retold_as_subject_after_an_undated_toll_update_has_no_day(nlp):
    # the lead is a toll update (no day); "بأن الهجوم نفذه ..." says more of that event: no day either, not the
    # publication day it would take alone
    doc = nlp.process({"id": "da15-retold", "published": "2022-03-09", "text":
                       "ارتفعت حصيلة الهجوم الذي استهدف حافلة تقل عمالا قرب مدينة غاو إلى 17 قتيلا و9 جرحى.\n"
                       "وأفادت وزارة الأمن بأن الهجوم نفذه مسلحون مجهولون يستقلون سيارتين."})
    assert [(i.event_date, i.killed) for i in doc.incidents] == [(None, 17)]


def test_da15_a_new_act_in_a_list_after_an_undated_story_is_not_the_event_retold(nlp):
    from pipeline.stages.incidents.dates import _da15_known_event

    doc = nlp.process({"id": "da15-list", "published": "2022-03-09", "text":
                       "وأضاف المسؤول أنه تم حرق سيارة للشرطة والاعتداء على أحد الأعوان في المدينة."})
    assert not _da15_known_event(doc, 0, len(doc.tokens))
    doc = nlp.process({"id": "da15-subj", "published": "2022-03-09", "text":
                       "وأضاف المسؤول أن الهجوم نفذه مسلحون ملثمون."})
    assert _da15_known_event(doc, 0, len(doc.tokens))


@pytest.mark.parametrize("text, expected", [
    # the release is yesterday's news; the abduction is dated by the words after it, or not at all
    ("أفرجت جماعة مسلحة أمس عن أربعة مهندسين كانت اختطفتهم الشهر الماضي قرب مدينة سبها.", ["2018-09"]),
    ("وأكد المصدر أن المسلحين أطلقوا سراحهم بعد أن كانوا مختطفين لدى عصابة مسلحة في مدينة سبها.", [None]),
])
def test_da15_an_abduction_recalled_by_its_release_does_not_take_the_release_day(nlp, text, expected):
    doc = nlp.process({"id": "da15-release", "published": "2018-10-04", "text": text})
    assert [i.event_date for i in doc.incidents] == expected


def test_da15_an_abduction_told_before_a_release_keeps_its_day(nlp):
    doc = nlp.process({"id": "da15-abduct", "published": "2018-10-04", "text":
                       "اختطف مسلحون صباح أمس خمسة سائقين قرب مدينة سبها وأطلقوا سراح مساعديهم بعد ساعات."})
    assert [i.event_date for i in doc.incidents] == ["2018-10-03"]



@pytest.mark.parametrize("text, expected", [
    # the attack's year, not the month of what the government did after it
    ("وشن مسلحون هجوما على ثكنة للجيش في بلدة الزاوية عام 2014، وفي مارس الماضي أعلنت الحكومة إعادة فتحها.", ["2014"]),
    # a strike and a killing each with its time: the record of the strike (its event word) takes the strike's year
    ("وقصفت الطائرات ميناء البلدة عام 85 واغتالت القيادي في الحركة في ديسمبر 2016.", ["1985"]),
])
def test_da15_the_month_or_year_nearest_the_event_word_dates_it(nlp, text, expected):
    doc = nlp.process({"id": "da15-near", "published": "2016-11-20", "text": text})
    assert [i.event_date for i in doc.incidents] == expected


def test_da15_one_month_in_the_clause_still_dates_the_event(nlp):
    doc = nlp.process({"id": "da15-one", "published": "2016-11-20", "text":
                       "وكانت معارك عنيفة قد اندلعت بين مسلحي الجماعة وقوات الجيش في بلدة الزاوية في جوان الماضي."})
    assert [i.event_date for i in doc.incidents] == ["2016-06"]
