"""Stage ``timexes``: time expressions with ISO 8601 / TIMEX3 values.

Reads ``doc.normalized`` (matching runs on the normalized view: no
diacritics, folded alef/yaa/teh marbuta, ASCII digits) and ``doc.published``;
writes ``doc.timexes`` with offsets into the original text (spec section 3).

Detection is one regular expression assembled from ``resources/ar/time.yaml``
(month names of the Western/Egyptian, Levantine/Iraqi and Maghrebi families,
Hijri months, weekdays, parts of day, relative words, ordinals, vague and
duration phrases). Resolution is plain date arithmetic against the
publication date; Hijri dates go through hijridate (Umm al-Qura). dateparser
is not used here: given the exact span it resolves too few of these forms
(see the README's time-expression table, ``benchmarks/timexes.py``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


from ..core import registry
from ..document import Document, Timex
from .normalize import NormalizedText, normalize

RESOURCES = Path(__file__).resolve().parent.parent / "resources" / "ar"


def _alt(names) -> str:
    """Regex alternation of normalized names, longest first, spaces flexible, written as a trie.

    ``الاثنين|الاحد|السبت`` becomes ``ال(?:ا(?:ثنين|حد)|سبت)``: the same
    matches, tried in the same order (a longer name before a name that is its
    prefix, by a greedy ``?``), but a position is rejected after a character
    or two instead of after every name; the big pattern is tried at every
    word of every article.
    """
    forms = sorted({normalize(n) for n in names}, key=len, reverse=True)
    if "" in forms:
        return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
    trie: dict = {}
    for f in forms:
        node = trie
        for ch in f:
            node = node.setdefault(ch, {})
        node[""] = {}  # a name ends here
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    ends = "" in node
    parts = [(r"\s+" if ch == " " else re.escape(ch)) + _trie_regex(child) for ch, child in node.items() if ch]
    if not parts:
        return ""
    if len(parts) == 1:
        return f"(?:{parts[0]})?" if ends else parts[0]
    return "(?:" + "|".join(parts) + ")" + ("?" if ends else "")


@dataclass
class TimeData:
    month: dict[str, int]
    hijri_month: dict[str, int]
    weekday: dict[str, int]
    part: dict[str, str]
    relday: dict[str, int]
    last_night: set[str]
    period: dict[str, tuple[str, int]]
    anchor: dict[str, str]
    season: dict[str, str]
    ordinal: dict[str, int]
    numbers: dict[str, int]
    decade: dict[str, int]
    ago_head: dict[str, int]
    ago_unit: dict[str, str]
    ago_vague: frozenset
    hours: dict[str, int]
    minutes: dict[str, int]
    pm_parts: frozenset
    regex: re.Pattern
    clock: re.Pattern
    lead: str  # the lookahead after the word start of ``regex`` (see ``time_data``)
    part_groups: tuple[str, ...]  # the groups of ``regex`` that hold a part of day before a date, in order
    anniversary: re.Pattern  # "مثل هذا اليوم" (``anniversary_day``), read by ``_anniversaries``


def _key(s: str) -> str:
    return re.sub(r"\s+", " ", s.strip())


@lru_cache(maxsize=1)
def time_data() -> TimeData:
    from ..kb import load_yaml  # kb imports the stages package

    y = load_yaml(RESOURCES / "time.yaml")
    month = {normalize(n): int(m) for m, fam in y["months"].items() for names in fam.values() for n in names}
    hijri_month = {normalize(n): int(m) for m, names in y["hijri_months"].items() for n in names}
    weekday = {normalize(n): int(d) for d, names in y["weekdays"].items() for n in names}
    part = {normalize(n): code for code, names in y["parts_of_day"].items() for n in names}
    relday = {normalize(n): int(o) for o, names in y["relative_days"].items() for n in names}
    last_night = {normalize(n) for n in y["last_night"]}
    period = {normalize(n): (unit, int(o)) for unit, offs in y["relative_periods"].items()
              for o, names in offs.items() for n in names}
    anchor = {normalize(n): kind for kind, names in y["anchors"].items() for n in names}
    season = {normalize(n): code for code, names in y["seasons"].items() for n in names}
    ordinal = {normalize(n): int(d) for d, names in y["ordinals"].items() for n in names}
    nums = load_yaml(RESOURCES / "numbers.yaml")
    numbers = {normalize(w): int(n) for n, forms in {**nums["units"], **nums["tens"]}.items() for w in forms}
    ago_head = {normalize(k): int(v) for k, v in y["ago_heads"].items()}
    ago_unit = {normalize(w): unit for unit, ws in y["ago_units"].items() for w in ws}
    hours = {normalize(w): int(h) for h, ws in y["hours"].items() for w in ws}
    minutes = {normalize(w): int(m) for m, ws in y["minutes"].items() for w in ws}
    year_periods = [n for n, (unit, _) in period.items() if unit == "year"]

    MONTH = _alt(month)
    HMONTH = _alt(hijri_month)
    WD = _alt(weekday)
    PART = _alt(part)
    REL = _alt(relday)
    ANCH = _alt(anchor)
    ORD = _alt(ordinal)
    HMARK = _alt(y["hijri_markers"])
    GMARK = _alt(y["gregorian_markers"])
    YW = _alt(y["year_words"])
    MW = _alt(y["month_words"])
    SEASON = _alt(season)
    VAGUE = _alt(y["vague"])
    DUNIT = _alt(y["duration_units"])
    DHEAD = _alt(y["duration_heads"])
    PERIOD = _alt(period)
    YPER = _alt(year_periods)
    POS = _alt(y["positions"])
    NUMW = _alt(numbers)
    AGOH = _alt(ago_head)
    AGOU = _alt(ago_unit)
    HOURW = _alt(hours)
    MINW = _alt(minutes)
    CLOCKH = _alt(y["clock_heads"])
    MIDNIGHT = _alt(y["midnight"])
    SAMEDAY = _alt(y["same_day"])
    NEXTDAY = _alt(y["next_day"])
    PREVDAY = _alt(y["previous_day"])
    decade = {normalize(w): int(d) for d, ws in y["decades"].items() for w in ws}
    DECADE = _alt(decade)
    DDUAL = _alt(y["dual_durations"])
    CUNIT = _alt(y["counted_units"])
    VHEAD = _alt(y["vague_period_heads"])
    VUNIT = _alt(y["vague_period_units"])
    VMOD = _alt(y["vague_period_modifiers"])
    VANCH = _alt(y["vague_period_anchors"])
    LASTN = _alt(last_night)
    BMONTH = _alt([n for n in month if n not in {normalize(w) for w in y["da13_ambiguous_months"]}])
    APPROX = _alt(y["da13_ago_approx"])
    DORD = _alt([o for o in ordinal if o.startswith("ال")])  # the definite ordinals ("الثالث", not "أول")
    B = r"(?:(?<!\w)|(?<=(?<!\w)[وفبل])|(?<=(?<!\w)لل))"  # word start, or after attached proclitics
    Q = r"(?<![^\Wوفبل])"  # what B needs, in one test: the letter before, if any, could be a proclitic
    E = r"(?![\w])"  # word end

    def prefix(tag: str) -> str:
        """Optional part of day, "يوم" and weekday before a date (groups named per pattern)."""
        return rf"(?:(?P<part_{tag}>{PART})\s+(?:من\s+)?)?(?:(?:يوم\s+)?(?P<wd_{tag}>{WD})\s*[،,]?\s+)?"

    DEF = r"(?:ال\s?)?"  # "في الـ17 من آذار", "ال 5 من الشهر الجاري": the article on the day's digits (tatweel is gone)
    day = rf"(?:{DEF}(?P<day>\d{{1,2}})|(?P<ord>{ORD}))(?:\s+من)?\s+"

    def gmonth(tag: str) -> str:
        return (rf"(?:(?:{MW})\s+)?(?P<m1_{tag}>{MONTH})"
                rf"(?:\s*/\s*(?P<m2_{tag}>{MONTH})|\s*\(\s*(?P<m3_{tag}>{MONTH})\s*\)|\s+(?P<m4_{tag}>{MONTH}))?")

    def gyear(tag: str) -> str:
        return (rf"\s*[،,]?\s*(?:(?:{YW}|من)\s+)?(?:\(\s*(?P<year_{tag}p>\d{{4}})\s*\)|(?P<year_{tag}>\d{{4}}))"
                rf"(?:\s*(?:{GMARK}){E})?")

    patterns = [
        # numeric dates: 2021-04-18, 18/4/2021, 2020/09/07, optional Hijri marker
        rf"(?P<num>{prefix('n')}(?:(?P<ny>\d{{4}})[-/.](?P<nm>\d{{1,2}})[-/.](?P<nd>\d{{1,2}})"
        rf"|(?P<nd2>\d{{1,2}})\s?[-/.]\s?(?P<nm2>\d{{1,2}})\s?[-/.]\s?(?:\(\s)?(?P<ny2>\d{{4}})"
        rf"|(?P<nd3>\d{{1,2}})[-/](?P<nmn>{MONTH})[-/](?P<ny3>\d{{4}}))(?:\s*(?P<nh>{HMARK}){E}|\s*(?:{GMARK}){E})?)(?!\d)",
        # "يوم 25/10": day/month with the publication year
        rf"(?P<dm>يوم\s+(?P<dmd>\d{{1,2}})/(?P<dmm>\d{{1,2}}))(?![/\d])",
        # Hijri: 15 رمضان 1442هـ
        rf"(?P<hij>{prefix('h')}(?:{DEF}(?P<hday>\d{{1,2}})|(?P<hord>{ORD}))(?:\s+من)?\s+(?:شهر\s+)?(?P<hm>{HMONTH})"
        rf"(?:\s*[،,]?\s*(?P<hy>\d{{4}})(?:\s*(?:{HMARK}){E})?)?)",
        # a Hijri month with no day: "خلال شهر رمضان 1442", "منتصف شهر شوال", "رمضان الماضي" (a bare name only with a
        # year or an anchor after it: "رمضان" is a man's name too)
        rf"(?P<hmo>(?:(?:(?:{POS})\s+(?:شهر\s+)?|شهر\s+)(?P<hmm>{HMONTH})"
        rf"(?:\s+(?:(?P<hmy>1[34]\d\d)(?:\s*(?:{HMARK}){E})?|(?P<hmanch>{ANCH})))?"
        rf"|(?P<hmm2>{HMONTH})\s+(?:(?P<hmy2>1[34]\d\d)(?:\s*(?:{HMARK}){E})?|(?P<hmanch2>{ANCH}))"
        # a bare Hijri month right after a preposition of time ("ارتفعت الأسعار خلال رمضان", "قبل رمضان")
        + "|(?:" + "|".join(rf"(?<=(?<!\w){w}\s)"
                            for w in ("في", "وفي", "خلال", "قبل", "بعد", "منذ", "حتي", "طيله", "طوال"))
        + rf")(?P<hmm3>{HMONTH})(?!\s+(?:بن|عبد|ال\w+ي){E})))",
        # day + "من الشهر الجاري/الماضي"
        rf"(?P<dom>{prefix('d')}(?:{DEF}(?P<dday>\d{{1,2}})|(?P<dord>{ORD}))\s+من\s+(?P<dper>{PERIOD}))",
        # Gregorian: [part] [weekday] day month[/month] [year] [anchor]
        rf"(?P<greg>{prefix('g')}{day}{gmonth('g')}(?:{gyear('g')})?(?:\s+(?P<anchor>{ANCH})|\s+(?:من\s+)?(?P<yper>{YPER}))?)",
        # [position] month[/month] year, or month anchor, or month "[من] العام الماضي" ("في أكتوبر السنة الماضية")
        rf"(?P<my>(?:(?P<posm>{POS})\s+)?{gmonth('m')}(?:{gyear('m')}|\s+(?P<anchor2>{ANCH})|\s+(?:من\s+)?(?P<yper2>{YPER})))",
        rf"(?P<pm>(?:(?P<posm2>{POS})|{MW})\s+{gmonth('p')})",
        # two names of one month side by side, as news agencies write them ("في يونيو حزيران"): a month, even bare
        rf"(?P<pair>(?P<pa>{MONTH})\s+(?P<pb>{MONTH}))",
        # a bare month after "في/خلال/منذ/حتى" ("ودمر القتال الفندق في أكتوبر"): that month, in the year _month_year
        # gives it; not the month names that are other words too (time.yaml ``da13_ambiguous_months``: "ماي", "آب")
        "(?:" + "|".join(rf"(?<=(?<!\w){w}\s)" for w in ("في", "وفي", "خلال", "منذ", "حتي")) + ")"
        + rf"(?P<bmo>{BMONTH})(?!\s*(?:\d|/|\())",
        rf"(?P<mid>{MIDNIGHT})",
        # back-references, with a part of day: "مساء اليوم نفسه"
        rf"(?P<same>(?:(?P<part_s>{PART})\s+)?(?:{SAMEDAY}))",
        rf"(?P<nxt>{NEXTDAY})",
        rf"(?P<prv>{PREVDAY})",
        # position in the current month or year: "مطلع الشهر", "نهاية العام", "أواخر العام الماضي"
        # ("منتصف عام 2020", "أواخر العام 2014", "بداية 2018": the year, with its position in the span; "نهاية العام"
        # before a year is that year, not the current one)
        rf"(?P<pos>(?P<posw>{POS})\s+(?:(?:(?:{YW})\s+(?:\(\s*)?(?P<posy>\d{{4}})(?:\s*\))?|(?P<posy2>(?:19|20)\d\d))"
        rf"(?![\d/])(?!\s*(?:{HMARK}){E})(?:\s*(?:{GMARK}){E})?"
        rf"|(?P<posp>{PERIOD})|(?P<posu>الشهر|العام|السنه)(?!\s+\(?\s*\d)))",
        # "قبل يومين", "قبل ثلاثة أسابيع"
        # ("قبل نحو أسبوعين", "قبل حوالي ثلاثة أيام": an approximate lapse is still counted back)
        # (not "قبل شهر رمضان", "بعد شهر جانفي", "قبل سنة 2011": the month or year named, no lapse)
        rf"(?P<ago>(?P<agoh>{AGOH})\s+(?:(?:{APPROX})\s+)?(?:(?P<agon>\d+|{NUMW})\s+)?(?P<agou>{AGOU}))(?!\s+(?:من|علي)\s)"
        rf"(?!\s+(?:\(\s*)?\d{{4}}(?!\d)|\s+(?:{MONTH}|{HMONTH}){E})",
        # season + year
        rf"(?P<sea>(?P<season>{SEASON})\s+(?:(?:(?:{YW})\s+)?(?P<sy>\d{{4}})|(?P<syper>{YPER})|(?P<sanch>{ANCH})))",
        # last night
        rf"(?P<lastn>{LASTN})",
        # relative day: [part] أمس [weekday] [(date)]
        # ("اليوم الثالث من المعارك", "في اليوم الأول من نيسان": the Nth day, never the publication day)
        rf"(?P<rel>{prefix('r')}(?P<relw>{REL})(?!\s+(?:{DORD}){E})(?:\s*[،,]?\s+(?P<wd2>{WD}))?)",
        # relative periods: الأسبوع الماضي
        rf"(?P<per>{PERIOD})",
        # weekday: [part] [يوم] weekday [الماضي|المقبل]
        # "ليلة السبت-الأحد", "ليل السبت الأحد", "ليلة السبت إلى الأحد", "ليلة السبت على الأحد": the first day
        rf"(?P<wdx>(?:(?P<wpart>{PART})\s+(?:من\s+)?)?(?:يوم\s+)?(?P<wd3>{WD})"
        rf"(?:\s*[-/]\s*(?:{WD})|\s+(?:(?:الي|علي)\s+)?(?:{WD}))?(?:\s+(?P<wanch>{ANCH}))?)",
        # year: عام 2014
        rf"(?P<yr>(?:{YW})\s+(?:\(\s*(?P<yyp>\d{{4}})\s*\)|(?P<yy>\d{{4}}))(?:\s*(?P<ymark>{HMARK}|{GMARK}){E})?)",
        rf"(?P<hyr>(?P<hyy>\d{{4}})\s*(?:{HMARK}){E})",
        # a year of two digits after "عام/سنة" ("عام 88 واغتالت", "أراضي عام 48."): only before punctuation, "و" or a
        # preposition, so that a count ("سنة 16 ملتصقتين") or a law's number ("لسنة 92 المتعلق") is not read
        rf"(?P<yr2>(?:{_alt(y['da13_short_year_words'])})\s+(?P<yy2>\d\d))"
        r"(?=\s*(?:[.,،؛;:)]|$|\n)|\s+و|\s+(?:في|علي|الي|حين|عندما|ضد)\s)",
        # a bare year after في/منذ/حتى: "في 2019"
        "(?:" + "|".join(rf"(?<={w}\s)" for w in ("في", "منذ", "حتي", "خلال", "مطلع", "بدايه", "نهايه", "اواخر", "اوائل"))
        + rf")(?P<byr>(?:19|20)\d\d)(?![\d/.,:-])",
        # a bare year in brackets or before punctuation, the end, or a calendar marker: "( 1948 )", "1969 ."
        rf"(?P<pyr>(?:\(\s*)?(?P<pyy>(?:18|19|20)\d\d)(?:\s*\))?(?:\s*(?P<pymark>{HMARK}|{GMARK}){E})?)"
        rf"(?=\s*(?:[).,،:؛;!؟\-]|$|\n))",
        rf"(?P<dec>{DECADE})",
        rf"(?P<cdur>(?:{DDUAL})|(?:\d+|{NUMW})\s+(?:{CUNIT}))(?!\s+(?:\d|{MONTH}))",
        # vague and durations
        rf"(?P<vague>{VAGUE}|(?:(?:{VHEAD})\s+)?(?:{VUNIT})(?:\s+(?:{VMOD}))?\s+(?:{VANCH}))",
        # (not "خلال شهر رمضان", "طوال شهر أيار": the month named, no duration)
        rf"(?P<dur>(?:{DHEAD})\s+(?:(?:\d+|\w+)\s+)?(?:{DUNIT}))(?!\s+(?:\d|{MONTH}|{HMONTH}))",
    ]
    # Every pattern starts with a digit, "(", "يوم" or a word of one of these tables (a new
    # pattern that starts otherwise adds its table here). The lookahead, one trie of them all,
    # turns most words away within a letter or two, before the patterns are tried one by one;
    # Q before it turns away most places inside words, before B's three lookbehinds.
    LEAD = _alt(["يوم", *part, *weekday, *hijri_month, *ordinal, *month, *y["month_words"], *y["positions"],
                 *y["midnight"],
                 *y["same_day"], *y["next_day"], *y["previous_day"], *ago_head, *season, *last_night, *relday,
                 *period, *y["year_words"], *decade, *y["dual_durations"], *numbers, *y["vague"],
                 *y["vague_period_heads"], *y["vague_period_units"], *y["duration_heads"]])
    lead = rf"(?=\d|\(|ال\s?\d|{LEAD})"
    regex = re.compile(Q + lead + B + "(?:" + "|".join(patterns) + ")" + E)
    clock_lead = rf"(?={_alt([*y['clock_heads'], *hours])})"  # the same for clock times: a head or an hour word
    clock = re.compile(
        Q + clock_lead + B
        + rf"(?:(?:{CLOCKH})\s+(?:(?P<hh>\d{{1,2}})(?::(?P<mm>\d{{2}}))?|(?P<hw>{HOURW}))(?:\s+(?P<mw>{MINW}))?"
        rf"(?:\s+(?:(?:من|في)\s+)?(?P<cpart>{PART}))?"
        rf"|(?P<hw2>{HOURW})(?:\s+(?P<mw2>{MINW}))?\s+من\s+(?P<cpart2>{PART}))" + E)
    ago_vague = frozenset(normalize(w) for w in y["ago_vague_units"])
    anniversary = re.compile(r"(?<!\w)(?:" + _alt(y["anniversary_day"]) + r")(?!\w)")
    return TimeData(month, hijri_month, weekday, part, relday, last_night, period, anchor, season, ordinal,
                    numbers, decade, ago_head, ago_unit, ago_vague, hours, minutes, frozenset(y["pm_parts"]), regex, clock,
                    lead, tuple(k for k in regex.groupindex if k.startswith("part_")), anniversary)


# -- resolution ------------------------------------------------------------------


def _month_year(month: int, anchor: str | None, pub: dt.date | None) -> str:
    """Year of ``month`` given an anchor (current/past/next or none) and the publication date."""
    if pub is None:
        return "XXXX"
    if anchor == "past":
        return str(pub.year if month < pub.month else pub.year - 1)
    if anchor == "next":
        return str(pub.year if month > pub.month else pub.year + 1)
    if month > pub.month + 2:
        # a month well after publication, with no year: news tells what happened, so last year's ("هجمات 13
        # نوفمبر" in March, "قتل في 23 ديسمبر" in February); a near month may be an upcoming date
        return str(pub.year - 1)
    return str(pub.year)


SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def _date(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _weekday_before(pub: dt.date, wd: int, strict: bool = False) -> dt.date:
    delta = (pub.weekday() - wd) % 7
    if strict and delta == 0:
        delta = 7
    return pub - dt.timedelta(days=delta)


def _hijri(y: int | None, m: int, d: int, pub: dt.date | None) -> tuple[str | None, str | None, str | None]:
    """(gregorian value, hijri original, error) for a Hijri date."""
    from hijridate import Gregorian, Hijri

    if y is None:
        if pub is None:
            return None, f"XXXX-{m:02d}-{d:02d}", "Hijri year unknown and no publication date"
        y = Gregorian(pub.year, pub.month, pub.day).to_hijri().year
    try:
        g = Hijri(y, m, d).to_gregorian()
    except (ValueError, OverflowError) as exc:
        return None, f"{y:04d}-{m:02d}-{d:02d}", f"Hijri date out of range: {exc}"
    return g.isoformat(), f"{y:04d}-{m:02d}-{d:02d}", None


def _da14_hijri_month(g: dict[str, str | None], data: TimeData,
                      pub: dt.date | None) -> tuple[str | None, str | None, str | None, str | None]:
    """A Hijri month with no day ("تشتد الحرارة خلال شهر رمضان 1445", "قتل في منتصف شهر شوال", "منذ رمضان الماضي"):
    its Hijri original is kept (``hijri`` "1445-09"); its Gregorian value is a month only when the whole Hijri month
    falls in one Gregorian month (rare: a Hijri month of 29 or 30 days almost always runs over two), else null (spec
    section 3). The Hijri year is the written one, else the one the anchor gives against publication ("الماضي": the
    last one before the current Hijri month, "المقبل": the next one, none or "الجاري": the publication's)."""
    from hijridate import Gregorian, Hijri

    m = data.hijri_month[_key(g["hmm"] or g["hmm2"] or g["hmm3"])]
    year = g["hmy"] or g["hmy2"]
    if year:
        y = int(year)
    elif pub is None:
        return None, "date", f"XXXX-{m:02d}", None
    else:
        now = Gregorian(pub.year, pub.month, pub.day).to_hijri()
        anchor = data.anchor.get(_key(g["hmanch"] or g["hmanch2"] or ""))
        y = now.year
        if anchor == "past" and m >= now.month:
            y -= 1
        elif anchor == "next" and m <= now.month:
            y += 1
    try:
        first = Hijri(y, m, 1)
        start, end = first.to_gregorian(), Hijri(y, m, first.month_length()).to_gregorian()
    except (ValueError, OverflowError) as exc:
        return None, "date", f"{y:04d}-{m:02d}", f"Hijri date out of range: {exc}"
    value = f"{start.year:04d}-{start.month:02d}" if (start.year, start.month) == (end.year, end.month) else None
    return value, "date", f"{y:04d}-{m:02d}", None


def resolve(g: dict[str, str | None], data: TimeData,
            pub: dt.date | None) -> tuple[str | None, str | None, str | None, str | None]:
    """(value, kind, hijri, error) of one match, given its ``groupdict()``."""
    part_text = next((g[k] for k in data.part_groups if g[k]), None)
    part = data.part.get(_key(part_text)) if part_text else None
    suffix = f"T{part[1:]}" if part else ""

    def with_part(value: str | None) -> str | None:
        return value + suffix if value and suffix else value

    if g["num"]:
        if g["ny"]:
            y, mo, d = int(g["ny"]), int(g["nm"]), int(g["nd"])
        elif g["ny3"]:
            y, mo, d = int(g["ny3"]), data.month[_key(g["nmn"])], int(g["nd3"])
        else:
            y, mo, d = int(g["ny2"]), int(g["nm2"]), int(g["nd2"])
        if g["nh"] or y < 1600:
            v, h, err = _hijri(y, mo, d, pub)
            return with_part(v), "date", h, err
        return with_part(_date(y, mo, d)), "date", None, None
    if g["hij"]:
        d = int(g["hday"]) if g["hday"] else data.ordinal[_key(g["hord"])]
        v, h, err = _hijri(int(g["hy"]) if g["hy"] else None, data.hijri_month[_key(g["hm"])], d, pub)
        return with_part(v), "date", h, err
    if g["hmo"]:
        return _da14_hijri_month(g, data, pub)
    if g["dom"]:
        unit, off = data.period[_key(g["dper"])]
        dd = int(g["dday"]) if g["dday"] else data.ordinal[_key(g["dord"])]  # "الثالث من الشهر الجاري"
        if pub is None:
            return with_part(f"XXXX-XX-{dd:02d}"), "date", None, None
        y, mo = pub.year, pub.month + off
        y, mo = y + (mo - 1) // 12, (mo - 1) % 12 + 1
        return with_part(_date(y, mo, dd)), "date", None, None
    if g["dm"]:
        y = str(pub.year) if pub else "XXXX"
        if pub is None:
            return f"XXXX-{int(g['dmm']):02d}-{int(g['dmd']):02d}", "date", None, None
        return _date(pub.year, int(g["dmm"]), int(g["dmd"])), "date", None, None
    if g["greg"]:
        mo = data.month[_key(g["m1_g"])]
        d = int(g["day"]) if g["day"] else data.ordinal[_key(g["ord"])]
        year = g["year_g"] or g["year_gp"]
        if year:
            return with_part(_date(int(year), mo, d)), "date", None, None
        if g["yper"]:
            if pub is None:
                return with_part(f"XXXX-{mo:02d}-{d:02d}"), "date", None, None
            return with_part(_date(pub.year + data.period[_key(g["yper"])][1], mo, d)), "date", None, None
        anchor = data.anchor.get(_key(g["anchor"])) if g["anchor"] else None
        y = _month_year(mo, anchor, pub)
        if y == "XXXX":
            return with_part(f"XXXX-{mo:02d}-{d:02d}"), "date", None, None
        return with_part(_date(int(y), mo, d)), "date", None, None
    if g["my"]:
        mo = data.month[_key(g["m1_m"])]
        year = g["year_m"] or g["year_mp"]
        if year:
            return f"{int(year):04d}-{mo:02d}", "date", None, None
        if g["yper2"]:
            y = str(pub.year + data.period[_key(g["yper2"])][1]) if pub else "XXXX"
            return f"{y}-{mo:02d}", "date", None, None
        anchor = data.anchor.get(_key(g["anchor2"])) if g["anchor2"] else None
        return f"{_month_year(mo, anchor, pub)}-{mo:02d}", "date", None, None
    if g["pm"]:
        mo = data.month[_key(g["m1_p"])]
        return f"{_month_year(mo, None, pub)}-{mo:02d}", "date", None, None
    if g["bmo"]:
        mo = data.month[_key(g["bmo"])]
        return f"{_month_year(mo, None, pub)}-{mo:02d}", "date", None, None
    if g["pair"]:
        mo = data.month[_key(g["pa"])]
        if data.month[_key(g["pb"])] != mo:
            return None, "date", None, None
        return f"{_month_year(mo, None, pub)}-{mo:02d}", "date", None, None
    if g["same"] or g["nxt"] or g["prv"]:
        # resolved in find_timexes from the date before it; a part of day ("مساء اليوم نفسه") waits as "TEV"
        return (suffix or None), "date", None, None
    if g["mid"]:
        return (pub.isoformat() if pub else "XXXX-XX-XX") + "T24:00", "date", None, None
    if g["pos"]:
        if g["posy"] or g["posy2"]:
            return g["posy"] or g["posy2"], "date", None, None
        if pub is None:
            return None, "date", None, None
        if g["posp"]:
            unit, off = data.period[_key(g["posp"])]
        else:
            unit, off = ("month" if normalize(g["posu"]) == "الشهر" else "year"), 0
        if unit == "month":
            y, mo = pub.year, pub.month + off
            y, mo = y + (mo - 1) // 12, (mo - 1) % 12 + 1
            return f"{y:04d}-{mo:02d}", "date", None, None
        if unit == "year":
            return str(pub.year + off), "date", None, None
        # "نهاية الأسبوع الماضي", "مطلع الأسبوع الجاري": a part of a week is dated by its week, as "الأسبوع الماضي" is
        y, w, _ = (pub + dt.timedelta(weeks=off)).isocalendar()
        return f"{y}-W{w:02d}", "date", None, None
    if g["ago"]:
        unit_word = _key(g["agou"])
        if not g["agon"] and unit_word in data.ago_vague:
            return None, "vague", None, None  # "قبل أيام", "قبل أسابيع": a few, not one
        if pub is None:
            return None, "date", None, None
        sign = data.ago_head[_key(g["agoh"])]
        unit = data.ago_unit[unit_word]
        if g["agon"]:
            n = int(g["agon"]) if g["agon"].isdigit() else data.numbers.get(_key(g["agon"]), 1)
        else:
            n = 2 if unit_word.endswith(("ين", "تين")) else 1
        if unit == "day":
            return (pub + dt.timedelta(days=sign * n)).isoformat(), "date", None, None
        if unit == "week":
            y, w, _ = (pub + dt.timedelta(weeks=sign * n)).isocalendar()
            return f"{y}-W{w:02d}", "date", None, None
        if unit == "month":
            y, mo = pub.year, pub.month + sign * n
            y, mo = y + (mo - 1) // 12, (mo - 1) % 12 + 1
            return f"{y:04d}-{mo:02d}", "date", None, None
        return str(pub.year + sign * n), "date", None, None
    if g["sea"]:
        code = data.season[_key(g["season"])]
        if g["sy"]:
            return f"{g['sy']}-{code}", "date", None, None
        if pub is None:
            return f"XXXX-{code}", "date", None, None
        if g["syper"]:
            return f"{pub.year + data.period[_key(g['syper'])][1]}-{code}", "date", None, None
        first, last = SEASON_MONTHS[code]
        anchor = data.anchor.get(_key(g["sanch"]))
        if anchor == "past":
            return f"{pub.year if last < pub.month else pub.year - 1}-{code}", "date", None, None
        if anchor == "next":
            return f"{pub.year if first > pub.month else pub.year + 1}-{code}", "date", None, None
        return f"{pub.year}-{code}", "date", None, None
    if g["lastn"]:
        if pub is None:
            return "XXXX-XX-XXTNI", "date", None, None
        return (pub - dt.timedelta(days=1)).isoformat() + "TNI", "date", None, None
    if g["rel"]:
        off = data.relday[_key(g["relw"])]
        if pub is None:
            return with_part("XXXX-XX-XX"), "date", None, None
        return with_part((pub + dt.timedelta(days=off)).isoformat()), "date", None, None
    if g["per"]:
        unit, off = data.period[_key(g["per"])]
        if pub is None:
            return None, "date", None, None
        if unit == "week":
            y, w, _ = (pub + dt.timedelta(weeks=off)).isocalendar()
            return f"{y}-W{w:02d}", "date", None, None
        if unit == "month":
            y, mo = pub.year, pub.month + off
            y, mo = y + (mo - 1) // 12, (mo - 1) % 12 + 1
            return f"{y:04d}-{mo:02d}", "date", None, None
        return str(pub.year + off), "date", None, None
    if g["wdx"]:
        wpart = data.part.get(_key(g["wpart"])) if g["wpart"] else None
        wd = data.weekday[_key(g["wd3"])]
        anchor = data.anchor.get(_key(g["wanch"])) if g["wanch"] else None
        if pub is None:
            return None, "date", None, None
        if anchor == "next":
            delta = (wd - pub.weekday()) % 7 or 7
            day = pub + dt.timedelta(days=delta)
        else:
            day = _weekday_before(pub, wd, strict=anchor == "past")
        return day.isoformat() + (f"T{wpart[1:]}" if wpart else ""), "date", None, None
    if g["yr"]:
        y = int(g["yy"] or g["yyp"])
        if g["ymark"] and normalize(g["ymark"]) in {normalize(x) for x in ("هـ", "ه", "هجري", "هجرية", "للهجرة")}:
            return None, "date", f"{y:04d}", None
        return f"{y:04d}", "date", None, None
    if g["yr2"]:
        yy = int(g["yy2"])
        # the century: this one when the year is not after publication, else the last
        return str((2000 if pub is not None and yy <= pub.year % 100 else 1900) + yy), "date", None, None
    if g["hyr"]:
        return None, "date", g["hyy"], None
    if g["byr"]:
        return g["byr"], "date", None, None
    if g["pyr"]:
        if g["pymark"] and normalize(g["pymark"]) in {normalize(x) for x in ("هـ", "ه", "هجري", "هجرية", "للهجرة")}:
            return None, "date", g["pyy"], None
        return g["pyy"], "date", None, None
    if g["dec"]:
        return f"19{data.decade[_key(g['dec'])]}", "date", None, None
    if g["cdur"]:
        return None, "duration", None, None
    if g["vague"]:
        return None, "vague", None, None
    if g["dur"]:
        return None, "duration", None, None
    return None, None, None, None


_RANGE_BEFORE = re.compile(r"(?<![\w])(\d{1,2})\s*(?:و|-|–|الي|حتي)\s*$")


def _shift(day: str | None, days: int) -> str | None:
    """``day`` (YYYY-MM-DD) moved by ``days``; None without a day to start from."""
    if day is None or not re.match(r"^\d{4}-\d{2}-\d{2}$", day):
        return None
    return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()


def _clock(m: re.Match, data: TimeData) -> str:
    """``THH:MM`` of a clock match (parts of day after noon add 12 hours)."""
    hour = int(m.group("hh")) if m.group("hh") else data.hours[_key(m.group("hw") or m.group("hw2"))]
    minute = int(m.group("mm")) if m.group("mm") else 0
    mw = m.group("mw") or m.group("mw2")
    if mw:
        delta = data.minutes[_key(mw)]
        if delta < 0:
            hour, minute = hour - 1, 60 + delta
        else:
            minute = delta
    cpart = m.group("cpart") or m.group("cpart2")
    part = data.part.get(_key(cpart)) if cpart else None
    return f"T{hour:02d}:{minute:02d}", part


def _with_clock(value: str | None, clock: str, part: str | None, data: TimeData) -> str | None:
    """Attach a clock time to a date value (its own part of day decides am/pm when the clock has none)."""
    if value is None or not re.match(r"^[\dX]{4}-[\dX]{2}-[\dX]{2}", value):
        return value
    date, _, own = value[:10], None, value[10:]
    hour, minute = int(clock[1:3]), clock[4:6]
    part = part or (own[1:] and "T" + own[1:])
    if part in data.pm_parts and hour < 12:
        hour += 12
    return f"{date}T{hour:02d}:{minute}"


# the top-level pattern names of ``TimeData.regex``, in order
_TOP = ("num", "dm", "hij", "hmo", "dom", "greg", "my", "pm", "pair", "bmo", "mid", "same", "nxt", "prv", "pos", "ago", "sea", "lastn", "rel", "per", "wdx", "yr", "yr2", "hyr",
        "byr", "pyr", "dec", "cdur", "vague", "dur")
_GAP = re.compile(r"^\s*(?:من|في|،|,)?\s*$")


def find_timexes(normalized: NormalizedText, published: str | None) -> list[Timex]:
    """Every time expression of the text, resolved against ``published`` (``YYYY-MM-DD`` or None)."""
    data = time_data()
    pub = dt.date.fromisoformat(published) if published else None
    text, norm = normalized.text, normalized.norm
    found: list[list] = []  # [norm start, norm end, value, kind, hijri, error, pattern]
    for m in data.regex.finditer(norm):
        g = m.groupdict()
        value, kind, hijri, error = resolve(g, data, pub)
        # a range "29 و30 أفريل": the first day is an expression of its own
        if (g.get("greg") and g.get("day")) and value:
            r = _RANGE_BEFORE.search(norm, max(0, m.start() - 12), m.start())
            if r and value[:4].replace("X", "0").isdigit():
                first = value[:8] + f"{int(r.group(1)):02d}" + value[10:]
                if "X" in first or _date(int(first[:4]), int(first[5:7]), int(first[8:10])):
                    found.append([r.start(1), r.end(1), first, kind, None, None, "greg"])
        pattern = next(k for k in _TOP if g.get(k))
        found.append([m.start(), m.end(), value, kind, hijri, error, pattern])
    found = _da7_misspelled_months(norm, found, data)
    found = _anniversaries(norm, found, pub, data)
    found = _da8_anaphora(norm, found, data)
    found.sort(key=lambda x: x[0])
    # "اليوم الأربعاء (2 آذار 2016)": the bracketed date belongs to the expression before it
    merged: list[list] = []
    for item in found:
        if merged:
            prev = merged[-1]
            between = norm[prev[1]:item[0]]
            if between.strip() == "(" and norm[item[1]:item[1] + 2].lstrip().startswith(")") \
                    and prev[6] in ("rel", "wdx", "per", "lastn"):
                close = norm.index(")", item[1])
                if item[2] and (prev[2] is None or len(item[2]) >= len(prev[2] or "")):
                    prev[2], prev[3] = item[2], item[3]
                prev[1] = close + 1
                continue
        merged.append(item)
    # clock times: merged with the date right after (or before) them, else on the publication date
    for m in data.clock.finditer(norm):
        clock, part = _clock(m, data)
        inside = [x for x in merged if x[0] < m.end() and m.start() < x[1]]
        after = next((x for x in merged if x[0] >= m.end() and _GAP.match(norm[m.end():x[0]])), None)
        before = next((x for x in merged if x[1] <= m.start() and _GAP.match(norm[x[1]:m.start()])), None)
        host = inside[0] if inside else (after or before)
        for x in inside[1:]:
            merged.remove(x)
        if host is not None:
            host[2] = _with_clock(host[2], clock, part, data)
            host[0], host[1] = min(host[0], m.start()), max(host[1], m.end())
        else:
            base = pub.isoformat() if pub else "XXXX-XX-XX"
            merged.append([m.start(), m.end(), _with_clock(base, clock, part, data), "time", None, None, "clock"])
    merged.sort(key=lambda x: x[0])
    merged = _da8_weekday_dates(norm, merged)
    merged = _da9_night_range(norm, merged, data)
    merged = _da14_weekday_pair(norm, merged, data)
    merged = _da14_qualified_days(norm, merged)
    last_day = last_dated = None  # the day, and the date with a year, written last
    back = {"same": 0, "nxt": 1, "prv": -1}  # "اليوم نفسه", "في اليوم التالي", "في اليوم السابق"
    for item in merged:
        if item[6] in back:
            day = _shift(last_day, back[item[6]])
            item[2] = day + (item[2] or "") if day else None  # with its part of day, if any
            if item[2]:
                last_day = item[2]
        elif item[6].startswith("da8_"):  # "من العام نفسه", "بعد يومين من ذلك"
            item[2] = _da8_resolve(item, last_day, last_dated)
        else:
            item[2] = _da8_narrative_year(item, norm, last_dated, pub, data)  # "فجر 18 أوت" after "16 أوت 2017"
        if item[2] and re.match(r"^\d{4}-\d{2}-\d{2}", item[2]):
            last_day = item[2][:10]
        if item[2] and re.match(r"^\d{4}", item[2]):
            last_dated = item[2]
    out: list[Timex] = []
    for ns, ne, value, kind, hijri, error, _ in merged:
        s, e = normalized.span_to_original(ns, ne)
        out.append(Timex(s, e, text[s:e], value, kind, hijri, error))
    return out


@registry.stage("timexes", requires=("normalized",), provides=("timexes",))
def make_timexes(config: dict):
    """Factory for the ``timexes`` stage (no options)."""
    time_data()

    def timexes_stage(doc: Document) -> Document:
        doc.timexes = find_timexes(doc.normalized, doc.published)
        return doc

    return timexes_stage


_DA7_DAY_WORD_YEAR = re.compile(r"(?<![\w/.-])([0-9]{1,2})\s+([^\W\d_]{5,9})\s+((?:19|20)[0-9]{2})(?![\w/.-])")


def _da7_one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one letter replaced, added, dropped or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or len(diff) == 2 and diff[1] == diff[0] + 1 \
            and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _da7_misspelled_months(norm: str, found: list[list], data: TimeData) -> list[list]:
    """Dates whose month name is misspelled by one letter between a day and a year ("15 ديمسبر 2016", "3 فيفيري 2015",
    "8 ديسمير 2016"), which real news text often has: the day, a word one edit from exactly one month name of five
    letters or more, and a four-digit year read as that full date (not only its year). The day and the year around the
    word make the reading safe; a word near two month names ("يوتيو": يونيو, يوليو) stays unread."""
    names = [(n, m) for n, m in data.month.items() if len(n) >= 5 and " " not in n]
    out = found
    for x in _DA7_DAY_WORD_YEAR.finditer(norm):
        word = x.group(2)
        if word in data.month:
            continue
        months = {m for n, m in names if _da7_one_edit(word, n)}
        if len(months) != 1:
            continue
        value = _date(int(x.group(3)), months.pop(), int(x.group(1)))
        if value is None or any(f[0] < x.end() and x.start() < f[1] and f[6] != "greg" for f in out
                                if not (x.start(3) <= f[0] and f[1] <= x.end(3))):
            continue  # an impossible day, or a longer expression already covers it
        out = [f for f in out if not (x.start() <= f[0] and f[1] <= x.end())]
        out.append([x.start(), x.end(), value, "date", None, None, "greg"])
    return out


_YEAR_VALUE = re.compile(r"^(\d{4})$")
_ANNIVERSARY_GAP = re.compile(r"^\s*(?:من|في|،|,)?\s*(?:(?:عام|سنه|السنه|العام)\s+)?$")


def _anniversaries(norm: str, found: list[list], pub: dt.date | None, data: TimeData) -> list[list]:
    """"في مثل هذا اليوم من العام الماضي" is the publication day one year back, not today: the "هذا اليوم" read as
    the publication day is joined with the year expression right after it ("من العام الماضي", "قبل خمس سنوات",
    "من سنة 2014") into one date with the publication's month and day; with no year after it the expression is the
    same day and month of an unknown year (XXXX-MM-DD, spec section 3). An explicit full date right after it
    ("في مثل هذا اليوم 27 جانفي من سنة 2014") is the date: the anniversary words are then no expression of their own.
    "مثل هذا الشهر" likewise keeps the month."""
    out = found
    for m in data.anniversary.finditer(norm):
        month_only = m.group(0).endswith("الشهر")
        inside = [f for f in out if f[0] < m.end() and m.start() < f[1]]
        nxt = min((f for f in out if f[0] >= m.end() and _ANNIVERSARY_GAP.match(norm[m.end():f[0]])),
                  key=lambda f: f[0], default=None)
        out = [f for f in out if f not in inside]
        if nxt is not None and nxt[2] and re.match(r"^\d{4}-\d{2}-\d{2}", nxt[2]):
            continue  # an explicit date follows: it is the expression
        year = _YEAR_VALUE.match(nxt[2] or "") if nxt is not None else None
        md = (f"{pub.month:02d}" if month_only else f"{pub.month:02d}-{pub.day:02d}") if pub else \
            ("XX" if month_only else "XX-XX")
        if year:
            out = [f for f in out if f is not nxt]
            out.append([m.start(), nxt[1], f"{year.group(1)}-{md}", "date", None, None, "num"])
        else:
            out.append([m.start(), m.end(), f"XXXX-{md}", "date", None, None, "num"])
    return out


# -- narrative reference time (da8) ----------------------------------------------------------------------------------
# Follow-up news tells a past event as a narrative with its own reference time: "في حزيران من العام نفسه", "وبعد يومين
# من ذلك", "فجر 18 أوت" after "ليلة 16 أوت 2017" are read against the last date written before them, not against the
# publication date.


@lru_cache(maxsize=1)
def _da8_data() -> dict:
    """The patterns of the anaphoric dates (time.yaml ``da8_*``): ``year`` ("[day] month من العام نفسه", "في العام
    ذاته", "من ذلك العام"), ``month`` ("في الشهر نفسه", "العشرين من الشهر ذاته") and ``lapse`` ("بعد يومين من ذلك",
    "قبل ذلك بثلاثة أيام"), and the weekday-date links."""
    from ..kb import load_yaml

    y = load_yaml(RESOURCES / "time.yaml")
    data = time_data()
    MONTH, ORD, NUMW = _alt(data.month), _alt(data.ordinal), _alt(data.numbers)
    SAME = _alt(y["da8_same_words"])
    YEAR = rf"(?:(?:{_alt(y['da8_year_heads'])})\s+(?:{SAME})|{_alt(y['da8_that_year'])})"
    MON = rf"(?:(?:{_alt(y['da8_month_heads'])})\s+(?:{SAME})|{_alt(y['da8_that_month'])})"
    B, E = r"(?:(?<!\w)|(?<=(?<!\w)[وفبل]))", r"(?!\w)"  # word start, after a proclitic
    day = rf"(?:(?P<day>\d{{1,2}})|(?P<ord>{ORD}))(?:\s+من)?\s+"
    month = rf"(?:شهر\s+)?(?P<month>{MONTH})(?:\s*/\s*(?:{MONTH})|\s*\(\s*(?:{MONTH})\s*\))?"
    units = {normalize(k): int(v) for k, v in y["da8_lapse_units"].items()}
    munits = {normalize(k): int(v) for k, v in y["da8_lapse_month_units"].items()}
    heads = {normalize(k): int(v) for k, v in y["da8_lapse_heads"].items()}
    HEAD, UNIT, PTR = _alt(heads), _alt([*units, *munits]), _alt(y["da8_lapse_pointers"])
    NUM = rf"(?:(?P<n>\d{{1,2}}|{NUMW})\s+)?"
    year = re.compile(B + rf"(?:(?:{day})?{month}\s+(?:من\s+|في\s+)?)?(?P<ref>{YEAR}){E}")
    mon = re.compile(B + rf"(?:{day}(?:من\s+)?)?(?P<ref>{MON}){E}")
    lapse = re.compile(B + rf"(?:(?P<head>{HEAD})\s+{NUM}(?P<unit>{UNIT})\s+(?:من|علي)\s+(?:{PTR})"
                       rf"|(?P<head2>{HEAD})\s+(?:{PTR})\s+ب\s*{NUM.replace('P<n>', 'P<n2>')}(?P<unit2>{UNIT})){E}")
    links = _alt(y["da8_weekday_links"])
    return {"year": year, "month": mon, "lapse": lapse, "units": units, "munits": munits, "heads": heads,
            "link": re.compile(rf"^\s*[،,]?\s*(?:(?:{links})\s+)?$")}


def _da8_anaphora(norm: str, found: list[list], data: TimeData) -> list[list]:
    """Anaphoric dates as expressions of their own, resolved later from the last date before them (``_da8_resolve``):
    each takes the place of what the main pattern read inside it ("حزيران" alone, "يومين" as a duration). The value
    holds what the words say until then: ``"MM[-DD]"`` of a year anaphor, ``"DD"`` or ``""`` of a month anaphor, the
    lapse in days (``"+2"``) or months (``"+1M"``)."""
    d = _da8_data()
    new: list[list] = []
    for m in d["year"].finditer(norm):
        mo = data.month[_key(m.group("month"))] if m.group("month") else None
        dd = int(m.group("day")) if m.group("day") else data.ordinal.get(_key(m.group("ord") or ""))
        value = "" if mo is None else f"-{mo:02d}" + (f"-{dd:02d}" if dd else "")
        new.append([m.start(), m.end(), value, "date", None, None, "da8_year"])
    for m in d["month"].finditer(norm):
        dd = int(m.group("day")) if m.group("day") else data.ordinal.get(_key(m.group("ord") or ""))
        new.append([m.start(), m.end(), f"-{dd:02d}" if dd else "", "date", None, None, "da8_month"])
    for m in d["lapse"].finditer(norm):
        head, unit, n = (m.group("head"), m.group("unit"), m.group("n")) if m.group("head") else \
            (m.group("head2"), m.group("unit2"), m.group("n2"))
        unit = _key(unit)
        per = d["units"].get(unit, d["munits"].get(unit))
        count = (int(n) if n.isdigit() else data.numbers.get(_key(n))) if n else None
        if per == 0:  # "أيام", "أشهر": the number says how many
            if not count:
                continue
            per, count = count, 1
        if count not in (None, 1):
            continue  # "بعد يومين" carries its number; "بعد 2 يومين" is no form
        sign = d["heads"][_key(head)]
        suffix = "M" if unit in d["munits"] else ""
        new.append([m.start(), m.end(), f"{sign * per:+d}{suffix}", "date", None, None, "da8_lapse"])
    if not new:
        return found
    new.sort(key=lambda x: (x[0], -x[1]))
    kept: list[list] = []
    for x in new:  # the longest of overlapping anaphors
        if not any(k[0] < x[1] and x[0] < k[1] for k in kept):
            kept.append(x)
    return [f for f in found if not any(k[0] < f[1] and f[0] < k[1] for k in kept)] + kept


def _da8_resolve(item: list, last_day: str | None, last_dated: str | None) -> str | None:
    """The value of an anaphoric date (``_da8_anaphora``) from the last date written before it: its year ("من العام
    نفسه"), its month ("في الشهر ذاته") or its day moved by a lapse ("بعد يومين من ذلك"); None with none before it."""
    kind, words = item[6], item[2] or ""
    if last_dated is None or not re.match(r"^\d{4}", last_dated):
        return None
    if kind == "da8_year":
        value = last_dated[:4] + words
        if len(value) == 10 and _date(int(value[:4]), int(value[5:7]), int(value[8:10])) is None:
            return None
        return value
    if kind == "da8_month":
        if not re.match(r"^\d{4}-\d{2}", last_dated):
            return None
        value = last_dated[:7] + words
        if len(value) == 10 and _date(int(value[:4]), int(value[5:7]), int(value[8:10])) is None:
            return None
        return value
    if words.endswith("M"):  # "بعد شهر من ذلك": the month after
        if not re.match(r"^\d{4}-\d{2}", last_dated):
            return None
        y, mo = int(last_dated[:4]), int(last_dated[5:7]) + int(words[:-1])
        y, mo = y + (mo - 1) // 12, (mo - 1) % 12 + 1
        return f"{y:04d}-{mo:02d}"
    return _shift(last_day, int(words))


_DA8_NARRATIVE_DAYS = 62  # how far from the narrative's last date a day and month with no year may lie
_DA8_RECENT_DAYS = 31  # how far before publication a day and month still reads as recent news


def _da8_narrative_year(item: list, norm: str, last_dated: str | None, pub: dt.date | None, data: TimeData) -> str | None:
    """The value of a day and month written with no year and no anchor ("فجر 18 أوت", "في السابع من يوليو") inside a
    narrative whose last date lies in another year ("ليلة 16 أوت 2017 ... وفي اليوم الموالي ..."): that year (or the
    one next to it), when the day then falls within two months of the narrative's date and the publication reading
    does not fit, being after publication or more than a month before it. A day and month near the publication day
    ("هجوم 5 مارس 2015 ..." then "وفي 20 أبريل" in a report of 22 April) stays the report's."""
    value = item[2]
    if item[6] != "greg" or not value or pub is None or last_dated is None \
            or not re.match(r"^\d{4}-\d{2}-\d{2}", value) or not re.match(r"^\d{4}-\d{2}", last_dated):
        return value
    words = norm[item[0]:item[1]].split()
    if re.search(r"\d{4}", norm[item[0]:item[1]]) or words[-1] in data.anchor \
            or any(w in ("العام", "السنه", "عام", "سنه") for w in words):
        return value
    read = dt.date.fromisoformat(value[:10])
    if read <= pub and (pub - read).days <= _DA8_RECENT_DAYS:
        return value
    anchor = dt.date.fromisoformat(last_dated[:10] if len(last_dated) >= 10 and last_dated[8:10].isdigit()
                                   else last_dated[:7] + "-15")
    best = None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        day = _date(y, read.month, read.day)
        if day is None or y == read.year or dt.date.fromisoformat(day) > pub:
            continue
        gap = abs((dt.date.fromisoformat(day) - anchor).days)
        if gap <= _DA8_NARRATIVE_DAYS and (best is None or gap < best[0]):
            best = (gap, day)
    if best is None:
        return value
    if read <= pub and best[0] >= (pub - read).days:
        return value  # the publication reading is as near to its reference as the narrative's
    return best[1] + value[10:]


def _da8_weekday_dates(norm: str, merged: list[list]) -> list[list]:
    """A weekday right before an explicit date of the same clause ("خلال قداس الأحد في 27 يناير الماضي", "يوم الجمعة
    الموافق 5 مايو"): one expression with the date's value (and the weekday's part of day when the date has none), not
    the weekday before publication. After a comma only when the weekday is the date's."""
    d = _da8_data()
    out: list[list] = []
    for item in merged:
        prev = out[-1] if out else None
        if prev is not None and prev[6] == "wdx" and item[6] in ("greg", "num") and item[2] and prev[2] \
                and re.match(r"^\d{4}-\d{2}-\d{2}", item[2]) and d["link"].match(norm[prev[1]:item[0]]):
            gap = norm[prev[1]:item[0]]
            same = dt.date.fromisoformat(item[2][:10]).weekday() == dt.date.fromisoformat(prev[2][:10]).weekday()
            if same or not re.search(r"[،,]", gap):
                part = prev[2][10:] if len(item[2]) == 10 and re.match(r"^T[A-Z]{2}$", prev[2][10:]) else ""
                prev[1], prev[2], prev[6] = item[1], item[2] + part, item[6]
                continue
        out.append(item)
    return out


@lru_cache(maxsize=1)
def _da9_data() -> tuple[re.Pattern, re.Pattern]:
    """The patterns of a night told by its two days (time.yaml ``da9_*``): ``night`` ("ليله الجمعه الي السبت", the two
    weekdays in groups ``a`` and ``b``) and ``small`` (an hour with a part of the small hours after it, "الواحده فجرا",
    "الساعه 2 بعد منتصف الليل", the hour in group ``h``)."""
    from ..kb import load_yaml

    y = load_yaml(RESOURCES / "time.yaml")
    data = time_data()
    wd = _alt(data.weekday)
    heads, links = _alt(y["da9_night_heads"]), _alt(y["da9_night_links"])
    night = re.compile(rf"(?:{heads})\s+(?:يوم\s+)?(?P<a>{wd})\s*(?:(?:{links})\s*)?(?:يوم\s+)?(?P<b>{wd})")
    hours = _alt(data.hours)
    small = re.compile(rf"(?<!\w)(?:الساعه\s+)?(?P<h>\d{{1,2}}|{hours})(?:[:.]\d\d)?\s+(?:{_alt(y['da9_small_hour_parts'])})(?!\w)")
    return night, small


_DA9_SMALL_HOURS = 5  # the last hour of the small hours (before dawn): "الخامسة فجرا" is still the second day's
_DA9_WINDOW = 45  # how far after the night the clock may be told ("ليلة الجمعة إلى السبت، قرابة الواحدة فجرا")


def _da9_night_range(norm: str, merged: list[list], data: TimeData | None = None) -> list[list]:
    """A night told by its two consecutive days ("ليلة الجمعة إلى السبت") is the first day's night; with a clock in the
    small hours in it or right after it ("... عند الساعة الواحدة فجرا", "...، قرابة الثالثة فجرا") the event is on the
    second day: its value moves one day on, and so does a clock expression told after it on the publication day (and a
    midnight told after it is the first day's)."""
    data = data or time_data()
    night, small = _da9_data()
    for i, item in enumerate(merged):
        value = item[2]
        if not value or not re.match(r"^\d{4}-\d{2}-\d{2}", value):
            continue
        m = night.match(norm, item[0], item[1] + _DA9_WINDOW)
        if m is None or (data.weekday[_key(m.group("a"))] + 1) % 7 != data.weekday[_key(m.group("b"))]:
            continue
        tail = norm[item[0]:min(len(norm), item[1] + _DA9_WINDOW)]
        tail = re.split(r"[.؛;!?\n]", tail, maxsplit=1)[0]
        own = re.match(r"^\d{4}-\d{2}-\d{2}T(\d{2}):", value)
        h = small.search(tail)
        hour = None
        if own and int(own.group(1)) <= _DA9_SMALL_HOURS:
            hour = int(own.group(1))
        elif h:
            hour = int(h.group("h")) if h.group("h").isdigit() else data.hours.get(_key(h.group("h")))
        if hour is None or hour > _DA9_SMALL_HOURS:
            continue
        day = _shift(value[:10], 1)
        item[2] = day + value[10:]
        for other in merged[i + 1:]:  # "الساعة الواحدة فجرا" told after it, put on the publication day
            if other[0] > item[1] + _DA9_WINDOW:
                break
            if other[2] and re.match(r"^[\dX]{4}-[\dX]{2}-[\dX]{2}T\d", other[2]):
                if other[3] == "time":
                    other[2] = day + other[2][10:]
                elif other[6] == "mid":  # "بعد منتصف الليل": the midnight that ends the first day
                    other[2] = value[:10] + other[2][10:]
    return merged


@lru_cache(maxsize=1)
def _da14_qualifier() -> re.Pattern:
    """The words that qualify a day before it (time.yaml ``da14_day_qualifiers``), right before the end of a search."""
    from ..kb import load_yaml

    y = load_yaml(RESOURCES / "time.yaml")
    return re.compile(r"(?:(?<!\w)|(?<=(?<!\w)[وفبل]))(?:" + _alt(y["da14_day_qualifiers"]) + r")\s+$")


def _da14_qualified_days(norm: str, merged: list[list]) -> list[list]:
    """A day (or part of a day) told with a word that places the event in it ("قصفت الطائرات البلدة في وقت متأخر من
    ليل الخميس", "اقتحمت القوات الحي في الساعات الأولى من صباح اليوم") is one expression with that word: the span
    takes the qualifier, the value stays the day's (with its part of day, if any). Only before a value with a day; the
    span never swallows another expression."""
    rx = _da14_qualifier()
    for i, item in enumerate(merged):
        if not item[2] or not re.match(r"^[\dX]{4}-[\dX]{2}-[\dX]{2}", item[2]):
            continue
        lo = merged[i - 1][1] if i else 0
        m = rx.search(norm, max(lo, item[0] - 40), item[0])
        if m:
            item[0] = m.start()
    return merged


@lru_cache(maxsize=1)
def _da14_dual_anchors() -> frozenset:
    """The dual anchors of time.yaml ("الماضيين", "القادمين"), normalized; read once."""
    from ..kb import load_yaml

    return frozenset(normalize(w) for w in load_yaml(RESOURCES / "time.yaml")["da14_dual_anchors"])


def _da14_weekday_pair(norm: str, merged: list[list], data: TimeData) -> list[list]:
    """Two weekdays joined by "و" with a dual anchor after the second ("قصفت الطائرات القرية يومي الأحد والاثنين
    الماضيين", "تنعقد الجلسة الثلاثاء والأربعاء القادمين"): the anchor places the second weekday, and the first is the
    one of the same week, counted back from it, not the weekday before publication read alone."""
    duals = _da14_dual_anchors()
    for a, b in zip(merged, merged[1:]):
        if a[6] != "wdx" or b[6] != "wdx" or not a[2] or not b[2] or not re.match(r"^\s+و$", norm[a[1]:b[0]]):
            continue
        wa, wb = norm[a[0]:a[1]].split(), norm[b[0]:b[1]].split()
        if wb[-1] not in duals or wa[-1] in data.anchor:
            continue
        d1, d2 = data.weekday.get(_key(wa[-1])), data.weekday.get(_key(wb[-2]))
        if d1 is None or d2 is None:
            continue
        day = dt.date.fromisoformat(b[2][:10]) - dt.timedelta(days=(d2 - d1) % 7)
        a[2] = day.isoformat() + a[2][10:]
    return merged
