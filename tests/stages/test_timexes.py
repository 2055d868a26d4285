import json
import re
from pathlib import Path

import pytest
import yaml

from pipeline.stages.normalize import NormalizedText, normalize
from pipeline.stages.timexes import RESOURCES, find_timexes, time_data

REPO = Path(__file__).resolve().parents[2]


def tx(text, published="2021-04-25"):
    return [(t.text, t.value) for t in find_timexes(NormalizedText.of(text), published)]


@pytest.mark.parametrize("text, expected", [
    ("في 18 أبريل/نيسان الجاري", ("18 أبريل/نيسان الجاري", "2021-04-18")),
    ("في 20 فبراير/شباط الماضي", ("20 فبراير/شباط الماضي", "2021-02-20")),
    ("يوم 15 كانون الأول/ديسمبر الماضي", ("15 كانون الأول/ديسمبر الماضي", "2020-12-15")),
    ("في 3 جويلية الماضي", ("3 جويلية الماضي", "2020-07-03")),
    ("في 11 سبتمبر/أيلول المقبل", ("11 سبتمبر/أيلول المقبل", "2021-09-11")),
    ("وقع أمس", ("أمس", "2021-04-24")),
    ("وقع أمس الأول", ("أمس الأول", "2021-04-23")),
    ("مساء الخميس 22 نيسان الجاري", ("مساء الخميس 22 نيسان الجاري", "2021-04-22TEV")),
    ("صباح الثلاثاء", ("صباح الثلاثاء", "2021-04-20TMO")),
    ("الأسبوع الماضي", ("الأسبوع الماضي", "2021-W15")),
    ("عام 2014", ("عام 2014", "2014")),
    ("في ١٨ نيسان ٢٠٢١", ("١٨ نيسان ٢٠٢١", "2021-04-18")),
    ("بتاريخ 18/4/2021", ("18/4/2021", "2021-04-18")),
    ("في كانون 2 2020", ("كانون 2 2020", "2020-01")),
    ("العاشر من أيار 2019", ("العاشر من أيار 2019", "2019-05-10")),
])
def test_forms(text, expected):
    assert expected in tx(text)


def test_hijri_is_converted_and_kept():
    (t,) = find_timexes(NormalizedText.of("في 15 رمضان 1442هـ"), "2021-04-25")
    assert t.value == "2021-04-27" and t.hijri == "1442-09-15"


def test_unknown_publication_date_gives_x():
    assert ("18 أبريل", "XXXX-04-18") in tx("في 18 أبريل", None)


def test_out_of_range_hijri_is_a_per_expression_error():
    (t,) = find_timexes(NormalizedText.of("في 15 رمضان 9999هـ"), "2021-04-25")
    assert t.value is None and t.error


def test_vague_and_duration():
    got = find_timexes(NormalizedText.of("تصاعدت في الآونة الأخيرة منذ أكثر من عام"), "2021-04-25")
    assert [(t.value, t.kind) for t in got] == [(None, "vague"), (None, "duration")]


@pytest.mark.parametrize("text, published, expected", [
    ("الساعة 10:30 صباحا", "2016-02-26", ("الساعة 10:30 صباحا", "2016-02-26T10:30")),
    ("الساعة الواحدة من فجر الأحد", "2022-03-15", ("الساعة الواحدة من فجر الأحد", "2022-03-13T01:00")),
    ("الساعة 8:45 مساء أمس", "2020-06-09", ("الساعة 8:45 مساء أمس", "2020-06-08T20:45")),
    ("قبل يومين", "2020-02-15", ("قبل يومين", "2020-02-13")),
    ("قبل ثلاثة أسابيع", "2021-04-25", ("قبل ثلاثة أسابيع", "2021-W13")),
    ("مطلع الشهر", "2019-10-20", ("مطلع الشهر", "2019-10")),
    ("نهاية العام الماضي", "2019-10-20", ("نهاية العام الماضي", "2018")),
    ("منتصف أكتوبر", "2019-10-20", ("منتصف أكتوبر", "2019-10")),
    ("الصيف الماضي", "2015-11-01", ("الصيف الماضي", "2015-SU")),
    ("شتاء 2014", "2015-11-01", ("شتاء 2014", "2014-WI")),
    ("في ديسمبر من العام الماضي", "2018-05-01", ("ديسمبر من العام الماضي", "2017-12")),
    ("اليوم الأربعاء (2 آذار 2016)", "2016-03-02", ("اليوم الأربعاء (2 آذار 2016)", "2016-03-02")),
    ("ليل السبت-الأحد", "2021-05-10", ("ليل السبت-الأحد", "2021-05-08TNI")),
    ("بتاريخ ( 27 / 9 / 1948 )", None, ("27 / 9 / 1948", "1948-09-27")),
    ("في الخمسينات", None, ("الخمسينات", "195")),
    ("منذ عام 2016", "2021-01-01", ("عام 2016", "2016")),
    ("يوم 25/10", "2019-10-27", ("يوم 25/10", "2019-10-25")),
    # the Maghrebi "next day" counts from the date before it, not from the publication day
    ("هوجمت الدورية يوم 4 مارس ثم ألقي القبض على المهاجم في اليوم الموالي", "2018-03-20",
     ("اليوم الموالي", "2018-03-05")),
    ("اندلعت الاشتباكات مساء الجمعة وتجددت صباح اليوم الموالي", "2018-03-20", ("صباح اليوم الموالي", "2018-03-17")),
    ("في صائفة 2013", "2018-03-20", ("صائفة 2013", "2013-SU")),  # the Maghrebi summer
])
def test_more_forms(text, published, expected):
    assert expected in tx(text, published)


def test_hijri_and_gregorian_pair_stay_two_expressions():
    got = tx("بتاريخ 04 ربيع الثاني 1444 هـ (29 أكتوبر 2022 م)", "2022-10-29")
    assert got == [("04 ربيع الثاني 1444 هـ", "2022-10-29"), ("29 أكتوبر 2022 م", "2022-10-29")]


def test_a_day_range_gives_two_expressions():
    assert tx("يومي 29 و30 أفريل 2013", "2018-07-09") == [("29", "2013-04-29"), ("30 أفريل 2013", "2013-04-30")]


def test_counts_of_things_are_not_dates():
    assert tx("قتل إرهابيين اثنين وأصيب 2000 شخص في 3 قرى", "2020-01-01") == []


def test_ordinal_day_of_the_current_month():
    assert tx("في الثالث من الشهر الجاري", "2020-01-21") == [("الثالث من الشهر الجاري", "2020-01-03")]


def test_the_next_and_the_previous_day_count_from_the_date_before_them():
    got = tx("اقتحم مسلحون المستشفى السبت 8 يونيو. وفي اليوم التالي سقطت قذائف، وفي اليوم السابق لذلك اشتباكات.",
             "2024-06-12")
    assert got == [("السبت 8 يونيو", "2024-06-08"), ("اليوم التالي", "2024-06-09"), ("اليوم السابق", "2024-06-08")]
    assert tx("وفي اليوم التالي قتل 47 جنديا.", "2020-03-25") == [("اليوم التالي", None)]  # nothing to count from


def test_a_part_of_the_same_day_counts_from_the_date_before_it():
    got = tx("قصفت الطائرات البلدة فجر الخميس، وردت الفصائل مساء اليوم نفسه بقذائف.", "2022-09-03")
    assert got == [("فجر الخميس", "2022-09-01TMO"), ("مساء اليوم نفسه", "2022-09-01TEV")]


@pytest.mark.parametrize("text", ["ليلة الجمعة إلى السبت", "ليلة الجمعة على السبت", "ليل الجمعة السبت"])
def test_a_night_from_one_weekday_to_the_next_is_the_first_day(text):
    assert tx(f"دارت اشتباكات {text} في الحي.", "2022-09-05") == [(text, "2022-09-02TNI")]


def _words(node) -> list[str]:
    if isinstance(node, dict):
        return [w for k, v in node.items() for w in _words(k) + _words(v)]
    if isinstance(node, list):
        return [w for v in node for w in _words(v)]
    return [node] if isinstance(node, str) else []


def test_the_lead_lookahead_changes_no_match():
    """Every pattern starts with a word of the lookahead's trie: without it, the same matches."""
    data = time_data()
    plain = re.compile(data.regex.pattern.replace(data.lead, "", 1))
    assert plain.pattern != data.regex.pattern
    words = [w for name in ("time.yaml", "numbers.yaml")
             for w in _words(yaml.safe_load((RESOURCES / name).read_text(encoding="utf-8")))]
    texts = [json.loads(line)["text"] for line in (REPO / "corpora" / "timexes" / "timexes.jsonl").open(encoding="utf-8")]
    texts += [f"قال في 12 {w} 2020 ، و{w} الماضي (1999) و{w} {v} من الشهر و{w} أيام"
              for w, v in zip(words, words[1:] + words[:1])]  # each word, before the next word
    for text in texts:
        norm = normalize(text)
        assert [m.groupdict() | {"": m.span()} for m in data.regex.finditer(norm)] == \
            [m.groupdict() | {"": m.span()} for m in plain.finditer(norm)], text


@pytest.mark.parametrize("text, published, expected", [
    # Tunisian "الفارط" is "past"
    ("ليلة 31 ديسمبر الفارط", "2017-01-02", ("ليلة 31 ديسمبر الفارط", "2016-12-31TNI")),
    ("الأسبوع الفارط", "2017-01-12", ("الأسبوع الفارط", "2017-W01")),
    ("السنة الفارطة", "2017-01-12", ("السنة الفارطة", "2016")),
    # a day of a month well after publication, with no year: last year's
    ("هجمات 13 نوفمبر", "2016-03-25", ("13 نوفمبر", "2015-11-13")),
    ("قتل في 23 ديسمبر", "2017-02-27", ("23 ديسمبر", "2016-12-23")),
    # a near month stays in the year of publication
    ("الانتخابات المقررة في 26 أفريل", "2017-03-10", ("26 أفريل", "2017-04-26")),
])
def test_plc_past_words_and_months_after_publication(text, published, expected):
    assert expected in tx(text, published)


@pytest.mark.parametrize("text", ["قتل جندي خلال الليلة الفارطة", "وقع الانفجار الليلة المنقضية",
                                  "اندلعت اشتباكات الليلة المنصرمة"])
def test_last_night_in_maghrebi_and_levantine_words(text):
    # "الفارطة" (Tunisian news), "المنقضية", "المنصرمة": the night before the publication day, like "الليلة الماضية"
    (found,) = tx(text, "2016-03-01")
    assert found[1] == "2016-02-29TNI"


@pytest.mark.parametrize("text, expected", [
    # a plural unit with no number: some days or weeks, not one
    ("قتل شخصان قبل أيام في المدينة", ("قبل أيام", None)),
    ("وقع الهجوم قبل أسابيع", ("قبل أسابيع", None)),
    ("اغتيل قبل سنوات في بلدته", ("قبل سنوات", None)),
    # a number, a singular or a dual still count
    ("قبل ثلاثة أيام", ("قبل ثلاثة أيام", "2021-04-22")),
    ("قبل يومين", ("قبل يومين", "2021-04-23")),
    ("قبل أسبوع", ("قبل أسبوع", "2021-W15")),
])
def test_dat_ago_with_a_plural_and_no_number_is_vague(text, expected):
    assert expected in tx(text)


def test_dat_ago_with_a_plural_is_vague_without_a_publication_date_too():
    (t,) = find_timexes(NormalizedText.of("قتل شخصان قبل أيام في المدينة"), None)
    assert t.value is None and t.kind == "vague"


@pytest.mark.parametrize("text, expected", [
    ("دفن الضحية يوم 21 ديمسبر 2018 في مسقط رأسه", "2018-12-21"),  # letters swapped
    ("اغتيل يوم 7 ديسمير 2019", "2019-12-07"),  # one letter replaced
    ("وقع الهجوم في 3 فيفيري 2020", "2020-02-03"),  # one letter added
    ("في 9 نوفمير 2014 قتل", "2014-11-09"),
])
def test_a_month_name_misspelled_by_one_letter_between_a_day_and_a_year(text, expected):
    assert [v for _, v in tx(text) if v and len(v) == 10] == [expected]


@pytest.mark.parametrize("text", [
    "في 3 يوتيو 2015",  # one letter from يونيو and from يوليو: unread
    "يوم 31 فيفيري 2015",  # no such day
    "سجل 12 مسافرا 2015",  # a word far from any month
])
def test_a_word_near_no_single_month_or_an_impossible_day_stays_unread(text):
    assert not [v for _, v in tx(text) if v and len(v) == 10]


@pytest.mark.parametrize("text, expected", [
    ("أحيا السكان في مثل هذا اليوم من العام الماضي ذكرى الضحايا", [("مثل هذا اليوم من العام الماضي", "2020-03-14")]),
    ("وقع التفجير في مثل هذا اليوم من السنة الفارطة", [("مثل هذا اليوم من السنة الفارطة", "2020-03-14")]),
    ("في مثل هذا اليوم قبل ثلاث سنوات سقطت القذائف", [("مثل هذا اليوم قبل ثلاث سنوات", "2018-03-14")]),
    ("في مثل هذا اليوم من عام 2016 اقتحم مسلحون الفندق", [("مثل هذا اليوم من عام 2016", "2016-03-14")]),
    ("في مثل هذا اليوم، اقتحم مسلحون الفندق", [("مثل هذا اليوم", "XXXX-03-14")]),
    ("في مثل هذا الشهر من العام الماضي اقتحم مسلحون الفندق", [("مثل هذا الشهر من العام الماضي", "2020-03")]),
])
def test_an_anniversary_day_is_the_same_day_of_another_year_not_today(text, expected):
    assert tx(text, "2021-03-14") == expected


def test_hatha_al_yawm_without_mithl_is_still_today():
    assert tx("قالت الوزارة في هذا اليوم إن", "2021-03-14") == [("هذا اليوم", "2021-03-14")]


@pytest.mark.parametrize("text, expected", [
    # a month, or a day and month, "من العام نفسه": the year of the last date before it, not the report's
    ("انفجرت عبوة في 4 آذار 2013. وفي تموز من العام نفسه قتل مسلحون جنديا",
     ("تموز من العام نفسه", "2013-07")),
    ("سقطت قذائف يوم 2 فبراير/شباط 2010، ثم في التاسع من مارس من السنة ذاتها",
     ("التاسع من مارس من السنة ذاتها", "2010-03-09")),
    ("هاجم مسلحون القرية في أكتوبر 2008، وفي العام ذاته خطفوا مهندسين", ("العام ذاته", "2008")),
    ("اغتيل القاضي في 12 أيلول 2011 وفي الشهر نفسه انفجرت سيارة", ("الشهر نفسه", "2011-09")),
    ("وفي نوفمبر من ذلك العام فجر انتحاري حزامه", ("نوفمبر من ذلك العام", "2009-11")),
    # a lapse counted from the last day written: "بعد يومين من ذلك", "قبل ذلك بثلاثة أيام"
    ("اقتحم مسلحون المدرسة مساء 8 يناير 2015. وبعد يومين من ذلك، انفجرت عبوة",
     ("بعد يومين من ذلك", "2015-01-10")),
    ("انفجرت سيارة في 20 مايو 2016، وقبل ذلك بثلاثة أيام قتل جنديان", ("قبل ذلك بثلاثة أيام", "2016-05-17")),
    ("خطف مسلحون صحفيا في 5 أبريل 2012، وبعد شهر من ذلك أفرجوا عنه", ("بعد شهر من ذلك", "2012-05")),
])
def test_an_anaphoric_year_month_or_lapse_takes_the_last_date_written_before_it(text, expected):
    published = "2021-04-25"
    if "ذلك العام" in text:
        text = "في 3 مارس 2009 اغتيل ضابط. " + text
    assert expected in tx(text, published)


def test_an_anaphoric_year_with_no_date_before_it_has_no_value():
    assert ("العام نفسه", None) in tx("وقتل في العام نفسه ثلاثة جنود", "2021-04-25")


@pytest.mark.parametrize("text, published, expected", [
    # a day and month with no year, told right after a date of another year: that year
    ("انفجرت العبوة ليلة 10 يوليو 2014، وفي اليوم التالي قتل شرطي. وفجر 13 يوليو هاجم مسلحون الحاجز",
     "2019-02-20", ("فجر 13 يوليو", "2014-07-13TMO")),
    # the publication reading would be after publication: the narrative's year
    ("اقتحم مسلحون الفندق في 3 مارس 2018. وبعد أيام، في العاشر من مارس، انفجرت سيارة",
     "2019-03-05", ("العاشر من مارس", "2018-03-10")),
])
def test_a_day_and_month_in_a_narrative_of_another_year_take_its_year(text, published, expected):
    assert expected in tx(text, published)


@pytest.mark.parametrize("text, published, expected", [
    # a background date of another year, then today's news with its day and month: the report's year
    ("ويذكر أن هجوما وقع في 2 أبريل 2017. وفي 20 أبريل هاجم مسلحون قرية", "2021-04-22", ("20 أبريل", "2021-04-20")),
    # a day and month far from the narrative's date: the publication reading
    ("قتل جندي في 5 يناير 2015. وفي 18 أغسطس هاجم مسلحون قرية", "2021-12-02", ("18 أغسطس", "2021-08-18")),
])
def test_a_day_and_month_near_the_report_or_far_from_the_narrative_keep_the_report_year(text, published, expected):
    assert expected in tx(text, published)


@pytest.mark.parametrize("text, expected", [
    ("فجر انتحاري نفسه خلال قداس الأحد في 7 مارس الماضي", ("الأحد في 7 مارس الماضي", "2021-03-07")),
    ("قتل مسلحون مساء الجمعة الموافق 16 أبريل الجاري ثلاثة", ("مساء الجمعة الموافق 16 أبريل الجاري", "2021-04-16TEV")),
])
def test_a_weekday_right_before_an_explicit_date_takes_the_date(text, expected):
    assert tx(text, "2021-04-25") == [expected]


@pytest.mark.parametrize("text, expected", [
    # a clock in the small hours in a night told by its two days: the second day
    ("هاجموا ليلة الجمعة إلى السبت، قرابة الواحدة فجرا، قرية", [("ليلة الجمعة إلى السبت", "2021-04-24TNI")]),
    ("هاجموا ليلة الجمعة إلى السبت عند الساعة الثالثة فجرا",
     [("ليلة الجمعة إلى السبت عند الساعة الثالثة فجرا", "2021-04-24T03:00")]),
    ("ليل الخميس/الجمعة، نحو الساعة 2 بعد منتصف الليل",
     [("ليل الخميس/الجمعة", "2021-04-23TNI"), ("الساعة 2", "2021-04-23T02:00"), ("منتصف الليل", "2021-04-22T24:00")]),
    # no clock, or an evening clock, or one in the next sentence: the first day's night
    ("استهدفوا موقعا ليلة الثلاثاء إلى الأربعاء، وقتلوا", [("ليلة الثلاثاء إلى الأربعاء", "2021-04-20TNI")]),
    ("ليلة الجمعة إلى السبت عند الساعة العاشرة ليلا",
     [("ليلة الجمعة إلى السبت عند الساعة العاشرة ليلا", "2021-04-23T22:00")]),
    ("ليلة الخميس إلى الجمعة. وفي الواحدة فجرا", [("ليلة الخميس إلى الجمعة", "2021-04-22TNI")]),
])
def test_a_night_of_two_days_with_a_clock_after_midnight_is_the_second_day(text, expected):
    assert tx(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the article written on the day's digits ("الـ12", tatweel folded away): the same date as without it
    ("اقتحم مسلحون البلدة في الـ12 من آذار الماضي", ("الـ12 من آذار الماضي", "2021-03-12")),
    ("وقع الانفجار في ال 3 من شباط", ("ال 3 من شباط", "2021-02-03")),
    ("قصفت الطائرات الحي فجر الـ20 من الشهر الجاري", ("فجر الـ20 من الشهر الجاري", "2021-04-20TMO")),
    ("وتوفي الجريح في الـ9 من شهر رمضان 1442هـ", ("الـ9 من شهر رمضان 1442هـ", "2021-04-21")),
])
def test_a_day_written_with_the_article_is_read(text, expected):
    assert expected in tx(text)


def test_the_article_before_other_numbers_is_no_date():
    # an age or a count with the article stays no date
    assert tx("قتل طفل في الـ7 من عمره بنيران القناصة") == []


@pytest.mark.parametrize("text, expected", [
    # a month (or a day and month) followed straight by its year period, with no "من" between them
    ("بدأت العملية في تشرين الأول السنة الماضية", ("تشرين الأول السنة الماضية", "2020-10")),
    ("اختطف الصحفي بتاريخ 9 أكتوبر العام الماضي", ("9 أكتوبر العام الماضي", "2020-10-09")),
    ("قتل الجنديان في فيفري العام الجاري", ("فيفري العام الجاري", "2021-02")),
    # with "من" as before
    ("قتل في 9 أكتوبر من العام الماضي", ("9 أكتوبر من العام الماضي", "2020-10-09")),
])
def test_a_month_followed_by_its_year_period(text, expected):
    assert expected in tx(text)


@pytest.mark.parametrize("text, expected", [
    # a part of a week named with its week: the week's value, as the week alone has
    ("شهدت المدينة نهاية الأسبوع الماضي مواجهات عنيفة", ("نهاية الأسبوع الماضي", "2021-W15")),
    ("أعلن الجيش مطلع الأسبوع الجاري مقتل مسلحين", ("مطلع الأسبوع الجاري", "2021-W16")),
    ("في منتصف الأسبوع المنصرم سقطت قذائف", ("منتصف الأسبوع المنصرم", "2021-W15")),
])
def test_a_part_of_a_week_takes_the_week(text, expected):
    assert expected in tx(text)


def test_a_bare_weekend_is_no_date():
    # "عطلة نهاية الأسبوع" with no week named is any weekend (a habit), not a date
    assert tx("يخرج الجنود لقضاء عطلة نهاية الأسبوع") == []


@pytest.mark.parametrize("text, expected", [
    # a part of a month or year named by its ordinal is that month (or year), not the ordinal read as a day
    ("تصاعدت الهجمات في النصف الثاني من آذار", [("النصف الثاني من آذار", "2021-03")]),
    ("قتل العشرات خلال الأسبوع الأول من شهر شباط", [("الأسبوع الأول من شهر شباط", "2021-02")]),
    ("تراجعت الاشتباكات في الربع الأول من العام الجاري", [("الربع الأول من العام الجاري", "2021")]),
    ("وقعت الغارات في الأسبوع الأخير من الشهر الماضي", [("الأسبوع الأخير من الشهر الماضي", "2021-03")]),
    # "اليوم" before a definite ordinal is the Nth day, not the publication day
    ("استمر القصف في اليوم الثالث من المعارك", []),
    ("وقعت المواجهة في اليوم الأول من نيسان", [("الأول من نيسان", "2021-04-01")]),
])
def test_an_ordinal_part_is_no_day(text, expected):
    assert tx(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the ordinal alone stays the day, and "اليوم" before a weekday or an indefinite "أول" stays today
    ("اغتيل الضابط في الثاني من آذار", ("الثاني من آذار", "2021-03-02")),
    ("انفجرت سيارة مفخخة اليوم الأحد", ("اليوم الأحد", "2021-04-25")),
    ("هاجم المسلحون القرية اليوم أول أيام العيد", ("اليوم", "2021-04-25")),
])
def test_an_ordinal_day_and_today_are_kept(text, expected):
    assert expected in tx(text)


@pytest.mark.parametrize("text, published, expected", [
    # a weekday or a season with a feminine anchor: the anchor is read (a strict past weekday on the same weekday)
    ("أصدرت الجماعة بيانا الجمعة الماضية", "2021-04-23", ("الجمعة الماضية", "2021-04-16")),
    ("قتل الشرطي صباح الجمعة الفائتة", "2021-04-25", ("صباح الجمعة الفائتة", "2021-04-23TMO")),
    ("تكررت الحرائق خلال الصائفة الماضية", "2021-04-25", ("الصائفة الماضية", "2020-SU")),
    ("ستجري الانتخابات الجمعة المقبلة", "2021-04-25", ("الجمعة المقبلة", "2021-04-30")),
    # the month before last
    ("وقع الهجوم الشهر قبل الماضي", "2021-04-25", ("الشهر قبل الماضي", "2021-02")),
])
def test_feminine_anchors_and_the_month_before_last(text, published, expected):
    assert expected in tx(text, published)


@pytest.mark.parametrize("text, expected", [
    # the agency style: the Western and the Levantine name of one month side by side, with no slash
    ("قتل مسلحون ثمانية جنود في 15 يوليو تموز 2016", [("15 يوليو تموز 2016", "2016-07-15")]),
    ("أغلقت السلطات المعبر يوم 3 مارس آذار", [("3 مارس آذار", "2021-03-03")]),
    ("اندلعت الاشتباكات في أكتوبر تشرين الأول الماضي", [("أكتوبر تشرين الأول الماضي", "2020-10")]),
    ("وكانت الحكومة قد علقت المفاوضات في فبراير شباط", [("فبراير شباط", "2021-02")]),
])
def test_two_names_of_one_month_side_by_side(text, expected):
    assert tx(text) == expected


def test_two_different_months_side_by_side_get_no_month():
    # two different months are no pair: no month value is made of them
    assert all(v is None for _, v in tx("قارن التقرير بين يناير فبراير"))


@pytest.mark.parametrize("text, expected", [
    # a bare month after "في/خلال/منذ": that month (a month well after publication is last year's)
    ("ودمرت المعارك مطار المدينة في أكتوبر", [("أكتوبر", "2020-10")]),
    ("وفي شباط قتل مسلحون راعيين", [("شباط", "2021-02")]),
    ("تراجعت الهجمات خلال جانفي", [("جانفي", "2021-01")]),
])
def test_a_bare_month_after_a_preposition(text, expected):
    assert tx(text) == expected


@pytest.mark.parametrize("text", [
    "جدد النواب الثقة في ماي بعد التصويت",  # a name
    "أطلق مسلحون النار على أكتوبر",  # no preposition of time before it
])
def test_a_bare_month_name_that_is_another_word_or_has_no_preposition(text):
    assert tx(text) == []


@pytest.mark.parametrize("text, expected", [
    # an approximate lapse after "قبل" is still counted back from publication
    ("اعتقلت السلطات الناشط قبل نحو عام", ("قبل نحو عام", "2020")),
    ("انفجرت عبوة في السوق قبل حوالي ثلاثة أيام", ("قبل حوالي ثلاثة أيام", "2021-04-22")),
    ("سيطر المسلحون على البلدة قبل قرابة أسبوعين", ("قبل قرابة أسبوعين", "2021-W14")),
])
def test_an_approximate_lapse_is_counted_back(text, expected):
    assert expected in tx(text)


def test_an_approximate_lapse_before_another_reference_is_not_counted_from_publication():
    # "قبل نحو شهر من موعد المؤتمر": counted from the conference, not from publication
    assert all(v is None or not v.startswith("2021-03") for _, v in tx("تأتي التطورات قبل نحو شهر من موعد المؤتمر"))


@pytest.mark.parametrize("text, expected", [
    # a year of two digits after "عام/سنة", before "و", a preposition or punctuation
    ("قصفت الطائرات المخيم عام 82 وقتلت المئات", [("عام 82", "1982")]),
    ("هُجّر سكان القرية عام 67.", [("عام 67", "1967")]),
    ("اغتيل الصحفي سنة 19 في بيروت", [("سنة 19", "2019")]),
    # a count or a law's number after "سنة", or "العام" as an adjective: no year
    ("صدر القانون عدد 12 لسنة 75 المتعلق بالأسلحة", []),
    ("سجن الرجل لمدة سنة 10 أشهر", [("10 أشهر", None)]),
    ("بلغت نسبة التوظيف في القطاع العام 20 بالمائة", []),
])
def test_a_year_of_two_digits(text, expected):
    assert tx(text) == expected


@pytest.mark.parametrize("text", ["تصاعدت الهجمات خلال شهر رمضان", "تواصل القصف طوال شهر شوال"])
def test_a_hijri_month_after_a_duration_head_is_no_duration(text):
    assert all(kind != "duration" for kind in
               (t.kind for t in find_timexes(NormalizedText.of(text), "2021-04-25")))


def test_a_month_long_duration_stays_a_duration():
    assert ("خلال شهر", None) in tx("تواصل القصف خلال شهر كامل")


@pytest.mark.parametrize("text, expected", [
    # a position before a year: the year, with the position in the span ("العام" before a year is no current year)
    ("انسحبت القوات من المدينة أواخر العام 2013 بعد معارك", [("أواخر العام 2013", "2013")]),
    ("اندلعت الاشتباكات في منتصف عام 2019 ثم توقفت", [("منتصف عام 2019", "2019")]),
    ("ستنتهي الأشغال قبل نهاية 2024 حسب الوزارة", [("نهاية 2024", "2024")]),
    ("بدأت الحملة مطلع سنة 2018.", [("مطلع سنة 2018", "2018")]),
    # the current year's part stays the current year; a Hijri year after a position is no Gregorian one
    ("تراجعت الأسعار منذ بداية العام", [("بداية العام", "2021")]),
    ("سافر الوفد مطلع العام 1440 هـ", [("العام 1440 هـ", None)]),
])
def test_a_position_before_a_year(text, expected):
    assert tx(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a qualifier of the day before it stays in the span; the value is the day's
    ("قصف الطيران الحي في وقت متأخر من ليل الجمعة", [("وقت متأخر من ليل الجمعة", "2021-04-23TNI")]),
    ("داهمت الشرطة المنزل في الساعات الأولى من صباح اليوم", [("الساعات الأولى من صباح اليوم", "2021-04-25TMO")]),
    ("انفجرت عبوة في وقت مبكر من يوم الثلاثاء", [("وقت مبكر من يوم الثلاثاء", "2021-04-20")]),
    # with no day after it, nothing is read
    ("تواصلت المواجهات حتى الساعات الأولى من الصباح", []),
])
def test_a_qualifier_of_a_day_is_in_its_span(text, expected):
    assert tx(text) == expected


def _hx(text, published="2021-04-25"):
    return [(t.text, t.value, t.hijri) for t in find_timexes(NormalizedText.of(text), published)]


@pytest.mark.parametrize("text, published, expected", [
    # a Hijri month with no day keeps its Hijri original; no Gregorian value when it runs over two Gregorian months
    ("تكثفت الغارات في منتصف شهر رمضان 1442 على الأحياء", "2021-06-01", [("منتصف شهر رمضان 1442", None, "1442-09")]),
    ("أغلقت المحلات خلال شهر رمضان الماضي", "2017-07-01", [("خلال شهر رمضان الماضي", None, "1438-09")]),
    ("يبدأ موسم الحج في شهر ذي الحجة المقبل", "2021-04-25", [("شهر ذي الحجة المقبل", None, "1442-12")]),
    # the whole Hijri month inside one Gregorian month: that month is its value
    ("اعتقل الناشط خلال شهر رمضان 1446 هـ", "2025-06-01", [("خلال شهر رمضان 1446 هـ", "2025-03", "1446-09")]),
])
def test_a_hijri_month_with_no_day(text, published, expected):
    assert _hx(text, published) == expected


def test_a_bare_hijri_month_name_is_a_man_s_name():
    assert _hx("صرح رمضان الهادي للصحفيين") == []


@pytest.mark.parametrize("text, expected", [
    # a lapse unit followed by a month or a year names that month or year: no lapse counted from publication
    ("ارتفعت أسعار الخضر قبل شهر رمضان", [("شهر رمضان", None)]),
    ("أجلت الحكومة الزيادة إلى ما بعد شهر مارس", [("شهر مارس", "2021-03")]),
    ("لم تسجل أي عملية قبل سنة 2013 في المنطقة", [("سنة 2013", "2013")]),
    # a lapse alone is still counted back
    ("اختطف الصحفي قبل شهر في العاصمة", [("قبل شهر", "2021-03")]),
])
def test_a_lapse_unit_before_a_named_month_or_year(text, expected):
    assert tx(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "المنقضي/المنقضية" (Tunisian news) is a past anchor like "الماضي": week, month, year, season, weekday
    ("أحبطت الوحدات عملية تهريب خلال الأسبوع المنقضي", [("الأسبوع المنقضي", "2021-W15")]),
    ("أوقف المشتبه به نهاية الأسبوع المنقضي بالعاصمة", [("نهاية الأسبوع المنقضي", "2021-W15")]),
    ("سجلت المنظمة عشر حالات خلال الشهر المنقضي", [("الشهر المنقضي", "2021-03")]),
    ("قتل الحارس في عملية سطو السنة المنقضية", [("السنة المنقضية", "2020")]),
    ("تراجع عدد الزوار مقارنة بالصائفة المنقضية", [("الصائفة المنقضية", "2020-SU")]),
])
def test_the_past_anchor_munqadi(text, expected):
    assert tx(text) == expected


@pytest.mark.parametrize("text, published, expected", [
    # two weekdays with a dual anchor: the anchor places the second, the first is the day(s) before it in that week
    ("قصفت الطائرات القرية يومي الخميس والجمعة الماضيين", "2021-04-23",
     [("الخميس", "2021-04-15"), ("الجمعة الماضيين", "2021-04-16")]),
    ("تنعقد الجلسة الأحد والاثنين القادمين", "2021-04-23", [("الأحد", "2021-04-25"), ("الاثنين القادمين", "2021-04-26")]),
    # a dual anchor after a dual noun is no date ("الأطباء المقيمين والوافدين القادمين")
    ("وصل الأطباء المقيمين والوافدين القادمين من المدن", "2021-04-23", []),
])
def test_two_weekdays_with_a_dual_anchor(text, published, expected):
    assert tx(text, published) == expected


@pytest.mark.parametrize("text, expected", [
    # a bare Hijri month right after a preposition of time is that month (value null: it runs over two months)
    ("تضاعفت أسعار اللحوم خلال رمضان.", [("رمضان", None)]),
    ("أُجّل المؤتمر إلى ما بعد شوال", [("شوال", None)]),
    # a man's name after the preposition is no month
    ("عبر الحزب عن ثقته في رمضان بن سالم", []),
    ("تحدث الوزير في رمضان القيرواني عن الأزمة", []),
])
def test_a_bare_hijri_month_after_a_preposition(text, expected):
    assert tx(text) == expected
