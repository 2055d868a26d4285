import pytest

from pipeline.stages.normalize import NormalizedText
from pipeline.stages.timexes import find_timexes


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
