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

import yaml

from ..core import registry
from ..document import Document, Timex
from .normalize import NormalizedText, normalize

RESOURCES = Path(__file__).resolve().parent.parent / "resources" / "ar"


def _alt(names) -> str:
    """Regex alternation of normalized names, longest first, spaces flexible."""
    forms = sorted({normalize(n) for n in names}, key=len, reverse=True)
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)


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
    regex: re.Pattern


def _key(s: str) -> str:
    return re.sub(r"\s+", " ", s.strip())


@lru_cache(maxsize=1)
def time_data() -> TimeData:
    with (RESOURCES / "time.yaml").open(encoding="utf-8") as f:
        y = yaml.safe_load(f)
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
    VHEAD = _alt(y["vague_period_heads"])
    VUNIT = _alt(y["vague_period_units"])
    VMOD = _alt(y["vague_period_modifiers"])
    VANCH = _alt(y["vague_period_anchors"])
    LASTN = _alt(last_night)
    B = r"(?:(?<!\w)|(?<=(?<!\w)[وفبل]))"  # word start, or after one attached proclitic
    E = r"(?![\w])"  # word end

    def prefix(tag: str) -> str:
        """Optional part of day, "يوم" and weekday before a date (groups named per pattern)."""
        return rf"(?:(?P<part_{tag}>{PART})\s+(?:من\s+)?)?(?:(?:يوم\s+)?(?P<wd_{tag}>{WD})\s*[،,]?\s+)?"

    day = rf"(?:(?P<day>\d{{1,2}})|(?P<ord>{ORD}))(?:\s+من)?\s+"

    def gmonth(tag: str) -> str:
        return (rf"(?:(?:{MW})\s+)?(?P<m1_{tag}>{MONTH})"
                rf"(?:\s*/\s*(?P<m2_{tag}>{MONTH})|\s*\(\s*(?P<m3_{tag}>{MONTH})\s*\))?")

    def gyear(tag: str) -> str:
        return rf"\s*[،,]?\s*(?:(?:{YW})\s+)?(?P<year_{tag}>\d{{4}})(?:\s*(?:{GMARK}){E})?"

    patterns = [
        # numeric dates: 2021-04-18, 18/4/2021, 2020/09/07, optional Hijri marker
        rf"(?P<num>{prefix('n')}(?:(?P<ny>\d{{4}})[-/.](?P<nm>\d{{1,2}})[-/.](?P<nd>\d{{1,2}})"
        rf"|(?P<nd2>\d{{1,2}})[-/.](?P<nm2>\d{{1,2}})[-/.](?P<ny2>\d{{4}})"
        rf"|(?P<nd3>\d{{1,2}})[-/](?P<nmn>{MONTH})[-/](?P<ny3>\d{{4}}))(?:\s*(?P<nh>{HMARK}){E})?)(?!\d)",
        # Hijri: 15 رمضان 1442هـ
        rf"(?P<hij>{prefix('h')}(?:(?P<hday>\d{{1,2}})|(?P<hord>{ORD}))(?:\s+من)?\s+(?P<hm>{HMONTH})"
        rf"(?:\s*[،,]?\s*(?P<hy>\d{{4}})(?:\s*(?:{HMARK}){E})?)?)",
        # day + "من الشهر الجاري/الماضي"
        rf"(?P<dom>{prefix('d')}(?P<dday>\d{{1,2}})\s+من\s+(?P<dper>{PERIOD}))",
        # Gregorian: [part] [weekday] day month[/month] [year] [anchor]
        rf"(?P<greg>{prefix('g')}{day}{gmonth('g')}(?:{gyear('g')})?(?:\s+(?P<anchor>{ANCH}))?)",
        # month[/month] year, or month anchor
        rf"(?P<my>{gmonth('m')}(?:{gyear('m')}|\s+(?P<anchor2>{ANCH})))",
        # season + year
        rf"(?P<sea>(?P<season>{SEASON})\s+(?:(?:{YW})\s+)?(?P<sy>\d{{4}}))",
        # last night
        rf"(?P<lastn>{LASTN})",
        # relative day: [part] أمس [weekday] [(date)]
        rf"(?P<rel>{prefix('r')}(?P<relw>{REL})(?:\s*[،,]?\s+(?P<wd2>{WD}))?)",
        # relative periods: الأسبوع الماضي
        rf"(?P<per>{PERIOD})",
        # weekday: [part] [يوم] weekday [الماضي|المقبل]
        rf"(?P<wdx>(?:(?P<wpart>{PART})\s+(?:من\s+)?)?(?:يوم\s+)?(?P<wd3>{WD})(?:\s+(?P<wanch>{ANCH}))?)",
        # year: عام 2014
        rf"(?P<yr>(?:{YW})\s+(?P<yy>\d{{4}})(?:\s*(?P<ymark>{HMARK}|{GMARK}){E})?)",
        rf"(?P<hyr>(?P<hyy>\d{{4}})\s*(?:{HMARK}){E})",
        # vague and durations
        rf"(?P<vague>{VAGUE}|(?:(?:{VHEAD})\s+)?(?:{VUNIT})(?:\s+(?:{VMOD}))?\s+(?:{VANCH}))",
        rf"(?P<dur>(?:{DHEAD})\s+(?:(?:\d+|\w+)\s+)?(?:{DUNIT}))",
    ]
    regex = re.compile(B + "(?:" + "|".join(patterns) + ")" + E)
    return TimeData(month, hijri_month, weekday, part, relday, last_night, period, anchor, season, ordinal, regex)


# -- resolution ------------------------------------------------------------------


def _month_year(month: int, anchor: str | None, pub: dt.date | None) -> str:
    """Year of ``month`` given an anchor (current/past/next or none) and the publication date."""
    if pub is None:
        return "XXXX"
    if anchor == "past":
        return str(pub.year if month < pub.month else pub.year - 1)
    if anchor == "next":
        return str(pub.year if month > pub.month else pub.year + 1)
    return str(pub.year)


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


def resolve(m: re.Match, data: TimeData, pub: dt.date | None) -> tuple[str | None, str | None, str | None, str | None]:
    """(value, kind, hijri, error) of one match."""
    g = m.groupdict()
    part_text = next((v for k, v in g.items() if k.startswith("part_") and v), None)
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
    if g["dom"]:
        unit, off = data.period[_key(g["dper"])]
        if pub is None:
            return with_part(f"XXXX-XX-{int(g['dday']):02d}"), "date", None, None
        y, mo = pub.year, pub.month + off
        y, mo = y + (mo - 1) // 12, (mo - 1) % 12 + 1
        return with_part(_date(y, mo, int(g["dday"]))), "date", None, None
    if g["greg"]:
        mo = data.month[_key(g["m1_g"])]
        d = int(g["day"]) if g["day"] else data.ordinal[_key(g["ord"])]
        if g["year_g"]:
            return with_part(_date(int(g["year_g"]), mo, d)), "date", None, None
        anchor = data.anchor.get(_key(g["anchor"])) if g["anchor"] else None
        y = _month_year(mo, anchor, pub)
        if y == "XXXX":
            return with_part(f"XXXX-{mo:02d}-{d:02d}"), "date", None, None
        return with_part(_date(int(y), mo, d)), "date", None, None
    if g["my"]:
        mo = data.month[_key(g["m1_m"])]
        if g["year_m"]:
            return f"{int(g['year_m']):04d}-{mo:02d}", "date", None, None
        anchor = data.anchor.get(_key(g["anchor2"])) if g["anchor2"] else None
        return f"{_month_year(mo, anchor, pub)}-{mo:02d}", "date", None, None
    if g["sea"]:
        return f"{g['sy']}-{data.season[_key(g['season'])]}", "date", None, None
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
        y = int(g["yy"])
        if g["ymark"] and normalize(g["ymark"]) in {normalize(x) for x in ("هـ", "ه", "هجري", "هجرية", "للهجرة")}:
            return None, "date", f"{y:04d}", None
        return f"{y:04d}", "date", None, None
    if g["hyr"]:
        return None, "date", g["hyy"], None
    if g["vague"]:
        return None, "vague", None, None
    if g["dur"]:
        return None, "duration", None, None
    return None, None, None, None


_RANGE_BEFORE = re.compile(r"(?<![\w])(\d{1,2})\s*(?:و|-|–|الي|حتي)\s*$")


def find_timexes(normalized: NormalizedText, published: str | None) -> list[Timex]:
    """Every time expression of the text, resolved against ``published`` (``YYYY-MM-DD`` or None)."""
    data = time_data()
    pub = dt.date.fromisoformat(published) if published else None
    text, norm = normalized.text, normalized.norm
    out: list[Timex] = []
    for m in data.regex.finditer(norm):
        value, kind, hijri, error = resolve(m, data, pub)
        s, e = normalized.span_to_original(m.start(), m.end())
        # a range "29 و30 أفريل": the first day is an expression of its own
        g = m.groupdict()
        if (g.get("greg") and g.get("day")) and value:
            r = _RANGE_BEFORE.search(norm, max(0, m.start() - 12), m.start())
            if r:
                first = value[:8] + f"{int(r.group(1)):02d}" + value[10:]
                rs, re_ = normalized.span_to_original(r.start(1), r.end(1))
                if _date(int(first[:4]), int(first[5:7]), int(first[8:10])) if first[:4].isdigit() else True:
                    out.append(Timex(rs, re_, text[rs:re_], first, kind))
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
