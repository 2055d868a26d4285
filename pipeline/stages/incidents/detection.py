"""Event detection: triggers (weapons, attack verbs, killings, blasts, suicide
attacks, operations) and the filters for what is not an event (threats,
intentions, denials, hypotheticals, totals over a period, legal appeals).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from ...document import Timex, Token
from ...matcher import Match
from ..normalize import normalize
from .casualties import _wpn_bare, casualties
from .lexicon import (
    Lexicon, _data, _day, _doc_forms, _n, _tok_range, _verb_words, _weapon_payload, _with_article, _words, inflections,
    possessives, token_number,
    verb_forms,
)
from .matches import PhraseMatcher


def _generic(m: Match, tokens: list[Token], text: str, lex: Lexicon) -> bool:
    """A word for an attack or an explosion in general ("هجوم", "انفجار"), in any number ("هجمات", "هجومين",
    "الاعتداءات"): an event only with casualties."""
    forms = _doc_forms(tokens, text)[m.first]
    return m.first == m.last \
        and not (_evt_generic_forms().isdisjoint(forms) and _det_lexicon().blasts.isdisjoint(forms)) \
        and not (lex.generic_terms.isdisjoint(forms) and _evt_aimed(tokens, m, text, lex))


def _evt_aimed(tokens: list[Token], m: Match, text: str, lex: Lexicon) -> bool:
    """A plural or definite attack word told as an attack on something: its adjectives, a relative pronoun (with the
    article) and a verb of aiming or striking ("الهجمات الدامية التي ضربت باريس", "الاعتداء الأخير، الذي استهدف
    سوقا", "هجمات إرهابية متزامنة استهدفت الثكنة"), as ``_det_aimed`` reads an explosion."""
    forms = _doc_forms(tokens, text)
    det = _det_lexicon()
    definite = any(f.startswith("ال") for f in forms[m.first])
    k = m.last + 1
    while k < len(tokens) and k <= m.last + 3 and det.relatives.isdisjoint(forms[k]) \
            and (tokens[k].text in lex.clause_marks
                 or any(f.startswith("ال") == definite and f.endswith(("ه", "ي")) for f in forms[k])):
        k += 1  # "الدامية", "الإرهابية", "الأخير،"; "إرهابية متزامنة"
    if k < len(tokens) and not det.relatives.isdisjoint(forms[k]):
        k += 1
    elif definite:  # "وقال إن الهجمات استهدفت ..." tells of attacks named before
        return False
    return k < len(tokens) and not (lex.target_heads | det.strikes).isdisjoint(forms[k])


@lru_cache(maxsize=1)
def _evt_generic_forms() -> frozenset:
    """The generic attack words of incidents.yaml with their duals and plurals, with and without the article."""
    forms = [f for w in _data("incidents.yaml")["generic_terms"] for f in inflections(w)]
    return _n(forms + ["ال" + f for f in forms if not f.startswith("ال")])


@dataclass
class _DetLexicon:
    blast: PhraseMatcher
    blasts: frozenset
    accident: PhraseMatcher
    figurative: frozenset
    recalled_kinds: frozenset
    strikes: frozenset
    relatives: frozenset
    since_starts: frozenset


@lru_cache(maxsize=1)
def _det_lexicon() -> _DetLexicon:
    """The ``det_*`` keys of incidents.yaml that record detection reads besides ``lexicon()``."""
    y, words = _data("incidents.yaml"), _words("det_")
    payload = _weapon_payload("ied")
    forms = [f for w in y["det_blast_terms"] for f in inflections(w)]
    return _DetLexicon(
        blast=PhraseMatcher((f, payload) for f in forms),
        blasts=_n(forms + ["ال" + f for f in forms]),
        accident=PhraseMatcher((w, True) for w in y["det_accident_words"]),
        figurative=words["figurative_words"],
        recalled_kinds=frozenset(y["det_recalled_kinds"]),
        strikes=_n(f for w in y["det_blast_verbs"] for f in verb_forms(w)),
        relatives=words["relatives"],
        since_starts=words["since_starts"] | _n(f for w in y["det_since_starts"] for f in possessives(w)),
    )


def _det_anaphoric(tokens: list[Token], lo: int, hi: int, text: str, weapons: list[Match], lex: Lexicon) -> bool:
    """The clause [lo, hi) tells of an event already named: its attackers or its weapon take the article
    ("إن المسلحين هاجموا القافلة", "إن المهاجمين ألقوا قنبلة", "وأوضح أن الصاروخ سقط")."""
    forms = _doc_forms(tokens, text)
    actors = {"ال" + a for a in lex.actor_nouns | lex.member_nouns if not a.startswith("ال")}
    if any(actors & set(forms[k]) for k in range(lo, hi)):
        return True
    index = lex.weapons.index
    return any(f.startswith("ال") and f[2:] in index for m in weapons if not _generic(m, tokens, text, lex)
               for f in forms[m.first])


def _det_aimed(tokens: list[Token], m: Match, hi: int, text: str, lex: Lexicon, lo: int | None = None) -> bool:
    """An explosion told as an attack on something, for the first time: a verb of aiming or striking right after
    it ("انفجار هز سوقا", "تفجير استهدف حاجزا", "التفجير الذي استهدف"), the word without the article unless a
    relative pronoun follows ("وقال إن الانفجار وقع قرب المحال" tells of the event before). Without the article,
    also after its adjectives ("تفجير إرهابي وقع أمس"), with a verb of taking place ("انفجار وقع قرب مكتب بريد"),
    or after a verb of striking in the sentence from ``lo`` ("استهدف انفجار، صباح الأحد، كنيسة", "هز انفجار")."""
    forms = _doc_forms(tokens, text)
    det, words = _det_lexicon(), _words("evt_")
    if lo is not None and (_dt10_exposed(tokens, m, lo, text, lex) or _dt10_toll_update(tokens, m, lo, hi, text, lex)):
        return True  # "تعرضت حافلة ركاب ... إلى انفجار", "ارتفع عدد قتلى تفجير الأربعاء ... إلى تسعة"
    k = m.last + 1
    relative = k < hi and not det.relatives.isdisjoint(forms[k])
    definite = any(f.startswith("ال") for f in forms[m.first])
    if definite and not relative:
        return False
    k += relative
    if k < hi and not (lex.target_heads | det.strikes).isdisjoint(forms[k]):
        return True
    if definite:
        return _dt8_result_subject(tokens, m, k, lo, hi, text, lex)  # "أدى الانفجار الذي وقع ... إلى مقتل"
    while k < hi and k <= m.last + 2 and not words["blast_adjectives"].isdisjoint(forms[k]):
        k += 1  # "تفجير إرهابي", "انفجار ضخم"
    if k < hi and not (lex.target_heads | det.strikes).isdisjoint(forms[k]):
        return True
    if lo is None:
        return False
    if k < hi and not words["blast_occurred"].isdisjoint(forms[k]):  # "انفجار وقع": an attack only with a word of
        # terror or of the security forces in the sentence ("تفجير إرهابي وقع", "انفجار حدث ... خلف مصرع 6 من قوات
        # الأمن"); "انفجار جد في مبنى في منطقة صناعية" is an accident
        evt = _evt_lexicon()
        return any(not (evt.political | lex.security_words).isdisjoint(forms[j]) for j in range(lo, hi)) \
            or _dt8_result_subject(tokens, m, k, lo, hi, text, lex)  # "أسفر انفجار وقع في سوق عن مقتل خمسة"
    return m.first - 1 >= lo and not det.strikes.isdisjoint(forms[m.first - 1])


def _det_blasts(tokens: list[Token], lo: int, hi: int, text: str, weapons: list[Match], lex: Lexicon) -> list[Match]:
    """The words of an explosion in the sentence [lo, hi) ("انفجار", "التفجير") that may report a bombing with
    no named device: not inside a weapon phrase ("تفجير انتحاري"), not figurative ("تفجير الوضع"), and none in a
    sentence that tells of an accident ("انفجار أسطوانة غاز")."""
    det = _det_lexicon()
    if det.accident.find(tokens, text, lo, hi):
        return []
    taken = {k for m in weapons for k in range(m.first, m.last + 1)}
    forms = _doc_forms(tokens, text)
    return [m for m in det.blast.find(tokens, text, lo, hi)
            if m.first not in taken and not (m.last + 1 < hi and det.figurative & set(forms[m.last + 1]))
            # "الذكرى الأولى لانفجار المرفأ", "محاكمة متهمين بالضلوع في تفجير": an explosion recalled, not reported
            and not any(f.payload in det.recalled_kinds for f in lex.filters.find(tokens, text, max(lo, m.first - 4), m.first))]


@dataclass
class _EvtLexicon:
    march_after: frozenset
    march_before: frozenset
    crowd: frozenset
    private: frozenset
    political: frozenset
    sport: frozenset
    cyber: frozenset
    suicide: PhraseMatcher
    operations: PhraseMatcher  # a security or military operation: a battle when it counts its dead or wounded
    suicide_verbs: frozenset
    suicide_objects: frozenset
    ongoing: PhraseMatcher
    assassination: frozenset
    attempt: frozenset
    seized: frozenset
    seized_stops: frozenset
    foiled: frozenset
    total_attacks: frozenset
    unlifted: frozenset
    arrest_objects: frozenset
    ambush: frozenset
    arrest: frozenset
    headline_separators: int


@lru_cache(maxsize=1)
def _evt_lexicon() -> _EvtLexicon:
    """The ``evt_*`` keys of incidents.yaml: which events are in scope (political violence, not crowds or crime)."""
    y, words = _data("incidents.yaml"), _words("evt_")
    return _EvtLexicon(
        march_after=words["march_after"], march_before=words["march_before"],
        crowd=words["crowd_words"], private=words["private_words"] | words["other_attackers"],
        political=words["political_words"], sport=words["sport_words"], cyber=words["cyber_words"],
        ambush=words["ambush_words"], arrest=words["arrest_words"],
        suicide=PhraseMatcher((w, _weapon_payload("suicide_bomb")) for w in y["evt_suicide_terms"]),
        operations=PhraseMatcher((w, _weapon_payload("small_arms")) for w in y["evt_operation_terms"]),
        suicide_verbs=words["suicide_verbs"], suicide_objects=words["suicide_objects"],
        ongoing=PhraseMatcher((w, True) for w in y["evt_ongoing_verbs"]),
        assassination=words["assassination_words"], attempt=words["attempt_words"],
        seized=words["seized_words"], seized_stops=words["seized_stops"], foiled=words["foiled_words"],
        total_attacks=words["total_attack_nouns"], unlifted=frozenset(y["evt_unlifted_filter_kinds"]),
        arrest_objects=words["arrest_objects"],
        headline_separators=int(y["evt_headline_separators"]),
    )


_EVT_HEADLINE_SEPARATOR = re.compile(r"\s:\s")


_EVT_MARCH_HEADS = frozenset(normalize(w) for w in "مسيرة مسيرات مسيرتين المسيرة المسيرات".split())


def _evt_headlines(sentence: str) -> bool:
    """A "sentence" that is a digest's list of headlines glued together ("سوسة : إيقاف ... الكاف : انفجار لغم ...")."""
    return len(_EVT_HEADLINE_SEPARATOR.findall(sentence)) >= _evt_lexicon().headline_separators


def _evt_suicides(tokens: list[Token], lo: int, hi: int, text: str, weapons: list[Match],
                  lex: Lexicon | None = None) -> list[Match]:
    """Suicide bombings the weapon terms miss ("فجر نفسه", "مفجرون انتحاريون"), outside the weapon mentions."""
    taken = {k for m in weapons for k in range(m.first, m.last + 1)}
    evt = _evt_lexicon()
    forms = _doc_forms(tokens, text)
    found = evt.suicide.find(tokens, text, lo, hi)
    for k in range(lo, hi):  # "فجر نفسه", "فجر انتحاري نفسه", "فجرت امرأة حزامها"
        if not evt.suicide_verbs.isdisjoint(forms[k]):
            j = next((j for j in (k + 1, k + 2) if j < hi and not evt.suicide_objects.isdisjoint(forms[j])), None)
            if j is None and lex is not None:  # its subject between: "فجر عنصر آخر من الجماعة نفسه"
                j = _dt12_reflexive_after_subject(tokens, k, hi, text, lex)
            if j is not None:
                found.append(Match(first=k, last=j, start=tokens[k].start, end=tokens[j].end,
                                   payload=_weapon_payload("suicide_bomb")))
    found.sort(key=lambda m: m.start)
    return [m for m in found if not taken.intersection(range(m.first, m.last + 1))
            and not (m.first > lo and not evt.attempt.isdisjoint(forms[m.first - 1]))]


def _evt_happened(tokens: list[Token], lo: int, hi: int, text: str, lex: Lexicon, weapons: list[Match],
                  own_days: list, published: str | None) -> bool:
    """Besides the occurrence and casualty verbs, the clause [lo, hi) says its event happened: a present-tense verb
    of fighting that goes on ("اشتباكات تجري"), or an assassination with a day of its own and no filter word at all
    ("اغتيال ... يوم 15 ديسمبر"; not "أصدرت المحكمة اليوم أحكامها في قضية اغتيال"), any word of its term being the
    assassination word (``_dt23_assassination``: "لعملية اغتيال المهندس ... يوم 15 ديسمبر")."""
    evt = _evt_lexicon()
    clashes = {k for m in weapons if m.payload[2] == "Armed clash" for k in (m.first - 1, m.last + 1)}
    if any(v.first in clashes or v.last in clashes for v in evt.ongoing.find(tokens, text, lo, hi)):
        return True
    if not published or lex.filters.find(tokens, text, lo, hi):
        return False
    before = (date.fromisoformat(published[:10]) - timedelta(days=2)).isoformat()
    return any((_day(t.value) or "9") <= before for t in own_days) \
        and any(_dt23_assassination(tokens, m, text) for m in weapons)


def _dt23_assassination(tokens: list[Token], m: Match, text: str) -> bool:
    """A mention with an assassination word (``evt_assassination_words``) in any of its words, not only its first: the
    term "عملية اغتيال" starts with "عملية" ("خصصت الجلسة لعملية اغتيال الصحفي سالم في الوردية يوم 3 أيار")."""
    forms, words = _doc_forms(tokens, text), _evt_lexicon().assassination
    return any(not words.isdisjoint(forms[k]) for k in range(m.first, m.last + 1))


def _evt_seized(tokens: list[Token], m: Match, lo: int, text: str, lex: Lexicon) -> bool:
    """A weapon found or seized, not used ("العثور على 4 ألغام", "حجز سلاحي كلاشنيكوف وكمية من الذخيرة وحزام
    ناسف"): a seizure word before it in the sentence, with no word that something happened between them ("عثرت
    على 36 جثة بعد إطلاق نار")."""
    forms = _doc_forms(tokens, text)
    evt = _evt_lexicon()
    for k in range(m.first - 1, lo - 1, -1):
        if not evt.seized.isdisjoint(forms[k]):
            return True
        if not evt.seized_stops.isdisjoint(forms[k]) \
                or lex.occurrence.match_at(tokens, k, text) and not _dt20_part_of_day(tokens, k, lex) \
                or lex.killed.match_at(tokens, k, text) or lex.wounded.match_at(tokens, k, text):
            return False
    return False


def _dt20_part_of_day(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Token ``k`` is a part of the day that is spelt as a verb of occurrence, with the day right after it ("فجر"
    in "حجزت الدورية فجر أمس الأحد ثلاث قنابل": the dawn, not "فجّر" detonated): a time, not a word that something
    happened."""
    return tokens[k].norm in lex.casualty_times and k + 1 < len(tokens) and tokens[k + 1].norm in lex.casualty_times


def _prc_untried(tokens: list[Token], m: Match, lo: int, hi: int, text: str, lex: Lexicon) -> bool:
    """A weapon tested, made, prepared or failed, not used on anyone: a word of testing, making, preparing or
    failing at most ``prc_untried_window`` tokens before it in the sentence [lo, hi) ("أخفقت في إطلاق صاروخ",
    "التحضيرات جارية لإطلاق صاروخ", "تعمل على تطوير طائرات مسيرة", "اختبرت روسيا بنجاح قنبلة"), and nobody
    killed or wounded in the sentence. A general attack word is not one ("فشل الهجوم": an attack that happened)."""
    if _generic(m, tokens, text, lex) or lex.killed.find(tokens, text, lo, hi) or lex.wounded.find(tokens, text, lo, hi):
        return False
    words, window = _words("prc_")["untried_words"], int(_data("incidents.yaml")["prc_untried_window"])
    forms = _doc_forms(tokens, text)
    return any(not words.isdisjoint({f.removeprefix("ال") for f in forms[k]})
               for k in range(max(lo, m.first - window), m.first))


def _prc_figurative(tokens: list[Token], m: Match, hi: int, text: str) -> bool:
    """Fire opened on a plan, a law or a policy, a figure of speech ("أطلق زعيم المعارضة النار على خطة
    الموازنة"): a word of fire, then "على" and one of ``prc_figurative_targets``."""
    forms = _doc_forms(tokens, text)
    if not any(f.endswith("النار") or f.endswith("نار") for f in forms[m.last]):
        return False
    k = m.last + 1
    if k + 1 >= hi or normalize("على") not in forms[k]:
        return False
    return not _words("prc_")["figurative_targets"].isdisjoint(
        {f.removeprefix("ال") for f in forms[k + 1]})


def _prc_used(tokens: list[Token], lo: int, hi: int, text: str, lex: Lexicon, weapons: list[Match]) -> list[Match]:
    """The weapon mentions of the sentence [lo, hi) that may be used on someone: not a figure of speech
    (``_prc_figurative``), not a weapon tested, made or prepared (``_prc_untried``), nor another mention of the
    same kind of weapon as one of those ("أخفقت في إطلاق صاروخ ... بعد أن انفجر الصاروخ بعد ثوان من إطلاقه"), unless
    the sentence names another weapon, used ("قصف الطيران مبنى ... مكان لتصنيع الصواريخ")."""
    untried = {m.payload[0] for m in weapons if _prc_untried(tokens, m, lo, hi, text, lex)}
    if any(m.payload[0] not in untried and not _generic(m, tokens, text, lex) for m in weapons):
        untried = set()  # "قصف الطيران مبنى قال الجيش إنه مكان لتصنيع الصواريخ": a weapon used, on a workshop
    return [m for m in weapons if m.payload[0] not in untried and not _prc_figurative(tokens, m, hi, text)
            and not _wp10_involved(tokens, m, lo, text, lex)]


def _wp10_involved(tokens: list[Token], m: Match, lo: int, text: str, lex: Lexicon) -> bool:
    """A weapon or attack word that says what one of the dead had taken part in: right after a word of involvement
    and "في" (``wp10_involved_words``), with a word of killing before them in the sentence ("قتل 4 مسلحين بينهم قيادي
    تورط في اغتيال مسؤول محلي"): the dead man's past, another event than the one the sentence tells, not used here on
    anyone. Not a suspect's ("أوقفت الشرطة شابين يشتبه في تورطهما في الهجوم الذي استهدف فندقا": that attack is told)."""
    forms = _doc_forms(tokens, text)
    k = m.first - 1
    if k - 1 < lo or normalize("في") not in forms[k] or _words("wp10_")["involved_words"].isdisjoint(forms[k - 1]):
        return False
    return any(c.first < k - 1 for c in lex.killed.find(tokens, text, lo, k - 1))


def _pr2_riot(tokens: list[Token], s_lo: int, s_hi: int, text: str, weapons: list[Match]) -> bool:
    """The clause's only triggers are clash nouns with no arms named ("مواجهات بين وحدات الحرس وعشرات من الشبان",
    "سقط في مواجهات عنيفة مع الأمن"), its sentence [s_lo, s_hi) names the security forces and no armed or terrorist
    side, no fire and no army, and the article tells of a riot or a protest (tear gas, burning tyres, riot police,
    protesters, stones): a riot, ACLED's Protests and Riots, not a battle. Live fire on protesters is a weapon of its
    own and keeps the record."""
    words = _words("pr2_")
    forms = _doc_forms(tokens, text)
    if not weapons or not all(not words["clash_words"].isdisjoint(forms[m.first]) and m.first == m.last
                              for m in weapons):
        return False
    sentence = set().union(*forms[s_lo:s_hi])
    if words["security_words"].isdisjoint(sentence) or not words["armed_words"].isdisjoint(sentence) \
            or not _evt_lexicon().political.isdisjoint(sentence):
        return False
    return any(not words["riot_words"].isdisjoint(f) for f in forms)


def _evt_many_attacks(tokens: list[Token], lo: int, hi: int, text: str, lex: Lexicon) -> bool:
    """"أكثر من 200 هجوم", "نحو 30 عملية": a count of ten attacks or more is a total, whatever day is named."""
    nouns = _evt_lexicon().total_attacks
    for k in range(lo, hi - 1):
        n = token_number(tokens[k], text, lex)
        if n is not None and n >= 10 and tokens[k + 1].norm in nouns and _many_context(tokens, k, lo, lex):
            return True
    return False


def _evt_occurrences(tokens: list[Token], lo: int, hi: int, text: str, lex: Lexicon) -> list[Match]:
    """The occurrence verbs of the clause [lo, hi), but not "ألقى" of an arrest ("إلقاء القبض على", "ألقت الشرطة
    القبض"): it throws nothing."""
    forms = _doc_forms(tokens, text)
    arrest = _evt_lexicon().arrest_objects
    return [m for m in lex.occurrence.find(tokens, text, lo, hi)
            if not any(not arrest.isdisjoint(forms[k]) for k in range(m.last + 1, min(hi, m.last + 4)))]


def _evt_appeal(tokens: list[Token], m: Match, lo: int, hi: int, text: str) -> bool:
    """A bare "طعن" that is an appeal, not a stabbing: "حكما غير قابل للطعن"، "عريضة الطعن في التنقيحات"، "تقدمت
    الكتلة بطعن في نتيجة التصويت"."""
    words, forms = _words("evt_"), _doc_forms(tokens, text)
    if m.first != m.last or words["appeal_terms"].isdisjoint(forms[m.first]):
        return False
    if any(not words["appeal_before"].isdisjoint(forms[k]) for k in range(max(lo, m.first - 2), m.first)):
        return True
    return m.last + 2 < hi and "في" in forms[m.last + 1] and not words["appeal_objects"].isdisjoint(forms[m.last + 2])


def _evt_march(tokens: list[Token], m: Match, lo: int, hi: int, text: str) -> bool:
    """A bare "مسيرة" that is a march, not a drone: "مسيرة احتجاجية", "مسيرة للمطالبة", "نظموا مسيرة"."""
    if m.first != m.last:
        return False
    forms = _doc_forms(tokens, text)
    if _EVT_MARCH_HEADS.isdisjoint(forms[m.first]):
        return False
    evt = _evt_lexicon()
    return (m.last + 1 < hi and not evt.march_after.isdisjoint(forms[m.last + 1])) \
        or (m.first - 1 >= lo and not evt.march_before.isdisjoint(forms[m.first - 1]))


def _evt_recalled(tokens: list[Token], m: Match, hi: int, text: str, lex: Lexicon, own_days: list[Timex]) -> bool:
    """A general attack word told as an event that happened on a given day: the word with the article (its adjectives
    after it), a relative pronoun, a verb of taking place or striking and, within a few words, a day of its own ("منفذ
    الهجوم الذي جد أمس في شارع"، "ملف الاعتداء الذي تعرضت له الجمعة مدينة"، "الهجمات التي استهدفت باريس في 13
    نوفمبر"): an event recalled, a record even with no toll. Without the day it is the event told before."""
    forms = _doc_forms(tokens, text)
    if not own_days or not any(f.startswith("ال") for f in forms[m.first]):
        return False
    det, words = _det_lexicon(), _words("evt_")
    k = m.last + 1
    while k < hi and k <= m.last + 3 and det.relatives.isdisjoint(forms[k]) \
            and any(f.startswith("ال") and f.endswith(("ه", "ي")) for f in forms[k]):
        k += 1  # "الإرهابي", "الدامية"
    if k + 1 >= hi or det.relatives.isdisjoint(forms[k]) or words["recalled_verbs"].isdisjoint(forms[k + 1]):
        return False
    k += 2 + (k + 2 < hi and not words["recalled_objects"].isdisjoint(forms[k + 2]))  # "تعرضت له"
    end = tokens[min(hi, k + 8) - 1].end  # "تعرضت له حافلة ركاب قرب مدينة لامو يوم 28 ماي"
    return any(tokens[k - 1].end <= t.start <= end for t in own_days)


def _evt_struck(tokens: list[Token], m: Match, lo: int, hi: int, text: str, lex: Lexicon) -> bool:
    """An explosion without the article told as striking something, the verb after it and its adjectives or before
    it ("انفجار ضخم هز سوقا", "استهدف انفجار، صباح الأحد، كنيسة"): with a day of its own, an event even with no toll."""
    forms = _doc_forms(tokens, text)
    if any(f.startswith("ال") for f in forms[m.first]):
        return False
    det, words = _det_lexicon(), _words("evt_")
    strikes = lex.target_heads | det.strikes
    k = m.last + 1
    while k < hi and k <= m.last + 2 and not words["blast_adjectives"].isdisjoint(forms[k]):
        k += 1
    return (k < hi and not strikes.isdisjoint(forms[k])) \
        or (m.first - 1 >= lo and not det.strikes.isdisjoint(forms[m.first - 1]))


def _evt_killings(tokens: list[Token], lo: int, hi: int, text: str, lex: Lexicon, weapons: list[Match]) -> list[Match]:
    """Killings told with their agent in the sentence [lo, hi), which names no weapon: a word of killing, then "على
    يد" and security forces or armed men ("قتل صياد اليوم على يد قوات حرس الحدود"، "وقتل العامري في 23 ديسمبر على يد
    شرطي")، or a verb of killing whose subject is the forces, with the article ("وقد قتلت قوات الأمن ثلاثة من
    المهاجمين"، "قتلت الشرطة سائق السيارة"); not "قتل جنود" (a passive with no agent), a killing by a relative, or a
    victim described by his killing ("الراعي الذي قتل على أيدي مجموعة إرهابية": told with no day, recalled)."""
    if any(not _generic(m, tokens, text, lex) for m in weapons):
        return []
    words, forms, evt = _words("evt_"), _doc_forms(tokens, text), _evt_lexicon()
    agents = lex.security_words | evt.political | words["armed_attackers"] | lex.actor_nouns
    found = []
    relatives = _det_lexicon().relatives
    for m in lex.killed.find(tokens, text, lo, hi):
        end = min(hi, m.last + 10)  # "وقتل المشتبه به في 23 ديسمبر الماضي، على يد شرطي": across a comma
        hand = next((j for j in range(m.last + 2, end) if not words["agent_hands"].isdisjoint(forms[j])
                     and not words["agent_preps"].isdisjoint(forms[j - 1])), None)
        if words["killing_verbs"].isdisjoint(forms[m.first]) \
                or (m.first > lo and not relatives.isdisjoint(forms[m.first - 1])
                    and (m.last + 1 >= hi or lex.casualty_times.isdisjoint(forms[m.last + 1]))
                    and not _dt24_group_hand(tokens, hand, end, text, lex)):
            continue  # "حادثة استشهاد الراعي على يد"، "منفذ الاعتداء الذي قتل على يد قوات الجيش": a victim described,
            # no day of its own (undated: ``_dt24_described_killing``); "الراعي الذي قضى الجمعة على يد إرهابيين" has one
        by = hand is not None and any(not agents.isdisjoint(forms[j]) for j in range(hand + 1, min(end, hand + 4)))
        subject = not words["killing_verbs"].isdisjoint(forms[m.first]) and m.last + 1 < hi \
            and any(f.startswith("ال") and f in lex.security_words | {"ال" + w for w in lex.security_words}
                    or f in ("قوات", "قوة") for f in forms[m.last + 1])
        if by or subject:
            found.append(Match(first=m.first, last=m.last, start=m.start, end=m.end, payload=_EVT_VERB_ATTACK))
        elif _evt_fronted(tokens, m, lo, hi, text, lex):
            armed = any(not words["armed_victims"].isdisjoint(forms[j]) for j in range(m.last + 1, min(hi, m.last + 5)))
            found.append(Match(first=m.first, last=m.last, start=m.start, end=m.end,
                               payload=_EVT_BATTLE if armed else _EVT_VERB_ATTACK))
    return found


def _evt_fronted(tokens: list[Token], m: Match, lo: int, hi: int, text: str, lex: Lexicon) -> bool:
    """A verb of killing told with its subject before it, the forces ("قوات وزارة الداخلية قتلت اثنين"، "وكان الجيش
    قد قتل 5 مسلحين") or a pronoun of the speaker ("أعلنت الشرطة أنها قتلت ثلاثة متشددين"), and a count right after
    it; "140 جنديا قتلوا من القوات" (a passive, no count after it) is not, nor a toll in a sentence that names the
    event with the article or counts its dead before ("تبنت الحركة الهجوم، مدعية أنها قتلت سبعة جنود")."""
    forms, words = _doc_forms(tokens, text), _words("evt_")
    if m.first != m.last or m.last + 1 >= hi or words["fronted_verbs"].isdisjoint(forms[m.first]) \
            or tokens[m.first].norm.lstrip("وف").startswith(("ب", "ل")) \
            or not any(c["count"] and c["outcome"] == "killed"
                       for c in casualties(tokens, m.first, min(hi, m.last + 5), text, lex)):
        return False  # the dead counted right after the verb ("قتلت ثلاثة", "قتل إرهابيين اثنين"); not "جنود قتلوا
        # وأصيب تسعة" (a passive), nor "اعترافات إرهابيين بقتل الإعلاميين" (a noun)
    k = m.first - 1
    if k >= lo and not words["killing_particles"].isdisjoint(forms[k]):
        k -= 1
    if k < lo or tokens[k].text in lex.clause_marks:
        return False
    told = {"ال" + w for w in _words("dat_")["event_nouns"]}
    if any(not told.isdisjoint(forms[j]) for j in range(lo, hi)) \
            or any(c.first < m.first for c in lex.killed.find(tokens, text, lo, m.first)):
        return False  # "وتبنت الحركة الهجوم، مدعية أنها قتلت سبعة جنود", "مقتل ثمانية ... فقد أعلن الجيش أنه قتل
        # ثمانية": the toll of an event told before, as a side tells it
    if not lex.self_pronouns.isdisjoint(forms[k]):
        return True
    forces = lex.security_words | {"ال" + w for w in lex.security_words if not w.startswith("ال")} \
        | lex.actor_nouns | words["armed_victims"]  # "إن مهاجمين اثنين قتلوا ستة أشخاص"
    return any(not forces.isdisjoint(forms[j]) for j in range(max(lo, k - 2), k + 1))


def _evt_shelling(tokens: list[Token], lo: int, hi: int, text: str, lex: Lexicon, weapons: list[Match]) -> list[Match]:
    """Shelling told with the verb, or its noun without the article, alone in the sentence [lo, hi), which names no
    weapon ("قصفت القوات الإثيوبية صباح اليوم حيا سكنيا"، "قوات التحالف قصفت فجر اليوم منزلا"، "بعد ساعات من قصف
    الطيران مبنى"): the word with something shelled in the next words of its clause (a target noun, security forces or
    one of evt_shelled_objects); an air strike with a word of aircraft next to it. Not "القصف" (the shelling told
    before), "تقصف" (ongoing, or a threat) nor "بقصف"/"لقصف" (what is threatened, planned or charged)."""
    words, forms = _words("evt_"), _doc_forms(tokens, text)
    if any(not _generic(m, tokens, text, lex) and words["armed_victims"].isdisjoint(forms[m.first]) for m in weapons):
        return []  # a weapon proper; not "للمسلحين", the people shelled
    verbs = _verb_words("evt_", "shelling_verbs")
    objects = words["shelled_objects"] | lex.security_words
    forces = _with_article(lex.security_words)
    found = []
    for k in range(lo, hi):
        if verbs.isdisjoint(forms[k]) or any(f.startswith("ال") for f in forms[k]) \
                or tokens[k].norm.lstrip("وف").startswith(("ب", "ل")) and not _dt9_caused_by(tokens, k, lo, hi, text, lex):
            continue  # "التلويح بقصف المنشآت", "خطة لقصف": the object of a threat or a plan; not "قتل طفلان بقصف
            # لقوات النظام", the cause of a toll told before it
        if k > lo and not words["shelling_stops"].isdisjoint(forms[k - 1]):
            continue  # "يتم قصف جحورهم": a practice
        if k > lo and tokens[k - 1].norm in lex.casualty_preps | {"من", "بعد", "عقب"} and not (
                k + 1 < hi and not (words["air_words"] | forces | set(lex.nationality)).isdisjoint(forms[k + 1])) \
                and not _dt24_aimed_after(tokens, k, hi, text, lex):
            continue  # the noun after a preposition, with its agent ("من قصف الطيران مبنى", "في قصف إسرائيلي على
            # بلدة") or a verb of aiming ("في قصف استهدف حيا سكنيا"); not "في قصف متبادل"
        end = _dt10_clause_end(tokens, k, hi, text, lex, 6)  # "قصفت الطائرات، أمس الجمعة، مقرا": past the time
        if not (any(not objects.isdisjoint(forms[j]) for j in range(k + 1, end))
                or lex.target_nouns.find(tokens, text, k + 1, end)):
            continue
        air = any(not words["air_words"].isdisjoint(forms[j]) for j in range(max(lo, k - 3), min(hi, k + 4)) if j != k)
        found.append(Match(first=k, last=k, start=tokens[k].start, end=tokens[k].end,
                           payload=_weapon_payload("airstrike") if air else _EVT_SHELLING))
    return found


def _evt_split_fire(tokens: list[Token], lo: int, hi: int, text: str, lex: Lexicon, weapons: list[Match]) -> list[Match]:
    """Fire told with its subject between the verb and "النار" in the sentence [lo, hi), which names no weapon there
    ("أطلق قناص النار عليهم"، "أطلق جنود إسرائيليون النار على المتظاهرين"، "فتح مسلح النار"): small arms."""
    words, forms = _words("evt_"), _doc_forms(tokens, text)
    gap = int(_data("incidents.yaml")["evt_fire_gap"])
    verbs = _verb_words("evt_", "fire_verbs")
    taken = {k for m in weapons for k in range(m.first, m.last + 1)}
    found = []
    for k in range(lo, hi):
        if verbs.isdisjoint(forms[k]) or k in taken:
            continue
        j = next((j for j in range(k + 2, min(hi, k + 2 + gap)) if tokens[j].norm in words["fire_objects"]), None)
        if j is not None and not taken.intersection(range(k, j + 1)) \
                and not any(tokens[i].text in lex.clause_marks or tokens[i].norm.startswith(("ل", "ب"))
                            for i in range(k + 1, j)):  # the subject between them, not "حملة لمكافحة النار"
            found.append(Match(first=k, last=j, start=tokens[k].start, end=tokens[j].end, payload=_EVT_VERB_ATTACK))
    return found


def _evt_armed_victims(tokens: list[Token], lo: int, text: str, lex: Lexicon, weapons: list[Match]) -> list[Match]:
    """The weapon "مسلحين" (gunmen: an attack) that names the dead, after a count or a word of killing ("قتلت قوات
    الأمن خمسة مسلحين"، "مقتل 3 مسلحين"): armed men killed, a battle; in a sentence with a weapon proper, the dead
    of its strike, no weapon mention at all ("شنت الطائرات ست غارات ...، ما أسفر عن مقتل خمسة مسلحين")."""
    forms, words = _doc_forms(tokens, text), _words("evt_")
    proper = any(m.payload[0] not in ("small_arms", "unknown") for m in weapons)
    out = []
    for m in weapons:
        if m.payload == _EVT_VERB_ATTACK and m.first == m.last and m.first > lo \
                and not words["armed_victims"].isdisjoint(forms[m.first]) \
                and (token_number(tokens[m.first - 1], text, lex) is not None
                     or lex.killed.match_at(tokens, m.first - 1, text) is not None):
            if proper:
                continue  # "شنت الطائرات غارات ...، ما أسفر عن مقتل خمسة مسلحين": the strike's dead, no weapon
            m = Match(first=m.first, last=m.last, start=m.start, end=m.end, payload=_EVT_BATTLE)
        out.append(m)
    return out


def _evt_car_blasts(tokens: list[Token], lo: int, hi: int, text: str, weapons: list[Match], lex: Lexicon) -> list[Match]:
    """An explosion of one car with no word of a bomb ("قتل سبعة في انفجار سيارة قرب السوق"): a car bomb (as "سيارة
    مفخخة"), among the explosions ``_det_blasts`` keeps (no accident, not figurative, not recalled); not a car that
    carries fuel or gas ("انفجار سيارة محملة بالوقود"), nor a truck (evt_blast_vehicles)."""
    forms, words = _doc_forms(tokens, text), _words("evt_")
    return [Match(first=m.first, last=m.last + 1, start=m.start, end=tokens[m.last + 1].end,
                  payload=_weapon_payload("vbied"))
            for m in _det_blasts(tokens, lo, hi, text, weapons, lex)
            if m.last + 1 < hi and not words["blast_vehicles"].isdisjoint(forms[m.last + 1])
            and not (m.last + 2 < hi and not words["blast_cargo"].isdisjoint(forms[m.last + 2]))]


def _evt_claimed(tokens: list[Token], m: Match, lo: int, text: str, lex: Lexicon) -> bool:
    """A general attack word without the article that a group claims ("تبنى الجيش الإسلامي في تسجيل هجوما على دبابة"،
    "أعلنت مسؤوليتها عن هجوم على قافلة"): an event even with no toll; "تبنت الحركة الهجوم" tells of the one before."""
    forms = _doc_forms(tokens, text)
    if not _generic(m, tokens, text, lex) or any(f.startswith("ال") for f in forms[m.first]):
        return False
    claims = _words("evt_")["claim_words"]
    return any(not claims.isdisjoint(forms[k]) for k in range(max(lo, m.first - 8), m.first))


def _evt_whether(tokens: list[Token], m: Match, lo: int, text: str) -> bool:
    """A hypothetical filter word that asks whether ("من دون أن توضح ما إذا كانوا أصيبوا"، "عما إذا"): no filter."""
    return m.payload == "hypothetical" and m.first > lo \
        and not _words("evt_")["whether_before"].isdisjoint(_doc_forms(tokens, text)[m.first - 1])


def _evt_operations(tokens: list[Token], lo: int, hi: int, text: str, lex: Lexicon, weapons: list[Match],
                    told: bool = False) -> list[Match]:
    """Security or military operations in the sentence [lo, hi), which names no weapon, that count dead or wounded
    after them ("أسفرت العملية الأمنية التي جدت اليوم عن مقتل 5 عناصر إرهابية"، "أفضت العملية الأمنية إلى القضاء على
    ثلاثة إرهابيين"): a battle (small arms); not one without a count ("عملية أمنية أسفرت عن إيقاف 3"), nor one with
    the article in a sentence whose toll an earlier record took (``told``: the operation told before)."""
    if any(not _generic(m, tokens, text, lex) for m in weapons):
        return []
    taken = {k for m in weapons for k in range(m.first, m.last + 1)}
    forms = _doc_forms(tokens, text)
    return [m for m in _evt_lexicon().operations.find(tokens, text, lo, hi)
            if not taken.intersection(range(m.first, m.last + 1))
            and not (told and any(f.startswith("ال") for f in forms[m.first]))
            and any(c["count"] for c in casualties(tokens, m.last + 1, hi, text, lex))]


def _evt_attack_verbs(tokens: list[Token], lo: int, hi: int, text: str, lex: Lexicon,
                      weapons: list[Match]) -> list[Match]:
    """Attacks told with the verb alone in the sentence [lo, hi), which names no weapon ("هاجمت مجموعة مسلحة اليوم
    حاجزا أمنيا"، "وكان شاب قد هاجم أمس ركاب قطار بواسطة فأس"، "هاجمت قوات المجلس مقرات للتنظيم"): the verb with,
    in the next words of its clause, something attacked (a target, security forces, passers-by) or an armed attacker
    or a blade; not "هاجم الوزير الحكومة" or "هاجمت النائبة الوزيرة" (words), nor an attack by someone the sentence
    says was arrested first ("تمكن الأعوان من إيقاف ثلاثة أشقاء، هاجموا أحد السكان": crime news)."""
    if any(not _generic(m, tokens, text, lex) for m in weapons):
        return []
    words, forms = _words("evt_"), _doc_forms(tokens, text)
    marks = {k for k in range(lo, hi) if tokens[k].text in lex.clause_marks
             or not words["attack_window_stops"].isdisjoint(forms[k])} \
        if not words["attack_verbs"].isdisjoint(set().union(*forms[lo:hi])) else set()  # read only at a verb
    arrest = _evt_lexicon().arrest
    found = []
    for k in range(lo, hi):
        if words["attack_verbs"].isdisjoint(forms[k]):
            continue
        if any(not arrest.isdisjoint(forms[j]) for j in range(lo, k)):
            break
        end = next((j for j in range(k + 1, min(hi, k + 7)) if j in marks), min(hi, k + 7))
        after = set().union(*forms[k + 1:end]) if end > k + 1 else set()
        if not (lex.security_words | words["attacked_people"] | words["armed_attackers"]).isdisjoint(after) \
                or lex.target_nouns.find(tokens, text, k + 1, end):
            found.append(Match(first=k, last=k, start=tokens[k].start, end=tokens[k].end,
                               payload=_EVT_VERB_ATTACK))
    return found


_EVT_VERB_ATTACK = ("small_arms", "Violence against civilians", "Attack")  # as "هجوم إرهابي" (incidents.yaml)
_EVT_BATTLE = ("small_arms", "Battles", "Armed clash")  # as "اشتباك مسلح"
_EVT_SHELLING = ("unknown", "Explosions/Remote violence", "Shelling/artillery/missile attack")  # as "قصف مدفعي"


def _evt_out_of_scope(tokens: list[Token], lo: int, hi: int, s_lo: int, s_hi: int, text: str, lex: Lexicon,
                      weapons: list[Match]) -> bool:
    """The clause [lo, hi) of the sentence [s_lo, s_hi) tells of violence ACLED does not code as a battle, an
    explosion or violence against civilians: a clash of protesters, rioters or villagers with no arms named
    ("مواجهات بين محتجين وقوات الأمن"), a killing over a private matter ("طعنه إثر شجار"), or a police ambush
    that is an arrest ("بعد نصب كمين محكم ألقي القبض عليه"), an animal's or a computer attack, a match ("المواجهات
    التالية")."""
    if not weapons:
        return False
    evt = _evt_lexicon()
    forms = _doc_forms(tokens, text)
    sentence = set().union(*forms[s_lo:s_hi])

    def words(m: Match) -> set:
        return set().union(*forms[m.first:m.last + 1])

    def unarmed(m: Match) -> bool:  # "مواجهات", "اشتباكات", a bare "اعتداء", thrown "مقذوفات", "خطف"; not
        # "اشتباك مسلح"
        return (m.payload[2] in ("Armed clash", "Abduction/forced disappearance")
                and not any("مسلح" in f for f in words(m))) \
            or _generic(m, tokens, text, lex) or any(f.startswith("مقذوف") for f in forms[m.first])

    if all(unarmed(m) for m in weapons) and not (evt.crowd | evt.sport).isdisjoint(sentence):
        return True
    if all(m.last + 1 < hi and not evt.cyber.isdisjoint(forms[m.last + 1]) for m in weapons):
        return True  # "هجمات إلكترونية"
    if any(not evt.foiled.isdisjoint(forms[k]) for k in range(lo, weapons[0].first)) \
            and not _dt9_hurt(tokens, lo, hi, text, lex):
        return True  # "أحبطت الشرطة هجوما إرهابيا"
    if all(m.payload[0] in ("small_arms", "unknown") and m.payload[1] != "Explosions/Remote violence"
           for m in weapons) \
            and not evt.private.isdisjoint(sentence) and evt.political.isdisjoint(sentence):
        return True
    if _dt5_untargeted_fire(tokens, lo, hi, text, lex, weapons):
        return True
    if all(not evt.ambush.isdisjoint(words(m)) for m in weapons) \
            and not evt.arrest.isdisjoint(set().union(*forms[lo:hi])) \
            and not (lex.killed.find(tokens, text, lo, hi) or lex.wounded.find(tokens, text, lo, hi)):
        return True
    return False


def _dt5_untargeted_fire(tokens: list[Token], lo: int, hi: int, text: str, lex: Lexicon, weapons: list[Match]) -> bool:
    """All the clause's weapons are gunfire fired into the air or as a warning ("أطلقوا النار في الهواء", "طلقات
    تحذيرية") or only heard ("سمع دوي إطلاق نار"), and the clause [lo, hi) names no dead or wounded: no event."""
    if not all(m.payload[0] == "small_arms" for m in weapons):
        return False
    forms, words = _doc_forms(tokens, text), _words("dt5_")

    def near(m: Match, key: str, before: int, after: int) -> bool:
        span = range(max(lo, m.first - before), min(hi, m.last + 1 + after))
        return any(not words[key].isdisjoint(forms[k]) for k in span if not m.first <= k <= m.last)

    blasts = any(not words["blast_words"].isdisjoint(f) for f in forms[lo:hi])  # "سمع دوي انفجارين وإطلاق نار"
    if not all(near(m, "air_words", 0, 4) or (near(m, "heard_words", 3, 0) and not blasts) for m in weapons):
        return False
    return not (lex.killed.find(tokens, text, lo, hi) or lex.wounded.find(tokens, text, lo, hi))


def _own_event(tokens: list[Token], lo: int, hi: int, text: str, lex: Lexicon, weapons: list[Match]) -> bool:
    """Whether the sentence [lo, hi) after an event reports an event of its own: a weapon proper, or a general
    word for it with a word that makes it another ("وفي الهجوم الثاني"); "وأضافت أن الهجوم أسفر عن إصابة 12"
    tells of the event before it."""
    if any(not _generic(m, tokens, text, lex) for m in weapons):
        return True
    if any(not any(f.startswith("ال") for f in _doc_forms(tokens, text)[m.first])
           for m in _det_blasts(tokens, lo, hi, text, weapons, lex)):
        return True  # "أسفر تفجير استهدف حاجزا عن مقتل ثلاثة": an explosion told for the first time (no article)
    return bool(weapons) and bool(lex.other_event_words.find(tokens, text, lo, hi))


def _filters(tokens: list[Token], lo: int, hi: int, text: str, lex: Lexicon, weapons: list[Match],
             day_times: list[Timex]) -> list[Match]:
    """The filter words of the clause [lo, hi) that bear on its event: not one after the whole event
    is stated, its weapon, a verb that it happened and its day ("استهدفا، الأربعاء 3 يناير، حشودا
    ... في الذكرى الرابعة لاغتياله", "سقطت قذائف أمس على ...، متوعدة بالرد")."""
    found = [m for m in lex.filters.find(tokens, text, lo, hi) if not _evt_whether(tokens, m, lo, text)
             and not _dt13_negated(tokens, m, lo, text)]
    if not found or not day_times:
        return found
    occurred = lex.occurrence.find(tokens, text, lo, hi)
    if not occurred:
        return found
    stated = max(weapons[0].end, occurred[0].end, min(t.end for t in day_times))
    return [m for m in found if m.start < stated]


def _abduction_at(tokens: list[Token], k: int, text: str, hi: int, lex: Lexicon) -> bool:
    """Token ``k`` starts a word of abduction ("واختطفوا"): the end of the raid before it, not a new event."""
    m = lex.weapons.match_at(tokens, k, text, hi)
    return m is not None and m.payload[2] == "Abduction/forced disappearance"


def _clauses(tokens: list[Token], lo: int, hi: int, weapons: list[Match], text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Split a sentence that reports several events into clauses, one or more weapon mentions each.

    Boundaries are clause marks (، ؛) and a conjunction on an occurrence verb ("واستهدفت");
    a piece without a weapon joins the clause before it (or the first one).
    """
    if len(weapons) < 2:
        return [(lo, hi)]
    cuts = [lo]
    aside: set[int] = set()  # the commas around a time set off inside a clause
    for k in range(lo + 1, hi):
        t = tokens[k]
        if t.text in lex.clause_marks and k not in aside:
            close = _mrg_time_aside(tokens, k, hi, text, lex)
            if close is not None:  # "قتل، اليوم الثلاثاء، شاب": the time, not a new clause
                aside.add(close)
                continue
            cuts.append(k + 1)
        elif lex.clause_words.match_at(tokens, k, text, hi) is not None:
            cuts.append(k)
        elif t.splits and t.text[0] in "وف" and t.norm not in lex.occurrence.index \
                and (occ := lex.occurrence.match_at(tokens, k, text, hi)) is not None and occ.start > t.start \
                and lex.killed.match_at(tokens, k, text, hi) is None and lex.wounded.match_at(tokens, k, text, hi) is None \
                and not _abduction_at(tokens, k, text, hi, lex):
            # "واستهدفت": a new event; "قتل 4 وجرح 10", "هاجموا القرية واختطفوا": one event; "فجروا" is a verb
            # of its own, not "ف" + a verb
            cuts.append(k)
    cuts = sorted(set(c for c in cuts if lo <= c < hi)) + [hi]
    pieces = [(cuts[i], cuts[i + 1]) for i in range(len(cuts) - 1) if cuts[i] < cuts[i + 1]]
    out: list[list[int]] = []
    for p_lo, p_hi in pieces:
        has_weapon = any(p_lo <= m.first < p_hi for m in weapons) \
            and not (out and _abduction_at(tokens, p_lo, text, p_hi, lex)) \
            and not (out and tokens[p_lo].norm in lex.instrument_words)
        # "...، واختطفوا": the raid's end; "...، مستخدمين سيارتين مفخختين": its means
        if has_weapon or not out:
            if out and not any(out[-1][0] <= m.first < out[-1][1] for m in weapons):
                out[-1][1] = p_hi  # a leading piece without a weapon joins this clause
            else:
                out.append([p_lo, p_hi])
        else:
            out[-1][1] = p_hi
    return [(a, b) for a, b in out]


def _mrg_time_aside(tokens: list[Token], k: int, hi: int, text: str, lex: Lexicon, most: int = 6) -> int | None:
    """The comma that closes a time set off at the clause mark ``k`` ("قتل، صباح اليوم الثلاثاء، ستة", "هاجم
    مسلحون، مساء أمس الأحد 12 مارس، قرية"): its index when only time words (days, parts of day, months, numbers,
    ``mrg_time_aside_words``) stand between the two marks, at most ``most`` of them, and a word follows; else None."""
    words = _words("mrg_")["time_aside_words"] | lex.casualty_times | _det_months()
    for c in range(k + 1, min(hi, k + 2 + most)):
        t = tokens[c]
        if t.text in lex.clause_marks:
            return c if c > k + 1 and c + 1 < hi else None
        if t.kind != "number" and t.norm not in words \
                and not (t.norm.startswith("ال") and t.norm[2:] in words):
            return None
    return None


@lru_cache(maxsize=1)
def _det_months() -> frozenset:
    """The month names of every family, normalized (the first word of each)."""
    from .casualties import _cas_lexicon
    return _cas_lexicon().months


def _between_sides(tokens: list[Token], trigger: Match, hi: int, text: str, lex: Lexicon) -> bool:
    """Whether the event is a clash between two sides ("اشتباكات عنيفة بين الجيش ومسلحين"): it has no
    target, only two actors."""
    if trigger.payload[1] != "Battles":
        return False
    forms = _doc_forms(tokens, text)
    return any(set(forms[k]) & lex.between_words for k in range(trigger.last + 1, min(hi, trigger.last + 4)))


_SUPERLATIVES = frozenset(normalize(w) for w in "أعنف أكبر أسوأ أشد أخطر أول الأول الأعنف الأكبر الأسوأ الأشد الأخطر "
                          "أدمى الأكثر الأولى أولى لأول للمرة".split())  # "وهي المرة الأولى منذ 30 عاما"


def _is_total(tokens: list[Token], lo: int, hi: int, text: str, lex: Lexicon, timexes: list[Timex] = ()) -> bool:
    """"أكثر من 50 هجوما", "12 هجوما صاروخيا", "عشرات الغارات": a count of attacks is a total, not an event;
    so is a toll "منذ" a date or period ("قتل 1500 شخص في هجمات منذ مطلع العام"), not "منذ قليل" (a moment ago)."""
    forms = _doc_forms(tokens, text)
    for k in range(lo, hi - 1):
        if tokens[k].norm == "منذ" and tokens[k + 1].norm not in _words("evt_")["recent_words"]:
            since_day = any(_dt19_since_day(tokens, k, hi, t) for t in timexes)  # "منذ يوم 8 تموز": not a lapse
            since = any(t.start <= tokens[k + 1].start < t.end or t.start == tokens[k].start for t in timexes) \
                or tokens[k + 1].norm in _det_lexicon().since_starts
            if (since_day or since and not (_dt9_lapse(tokens, k, hi, text, lex)
                                            or _dt24_since_part_of_day(tokens, k, hi, text, lex))) \
                    and not any(f in _SUPERLATIVES for fs in forms[max(lo, k - 6):k] for f in fs):
                return True  # "منذ أشهر", "منذ مطلع العام", "منذ بدء المواجهات"; not "في أعنف هجوم منذ سنوات"
        n = None if _dt19_in_date(tokens[k], timexes) else token_number(tokens[k], text, lex)
        nxt = tokens[k + 1].norm
        if n is not None and n > 2 and nxt in lex.total_nouns and (n >= 10 or _many_context(tokens, k, lo, lex)):
            return True  # "أكثر من 50 هجوما"; "ثلاث غارات" on one day is an event
        if n is not None and n >= 10 and nxt in lex.total_weapon_nouns and _many_context(tokens, k, lo, lex):
            return True  # "أكثر من 400 صاروخ"
        if tokens[k].norm in lex.many_words and nxt in lex.total_nouns | {"ال" + w for w in lex.total_nouns}:
            return True
    return False


def _dt19_since_day(tokens: list[Token], k: int, hi: int, t: Timex) -> bool:
    """A date after "منذ" and the word "يوم" or "تاريخ" before it ("قتل أكثر من 300 شخص منذ يوم 5 آذار"، "منذ تاريخ
    12 أيار"), which the time expression starts after: a period since that date, as "منذ 5 آذار" is; not the lapse
    "منذ يوم" (a day ago) of ``_dt9_lapse``."""
    return k + 2 < hi and tokens[k + 1].norm in ("يوم", "تاريخ") and t.start <= tokens[k + 2].start < t.end


def _dt19_in_date(tok: Token, timexes: list[Timex]) -> bool:
    """A number that is the year (or day) of a date the sentence names, not a count of what follows it: "شهدت المدينة
    في آذار 2019 هجوما على سوقها" tells one attack in March 2019, not 2019 attacks."""
    return any(t.start <= tok.start < t.end for t in timexes)


def _many_context(tokens: list[Token], k: int, lo: int, lex: Lexicon) -> bool:
    """"أكثر من" / "نحو" before a count."""
    prev = " ".join(t.norm for t in tokens[max(lo, k - 2):k])
    return "اكثر من" in prev or "نحو" in prev


def _wpn_trigger(tokens: list[Token], lo: int, hi: int, text: str, lex: Lexicon, weapons: list[Match]) -> Match:
    """The weapon mention of the clause [lo, hi) that decides the record's weapon and ACLED types.

    A weapon proper beats a word for gunmen or violence in general ("أطلق مسلحون قذائف هاون"); a general attack word
    ("هجوم", "الهجمات") comes last, after a shelling told with the verb ("الهجوم على المقر ... قصف القوات مركزا"); an
    attack with no weapon named ("هجمات", "الهجوم الإرهابي") takes an explosion word of the clause, told or not as
    striking ("في هجمات وتفجيرات", "التفجير الإرهابي المزدوج ... هذا الهجوم الإرهابي": ied); a car bomb beats the rest, a
    drone an air strike; an aircraft that fires the rockets or missiles makes them an air strike ("أطلقت مروحية
    صاروخين"), a drone when it is a reconnaissance plane or a drone ("بصاروخ أطلقته طائرة استطلاع"); fighting with
    heavier weapons in it is a battle ("دارت اشتباكات ... تخللها استخدام القذائف الصاروخية").
    """
    weapons = _wp6_lapse_side(tokens, lo, hi, weapons)  # "وجاء التفجير بعد أسبوع من اقتحام مسلحين فندقا": the storming
    adjectives = [m for m in weapons if _wp4_drone_adjective(tokens, m, text)  # "زوارق مسيرة": not a drone
                  or _wp4_loaded_drone(tokens, m, text)  # "طائرات مسيرة محملة بالمتفجرات": not a car bomb
                  or _wp12_media_name(tokens, m, text)]  # "قناة المسيرة": a channel's name
    weapons = [m for m in weapons if m not in adjectives] or weapons
    specific = [m for m in weapons if not _generic(m, tokens, text, lex)]
    trigger = next((m for m in weapons if m.payload[0] not in ("small_arms", "unknown")), None) \
        or next((m for m in specific if m.payload[0] == "small_arms"), None) \
        or next(iter(specific), None) or weapons[0]
    if _wpn_unarmed(tokens, trigger, text, lex):  # an attack with no weapon named: an explosion word names the kind
        trigger = next(iter(_det_blasts(tokens, lo, hi, text, weapons, lex)), trigger)
    if any(m.payload[0] == "vbied" for m in weapons):
        trigger = next(m for m in weapons if m.payload[0] == "vbied")
    if trigger.payload[0] == "airstrike":  # "غارة بطائرة مسيرة", "ضربة لمسيرة": the drone made the strike
        trigger = next((m for m in weapons if m.payload[0] == "drone" and m not in adjectives
                        and _wp12_strike_drone(tokens, lo, m, text)), trigger)
    air = _wp4_air_subject(tokens, lo, hi, text, lex) \
        if trigger in adjectives or trigger.payload[0] == "small_arms" else None
    if air is not None:  # "أعلن الجيش أن طائراته دمرت ...": an air strike, told by the aircraft
        trigger = Match(first=air, last=air, start=tokens[air].start, end=tokens[air].end,
                        payload=_weapon_payload("airstrike"))
    if trigger.payload[0] == "rocket":  # "هجوما صاروخيا ... أطلقت خلاله 12 صاروخا باليستيا": the missiles named
        trigger = _wp12_missile_named(tokens, hi, text, lex, trigger, weapons)
    if trigger.payload[0] == "rocket" and _wp4_guided(tokens, trigger, hi, text):  # "بصاروخ كورنيت مضاد للدروع"
        trigger = replace(trigger, payload=_weapon_payload("missile"))
    if trigger.payload[0] in ("rocket", "missile"):
        platform = _wpn_platform(tokens, lo, hi, text, lex, trigger, weapons)
        if platform is not None:
            trigger = replace(trigger, payload=_weapon_payload(platform))
    if trigger.payload[0] == "rocket" and _wp12_ground_assault(tokens, lo, hi, text, trigger):
        trigger = replace(trigger, payload=_weapon_payload("small_arms"))  # "بالأسلحة الرشاشة والقذائف الصاروخية"
    if _dt3_no_firearm(tokens, text, lex, trigger) or _wp4_blade(tokens, lo, hi, text, trigger):
        trigger = replace(trigger, payload=("unknown", *trigger.payload[1:3]))
    battle = next((m for m in weapons if m.payload[1] == "Battles" and not _wp12_aimed_post(tokens, lo, text, m)), None)
    if battle is None and trigger.payload[0] == "small_arms" and _wp4_exchange(tokens, lo, text, lex, weapons):
        return replace(trigger, payload=_weapon_payload("small_arms"))  # "تبادلت القوات ومسلحون إطلاق النار"
    return battle or trigger


def _wp12_armed_abductors(tokens: list[Token], lo: int, hi: int, text: str) -> bool:
    """An abduction whose clause [lo, hi) names its doers as armed (``wp12_armed_words``: "أقدمت مجموعة مسلحة على
    اختطاف مواطنين", "مسلحي الجماعة ... خطفوهم"): by small arms, as the abductions by gunmen; not by "مجهولون" or
    "إرهابيون" alone (weapon unknown), nor men armed with a blade (``_wp12_cold_arms``)."""
    forms, armed = _doc_forms(tokens, text), _words("wp12_")["armed_words"]
    cold = _wp12_cold_arms(tokens, lo, hi, text)
    return any(not armed.isdisjoint(_wpn_bare(forms[k])) for k in range(lo, hi) if k not in cold)


def _wp12_aimed_post(tokens: list[Token], lo: int, text: str, m: Match) -> bool:
    """An ambush word that is what a strike aimed at (``wpn_aimed_before`` in the two words before it: "تفجير انتحاري
    استهدف كمينا للجيش", "هجوم على كمين"): a checkpoint (Egyptian usage), the target, not an ambush laid; it does not
    make the device that hit it a battle (``_wpn_trigger``)."""
    forms = _doc_forms(tokens, text)
    if m.first != m.last or _words("rec_")["ambush_words"].isdisjoint(forms[m.first]):
        return False
    return _wpn_aimed_before(m.first, lo, forms, _words("wpn_"))


def _wp12_ground_assault(tokens: list[Token], lo: int, hi: int, text: str, trigger: Match) -> bool:
    """Rocket-propelled shells (a shell word with its rocket adjective, or an RPG: ``wp12_ground_rockets``) told with
    firearms named in the same clause (``wp12_firearms_named``: "هجوم إرهابي بالأسلحة الرشاشة والقذائف الصاروخية
    استهدف حافلة عسكرية", "هاجمت النقطة بالأسلحة الآلية والقذائف الصاروخية", "اشتباكات تخللها استخدام للأسلحة
    الرشاشة والقذائف الصاروخية"): a ground assault with small arms, whose RPGs are part of the fire, not a shelling;
    gunmen with the shells alone ("استهدف مسلحون نقطة تفتيش بقذيفة آر بي جي") stay a rocket attack."""
    forms, words = _doc_forms(tokens, text), _words("wp12_")
    if all(words["ground_rockets"].isdisjoint(_wpn_bare(forms[k])) for k in range(trigger.first, trigger.last + 1)):
        return False
    return any(not words["firearms_named"].isdisjoint(_wpn_bare(forms[k]))
               or k > lo and not words["arms_kinds"].isdisjoint(_wpn_bare(forms[k]))
               and not words["arms_words"].isdisjoint(_wpn_bare(forms[k - 1]))  # "الأسلحة الآلية", not "آلية عسكرية"
               for k in range(lo, hi) if not trigger.first <= k <= trigger.last)


def _wp12_media_name(tokens: list[Token], m: Match, text: str) -> bool:
    """A drone word right after a word of the media ("قناة المسيرة", "فضائية المسيرة": ``wp12_media_words``): the name
    of a channel or a paper, not a drone."""
    if m.payload[0] != "drone" or m.first == 0:
        return False
    return not _words("wp12_")["media_words"].isdisjoint(_wpn_bare(_doc_forms(tokens, text)[m.first - 1]))


def _wp12_strike_drone(tokens: list[Token], lo: int, m: Match, text: str) -> bool:
    """The drone ``m`` of the clause made its air strike ("غارة بطائرة مسيرة", "نفذ سلاح الجو المسير عملية استهدفت
    المطار بأربع طائرات مسيرة"), unless it is named as what the strike hit (``_wpn_aimed_before``: "غارتين جويتين
    استهدفتا موقعا لإطلاق الطائرات المسيرة"); unlike ``_wpn_aimed_at``, "لطائرة مسيرة" after the strike word is the
    strike's own: "غارة لطائرة مسيرة")."""
    return not _wpn_aimed_before(m.first, lo, _doc_forms(tokens, text), _words("wpn_"))


def _wp12_repelled(tokens: list[Token], lo: int, hi: int, text: str) -> bool:
    """The clause [lo, hi) tells its attack as repelled, a verb or noun of repelling (``wp12_repel_words``) with an
    attack word or the attackers within three words after it ("تمكن الجنود من صد الهجوم وقتل عشرين من المهاجمين",
    "تمكن الأهالي بمساندة الجيش من التصدي لهجوم مسلح", "تصدت الوحدات للمهاجمين"): two armed sides fought, a battle
    (Battles/Armed clash), not a one-sided attack."""
    forms, words = _doc_forms(tokens, text), _words("wp12_")
    for k in range(lo, hi):
        if words["repel_words"].isdisjoint(forms[k]):
            continue
        if any(not words["repelled_objects"].isdisjoint(_wpn_bare(forms[j])) for j in range(k + 1, min(hi, k + 4))):
            return True
    return False


def _wp12_missile_named(tokens: list[Token], hi: int, text: str, lex: Lexicon, trigger: Match,
                        weapons: list[Match]) -> Match:
    """A rocket attack told by its kind ("شنت روسيا هجوما صاروخيا على المدينة أطلقت خلاله 12 صاروخا باليستيا", "قصف
    صاروخي استهدف الميناء بثلاثة صواريخ مجنحة") whose clause names its munitions as missiles, by a missile term or by a
    guided, ballistic or cruise word after a rocket word (``_wp4_guided``): the missiles decide the weapon and their
    count; a rocket word a state's nationality qualifies is a missile too (``_wp12_state_rocket``); a clause of
    rockets only keeps ``trigger``."""
    for m in weapons:
        if m is not trigger and m.payload[0] == "missile":
            return m
        if m is not trigger and m.payload[0] == "rocket" and _wp4_guided(tokens, m, hi, text):
            return replace(m, payload=_weapon_payload("missile"))
    if _wp12_state_rocket(tokens, hi, text, lex, trigger):
        return replace(trigger, payload=_weapon_payload("missile"))
    return trigger


def _wp12_state_rocket(tokens: list[Token], hi: int, text: str, lex: Lexicon, m: Match) -> bool:
    """A rocket word with a state's nationality right after it ("قصف صاروخي روسي على المدينة", "استهدفت صواريخ
    روسية محطة للكهرباء", "ضربة صاروخية إيرانية"): a state army's missile, not the unguided rockets of an armed group
    (spec section 4, as "صواريخ باليستية"); not one made there ("صواريخ كاتيوشا روسية الصنع") nor a named rocket kind
    (``wp12_rocket_kinds``: "كاتيوشا", "غراد")."""
    k = m.last + 1
    if k >= hi or tokens[k].norm not in lex.nationality:
        return False
    if k + 1 < hi and not _words("wp12_")["made_words"].isdisjoint(_doc_forms(tokens, text)[k + 1]):
        return False
    kinds = _words("wp12_")["rocket_kinds"]
    return all(kinds.isdisjoint(_wpn_bare(f)) for f in _doc_forms(tokens, text)[m.first:k])


def _dt3_no_firearm(tokens: list[Token], text: str, lex: Lexicon, trigger: Match) -> bool:
    """An attack with no weapon named ("هجوم إرهابي", "الهجوم على المسجد"; ``_wpn_unarmed``) and no word of firearms or
    gunmen (``dt3_firearm_words``: "مسلحون", "أطلق النار", "بالرصاص") nor of the security forces anywhere in its
    article (so that every mention of one attack gets one weapon): its weapon is unknown (spec
    section 4), not small arms ("الهجوم الذي استهدف حفلا غنائيا في المدينة أسفر عن مقتل 22 شخصا")."""
    if not _wpn_unarmed(tokens, trigger, text, lex):
        return False
    forms, fire = _doc_forms(tokens, text), _words("dt3_")["firearm_words"]
    security = _with_article(lex.security_words)
    if any(not security.isdisjoint(f) for f in forms):
        return False  # "هجمات إرهابية استهدفت الثكنة العسكرية": an attack on forces is by gunmen (records: a battle)
    return all(fire.isdisjoint(f) for f in forms)


def _wpn_platform(tokens: list[Token], lo: int, hi: int, text: str, lex: Lexicon, trigger: Match,
                  weapons: list[Match]) -> str | None:
    """The aircraft that fired the rockets or missiles of ``trigger``, a few words from it in the clause: "drone" for a
    drone or a reconnaissance plane ("طائرة استطلاع", "طائرة بدون طيار"), "airstrike" for a warplane or a helicopter
    ("مقاتلة", "مروحية هجومية", "طائرات الهليكوبتر"); None when the aircraft is what was fired at ("أطلقوا صاروخا على
    مروحية", "أسقطوا طائرة بصاروخ", "صواريخ مضادة للطائرات")."""
    words, evt = _words("wpn_"), _words("evt_")
    forms = _doc_forms(tokens, text)
    span = int(_data("incidents.yaml")["wpn_platform_window"])
    for m in weapons:
        if m.payload[0] in ("drone", "airstrike") and abs(m.first - trigger.first) <= span \
                and not _wpn_aimed_at(tokens, m.first, lo, forms, words):
            return m.payload[0]
    aircraft = evt["air_words"] | words["aircraft_words"]
    for k in range(max(lo, trigger.first - span), min(hi, trigger.last + span + 1)):
        if trigger.first <= k <= trigger.last or aircraft.isdisjoint(_wpn_bare(forms[k])) \
                or not words["aircraft_modifiers"].isdisjoint(forms[k]) or _wpn_aimed_at(tokens, k, lo, forms, words):
            continue
        if any(tokens[j].text in lex.clause_marks for j in range(min(k, trigger.first), max(k, trigger.last))):
            continue  # "استهدفت ب59 صاروخا، طائرات وحظائر": the aircraft hit, in a list after the weapon
        recon = any(not words["recon_words"].isdisjoint(forms[j]) for j in range(k + 1, min(hi, k + 3))) \
            or any(_wp4_pilotless(forms, j) for j in range(k + 2, min(hi, k + 5)))
        return "drone" if recon else "airstrike"
    return None


def _wpn_aimed_at(tokens: list[Token], k: int, lo: int, forms: list, words: dict) -> bool:
    """The aircraft at token ``k`` is what was fired at or downed: "على مروحية", "أسقطوا طائرة", "للطائرات"."""
    if tokens[k].norm.startswith("ل") or tokens[k].norm.startswith("لل"):
        return True
    return _wpn_aimed_before(k, lo, forms, words)


def _wpn_aimed_before(k: int, lo: int, forms: list, words: dict) -> bool:
    """A word of aiming or downing (``wpn_aimed_before``) in the two words before token ``k`` (not before ``lo``):
    "استهدف كمينا", "أسقطوا طائرة", "موقعا لإطلاق الطائرات"."""
    return any(not words["aimed_before"].isdisjoint(forms[j]) for j in range(max(lo, k - 2), k))


def _wpn_unarmed(tokens: list[Token], m: Match, text: str, lex: Lexicon) -> bool:
    """An attack with no weapon named: a general attack word, or a phrase on an attack noun with no word of arms
    ("هجوم إرهابي", "العملية الإرهابية", "اعتداء دموي"; not "هجوم مسلح")."""
    if m.payload[0] != "small_arms" or m.payload[2] != "Attack":
        return False
    if _generic(m, tokens, text, lex):
        return True
    forms, words = _doc_forms(tokens, text), _words("wpn_")
    return not words["attack_heads"].isdisjoint(_wpn_bare(forms[m.first])) \
        and all(words["armed_words"].isdisjoint(forms[k]) for k in range(m.first, m.last + 1))


def _wpn_vague(tokens: list[Token], lo: int, hi: int, text: str, lex: Lexicon, weapons: list[Match],
               blasts: list[Match]) -> bool:
    """The clause [lo, hi) tells of an explosion with no named device: its weapon mentions are explosion words told as
    striking (``blasts``) or attacks with no weapon named, with an explosion word among them or in the clause
    ("انفجار هز سوقا", "في هجمات وتفجيرات", "جدت عملية إرهابية تمثلت في انفجار بحافلة"): weapon ied, no count, and
    the record joins the event whose device another mention names (merging)."""
    if not weapons or not all(m in blasts or _wpn_unarmed(tokens, m, text, lex) for m in weapons):
        return False
    return any(m in blasts for m in weapons) or bool(_det_blasts(tokens, lo, hi, text, weapons, lex))


def _rec_occurred(tokens: list[Token], lo: int, hi: int, text: str, lex: Lexicon, weapons: list[Match]) -> bool:
    """The clause [lo, hi) says its event took place with a verb the occurrence words lack: a verb of taking place a
    few words before the weapon word, as the clause's main verb ("جدت أمس الأربعاء اشتباكات"، "جدت اليوم عملية
    إرهابية"; not "ما حدث", "العمليات التي جدت"), a toll left after it ("عملية إرهابية ... خلفت 12 قتيلا") or an
    ambush laid (``_rec_ambush``)."""
    words, forms = _words("rec_"), _doc_forms(tokens, text)
    stops = _det_lexicon().relatives | {"ما", "مما", "عما"}
    for m in weapons:
        for k in range(m.first - 1, max(lo, m.first - 5) - 1, -1):
            if tokens[k].text in lex.clause_marks:
                break
            if not words["occurrence_verbs"].isdisjoint(forms[k]) and not tokens[k].norm.startswith("ال"):
                if k == lo or stops.isdisjoint(forms[k - 1]):
                    return True
                break
        for k in range(m.last + 1, min(hi, m.last + 8) - 1):
            if not words["toll_verbs"].isdisjoint(forms[k]) and token_number(tokens[k + 1], text, lex) is not None:
                return True
    return any(_rec_ambush(tokens, m, lo, hi, text, lex) for m in weapons)


def _rec_ambush(tokens: list[Token], m: Match, lo: int, hi: int, text: str, lex: Lexicon) -> bool:
    """An ambush laid, the verb of ``rec_ambush_verbs`` within two words of "كمين": laid for the security forces or a
    target ("نصبت مجموعة مسلحة كمينا لدورية عسكرية") or by armed men ("كمين نصبه مسلحون"), with no word of an arrest in
    the clause ("بعد نصب كمين محكم، تمكنت الوحدات من إيقاف"، "نصب كمين للمتهم")."""
    words, forms = _words("rec_"), _doc_forms(tokens, text)
    if m.first != m.last or words["ambush_words"].isdisjoint(forms[m.first]):
        return False
    near = range(max(lo, m.first - 3), min(hi, m.last + 3))
    if all(words["ambush_verbs"].isdisjoint(forms[k]) for k in near):
        return False
    if any(not _evt_lexicon().arrest.isdisjoint(forms[k]) for k in range(lo, hi)):
        return False
    nxt = m.last + 1
    aimed = nxt < hi and tokens[nxt].norm.startswith("ل") and not tokens[nxt].norm.startswith("لل") and (
        not lex.security_words.isdisjoint(forms[nxt]) or bool(lex.target_nouns.find(tokens, text, nxt, nxt + 1)))
    armed = _words("evt_")["armed_attackers"]
    return aimed or any(not armed.isdisjoint(forms[k]) for k in range(max(lo, m.first - 3), min(hi, m.last + 4)))


def _rec_exposed(tokens: list[Token], m: Match, lo: int, text: str, lex: Lexicon) -> bool:
    """A general attack word without the article that a target suffered, with "ل" or "إلى" after a past verb of
    ``rec_exposed_verbs`` a few words before it in the clause ("تعرضت دورية عسكرية مساء أمس لهجوم"، "تعرض مركز للشرطة
    اليوم لهجوم"، "دورية تعرضت إلى اعتداء"): an event even with no toll, when the security forces or a target are named
    within four words before the verb up to the attack word; "تعرض الوزير لهجوم من النواب" (words) is none."""
    if not _generic(m, tokens, text, lex):
        return False
    return _dt10_exposed(tokens, m, lo, text, lex)


def _dt10_exposed(tokens: list[Token], m: Match, lo: int, text: str, lex: Lexicon) -> bool:
    """The body of ``_rec_exposed`` for any event word, an explosion too ("تعرضت حافلة ركاب في المدينة إلى انفجار"،
    "تعرض مقر للشرطة لتفجير"): "ل" or "إلى" before the word without the article, a past verb of ``rec_exposed_verbs``
    a few words before it in the clause and the security forces or a target named near the verb."""
    words, forms = _words("rec_"), _doc_forms(tokens, text)
    head = tokens[m.first].norm.lstrip("وف")
    if not (head.startswith("ل") and not head.startswith("لل")) \
            and not (m.first > lo and not words["exposed_preps"].isdisjoint(forms[m.first - 1])
                     and not head.startswith("ال")):
        return False  # "لهجوم", "إلى اعتداء"; not "للهجوم", "إلى الاعتداء" (the one told before)
    for k in range(m.first - 1, max(lo, m.first - 14) - 1, -1):  # a place and a day may come between
        if tokens[k].text in lex.clause_marks:
            return False
        if not words["exposed_verbs"].isdisjoint(forms[k]):
            a = max(lo, k - 4)
            return any(not lex.security_words.isdisjoint(forms[j]) for j in range(a, m.first)) \
                or bool(lex.target_nouns.find(tokens, text, a, m.first))
    return False


def _rec_aim_verbs(tokens: list[Token], lo: int, hi: int, text: str, lex: Lexicon, weapons: list[Match]) -> list[Match]:
    """Attacks told with a verb of aiming alone in the sentence [lo, hi), which names no weapon ("استهدفت مجموعة إرهابية
    اليوم دورية أمنية"، "مسلحون مجهولون استهدفوا حاجزا للجيش"): the verb with armed men as its subject within three words
    of it and, in the next words of its clause, security forces or a target; small arms. Not the forces' own operation
    ("استهدفت حملة أمنية عناصر إرهابية": the armed men are its object, after the target word)."""
    if any(not _generic(m, tokens, text, lex) for m in weapons):
        return []
    words, forms = _words("rec_"), _doc_forms(tokens, text)
    armed = _words("evt_")["armed_attackers"] | words["unknown_attackers"]
    found = []
    for k in range(lo, hi):
        if words["aim_verbs"].isdisjoint(forms[k]) or tokens[k].norm.lstrip("وف").startswith(("ال", "ب", "ل")):
            continue
        end = _dt10_clause_end(tokens, k, hi, text, lex, 7)
        aimed = next((j for j in range(k + 1, end) if not lex.security_words.isdisjoint(forms[j])
                      or lex.target_nouns.match_at(tokens, j, text, end) is not None), None)
        if aimed is None:
            continue
        before = range(max(lo, k - 3), k)
        after = range(k + 1, min(aimed, k + 4))
        if any(tokens[j].text in lex.clause_marks for j in before):
            before = range(k, k)
        if any(not armed.isdisjoint(forms[j]) for j in (*before, *after)):
            found.append(Match(first=k, last=k, start=tokens[k].start, end=tokens[k].end, payload=_EVT_VERB_ATTACK))
    return found


# -- wp4_: weapons on probe sentences (h-wpn-1126) -------------------------------------------------------------


def _wp4_drone_adjective(tokens: list[Token], m: Match, text: str) -> bool:
    """A bare "مسيرة"/"مسيرات" that qualifies the boat or vehicle before it ("ثلاثة زوارق مسيرة", "قارب مسير"):
    the unmanned boat is a target, not a drone (``wp4_unmanned_hosts``)."""
    if m.payload[0] != "drone" or m.first != m.last or m.first == 0:
        return False
    return not _words("wp4_")["unmanned_hosts"].isdisjoint(_wpn_bare(_doc_forms(tokens, text)[m.first - 1]))


def _wp4_air_subject(tokens: list[Token], lo: int, hi: int, text: str, lex: Lexicon) -> int | None:
    """The clause [lo, hi) has the air force as the subject of a strike verb a few words after it, with no clause
    mark between ("أعلنت القيادة أن طائراتها دمرت", "طائرات التحالف استهدفت", "مقاتلات حربية إسرائيلية قصفت"); not an
    aircraft that was aimed at or downed ("أسقطوا طائرة", "على الطائرات": ``_wpn_aimed_at``). The aircraft's token,
    or None."""
    forms, words, wpn = _doc_forms(tokens, text), _words("wp4_"), _words("wpn_")
    for k in range(lo, hi - 1):
        if words["air_subjects"].isdisjoint(_wpn_bare(forms[k])) or _wpn_aimed_at(tokens, k, lo, forms, wpn):
            continue
        for j in range(k + 1, min(hi, k + 4)):
            if tokens[j].text in lex.clause_marks:
                break
            if not tokens[j].norm.startswith("ل") and not words["strike_verbs"].isdisjoint(_wpn_bare(forms[j])):
                return k  # not "طائرات الهليكوبتر لقصف": what they were used for
    return None


def _wp4_guided(tokens: list[Token], trigger: Match, hi: int, text: str) -> bool:
    """A rocket named as guided, ballistic, cruise or by an anti-tank model within three words after it ("بصاروخ
    كورنيت مضاد للدروع", "صواريخ أمريكية موجهة"): a missile (spec section 4)."""
    forms, guided = _doc_forms(tokens, text), _words("wp4_")["guided_words"]
    return any(not guided.isdisjoint(_wpn_bare(forms[k])) for k in range(trigger.last + 1, min(hi, trigger.last + 4)))


def _wp4_exchange(tokens: list[Token], lo: int, text: str, lex: Lexicon, weapons: list[Match]) -> bool:
    """Fire told as exchanged with words between the verb and the fire ("تبادلت قوات الأمن ومسلحون إطلاق النار",
    "تبادل كثيف لإطلاق النار"): a battle, not a one-sided attack (``wp4_exchange_words`` within ten words before,
    no clause mark between: the two sides named between them)."""
    forms, words = _doc_forms(tokens, text), _words("wp4_")
    for m in weapons:
        if m.payload[0] != "small_arms" or all(words["fire_words"].isdisjoint(_wpn_bare(forms[k]))
                                               for k in range(m.first, m.last + 1)):
            continue
        for k in range(m.first - 1, max(lo, m.first - 10) - 1, -1):
            if tokens[k].text in lex.clause_marks:
                break
            if not words["exchange_words"].isdisjoint(_wpn_bare(forms[k])):
                return True
    return False


def _wp4_blade(tokens: list[Token], lo: int, hi: int, text: str, trigger: Match) -> bool:
    """A one-sided attack with a blade named in its clause and no word of firearms there ("هاجم رجل بسكين ركابا في
    محطة", "في هجوم نفذه شاب بواسطة فأس"): weapon unknown (spec section 4; ``wp4_blade_words``)."""
    if trigger.payload[0] != "small_arms" or trigger.payload[2] != "Attack":
        return False
    forms, blades, fire = _doc_forms(tokens, text), _words("wp4_")["blade_words"], _words("dt3_")["firearm_words"]
    cold = _wp12_cold_arms(tokens, lo, hi, text)
    bare = [_wpn_bare(forms[k]) for k in range(lo, hi)]
    return (any(not blades.isdisjoint(b) for b in bare) or bool(cold)) \
        and all(fire.isdisjoint(b) for k, b in zip(range(lo, hi), bare) if k not in cold)


def _wp12_cold_arms(tokens: list[Token], lo: int, hi: int, text: str) -> set[int]:
    """The tokens of [lo, hi) that name cold arms with a word of arms: "بسلاح أبيض", "أسلحة بيضاء" (a word of arms and
    the white of ``wp12_cold_words`` right after it) and "مسلح بسكين", "مسلحين بسواطير" (an armed word with a blade right
    after it): a blade, not a firearm, though "سلاح" and "مسلح" are firearm words (``_wp4_blade``). Their indices."""
    forms, words, blades = _doc_forms(tokens, text), _words("wp12_"), _words("wp4_")["blade_words"]
    out: set[int] = set()
    for k in range(lo, hi - 1):
        bare, nxt = _wpn_bare(forms[k]), _wpn_bare(forms[k + 1])
        if not words["arms_words"].isdisjoint(bare) and not words["cold_words"].isdisjoint(nxt) \
                or not words["armed_words"].isdisjoint(bare) and not blades.isdisjoint(nxt):
            out |= {k, k + 1}
    return out


def _wp4_loaded_drone(tokens: list[Token], m: Match, text: str) -> bool:
    """A vbied term that opens with a loaded word ("محملة بالمتفجرات") with no vehicle in the three words before it
    ("شاحنة صغيرة محملة بالمتفجرات" is a car bomb; "أربع طائرات مسيرة محملة بالمتفجرات" is not)."""
    words = _words("wp4_")
    if m.payload[0] != "vbied" or m.first == 0:
        return False
    forms = _doc_forms(tokens, text)
    if words["loaded_words"].isdisjoint(_wpn_bare(forms[m.first])):
        return False
    return all(words["vehicle_words"].isdisjoint(_wpn_bare(forms[k])) for k in range(max(0, m.first - 3), m.first))


def _wp4_pilotless(forms: list, j: int) -> bool:
    """Token ``j`` is "طيار" after "دون"/"بدون" ("طائرة أمريكية من دون طيار"): the aircraft before it is a drone."""
    words = _words("wp4_")
    return not words["pilot_words"].isdisjoint(forms[j]) and not words["without_words"].isdisjoint(forms[j - 1])


def _dt8_result_subject(tokens: list[Token], m: Match, k: int, lo: int | None, hi: int, text: str,
                        lex: Lexicon) -> bool:
    """An explosion word ``m`` that is the subject of a verb of result right before it, told with a verb of taking place
    at token ``k`` ("أدى الانفجار الذي وقع قرب سوق إلى مقتل سبعة", "أسفر انفجار وقع في سوق عن مقتل خمسة"), with dead
    or wounded after it in the sentence [lo, hi): the explosion is reported, the first time it is told."""
    if lo is None or m.first - 1 < lo or k >= hi:
        return False
    forms, words = _doc_forms(tokens, text), _words("dt8_")
    if words["result_verbs"].isdisjoint(forms[m.first - 1]) or _words("evt_")["blast_occurred"].isdisjoint(forms[k]):
        return False
    return bool(lex.killed.find(tokens, text, k, hi) or lex.wounded.find(tokens, text, k, hi))


def _dt8_eliminated(tokens: list[Token], lo: int, hi: int, text: str, lex: Lexicon,
                    weapons: list[Match]) -> list[Match]:
    """Militants killed by the forces told with "القضاء على" or "قضت ... على" in the sentence [lo, hi), which names no
    weapon ("تمكن الجيش من القضاء على 14 عنصرا من حركة الشباب", "أن قوات الأمن قضت على خمسة إرهابيين"): a battle
    (``_dt8_eliminate_at``)."""
    if any(not _generic(m, tokens, text, lex) for m in weapons):
        return []
    return [Match(first=k, last=k, start=tokens[k].start, end=tokens[k].end, payload=_EVT_BATTLE)
            for k in range(lo, hi) if _dt8_eliminate_at(tokens, k, lo, hi, text, lex)]


def _dt8_eliminate_at(tokens: list[Token], k: int, lo: int, hi: int, text: str, lex: Lexicon) -> bool:
    """Token ``k`` of the sentence [lo, hi) is "القضاء" or "قضت" with "على" within four words, a number after it and a
    militant word within three words of it, the forces named before "على" ("تمكن الجيش من القضاء", "قضت قوات الأمن
    على"); not "للقضاء على" (a purpose), "القضاء على الإرهاب" (no number), "قضت المحكمة", nor after an operation word
    ("العملية التي أسفرت عن القضاء على", "العملية الأمنية ... مكنت من القضاء على": ``_evt_operations``)."""
    forms, words = _doc_forms(tokens, text), _words("dt8_")
    if words["eliminate_words"].isdisjoint(forms[k]) or tokens[k].norm.lstrip("وف").startswith("ل"):
        return False
    on = next((j for j in range(k + 1, min(hi, k + 5)) if not words["eliminate_preps"].isdisjoint(forms[j])), None)
    militants = _words("ac2_")["militant_dead"]
    if on is None or not any(not militants.isdisjoint(forms[j]) for j in range(on + 1, min(hi, on + 4))):
        return False
    if not any(not lex.security_words.isdisjoint(forms[j]) for j in range(max(lo, k - 8), on)):
        return False
    if _evt_lexicon().operations.find(tokens, text, lo, k):
        return False  # "العملية الأمنية التي ... مكنت من القضاء على 4": the operation's finder decides
    return any(token_number(tokens[j], text, lex) is not None for j in range(on + 1, min(hi, on + 3)))


def _dt8_hostages(tokens: list[Token], lo: int, hi: int, text: str, lex: Lexicon, weapons: list[Match]) -> list[Match]:
    """Hostage-taking told with a past verb of holding and hostages within four words in the sentence [lo, hi) ("احتجز
    مسلحون عشرات الرهائن داخل فندق"): an abduction, by small arms when armed men are named in the sentence; not the
    verbal noun ("خلال عملية احتجاز الرهائن": told before) nor in a sentence that counts dead (an attack)."""
    forms, words = _doc_forms(tokens, text), _words("dt8_")
    taken = {k for m in weapons for k in range(m.first, m.last + 1)}
    nouns = _words("dt10_")["hostage_nouns"]  # "خلال عملية احتجاز الرهائن": the event told before, not a new one
    held = [k for k in range(lo, hi) if k not in taken and not words["hostage_verbs"].isdisjoint(forms[k])
            and nouns.isdisjoint(forms[k])
            and any(not words["hostage_words"].isdisjoint(forms[j]) for j in range(k + 1, min(hi, k + 5)))]
    if not held or lex.killed.find(tokens, text, lo, hi):
        return []  # hostages held and killed ("احتجز رهائن داخل كنيسة وذبح القس"): the killing is the attack
    armed = _words("evt_")["armed_attackers"]
    gunmen = any(not armed.isdisjoint(forms[j]) for j in range(lo, hi))
    payload = ("small_arms" if gunmen else "unknown", "Violence against civilians", "Abduction/forced disappearance")
    return [Match(first=k, last=k, start=tokens[k].start, end=tokens[k].end, payload=payload) for k in held]


def _dt8_told(tokens: list[Token], lo: int, hi: int, s_lo: int, text: str, lex: Lexicon, weapons: list[Match],
              own_days: list) -> bool:
    """The clause [lo, hi) tells that its event happened without an occurrence verb: its weapon word after a
    periphrastic passive ("تم اختطاف مهندس ... على يد مسلحين", "جرى اغتيال ضابط"), a verbal noun opening the
    sentence with a day of its own ("اغتيال مسؤول محلي برصاص مجهولين ... مساء أمس الثلاثاء"), or a past verb of
    holding hostages or of eliminating militants ("احتجز مسلحون الرهائن", "قضت قوات الأمن على خمسة إرهابيين")."""
    forms, words = _doc_forms(tokens, text), _words("dt8_")
    armed = _words("evt_")["armed_attackers"] | _evt_lexicon().political | lex.actor_nouns
    for m in weapons:
        if m.first - 1 >= lo and not words["passive_aux"].isdisjoint(forms[m.first - 1]) \
                and (m.payload[2] != "Abduction/forced disappearance" or any(not armed.isdisjoint(forms[j])
                                                                             for j in range(lo, hi))):
            return True  # an abduction by armed men or a group ("على يد مسلحين"), not "تم اختطاف شقيقه" for a ransom
        if _dt23_done(tokens, m, lo, text) and any(not armed.isdisjoint(forms[j]) for j in range(max(lo, m.first - 12),
                                                                                               m.first)):
            return True  # "إن عناصر إرهابية قامت باختطاف شقيقه": the group did it
        if m.first == s_lo and own_days and not words["headline_nouns"].isdisjoint(forms[m.first]):
            return True
        if not (words["hostage_verbs"] | words["eliminate_words"]).isdisjoint(forms[m.first]) \
                and (_words("dt10_")["hostage_nouns"] | _words("dt10_")["eliminate_nouns"]).isdisjoint(forms[m.first]):
            return True  # a past verb: "احتجز مسلحون الرهائن", "قضت قوات الأمن على خمسة إرهابيين"
    nouns = _words("dt10_")["eliminate_nouns"]  # "قضت قوات الأمن على خمسة إرهابيين خلال اشتباك": the verb says it
    return any(nouns.isdisjoint(forms[k]) and _dt8_eliminate_at(tokens, k, lo, hi, text, lex) for k in range(lo, hi)) \
        or _dt10_toll_first(tokens, lo, hi, text, lex, weapons) \
        or any(_dt10_undertaken_at(tokens, m.first, lo, text, lex) for m in weapons)


def _dt23_done(tokens: list[Token], m: Match, lo: int, text: str) -> bool:
    """The event noun of ``m`` with "ب" right after a past verb of doing (``dt23_done_verbs``), the active form of the
    periphrastic passive "تم اختطاف" ("ثم قامت باختطاف الراعي"، "مسلحون قاموا بتفجير العبوة"), at most five words before it
    ("قامت مجموعة مسلحة اليوم باختطاف"); an armed group is named before the noun (``_dt8_told``)."""
    if not tokens[m.first].norm.startswith("ب"):
        return False
    forms, done = _doc_forms(tokens, text), _words("dt23_")["done_verbs"]
    return any(not done.isdisjoint(forms[k]) for k in range(max(lo, m.first - 5), m.first))


def _dt9_caused_by(tokens: list[Token], k: int, lo: int, hi: int, text: str, lex: Lexicon) -> bool:
    """The shelling noun with its preposition at token ``k`` ("بقصف"، "لقصف") is the cause of a toll told before it
    in the clause [lo, hi), with its agent right after it: a nationality or a group's adjective ("قتل ثلاثة مدنيين
    بقصف إسرائيلي"، "أصيب أربعة بقصف حوثي") or forces with "ل" ("قتل طفلان بقصف لقوات النظام"). Not a threat or
    a plan ("هدد بقصف"), which has no one killed or wounded before it."""
    if not tokens[k].norm.lstrip("وف").startswith("ب") or k + 1 >= hi:
        return False
    if not any(m.last < k for m in lex.killed.find(tokens, text, lo, k) + lex.wounded.find(tokens, text, lo, k)):
        return False
    forms = _doc_forms(tokens, text)
    nxt = set(forms[k + 1]) | {tokens[k + 1].norm}
    if not nxt.isdisjoint(lex.nationality) or not nxt.isdisjoint(lex.actor_adjectives):
        return True
    forces = _with_article(lex.security_words) | _words("evt_")["air_words"]
    bare = tokens[k + 1].norm.removeprefix("ل")
    return tokens[k + 1].norm.startswith("ل") and ("ال" + bare.removeprefix("ل") in forces or bare in forces)


def _dt9_hurt(tokens: list[Token], lo: int, hi: int, text: str, lex: Lexicon) -> bool:
    """The clause [lo, hi) tells of someone killed or wounded, not only that no one was ("أحبطت ... محاولة لتفجير
    سيارة مفخخة، دون وقوع إصابات": the toll word under a negation counts no one)."""
    found = lex.killed.find(tokens, text, lo, hi) + lex.wounded.find(tokens, text, lo, hi)
    negations = _words("dt9_")["negations"]
    forms = _doc_forms(tokens, text)
    return any(not any(not negations.isdisjoint(forms[j]) for j in range(max(lo, m.first - 3), m.first))
               for m in found)


def _dt9_lapse(tokens: list[Token], k: int, hi: int, text: str, lex: Lexicon) -> bool:
    """"منذ" at token ``k`` before a count of hours or days ("منذ ثلاثة أيام"، "منذ يومين"، "منذ 48 ساعة"): a lapse,
    the event was that long ago, not a total since a date ("منذ مطلع العام") or over a long period ("منذ سنوات")."""
    units = _words("dt9_")["lapse_units"]
    forms = _doc_forms(tokens, text)
    if k + 1 < hi and not units.isdisjoint(forms[k + 1]):
        return True  # "منذ يومين"
    return k + 2 < hi and token_number(tokens[k + 1], text, lex) is not None and not units.isdisjoint(forms[k + 2])


def _dt9_anniversary(tokens: list[Token], lo: int, hi: int, text: str, weapons: list[Match],
                     told: Callable[[int, int], bool] | None = None) -> list[Match]:
    """The event words of the sentence [lo, hi) without those of an anniversary: "الذكرى العاشرة لهجوم ... الذي قتل
    فيه 15 جنديا"، "ذكرى تفجير": the event named within a few words after "ذكرى" and the rest of the sentence that
    tells it, up to a word that opens another event ("فيما"، "بينما"). An event told before the anniversary stays
    ("استهدفا أمس حشودا في الذكرى الرابعة لاغتياله"), and so does one the anniversary tells in full: ``told(a, end)``
    says so of the words [a, end) from "ذكرى" (``_dt18_told_in_full``)."""
    words, forms = _words("dt9_"), _doc_forms(tokens, text)
    dropped: list[tuple[int, int]] = []
    for a in range(lo, hi):
        if words["anniversary"].isdisjoint(forms[a]):
            continue
        if not any(a < m.first <= a + 4 for m in weapons) and not any(
                not _words("dt10_")["anniversary_events"].isdisjoint(forms[j]) for j in range(a + 1, min(hi, a + 5))):
            continue  # "ذكرى الاستقلال"; "الذكرى العشرين لاحتجاز مئات الرهائن ... على يد مسلحين" is an event's
        end = next((j for j in range(a + 1, hi) if not words["other_event"].isdisjoint(forms[j])), hi)
        if told is None or not told(a, end):
            dropped.append((a, end))
    return [m for m in weapons if not any(a < m.first < end for a, end in dropped)]


# -- dt10_: detection, round 3 (h-dt10-1127) -------------------------------------------------------------------


def _dt10_toll_first(tokens: list[Token], lo: int, hi: int, text: str, lex: Lexicon, weapons: list[Match]) -> bool:
    """A nominal sentence that opens with its toll, the event after it ("ثلاثة قتلى وسبعة جرحى حصيلة غارة شنتها مسيرة
    ..."، "شهيدان في قصف على بلدة ..."): dead or wounded counted in the first words of the clause [lo, hi), with no
    verb, then a word of ``dt10_toll_links`` ("حصيلة", "في", "جراء") or "ب" right before an event word without the
    article (not "حصيلة الهجوم": the event told before)."""
    words, forms = _words("dt10_"), _doc_forms(tokens, text)
    for m in weapons:
        if m.first - lo < 2 or m.first - lo > 8 or any(f.startswith("ال") for f in forms[m.first]):
            continue
        linked = not words["toll_links"].isdisjoint(forms[m.first - 1]) \
            or tokens[m.first].norm.lstrip("و").startswith("ب") and not tokens[m.first].norm.startswith("بال")
        if not linked or lex.killed.find(tokens, text, lo, m.first) or lex.wounded.find(tokens, text, lo, m.first) \
                or lex.occurrence.find(tokens, text, lo, m.first):
            continue
        if any(c["count"] for c in casualties(tokens, lo, min(m.first, lo + 4), text, lex)):
            return True
    return False


def _dt10_clause_end(tokens: list[Token], k: int, hi: int, text: str, lex: Lexicon, most: int) -> int:
    """The end of the words after the verb at ``k`` that may hold its object: ``most`` words or the first clause mark
    of the sentence [.., hi), whichever comes first; a time set off by commas does not end it and does not count
    ("قصفت الطائرات التركية، أمس الجمعة، مقر قيادة"، "استهدف مسلحون، مساء الأحد، حاجزا": ``_mrg_time_aside``)."""
    end, j = min(hi, k + 1 + most), k + 1
    while j < end:
        if tokens[j].text in lex.clause_marks:
            close = _mrg_time_aside(tokens, j, hi, text, lex)
            if close is None:
                return j
            end = min(hi, end + close - j + 1)
            j = close + 1
            continue
        j += 1
    return end


_DT10_KILLING = ("unknown", "Violence against civilians", "Attack")  # "إعدام", "ذبح": no weapon named


def _dt10_undertaken_at(tokens: list[Token], j: int, lo: int, text: str, lex: Lexicon) -> bool:
    """The event word at token ``j`` is the verbal noun after "أقدم ... على" ("أقدم عناصر من التنظيم على إعدام
    أربعة رعاة"، "أقدمت مجموعة إرهابية مسلحة، ليلة السبت، على مهاجمة محطة"): the past verb of ``dt10_undertake_verbs``
    up to 18 words before "على" in the sentence from ``lo``, not negated, with armed men, a group or a word of terror
    between them (not "أقدم شاب على ..." of crime news)."""
    if j - 1 <= lo or tokens[j - 1].norm not in _words("dt10_")["undertake_preps"]:
        return False
    words, forms, evt = _words("dt10_"), _doc_forms(tokens, text), _evt_lexicon()
    actors = _words("evt_")["armed_attackers"] | evt.political | lex.actor_nouns | lex.member_nouns
    for k in range(j - 2, max(lo, j - 20) - 1, -1):
        if words["undertake_verbs"].isdisjoint(forms[k]):
            continue
        if k > lo and not _words("dt9_")["negations"].isdisjoint(forms[k - 1]):
            return False
        return any(not actors.isdisjoint(forms[i]) for i in range(k + 1, j - 1))
    return False


def _dt10_undertaken(tokens: list[Token], lo: int, hi: int, text: str, lex: Lexicon, weapons: list[Match]) -> list[Match]:
    """Attacks and killings told as "أقدم ... على" and a verbal noun the weapon terms miss (``_dt10_undertaken_at``):
    "مهاجمة" an attack (small arms, as "هجوم"), "إعدام"/"ذبح" a killing with no weapon named."""
    words, forms = _words("dt10_"), _doc_forms(tokens, text)
    taken = {k for m in weapons for k in range(m.first, m.last + 1)}
    found = []
    for j in range(lo + 2, hi):
        if j in taken:
            continue
        attack = not words["undertaken_attacks"].isdisjoint(forms[j])
        if (attack or not words["undertaken_killings"].isdisjoint(forms[j])) \
                and _dt10_undertaken_at(tokens, j, lo, text, lex):
            found.append(Match(first=j, last=j, start=tokens[j].start, end=tokens[j].end,
                               payload=_EVT_VERB_ATTACK if attack else _DT10_KILLING))
    return found


def _dt10_toll_update(tokens: list[Token], m: Match, lo: int, hi: int, text: str, lex: Lexicon) -> bool:
    """A revised toll that names its event as the lead ("ارتفع عدد قتلى تفجير الأربعاء في مدينة الحسكة إلى تسعة"،
    "ارتفعت حصيلة التفجيرين اللذين وقعا أمس ... إلى 89 قتيلا"): a verb of ``dt10_update_verbs`` opening the clause from
    ``lo``, then only words of ``dt10_update_heads`` up to the event word, which has no article unless a relative pronoun
    follows it (not "ارتفعت حصيلة الهجوم إلى": the event told before), and a count after "إلى"."""
    words, forms = _words("dt10_"), _doc_forms(tokens, text)
    k = m.first - 1
    while k > lo and not words["update_heads"].isdisjoint(forms[k]):
        k -= 1
    if k != lo or k == m.first - 1 or words["update_verbs"].isdisjoint(forms[k]):
        return False
    nxt = m.last + 1
    if any(f.startswith("ال") for f in forms[m.first]) \
            and (nxt >= hi or _det_lexicon().relatives.isdisjoint(forms[nxt])):
        return False
    to = next((j for j in range(nxt, min(hi, nxt + 20)) if not words["update_preps"].isdisjoint(forms[j])), None)
    return to is not None and to + 1 < hi and token_number(tokens[to + 1], text, lex) is not None


# -- wp5_: event types on probe sentences, round 3 (h-wp5-1127) -------------------------------------------------


def _wp5_stems(word: str) -> set[str]:
    """A word's stems for a word list: the word, without one or two of the proclitics و ف ب ل ك ("وللجيش",
    "بالشرطة"), "لل" read as "ل" + "ال" ("للشرطة"), without the article, and without the endings of duals, sound
    plurals, the accusative and the feminine ("شرطيان", "جنديين", "منتسبين", "عسكريا", "أمنية")."""
    w = normalize(word)
    out = {w}
    for _ in range(2):
        if w.startswith("لل") and len(w) > 4:
            w = "ال" + w[2:]
            out.add(w)
        elif len(w) > 4 and w[0] in "وفبلك":
            w = w[1:]
            out.add(w)
    bare = {v[2:] for v in out if v.startswith("ال") and len(v) > 4}
    out |= bare
    for v in list(out):
        for end in ("ان", "ين", "ون", "ا", "ه", "ة"):
            if v.endswith(end) and len(v) - len(end) >= 3:
                out.add(v[: -len(end)])
    return out


def _wp5_security_side(cas: list[dict], target: dict | None, lex: Lexicon) -> bool:
    """Whether the victims or the target of an attack are security forces, so that the attack is a battle (ACLED:
    an armed group attacking state forces is an armed clash): a word of ``security_words`` or ``wp5_security``
    among the words of the casualty groups and of the target, read through its clitics, article, dual, plural and
    feminine endings ("قتل شرطيان", "على مركز للشرطة", "بوابة أمنية", "مدرسة لتدريب الدرك", "منتسبين اثنين")."""
    words = {w for c in cas for w in (c.get("group") or "").split()}
    words |= set(((target or {}).get("text") or "").split())
    known = _wp5_security_stems(lex.security_words)
    return any(not known.isdisjoint(_wp5_stems(w)) for w in words)


@lru_cache(maxsize=4)
def _wp5_security_stems(security_words: frozenset) -> frozenset:
    """The stems (``_wp5_stems``) of ``security_words`` and ``wp5_security``, built once, not for every record."""
    return frozenset(s for w in security_words | _words("wp5_")["security"] for s in _wp5_stems(w))


def _wp8_ambushed_civilians(tokens: list[Token], text: str, lex: Lexicon, weapons: list[Match],
                            target: dict | None, unarmed: bool = False) -> bool:
    """An ambush laid for a vehicle or a convoy that no word makes a security one ("نصب مسلحون كمينا لحافلة ركاب على
    الطريق بين البلدتين", "كمين لشاحنة كانت تقل مزارعين"): the ambush word is the clause's only word of fighting, and
    its target, read like ``_wp5_security_side`` reads it, names no soldiers, police, patrol or military convoy. The
    ambush word alone made it a battle (``incidents.yaml``: "كمين" is an armed clash); on people in a bus or a truck it
    is an attack (Violence against civilians). "كمين لقافلة عسكرية", "كمينا لدورية" stay battles, and so does an ambush
    with no target, or one followed by an exchange of fire ("نصبوا كمينا ... واشتبكوا مع الجنود"). ``unarmed``: the
    target is a convoy of unarmed people (``_wp9_civilian_convoy``: "كمين لقافلة شاحنات تجارية"), whose convoy word is
    then no security word."""
    battles = [m for m in weapons if m.payload[1] == "Battles"]
    if not battles or not target or not target.get("text"):
        return False
    ambush, forms = _words("rec_")["ambush_words"], _doc_forms(tokens, text)
    if any(m.first != m.last or ambush.isdisjoint(forms[m.first]) for m in battles):
        return False
    known = _wp5_security_stems(lex.security_words) if not unarmed else frozenset()
    return not any(not ambush.isdisjoint(_wp5_stems(w)) or not known.isdisjoint(_wp5_stems(w))
                   for w in target["text"].split())


def _wp8_clash_verb(tokens: list[Token], lo: int, hi: int, text: str) -> bool:
    """The clause [lo, hi) tells its fighting with the plural or dual verb of clashing (``wp8_clash_verbs``: "أفاد مصدر
    بأن جنودا اشتبكوا مساء أمس مع مسلحين قرب البلدة وقتلوا ثلاثة منهم"), which the Armed clash terms do not inflect: an
    attack by gunmen read from "مسلحين" there is a battle between two armed sides."""
    verbs, forms = _words("wp8_")["clash_verbs"], _doc_forms(tokens, text)
    return any(not verbs.isdisjoint(forms[k]) for k in range(lo, hi))


# -- wp9_: attack or armed clash, round 11 (h-wp9-1135) ----------------------------------------------------------


def _wp9_civilian_place(target: dict | None, lex: Lexicon) -> bool:
    """The target of an attack is a place or vehicle of unarmed people (``wp9_civilian_places``: a market, a cafe, a
    hotel, a school, a bus ...) and no word of it names security forces (``_wp5_security_side`` read on the target
    alone): "أطلق مسلح النار داخل مطعم مزدحم فقتل ستة من رواده وشرطيا حاول إيقافه", "نصب مسلحون كمينا لحافلة تقل جنودا
    عائدين من إجازتهم". The policeman or the soldiers among the dead do not make it a battle: the attack was on the
    people there (Violence against civilians/Attack). "حافلة عسكرية" or "مدرسة لتدريب الدرك" name the forces: no."""
    words = ((target or {}).get("text") or "").split()
    places = _wp9_place_stems(_words("wp9_")["civilian_places"])
    if not any(not places.isdisjoint(_wp5_stems(w)) for w in words):
        return False
    return not _wp5_security_side([], target, lex)


@lru_cache(maxsize=4)
def _wp9_place_stems(places: frozenset) -> frozenset:
    """The stems (``_wp5_stems``) of ``wp9_civilian_places``, built once."""
    return frozenset(s for w in places for s in _wp5_stems(w))


def _wp9_civilian_convoy(tokens: list[Token], text: str, lo: int, hi: int, target: dict | None, lex: Lexicon) -> bool:
    """The target of the clause [lo, hi) is a convoy (``wp9_convoy_nouns``, a security word of ``_wp5_security_side``)
    that a word in it or among the four words after it makes a convoy of unarmed people (``wp9_civilian_marks``): "هاجم
    مسلحون قافلة إغاثة على طريق الشمال وقتلوا سائقها", "أطلقوا النار على قافلة من الحافلات المدنية". Its other words
    name no forces ("قافلة عسكرية ترافق شاحنات مساعدات": no), so the target does not make the attack a battle (the
    dead still may: "قافلة إغاثة ... ما أدى إلى مقتل جنديين من حراسها")."""
    words = ((target or {}).get("text") or "").split()
    if not words or hi <= lo:
        return False
    found = text.find(target["text"], tokens[lo].start, tokens[hi - 1].end)
    if found < 0:
        return False
    w = _words("wp9_")
    convoy, marks = _wp9_place_stems(w["convoy_nouns"]), _wp9_place_stems(w["civilian_marks"])
    known = _wp5_security_stems(lex.security_words)
    if not any(not convoy.isdisjoint(_wp5_stems(x)) for x in words) \
            or any(convoy.isdisjoint(st) and not known.isdisjoint(st) for st in map(_wp5_stems, words)):
        return False
    end = found + len(target["text"])
    first = next((k for k in range(lo, hi) if tokens[k].start >= found), hi)
    inside = [k for k in range(first, hi) if tokens[k].start < end]
    after = inside + [k for k in range(first, hi) if tokens[k].start >= end][:4]
    return any(not marks.isdisjoint(_wp5_stems(tokens[k].text)) for k in after)


# -- dt11_: events told in passing, in a relative clause (h-dt11-1128) ---------------------------------------------


def _dt11_relative_verb(tokens: list[Token], m: Match, hi: int, text: str, lex: Lexicon) -> int | None:
    """The token right after the relative pronoun that opens a clause on the event word ``m``, within a few words
    after it (a place, a day, an adjective or a comma between: "هجوم المدينة الذي"، "اعتداءات X الثلاثاء الماضي،
    والتي"، "العملية الإرهابية الأخيرة التي"); None when no relative pronoun comes first, or another clause mark."""
    forms, relatives = _doc_forms(tokens, text), _det_lexicon().relatives
    for k in range(m.last + 1, min(hi - 1, m.last + 7)):
        if tokens[k].text in lex.clause_marks and tokens[k].text not in ("،", ","):
            return None
        if not relatives.isdisjoint(forms[k]):
            return k + 1
    return None


def _dt11_occurred_relative(tokens: list[Token], m: Match, hi: int, text: str, lex: Lexicon) -> tuple[int, int] | None:
    """The words after "الذي/التي" and a verb of taking place or striking on the event word ``m`` with the article
    ("العملية الإرهابية الأخيرة التي جدت بنزل X بمدينة Y"، "الهجوم الذي استهدف مطار X"): the span in which a place
    makes it an event recalled with where it happened (a record, even with no day; the caller looks for the place)."""
    forms = _doc_forms(tokens, text)
    duals = _with_article(_words("mg6_")["relative_plurals"])
    if not any(f.startswith("ال") for f in forms[m.first]) or not duals.isdisjoint(forms[m.first]) \
            or any(f.endswith("ات") for f in forms[m.first]):
        return None  # "الهجمات التي استهدفت فرنسا"، "آخر العمليات الإرهابية التي جدت في تونس": a plural with no day
        # is a trend or a total, not one event
    v = _dt11_relative_verb(tokens, m, hi, text, lex)
    if v is None or v >= hi or _words("evt_")["recalled_verbs"].isdisjoint(forms[v]):
        return None
    v += 1 + (v + 1 < hi and not _words("evt_")["recalled_objects"].isdisjoint(forms[v + 1]))  # "تعرضت له"
    return (v, min(hi, v + 6)) if v < hi else None


# -- dt12_: events told in follow-up articles (h-dt12-1129) --------------------------------------------------------


def _dt12_reflexive_after_subject(tokens: list[Token], k: int, hi: int, text: str, lex: Lexicon,
                                  most: int = 10) -> int | None:
    """The reflexive object of the suicide verb at ``k`` after its subject, in verb-subject-object order ("فجر عنصر
    آخر من الجماعة متنكر بزي امرأة نفسه في السوق", "فجرت انتحارية ترتدي عباءة حزامها"): the token of "نفسه/حزامه"
    within ``most`` words, none of them a clause mark, another suicide verb or a word of time (then "فجر" is dawn:
    "فجر اليوم"); None when there is none."""
    forms, evt = _doc_forms(tokens, text), _evt_lexicon()
    if k + 1 < hi and not lex.casualty_times.isdisjoint(forms[k + 1]):
        return None  # "فجر الاثنين", "فجر اليوم": the dawn
    for j in range(k + 1, min(hi, k + 1 + most)):
        if tokens[j].text in lex.clause_marks or j > k + 1 and not evt.suicide_verbs.isdisjoint(forms[j]):
            return None
        if not evt.suicide_objects.isdisjoint(forms[j]):
            return j
    return None


def _dt12_analysis(tokens: list[Token], s_lo: int, s_hi: int, text: str) -> bool:
    """The sentence [s_lo, s_hi) opens with an analysts' view: a present-tense verb of opinion, its subject a word of
    analysts or observers, and "أن" ("ويرى محللون أن نقل المعارك إلى المدينة ...", "ويعتقد مراقبون أن الهجمات
    ..."): what follows is an analysis of the events the article told, not a report of one."""
    words, forms = _words("dt12_"), _doc_forms(tokens, text)
    for k in range(s_lo, min(s_hi, s_lo + 3)):
        if words["opinion_verbs"].isdisjoint(forms[k]):
            continue
        for j in range(k + 1, min(s_hi, k + 3)):
            if not words["analyst_nouns"].isdisjoint(forms[j]):
                return any(not words["that_words"].isdisjoint(forms[i]) for i in range(j + 1, min(s_hi, j + 4)))
    return False


def _dt12_found_and_destroyed(tokens: list[Token], m: Match, lo: int, text: str, lex: Lexicon) -> bool:
    """The weapon ``m`` is an object of the pair "discovered and destroyed" before it in its sentence (from ``lo``),
    as army bulletins list what units found ("كشفت ودمرت ستة مخابئ وقنبلة تقليدية الصنع", "كشف وتدمير 9 مخابئ
    و4 ألغام"): a weapon found, not used, as after a word of seizure (``_evt_seized``); the look back stops at a word
    that something happened."""
    forms, words = _doc_forms(tokens, text), _words("dt12_")
    for k in range(m.first - 1, lo, -1):
        if not words["destroy_words"].isdisjoint(forms[k]) and not words["discover_words"].isdisjoint(forms[k - 1]):
            return True
        if lex.occurrence.match_at(tokens, k, text) or lex.killed.match_at(tokens, k, text) \
                or lex.wounded.match_at(tokens, k, text):
            return False
    return False


# -- wp6_: weapon and type when one event has several means (h-wp6-1130) --------------------------------------------


def _wp6_lapse_side(tokens: list[Token], lo: int, hi: int, weapons: list[Match]) -> list[Match]:
    """The weapon mentions of the event a recall clause places its story after ("وجاء تفجير سيارة الإسعاف بعد أسبوع
    من اقتحام مسلحين فندقا"، "ويأتي الهجوم بعد أيام من قصف ..."): the record of such a clause is the earlier event,
    told after the lapse's "من/على" (``merging._mg6_lapse_link``), so the means named before it (the subject of
    "جاء"/"يأتي", told in an earlier sentence) are another event's. All the mentions when the clause is no such
    recall or names no means after the lapse."""
    from .merging import _mg6_lapse_link  # merging reads detection: imported here, not at the top

    link = _mg6_lapse_link(tokens, lo, hi)
    if link is None:
        return weapons
    return [m for m in weapons if m.first > link] or weapons


# -- dt13_: which events become records in follow-up articles, round 6 (h-dt13-1130) ---------------------------------


def _dt13_negated(tokens: list[Token], m: Match, lo: int, text: str) -> bool:
    """A filter word of a kind a negation cancels (dt13_negatable_kinds) after a negation within two words before it
    ("قصفت الطائرات المنزل دون سابق إنذار", "بلا أي تحذير"): no warning was given, so it is no warning."""
    words = _words("dt13_")
    if m.payload not in words["negatable_kinds"]:
        return False
    forms = _doc_forms(tokens, text)
    return any(not words["negations"].isdisjoint(forms[j]) for j in range(max(lo, m.first - 2), m.first))


def _dt13_rammings(tokens: list[Token], lo: int, hi: int, text: str, lex: Lexicon, weapons: list[Match]) -> list[Match]:
    """Rammings and stabbings told with a VERB in the sentence [lo, hi) ("دهس المهاجم بشاحنته حشدا من المارة", "صدم
    ثلاثة رجال بسيارتهم المارة قبل أن يطعنوا رواد المقاهي"): the verb (dt13_ramming_verbs with their subject endings,
    or an imperfect after "أن"), alone or after "و"/"ف" (not the noun after "ب": "قام بدهس"), with a crowd of people
    (dt13_crowd_words) in the next eight words of its clause, the verb-subject-object order letting the attacker and
    his vehicle come between. One person run over ("دهس قطار كهلا") names no crowd; a sentence on road traffic
    (dt13_accident_words: "سيارة مسرعة", "فقد السيطرة", "اصطدمت") tells an accident. A sentence that names its event
    before the verb or right after it ("وأسفر هجوم لندن ... عن مقتل خمسة ... ودهس ثلاثة من المشاة", "عملية دهس
    نفذها رجل"), or retells it with a definite noun (dt13_event_anaphors: "أن الحادث وقع في شارع ... إذ دهست
    الشاحنة المارة"), already has its trigger: the verb would make a second record of it. After a preposition
    (dt13_masdar_before: "أقدم رجل على دهس المشاة", "بعد دهس شاحنة للمارة") the word is the noun, told as the event
    the sentence names otherwise."""
    words, forms = _words("dt13_"), _doc_forms(tokens, text)
    verbs = _verb_words("dt13_", "ramming_verbs") | words["ramming_present"]
    if verbs.isdisjoint(set().union(*forms[lo:hi])) \
            or not words["accident_words"].isdisjoint(set().union(*forms[lo:hi])):
        return []
    found = []
    for k in range(lo, hi):
        norm = tokens[k].norm
        if norm not in verbs and not (norm[:1] in ("و", "ف") and norm[1:] in verbs):
            continue
        if any(m.first <= k + 3 for m in weapons) or k > lo and not words["masdar_before"].isdisjoint(forms[k - 1]) \
                or any(not words["event_anaphors"].isdisjoint(forms[j]) for j in range(lo, k)):
            continue  # the event named before the verb or right after it; the noun ("أقدم على دهس", "بعد دهس")
        end = next((j for j in range(k + 1, min(hi, k + 9)) if tokens[j].text in lex.clause_marks), min(hi, k + 9))
        if any(not words["crowd_words"].isdisjoint(forms[j]) for j in range(k + 1, end)):
            found.append(Match(first=k, last=k, start=tokens[k].start, end=tokens[k].end, payload=_DT13_RAMMING))
    return found


_DT13_RAMMING = ("unknown", "Violence against civilians", "Attack")  # as "عملية دهس", "عملية طعن" (incidents.yaml)


def _mg10_ceasefire(tokens: list[Token], m: Match, text: str) -> bool:
    """The firing of ``m`` is a ceasefire: a form of "وقف" one or two words before it, with an adjective between
    ("وقفا شاملا لإطلاق النار", "وقف فوري لإطلاق النار", "بوقف إطلاق النار"): no shooting, no event."""
    heads = _words("mg10_")["ceasefire_heads"]
    forms = _doc_forms(tokens, text)
    return m.payload[0] == "small_arms" and any(
        not heads.isdisjoint(forms[k]) for k in range(max(0, m.first - 3), m.first))


def _mg10_plural_units() -> frozenset:
    """The plural time units of a period, with and without the article ("الأشهر", "أشهر")."""
    return _with_article(_words("mg10_")["period_units"])


def _mg10_period_total(tokens: list[Token], lo: int, hi: int, text: str, times: list[Timex]) -> bool:
    """A toll over a period, not one event: a time expression of the clause [lo, hi) that is a stretch of plural
    months, weeks or years after "خلال"/"طيلة"/"على مدى" ("قتل 3000 شخص في المعارك خلال الأشهر الستة الماضية",
    "خلال ثلاثة أشهر"); not hours, not a dual ("خلال يومين")."""
    words = _words("mg10_")
    units, preps = _mg10_plural_units(), words["period_preps"]
    forms = _doc_forms(tokens, text)
    for t in times:
        if t.kind not in ("vague", "duration"):
            continue
        inside = [k for k in range(lo, hi) if t.start <= tokens[k].start < t.end]
        if not inside or not any(not units.isdisjoint(forms[k]) for k in inside):
            continue
        if any(not preps.isdisjoint(forms[k]) for k in range(max(lo, inside[0] - 2), inside[0] + 1)):
            return True
    return False


def _mg10_habitual(tokens: list[Token], lo: int, hi: int, text: str, weapons: list[Match]) -> bool:
    """A state of affairs, not an event: a present-tense verb of witnessing or undergoing, or a verb of becoming, in the
    clause [lo, hi) before a plural event noun with no article ("وتشهد المنطقة منذ أشهر هجمات متفرقة", "باتت عمليات
    الخطف مصدر دخل للعصابات", "تعد الجماعة مسؤولة عن عمليات خطف وتفجيرات")."""
    if not weapons:
        return False
    words = _words("mg10_")
    verbs, heads = words["habitual_verbs"], words["plural_heads"]
    forms = _doc_forms(tokens, text)

    def plural(k: int) -> bool:  # "هجمات", "تفجيرات", "عمليات خطف", "عمليات الخطف": no article on the head
        return any(not f.startswith("ال") and (f.endswith("ات") and len(f) > 4 or f in heads) for f in forms[k])

    for m in weapons:
        head = m.first - 1 if m.first > lo and plural(m.first - 1) else m.first
        if not plural(head):
            continue
        if any(not verbs.isdisjoint(forms[k]) for k in range(max(lo, head - 14), head)):
            return True
    return False


def _mg12_rate(tokens: list[Token], lo: int, hi: int, text: str, weapons: list[Match]) -> bool:
    """A rate, not an event: an adverb of a rate within two words of an event word of the clause [lo, hi)
    ("عن الضحايا الذين يسقطون سنويا بحوادث إطلاق النار", "تتعرض المدينة لنحو عشر غارات أسبوعيا"); not one further
    away, which may tell of a place ("انفجرت عبوة في سوق يرتاده يوميا آلاف الناس")."""
    adverbs = _words("mg12_")["rate_adverbs"]
    forms = _doc_forms(tokens, text)
    for m in weapons:
        near = range(max(lo, m.first - 2), min(hi, m.last + 3))
        if any(not adverbs.isdisjoint(forms[k]) for k in near):
            return True
    return False


def _wp7_vehicle_bomb(forms: list[tuple[str, ...]], lo: int, hi: int) -> bool:
    """Tokens [lo, hi) name a vehicle rigged or loaded with explosives: a vehicle noun (wp7_vehicles) and, within the
    next three words, a word of rigging (wp7_rigged: "شاحنة صهريج مفخخة"), or a word of loading (wp7_loaded) and,
    within five words after it, explosives ("شاحنة صهريج محملة بنحو نصف طن من المتفجرات")."""
    words = _words("wp7_")
    for k in range(lo, hi):
        if words["vehicles"].isdisjoint(forms[k]):
            continue
        after = range(k + 1, min(hi, k + 4))
        if any(not words["rigged"].isdisjoint(forms[j]) for j in after):
            return True
        load = next((j for j in after if not words["loaded"].isdisjoint(forms[j])), None)
        if load is not None and any(not words["explosives"].isdisjoint(forms[j]) for j in range(load + 1, min(hi, load + 6))):
            return True
    return False


def _wp7_suicide_vehicles(doc, records: list, starts: list[int]) -> None:
    """A suicide bombing told with no device ("التفجير الانتحاري الذي استهدف مركز التدريب") whose own sentences (the
    sentences of its evidence) say the bomber drove a vehicle rigged or loaded with explosives ("عندما اقتحم الانتحاري
    البوابة بشاحنة صهريج مفخخة") is a suicide car bomb: weapon vbied, sub-event Suicide bomb
    (corpora/incidents/README.md); not when those sentences name a belt or a vest (wp7_belts), and not for a car bomb
    that a sentence of another record tells. Run after merging, so that every sentence of the event is read."""
    tokens, text = doc.tokens, doc.text
    forms, belts = _doc_forms(tokens, text), _words("wp7_")["belts"]
    for r in records:
        if r.weapon != "suicide_bomb":
            continue
        spans = {_tok_range(starts, s.start, s.end) for e in r.evidence
                 for s in doc.sentences if s.start <= e["start"] < s.end}
        if any(not belts.isdisjoint(forms[k]) for lo, hi in spans for k in range(lo, hi)):
            continue
        if any(_wp7_vehicle_bomb(forms, lo, hi) for lo, hi in spans):
            r.weapon = "vbied"


# -- dt14_: events that are the topic of a follow-up article, told as a noun phrase (h-dt14-1132) ------------------


def _dt14_phrase_toll(tokens: list[Token], lo: int, hi: int, text: str, lex: Lexicon, m: Match) -> bool:
    """Whether the words of occurrence and toll of the clause [lo, hi) all belong to the event noun ``m`` told in
    passing with its relative clause: the noun itself and the verb of its relative clause ("زار الوزير أمس جرحى
    الهجوم الذي استهدف قرية X"، "شيع الأهالي ضحايا التفجير الذي ضرب سوق Y": the visit or the funeral is the story,
    the event is recalled), or a toll word heading a construct on it ("قتلى الهجوم"). A word of occurrence or toll
    before it ("قتل 3 جنود أمس في الهجوم الذي استهدف X") or a toll after it ("... وأسفر عن مقتل 5") tells the event
    in the clause itself, with the clause's days: False."""
    tolls = lex.killed.find(tokens, text, lo, hi) + lex.wounded.find(tokens, text, lo, hi)
    occurred = _evt_occurrences(tokens, lo, hi, text, lex)
    return all(f.first >= m.first for f in occurred) and all(f.first == f.last == m.first - 1 for f in tolls)


def _dt14_recalled_phrase(tokens: list[Token], lo: int, hi: int, text: str, lex: Lexicon, weapons: list[Match],
                          placed) -> Match | None:
    """The general event word of the clause [lo, hi) that is the topic of a follow-up told as a noun phrase: with the
    article, a relative pronoun and a verb of striking or taking place after it, a place in its relative clause (up to
    the next clause mark, ``placed(a, b)`` tells whether tokens [a, b) name one) and no other word of occurrence or
    toll in the clause ("زار الحاكم أمس جرحى الهجوم الذي استهدف موقع X للنازحين في منطقة Y، ليلة ..."): an event
    recalled, as ``_dt11_occurred_relative`` reads one, whose relative clause is longer than its six words. The article
    tells its toll after the clause, as a follow-up does ("وقال الحاكم إن حصيلة الهجوم ارتفعت إلى 62 قتيلا"): an
    "اعتداء" on an office with no one hurt is no record. Not a noun joined to another by "و" ("حوادث العنف والاعتداء
    المماثلة التي تعرض لها ...": the relative clause is on the plural head)."""
    for m in weapons:
        if _dt11_occurred_relative(tokens, m, hi, text, lex) is None or not _dt14_phrase_toll(tokens, lo, hi, text, lex, m):
            continue
        if tokens[m.first].norm.startswith("وال") \
                or not any(c["count"] for c in casualties(tokens, hi, len(tokens), text, lex)):
            continue
        v = _dt11_relative_verb(tokens, m, hi, text, lex)
        end = next((k for k in range(v, min(hi, v + 12)) if tokens[k].text in lex.clause_marks), min(hi, v + 12))
        if placed(v + 1, end):
            return m
    return None


def _dt14_tried_event(tokens: list[Token], hi: int, text: str, lex: Lexicon, weapons: list[Match],
                      own_days: list[Timex], placed) -> bool:
    """Whether a trial or a verdict in the clause (up to ``hi``) is about an event the clause itself recalls in full:
    an event word with the article and a relative clause of striking or taking place, naming its place
    (``placed(a, b)``) and its own day within a few words after the noun ("محاكمة المتهم بتنفيذ الهجوم الذي استهدف
    مهرجانا في مدينة X مساء 23 أغسطس 2024"، "في قضية التفجير الذي استهدف ثكنة بمدينة Y يوم 3 مارس 2010"). A trial for
    a plot ("بالتخطيط لهجمات") or for an attack named with no place and day ("في قضية الهجوم على مدرسة") is not."""
    for m in weapons:
        span = _dt11_occurred_relative(tokens, m, hi, text, lex)
        if span is None:
            continue
        end = tokens[min(hi, m.last + 16) - 1].end
        if placed(span[0], min(hi, span[1] + 4)) and any(tokens[m.last].end <= t.start <= end for t in own_days):
            return True
    return False


def _mg11_aggregate(tokens: list[Token], lo: int, hi: int, text: str) -> bool:
    """A toll of several events or of a war, not one event, whatever day the clause [lo, hi) names: the circumstantial
    "combined" ("ثلاثة تفجيرات أودت مجتمعة بحياة 70 شخصا"), or an ongoing estimate (an imperfect verb of
    estimating) of what the war or the fighting, with the article, has cost ("تقدر منظمات أن المعارك أودت بحياة أكثر من
    15 ألفا" on the war's anniversary)."""
    words = _words("mg11_")
    forms = _doc_forms(tokens, text)
    if any(not words["combined"].isdisjoint(forms[k]) for k in range(lo, hi)):
        return True
    for k in range(lo, hi):
        if not words["estimate_verbs"].isdisjoint(forms[k]):
            return any(not words["war_nouns"].isdisjoint(forms[j]) for j in range(k + 1, min(hi, k + 8)))
    return False


# -- dt15_: militants killed by the forces, told with a verb of neutralizing or a split "قضت ... على" (h-dt15-1133) ---


def _dt15_object_at(tokens: list[Token], k: int, hi: int, text: str, lex: Lexicon) -> int | None:
    """Where the object of the verb of eliminating at token ``k`` starts: the word after "حيدت"/"تحييد" (a transitive
    verb), or after "على" for "قضت"/"القضاء" when a time phrase set off by commas parts them (the verb with "على"
    right after it is ``_dt8_eliminate_at``'s) ("قضت مفرزة للجيش، يوم 11 يناير الجاري، على إرهابيين اثنين"); quotation marks around the object are skipped
    ("و\"حيدت 11 إرهابيا\"")."""
    forms, words = _doc_forms(tokens, text), _words("dt8_")
    if not _words("dt15_")["neutralize_words"].isdisjoint(forms[k]):
        j = k + 1
    elif not words["eliminate_words"].isdisjoint(forms[k]) and k + 1 < hi and tokens[k + 1].text in lex.clause_marks:
        # a parenthetical (``_dt8_eliminate_at`` reads the verb with "على" right after it): skip to its closing comma
        k2 = next((i + 1 for i in range(k + 2, min(hi, k + 10)) if tokens[i].text in lex.clause_marks), None)
        on = None if k2 is None else next(
            (i for i in range(k2, min(hi, k2 + 2)) if not words["eliminate_preps"].isdisjoint(forms[i])), None)
        if on is None:
            return None
        j = on + 1
    else:
        return None
    while j < hi and not any(c.isalnum() for c in tokens[j].text):
        j += 1  # «"»
    return j


def _dt15_neutralized(tokens: list[Token], lo: int, hi: int, text: str, lex: Lexicon,
                      weapons: list[Match]) -> list[Match]:
    """Militants killed by the forces in the sentence [lo, hi), which names no weapon, told with a verb of
    neutralizing, as armies' statements do ("أعلن الجيش أن وحداته حيدت 11 إرهابيا خلال عملية تمشيط"), or with "قضت ... على" split by a time phrase between commas ("أن مفرزة للجيش قضت، يوم 11 يناير، على
    إرهابيين اثنين"), which ``_dt8_eliminated`` misses: a battle, as the team codes the state's kills. The object is a
    number and a militant word within three words ("11 إرهابيا", "إرهابيين اثنين"), the forces are named within eight
    words before the verb; not a purpose ("لتحييد"), the masdar ("تحييد ثلاثة إرهابيين": a claim), a number-less object ("حيدت عددا منهم", "تحييد عشرات
    الإرهابيين": the defenders of an attack told before), nor a sentence whose clause after the verb is already
    found."""
    if any(not _generic(m, tokens, text, lex) for m in weapons):
        return []
    forms, militants = _doc_forms(tokens, text), _words("ac2_")["militant_dead"]
    found = []
    for k in range(lo, hi):
        if tokens[k].norm.lstrip("وف").startswith("ل") or any(m.first <= k <= m.last for m in weapons):
            continue
        j = _dt15_object_at(tokens, k, hi, text, lex)
        if j is None or not any(not militants.isdisjoint(forms[i]) for i in range(j, min(hi, j + 3))):
            continue
        if not any(token_number(tokens[i], text, lex) is not None for i in range(j, min(hi, j + 2))):
            continue
        if not any(not lex.security_words.isdisjoint(forms[i]) for i in range(max(lo, k - 8), k)):
            continue
        if any(m.first > k for m in weapons) or _evt_lexicon().operations.find(tokens, text, lo, k):
            continue  # "العملية الأمنية التي ... مكنت من القضاء على 4": the operation's finder decides
        found.append(Match(first=k, last=k, start=tokens[k].start, end=tokens[k].end, payload=_EVT_BATTLE))
    return found


def _dt15_told(tokens: list[Token], text: str, weapons: list[Match]) -> bool:
    """The clause tells its event with a past verb of neutralizing found by ``_dt15_neutralized`` ("حيدت الوحدات 11
    إرهابيا"): the verb says it happened, as "قضت ... على" does for ``_dt8_told``."""
    forms, verbs = _doc_forms(tokens, text), _words("dt15_")["neutralize_words"]
    return any(m.payload == _EVT_BATTLE and not verbs.isdisjoint(forms[m.first]) for m in weapons)


# -- dt16_: recalled attacks told in full in a relative clause (h-dt16-1134) -------------------------------------------


def _dt16_told_relative(tokens: list[Token], lo: int, hi: int, text: str, lex: Lexicon, weapons: list[Match],
                        times: list[Timex], placed) -> Match | None:
    """The event word of the clause [lo, hi) that a relative clause tells in full, inside an arrest, a verdict or a
    suspicion: the word with the article (a dual too: twin bombings are one event), "الذي/التي/اللذين", a verb of
    striking or taking place (in any number: "ضربا"), a date of its own after it (a day or a month), where it happened
    (``placed(a, b)``) or a full day, and a verb of result joined to it by "و" with its casualties ("أوقفت الشرطة اليوم
    رجلين يشتبه في تورطهما في الهجوم الذي استهدف حافلة قرب بلدة X في أيار الماضي وأسفر عن مقتل سبعة ركاب"، "حكمت
    المحكمة على خمسة متهمين في قضية التفجيرين اللذين ضربا السوق في 4 آب 2019 وأوقعا 30 قتيلا"). None when any part is
    missing ("في قضية الهجوم الذي استهدف فندقا في مدينة Y": no date of its own, no toll; a plural "الهجمات التي ...")."""
    forms = _doc_forms(tokens, text)
    verbs = _words("evt_")["recalled_verbs"] | _det_lexicon().strikes | lex.target_heads | _words("dt22_")["exploded"]
    results = _dt16_result_verbs()
    for m in weapons:
        if not any(f.startswith("ال") for f in forms[m.first]) or any(f.endswith("ات") for f in forms[m.first]):
            continue
        v = _dt11_relative_verb(tokens, m, hi, text, lex)
        if v is None or v >= hi or verbs.isdisjoint(forms[v]):
            continue
        end = _dt10_clause_end(tokens, v, hi, text, lex, 16)
        end += end + 1 < hi and tokens[end].text in ("،", ",") and tokens[end + 1].norm.startswith("و") \
            and not results.isdisjoint(forms[end + 1])  # "انفجرت ... في وسط المدينة، وأودت بحياة ستة": dt22
        r = next((j for j in range(v + 2, min(hi, end + 1)) if tokens[j].norm.startswith("و")
                  and not results.isdisjoint(forms[j])), None)  # "وأسفر عن مقتل", "وأوقعا 38 قتيلا": the toll
        # joined to the relative verb
        end = _dt10_clause_end(tokens, r, hi, text, lex, 16) if r is not None and r > end - 1 else end
        if r is None or not (casualties(tokens, r, end, text, lex) or lex.killed.find(tokens, text, r, end)
                             or lex.wounded.find(tokens, text, r, end)):
            continue
        own = [t for t in times if t.value and tokens[v].end <= t.start and t.end <= tokens[r].start]
        if own and (placed(v + 1, r) or any(_day(t.value) for t in own)):
            return m
    return None


@lru_cache(maxsize=1)
def _dt16_result_verbs() -> frozenset:
    """The verbs of result of ``dt8_result_verbs`` in every number ("أسفر", "أوقعا", "أودت")."""
    return _n(f for w in _data("incidents.yaml")["dt8_result_verbs"] for f in verb_forms(w))


def _dt17_raid_deaths(tokens: list[Token], lo: int, hi: int, text: str, lex: Lexicon,
                      weapons: list[Match]) -> list[Match]:
    """Deaths told with the raid they happened in, in the sentence [lo, hi), which names no weapon: a word of killing,
    then within ``dt17_raid_gap`` words of its clause a preposition of circumstance and a raid noun, and the raiders
    right after it, forces or armed men ("استشهد فتى فجر اليوم خلال اقتحام قوات الاحتلال قرية بيت أمر"، "قتل مزارعان
    إثر مداهمة الجيش مزرعتهما"), or before it when the noun carries their pronoun ("أطلقت القوات قنابل ... وتوفي
    مسن خلال اقتحامها المنزل"). The match is the raid noun: violence against civilians, a battle when the dead are
    armed men ("قتل مسلحان خلال مداهمة الشرطة مخبأهما"). A raid with no one killed (an arrest) is none."""
    if any(not _generic(m, tokens, text, lex) for m in weapons):
        return []
    words, forms = _words("dt17_"), _doc_forms(tokens, text)
    gap = int(_data("incidents.yaml")["dt17_raid_gap"])
    raiders = _with_article(lex.security_words) | _words("evt_")["armed_attackers"] | lex.actor_nouns
    armed = _words("evt_")["armed_victims"]
    found: list[Match] = []
    for m in lex.killed.find(tokens, text, lo, hi):
        for k in range(m.last + 1, min(hi - 1, m.last + 1 + gap)):
            if tokens[k].text in lex.clause_marks:
                break
            if words["raid_preps"].isdisjoint(forms[k]):
                continue
            j = k + 1
            if not words["raid_nouns"].isdisjoint(forms[j]):
                by = any(not raiders.isdisjoint(forms[i]) for i in range(j + 1, min(hi, j + 4)))
            elif not words["raid_pronoun_nouns"].isdisjoint(forms[j]):
                by = any(not raiders.isdisjoint(forms[i]) for i in range(lo, m.first))
            else:
                break
            if by and not any(f.first <= j <= f.last for f in found):
                battle = any(not armed.isdisjoint(forms[i]) for i in range(lo, k))
                found.append(Match(first=j, last=j, start=tokens[j].start, end=tokens[j].end,
                                   payload=_EVT_BATTLE if battle else _EVT_VERB_ATTACK))
            break
    return found


_DT17_ABDUCTION = ("unknown", "Violence against civilians", "Abduction/forced disappearance")


def _dt17_led_away(tokens: list[Token], lo: int, hi: int, text: str, lex: Lexicon, weapons: list[Match]) -> list[Match]:
    """Abductions told with a past verb of leading away in the sentence [lo, hi), which names no abduction word: the
    abductors named before it (armed or unknown men, masked men, a gang: "اقتحم عشرات المسلحين قرية واقتادوا عشرين من
    سكانها إلى الأحراش"، "مجهولون يستقلون سيارة اقتادوه من أمام منزله"), or an unknown destination after it ("واقتادوه إلى
    جهة مجهولة"). Small arms when armed men are named. Not in a sentence that tells of an arrest ("ألقت الشرطة القبض
    عليه واقتادته إلى المركز"), nor with the forces as the verb's subject ("اقتادته دورية إلى مركز الأمن")."""
    if any(m.payload[2] == "Abduction/forced disappearance" for m in weapons):
        return []  # "اختطفوا ثلاثة مهندسين واقتادوهم إلى جهة مجهولة": the abduction word is the trigger
    words, forms = _words("dt17_"), _doc_forms(tokens, text)
    verbs = [k for k in range(lo, hi) if not words["led_verbs"].isdisjoint(forms[k])]
    if not verbs or any(not _evt_lexicon().arrest.isdisjoint(forms[k]) for k in range(lo, hi)):
        return []
    armed = _words("evt_")["armed_attackers"] | lex.actor_nouns | _evt_lexicon().political
    forces = _with_article(lex.security_words)
    unknown = PhraseMatcher((w, True) for w in _data("incidents.yaml")["dt17_unknown_places"])
    found = []
    for k in verbs:
        if any(not forces.isdisjoint(forms[j]) for j in range(k + 1, min(hi, k + 3))):
            continue  # "اقتادته قوات الأمن": the forces lead him away
        by_armed = any(not armed.isdisjoint(forms[j]) for j in range(lo, k))
        by = by_armed or any(not words["abductors"].isdisjoint(forms[j]) for j in range(lo, k)) \
            or bool(unknown.find(tokens, text, k + 1, min(hi, k + 10)))
        if by:
            payload = ("small_arms",) + _DT17_ABDUCTION[1:] if by_armed else _DT17_ABDUCTION
            # "اقتحم مسلحون المدرسة واقتادوا التلاميذ": the raid opens the abduction, its object is what was hit
            raid = next((j for j in range(k - 1, max(lo, k - 15) - 1, -1)
                         if not words["raid_verbs"].isdisjoint(forms[j])), k)
            found.append(Match(first=raid, last=raid, start=tokens[raid].start, end=tokens[raid].end, payload=payload))
    return found


def _dt17_led_told(tokens: list[Token], lo: int, hi: int, text: str, weapons: list[Match]) -> bool:
    """The clause [lo, hi) tells its abduction with a past verb of leading away found by ``_dt17_led_away``
    ("واقتادوا 40 مسافرا إلى جهة مجهولة", "داهم مسلحون القرية واقتادوا"): the verb says it happened."""
    forms, verbs = _doc_forms(tokens, text), _words("dt17_")["led_verbs"]
    return any(m.payload[2] == "Abduction/forced disappearance" for m in weapons) \
        and any(not verbs.isdisjoint(forms[k]) for k in range(lo, hi))


# -- dt18_: anniversaries that tell their attack in full (h-dt18-1135) -----------------------------------------------


def _dt18_told_in_full(tokens: list[Token], a: int, end: int, times: list[Timex], published: str | None,
                       placed: Callable[[int, int], bool], lex: Lexicon) -> int | None:
    """The anniversary at token ``a`` tells its attack with what it takes to code it (the team's convention of
    2026-11-24): in its words [a, end) a date of the attack's own, of a year before the publication's, a day or a
    month ("في 3 آذار 2015"، "في مثل هذا اليوم من العام الماضي"، "في أيار 2015"), and where it happened, named in
    the telling of the attack: from "ذكرى" to the first comma after its date not followed by "و" (the ceremony comes
    after it: "...، بوقفة أمام النصب"، "...، بحضور الوالي"), or to ``end`` ("أحيت البلدة الذكرى الخامسة للتفجير الذي
    ضرب سوق مدينة X في 3 آذار 2015 وأودى بحياة 20 شخصا"). Returns where that telling ends; None for a bare mention
    ("في ذكرى الهجوم"، "الذكرى الثالثة لتفجير السوق" with no date of its own), a year alone ("عام 1990": no
    development article has one told with a trigger the stage finds, kept out for now) or a place named only
    outside the telling ("أحيا أهالي مدينة X الذكرى ...": the ceremony's place; with it a held-out follow-up got a
    record at the wrong place). The record's words are that telling (records.py)."""
    if not published or end <= a:
        return None
    year = published[:4]
    own = [t for t in times if t.value and tokens[a].start <= t.start and t.end <= tokens[end - 1].end
           and re.match(r"\d{4}-\d{2}", t.value) and t.value[:4] < year]
    if not own:
        return None
    after = min(t.end for t in own)
    cut = next((j for j in range(a + 1, end - 1) if tokens[j].start >= after and tokens[j].text in lex.clause_marks
                and not tokens[j + 1].norm.startswith("و")), end)
    return cut if placed(a, cut) else None


# -- dt24_: events Rasd does not detect in real news, round 15 (h-dt24-1139) -------------------------------------------


def _dt24_since_part_of_day(tokens: list[Token], k: int, hi: int, text: str, lex: Lexicon) -> bool:
    """"منذ" at token ``k`` before a part of a day (``dt24_day_parts``) and yesterday or today (``dt24_near_days``):
    hours ago, the time the fighting or the shelling of that day began ("قتل ثلاثة مدنيين برصاص القناصة منذ صباح أمس في
    حي الميدان", "تدور المعارك منذ فجر اليوم الخميس"), as ``_dt9_lapse`` reads "منذ يومين"; not a total since a date or
    over a period ("قتل 200 شخص منذ مطلع العام", "منذ أشهر"), nor since a weekday, which may be days before."""
    if k + 2 >= hi:
        return False
    words, forms = _words("dt24_"), _doc_forms(tokens, text)
    return not words["day_parts"].isdisjoint(forms[k + 1]) and not words["near_days"].isdisjoint(forms[k + 2])


def _dt24_group_hand(tokens: list[Token], hand: int | None, end: int, text: str, lex: Lexicon) -> bool:
    """The hand a killing is told by ("على يد"/"على أيدي" at ``hand``) is a group's named as armed or terrorist, a
    group noun (``dt24_group_nouns``) and a word of ``evt_political_words`` right after it ("الراعي الذي قتل على أيدي
    مجموعة إرهابية بالجبل", "المعلم الذي قتل على يد جماعة متشددة قرب قريته"): the victim described is an event of its
    own, an attack by that group, not an attacker killed by the forces ("منفذ الهجوم الذي قتل على يد قوات الأمن")."""
    if hand is None or hand + 2 >= end:
        return False
    forms = _doc_forms(tokens, text)
    return not _words("dt24_")["group_nouns"].isdisjoint(forms[hand + 1]) \
        and not _evt_lexicon().political.isdisjoint(forms[hand + 2])


def _dt24_described_killing(tokens: list[Token], m: Match, lo: int, hi: int, text: str, lex: Lexicon) -> bool:
    """The mention ``m`` is a killing that describes its victim in a relative clause, at the hands of a group named as
    terrorist or armed (``_dt24_group_hand``: "الراعي الذي قتل على أيدي مجموعة إرهابية بالجبل"), with no day word
    right after the verb: an event recalled in passing, whose day the clause does not tell (null, as the team's
    conventions date a recalled event with no day), not the day of the report or of the sentence's own verb."""
    forms, words = _doc_forms(tokens, text), _words("evt_")
    if m.first != m.last or m.first <= lo or words["killing_verbs"].isdisjoint(forms[m.first]) \
            or _det_lexicon().relatives.isdisjoint(forms[m.first - 1]) \
            or m.last + 1 < hi and not lex.casualty_times.isdisjoint(forms[m.last + 1]):
        return False
    end = min(hi, m.last + 10)
    hand = next((j for j in range(m.last + 2, end) if not words["agent_hands"].isdisjoint(forms[j])
                 and not words["agent_preps"].isdisjoint(forms[j - 1])), None)
    return _dt24_group_hand(tokens, hand, end, text, lex)


def _dt24_aimed_after(tokens: list[Token], k: int, hi: int, text: str, lex: Lexicon) -> bool:
    """The event noun at token ``k`` has a verb of aiming or striking right after it (``target_heads``,
    ``det_blast_verbs``): "قتل ثلاثة مدنيين في قصف استهدف أمس حيا سكنيا", as ``_det_aimed`` reads "في انفجار استهدف
    سوقا"; the shelling noun after a preposition then tells its own event, its object after the verb."""
    forms = _doc_forms(tokens, text)
    return k + 1 < hi and not (lex.target_heads | _det_lexicon().strikes).isdisjoint(forms[k + 1])
