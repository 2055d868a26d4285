"""Event dates: which time expressions name the event's day (not a report date, a
"since" or an "until"), and recalled events that must not take the
publication day.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date, timedelta
from functools import lru_cache

from ...document import Document, Timex, Token
from ...matcher import Match
from ..normalize import normalize
from .actors import _claimed
from .detection import _evt_occurrences, _generic
from .lexicon import Lexicon, _data, _day, _month, _doc_forms, _in, _tok_range, _verb_words, _words, lexicon, token_number
from .places import _dateline_end


# -- the stage ----------------------------------------------------------------------------


def _since(t: Timex, tokens: list[Token], text: str, starts: list[int]) -> bool:
    """A date after "منذ" starts a period ("منذ 8 أكتوبر", "منذ احتجاجات تشرين الأول 2019", "منذ بدء
    المواجهات في 8 أكتوبر"): not the time of an event."""
    k = bisect_left(starts, t.start)
    before = tokens[max(0, k - 4):k]
    return any(tok.norm == "منذ" for tok in before) and not any(tok.text in "،,؛;:.()" for tok in before) \
        and not _da10_since_when(t, tokens, text, starts)


def _names_day(t: Timex, tokens: list[Token], text: str, starts: list[int]) -> bool:
    """A time expression that names the day of an event: a day, not the start of a period ("منذ 8
    أكتوبر"), nor a clock time alone ("عند الساعة العاشرة ليلا"), which the time expressions put on
    the publication day although news gives it for the day the narrative is on."""
    return bool(_day(t.value)) and t.kind != "time" and not _since(t, tokens, text, starts) \
        and not _until(t, tokens, starts) and not _dat_converted(t, tokens, text, starts) \
        and not _da11_named_for(t, tokens, text, starts)


def _dat_converted(t: Timex, tokens: list[Token], text: str, starts: list[int]) -> bool:
    """A time converted to the reporter's zone next to the local one ("مساء الأحد بالتوقيت المحلي، فجر
    الاثنين بتوقيت تونس"): the day where it happened is the local one."""
    forms = _doc_forms(tokens, text)
    zones = _words("plc_")["time_zone_words"]
    k = bisect_left(starts, t.end)  # the token after the time expression
    if k >= len(tokens) or zones.isdisjoint(forms[k]) or k + 1 < len(tokens) and tokens[k + 1].norm == "المحلي":
        return False
    near = range(max(0, k - 10), min(len(tokens), k + 10))
    return any(tokens[i].norm == "المحلي" and not zones.isdisjoint(forms[i - 1]) for i in near if i > 0)


def _until(t: Timex, tokens: list[Token], starts: list[int]) -> bool:
    """A date after "حتى" ends a period ("لا يزال مئة منهن في الأسر حتى اليوم"): not the day of an event."""
    k = bisect_left(starts, t.start)
    return k > 0 and tokens[k - 1].norm in ("حتي", "لغايه", "غايه")


_DAT_PUNCTUATION = frozenset("،,؛;:()\"«»-")


def _report_date(t: Timex, tokens: list[Token], text: str, starts: list[int], lex: Lexicon) -> bool:
    """A date after a reporting verb and its subject, before any word of the event ("أعلن التنظيم
    أمس الخميس", "أعلنت قيادة عمليات نينوى، اليوم الأحد، استشهاد"), or in the dateline ("كيسمايو،
    17/3/2024 (وكالة) - "): when it was said or filed. Not a date in what is said after "إن/أن" ("وقال المتحدث
    إن المهاجمين فتحوا النار مساء الثلاثاء"): the day of what happened."""
    if t.end <= _dateline_end(text) or _da6_dateline_date(t, text):
        return True
    k = bisect_left(starts, t.start)
    forms = _doc_forms(tokens, text)
    words = [j for j in range(k - 1, max(-1, k - 16), -1) if tokens[j].text not in _DAT_PUNCTUATION][:8]
    if _mg13_said_day(t, tokens, text, starts, lex):
        words = [j for j in range(k - 1, max(-1, k - 24), -1) if tokens[j].text not in _DAT_PUNCTUATION][:16]
    for j in words:  # eight words back, past brackets and commas ("وفق ما أعلنته وكالة يونهاب (الرسمية)، الثلاثاء")
        # also with the pronoun of what was said: "وفق ما أعلنته الوزارة أمس", "ذكرها"
        if any(f in lex.reporting_verbs or f[:-1] in lex.reporting_verbs and f.endswith("ه")
               or f[:-2] in lex.reporting_verbs and f.endswith("ها") for f in forms[j]) \
                or _da12_statement_noun(tokens, forms, j):
            return True
        if lex.occurrence.match_at(tokens, j, text) or lex.weapons.match_at(tokens, j, text):
            return False
        if not lex.complementizers.isdisjoint(forms[j]):
            return False  # "وقال المتحدث إن المهاجمين فتحوا النار مساء الثلاثاء": what was said, with its day
    return False


def _da12_statement_noun(tokens: list[Token], forms: list, j: int) -> bool:
    """Whether token ``j`` is the noun of a statement after a preposition (``plc_statement_words`` after
    ``plc_statement_preps``: "في تصريح لإذاعة محلية اليوم الخميس", "خلال مؤتمر صحفي عقده مساء أمس"): a day after it,
    before any word of the event, is when it was said, as after a reporting verb ("قال اليوم")."""
    if j < 1 or _words("plc_")["statement_words"].isdisjoint(forms[j]):
        return False
    return not _words("plc_")["statement_preps"].isdisjoint(forms[j - 1])


def _dat_recalled(doc: Document, lo: int, hi: int, weapons: list[Match], lex: Lexicon) -> int | None:
    """The first token of the words that recall the clause's event, or None when the clause reports it.

    An event noun with the article, or before a definite word or a name ("الهجوم الإرهابي على المتحف", "عملية
    الدهس", "هجوم مانشستر"), that another head governs ("رفعت بريطانيا حالة التأهب عقب هجوم مانشستر", "احتفل
    بالهجوم", "إيقاف ثلاثة يشتبه في تورطهم في الهجوم الذي استهدف"), names an event the reader knows: not when a
    casualty, occurrence or weapon word comes before it ("قتل 5 في الهجوم", "انفجرت سيارة ... في الهجوم"), nor when
    it opens the clause or what is said ("والهجوم أسفر", "وقال إن الهجوم"); and the pluperfect "وكان ... قد"
    ("وكانت مجموعة مسلحة قد هاجمت ...") tells an earlier event. A time before these words is the main verb's."""
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    words = _words("dat_")
    nouns = words["event_nouns"]
    # "توفي اليوم دركي متأثرا بجروحه التي أصيب بها في انفجار": the death's day, not the blast's; not the wounds of an
    # event told before them ("ارتفع عدد القتلى في هجوم ... بعد أن توفيت امرأة متأثرة بجروحها")
    for k in range(lo, min([m.first for m in weapons] + [hi - 1])):
        if not words["wounds_heads"].isdisjoint(forms[k]) and not words["wounds_nouns"].isdisjoint(forms[k + 1]):
            return k
    if (k := _da15_released(doc, lo, weapons)) is not None:
        return k  # "أفرج المسلحون أمس عن عمال كانوا اختطفوهم الشهر الماضي": the abduction, not the day of its end
    for k in range(lo, min(hi, lo + 12)):
        if not words["pluperfect_verbs"].isdisjoint(forms[k]):
            if any(not words["pluperfect_particles"].isdisjoint(forms[j]) for j in range(k + 1, min(hi, k + 6))):
                return k
    places = {e.start for e in doc.entities if e.label in ("GPE", "LOC", "FACILITY", "BASE")}

    def indefinite(j: int) -> bool:  # "انفجار شاحنة", "لهجوم مسلح": a noun that tells an event for the first time
        return not nouns.isdisjoint(forms[j]) and j + 1 < len(tokens) \
            and not any(f.startswith("ال") for f in forms[j + 1]) and tokens[j + 1].start not in places

    if (k := _da7_relative_verb(doc, lo, hi, weapons, lex)) is not None:
        return k
    event_words = {j for m in weapons for j in range(m.first, m.last + 1)}
    for k in sorted(event_words):  # the clause's own event word, not "الناطق باسم عمليات بغداد"
        fs = forms[k]
        definite = any(f.startswith("ال") and f[2:] in nouns for f in fs)
        named = k + 1 < hi and not nouns.isdisjoint(fs) \
            and (any(f.startswith("ال") for f in forms[k + 1]) or tokens[k + 1].start in places)
        if definite or named:
            break
    else:
        return None
    head = [j for j in range(lo, k) if tokens[j].text not in "،,؛;:.()\"«»-"]
    before = forms[head[-1]] if head else ()  # the word before it, past quotes and commas
    if all(not words["subject_openers"].isdisjoint(forms[j]) for j in head) \
            or not lex.complementizers.isdisjoint(before) or not words["demonstratives"].isdisjoint(before):
        return None  # "والهجوم أسفر", "وقال إن الهجوم", "في هذه الغارات": the event told before
    bare = {f[2:] if f.startswith("ال") else f for f in forms[k]} & nouns
    body = _dateline_end(text)
    if any(tokens[j].start >= body and indefinite(j) and not bare.isdisjoint(forms[j]) for j in range(lo)) \
            and not _da7_new_site(doc, k, hi, lo):
        return None  # "لقي شخص مصرعه جراء انفجار شاحنة" ... "أن يكون الانفجار ناجما عن قذيفة": the same event
    # a casualty or occurrence word before it tells the event ("قتل 5 في الهجوم"), not "إلقاء القبض على رجل ... على صلة
    # بالهجوم"; nor "فجر اليوم" (the dawn, not "فجّر"), nor one in a relative clause ("أرملة الجندي الذي قتل في الهجوم":
    # who he is, by an event the reader knows)
    told = lex.killed.find(tokens, text, lo, k) + lex.wounded.find(tokens, text, lo, k) \
        + [m for m in _evt_occurrences(tokens, lo, k, text, lex) if not _dat_in_timex(doc, tokens[m.first].start)]
    relatives = words["relative_pronouns"]
    if any(m.first < k and not _generic(m, tokens, text, lex) for m in weapons) \
            or any(m.first == lo or relatives.isdisjoint(forms[m.first - 1]) for m in told):
        return None
    return k


def _da15_released(doc: Document, lo: int, weapons: list[Match]) -> int | None:
    """The first token of an abduction told after a release word of its clause (``da15_release_words``: "أفرجت جماعة
    مسلحة أمس عن ثلاثة عمال كانت اختطفتهم الشهر الماضي", "أعلنت السلطات اليوم الإفراج عن مواطنين كانوا مختطفين في
    ليبيا", "وصل اليوم إلى المطار بعد الإفراج عنه ... إن مجموعة مسلحة قامت باختطافه"): news of the end of a captivity
    recalls its start, which has the time named after the abduction word or none; the day before it is the release's
    or when it was told. None when no abduction comes after a release word (an abduction told first, then the release
    of some: "اختطف مسلحون ستة سائقين صباح الاثنين وأطلقوا سراح مساعديهم")."""
    forms = _doc_forms(doc.tokens, doc.text)
    release = _words("da15_")["release_words"]
    for m in sorted(weapons, key=lambda m: m.first):
        if m.payload[2] == "Abduction/forced disappearance":
            if any(not release.isdisjoint(forms[j]) for j in range(lo, m.first)):
                return m.first
            return None
    return None


def _dat_in_timex(doc: Document, char: int) -> bool:
    """Whether a character is inside a time expression ("فجر اليوم السبت": the dawn, not the verb "فجّر")."""
    return any(t.start <= char < t.end for t in doc.timexes)


def _dat_future(t: Timex, published: str | None) -> bool:
    """A day after the publication day ("يوم غد الثلاثاء", "الأحد المقبل"): a plan or a meeting, never the day of an
    event the article reports as having happened."""
    day = _day(t.value)
    return bool(day and published and "X" not in day and day > published[:10])


def _dat_evidence_day(doc: Document, spans: list[dict], lex: Lexicon, starts: list[int]) -> str | None:
    """The day of the event named in a later sentence that tells more of it (its toll, how it happened), for a
    record whose own sentence names no day or only when it was announced ("أعلن الجيش، اليوم الثلاثاء، مقتل
    سبعة مدنيين في هجوم ..." then "وقال المتحدث إن المهاجمين اقتحموا القرية ليلة الأحد"): not the day of a
    claim ("وكان التنظيم قد تبنى الأحد ..."), of a statement, nor a period's bound."""
    tokens, text = doc.tokens, doc.text
    for span in spans:
        lo, hi = _tok_range(starts, span["start"], span["end"])
        if hi <= lo or _claimed(doc, lo, hi, lex)[1]:
            continue
        for t in doc.timexes:
            if _in(t, span["start"], span["end"]) and _names_day(t, tokens, text, starts) \
                    and not _dat_future(t, doc.published) \
                    and not _report_date(t, tokens, text, starts, lex):
                return _day(t.value)
    return None


_DAT_COARSE = re.compile(r"^\d{4}(-W\d\d|-(SP|SU|FA|WI))?$")


def _dat_coarse(t: Timex, tokens: list[Token], starts: list[int], published: str | None) -> str | None:
    """An ISO week ("الأسبوع الماضي": ``2019-W32``), a season ("صائفة 2015": ``2015-SU``) or an earlier year than the
    report's ("في 2015", "عام 2013"), the date of an event its clause gives no day or month for; not a period ("خلال
    عام 2023"), nor the year of the report, which says no more than the report's day does."""
    if not t.value or not _DAT_COARSE.match(t.value) or len(t.value) == 4 and (published or "").startswith(t.value):
        return None
    k = bisect_left(starts, t.start)
    if _da8_rough_ago(t):
        return None  # "قبل عامين", "قبل أسبوعين": told roughly, no date of the event
    return None if k > 0 and tokens[k - 1].norm in _words("dat_")["period_words"] else t.value


def _da15_nearest_coarse(doc: Document, trigger, times: list[Timex], starts: list[int], lex: Lexicon) -> str | None:
    """For a clause that names no day of its event but several months or years (``_month``, ``_dat_coarse``), the one
    nearest the event word ``trigger`` ("دخل التنظيم المدينة في فيفري 2015 قبل أن يفرض سيطرته عليها في جوان الماضي
    إثر معارك مع قوات الحكومة": June, the battles'; "قصفت الطائرات الميناء عام 85 واغتالت القيادي عام 88": 1985 for
    the strike), not the first the clause names, which may be another act's; none of a period ("منذ 2015") or of an
    announcement (``_dat_told_coarse``). None when the clause names fewer than two."""
    tokens, text = doc.tokens, doc.text
    found = [(abs(t.start - trigger.start), value) for t in times
             if (value := _month(t.value) or _dat_coarse(t, tokens, starts, doc.published))
             and not _since(t, tokens, text, starts) and not _dat_told_coarse(t, tokens, text, starts, lex)]
    return min(found)[1] if len(found) > 1 else None


def _dat_told_coarse(t: Timex, tokens: list[Token], text: str, starts: list[int], lex: Lexicon) -> bool:
    """A week that dates when an event was announced ("وأعلنت وزارة الدفاع الأسبوع الماضي أن قوات الجيش قتلت 14
    مسلحا"): the event came before the announcement, on a day the article does not give, maybe the week before; not
    a month ("أعلن الحرس نهاية أفريل الماضي مقتل مسلحين": news of a month is mostly of that month). Also a lapse of a
    week or more counted back from publication ("فقبل أسبوعين قتل", "قبل عامين": ``_da8_rough_ago``): no day given."""
    return bool(t.value) and ("-W" in t.value and _report_date(t, tokens, text, starts, lex) or _da8_rough_ago(t))


def _dat_condemned(doc: Document, lo: int, recalled: int | None) -> bool:
    """Whether the event the clause recalls is the object of a condemnation ("دانت المنظمة الهجوم الذي استهدف
    مسجدا ...", "ندد الاتحاد بالتفجير"): news of a reaction, not of the event, whose day it does not give; a day
    after it is the statement's ("في بيان أصدرته اليوم الاثنين"). Not an event noun that is the subject of its own
    result ("أفضت العملية الأمنية إلى القضاء على ثلاثة إرهابيين، بحسب بيان أصدرته اليوم": today's news)."""
    if recalled is None:
        return False
    forms = _doc_forms(doc.tokens, doc.text)
    verbs = _verb_words("dt4_", "condemn_verbs")
    return any(not verbs.isdisjoint(forms[j]) for j in range(lo, recalled))


def _da12_named_recalled(doc: Document, lo: int, recalled: int | None) -> bool:
    """Whether the event the clause recalls is named by its event noun (``_dat_recalled`` stopped at "الهجوم", "هجوم
    مدينة X"), not a pluperfect "وكان ... قد" verb: such an event, governed by another head ("المتهم بتنفيذ هجوم الميناء
    الذي أودى بحياة عشرة أشخاص، في تصريح لإذاعة محلية اليوم"), is one the reader knows, and a day after it that only
    dates the telling is not its own (null). A pluperfect claim with its day ("وكانت الجماعة قد تبنت في 3 آذار الماضي
    الهجوم على السفارة") keeps that day, and so does the subject of the clause's opening verb ("أفضت العملية الأمنية
    إلى القضاء على ثلاثة مسلحين، بحسب بيان أصدرته الوزارة اليوم": the operation told as today's news)."""
    if recalled is None or recalled - lo < 2:
        return False
    nouns = _words("dat_")["event_nouns"]
    return any((f[2:] if f.startswith("ال") else f) in nouns for f in _doc_forms(doc.tokens, doc.text)[recalled])


def _da12_toll_update(doc: Document, lo: int, weapons: list[Match]) -> bool:
    """Whether the clause tells a rise in the toll of its event ("ارتفعت حصيلة ضحايا القصف الذي استهدف السوق إلى 40
    قتيلا", "أعلنت الوزارة ارتفاع عدد قتلى الهجوم على القرية"): a rise word (``cs7_rise_words``) right before a toll
    noun (``dt10_update_heads``) ahead of the first event word. The event came before the news of its revised toll: with
    no day of its own (nor one a later sentence gives) it has none, never the publication day. Read for the first record
    only: a later "ارتفاع حصيلة الهجوم" retells the event told before, with its day."""
    if not weapons:
        return False
    forms = _doc_forms(doc.tokens, doc.text)
    rise, heads = _words("cs7_")["rise_words"], _words("dt10_")["update_heads"]
    first = min(m.first for m in weapons)
    return any(not rise.isdisjoint(forms[j]) and not heads.isdisjoint(forms[j + 1]) for j in range(lo, first - 1))


def _da12_undated_story(records: list) -> bool:
    """Whether the story so far is of an event with no known day: the record right before has no date ("أعلنت المنظمة
    ارتفاع حصيلة القتلى جراء قصف استهدف مخيما للنازحين" then "وقتل في الغارة لاجئون وعمال إغاثة"). A later mention that
    goes on with it by a definite event word or actor takes no day either, as one after a dated record takes that day,
    never the publication day. ``records`` holds (record, is a summary, date carried) in text order."""
    return bool(records) and records[-1][0].event_date is None


def _da15_known_event(doc: Document, lo: int, hi: int) -> bool:
    """Whether the clause [lo, hi) has for subject a definite event noun, before any indefinite one: at its start or
    right after a word of ``dat_subject_openers`` ("وأفادت الوزارة بأن الاعتداء نفذه ثلاثة مسلحين فروا في سيارة",
    "والتفجير وقع قرب السوق"): the event the article told before, whatever the verb that says what more is known of it,
    as an attacker or a weapon with the article does (``_det_anaphoric``). Not a definite verbal noun in a list of acts
    ("حرق شاحنة والاعتداء على أحد الأعوان")."""
    tokens = doc.tokens
    forms = _doc_forms(tokens, doc.text)
    words = _words("dat_")
    nouns, openers = words["event_nouns"], words["subject_openers"]
    for j in range(lo, hi):
        if any(f.startswith("ال") and f[2:] in nouns for f in forms[j]):
            return j == lo or not openers.isdisjoint(forms[j - 1])
        if not nouns.isdisjoint(forms[j]):
            return False
    return False


def _dat_relative(doc: Document, first: int, lo: int, lex: Lexicon) -> int | None:
    """How many days before the day of its clause an event told as "بعد يومين من الهجوم", "عقب ثلاثة أيام على
    التفجير", "بعد ساعات من الانفجار" (0) happened; ``DAT_SOME`` when its words say only that it was earlier ("بعد
    أشهر من التفجير"); None when they say nothing, or when the event is fighting that lasts ("بعد خمسة أيام من
    الاشتباكات": five days of it)."""
    tokens, text = doc.tokens, doc.text
    words = _words("dat_")
    forms = _doc_forms(tokens, text)
    # a single event, or strikes and attacks of one day ("بعد يوم من غارات استهدفت منازل"); not operations that last
    single = {n for n in words["event_nouns"] if not n.endswith("ات")} | _words("mg6_")["relative_plurals"]
    if first - 1 >= lo and not single.isdisjoint(f[2:] if f.startswith("ال") else f for f in forms[first - 1]):
        first -= 1  # "من التفجير الانتحاري": the match is the adjective
    if _da9_morrow(doc, first, lo):
        return 1  # "غداة تفجير سيارة مفخخة": the day before the clause's day
    if first - 2 < lo or words["relative_links"].isdisjoint(forms[first - 1]):
        first = _mg6_lapse_noun(doc, first, lo)  # "بعد أيام من مقتل أربعة مدنيين في هجوم": the killing's lapse
        if first is None:
            return None
    # a single event ("من الهجوم", "على التفجيرين"), not fighting that lasts ("بعد خمسة أيام من الاشتباكات": of them)
    elif single.isdisjoint(f[2:] if f.startswith("ال") else f for f in forms[first]):
        return None
    units, plurals = _dat_lapse_units()
    gap = _mg13_restrictor_gap(doc, first, lo)
    if gap and tokens[first - 2].norm in _words("mg13_")["rough_restrictors"]:
        return DAT_SOME  # "بعد ثلاثة أيام تقريبا من الهجوم": an approximate lapse, no day
    first -= gap  # "بعد أربعة أيام فقط من اغتيال": the lapse is read without "فقط"
    unit = tokens[first - 2].norm
    if unit in units and first - 3 >= lo and not words["relative_heads"].isdisjoint(forms[first - 3]):
        # "بعد أسبوعين من التفجير": a lapse of weeks is told roughly (some time before, no day); days are exact
        return units[unit] if units[unit] < _MG6_ROUGH_DAYS else DAT_SOME
    if unit in plurals and first - 4 >= lo and not words["relative_heads"].isdisjoint(forms[first - 4]):
        n = token_number(tokens[first - 3], text, lex)
        if n is not None and n * plurals[unit] >= _MG6_ROUGH_DAYS:
            return DAT_SOME  # "بعد ثلاثة أسابيع من الهجوم"
        return n * plurals[unit] if n is not None else None
    heads = [forms[j] for j in (first - 3, first - 4) if j >= lo]
    if (unit in plurals or unit in words["relative_long_units"]) \
            and any(not words["relative_heads"].isdisjoint(fs) for fs in heads):
        return DAT_SOME  # "بعد أسابيع من التفجير", "بعد ثلاثة أشهر من الهجوم": some time before, no day
    if (unit in units or unit in plurals or unit in words["relative_long_units"]) \
            and _da8_approximate_lapse(doc, first - 3, lo):
        return DAT_SOME  # "بعد أقل من ثلاثة أشهر على تفجير": an approximate lapse, no day
    return None


def _mg13_restrictor_gap(doc: Document, first: int, lo: int) -> int:
    """1 when a restrictor (``dt17_lapse_restrictors``) stands between the unit of a lapse and its link, the event noun
    being at ``first`` ("ويأتي الحادث بعد ثلاثة أيام فقط من تفجير استهدف سوقا": the lapse is three days, "فقط" only
    stresses how short it is); 0 otherwise."""
    tokens = doc.tokens
    if first - 3 < lo or tokens[first - 2].norm not in _words("dt17_")["lapse_restrictors"]:
        return 0
    from .merging import _mg6_lapse_units  # late: merging imports this module

    return 1 if tokens[first - 3].norm in _mg6_lapse_units() else 0


def _mg13_lapse_timex(t: Timex, tokens: list[Token], starts: list[int]) -> bool:
    """Whether the time expression ``t`` is the lapse of a recall ("وجاء التفجير بعد ثلاثة أيام فقط من مقتل قائد
    ميداني": "بعد ثلاثة أيام" counts back from the clause's day, it names no day of its own): it opens with a word of
    ``dat_relative_heads``."""
    i = bisect_left(starts, t.start)
    return i < len(tokens) and tokens[i].start == t.start and tokens[i].norm in _words("dat_")["relative_heads"]


def _mg13_said_day(t: Timex, tokens: list[Token], text: str, starts: list[int], lex: Lexicon) -> bool:
    """Whether the day ``t`` stands right before the "إن/أن" of what is said ("وقال رئيس المجلس المحلي للمدينة خلال
    مؤتمر صحفي عقده في العاصمة أمس الأحد إن القصف طال مدرسة"): the day of the saying, however long the speaker's name
    and the circumstances of his words before it (``_report_date`` then looks further back for the reporting verb)."""
    e = bisect_left(starts, t.end)
    while e < len(tokens) and tokens[e].text in _DAT_PUNCTUATION:
        e += 1
    return e < len(tokens) and tokens[e].norm in lex.complementizers


_MG6_ROUGH_DAYS = 7  # a lapse of a week or more ("بعد أسبوعين من") is told roughly: no day of the event

DAT_SOME = -1  # _dat_relative of "بعد أيام من", "بعد أشهر من": an earlier event of no known day


def _dat_report_day(doc: Document) -> str | None:
    """The day of an event the article names no day for: the publication day. News reports an event the
    day it happens or the day after, and a day only when it is not the day of the report ("قتل 5 أشخاص
    في انفجار ... حسب الشرطة", "اندلعت اشتباكات في جبل ..." in a report of that day)."""
    return _day(doc.published)


def _da5_recalled_undated(doc: Document, record, start: int) -> bool:
    """Whether an event a later clause recalls ("وكان الجيش قد أعلن أن مروحياته قتلت ...", "توفي اليوم دركي متأثرا بجروحه
    التي أصيب بها في انفجار ...") with no day of its own is of no known day (null), not of the day of the event told
    before it: when its place, a town or a site the gazetteer knows, is not named before the clause. At a place named
    before, it is the story's event retold ("انفجار ... في منطقة المصفح" then "وكانت الجماعة قد أعلنت تنفيذ عملية ...
    في المصفح"), which keeps its day."""
    location = record.location
    if not location or not location.get("text") or not location.get("canonical") or not location.get("admin1"):
        return False  # a country, or a word the gazetteer does not know: no place to tell events apart by
    word = normalize(location["text"].split()[-1])  # "مدينة المدية": the name, not its kind
    body = _dateline_end(doc.text)
    return not any(normalize(tok.text).endswith(word) for tok in doc.tokens if body <= tok.start < start)


_DA6_BEFORE = re.compile(r"\s*[^\W\d_]+(?:\s[^\W\d_]+){0,2}\s*(?:\([^)\n]{1,30}\)\s*)?[،,]?\s*")
_DA6_AFTER = re.compile(r"\s*(?:[/(]?\s*[^\W\d_]+\s*\)?\s*){0,3}(?:\d{4}\s*)?(?:[(«][^)»\n]{1,40}[)»]\s*)?(?:[-–—]|ـ{2,})")


def _da6_dateline_date(t: Timex, text: str) -> bool:
    """A date with a month name in a wire dateline ("مقديشو، 14 أكتوبر (رويترز) -", "القاهرة 8 مارس آذار
    (رويترز) -", "الفاشر (السودان) 5 يونيو 2024 (أ ف ب) -"): the day the report was filed, not the event's."""
    return t.start < 60 and bool(_DA6_BEFORE.fullmatch(text, 0, t.start)) and bool(_DA6_AFTER.match(text, t.end))


def _da6_next_day(doc: Document, record, used: set[int], lex: Lexicon, starts: list[int],
                  more: frozenset = frozenset()) -> str | None:
    """The day of an event its sentences name none for, from one of the two sentences right after them that speaks
    of the event again with a definite event noun and reports none of its own ("وكان مسلحون قد هاجموا قافلة
    عسكرية ..." then "وقال الجيش إن الهجوم على القافلة وقع صباح الاثنين الماضي"; "... بعد الهجوم الذي هز المدينة
    يوم 14 جويلية"): not past a sentence another record took, nor one on another event ("هجوم آخر", "حادث منفصل")."""
    tokens, text = doc.tokens, doc.text
    end = max(e["end"] for e in record.evidence)
    nouns = {"ال" + n for n in _words("dat_")["event_nouns"] | more}
    forms = _doc_forms(tokens, text)
    for nxt in [s for s in doc.sentences if s.start >= end][:2]:
        lo, hi = _tok_range(starts, nxt.start, nxt.end)
        if nxt.start in used or hi <= lo or lex.other_event_words.find(tokens, text, lo, hi) \
                or _claimed(doc, lo, hi, lex)[1]:
            return None
        if not any(not nouns.isdisjoint(forms[k]) or _da7_own_noun(forms[k]) for k in range(lo, hi)):
            continue
        for t in doc.timexes:
            if _in(t, nxt.start, nxt.end) and _names_day(t, tokens, text, starts) \
                    and not _dat_future(t, doc.published) and not _report_date(t, tokens, text, starts, lex):
                return _day(t.value)
        return None
    return None


def _mg6_lapse_noun(doc: Document, first: int, lo: int, most: int = 8) -> int | None:
    """The noun after "بعد <lapse> من" that tells the event of the weapon word at ``first`` through its victims ("ويأتي
    ذلك بعد أيام من مقتل أربعة مدنيين في هجوم لمسلحين", "بعد يومين من اختطاف عاملين في كمين"): a killing, wounding
    or abduction noun (``mg6_lapse_nouns``) right after "من/على", at most ``most`` words before the weapon word, with no
    clause mark between; None otherwise."""
    tokens = doc.tokens
    forms = _doc_forms(tokens, doc.text)
    words, nouns = _words("dat_"), _words("mg6_")["lapse_nouns"]
    for j in range(first - 1, max(lo + 1, first - most) - 1, -1):
        if tokens[j].kind == "punct":
            return None
        if not nouns.isdisjoint(forms[j]) and not words["relative_links"].isdisjoint(forms[j - 1]):
            return j
    return None


def _da7_new_site(doc: Document, k: int, hi: int, lo: int) -> bool:
    """Whether the event noun at ``k`` is told by a relative clause that names a place the article has not named before
    the clause ("وندد الاتحاد، في بيان أصدره اليوم، بالهجوم الذي استهدف حافلة قرب بلدة X": another event than the
    "هجوم" told before, which the article places elsewhere): the clause identifies an event of its own, not the story's
    event retold ("... في هجوم على مركز في بلدة Y" then "وأسفر الهجوم الذي استهدف المركز في Y عن ..."). A town or site
    the gazetteer knows, or any place entity: its last word must not occur in the body before the clause."""
    tokens = doc.tokens
    forms = _doc_forms(tokens, doc.text)
    if k + 1 >= hi or _words("dat_")["relative_pronouns"].isdisjoint(forms[k + 1]):
        return False
    start, end = tokens[k].start, tokens[hi - 1].end
    body = _dateline_end(doc.text)
    before = {normalize(t.text) for t in tokens[:lo] if t.start >= body}
    for e in doc.entities:
        if e.label in ("GPE", "LOC", "FACILITY", "BASE") and start < e.start < end:
            word = normalize(e.text.split()[-1])
            if not any(b.endswith(word) for b in before):
                return True
    return False


def _da7_relative_verb(doc: Document, lo: int, hi: int, weapons: list[Match], lex: Lexicon) -> int | None:
    """The relative pronoun of a clause that tells the event only to say who someone is ("أعلن مصدر قضائي أن
    المتطرف الذي هاجم جندية في المطار ... كان تحت تأثير المخدرات", "أكدت العائلة أن الشاب الذي فجر نفسه ... كان"): the
    event verb comes right after "الذي/التي/الذين" that follows a noun, the clause's main verb is a reporting one
    before it, and no casualty, occurrence or weapon word comes before the pronoun. None otherwise."""
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    relatives = _words("dat_")["relative_pronouns"]
    first = min((m.first for m in weapons), default=None)
    if first is None or first - 1 <= lo or relatives.isdisjoint(forms[first - 1]) \
            or tokens[first - 2].kind == "punct" or not any(tokens[j].norm in lex.reporting_verbs or
                                                             not lex.reporting_verbs.isdisjoint(forms[j])
                                                             for j in range(lo, min(lo + 3, first - 1))):
        return None
    told = lex.killed.find(tokens, text, lo, first - 1) + lex.wounded.find(tokens, text, lo, first - 1) \
        + _evt_occurrences(tokens, lo, first - 1, text, lex)
    return None if told else first - 1


_DA7_PRONOUNS = ("ه", "ها", "هم", "هما")


def _da7_own_noun(fs) -> bool:
    """An event noun made definite by a pronoun (the إضافة to a pronoun: "مهاجمته", "هجومهم", "تفجيرها"), which speaks
    of an event told before, as "الهجوم" does."""
    nouns = _words("dat_")["event_nouns"] | _words("da7_")["verbal_nouns"]
    for f in fs:
        for p in _DA7_PRONOUNS:
            if f.endswith(p) and len(f) > len(p) + 2:
                stem = f[:-len(p)]
                if stem in nouns or stem.endswith("ت") and stem[:-1] + "ه" in nouns:
                    return True
    return False


def _da8_approximate_lapse(doc: Document, last: int, lo: int, most: int = 5) -> bool:
    """Whether the words ending at token ``last``, before a lapse unit, are a number and approximators after a lapse
    head ("بعد أقل من ثلاثة أشهر على تفجير", "عقب أكثر من أسبوع من الهجوم", "بعد نحو شهرين من"): at least one
    approximator (``da8_lapse_approximators``), at most ``most`` words, then "بعد/عقب"."""
    tokens = doc.tokens
    forms = _doc_forms(tokens, doc.text)
    words, approx = _words("dat_"), _words("da8_")["lapse_approximators"]
    seen = False
    for j in range(last, max(lo, last - most) - 1, -1):
        if not words["relative_heads"].isdisjoint(forms[j]):
            return seen
        if tokens[j].kind == "punct":
            return False
        if not approx.isdisjoint(forms[j]) and tokens[j].norm != "من":
            seen = True
        elif tokens[j].norm != "من" and token_number(tokens[j], doc.text, lexicon()) is None:
            return False
    return False


def _da8_rough_ago(t: Timex) -> bool:
    """A coarse date counted back from publication by a week or more ("قبل أسبوعين", "قبل عامين", "فقبل ثلاث
    سنوات"): the time expressions give its week or year, but news tells such a lapse roughly, as "بعد أسبوعين من
    الهجوم" (null)."""
    words = _words("da8_")
    toks = normalize(t.text).split()
    return len(toks) >= 2 and toks[0].lstrip("وف") in words["ago_heads"] and toks[-1] in words["ago_rough_units"]


def _da9_morrow(doc: Document, first: int, lo: int, most: int = 8) -> bool:
    """Whether the event word at ``first`` is the object of "غداة" (the morrow of: "أمر الوزير اليوم باعتقال ...، غداة
    تفجير سيارة مفخخة", "ويأتي الهجوم غداة اغتيال القيادي بضربة ..."): the head right before the event noun, or before
    a killing noun that tells it (``mg6_lapse_nouns``) at most ``most`` words back with no clause mark between. The
    event is then one day before the day of the clause (``_dat_relative`` gives 1)."""
    tokens = doc.tokens
    forms = _doc_forms(tokens, doc.text)
    heads = _words("da9_")["morrow_heads"]
    nouns = _words("dat_")["event_nouns"] | _words("mg6_")["lapse_nouns"]
    if first - 1 >= lo and not heads.isdisjoint(forms[first - 1]):
        return True
    for j in range(first - 1, max(lo + 1, first - most) - 1, -1):
        if tokens[j].kind == "punct":
            return False
        bare = {f[2:] if f.startswith("ال") else f for f in forms[j]}
        if not nouns.isdisjoint(bare) and not heads.isdisjoint(forms[j - 1]):
            return True
    return False


def _da10_since_when(t: Timex, tokens: list[Token], text: str, starts: list[int], most: int = 8) -> bool:
    """Whether the point a "منذ" counts from is an event a "when" clause tells right after it, past a comma ("لم تشهد
    البلدة هجوما منذ 3 أيلول الماضي، حين قتل مسلحون أربعة رعاة"; "هو الأول منذ التفجير في آب الماضي، عندما فجر
    انتحاري حزامه"): a word of ``da10_since_when_words`` right after the time, then a killing, wounding, occurrence or
    weapon word at most ``most`` words on. The date is that event's, not only a period's start; not "منذ ربيع 2013،
    حين أعلن ..." (no event word), nor "منذ 8 أكتوبر" alone."""
    lex = lexicon()
    k = bisect_left(starts, t.end)
    while k < len(tokens) and tokens[k].text in "،,":
        k += 1
    if k >= len(tokens) or _words("da10_")["since_when_words"].isdisjoint(_doc_forms(tokens, text)[k]):
        return False
    hi = min(len(tokens), k + 1 + most)
    hi = next((j for j in range(k + 1, hi) if tokens[j].text in "،,؛;:.()"), hi)
    return bool(lex.killed.find(tokens, text, k + 1, hi) or lex.wounded.find(tokens, text, k + 1, hi)
                or lex.weapons.find(tokens, text, k + 1, hi) or _evt_occurrences(tokens, k + 1, hi, text, lex))


def _da10_later_action(doc: Document, t: Timex, first: int, starts: list[int]) -> bool:
    """Whether the time ``t`` is in a "قبل أن" clause after the event word at token ``first`` ("تمكنت الدورية من صد
    الهجوم، فيما فر أحد المهاجمين، قبل أن يتم القبض عليه مساء اليوم"; "خطف مسلحون 30 تلميذا، قبل أن يفرجوا عنهم
    أمس"): the day of what came after the event, an arrest or a release (``da10_later_acts`` within three words after
    "أن"), not the event's day. Not the attackers' flight ("قبل أن يلوذوا بالفرار فجر اليوم": the event's own day), nor a
    time before the event word."""
    tokens = doc.tokens
    forms = _doc_forms(tokens, doc.text)
    words = _words("da10_")
    k = bisect_left(starts, t.start)
    return any(not words["later_heads"].isdisjoint(forms[j]) and not words["later_links"].isdisjoint(forms[j + 1])
               and any(not words["later_acts"].isdisjoint(forms[i]) for i in range(j + 2, min(k, j + 5)))
               for j in range(first + 1, k - 1))


def _da10_dated_before(doc: Document, start: int, lex: Lexicon, starts: list[int], most: int = 12) -> str | None:
    """The day an earlier sentence of the body that made no record gives the event a first record recalls ("أحيا
    الأهالي الذكرى الأولى للتفجير الذي ضرب سوق البلدة في مثل هذا اليوم من العام الماضي" then "وكان انتحاريان قد فجرا
    حزاميهما ..."; "أعلنت الوزارة القبض على الرابع الذي شارك في الهجوم على دورية بالبلدة الليلة الماضية" then "وتمكنت
    الدورية من صد الهجوم ..."): a day named at most ``most`` words after a definite event noun of that sentence, not when
    it was said, a "since" or a day to come; the last such day before the character ``start``. None when there is none
    (the recalled event then has no known day)."""
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    nouns = {"ال" + n for n in _words("dat_")["event_nouns"]}
    bare = _words("dat_")["event_nouns"]

    def construct(j: int, k: int) -> bool:  # "تورطهم في تفجير مطعم بمنطقة X مساء 23 أكتوبر": the noun in construct
        return not bare.isdisjoint(forms[j]) and j + 1 < k and not tokens[j + 1].norm.startswith("ال") \
            and all(tokens[i].kind != "punct" for i in range(j + 1, k))

    body = _dateline_end(text)
    found = None
    for t in doc.timexes:
        if t.start < body or t.end > start or not _names_day(t, tokens, text, starts) \
                or _dat_future(t, doc.published) or _report_date(t, tokens, text, starts, lex):
            continue
        k = bisect_left(starts, t.start)
        sent = next((s for s in doc.sentences if s.start <= t.start < s.end), None)
        first = bisect_left(starts, sent.start) if sent is not None else 0
        if any(not nouns.isdisjoint(forms[j]) or construct(j, k) for j in range(max(first, k - most), k)):
            found = _day(t.value)
    return found


def _da10_pluperfect_time(doc: Document, trigger, day: Timex, times: list[Timex], hi: int, most: int = 6) -> str | None:
    """The time of an event told in the pluperfect after the day of the main verb ("أفرج المسلحون، اليوم، عن صيادين
    كانوا قد خطفوهم الأسبوع الماضي من قاربهم"; "أطلق سراح الرهائن أمس، وكان مسلحون قد اختطفوهم مطلع الشهر"): the day
    named before the event word is the main verb's (a release, a trial), the event came before it, at the time named
    right after the event word (a day, a week, a month, a year). None when the event word has no "كان ... قد" before
    it, or no time follows it in the clause."""
    if day.end > trigger.start:
        return None
    tokens = doc.tokens
    forms = _doc_forms(tokens, doc.text)
    words = _words("dat_")
    first = trigger.first
    if not any(not words["pluperfect_particles"].isdisjoint(forms[j]) for j in range(max(0, first - 3), first)) \
            or not any(not words["pluperfect_verbs"].isdisjoint(forms[j]) for j in range(max(0, first - most), first)):
        return None
    end = tokens[min(hi, first + most) - 1].end
    for t in sorted(times, key=lambda t: t.start):
        if trigger.start < t.start <= end and t.value and t.kind != "time" and not t.value.startswith("P"):
            return _day(t.value) or (t.value if _DAT_COARSE.match(t.value) or re.match(r"^\d{4}-\d{2}$", t.value)
                                     else None)
    return None


def _da10_new_year_night(doc: Document, records: list, report_ids: set[int], used: set[int], starts: list[int]) -> None:
    """A record with no day of its own, or only the report's, whose first sentence names the night the year opens ("أعلن
    التنظيم مسؤوليته عن الهجوم الذي استهدف ملهى ليليا في المدينة، ليلة رأس السنة"), or, for a record dated by the
    report, the sentence right before it that made no record and that it retells ("هدم الملهى الذي تعرض لهجوم ليلة رأس
    السنة" then "وكان الهجوم أسفر عن مقتل 39"): the first of January, the latest one on or before the report (the time
    expressions give the phrase no date). Not when that sentence names a day or month of its own."""
    published = _day(doc.published)
    if not published or "X" in published:
        return
    phrases = [normalize(p).split() for p in _data("incidents.yaml")["da10_new_year_nights"]]
    tokens, lex = doc.tokens, lexicon()
    jan1 = f"{published[:4]}-01-01"

    def names_night(s: int, e: int) -> bool:
        lo, hi = _tok_range(starts, s, e)
        norms = [t.norm for t in tokens[lo:hi]]
        return any(norms[i:i + len(p)] == p for p in phrases for i in range(len(norms) - len(p) + 1)) and not any(
            _in(t, s, e) and t.value and (_day(t.value) and not _report_date(t, tokens, doc.text, starts, lex)
                                          or re.match(r"^\d{4}-\d{2}$", t.value)) for t in doc.timexes)

    for r in records:
        if not r.evidence or r.event_date is not None and id(r) not in report_ids:
            continue
        first = r.evidence[0]["start"]
        spans = [(r.evidence[0]["start"], r.evidence[0]["end"])]
        prior = [x for x in doc.sentences if x.end <= first]
        if id(r) in report_ids and prior and prior[-1].start not in used:
            spans.append((prior[-1].start, prior[-1].end))
        if any(names_night(s, e) for s, e in spans):
            r.event_date = jan1


@lru_cache(maxsize=1)
def _dat_lapse_units() -> tuple[dict[str, int], dict[str, int]]:
    """The units of a lapse with their days (``dat_relative_units``: "ساعات" 0, "يومين" 2, "أسبوع" 7) and the plural
    units with the days of one (``dat_relative_plural_units``: "أيام" 1), normalized, read once."""
    y = _data("incidents.yaml")
    return ({normalize(w): int(n) for n, ws in y["dat_relative_units"].items() for w in ws},
            {normalize(w): int(n) for n, ws in y["dat_relative_plural_units"].items() for w in ws})


def _da11_opening_lapse(doc: Document, s_lo: int, s_hi: int, most: int = 5) -> tuple[int, int] | None:
    """The lapse a sentence opens with, counted from the event told before it, and where its words end: ``(days,
    end)``. A narrative goes on from one event to the next by a bare lapse ("وبعد ساعات، ألقى مسلحون قنبلة على مقهى";
    "وبعد ثلاثة أيام، نصب مقاتلون كمينا لقافلة"; "وبعد أقل من شهر، فجر انتحاري نفسه في سوق"): hours are that event's
    day (0), a count of days under a week is that many days after it, and weeks, months, years, a plural with no number
    ("وبعد أيام،") or an approximate lapse ("بعد نحو أسبوع") say only that it came later (``DAT_SOME``: no day). The
    time expressions read such a lapse from the publication day ("بعد أسبوعين": a week to come), which it is not.
    Only a head (``dat_relative_heads``) at the sentence's start, at most ``most`` words to the unit, and no "من/على"
    after the unit: "وبعد يومين من ذلك" and "بعد أيام من الهجوم" name what they count from (``_dat_relative``)."""
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    words, approx = _words("dat_"), _words("da8_")["lapse_approximators"]
    if s_hi - s_lo < 4 or words["relative_heads"].isdisjoint(forms[s_lo]):
        return None
    units, plurals = _dat_lapse_units()
    rough, number = False, None
    for j in range(s_lo + 1, min(s_hi - 1, s_lo + 1 + most)):
        norm = tokens[j].norm
        if norm in units or norm in plurals or norm in words["relative_long_units"]:
            after = [k for k in (j + 1, j + 2) if k < s_hi and tokens[k].kind != "punct"]
            if tokens[j + 1].kind != "punct" and any(not words["relative_links"].isdisjoint(forms[k]) for k in after):
                return None  # "بعد أيام من الهجوم", "وبعد يومين من ذلك": the lapse names what it counts from
            if norm in units and units[norm] == 0:
                return 0, tokens[j].end  # "وبعد ساعات،", "وبعد نحو ساعة،": the same day
            if norm in words["relative_long_units"] or rough or norm in plurals and number is None:
                return DAT_SOME, tokens[j].end
            days = (number or 1) * (units[norm] if norm in units else plurals[norm])
            return (days if days < _MG6_ROUGH_DAYS else DAT_SOME), tokens[j].end
        if not approx.isdisjoint(forms[j]):
            rough = True  # "وبعد أقل من شهر،"
        elif norm == "من" and rough:
            continue
        elif number is None and (n := token_number(tokens[j], text, lexicon())) is not None:
            number = n
        else:
            return None
    return None


def _da11_next_day(doc: Document, record, used: set[int], lex: Lexicon, starts: list[int]) -> str | None:
    """The day of an event dated only by the report (its sentences name no day), from a sentence right after them that
    speaks of it again with a definite event noun ("أعلن الرئيس أن 92 جنديا قتلوا في هجوم شنه مسلحون على موقع للجيش"
    then "وقال الرئيس، الذي زار الموقع أمس، إن المعارك استمرت سبع ساعات يوم الاثنين"): the news came out later than
    the event, whose day the retelling gives (``_da6_next_day``, as for a record with no day at all), on or before the
    publication day and at most a week before it; not a day another record's sentence or another event's gives. The
    retelling may name the event by its fighting (``da11_fighting_nouns``: "المعارك", "الاشتباكات")."""
    from .merging import _MG3_DAYS, _mg3_days_apart  # late: merging imports this module

    published = _day(doc.published)
    day = _da6_next_day(doc, record, used, lex, starts, _words("da11_")["fighting_nouns"])
    apart = _mg3_days_apart(day, published) if day and published else None
    return day if apart is not None and apart <= _MG3_DAYS and day <= published else None


def _da11_named_for(t: Timex, tokens: list[Token], text: str, starts: list[int]) -> bool:
    """Whether the date ``t`` is part of a name given after a day ("متمردو حركة 23 مارس", "ثوار كتيبة 17 فبراير", "في
    شارع 9 أفريل", "منذ ثورة 14 جانفي"): a movement, a revolution, a brigade, a street, a square or a stadium named for
    the day (the head right before it, ``da11_name_heads``, with no article), not the day of an event."""
    k = bisect_left(starts, t.start)
    return k > 0 and not _words("da11_")["name_heads"].isdisjoint(_doc_forms(tokens, text)[k - 1])


def _da11_days_ago(doc: Document, times: list[Timex], starts: list[int]) -> str | None:
    """The day of an event its clause dates by "منذ" and a count of days back from the report ("قتل مسلحون سبعة قرويين
    في هجوم على قرية منذ يومين", "جد الانفجار منذ ثلاثة أيام"): "منذ" before a lapse says "ago", as "قبل يومين" does, which
    the time expressions read as a day; these give only a duration. Days under a week (``dat_relative_units`` and
    ``dat_relative_plural_units``); longer lapses are told roughly (no day). None without a publication day."""
    published = _day(doc.published)
    if not published or "X" in published:
        return None
    tokens, text = doc.tokens, doc.text
    units, plurals = _dat_lapse_units()
    for t in times:
        k = bisect_left(starts, t.start)
        if t.kind != "duration" or k >= len(tokens) or tokens[k].norm != "منذ":
            continue
        inside = [j for j in range(k + 1, len(tokens)) if tokens[j].start < t.end]
        number = token_number(tokens[inside[0]], text, lexicon()) if len(inside) == 2 else None
        unit = tokens[inside[-1]].norm if inside else None
        if len(inside) == 1 and unit in units:
            days = units[unit]  # "منذ يومين"
        elif number is not None and (unit in plurals or unit in units):
            days = number * (plurals[unit] if unit in plurals else units[unit])  # "منذ ثلاثة أيام", "منذ يوم واحد"
        else:
            continue
        if 0 < days < _MG6_ROUGH_DAYS:
            return (date.fromisoformat(published) - timedelta(days=days)).isoformat()
    return None
