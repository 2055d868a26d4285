"""Actors of an event: the target ("استهدف X"), the perpetrator (the agent of the
attack verb, accusations, a strike's nationality) and the claim ("أعلنت X
مسؤوليتها", "تبنى"), with denials and the victim's side kept apart.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from ...document import Document, Entity, Token
from ...kb import load_kb
from ...matcher import Match
from ..normalize import normalize
from .casualties import _QUOTES, _cas_lexicon
from .lexicon import Lexicon, PLACE_LABELS, _data, _doc_forms, _in, _verb, _verb_words, _words, token_number, verb_forms
from .places import _plc_place_after


def _target(doc: Document, lo: int, hi: int, lex: Lexicon, kb, trigger: Match | None = None,
            cas: list[dict] = ()) -> dict | None:
    """The target of ``_target_told``, or the site it only describes as the article names it elsewhere (tg15)."""
    found = _target_told(doc, lo, hi, lex, kb, trigger, cas)
    return _tg15_named_site(doc, found, lex) if found and found.get("text") else None  # text None: the attacker (tg17)


def _target_told(doc: Document, lo: int, hi: int, lex: Lexicon, kb, trigger: Match | None = None,
                 cas: list[dict] = ()) -> dict | None:
    """What was hit or aimed at, in order: the object of "استهدف/طال/هاجم"; a base or facility; a
    target noun after a preposition ("قرب موقف للحافلات", "على منازل المواطنين", "لقافلة عسكرية"),
    the nearest to the weapon. ``cas`` is kept for the callers; the casualties are never the target."""
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    n_lo, n_hi = _ac3_next_sentence(doc, hi)
    in_time = {k for t in doc.timexes for k in [*range(lo, hi), *range(n_lo, n_hi)] if t.start <= tokens[k].start < t.end}
    s_char, e_char = tokens[lo].start, tokens[hi - 1].end

    def before_time(j: int) -> bool:  # "يوم 17 تموز", "في 19 فيفري": a word that opens a date
        return j + 1 < hi and j + 1 in in_time and j not in in_time and tokens[j].norm in lex.date_openers

    in_time |= _tg8_time_links(tokens, lo, hi, in_time)  # "يوم الأحد الموافق 14 أبريل": one time
    in_time |= _tg13_bare_clock(tokens, forms, lo, hi)  # "قرابة الواحدة فجرا": a time (tg13)
    zones = _words("plc_")["time_zone_words"]
    in_time |= {i for k in range(lo, hi) if not zones.isdisjoint(forms[k]) for i in (k, k + 1) if i < hi}
    # "فجر اليوم بتوقيت تونس": the time zone goes with the time, in no target
    place_starts = {e.start for e in doc.entities if e.label in PLACE_LABELS}
    act = _words("act_")

    ac3 = _words("ac3_")
    tg5 = _words("tg5_")
    stops = act["target_stops"] | tg5["phrase_stops"] | _words("tg10_")["phrase_stops"] \
        | _words("tg11_")["place_preps"] | _words("tg17_")["phrase_stops"]
    # words that end a target phrase ("وسط": not the target; "قد" opens a verb: tg10; "قبالة", "يقع": where it lay,
    # "هو", "مما": the next clause, tg17)

    def phrase(j: int, start: int | None = None, longest: int = 5, hi: int = hi) -> dict | None:
        if _act_place_phrase(j, hi, forms, act):
            return None  # "ضد الجيش غرب مدينة بنغازي": where it happened, not what was hit
        end = j
        while end < hi and end - j < longest and tokens[end].kind in ("word", "number") \
                and tokens[end].norm not in lex.group_stops and end not in in_time and not before_time(end) \
                and not (end > j and (tokens[end].norm in stops
                                         or set(forms[end]) & act["direction_words"])) \
                and not (end > j and _plc_place_after(tokens[end], forms[end], place_starts, lex)) \
                and not (end > j and tokens[end].text[0] == "و" and (tokens[end].splits or len(tokens[end].text) == 1)) \
                and not (end > j and lex.weapons.match_at(tokens, end, text, hi) is not None) \
                and not (end > j and _ac2_place_clitic(tokens[end], forms[end])) \
                and not (end > j + 1 and _ac3_copula_stop(tokens, end, hi, ac3)):
            end += 1  # up to a preposition, a date, "و" that starts the next phrase or the weapon ("بعبوة ناسفة")
        if end <= j or _tg7_where(doc, forms, j, end, trigger, act, lex):
            return None
        if (trigger is None or trigger.payload[0] not in act["strike_weapons"]) and _tg17_attacker_at(forms, j, hi):
            return {"text": None, "canonical": None}  # "أطلقت الشرطة النار على منفذ العملية": the attacker is
            # the object of this clause, no target told (tg17: the search ends, null)
        apposed = _tg17_apposed_name(doc, forms, j, end, hi)
        if apposed is not None:  # "تعرض شقيقه، خليفة X لعملية اختطاف": the man the kin word names (tg17)
            return {"text": apposed.text, "canonical": None}
        person = _tg11_named_person(doc, forms, j, hi, lex)
        if person is not None:  # "اغتيال القيادي في المجلس أبو خالد X": the title and the man named (tg11)
            return {"text": text[tokens[j].start if start is None else start:person.end], "canonical": None}
        span_s, span_e = tokens[j].start if start is None else start, tokens[end - 1].end
        ent = next((e for e in doc.entities if _in(e, span_s, span_e)
                    and e.label in ("FACTION", "ORG", "BASE", "FACILITY")), None)
        return {"text": text[span_s:span_e], "canonical": ent.canonical if ent else None}

    found = _tg14_taken_from(doc, forms, lo, hi, lex, in_time, phrase)
    if found:  # "اختطاف أكثر من 300 تلميذ من مدرسة داخلية": the school, not the pupils (tg14)
        return found
    tg6 = _words("tg6_")
    tg8 = _words("tg8_")
    heads = lex.target_heads | _tg6_object_heads() | _tg8_object_heads() | _tg11_object_heads() \
        | _words("tg15_")["passive_heads"]  # "اغتيل القيادي X": the man killed, before the place (tg15)
    # "خطف مسلحون 12 مسافرا", "إثر استهداف دورية", "اقتحم مسلحون فندقا" (tg11)
    passive = _words("tg15_")["passive_heads"]
    told = any(set(forms[i]) & (lex.target_heads | _tg6_object_heads()) for i in range(lo, hi))
    starts = [t.start for t in tokens]
    actors = [e for e in doc.entities if e.label in ("FACTION", "ORG") and not _tg16_site_org(doc, e, hi, lex, starts)]
    for k in range(lo, hi - 1):
        if told and set(forms[k]) & passive:
            continue  # "اغتيل العالم ... في هجوم استهدف سيارته": the verb of targeting names what was hit (tg15)
        if set(forms[k]) & _tg15_abduction_verbs():
            found = _tg15_abducted(doc, forms, k, hi, lex, in_time, phrase)
            if found:  # "اختطف مسلحون يعتقد أنهم من الجماعة ستة سائقين": the count past the subject (tg15)
                return found
        if set(forms[k]) & _tg8_object_heads() and not set(forms[k]) & (lex.target_heads | _tg6_object_heads()) \
                and not _tg8_object_head_at(tokens, forms, k, hi, tg8, lex, in_time):
            continue
        if set(forms[k]) & _words("tg16_")["site_object_heads"] and not _tg16_site_or_forces(doc, forms, k + 1, hi, lex):
            continue  # "بسبب مهاجمة قرد ... فتاة": the animal that attacked, not what was attacked (tg16)
        if set(forms[k]) & _tg11_object_heads() and not set(forms[k]) & (lex.target_heads | _tg6_object_heads()):
            first = _tg11_object(doc, forms, k, hi, lex, in_time, before_time)  # "اقتحم مسلحون مزودون ببنادق فندقا"
            found = phrase(*first) if first is not None else None
            if found:
                return found
            continue
        shelled = not set(forms[k]) & heads and bool(set(forms[k]) & act["strike_verbs"])
        shook = not set(forms[k]) & heads and (bool(set(forms[k]) & tg6["noun_object_heads"])  # "انفجار هز سوقا"
                                               or _tg16_event_struck(forms, k, lo))  # "التفجير الذي ضرب سوقا"
        if not shelled and not shook and not any(f in heads for f in forms[k]):
            continue
        if not set(forms[k]) & lex.target_heads and any(set(forms[i]) & tg6["reply_words"] for i in range(max(lo, k - 2), k)):
            continue  # "ورد التحالف باستهداف موقع إطلاق الصاروخ": the object of a reply, another event
        if set(forms[k]) & tg8["preposition_heads"] and trigger is not None and k < trigger.first:
            continue  # "لائحة اتهام ضد شاب بتنفيذ عملية إطلاق النار": "ضد" before the attack is not its object (tg10)
        if shelled and trigger is not None and trigger.payload[0] not in act["strike_weapons"]:
            continue  # "قصفت القوات مواقع للتنظيم ردا على هجوم انتحاري استهدف نقطتي تفتيش": another event's object
        j = k + 1

        def named(i: int) -> bool:  # an armed group's name, or its descriptor before it, opens at token i
            return i < hi and (any(e.start == tokens[i].start for e in actors) or bool(
                set(forms[i]) & act["faction_descriptors"] and i + 1 < hi
                and any(e.start == tokens[i + 1].start for e in actors)))
        while j < hi and not set(forms[k]) & tg8["preposition_heads"] \
                and (j in in_time or tokens[j].text in lex.clause_marks or tokens[j].norm in lex.actor_nouns
                          or tokens[j].norm in lex.affiliation_words
                          and (tokens[j].norm not in ("من", "الى", "في") or named(j + 1))
                          # "هاجم مسلحون ينتمون إلى تنظيم X حاجزا", "يعتقد أنهم من حركة X"
                          or set(forms[j]) & act["faction_descriptors"] and named(j + 1)
                          or any(e.start <= tokens[j].start < e.end for e in actors) or before_time(j)
                          or _ac2_own_instrument(tokens[j]) or _tg6_counted_attackers(tokens, forms, j, hi, lex)
                          or j > 0 and _tg6_counted_attackers(tokens, forms, j - 1, hi, lex)):
            j += 1  # "هاجم مسلحون من الجماعة قافلة", "هاجموا يوم 17 تموز موقعا": past the subject and the date
            if j > k + 1 and tokens[j - 1].norm in lex.actor_nouns:
                j = _tg10_past_mount(tokens, forms, j, hi, text, lex, in_time)  # "مسلحون على متن دراجات نارية"
        if j + 1 < hi and token_number(tokens[j], text, lex) is not None \
                and lex.weapons.match_at(tokens, j + 1, text, hi) is not None:
            j += 1  # "طالت ست قذائف هاون، عصر أمس، أحياء": the count of the weapon that is the subject
        subject = (lex.weapons.match_at(tokens, j, text, hi) or lex.generic_forces.match_at(tokens, j, text, hi)) \
            if j < hi and not _tg8_instrument(tokens[j]) and not set(forms[k]) & tg8["preposition_heads"] else None
        if subject is None and shelled and j < hi and set(forms[j]) & (lex.act_forces | lex.strike_words) \
                and not _tg8_instrument(tokens[j]):
            subject = Match(first=j, last=j, start=tokens[j].start, end=tokens[j].end, payload=None)  # "قصف الطيران"
        if subject is not None:
            # "استهدفت مسيرة إسرائيلية ظهر اليوم دراجة نارية": the weapon or the forces are the subject; the
            # object follows the time or the comma after it
            j = subject.last + 1
            # a pause is a time, or a comma before one ("استهدفت طائرة مسيرة، فجر اليوم، موقعا"): not the comma
            # after the object ("استهدفت غارة روسية مستشفى البلدة، ما أدى")
            pause = next((i for i in range(j, min(hi, j + 6)) if i in in_time or before_time(i) or (
                tokens[i].text in lex.clause_marks and (i + 1 in in_time or before_time(i + 1)))), None)
            if pause is not None and any(j <= m.first < pause for m in lex.target_nouns.find(tokens, text, j, pause)):
                pause = None  # "استهدفت عبوة رتلا للجيش أمس": the time follows the object
            if pause is not None:
                j = pause
                while j < hi and (j in in_time or tokens[j].text in lex.clause_marks or before_time(j)):
                    j += 1
            elif j < hi and (tokens[j].norm in lex.nationality or tokens[j].norm.removeprefix("ال") in lex.nationality):
                j += 1
            j = _tg8_past_modifiers(doc, forms, subject, j, hi, lex)
        j = _tg8_past_relative(doc, forms, j, hi, lex)
        j = _act_past_instrument(doc, _tg7_past_forces(doc, forms, j, hi, lex), hi, lex)
        if (shelled or shook) and (j >= hi or lex.target_nouns.match_at(tokens, j, text, hi) is None
                                   and not set(forms[j]) & tg8["object_nouns"]):
            continue  # "قصفت الطائرات مبنى", "قصف الطيران فجر أمس منزل": only a thing hit after a verb of shelling
        later = _tg11_past_subject(doc, forms, k, j, hi, lex, in_time, before_time) if not shelled and not shook else None
        if later is not None:  # "هاجمت مجموعة مسلحة فجر اليوم موقعا للجيش": past the subject the loop did not know
            found = phrase(*later)
            if found:
                return found
        found = _tg8_counted_phrase(tokens, forms, j, hi, text, lex, phrase) or phrase(j)
        if found:
            return found
    found = _tg11_earlier_clause(doc, forms, lo, lex, in_time, before_time, phrase)
    if found:  # "اقتحموا المدرسة صباح الأحد وأطلقوا النار على التلاميذ": the school (tg11)
        return found
    found = _tg5_attack_on(doc, hi, lex, trigger, in_time, before_time, phrase)
    if found:
        return found
    found = _tg13_attack_before_clash(doc, forms, lo, lex, trigger, in_time, before_time, phrase)
    if found:  # "شنت الهيئة هجوما على مواقع للجيش، واندلعت اشتباكات": the positions (tg13)
        return found
    # no object of a verb of targeting: "تعرضت فرقاطة سعودية لهجوم", "الحاجز تعرض لهجوم"; the subject of "تعرض" before
    # a base or facility named anywhere in the sentence ("تعرضت دورية للحرس قرب ميناء X إلى إطلاق نار": the patrol; tg9)
    exposed = _act_exposed(doc, lo, hi, lex, act, in_time, before_time)
    if exposed is not None:
        found = phrase(*exposed)
        if found:
            return found
    site = next((e for e in doc.entities if e.label in ("BASE", "FACILITY") and _in(e, s_char, e_char)
                 and not _tg13_care_site(tokens, forms, bisect_left(starts, e.start), lo, lex)), None)
    if site is not None:
        return {"text": site.text, "canonical": site.canonical}
    # "... في انفجار عبوة. وقال مصدر إن الهجوم استهدف نقطة أمنية": the object of the attack told in the next
    # sentence after an anaphor of the event
    for k in range(n_lo + 1, n_hi - 1):
        prev = k - 1 if tokens[k - 1].norm not in act["particles"] or k - 2 < n_lo else k - 2
        if set(forms[k]) & lex.target_heads and set(forms[prev]) & _words("cas_")["anaphors"]:
            found = phrase(k + 1, hi=n_hi)
            if found:
                return found
    # "انفجار لغم أثناء عملية تمشيط", "خلال دورية": a bomb or mine only (a clash during a sweep hit the other side)
    during = (_tg6_during(doc, lo, hi, forms, tg6) or _tg12_sweep_doer(doc, lo, hi, forms, in_time, lex)) \
        if trigger is not None and trigger.payload[0] in tg6["during_weapons"] else None  # "تقوم بها وحدة" (tg12)
    if during is not None:
        found = phrase(*during)
        if found:
            return found
    anchor = trigger.start if trigger is not None else s_char
    tg15 = _words("tg15_")
    nouns = []
    for m in lex.target_nouns.find(tokens, text, lo, hi):
        if m.first in in_time or (trigger is not None and trigger.first <= m.first <= trigger.last):
            continue
        tok = tokens[m.first]
        prev = set(forms[m.first - 1]) if m.first > lo else set()
        # "لقافلة", "بسيارتهم": the proclitic split off, or a rare word the matcher read past it
        if prev & _words("tg9_")["source_nouns"] or _tg13_described_source(tokens, forms, m.first, lo):
            continue  # "حسب بيان لوزارة الدفاع", "في تصريح لمكتب الإعلام": who told it, not what was hit (tg9)
        if _tg17_affiliation(tokens, forms, m.first, lo, lex, m.start > tok.start or bool(tok.splits)):
            continue  # "قال مسؤول في الوزارة", "الباحث في مركز دراسات": where the speaker works (tg17)
        if prev & _words("tg17_")["owner_words"]:
            continue  # "مقر حرس السواحل التابع لوزارة الدفاع": the owner of what was named, not what was hit (tg17)
        if _tg10_mounted(tokens, forms, m.first, lo, trigger, lex):
            continue  # "انتحاريان على دراجتين ناريتين": how they came (tg10)
        if _tg13_care_site(tokens, forms, m.first, lo, lex):
            continue  # "ونقلت القوة الجريح إلى مستشفى المدينة": where the wounded went (tg13)
        if _tg15_web_or_scene(forms, m.last, hi):
            continue  # "صفحات على مواقع التواصل", "في موقع الانفجار": a website or the scene, not what was hit (tg15)
        if _tg15_holed_up(tokens, forms, m.first, lo, lex):
            continue  # "مسلحون تحصنوا داخل منزل": where the attackers held out, not what they hit (tg15)
        if _tg15_ramming_instrument(tokens, forms, m.first, lo, lex):
            continue  # "صدم خمسة مهاجمين بسيارتهم المارة": the vehicle that rammed, not what was hit (tg15)
        if m.first - 2 >= lo and set(forms[m.first - 1]) & tg15["on_preps"] \
                and set(forms[m.first - 2]) & tg15["passerby_words"]:
            continue  # "صدم بشاحنته المارة على الجسر": where the people rammed walked, not what was hit (tg15)
        if (tok.splits or m.start > tok.start) and tok.text[0] in "لب" or prev & lex.target_preps \
                or _tg10_part_of_site(forms, m.first, lo, lex):  # "عند مدخل مطعم": the restaurant (tg10)
            nouns.append(m)
        elif _tg9_one_of(doc, forms, m.first, lo, lex) and not set(forms[m.first - 2]) & _words("tg9_")["source_nouns"]:  # "أمام أحد المساجد": the phrase opens with "أحد"
            nouns.append(Match(first=m.first - 1, last=m.last, start=tokens[m.first - 1].start, end=m.end,
                               payload=m.payload))
    if nouns:
        m = min(nouns, key=lambda m: (m.start < anchor, abs(m.start - anchor)))
        found = phrase(m.first, m.start)  # without the proclitic: "لقافلة" -> "قافلة"
        if found:
            return found
    # no fallback to the forces among the casualties ("قتل ثلاثة جنود في هجوم على مدينة"): people killed are the
    # toll, not what was hit, unless a verb of targeting or a preposition names them (tg8, round 3)
    return None


def _ac3_next_sentence(doc: Document, hi: int) -> tuple[int, int]:
    """The token range of the sentence that follows token ``hi - 1`` (empty when none)."""
    tokens = doc.tokens
    end = tokens[hi - 1].end
    nxt = next((s for s in doc.sentences if s.start >= end), None)
    if nxt is None:
        return hi, hi
    n_lo = bisect_left([t.start for t in tokens], nxt.start)
    n_hi = bisect_left([t.start for t in tokens], nxt.end)
    return n_lo, n_hi


def _ac3_copula_stop(tokens: list[Token], k: int, hi: int, ac3: dict) -> bool:
    """A form of "كان" that does not open a verb phrase ends a target: "حافلة تقل أقباطا كانوا في طريقهم" (the
    bus), while "مركبة كانت تقل عاملات" (an imperfect verb after it) describes the target."""
    if tokens[k].norm not in ac3["target_copulas"]:
        return False
    return not (k + 1 < hi and tokens[k + 1].kind == "word" and tokens[k + 1].text[0] in "يت"
                and len(tokens[k + 1].text) > 2)


def _ac2_place_clitic(token: Token, forms: tuple[str, ...]) -> bool:
    """A place noun with the clitic "ب" ("بشارع", "بمنطقة", "بضاحية"): where it happened, which ends a target
    phrase ("اغتال مسلحون الصحفي فلان بشارع جمال" -> "الصحفي فلان"). ``ac2_place_heads``."""
    return token.text[0] == "ب" and bool(token.splits) and bool(set(forms) & _words("ac2_")["place_heads"])


def _ac2_own_instrument(token: Token) -> bool:
    """The attacker's own instrument right after the verb, a noun with "ب" and a possessive pronoun ("هاجم
    بشاحنته مجموعة من الجنود", "طعن بسكينه شرطيا"): not the target, which follows it."""
    return token.text[0] == "ب" and bool(token.splits) and token.norm.endswith(("ته", "ها", "هم", "يه")) \
        and len(token.norm) > 4 and not token.norm.startswith("بال")  # "بالمدفعية": the article, no pronoun (tg8)


def _act_place_phrase(j: int, hi: int, forms: list[tuple[str, ...]], act: dict) -> bool:
    """Whether a target phrase opening at token ``j`` opens with a direction ("غرب مدينة بنغازي"): where it
    happened, not what was hit. (A town shelled is a target: "قصفت بلدة إبلين".)"""
    return j < hi and bool(set(forms[j]) & act["direction_words"])


def _act_exposed(doc: Document, lo: int, hi: int, lex: Lexicon, act: dict, in_time: set[int],
                 before_time) -> tuple[int, int | None, int] | None:
    """The target of "تعرض X لهجوم" ("تعرضت دورية للدرك إلى إطلاق نار", "تعرض مقر الحرس لعملية تفجير"): (first
    token, start, longest) of X, the noun phrase after the verb and before "ل"/"إلى" and an attack; or the noun
    with the article right before the verb ("إن الحاجز تعرض لهجوم"). None without such a verb."""
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    place_starts = {e.start for e in doc.entities if e.label in PLACE_LABELS}
    for k in range(lo, hi - 1):
        if not set(forms[k]) & act["exposed_verbs"]:
            continue
        j = k + 1
        while j < hi and (j in in_time or tokens[j].text in lex.clause_marks or before_time(j)):
            j += 1  # "تعرض فجر اليوم مقر ..."

        def attack_at(i: int) -> bool:  # "لهجوم", "إلى عملية تفجير", "إلى إطلاق نار"
            if tokens[i].norm in ("الى", "إلى", "الي"):  # the normalized "إلى" ends in "ي" (tg9)
                i += 1
            elif not (tokens[i].splits and tokens[i].text[0] == "ل"):
                return False
            return any(lex.weapons.match_at(tokens, x, text, hi) is not None for x in range(i, min(hi, i + 2))) \
                or i + 2 < hi and token_number(tokens[i + 1], text, lex) is not None \
                and lex.weapons.match_at(tokens, i + 2, text, hi) is not None  # "لإطلاق ثلاثة صواريخ" (tg14)

        clock = j + 1 < hi and bool(set(forms[j + 1]) & act["clock_words"])  # "تعرضت حوالي الساعة 11 لانفجار"
        if j + 1 < hi and tokens[j].norm in _words("tg6_")["exposed_pronouns"]:
            # "الاعتداء الذي تعرضت له حافلة ركاب"; not a town ("الهجوم الذي تعرضت له مدينة X": the place)
            if tokens[j + 1].start in place_starts or set(forms[j + 1]) & _words("ac2_")["place_heads"]:
                continue
            return j + 1, None, 5
        if j < hi and (attack_at(j) or clock):  # the thing hit before the verb: "إن الحاجز تعرض لهجوم"
            before = _tg14_subject_before(doc, lo, k, lex, forms)  # "إن الحافلة التابعة للشركة تعرضت" (tg14)
            if before is not None:
                return before, None, k - before
            before = _tg6_noun_before(doc, lo, k, lex, forms)  # "إن سفينة تجارية تعرضت لهجوم"
            if before is not None:
                return before, None, k - before
            prev = tokens[k - 1] if k > lo else None
            if prev is not None and prev.kind == "word" and prev.norm.startswith("ال") \
                    and prev.norm not in lex.group_stops and not set(forms[k - 1]) & lex.target_heads:
                first = k - 1  # with the noun it completes: "إن موكب السراج تعرض", "مقر الحرس تعرض"
                while first - 1 >= max(lo, k - 3) and tokens[first - 1].kind == "word" \
                        and not tokens[first - 1].norm.startswith("ال") \
                        and tokens[first - 1].norm not in lex.group_stops \
                        and not set(forms[first - 1]) & (lex.complementizers | lex.acknowledge_verbs
                                                         | lex.target_heads):
                    first -= 1
                return first, None, k - first
            continue
        if any(attack_at(i) for i in _tg9_exposed_span(tokens, j, hi, in_time, lex)):
            if j < hi and (tokens[j].start in place_starts or set(forms[j]) & _words("ac2_")["place_heads"]):
                continue  # "تعرضت مدينة X إلى هجوم": the place, not what was hit (tg9)
            return j, None, 5
    return None


def _act_past_instrument(doc: Document, j: int, hi: int, lex: Lexicon) -> int:
    """The token after an instrument phrase with "ب" that opens the object place of a verb of targeting
    ("استهدف بعشرات الصواريخ الباليستية مواقع عسكرية", "استهدفت بطائرة مسيرة سيارة"): the object follows it."""
    tokens, text = doc.tokens, doc.text
    if j >= hi or not tokens[j].text.startswith("ب"):
        return j
    w = next((m for m in lex.weapons.find(tokens, text, j, min(hi, j + 5)) if m.first <= j + 2), None)
    if w is None:
        return j
    k = w.last + 1
    indefinite = "ال" not in tokens[w.last].norm[:4]  # "بصاروخين مجنحين": an indefinite weapon, its adjective
    while k < hi and k - w.last <= 2 and tokens[k].kind == "word" \
            and (tokens[k].norm.startswith("ال") or indefinite and k == w.last + 1 and not tokens[k].text.startswith(("و", "ب", "ل"))) \
            and lex.target_nouns.match_at(tokens, k, text, hi) is None:
        k += 1  # its adjectives: "الصواريخ الباليستية", "بصاروخين مجنحين"
    return k if k < hi else j


def _actor(doc: Document, lo: int, hi: int, trigger: Match, lex: Lexicon, kb, countries: dict,
           weapons: list[Match] = (), home: str | None = None) -> str | None:
    """The actor of the attack as the sentence states it.

    In order: a faction accused by an authority; an armed actor that is not
    the object of the attack (a faction, a military coalition, or the armed
    forces of a state named as the state, as ACLED codes state forces), the
    one shown acting first, then the nearest the weapon; a nationality or group adjective on the
    weapon ("قذائف دبابة إسرائيلية", "قناص حوثي"); a national body that
    carried it out; "التنظيم"/"الحركة" standing for the faction named before.
    """
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    starts = [t.start for t in tokens]
    s_char, e_char = tokens[lo].start, tokens[hi - 1].end
    ents = [e for e in doc.entities if _in(e, s_char, e_char) and e.label in ("FACTION", "ORG")]

    def before(e, n: int = 3) -> set[str]:
        k = bisect_left(starts, e.start)
        return {f for fs in forms[max(lo, k - n):k] for f in fs}

    owned = {k for m in lex.target_nouns.find(tokens, text, lo, hi) if not any(w.first <= m.first <= w.last
                                                                               for w in weapons)
             for k in range(m.last + 1, min(hi, m.last + 4))}

    def attacked(e) -> bool:  # "استهدفت مواقع الجيش", "ضد التنظيم": the object, not the actor
        k = bisect_left(starts, e.start)
        if _act_member_owned(doc, k, lo, lex, owned):
            return True  # "سيارة تقل عناصر من حركة طالبان": the members riding in what was hit
        if _ac8_attack_by(doc, k, lo):
            return False  # "بهجوم لمسلحي داعش": the author of the attack
        if _member_of(doc, k, lo, lex) or _verb_subject(doc, k, lo, lex) or _ac5_member_subject(doc, k, lo, lex) \
                or _ac14_said_members(doc, e, lo, hi, lex, starts):
            return False
        if _act_victim_side(doc, k, lo, lex):
            return True  # "شابان يقاتلان في صفوف تنظيم X"، "قتل شاب ينتمي إلى تنظيم X"
        if _act_member_described(doc, e, lo, lex):
            return True  # "منزل فلان الناشط في حركة X", "أسلحة عائدة لحركة X": a person's group, an owner
        if _act_victim_group(doc, k, lo, lex, weapons):
            return True  # "اغتيل فلان القيادي في حزب الله": the group of the person killed
        if k in owned:
            return True  # the owner of what was hit: "حاجز تابع لجبهة النصرة", "قرب معسكر لقوات الدعم السريع"
        prev = before(e)
        return "بين" not in prev and bool(prev & lex.target_heads or prev & lex.target_context)

    def acting(e) -> bool:  # "قصفت القوات التركية", "شنتها مروحيات الجيش السوري", "غارة نفذها سلاح الجو"
        k = bisect_left(starts, e.start)
        if _member_of(doc, k, lo, lex) or _verb_subject(doc, k, lo, lex) or _ac5_member_subject(doc, k, lo, lex) \
                or _ac8_attack_by(doc, k, lo) or _ac14_said_members(doc, e, lo, hi, lex, starts):
            return True  # "هاجم مسلحون من جماعة X", "استهدفت قوات X", "هاجم مسلحو حركة X", "بهجوم لمسلحي X"
        prev = {_verb(f) for f in before(e)} | before(e)
        return bool(prev & lex.actor_verbs or prev & lex.strike_words)

    # an accusation: "اتهمت السلطات حركة الشباب بتنفيذ الهجوم"
    acc = lex.accusation.find(tokens, text, lo, hi)
    if acc:
        accused = _accused(doc, acc[0], hi, lex, kb, countries, home)
        if accused:
            return accused
    # armed actors in the clause: factions, coalitions, state forces (as their state); the one
    # shown acting ("شنت طائرات التحالف", "أطلقتها الميليشيا") first, then the nearest the weapon
    actors = []
    for e in ents:
        entry = kb.get(e.kb_id) or {}
        if attacked(e) or _ac7_reacting(doc, bisect_left(starts, e.start), lo, lex) \
                or _ac11_controller(doc, bisect_left(starts, e.start), lo):
            continue  # the object, a group that praised or condemned it, or the one that holds the place
        if _ac9_between_sides(doc, bisect_left(starts, e.start), lo, lex):
            continue  # one of two sides of a clash: "اشتباكات بين قسد ومقاتلين من العشائر"
        if _ac18_active_there(doc, bisect_left(starts, e.start), lo):
            continue  # "فيما تنشط في المنطقة جماعة X": background on the area (ac18)
        if _ac16_parent_of_branch(doc, e, kb):
            continue  # "مقاتلين من «ولاية غرب أفريقيا» التابع لتنظيم داعش": the branch acts, not its parent
        if e.label == "FACTION":
            actors.append((not acting(e), abs(e.start - trigger.start), e.canonical or e.text))
        elif entry.get("armed_coalition") and acting(e):
            actors.append((False, abs(e.start - trigger.start), e.canonical or e.text))
        elif entry.get("state_force") and entry.get("country") and acting(e):
            actors.append((False, abs(e.start - trigger.start), countries.get(entry["country"], entry["country"])))
    if actors and not min(actors)[0]:
        return min(actors)[2]
    killers = _ac2_forces_killed(doc, lo, hi, lex, countries, home)
    if killers:
        return killers[0]
    # a state's forces as the agent ("من قبل وحدات عسكرية", "برصاص الشرطة") or a country as the subject
    # ("الضربة التي وجهتها الولايات المتحدة")
    state = _act_agent_forces(doc, lo, hi, lex, countries, home) or _act_state_subject(doc, lo, hi, lex, kb) \
        or _ac8_belonging_forces(doc, lo, hi, weapons, lex, countries, home)  # "برصاص قناص تابع لقوات النظام"
    if state:
        return state
    # an actor named on the weapon ("بغارة أميركية") beats a faction merely named near it ("اغتيال نائب
    # رئيس المكتب السياسي لحركة حماس بضربة بطائرة مسيرة إسرائيلية")
    adjective = _adjective_actor(doc, lo, hi, weapons, lex, countries) \
        or _ac9_regime_forces(doc, lo, hi, lex, countries, home)  # "قصفت مدفعية الاحتلال", "أطلقتها قوات النظام"
    if adjective:
        return adjective
    raid = _ac13_raid_state(doc, lo, hi, lex, countries, home)  # "داهمت قوة من الشرطة منزلا": not the raided group
    if raid:
        return raid
    if actors:
        return min(actors)[2]
    forces = _act_forces_actor(doc, lo, hi, lex, countries)
    if forces:
        return forces
    if home:  # "شنت مقاتلات الجيش غارات", "سلاح الجو نفذ": the forces of the state where it happened
        for m in lex.generic_forces.find(tokens, text, lo, hi):
            if _ac8_possessed(doc, m.first, lo):
                continue  # "دورية لقوات الجيش": the owner of what was hit
            prev = {f for fs in forms[max(lo, m.first - 3):m.first] for f in fs}
            after = m.last + 1  # past its nationality and "قد": "وكان الجيش المصري قد شن"
            after += bool(_nation_after(tokens, m, hi, lex))
            after += after < hi and bool(set(forms[after]) & _words("act_")["particles"])
            nxt = {_verb(f) for fs in forms[m.last + 1:min(hi, after + 2)] for f in fs}
            if _verb_subject(doc, m.first, lo, lex) or (prev & lex.actor_verbs or nxt & lex.actor_verbs) \
                    and not prev & (lex.target_heads | lex.target_context):
                code = _nation_after(tokens, m, hi, lex)
                return countries.get(code, code) if code else home  # "الجيش الإسرائيلي": that state
    # a strike by a state or a group named by an adjective: "غارة إسرائيلية", "قناص حوثي"
    adjective = _adjective_actor(doc, lo, hi, weapons, lex, countries)
    if adjective:
        return adjective
    for e in ents:
        if e.label == "ORG":
            k = bisect_left(starts, e.start)
            nxt = {_verb(f) for fs in forms[max(lo, k - 2):k] for f in fs}  # "أطلقتها قوات حفتر"
            if nxt & lex.actor_verbs and (kb.get(e.kb_id) or {}).get("country"):
                return e.canonical or e.text
    # "عناصر التنظيم زرعوا العبوة": the faction named before; not the one hit or described ("معقل التنظيم",
    # "قيادي في التنظيم")
    if any(set(forms[k]) & lex.faction_anaphors and not (k > lo and set(forms[k - 1]) & lex.target_context)
           and not _act_role_at(doc, k - 1, lo, lex) for k in range(lo, hi)):
        prior = [e for e in doc.entities if e.label == "FACTION" and e.end <= e_char and not _in(e, s_char, e_char)
                 and not _ac16_parent_of_branch(doc, e, kb)]  # "«ولاية سيناء»، فرع تنظيم داعش": the branch
        if prior:
            return prior[-1].canonical or prior[-1].text
    # "قتل المهاجم في تبادل لإطلاق النار مع الشرطة الإيطالية": the state whose forces he fought
    return _ac10_killed_in_fire_with(doc, lo, hi, lex, countries, home) \
        or _ac15_attacker_before_clash(doc, lo, trigger, lex, kb, countries, home) \
        or _ac17_continued_strike(doc, lo, hi, trigger, lex, kb, countries, home)


def _ac18_active_there(doc: Document, k: int, lo: int) -> bool:
    """Whether the group at token ``k`` is told as active in the area rather than acting in the event: a verb of
    being active or entrenched (``ac18_active_verbs``) within five words before it, no punctuation between ("فيما تنشط
    في جنوب البلاد جماعة X التي نفذت في السابق عمليات خطف", "تلال حمرين التي تنشط فيها خلايا داعش")."""
    tokens, forms = doc.tokens, _doc_forms(doc.tokens, doc.text)
    active = _words("ac18_")["active_verbs"]
    for i in range(k - 1, max(lo, k - 6) - 1, -1):
        if tokens[i].kind == "punct" and tokens[i].text not in _QUOTES:
            return False
        if set(forms[i]) & active or tokens[i].norm in active:
            return True
    return False


def _act_victim_side(doc: Document, k: int, lo: int, lex: Lexicon) -> bool:
    """Whether the group at token ``k`` is the side that suffered: "في صفوف X" ("يقاتلان في صفوف تنظيم X", "قتلى
    في صفوف الجيش"), or the group a person killed or wounded before it belongs to ("قتل شاب ... ينتمي إلى تنظيم
    X"; attackers before the belonging word, "مسلحون ينتمون إلى", are ``_member_of``)."""
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    act = _words("act_")
    before = range(max(lo, k - 3), k)
    if any(set(forms[i]) & act["victim_side_words"] for i in before):
        return True
    i = next((i for i in reversed(before) if set(forms[i]) & act["belonging_words"]), None)
    return i is not None and bool(lex.killed.find(tokens, text, lo, i) or lex.wounded.find(tokens, text, lo, i))


def _act_member_described(doc: Document, e: Entity, lo: int, lex: Lexicon) -> bool:
    """Whether the group ``e`` describes one person or owns a thing rather than acting: a member's role
    before it ("منزل فلان الناشط في حركة X", "وهو عضو في الجماعة", "القيادي بحركة X", "عضو حركة X") or an
    owner's word ("مخازن أسلحة عائدة لحركة X"), with "في" and a group descriptor ("حركة") between; the group of
    a person whose house or car was hit, or of a speaker, is not the attacker. Attackers named by what they
    are ("مسلحون من حركة X") are ``_member_of``, checked before."""
    tokens, forms = doc.tokens, _doc_forms(doc.tokens, doc.text)
    act = _words("act_")
    k = bisect_left([t.start for t in tokens], e.start)
    if k > lo and tokens[k - 1].end > e.start:
        k -= 1  # the name after a proclitic: "للجهاد الإسلامي"
    i = k - 1
    if i >= lo and tokens[i].text in _QUOTES:
        i -= 1  # 'زعيم تنظيم "داعش"'
    if i >= lo and set(forms[i]) & act["faction_descriptors"] and not set(forms[k]) & act["faction_descriptors"]:
        i -= 1  # "في حركة حماس" with the name alone tagged
    return _act_role_at(doc, i, lo, lex)


def _act_role_at(doc: Document, i: int, lo: int, lex: Lexicon) -> bool:
    """Whether token ``i`` (before a group, "في" allowed between) is a member's role or an owner's word
    (``act_member_roles``, ``act_owner_words``)."""
    tokens, forms = doc.tokens, _doc_forms(doc.tokens, doc.text)
    act = _words("act_")
    if i >= lo and tokens[i].norm in ("في", "داخل"):
        i -= 1
    return i >= lo and bool(set(forms[i]) & (act["member_roles"] | act["owner_words"]))


def _act_agent_forces(doc: Document, lo: int, hi: int, lex: Lexicon, countries: dict, home: str | None) -> str | None:
    """A state's forces as the agent of a passive or a weapon: "من قبل وحدات عسكرية", "على يد قوات الأمن
    المصرية", "برصاص الشرطة", "بنيران الجيش" -> the state of the nationality after them, else the state where it
    happened. Gunmen or a group after the agent word are left to the other rules."""
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    act = _words("act_")

    def nation(i: int) -> str | None:
        for t in tokens[i:min(hi, i + 2)]:
            code = lex.nationality.get(t.norm) or lex.nationality.get(t.norm.removeprefix("ال"))
            if code:
                return code
        return None

    for k in range(lo, hi - 1):
        fk = set(forms[k])
        if not fk & act["agent_words"]:
            continue
        if ("قبل" in fk and (k == lo or tokens[k - 1].norm != "من")) \
                or ("يد" in fk and (k == lo or tokens[k - 1].norm != "على")):
            continue  # "قبل أن", "يد" alone
        j = k + 1
        m = lex.generic_forces.match_at(tokens, j, text, hi)
        if m is not None:
            code = nation(m.last + 1)
        elif set(forms[j]) & (lex.act_forces | act["state_units"]) and j + 1 < hi \
                and set(forms[j + 1]) & act["state_kinds"]:
            code = nation(j + 2)  # "وحدات عسكرية", "قوات الأمن المصرية"
        elif set(forms[j]) & act["state_bodies"]:
            code = nation(j + 1)  # "برصاص الشرطة"
        elif (part := _ac13_partitive_forces(doc, j, hi, lex)) is not None:
            code = nation(part)  # "برصاص وحدات من الجيش المصري": a unit of the forces
        else:
            continue
        name = countries.get(code, code) if code else home
        if name and not _ac18_attacker_hit(doc, k, lo, lex):
            return name
    return None


def _ac18_attacker_hit(doc: Document, k: int, lo: int, lex: Lexicon) -> bool:
    """Whether the one killed or wounded by the forces after the agent word at ``k`` is the attacker himself: "وقال
    مصدر إن المهاجم أصيب برصاص الشرطة بعدما حاول طعن شرطي", "منفذ الاعتداء الذي قتل على يد قوات الأمن" (a
    doer word, ``ac18_doer_words``, within three words before a word of killing or wounding within three words before
    the agent). The forces answered the attack: they are not its perpetrator."""
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    doers = _words("ac18_")["doer_words"]
    a = k - 1 if k > lo and tokens[k - 1].norm in ("على", "من") else k  # "على يد", "من قبل"
    for j in range(a - 1, max(lo, a - 4) - 1, -1):
        if lex.killed.match_at(tokens, j, text, a) or lex.wounded.match_at(tokens, j, text, a):
            return any(set(forms[i]) & doers for i in range(max(lo, j - 3), j))
    return False


def _act_state_subject(doc: Document, lo: int, hi: int, lex: Lexicon, kb) -> str | None:
    """A country as the subject of a verb of attack: "الضربة التي وجهتها الولايات المتحدة", "غارات شنتها روسيا",
    "، قصفت تركيا مواقع" (a verb opening its clause and agreeing with a country, or one with its object
    pronoun) -> that country."""
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    starts = [t.start for t in tokens]
    verbs = lex.actor_verbs | _words("act_")["state_verbs"]
    s_char, e_char = tokens[lo].start, tokens[hi - 1].end
    for e in doc.entities:
        entry = kb.get(e.kb_id) or {}
        if e.label != "GPE" or entry.get("type") != "country" or not _in(e, s_char, e_char):
            continue
        k = bisect_left(starts, e.start)
        if k - 1 < lo:
            continue
        v = k - 1
        said = {_verb(f) for f in forms[v]}
        pronoun = any(_verb(f) != f for f in forms[v])
        # a verb that opens its clause agrees with a country, feminine: "، قصفت تركيا"; "الهجوم ...، استهدف تونس"
        # (masculine) has the country as its object
        feminine = any(f.endswith("ت") or f.startswith("ت") for f in said & verbs)
        if said & verbs and (pronoun or feminine and (v == lo or tokens[v - 1].text in lex.clause_marks
                                                      or bool(tokens[v].splits and tokens[v].text[0] in "وف"))):
            return e.canonical or e.text
    return None


def _act_victim_group(doc: Document, k: int, lo: int, lex: Lexicon, weapons: list[Match] = (), words: int = 10) -> bool:
    """Whether the group at token ``k`` describes a person killed or wounded named before it: "اغتيل فلان القيادي
    في حزب الله", "أسفر عن مقتل الأمين العام لحركة X", "اغتال مسلحون، صباح اليوم، القيادي في تنظيم X". Back from
    ``k`` within ``words`` words to a casualty head (``lex.killed``, ``lex.wounded``, an assassination), past
    commas, quotes and attackers not right before the group ("مسلحون"); not past other punctuation, a weapon or attack word ("مقتل 5 جنود في هجوم لحركة X"), a verb
    of acting, "بين", "يد"/"قبل" ("على يد"، "من قبل") or a word joined by "و" (another clause)."""
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    cas = _cas_lexicon()
    stops = _words("tol_")["agent_words"]
    # from the sentence's start, not the clause's: "اغتال مسلحون، صباح اليوم، [القيادي في X]"
    first = next((s.start for s in doc.sentences if s.start <= tokens[k].start < s.end), tokens[lo].start)
    n = 0
    for i in range(k - 1, max(0, k - 3 * words) - 1, -1):
        if tokens[i].start < first:
            return False
        t = tokens[i]
        if t.kind == "punct":
            if t.text in ("،", ",") or t.text in _QUOTES:
                continue
            return False
        if t.norm in _words("act_")["apposition_pronouns"]:
            continue  # "اغتيل فلان، وهو أمين عام حزب X"
        n += 1
        if n > words:
            return False
        if lex.killed.match_at(tokens, i, text, k) or lex.wounded.match_at(tokens, i, text, k) \
                or cas.assassination.match_at(tokens, i, text, k):
            return True  # "اغتيل", a weapon word too, is the casualty head
        if i < k and any(e.label == "FACTION" and t.start <= e.start < t.end for e in doc.entities):
            # a group in the description of another ("القيادي في كتائب X الذراع العسكري لحركة Y"): as that one
            return _act_victim_group(doc, i, lo, lex, weapons, words)
        if set(forms[i]) & lex.member_nouns and i < k - 3:
            continue  # "اغتال مسلحون، صباح اليوم، القيادي في X": the attackers, then the victim's description
        if any(m.first <= i <= m.last for m in weapons) or lex.weapons.match_at(tokens, i, text, k) \
                or set(forms[i]) & stops or {_verb(f) for f in forms[i]} & lex.actor_verbs \
                or t.splits and t.text[0] == "و" and i < k - 1:
            return False
    return False


def _act_forces_actor(doc: Document, lo: int, hi: int, lex: Lexicon, countries: dict) -> str | None:
    """A state's forces by their nationality as the subject of a verb of attack right before them: "قصفت
    القوات التركية قرى", "وشنت المقاتلات الروسية غارات" -> that state. Not the forces as the object
    ("استهدف الهجوم القوات الأمريكية"): the verb must be one of acting, and not one of targeting."""
    tokens, forms = doc.tokens, _doc_forms(doc.tokens, doc.text)
    for k in range(lo + 1, hi - 1):
        if not set(forms[k]) & lex.act_forces:
            continue
        code, j = _ac17_forces_nation(tokens, k, hi, lex)  # "شنت الطائرات الحربية الروسية": past one adjective
        verbs = {_verb(f) for f in forms[k - 1]}
        if code and verbs & lex.actor_verbs and (not verbs & lex.target_heads or _ac9_instrument_after(doc, j + 1, hi, lex)):
            return countries.get(code, code)  # "استهدفت القوات الروسية بصاروخي كروز منشأة": the instrument makes them the subject
    return _ac17_forces_before_verb(doc, lo, hi, lex, countries)


def _ac17_forces_nation(tokens: list[Token], k: int, hi: int, lex: Lexicon) -> tuple[str | None, int]:
    """The nationality of the forces word at ``k`` and where it stands: right after it ("القوات التركية") or after
    one adjective of the arm (``ac17_arm_adjectives``: "الطائرات الحربية الإسرائيلية", "طائرات مسيرة تركية"); (None,
    k + 1) when there is none."""
    def nation(j: int) -> str | None:
        adj = tokens[j].norm if j < hi else ""
        return lex.nationality.get(adj) or lex.nationality.get(adj.removeprefix("ال"))

    if nation(k + 1):
        return nation(k + 1), k + 1
    if k + 2 < hi and tokens[k + 1].norm in _words("ac17_")["arm_adjectives"] and nation(k + 2):
        return nation(k + 2), k + 2
    return None, k + 1


def _ac17_forces_before_verb(doc: Document, lo: int, hi: int, lex: Lexicon, countries: dict) -> str | None:
    """A state's forces by their nationality as the subject written BEFORE its verb of attack, as reported speech
    puts it after "أن"/"إن" ("أعلنت الإدارة أن القوات الروسية قصفت أحياء", "أقر بأن القوات الأمريكية نفذت غارة
    جوية") -> that state. The forces word (``act_forces``), the nationality right after it or after an adjective
    of their arm ("الطائرات الحربية التركية"), "قد" allowed, then a verb of acting (``actor_verbs``, ``act_state_verbs``)
    with no object pronoun nor clitic preposition (``_ac17_forces_nation``). Not forces that are the object or owner of what comes before them ("على القوات
    الأمريكية", "قاعدة للقوات التركية"), and not the bare "فجر" (dawn: "قوات الأمن الأفغانية فجر اليوم")."""
    tokens, forms = doc.tokens, _doc_forms(doc.tokens, doc.text)
    act, ac17 = _words("act_"), _words("ac17_")
    verbs = lex.actor_verbs | act["state_verbs"]
    for k in range(lo, hi - 2):
        if not set(forms[k]) & lex.act_forces or tokens[k].norm.startswith(tuple(ac17["owner_clitics"])):
            continue  # "قاعدة للقوات التركية": the owner of a thing
        if k > lo and set(forms[k - 1]) & (lex.target_heads | lex.target_context | ac17["object_words"]):
            continue  # "هجوم على القوات الأمريكية", "استهدف القوات الروسية"
        code, j = _ac17_forces_nation(tokens, k, hi, lex)
        if not code:
            continue
        v = j + 1
        v += v < hi and bool(set(forms[v]) & act["particles"])
        if v >= hi or tokens[v].norm in ac17["not_verbs"]:
            continue
        word = tokens[v].norm  # the verb itself, not a verbal noun after a clitic ("جندي من القوات الأمريكية بقصف")
        if word in verbs or word[:1] in ("و", "ف") and word[1:] in verbs:
            return countries.get(code, code)
    return None


def _adjective_actor(doc: Document, lo: int, hi: int, weapons: list[Match], lex: Lexicon, countries: dict) -> str | None:
    """The actor named by an adjective within three words after a weapon or a strike word: a state by
    its nationality ("غارة إسرائيلية", "قذائف دبابة إسرائيلية"), an armed group ("قناص حوثي")."""
    tokens, forms = doc.tokens, _doc_forms(doc.tokens, doc.text)
    heads = [m.last for m in weapons] + [k for k in range(lo, hi - 1)
                                         if any(f in lex.strike_words for f in forms[k])
                                         and not {f for fs in forms[max(lo, k - 2):k] for f in fs} & lex.target_context]
    for k in sorted(set(heads)):  # not the forces hosted at the target: "قاعدة تتمركز فيها قوات أمريكية"
        for j in range(k + 1, min(hi, k + 4)):
            t = tokens[j]
            if _ac8_owner_between(doc, k, j, lo, hi, lex):
                break  # "دورية للجيش العراقي", "مهندس تركي": the adjective of what was hit
            form = t.norm.removeprefix("ال")
            if form in lex.actor_adjectives or t.norm in lex.actor_adjectives:
                return lex.actor_adjectives.get(form) or lex.actor_adjectives[t.norm]
            code = lex.nationality.get(t.norm) or lex.nationality.get(form) or _ac17_inflected_nation(tokens, j, lex)
            if code:
                return countries.get(code, code)
    return None


def _ac17_inflected_nation(tokens: list[Token], j: int, lex: Lexicon) -> str | None:
    """The nationality of an adjective in the accusative or the nominative dual, agreeing with the word before it in
    the same ending (``ac17_agreement_endings``): "قصفا مدفعيا أوكرانيا", "صاروخان باليستيان روسيان". The agreement
    keeps out a country's name that ends alike ("ضربة جوية في سوريا", "غارات على تركيا"); not "ين", which is also the
    plural of people, nor after an attacker noun ("انتحاريان بريطانيان": the attackers' nationality)."""
    if j == 0:
        return None
    form, prev = tokens[j].norm.removeprefix("ال"), tokens[j - 1].norm
    attackers = {normalize(w) for w in _words("wn2_")["attacker_heads"]}
    for end in _words("ac17_")["agreement_endings"]:
        stem = prev.removeprefix("ال")[: -len(end)]
        if stem in attackers or stem + "ا" in attackers or prev.removeprefix("ال") in attackers:
            return None  # "انتحاريان بريطانيان": the attackers' own nationality, not a state acting
        if form.endswith(end) and prev.endswith(end) and len(prev) > len(end) + 1:
            code = lex.nationality.get(form[: -len(end)])
            if code:
                return code
    return None


def _member_of(doc: Document, k: int, lo: int, lex: Lexicon) -> bool:
    """Whether the entity at token ``k`` is the group of the attackers named before it: "هاجم مسلحون من
    جماعة X", "مقاتلون من تنظيم X", "مسلحون يشتبه بانتمائهم إلى X" (member_nouns, then affiliation_words),
    but not of people counted as casualties ("مقتل 13 عنصرا من تنظيم X")."""
    tokens, forms = doc.tokens, _doc_forms(doc.tokens, doc.text)
    j = _ac8_before_name(forms, k, lo)  # "عناصر من تنظيم [ولاية غرب أفريقيا]"
    i = j
    while i >= lo and j - i <= 3 and set(forms[i]) & lex.affiliation_words:
        i -= 1
    if i == j or i < lo or not set(forms[i]) & lex.member_nouns:
        return False
    if _ac10_agent_before(forms, i, lo):
        return True  # "قتلوا برصاص عناصر من X": the killers, after the agent word, not the dead
    counted = i > lo and (token_number(tokens[i - 1], doc.text, lex) is not None
                          or lex.killed.find(tokens, doc.text, max(lo, i - 2), i)
                          or lex.wounded.find(tokens, doc.text, max(lo, i - 2), i)
                          or any(set(forms[x]) & _words("ac9_")["subset_words"] for x in range(max(lo, i - 2), i)))
    return not counted  # nor one of the dead counted before ("قتل 14 شخصا بينهم عنصر من X")


def _act_member_owned(doc: Document, k: int, lo: int, lex: Lexicon, owned: set[int]) -> bool:
    """Whether the entity at token ``k`` is the group of members named right after what was hit ("سيارة
    تقل عناصر من حركة طالبان", "منزلا يقيم فيه قياديون في الحركة"): they are the target, not attackers."""
    forms = _doc_forms(doc.tokens, doc.text)
    i = k - 1
    while i >= lo and k - i <= 4 and set(forms[i]) & lex.affiliation_words:
        i -= 1
    return i >= lo and i != k - 1 and bool(set(forms[i]) & lex.member_nouns) and i in owned


def _verb_subject(doc: Document, k: int, lo: int, lex: Lexicon) -> bool:
    """Whether the actor at token ``k`` is the subject of a verb of attack right before it, the verb
    opening its clause (Arabic puts the subject after the verb): "، استهدفت قوات النظام أحياء ...",
    "وقصفت القوات التركية". A verb after its subject ("عبوة استهدفت قوات الجيش") takes an object."""
    tokens, forms = doc.tokens, _doc_forms(doc.tokens, doc.text)
    v = k - 1
    if v < lo or not {_verb(f) for f in forms[v]} & lex.actor_verbs or _verb(tokens[v].norm) != tokens[v].norm:
        return False  # a verb with its object pronoun ("شنتها مقاتلات") is left to the other rules
    return v == lo or tokens[v - 1].text in lex.clause_marks or bool(tokens[v].splits and tokens[v].text[0] in "وف")


def _accused(doc: Document, acc: Match, hi: int, lex: Lexicon, kb, countries: dict,
             home: str | None = None) -> str | None:
    """Who an accusation names: in "اتهمت قوات الدعم السريع الطيران الحربي التابع للجيش بقصف السوق" the
    armed actor before the charge ("بقصف", "بالوقوف") that is not the accuser right after the verb; a
    faction, a coalition, a state's forces (as the state), or the forces named without their state
    (the state of the nationality after them, else the state where it happened). Without such an actor
    before a charge, the first faction after the verb ("نسبت الهجوم إلى حركة الشباب")."""
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    if _ac18_habitual_accusation(tokens, acc, hi):
        return None  # "تتهم السلطات عادة جماعة X بالوقوف وراء الهجمات": a habit, not this event's accuser
    charge = next((i for i in range(acc.last + 1, hi)  # "بتنفيذ", "بتنفيذه"
                   if {f for form in forms[i] for f in (form, _verb(form))} & lex.accusation_charges), None)
    support = next((i for i in range(acc.last + 1, min(hi, acc.last + 8))
                    if tokens[i].norm in _words("ac18_")["support_charges"]), None)
    if support is not None and (charge is None or support < charge):
        return None  # "اتهمت الحكومة سلطات كابل بإيواء المسلحين": backing, not carrying out the attack (ac18)
    s_char, e_char = tokens[acc.last].end, tokens[hi - 1].end
    named = []  # (start, name) of the armed actors after the verb
    for e in doc.entities:
        name = _armed_name(e, kb, countries) if s_char <= e.start < e_char else None
        if name and _act_member_described(doc, e, acc.last + 1, lex):
            continue  # "يعتقدون بأن المرأة بايعت زعيم تنظيم داعش": a person's group, not the one accused
        if name:
            named.append((e.start, name))
    if charge is not None:
        for m in lex.generic_forces.find(tokens, text, acc.last + 1, charge):
            code = _nation_after(tokens, m, hi, lex)
            if code or home:
                named.append((m.start, countries.get(code, code) if code else home))
        before = sorted({x for x in named if x[0] < tokens[charge].start})  # once each: entity and forces
        before = [x for x in before if not _ac11_speaker_body(doc, x[0], acc.last + 1)] or before
        if before:  # the first after the accuser: "اتهم X الجماعة، التي تعد امتدادا لتنظيم Y، بالوقوف"
            accuser = acc.last + 1 < hi and before[0][0] <= tokens[acc.last + 1].start
            return before[1][1] if accuser and len(before) > 1 else before[0][1]
    factions = [e for e in doc.entities if e.label == "FACTION" and s_char <= e.start < e_char
                and not _act_member_described(doc, e, acc.last + 1, lex)]
    return (factions[0].canonical or factions[0].text) if factions else None


def _ac18_habitual_accusation(tokens: list[Token], acc: Match, hi: int) -> bool:
    """Whether the accusation ``acc`` is told as a habit: a habit word (``ac18_habit_words``) within three words before
    the verb or four after it ("غير أن السلطات تتهم عادة جماعة X بالوقوف وراء الهجمات في الإقليم", "عادة ما تنسب
    السلطات عمليات الخطف إلى عصابات"): who is usually blamed for such attacks, not an accusation of the one told."""
    habit = _words("ac18_")["habit_words"]
    return any(tokens[i].norm in habit for i in range(max(0, acc.first - 3), min(hi, acc.last + 5)))


def _armed_name(e: Entity, kb, countries: dict) -> str | None:
    """An armed actor's name: a faction or a military coalition by its own name, a state's forces as
    the state (as ACLED codes them); None for other entities."""
    entry = kb.get(e.kb_id) or {}
    if e.label == "FACTION" or (e.label == "ORG" and entry.get("armed_coalition")):
        return e.canonical or e.text
    if e.label == "ORG" and entry.get("state_force") and entry.get("country"):
        return countries.get(entry["country"], entry["country"])
    return None


def _same_actor(a, b) -> bool:
    """Two mentions of one actor: the same canonical name, or one name inside the other without its
    article ("التحالف" in "تحالف دعم الشرعية")."""
    if a.canonical and a.canonical == b.canonical:
        return True
    x, y = normalize(a.text).removeprefix("ال"), normalize(b.text).removeprefix("ال")
    return len(min(x, y, key=len)) > 3 and (x in y or y in x)


def _nation_after(tokens: list[Token], m: Match, hi: int, lex: Lexicon) -> str | None:
    """The country code of a nationality adjective right after ``m``: "الجيش السوداني" -> SD."""
    adj = tokens[m.last + 1].norm if m.last + 1 < hi else ""
    return lex.nationality.get(adj) or lex.nationality.get(adj.removeprefix("ال"))


def _claimed(doc: Document, lo: int, hi: int, lex: Lexicon) -> tuple[str | None, bool]:
    """(the claiming group, whether a claim sentence was found). The group is a faction of the sentence,
    else an armed organization (not the outlet that carried the statement: "في بيان نشرته مؤسسة الزلاقة")."""
    tokens, text = doc.tokens, doc.text
    kb = load_kb()
    forms = _doc_forms(tokens, text)
    norms = {f for fs in forms[lo:hi] for f in fs}
    # "دون أن تتبنى أي جهة التفجير", "ولا تعلن": a negated claim verb claims nothing
    claims = [m for m in lex.claim.find(tokens, text, lo, hi) if not _act_negated(doc, m.first, lo, lex)]
    announce = {f for k in range(lo, hi) if not _act_negated(doc, k, lo, lex) for f in forms[k]}
    claim = bool(claims) or (bool(norms & lex.claim_nouns) and bool(announce & lex.claim_announce)
                             and _announced_responsibility(doc, lo, hi, lex))
    if not claim or _ac15_no_claim_of_it(doc, lex.no_claim.find(tokens, text, lo, hi), claims, lo, lex):
        return None, False
    s_char, e_char = tokens[lo].start, tokens[hi - 1].end
    factions = [e for e in doc.entities if _in(e, s_char, e_char) and e.label == "FACTION"]
    # not the owner of what was hit when another group is named: "استهدفت مسيرة موقعا لقوات العمالقة ...
    # وأعلنت جماعة الحوثي مسؤوليتها"
    factions = [e for e in factions if not _ac8_owner_faction(doc, e, lo, hi, lex)] or factions
    factions = _ac13_not_victims(doc, factions, claims, lo, lex)  # "اغتيال القيادي في X ...، وهي عملية تبناها التنظيم"
    faction = next(iter(factions), None)
    if faction is not None:  # "تبنى تنظيم الدولة الهجوم، وقال إن جنوده في ولاية غرب أفريقيا نفذوه": the branch
        faction = next((e for e in factions if (kb.get(e.kb_id) or {}).get("parent") == faction.kb_id
                        and faction.kb_id), faction)
    else:
        faction = next((e for e in doc.entities if _in(e, s_char, e_char) and e.label == "ORG"
                        and _armed_name(e, kb, kb.countries)), None)
    return (_armed_name(faction, kb, kb.countries) or faction.text) if faction else None, True


def _act_negated(doc: Document, k: int, lo: int, lex: Lexicon) -> bool:
    """Whether the verb at token ``k`` is negated: a negator right before it or before "أن" ("لم تتبن",
    "دون أن تعلن", "من غير أن تتبنى"), or a denial within six words before it, not past punctuation ("نافية
    ما تردد حول تبني التنظيم", "نفت الحركة مسؤوليتها")."""
    tokens = doc.tokens
    i = k - 1
    if i >= lo and tokens[i].norm in lex.act_complementizers:
        i -= 1
    if i >= lo and tokens[i].norm in lex.act_negators:
        return True
    # a denial a few words before: "نافية ما تردد من أخبار حول تبني التنظيم للاعتداء"
    denials = _words("act_")["denial_words"]
    for j in range(k - 1, max(lo, k - 7) - 1, -1):
        if tokens[j].kind == "punct":
            return False
        if tokens[j].norm in denials:
            return True
    return False


def _announced_responsibility(doc: Document, lo: int, hi: int, lex: Lexicon) -> bool:
    """Whether the responsibility noun of a sentence is announced ("أعلنت الحركة في بيان مسؤوليتها") rather
    than laid on someone ("حمل وزير الداخلية المسؤولية لعناصر الكتيبة", after "وأعلن الرئيس الحداد"): the
    nearest verb before it is one of announcing, not of accusing."""
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    accusing = {k for m in lex.accusation.find(tokens, text, lo, hi) for k in range(m.first, m.last + 1)}
    for i in range(lo, hi):
        if not set(forms[i]) & lex.claim_nouns:
            continue
        for k in range(i - 1, lo - 1, -1):
            if k in accusing:
                break
            if set(forms[k]) & lex.claim_announce:
                return True
    return False


def _acknowledged(doc: Document, lo: int, hi: int, lex: Lexicon, kb, countries: dict,
                  home: str | None = None) -> str | None:
    """An actor announcing its own attack: "أعلنت هيئة الأركان أن طائراتها نفذت"، "قال المتحدث باسم
    الحركة إن مقاتليها استهدفوا"، "قالت رئاسة الأركان إنها استهدفت"، "أعلن التحالف تنفيذ غارات".
    The speaker of a verb of saying (a faction, a military coalition, or a state's forces named as the
    state) claims the act when a verb of attack follows with its own forces ("طائراتها", "قواتنا"),
    with the speaker itself as subject ("إنها استهدفت"), or as a verbal noun ("تنفيذ", "شن")."""
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    s_char, e_char = tokens[lo].start, tokens[hi - 1].end
    ents = [e for e in doc.entities if _in(e, s_char, e_char) and e.label in ("FACTION", "ORG")]
    starts = [t.start for t in tokens]
    quoted = _ac10_statement_claim(doc, lo, hi, lex, kb, countries)
    if quoted:
        return quoted  # "أصدرت جماعة X بيانا. وجاء في البيان: «نفذ سلاح الجو المسير عملية ...»"

    for k in range(lo, hi):
        if not set(forms[k]) & lex.acknowledge_verbs:
            continue
        # the speaker comes before what it said: not "أفادت مصادر بأن مسلحين من حركة الشباب اختطفوا"
        said = next((i for i in range(k + 1, hi) if set(forms[i]) & (lex.complementizers | lex.self_pronouns)), hi)
        s_lo, s_hi = k + 1, min(said, k + 7)
        after = [e for e in ents if s_lo <= bisect_left(starts, e.start) < s_hi]
        named = (_armed_name(after[0], kb, countries) or _ac16_short_faction(doc, after[0], kb, countries)) \
            if after else None  # "أكد المتحدث باسم الحركة الشعبية": the movement named before in full
        owner = _ac14_outlet_owner(doc, after, lo, s_hi, lex, kb, countries, starts) if after and not named else None
        if owner is not None:  # "أعلنت قناة X التابعة لجماعة Y أن الجماعة استهدفت": the group speaks
            named, after = _armed_name(owner[0], kb, countries), [owner[0]] + [e for e in after if e is not owner[0]]
        generic = next((g for i in range(s_lo, min(hi, s_lo + 3))
                        if (g := lex.generic_forces.match_at(tokens, i, text, hi)) is not None), None)
        # "قالت رئاسة الأركان التركية"، "أعلن المتحدث باسم القوات المسلحة المصرية": that state
        body, code = None, None
        for i in range(s_lo, min(s_hi, s_lo + 6)):  # the speaker, before what it said ("أن")
            body = lex.speaker_forces.match_at(tokens, i, text, hi)
            code = (_nation_after(tokens, body, hi, lex) or _ac10_body_nation(doc, body, hi, lex, kb)) \
                if body is not None else None
            if code:
                break
        anaphor = _ac16_anaphor_speaker(doc, forms, s_lo, hi, lex, kb, countries) \
            if not named and not code and generic is None else None  # "وأعلن التنظيم في بيان أن مقاتليه قتلوا"
        if not named and not code and generic is None and anaphor is None:
            before = _ac10_speaker_before(doc, k, lo, lex, kb, countries, home)
            if before:  # "وكان الجيش الإسرائيلي قد أعلن أن طائراته أغارت"
                named, after = before, [None]
        # a speaker before its verb claims only what its own forces did, named before the verb of attack
        sv = named is not None and after[0] is None
        if anaphor is not None:
            name, first = anaphor, s_lo + 1
        elif named:
            name = named
            first = owner[1] if owner is not None else bisect_left(starts, after[0].end) if after[0] is not None else k + 1
        elif code:
            name, first = countries.get(code, code), body.last + 2
        elif generic is not None and (home or _nation_after(tokens, generic, hi, lex)):
            # "أعلن الجيش": the state where it happened; "أن الطيران الحربي الإسرائيلي": the state named
            code = _nation_after(tokens, generic, hi, lex)
            name, first = countries.get(code, code) if code else home, generic.last + 1
        else:
            continue
        if not sv and any(set(forms[i]) & lex.acknowledge_actions for i in range(k + 1, min(hi, first + 1))):
            return name
        aside = _ac7_past_aside(doc, first, hi, lex)  # "أعلنت X، في بيان عبر تلغرام، استهداف قاعدة"
        if not sv and first < aside < hi and set(forms[aside]) & lex.acknowledge_actions:
            return name  # "أعلن التحالف تنفيذ 18 غارة" (the action inside a name tagged too long, too)
        if not sv and _act_killed_by_speaker(doc, first, hi, lex):
            return name  # "أعلنت القيادة العامة للقوات المسلحة قتل تسعة مسلحين", "أعلن الجيش أنه قتل ثمانية"
        verbs = lex.actor_verbs | _ac5_own_verbs() | _ac10_own_verbs()
        for j in range(first, hi):
            if not ({_verb(f) for f in forms[j]} | set(forms[j])) & verbs:
                continue
            if sv:  # "وكان الجيش قد أعلن أن طائراته أغارت", "بأن طائرة تابعة له قصفت"
                if any(set(forms[i]) & lex.own_forces for i in range(max(lo, j - 2), j)) or _ac10_belonging_to_speaker(doc, j, lo):
                    return name
                break
            if j > lo and set(forms[j - 1]) & lex.self_pronouns:
                return name  # "قالت رئاسة الأركان إنها استهدفت"
            # its own forces as the subject: before the verb ("طائراته نفذت"), or after a verb that does
            # not take the target as object ("نفذت طائراتنا", but not "استهدفت قاعدتها")
            if not ({_verb(f) for f in forms[j]} | set(forms[j])) & (lex.actor_verbs | _ac5_own_verbs()):
                # "أن مقاتلاتها قتلت" (``ac10_own_verbs``): only with its own forces as the subject before the verb,
                # not "أعلن الجيش قتل ثلاثة من جنوده" (the dead after it); the verbs of attack are looked at next
                own = any(set(forms[i]) & lex.own_forces for i in range(max(first, j - 2), j)) \
                    or _ac15_coordinated_own(doc, forms, first, j, lex) or name in countries.values() \
                    and any(lex.generic_forces.match_at(tokens, i, text, hi) for i in range(max(first, j - 3), j))
                if own and _ac10_object_follows(doc, j, hi, lex):
                    return name  # "أعلنت الوزارة أن مقاتلاتها قتلت سبعة", "أعلن المتحدث أن قوات الجيش قتلت 14 مسلحا"
                continue
            around = list(range(max(lo, j - 2), j))
            if not set(forms[j]) & lex.target_heads:
                around += list(range(j + 1, min(hi, j + 3)))
            near = [tokens[i] for i in around]
            if tokens[j].text.endswith("نا") or any(set(forms[i]) & lex.own_forces for i in around):
                return name
            if _ac10_belonging_to_speaker(doc, j, lo):
                return name  # "أقر الجيش بأن طائرة مسيرة تابعة له قصفت"
            if any(_clm_forces_of_speaker(forms, i, hi, lex) for i in range(max(lo, j - 3), j)):
                return name  # "أكد المتحدث باسم الحركة أن قوات الحركة قصفت"
            if name in countries.values() \
                    and any(lex.generic_forces.match_at(tokens, i, text, hi) for i in range(max(lo, j - 3), j)):
                return name  # "أعلن الجيش أن سلاح الجو نفذ"; not a group's words "قالت الحركة إن الجيش قصف"
            if named and any(_same_actor(e, after[0]) for e in ents
                             if near and near[0].start <= e.start <= near[-1].start):
                return name  # "أكد المتحدث باسم التحالف العربي أن طائرات التحالف استهدفت"
            if named and after[0] is not None and _ac14_own_kind_subject(doc, j, lo, after[0], lex):
                return name  # "أعلنت قناة X التابعة لجماعة Y أن الجماعة استهدفت العرض"
            branch = _ac14_branch_subject(doc, j, first, after[0], kb) if named and after[0] is not None else None
            if branch:
                return branch  # "قالت وكالة X التابعة لتنظيم Y إن أحد عناصر «ولاية Z» نفذ الهجوم": the branch
            if named and name not in countries.values() and _ac13_reported_forces(doc, first, j, lex):
                return name  # "قال المتحدث باسم الجماعة إن "سلاح الجو المسير نفذ عملية"": its own arm
            break  # only the first verb of attack after the speaker
    killers = _ac2_forces_killed(doc, lo, hi, lex, countries, home)
    return killers[0] if killers and killers[1] else None


def _ac2_forces_killed(doc: Document, lo: int, hi: int, lex: Lexicon, countries: dict,
                       home: str | None) -> tuple[str, bool] | None:
    """A state's forces that killed militants: "تمكنت وحدات الجيش من القضاء على 11 إرهابيا", "أن قوات الجيش قتلت
    14 إرهابيا", "تم القضاء على خمسة مسلحين من طرف وحدات الحرس" -> (the state, whether the sentence is a statement,
    so that the state acknowledges it). The forces come before the killing within twelve words, or after it as the
    agent ("من طرف", "من قبل", "على يد"); the dead are militants (``ac2_militant_dead``) and none of the forces' own
    men; forces after "بين" or a target word are a side or the object. The state is that of the nationality after
    the forces, else the state where it happened."""
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    act, ac2, ac8 = _words("act_"), _words("ac2_"), _words("ac8_")

    def forces_at(i: int) -> int | None:  # the last token of state forces starting at i
        m = lex.generic_forces.match_at(tokens, i, text, hi)
        if m is not None:
            return m.last
        if i + 1 < hi and set(forms[i]) & (lex.act_forces | act["state_units"]) \
                and set(forms[i + 1]) & act["state_kinds"]:
            return i + 1 + (i + 2 < hi and tokens[i + 2].norm in ("الوطني", "الوطنية"))
        return None

    def killing_at(j: int) -> bool:  # "القضاء على 11 إرهابيا", "قتلت 14 إرهابيا"
        if tokens[j].norm[:1] == "ل" and set(forms[j]) & act["killing_actions"] \
                and tokens[j].norm not in act["killing_actions"]:
            return False  # "انطلقت في عملية للقضاء على جيوب الإرهابيين": an aim, not a killing (ac18)
        on = _ac7_past_aside(doc, j + 1, hi, lex) if set(forms[j]) & ac8["eliminate_verbs"] else j + 1
        if not set(forms[j]) & (act["killing_actions"] | act["killing_verbs"] | _words("dt15_")["neutralize_words"]) \
                and not (set(forms[j]) & ac8["eliminate_verbs"] and on < hi and tokens[on].norm == normalize("على")):
            return False  # "قضت قوات الأمن على خمسة إرهابيين" as "قتلت", "حيدت" too; "قضت، يوم ...، على" (ac15)
        window = [set(forms[i]) | {tokens[i].norm} for i in range(max(j + 1, on), min(hi, max(j + 1, on) + 4))]
        return any(f & ac2["militant_dead"] for f in window) and not any(f & act["own_dead_words"] for f in window)

    def state(i: int, last: int) -> str | None:
        prev = {f for fs in forms[max(lo, i - 2):i] for f in fs}
        unit = i - 2 >= lo and bool(set(forms[i - 2]) & ac8["unit_nouns"])  # "قوة من الجيش"
        if prev & (lex.between_words | lex.target_heads | lex.target_context) \
                or i > lo and tokens[i - 1].norm == "من" and not unit:
            return None  # "بين الجيش و...", "هجوم على قوات ..."; "12 من القوات المسلحة" (the dead)
        code = _nation_after(tokens, Match(i, last, 0, 0, None), hi, lex) if last + 1 < hi else None
        return countries.get(code, code) if code else home

    found = None
    for i in range(lo, hi):
        last = forces_at(i)
        if last is None:
            continue
        if any(killing_at(j) for j in range(last + 1, min(hi, last + 13))):
            found = state(i, last)
        elif i - 2 >= lo and set(forms[i - 1]) & ac2["passive_agents"] \
                and any(killing_at(j) for j in range(max(lo, i - 12), i - 1)):
            found = state(i, last)  # "تم القضاء على خمسة مسلحين من طرف وحدات الجيش"
        if found:
            break
    if not found:
        return _ac18_operation_killed(doc, lo, hi, lex, countries, home)
    statement = any(set(forms[k]) & (ac2["statement_words"] | lex.acknowledge_verbs) for k in range(lo, hi))
    return found, statement


def _ac18_operation_killed(doc: Document, lo: int, hi: int, lex: Lexicon, countries: dict,
                           home: str | None) -> tuple[str, bool] | None:
    """A state's security or military operation whose outcome killed militants, with no forces named: "أسفرت العملية
    الأمنية التي جدت اليوم بمنطقة الوادي عن مقتل أربعة عناصر إرهابية" -> (the state where it happened, or of the
    nationality after the operation: "عملية عسكرية تركية"; whether a communique or a state body tells it, so that the
    state acknowledges it). The operation noun and its kind (``ac18_operation_nouns``, ``ac18_operation_kinds``), then
    within the clause a killing (``ac18_operation_killing``) of militants (``ac2_militant_dead``) and none of the
    forces' own men (``act_own_dead_words``); not an operation after "بين" or a target word. A correspondent's words
    ("وفق ما أكده مراسل") are no claim (``ac18_official_words``, ``military_bodies``)."""
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    act, ac2, ac18 = _words("act_"), _words("ac2_"), _words("ac18_")
    for i in range(lo, hi - 1):
        if not set(forms[i]) & ac18["operation_nouns"] or tokens[i + 1].norm not in ac18["operation_kinds"]:
            continue
        prev = {f for fs in forms[max(lo, i - 2):i] for f in fs}
        if prev & (lex.between_words | lex.target_heads | lex.target_context):
            continue
        for j in range(i + 2, min(hi, i + 26)):
            if not set(forms[j]) & ac18["operation_killing"]:
                continue
            if tokens[j].norm[:1] == "ل" and tokens[j].norm not in ac18["operation_killing"]:
                break  # "عملية عسكرية للقضاء على جيوب الإرهابيين": its aim, not its outcome
            on = j + 1 + (j + 1 < hi and tokens[j + 1].norm in ("على", "علي"))
            window = [set(forms[k]) | {tokens[k].norm} for k in range(on, min(hi, on + 4))]
            if any(f & ac2["militant_dead"] for f in window) and not any(f & act["own_dead_words"] for f in window):
                code = _nation_after(tokens, Match(i, i + 1, 0, 0, None), hi, lex) if i + 2 < hi else None
                name = countries.get(code, code) if code else home
                if not name:
                    return None
                official = any(set(forms[k]) & ac18["official_words"] for k in range(lo, hi)) \
                    or bool(lex.speaker_forces.find(tokens, text, lo, hi))
                return name, official
            break
    return None


def _act_killed_by_speaker(doc: Document, first: int, hi: int, lex: Lexicon) -> bool:
    """Whether the speaker's words from token ``first`` (right after its name) announce that it killed people:
    a verbal noun of killing ("قتل تسعة مسلحين", "القضاء على خمسة إرهابيين"), or "أنه/أنها" and a verb of killing
    ("أنه قتل ثمانية"), a count within two words after it, and none of the speaker's own men among them ("قتل 3
    من جنوده" is a toll, written with "مقتل" too). ``act_killing_actions``, ``act_killing_verbs``,
    ``act_own_dead_words``."""
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    act = _words("act_")
    j = first
    while j < hi and j - first < 3 and tokens[j].norm in lex.casualty_times:
        j += 1  # "أعلنت هيئة الأركان اليوم الأحد أن"
    if j < hi and set(forms[j]) & lex.complementizers:
        j += 1  # "أن طائراتها قتلت"
    if j + 1 < hi and (set(forms[j]) & lex.self_pronouns or set(forms[j]) & lex.own_forces and j > first
                       and tokens[j].norm.endswith(("ها", "ه", "نا"))) and set(forms[j + 1]) & act["killing_verbs"]:
        j += 1  # "أنه قتل", "أن طائراتها قتلت"
    elif not (j < hi and set(forms[j]) & act["killing_actions"]):
        return False
    j += 1
    if j < hi and tokens[j].norm in ("على", "علي"):
        j += 1  # "القضاء على"
    while j < hi and tokens[j].norm in lex.casualty_times:
        j += 1  # "قتلت أمس سبعة"
    window = range(j, min(hi, j + 4))
    if not any(token_number(tokens[i], text, lex) is not None for i in range(j, min(hi, j + 2))):
        return False  # "قتل تسعة", "القضاء على خمسة"
    return not any(set(forms[i]) & act["own_dead_words"] for i in window)


def _clm_forces_of_speaker(forms: list[tuple[str, ...]], i: int, hi: int, lex: Lexicon) -> bool:
    """Forces named by the speaker's own kind right after them: "قوات الحركة", "مقاتلو الجماعة",
    "مجاهدي المقاومة" (the speaker calls its own group by what it is)."""
    return i + 1 < hi and bool(set(forms[i]) & lex.clm_forces_heads) and bool(set(forms[i + 1]) & lex.clm_self_kinds)


def _ac5_member_subject(doc: Document, k: int, lo: int, lex: Lexicon) -> bool:
    """Whether the group at token ``k`` owns the attackers named right before it in the nominative construct
    state: "هاجم مسلحو حركة X", "ومقاتلو جماعة X شنوا", "نفذه مسلحو X" (``ac5_subject_members``: the -و plural of
    the construct is a subject, never an object, which is written "مسلحي"). Not when they are counted as the dead
    or wounded ("قتل 5 من ..." is written with "من"; "أصيب مسلحو X", "مقتل مسلحي X")."""
    tokens, forms = doc.tokens, _doc_forms(doc.tokens, doc.text)
    i = k - 1
    if i >= lo and tokens[i].text in _QUOTES:
        i -= 1  # 'مسلحو "حركة X"'
    i = _ac10_past_descriptor(forms, i, k, lo)  # "مقاتلو تنظيم ولاية غرب أفريقيا", the name alone tagged
    if i < lo or not set(forms[i]) & _words("ac5_")["subject_members"]:
        return False
    return not (lex.killed.find(tokens, doc.text, max(lo, i - 2), i) or lex.wounded.find(tokens, doc.text, max(lo, i - 2), i)
                or i > lo and token_number(tokens[i - 1], doc.text, lex) is not None)


@lru_cache(maxsize=1)
def _ac5_own_verbs() -> frozenset:
    """Verbs a speaker's own forces do in its statement besides those of ``actor_verbs``: "أن طائراتها ضربت",
    "أن وحداته اشتبكت مع" (``ac5_own_verbs`` with their inflections). Only with the speaker's forces or itself as
    subject, as ``_acknowledged`` checks: a clash or strike the actor acknowledges."""
    return frozenset(normalize(f) for w in _words("ac5_")["own_verbs"] for f in verb_forms(w))


def _tg5_attack_on(doc: Document, hi: int, lex: Lexicon, trigger: Match | None, in_time: set[int],
                   before_time, phrase) -> dict | None:
    """The target after "على" that follows the attack in its clause: "غارات جوية على مواقع التنظيم", "هجوم شنه
    مسلحون على قرية", "قصف شنته الجماعة، مساء الأحد، على حي", "أطلقوا النار من مسدسات على الناشط", "سقطت ظهر أمس
    على عدد من الأحياء". Up to 16 tokens after the weapon, within its clause (a comma only around a time). Not
    after a word that takes "على" itself ("ردا على", "القبض على"), nor a distance, a road side or a cause
    (``tg5_on_skips``: "على بعد", "على جانب الطريق", "على إثر"), nor the attackers' mount ("مسلحون على دراجات
    نارية على موقع للجيش": the post)."""
    if trigger is None:
        return None
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    tg5 = _words("tg5_")
    k = trigger.last + 1
    end = min(hi - 1, k + 16)
    while k < end:
        tok = tokens[k]
        if tok.text in lex.clause_marks and not (k + 1 in in_time or before_time(k + 1) or k - 1 in in_time
                                                  and not tokens[k + 1].text.startswith("و")):
            return None  # "، مساء الأحد، على حي": a time between commas; not "، وتصويت المجلس على قرار"
        if k > trigger.last + 1 and set(forms[k]) & tg5["clause_stops"]:
            return None
        if tok.text == "على" and tok.kind == "word":  # not the name "علي"
            # a word between the weapon and "على" that takes it ("وتدرب على", "تركيز تدخلها على")
            own = any(set(forms[x]) & tg5["on_verbs"] or {f[1:] for f in forms[x] if f[:1] in "وف"} & tg5["on_verbs"]
                      for x in range(trigger.last + 1, k))
            if set(forms[k + 1]) & tg5["on_skips"] or own:
                k += 2
                continue
            site = _tg10_site_before(tokens, forms, trigger.last + 1, k, text, lex)
            if site is not None:
                return phrase(site)  # "فجر حزامه عند مدخل مطعم على شاطئ ليدو": the restaurant, on the beach (tg10)
            before = k - 1  # past a time between commas: "قضت، يوم 11 جانفي، على إرهابيين" (tg13)
            while before > trigger.last and (before in in_time or before_time(before)
                                                 or tokens[before].text in lex.clause_marks):
                before -= 1
            if set(forms[before]) & _words("tg9_")["killing_words"]:
                return None  # "من القضاء على ارهابيين اثنين": the dead of the toll, not what was hit (tg9)
            if set(forms[before]) & _words("tg15_")["passerby_words"]:
                return None  # "صدم بشاحنته المارة على الجسر": where the people rammed walked, not what was hit (tg15)
            if (tokens[k - 1].norm in lex.actor_nouns or _tg10_bomber(trigger, k - 1)) \
                    and set(forms[k + 1]) & tg5["mount_words"]:
                # "مسلحون على دراجات نارية": how they came
                k += 1
                continue
            j = k + 1  # "على 3 من أعوان الأمن", "على عدد من الأحياء": the count with the noun it counts
            while j < hi and (token_number(tokens[j], text, lex) is not None or set(forms[j]) & tg5["quantity_words"]):
                j += 1
            if k + 1 < j < hi - 1 and tokens[j].norm == "من":
                return phrase(j + 1, tokens[k + 1].start)
            return phrase(k + 1)
        k += 1
    return None


@lru_cache(maxsize=1)
def _ac7_reaction_verbs() -> frozenset:
    """``ac7_reaction_verbs`` with their subject endings ("باركت", "أدانوا")."""
    return frozenset(normalize(f) for w in _words("ac7_")["reaction_verbs"] for f in verb_forms(w))


def _ac7_reacting(doc: Document, k: int, lo: int, lex: Lexicon) -> bool:
    """Whether the group at token ``k`` is the subject of a verb of reacting to the attack right before it ("فيما
    باركت حركة حماس العملية دون أن تتبناها", "وأدانت الحركة الهجوم"): it did not carry it out."""
    forms = _doc_forms(doc.tokens, doc.text)
    verbs = _ac7_reaction_verbs()
    return any({_verb(f) for f in forms[i]} & verbs or set(forms[i]) & verbs for i in range(max(lo, k - 2), k))


def _ac7_past_aside(doc: Document, i: int, hi: int, lex: Lexicon) -> int:
    """The token after what a statement's verb puts between its speaker and what it said: a comma-bounded aside ("،
    في بيان عبر تلغرام،") of at most ten tokens, and times ("اليوم الخميس"); ``i`` itself when there is none."""
    tokens = doc.tokens
    if i < hi and tokens[i].text in ("،", ","):
        close = next((j for j in range(i + 1, min(hi, i + 11)) if tokens[j].text in ("،", ",")), None)
        if close is not None:
            i = close + 1
    while i < hi and tokens[i].norm in lex.casualty_times:
        i += 1
    return i


@lru_cache(maxsize=1)
def _tg6_object_heads() -> frozenset:
    """``tg6_object_heads`` with the subject endings of its verbs: words whose object is the target besides
    ``target_heads`` (kept apart, as detection and the perpetrator rules read ``target_heads``)."""
    return frozenset(normalize(f) for w in _words("tg6_")["object_heads"] for f in verb_forms(w))


def _tg6_counted_attackers(tokens: list[Token], forms: list[tuple[str, ...]], j: int, hi: int, lex: Lexicon) -> bool:
    """Token ``j`` is a count of the attackers between the verb and its object: "هاجم مئات المسلحين، فجر الأحد،
    معسكرا" ("مئات" before an actor noun, which the loop of ``_target`` then passes)."""
    if j + 1 >= hi or not set(forms[j]) & _words("tg5_")["quantity_words"]:
        return False  # not "العناصر" alone: "ضربات استهدفت العناصر الإرهابية" (the target)
    return any(f in lex.actor_nouns or f.startswith("ال") and f[2:] in lex.actor_nouns for f in forms[j + 1])


def _tg6_during(doc: Document, lo: int, hi: int, forms: list[tuple[str, ...]], tg6: dict) -> tuple[int, None, int] | None:
    """The first token of the unit hit "during" its patrol or sweep: "انفجار لغم أرضي خلال دورية" (the patrol),
    "أثناء عملية تمشيط" (the sweep), "أثناء قيام وحدة من الحرس بعملية تمشيط" (the unit), as (first token, None,
    longest) for the phrase: two words of a patrol or sweep ("عمليات تمشيط تقوم بها" -> "عمليات تمشيط"). None
    without one."""
    tokens = doc.tokens
    for k in range(lo, hi - 1):
        if not set(forms[k]) & tg6["during_words"]:
            continue
        j = k + 1
        if set(forms[j]) & tg6["doing_words"]:
            return (j + 1, None, 3) if j + 1 < hi and tokens[j + 1].kind == "word" else None
        if set(forms[j]) & tg6["patrol_words"] and not set(forms[j]) & tg6["sweep_words"]:
            return j, None, 2
        # "خلال عملية تمشيط", "أثناء تمشيط المنطقة": an operation is no thing hit; the vehicle or the unit is, when
        # named ("بعربتهم", "أثناء قيام وحدة"), else none (tg9: 1 for, 4 against in the open, team and probe gold)
    return None


def _tg6_noun_before(doc: Document, lo: int, k: int, lex: Lexicon, forms: list[tuple[str, ...]]) -> int | None:
    """The first token of an indefinite target noun phrase right before "تعرض" at ``k`` ("إن سفينة تجارية تعرضت
    لهجوم", "دورية للجيش تعرضت"): a target noun at most three words back, with only words between (no
    stop, punctuation or number)."""
    tokens, text = doc.tokens, doc.text
    for first in range(max(lo, k - 3), k):
        m = lex.target_nouns.match_at(tokens, first, text, k)
        if m is None or tokens[first].norm.startswith("ال"):
            continue
        if all(tokens[i].kind == "word" and tokens[i].norm not in lex.group_stops for i in range(first, k)):
            return first
    return None


def _tg7_where(doc: Document, forms: list[tuple[str, ...]], j: int, end: int, trigger: Match | None, act: dict,
               lex: Lexicon) -> bool:
    """Whether the phrase of tokens ``j``..``end`` tells where the event happened rather than what was hit: it opens
    with a word of nearness ("قرب بلدة جلب", ``act_target_stops``), or, for a strike or a shelling
    (``act_strike_weapons``), it is a named settlement ("غارات على بلدة كفرنبل", "قصف استهدف مخيم النصيرات", "على
    محيط بلدة ...", ``tg7_settlement_words`` before a place's name, or the place's name alone). A ground attack on a
    village keeps it ("هجوم شنه مسلحون على قرية ..."), as do unnamed quarters ("حي سكني", "أحياء في المدينة")."""
    tokens = doc.tokens
    if set(forms[j]) & act["target_stops"]:
        return True
    if trigger is None or trigger.payload[0] not in act["strike_weapons"]:
        return False
    words = _words("tg7_")["settlement_words"]
    i = j
    while i < end and i < j + 2 and set(forms[i]) & words:
        i += 1  # "محيط بلدة معرة مصرين": the words of a settlement, then its name
    if i >= end or i == j and lex.target_nouns.match_at(tokens, j, doc.text, end) is not None:
        return False  # "معسكر للجيش", "فندق ...": a thing hit, even when the gazetteer names it
    starts = {tokens[k].start for k in range(j, i + 1)}  # "مدينة زابوريجيا" is one place entity, or its name alone
    return any(e.label in ("LOC", "GPE") and e.start in starts for e in doc.entities)


def _tg7_past_forces(doc: Document, forms: list[tuple[str, ...]], j: int, hi: int, lex: Lexicon) -> int:
    """The first token after the forces that are the subject of a verb of targeting when an instrument with "ب"
    follows them ("استهدفت القوات الروسية بصاروخي كروز منشأة", "استهدفت مدفعية الجيش بالقذائف منازل"): the forces
    word (``act_forces``) and up to three words after it (adjectives, the army's name), then a weapon with "ب"
    (which ``_act_past_instrument`` passes). ``j`` itself otherwise: "استهدفت العبوة القوات الأمنية" (the object)."""
    tokens = doc.tokens
    if j >= hi or not set(forms[j]) & lex.act_forces and lex.generic_forces.match_at(tokens, j, doc.text, hi) is None:
        return j  # "القوات الروسية", "الجيش التركي" (after "مدفعية")
    for k in range(j + 1, min(hi, j + 5)):
        if tokens[k].kind != "word" or tokens[k].text in lex.clause_marks:
            return j
        if tokens[k].text.startswith("ب") and _act_past_instrument(doc, k, hi, lex) > k:
            return k
    return j


def _ac8_possessed(doc: Document, i: int, lo: int) -> bool:
    """Whether token ``i`` carries the possessive "ل" ("لقوات الجيش", "للجيش المصري") with no word of belonging
    before it ("تابعة للجيش": the owner of the weapon): the forces own what was hit."""
    t = doc.tokens[i]
    if not (t.splits and t.text[:1] == "ل" and t.norm[:1] == "ل"):
        return False
    return not (i > lo and set(_doc_forms(doc.tokens, doc.text)[i - 1]) & _words("ac8_")["belonging_words"])


def _ac8_owner_between(doc: Document, k: int, j: int, lo: int, hi: int, lex: Lexicon) -> bool:
    """Whether a noun between the weapon or strike word at ``k`` and the adjective at ``j`` heads a phrase of its
    own, so that the adjective describes it and not the weapon: what was hit ("دورية للجيش العراقي", "قرب السفارة
    الأمريكية"), forces ("طائرة مسيرة القوات الأمريكية"; not after a word of belonging, "مسيرة تابعة للجيش التركي")
    or a person ("اختطاف مهندس تركي")."""
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    belonging = _words("ac8_")["belonging_words"]
    for i in range(k + 1, j):
        fs = set(forms[i])
        if lex.target_nouns.match_at(tokens, i, text, hi) is not None \
                or fs & lex.person_singular or {f.removeprefix("ال") for f in fs} & lex.person_singular:
            return True
        if (fs & lex.act_forces or lex.generic_forces.match_at(tokens, i, text, hi) is not None) \
                and not (i > k + 1 and set(forms[i - 1]) & belonging):
            return True
    return False


def _ac8_attack_by(doc: Document, k: int, lo: int) -> bool:
    """Whether the group at token ``k`` is the author of an attack noun right before it with the possessive "ل":
    "بهجوم لمسلحي داعش", "في هجوم لعناصر تنظيم X", "كمين لحركة الشباب" (a descriptor and a member noun allowed
    between). Not "هجوم على مواقع لداعش" (what was hit comes between)."""
    tokens, forms = doc.tokens, _doc_forms(doc.tokens, doc.text)
    ac8 = _words("ac8_")
    i = _ac8_before_name(forms, k, lo)  # "لعناصر تنظيم X" with X alone tagged
    owner = i if i >= lo and set(forms[i]) & ac8["member_nouns"] else k
    t = tokens[owner]
    if not (t.splits and t.text[:1] == "ل") or owner - 1 < lo:
        return False
    return bool(set(forms[owner - 1]) & ac8["attack_nouns"])


def _ac8_owner_faction(doc: Document, e: Entity, lo: int, hi: int, lex: Lexicon) -> bool:
    """Whether the group ``e`` owns what was hit: right after a target noun or a target word, with the possessive
    "ل" or in construct ("موقعا لقوات X", "مواقع للحوثيين", "مقرات الحركة"), a descriptor allowed between."""
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    k = bisect_left([t.start for t in tokens], e.start)
    if k < len(tokens) and k > lo and tokens[k - 1].end > e.start:
        k -= 1  # the name after a proclitic: "للحوثيين"
    i = _ac8_before_name(forms, k, lo)
    if i < lo:
        return False
    return lex.target_nouns.match_at(tokens, i, text, hi) is not None or bool(set(forms[i]) & lex.target_context)


def _ac8_belonging_forces(doc: Document, lo: int, hi: int, weapons: list[Match], lex: Lexicon, countries: dict,
                          home: str | None) -> str | None:
    """A weapon or shooter that belongs to a state's forces: "برصاص قناص تابع لقوات النظام", "بقذيفة دبابة تابعة
    للجيش السوري" -> the state of the nationality after the forces, else the state where it happened. Not what was
    hit ("موقع تابع لقوات الجيش"): the word before "تابع" is a weapon or a shooter (``ac8_shooters``)."""
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    ac8 = _words("ac8_")
    for b in range(lo + 1, hi - 1):
        if not set(forms[b]) & ac8["belonging_words"]:
            continue
        prev = b - 1
        if not (set(forms[prev]) & ac8["shooters"] or any(m.first <= prev <= m.last for m in weapons)):
            continue
        m = lex.generic_forces.match_at(tokens, b + 1, text, hi)
        if m is None:
            continue
        code = _nation_after(tokens, m, hi, lex)
        name = countries.get(code, code) if code else home
        if name:
            return name
    return None


def _ac8_before_name(forms: list[tuple[str, ...]], k: int, lo: int) -> int:
    """The token before the group named at ``k``, past a descriptor when the name alone is tagged ("تنظيم [ولاية غرب
    أفريقيا]", "حركة [الشباب]"); below ``lo`` when there is none."""
    descriptors = _words("act_")["faction_descriptors"]
    i = k - 1
    if i >= lo and set(forms[i]) & descriptors and not set(forms[k]) & descriptors:
        i -= 1
    return i


def _ac9_regime_forces(doc: Document, lo: int, hi: int, lex: Lexicon, countries: dict,
                       home: str | None) -> str | None:
    """A state's forces named by what news calls their state, in the construct state: "قوات النظام" (the state
    where it happened), "مدفعية الاحتلال", "جيش الاحتلال" (Israel, where it happened in Palestine, Israel,
    Lebanon or Syria, or nowhere named). They act when they follow a verb of attack opening its clause ("قصفت
    مدفعية الاحتلال منزلا") or bearing its object pronoun ("قذائف أطلقتها قوات النظام"), a strike noun with the
    possessive "ل" ("بقصف لقوات النظام"), or an agent word ("برصاص قوات الاحتلال", "من قبل جيش الاحتلال");
    not as the object or the owner of what was hit ("استهدف مواقع قوات النظام")."""
    tokens, forms = doc.tokens, _doc_forms(doc.tokens, doc.text)
    ac9, act = _words("ac9_"), _words("act_")
    israel = countries.get("IL", "Israel")
    homes = {countries.get(c.upper(), c) for c in ac9["occupation_homes"]}
    for k in range(lo, hi - 1):
        if not set(forms[k]) & ac9["forces_heads"]:
            continue
        head = set(forms[k + 1])
        if head & ac9["regime_words"]:
            state = home
        elif head & ac9["occupation_words"]:
            state = israel if home is None or home in homes else None
        else:
            continue
        if state is None or k - 1 < lo:
            continue
        t, prev = tokens[k], tokens[k - 1]
        verbs = {_verb(f) for f in forms[k - 1]}
        if _verb_subject(doc, k, lo, lex) \
                or (verbs & lex.actor_verbs and _verb(prev.norm) != prev.norm) \
                or (t.splits and t.text[:1] == "ل" and set(forms[k - 1]) & ac9["strike_nouns"]) \
                or set(forms[k - 1]) & act["agent_words"]:
            return state
    return None


def _ac9_instrument_after(doc: Document, j: int, hi: int, lex: Lexicon) -> bool:
    """Whether token ``j`` opens an instrument, a weapon after "ب" ("بصاروخي كروز", "بطائرات مسيرة"): after
    "استهدفت القوات X" it makes the forces the subject (they targeted with it), not the object."""
    t = doc.tokens[j] if j < hi else None
    if t is None or not (t.splits and t.text[:1] == "ب"):
        return False
    return any(m.first == j for m in lex.weapons.find(doc.tokens, doc.text, j, min(hi, j + 3)))


def _ac9_between_sides(doc: Document, k: int, lo: int, lex: Lexicon, words: int = 8) -> bool:
    """Whether the group at token ``k`` is one of the two sides of "بين X و Y" ("اشتباكات بين جهاز الردع واللواء
    444", "بين قوات الحكومة وجهاز الردع"): a clash between two named sides has no single perpetrator. "بين" within
    ``words`` words before it, with no clause mark or verb of attack between."""
    tokens, forms = doc.tokens, _doc_forms(doc.tokens, doc.text)
    for i in range(k - 1, max(lo, k - words) - 1, -1):
        if tokens[i].text in lex.clause_marks or {_verb(f) for f in forms[i]} & lex.actor_verbs:
            return False
        if set(forms[i]) & lex.between_words:
            return True
    return False


def _tg8_instrument(token: Token) -> bool:
    """A word with the clitic "ب" right after a verb of targeting is its instrument, never its subject: "قصفت قوات
    X بالمدفعية الثقيلة أحياء" (the object follows the instrument, which ``_act_past_instrument`` passes)."""
    return token.text[0] == "ب" and bool(token.splits)


def _tg8_past_modifiers(doc: Document, forms: list[tuple[str, ...]], subject: Match, j: int, hi: int,
                        lex: Lexicon) -> int:
    """The first token after what completes the subject of a verb of targeting (token ``j`` follows it): an ordinal
    or "أخرى" after an indefinite subject ("استهدفت غارة ثانية أطراف البلدة", ``tg8_subject_adjectives``), or one or
    two words with the article that complete it, the owner in a construct state or an adjective ("قصفت مدفعية
    الاحتلال منزلا", "استهدفت طائرات التحالف الدولي مواقع"), when an indefinite target noun follows them. ``j``
    otherwise."""
    tokens, text = doc.tokens, doc.text
    if j >= hi or tokens[j].kind != "word":
        return j
    if not tokens[subject.last].norm.startswith("ال") and set(forms[j]) & _words("tg8_")["subject_adjectives"]:
        return j + 1
    if not tokens[j].norm.startswith("ال") or lex.target_nouns.match_at(tokens, j, text, hi) is not None:
        return j
    for k in (j + 1, j + 2):
        if k < hi and lex.target_nouns.match_at(tokens, k, text, hi) is not None \
                and not tokens[k].norm.startswith("ال"):
            return k
        if k >= hi or not tokens[k].norm.startswith("ال"):
            break
    return j


def _tg8_past_relative(doc: Document, forms: list[tuple[str, ...]], j: int, hi: int, lex: Lexicon) -> int:
    """The object of a verb of targeting after an asyndetic relative clause that describes its subject: "هاجم
    انتحاريان يرتديان حزامين ناسفين مركزا للشرطة", "هاجم مسلحون يستقلون سيارات رباعية الدفع حاجزا": an imperfect
    verb (ي/ت), its own object (the token after it), then an indefinite target noun or a count within four tokens,
    with only words between. ``j`` itself otherwise."""
    tokens, text = doc.tokens, doc.text
    if j + 2 >= hi or tokens[j].kind != "word" or tokens[j].text[0] not in "يت" or len(tokens[j].norm) < 4 \
            or lex.target_nouns.match_at(tokens, j, text, hi) is not None \
            or lex.weapons.match_at(tokens, j, text, hi) is not None \
            or any(e.start <= tokens[j].start < e.end for e in doc.entities):
        return j
    for k in range(j + 2, min(hi, j + 6)):
        if tokens[k].kind != "word" or tokens[k].norm in lex.group_stops or tokens[k].text[0] in "لبو" and tokens[k].splits:
            return j
        if lex.target_nouns.match_at(tokens, k, text, hi) is not None and not tokens[k].norm.startswith("ال") \
                or token_number(tokens[k], text, lex) is not None:
            return k  # "... مركزا للشرطة", "اختطف مسلحون يرتدون زي قوات X خمسة من العاملين"
    return j


def _tg8_time_links(tokens: list[Token], lo: int, hi: int, in_time: set[int]) -> set[int]:
    """A word between two times is part of them: "يوم الأحد الموافق 14 أبريل", "الخميس المصادف 3 مارس" (the
    two times name one day, and no target opens between them)."""
    return {k for k in range(lo + 1, hi - 1) if k not in in_time and k - 1 in in_time and k + 1 in in_time
            and tokens[k].kind == "word"}


@lru_cache(maxsize=1)
def _tg8_object_heads() -> frozenset:
    """``tg8_object_heads`` (with the subject endings of a verb, if one is listed): verbal nouns whose object in the
    construct state is the person or thing attacked ("اغتيال مسؤول محلي برصاص مجهولين")."""
    return frozenset(normalize(f) for w in _words("tg8_")["object_heads"] for f in verb_forms(w))


def _tg8_object_head_at(tokens: list[Token], forms: list[tuple[str, ...]], k: int, hi: int, tg8: dict, lex: Lexicon,
                        in_time: set[int]) -> bool:
    """Whether token ``k`` (one of ``_tg8_object_heads``) takes its object right after it, in the construct state: not
    with the article ("عمليات الاغتيال التي ...": no object follows), nor before an adjective ("عملية اغتيال جديدة",
    ``tg8_subject_adjectives``), a preposition ("محاولة اغتيال داخل سيارتها") or a time ("اغتيال ديسمبر الماضي أمام
    بيته"): the person is then named elsewhere."""
    if tokens[k].norm.startswith(("ال", "وال", "بال", "لل", "فال")) or k + 1 >= hi or k + 1 in in_time:
        return False
    nxt = tokens[k + 1]
    return nxt.kind == "word" and not set(forms[k + 1]) & (tg8["subject_adjectives"] | lex.target_preps) \
        and nxt.norm not in lex.group_stops and nxt.norm not in lex.date_openers


def _tg8_counted_phrase(tokens: list[Token], forms: list[tuple[str, ...]], j: int, hi: int, text: str, lex: Lexicon,
                        phrase) -> dict | None:
    """The object that opens with a count and "من" at token ``j`` ("اختطف مسلحون خمسة من العاملين في منظمة",
    "استهدفت الغارة عددا من مواقع التنظيم"): the count with the noun it counts, whose phrase ends where that noun's
    does (not at "من"). None when ``j`` opens no such count."""
    if j + 2 >= hi or tokens[j + 1].norm != "من" or token_number(tokens[j], text, lex) is None \
            and not {f.removesuffix("ا") for f in forms[j]} & _words("tg5_")["quantity_words"]:
        return None
    return phrase(j + 2, tokens[j].start)


def _tg9_one_of(doc: Document, forms: list[tuple[str, ...]], k: int, lo: int, lex: Lexicon) -> bool:
    """Whether the target noun at token ``k`` is the definite plural after "one of" (``tg9_one_of``) that follows a
    target preposition: "انفجرت سيارة أمام أحد المساجد", "قرب إحدى الكنائس" (the phrase opens with "أحد")."""
    if k - 2 < lo or not set(forms[k - 1]) & _words("tg9_")["one_of"]:
        return False
    if not doc.tokens[k].norm.startswith("ال"):  # "في أحد أسواق المدينة": after a preposition of place only (tg17)
        return _tg17_construct_after(doc.tokens, k) and bool(set(forms[k - 2]) & _words("pl16_")["at_words"])
    return bool(set(forms[k - 2]) & lex.target_preps)


def _tg9_exposed_span(tokens: list[Token], j: int, hi: int, in_time: set[int], lex: Lexicon) -> list[int]:
    """The tokens after the subject of "تعرض" at ``j`` where the attack may follow: nine words, not counting a time
    and its commas ("تعرضت دورية تابعة للحرس قرب ميناء X، فجر اليوم الخميس، إلى إطلاق نار")."""
    out, i, words = [], j + 1, 0
    while i < hi and words < 9:
        out.append(i)
        if i not in in_time and tokens[i].text not in lex.clause_marks:
            words += 1
        i += 1
    return out


@lru_cache(maxsize=1)
def _ac10_own_verbs() -> frozenset:
    """Verbs a speaker's own forces do in its statement besides ``actor_verbs`` and ``ac5_own_verbs``: "أن
    مقاتلاتها قتلت سبعة", "أن طائراتها دمرت زوارق" (``ac10_own_verbs`` with their inflections). Only with the
    speaker's forces or itself as subject, as ``_acknowledged`` checks."""
    return frozenset(normalize(f) for w in _words("ac10_")["own_verbs"] for f in verb_forms(w))


def _ac10_body_nation(doc: Document, body: Match, hi: int, lex: Lexicon, kb) -> str | None:
    """The state of a military body told with its forces in a construct after it rather than with an adjective
    right after it: "هيئة الأركان العامة للجيوش المالية", "القيادة العامة للقوات المسلحة المصرية" (past words with
    the clitic "لل" and "المسلحة"); else the country of a gazetteer body that starts at it ("وزارة الدفاع الروسية",
    "البنتاغون")."""
    tokens = doc.tokens
    i = body.last + 1
    while i < min(hi, body.last + 4) and (tokens[i].norm.startswith("لل") or tokens[i].norm in _words("ac10_")["body_links"]):
        i += 1
        adj = tokens[i].norm if i < hi else ""
        code = lex.nationality.get(adj) or lex.nationality.get(adj.removeprefix("ال"))
        if code:
            return code
    first = tokens[body.first].start
    entry = next((kb.get(e.kb_id) or {} for e in doc.entities if e.label == "ORG" and e.start == first), {})
    return entry.get("country")


def _ac10_speaker_before(doc: Document, k: int, lo: int, lex: Lexicon, kb, countries: dict,
                         home: str | None) -> str | None:
    """The speaker written before its verb of saying, in the subject-verb order of "وكان X قد أعلن" or a clause that
    opens with its subject ("الجيش الإسرائيلي أعلن أن"): a state's forces or military body (its state: the
    nationality after it, else the state where it happened), a faction, a coalition. It ends right before the verb
    (or "قد"), and starts the clause or follows "كان"."""
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    end = k - 1
    if end >= lo and set(forms[end]) & _words("act_")["particles"]:
        end -= 1  # "قد"
    for i in range(max(lo, end - 4), end + 1):
        opens = i == lo or tokens[i - 1].text in lex.clause_marks \
            or bool(set(forms[i - 1]) & _words("ac10_")["copulas"])
        if not opens:
            continue
        for e in doc.entities:
            if e.start == tokens[i].start and e.end == tokens[end].end and e.label in ("FACTION", "ORG"):
                name = _armed_name(e, kb, countries)
                if name:
                    return name
        m = lex.speaker_forces.match_at(tokens, i, text, end + 1)
        if m is None or m.last not in (end, end - 1):
            continue
        code = _nation_after(tokens, m, end + 1, lex) if m.last == end - 1 else None
        if m.last == end - 1 and not code:
            continue  # another word between the speaker and its verb
        if code or home:
            return countries.get(code, code) if code else home
    return None


def _ac10_belonging_to_speaker(doc: Document, j: int, lo: int) -> bool:
    """Whether the subject before the verb at ``j`` is the speaker's own by "تابعة له/لها" right before the verb:
    "أقر الجيش بأن طائرة مسيرة تابعة له قصفت" (the possessive of "طائراته" written as a phrase)."""
    tokens = doc.tokens
    ac10 = _words("ac10_")
    return j - 2 >= lo and tokens[j - 1].norm in ac10["speaker_pronouns"] \
        and tokens[j - 2].norm.removeprefix("ال") in ac10["belonging_words"]


def _ac10_killed_in_fire_with(doc: Document, lo: int, hi: int, lex: Lexicon, countries: dict,
                              home: str | None) -> str | None:
    """The state whose forces killed someone in a fight told from the dead's side: "قتل المهاجم في تبادل لإطلاق
    النار مع الشرطة الإيطالية", "قتل ثلاثة مسلحين في اشتباك مع قوات الأمن" -> the state of the nationality after the
    forces, else the state where it happened. The killing comes first, then the fight noun (``ac10_fight_nouns``)
    within four words, "مع" and a state's forces right after it; not when the dead are the forces' own men
    (``act_own_dead_words``), nor when the clause told the attack of the dead before ("هاجم مسلحون مركزا للشرطة،
    وقتل المهاجمون في تبادل لإطلاق النار مع عناصر الأمن": the attackers' event, whose perpetrator is theirs)."""
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    act, ac10 = _words("act_"), _words("ac10_")
    for k in range(lo + 1, hi - 1):
        if tokens[k].norm != "مع":
            continue
        j = k + 1
        m = lex.generic_forces.match_at(tokens, j, text, hi)
        if m is not None:
            last = m.last
        elif set(forms[j]) & (lex.act_forces | act["state_units"]) and j + 1 < hi and set(forms[j + 1]) & act["state_kinds"]:
            last = j + 1  # "قوات الأمن", "عناصر الأمن"
        elif set(forms[j]) & act["state_bodies"]:
            last = j  # "الشرطة"
        else:
            continue
        fight = next((i for i in range(k - 1, max(lo, k - 5) - 1, -1) if set(forms[i]) & ac10["fight_nouns"]), None)
        if fight is None:
            continue
        killed = lex.killed.find(tokens, text, max(lo, fight - 12), fight)
        if not killed or any(set(forms[i]) & act["own_dead_words"] for i in range(killed[-1].first, fight)):
            continue
        sent = next((x.start for x in doc.sentences if x.start <= tokens[k].start < x.end), tokens[lo].start)
        opening = bisect_left([t.start for t in tokens], sent)  # the sentence's, not the clause's, first token
        if any({_verb(f) for f in forms[i]} & lex.actor_verbs for i in range(opening, killed[-1].first)):
            return None  # "هاجم مسلحون مركزا للشرطة، وقتل المهاجمون في تبادل لإطلاق النار مع عناصر الأمن": their attack
        adj = tokens[last + 1].norm if last + 1 < hi else ""
        code = lex.nationality.get(adj) or lex.nationality.get(adj.removeprefix("ال"))
        name = countries.get(code, code) if code else home
        if name:
            return name
    return None


def _ac10_object_follows(doc: Document, j: int, hi: int, lex: Lexicon) -> bool:
    """Whether the verb at ``j`` is active with its object after it ("أن مقاتلاتها قتلت سبعة", "أن قاذفاتها دمرت يوم
    السبت مقرا"), not the passive the same letters spell ("أن ثلاثة من جنوده قتلوا أمس في هجوم": were killed): past
    an aside and times, the next word opens no prepositional phrase (``ac10_passive_stops``) and is no punctuation."""
    tokens = doc.tokens
    i = _ac7_past_aside(doc, j + 1, hi, lex)
    while i < hi and (tokens[i].norm in lex.casualty_times or tokens[i].norm in ("يوم", "ليلة", "ليل")):
        i += 1  # "يوم السبت"
    while i < hi and tokens[i].text in _QUOTES:
        i += 1  # the object in quotes: 'أن مقاتليها قتلوا "أكثر من عشرة جنود"'
    return i < hi and tokens[i].kind != "punct" and tokens[i].norm not in _words("ac10_")["passive_stops"] \
        and not tokens[i].norm.startswith(("ب", "ل")) or i < hi and token_number(tokens[i], doc.text, lex) is not None


def _ac10_past_descriptor(forms: list[tuple[str, ...]], i: int, k: int, lo: int) -> int:
    """The token before a group's descriptor at ``i`` ("تنظيم", "حركة", ``act_faction_descriptors``) when the group's
    name at ``k`` is tagged without it ("مقاتلو تنظيم [ولاية غرب أفريقيا]": the members' word is before "تنظيم");
    ``i`` itself otherwise."""
    descriptors = _words("act_")["faction_descriptors"]
    if i >= lo and set(forms[i]) & descriptors and not set(forms[k]) & descriptors:
        return i - 1
    return i


def _ac10_agent_before(forms: list[tuple[str, ...]], i: int, lo: int) -> bool:
    """Whether the members' word at ``i`` follows an agent word ("برصاص", "بنيران", "يد", "قبل": ``tol_agent_words``,
    not "بين"): "قتلوا برصاص عناصر من X", "على يد مسلحين من X" name the killers, even right after a verb of killing."""
    agents = _words("tol_")["agent_words"] - {"بين"}
    return i - 1 >= lo and bool(set(forms[i - 1]) & agents)


def _ac10_statement_claim(doc: Document, lo: int, hi: int, lex: Lexicon, kb, countries: dict) -> str | None:
    """The issuer of a statement quoted in a sentence that names only the statement as its speaker ("وجاء في البيان:
    «نفذ سلاح الجو المسير عملية ...»", "وأضاف البلاغ أن طائراتنا قصفت"), when the first verb of attack after it has
    the issuer's forces as subject: its own ("طائراتنا", "قواتنا", a verb in "نا"), or forces named without an owner
    ("سلاح الجو", ``generic_forces``: in its own statement, its own). The issuer is the armed actor of the sentence
    before (``_ac10_issuer``)."""
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    ac10 = _words("ac10_")
    k = next((i for i in range(lo, min(hi, lo + 4)) if set(forms[i]) & ac10["statement_nouns"]), None)
    if k is None or not any(set(forms[i]) & (lex.acknowledge_verbs | ac10["statement_verbs"]) for i in range(lo, k)):
        return None
    issuer = _ac10_issuer(doc, lo, kb, countries)
    if issuer is None:
        return None
    for j in range(k + 1, hi):
        if not ({_verb(f) for f in forms[j]} | set(forms[j])) & (lex.actor_verbs | _ac5_own_verbs()):
            continue
        near = [i for i in range(max(k + 1, j - 3), min(hi, j + 3)) if i != j]
        if tokens[j].text.endswith("نا") or any(set(forms[i]) & lex.own_forces for i in near) \
                or any(lex.generic_forces.match_at(tokens, i, text, hi) for i in near):
            return issuer
        return None  # only the first verb of attack
    return None


def _ac10_issuer(doc: Document, lo: int, kb, countries: dict) -> str | None:
    """The armed actor that issued the statement a sentence quotes, from the sentence before it ("أصدرت جماعة X
    بيانا"): its first faction, coalition or state force (as the state), else its first state body the gazetteer
    places in a country ("أصدرت خلية الإعلام الأمني بيانا": that state)."""
    start = doc.tokens[lo].start
    prev = [x for x in doc.sentences if x.end <= start]
    if not prev:
        return None
    s_char, e_char = prev[-1].start, prev[-1].end
    ents = [e for e in doc.entities if _in(e, s_char, e_char) and e.label in ("FACTION", "ORG")]
    for e in ents:
        name = _armed_name(e, kb, countries)
        if name:
            return name
    for e in ents:
        code = (kb.get(e.kb_id) or {}).get("country")
        if code:
            return countries.get(code, code)
    return None


def _ac11_speaker_body(doc: Document, start: int, lo: int) -> bool:
    """Whether the actor starting at char ``start`` is the body a speaker speaks for, inside the subject of a verb
    of accusing: right after a link of ``ac11_speaker_links`` ("اتهم المتحدث باسم الجيش السوداني قوات الدعم السريع
    بإطلاق"): the accuser's side, not the accused."""
    k = bisect_left([t.start for t in doc.tokens], start)
    return k - 1 >= lo and doc.tokens[k - 1].norm in _words("ac11_")["speaker_links"]


def _ac11_controller(doc: Document, k: int, lo: int) -> bool:
    """Whether the actor at token ``k`` holds the place rather than acts: a word of control (``ac11_control_words``)
    right before it or before the one word of its kind ("المدن الخاضعة لسيطرة فصائل الجيش الوطني", "مناطق نفوذ
    الحركة")."""
    control = _words("ac11_")["control_words"]
    return any(i >= lo and doc.tokens[i].norm in control for i in (k - 1, k - 2))


def _tg10_past_mount(tokens: list[Token], forms: list[tuple[str, ...]], j: int, hi: int, text: str, lex: Lexicon,
                     in_time: set[int]) -> int:
    """The token after the attackers' mount that opens at ``j`` ("على متن دراجات نارية", "على دراجتين
    ناريتين"): "على", then "متن" or a mount noun, then up to three words of its description, up to a time, a
    comma, a verb particle or a thing that can be hit ("هاجم مسلحون على متن دراجات نارية فجر الاثنين معسكرا"). ``j``
    itself when no mount opens there."""
    if not (j + 1 < hi and tokens[j].text == "على" and tokens[j].kind == "word"):
        return j
    tg10, mounts = _words("tg10_"), _words("tg5_")["mount_words"]
    k = j + 1
    if set(forms[k]) & tg10["mount_openers"]:
        k += 1
    if k >= hi or not set(forms[k]) & mounts:
        return j
    k += 1
    for _ in range(3):
        if k >= hi or k in in_time or tokens[k].kind != "word" or tokens[k].text in lex.clause_marks \
                or set(forms[k]) & tg10["phrase_stops"] or tokens[k].norm in lex.group_stops:
            break
        if not set(forms[k]) & mounts and lex.target_nouns.match_at(tokens, k, text, hi) is not None:
            break  # "على متن دراجات نارية معسكرا": the object; not "وسيارات رباعية الدفع", another mount
        k += 1
    return k


def _tg10_bomber(trigger: Match | None, i: int) -> bool:
    """Token ``i`` is the suicide bomber himself as the trigger, one word ("انتحاريان على دراجتين ناريتين"): a person
    whose "على" names his mount, not a "هجوم انتحاري على" whose "على" names the target."""
    return trigger is not None and trigger.first == trigger.last == i and trigger.payload[0] == "suicide_bomb"


def _tg10_mounted(tokens: list[Token], forms: list[tuple[str, ...]], first: int, lo: int, trigger: Match | None,
                  lex: Lexicon) -> bool:
    """The thing named at ``first`` is the attackers' mount: "على متن" after their noun ("مسلحون على متن سيارة"),
    "على" after their noun at the head of its clause ("وكان مسلحون على دراجات نارية قد هاجموا"), or after the bomber
    named alone ("انتحاري على دراجة نارية")."""
    i = first - 1
    opened = i > lo and bool(set(forms[i]) & _words("tg10_")["mount_openers"])
    i -= opened
    # without "متن", only after the bomber: "ألقاها مجهولون على عربة" names what the grenade was thrown at
    # after "كان" or at the head of the clause the subject comes first and "على" describes it ("وكان مسلحون على
    # دراجات نارية قد هاجموا")
    first_in_clause = i - 2 < lo or tokens[i - 2].text in lex.clause_marks \
        or bool(set(forms[i - 2]) & (_words("ac3_")["target_copulas"] | _words("tg10_")["clause_openers"]))
    return i > lo and tokens[i].text == "على" and (
        (opened or first_in_clause) and tokens[i - 1].norm in lex.actor_nouns or _tg10_bomber(trigger, i - 1))


def _tg10_part_of_site(forms: list[tuple[str, ...]], first: int, lo: int, lex: Lexicon) -> bool:
    """A part of a site between a preposition of place and the site named at ``first`` ("عند مدخل مطعم", "أمام
    بوابة المعسكر", "داخل بهو الفندق"): the site is what was hit, as after the preposition itself."""
    return first - 2 >= lo and bool(set(forms[first - 1]) & _words("tg10_")["part_nouns"]) \
        and bool(set(forms[first - 2]) & lex.target_preps)


def _tg10_site_before(tokens: list[Token], forms: list[tuple[str, ...]], lo: int, k: int, text: str,
                      lex: Lexicon) -> int | None:
    """The first token of a site named after a preposition of place between the attack and "على" at ``k`` ("فجر
    حزامه عند مدخل مطعم على شاطئ", "انفجرت أمام فندق على الطريق"): the attack happened at the site, and "على"
    places the site. None when no such site stands there."""
    for m in lex.target_nouns.find(tokens, text, lo, k):
        if m.first - 1 >= lo and (set(forms[m.first - 1]) & lex.target_preps - {normalize("على"), normalize("في")}
                                  or _tg10_part_of_site(forms, m.first, lo, lex)):
            return m.first
    return None


def _ac12_behind(doc: Document, lo: int, hi: int, lex: Lexicon, kb, countries: dict) -> str | None:
    """Who a sentence says stands behind an attack (an accusation told as a statement): "قال الوزير إن حركة X تقف
    وراء التفجير", "أن فصيل X، المنشق عن Y، يقف وراء الهجوم", "يقف تنظيم X وراء الهجوم", "يقف وراءها تنظيم X",
    "أن الجماعة هي من يقف وراءه". A verb of standing (``ac12_behind_verbs``) or "كان" before "وراء": its subject is,
    with the verb first (VSO), the armed actor between the verb and "وراء", or right after "وراءه"; else the first
    armed actor of its clause (after "إن"/"أن" or a punctuation mark: the head of the subject, not a group in its
    modifier), or the noun before a relative pronoun ("التي تقف وراء"); a bare group noun ("خلية التنظيم") is the
    group named last before it. Not when negated ("لا تقف", "نفت أن تكون تقف") nor a member's or victim's group."""
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    ac12 = _words("ac12_")
    starts = [t.start for t in tokens]

    def actor_in(a: int, b: int, first: bool = True) -> str | None:
        found = [e for e in doc.entities if tokens[a].start <= e.start < tokens[b - 1].end and e.end <= tokens[hi - 1].end]
        found = [e for e in sorted(found, key=lambda e: e.start)
                 if _armed_name(e, kb, countries) and not _act_member_described(doc, e, lo, lex)]
        if not found:
            return None
        return _armed_name(found[0] if first else found[-1], kb, countries)

    def named_before(k: int) -> str | None:  # the group named last before token k, in the text before
        prior = [e for e in doc.entities if e.label == "FACTION" and e.end <= tokens[k].start
                 and not _act_member_described(doc, e, 0, lex)]
        return (prior[-1].canonical or prior[-1].text) if prior else None

    for j in range(lo + 1, hi):
        if not set(forms[j]) & ac12["behind_words"]:
            continue
        k = next((i for i in range(j - 1, max(lo, j - 6) - 1, -1) if set(forms[i]) & ac12["behind_verbs"]), None)
        if k is None and set(forms[j - 1]) & ac12["behind_copulas"]:
            k = j - 1
        if k is None or _act_negated(doc, k, lo, lex):
            continue
        if j > k + 1:  # "يقف تنظيم X وراء الهجوم": the subject after the verb
            name = actor_in(k + 1, j)
        elif tokens[j].norm != "وراء" and j + 1 < hi:  # "يقف وراءها تنظيم X"
            name = actor_in(j + 1, min(hi, j + 4))
        else:
            name = None
        if name:
            return name
        if j > k + 1:
            continue
        i = k - 1
        while i >= lo and i > k - 14 and tokens[i].text not in (".", ":", "؛", "؟", "!") and not set(forms[i]) & (
                ac12["clause_openers"] | ac12["relatives"]):  # past commas and quotes: "X، المنشق عن Y، يقف"
            i -= 1
        if i >= lo and set(forms[i]) & ac12["relatives"]:  # "الجماعة التي تقف وراء": the noun before
            name = actor_in(max(lo, i - 5), i, first=False)
            if name:
                return name
            continue
        a = i + 1
        if a >= k:
            continue
        name = actor_in(a, k)
        if name:
            return name
        if any(set(forms[x]) & ac12["group_nouns"] for x in range(a, k)):
            return named_before(a)  # "أن خلية التنظيم نفسها تقف وراء": the group named before
    return None


@lru_cache(maxsize=1)
def _tg11_object_heads() -> frozenset:
    """``tg11_object_heads`` with the subject endings of its verbs: verbs of assault whose object is what was hit
    ("اقتحم مسلحون فندقا", "داهمت قوة من الشرطة منزلا", "صدم رجل بشاحنته حشدا من المارة")."""
    return frozenset(normalize(f) for w in _words("tg11_")["object_heads"] for f in verb_forms(w)) \
        | _words("tg11_")["noun_heads"]


def _tg11_object(doc: Document, forms: list[tuple[str, ...]], k: int, hi: int, lex: Lexicon, in_time: set[int],
                 before_time) -> tuple[int, int, int] | None:
    """The first token, the first character and the longest length of the object of the verb of assault (or its
    verbal noun) at ``k``, in verb-subject-object order: the first thing that can be hit (a target noun, a part of
    a site such as "القاعة", a gathering such as "حشدا") within twelve tokens of its clause, past the subject and
    what describes it ("خمسة مسلحين مزودين ببنادق آلية فندقا", "انتحاري يقود سيارة مفخخة نقطة تفتيش"), the
    instrument with "ب" ("صدم رجل بشاحنته حشدا") and a time ("اقتحموا، ليلة الأحد، فندقا"). Not a noun after a
    preposition (where, or the mount: "في حي", "على متن سيارة", "خارج محطة"), nor a weapon, nor a vehicle before
    any instrument (the one that rammed: "صدمت شاحنة يقودها رجل حشدا"), nor a settlement ("اقتحموا القرية": where
    it happened), nor after the state's forces as its subject (``tg11_raiding_forces``: "حاولت القوات اقتحام
    المنزل", a raid); "عن" and the like end the clause first. After the subject the object may take "ل" ("اقتحام
    مسلحين لمنزل": from "منزل"). None without one."""
    tokens, text = doc.tokens, doc.text
    tg11, tg10 = _words("tg11_"), _words("tg10_")
    crowds = tg11["crowd_words"]
    places = tg11["place_objects"] | _words("tg7_")["settlement_words"]
    stops = _words("tg5_")["clause_stops"] | tg10["phrase_stops"]
    described: set[int] = set()
    armed = False
    vehicles = _words("tg5_")["mount_words"]
    if any(set(forms[x]) & tg11["raiding_forces"] for x in range(max(0, k - 2), k)):
        return None  # "حاولت القوات اقتحام المنزل": the forces' raid
    for i in range(k + 1, min(hi, k + 13)):
        if set(forms[i]) & tg11["raiding_forces"]:
            return None  # "اقتحمت وحدات من الجيش المبنى": the subject is the forces
        tok = tokens[i]
        if tok.text in lex.clause_marks:
            if i + 1 in in_time or before_time(i + 1) or i - 1 in in_time:
                continue  # "، ليلة 20 يناير،": a time between commas
            return None
        if i in in_time or tok.kind != "word":
            continue
        if set(forms[i]) & (stops | tg11["clause_stops"]):
            return None  # "أسفرت عملية دهس بسيارة عن جرح 5 أشخاص": the object would have come before "عن"
        if tok.norm in lex.date_openers and i + 1 in in_time:
            continue
        if i in described:
            continue
        if bool(tok.splits) and tok.text[0] in "بلك" and not (tok.text[0] == "ل" and i > k + 1):
            armed = True
            j = i + 1  # "بشاحنته", "ببنادق آلية": the instrument and up to two adjectives that agree with it
            while j < min(hi, i + 3) and tokens[j].kind == "word" and not tokens[j].text.endswith("ا") \
                    and tokens[j].text.startswith("ال") == tok.text[1:].startswith("ال"):
                described.add(j)
                j += 1
            continue
        prev = set(forms[i - 1])
        if prev & (lex.target_preps | tg10["mount_openers"] | tg11["place_preps"]) \
                or tokens[i - 1].norm in lex.group_stops:
            continue  # "في حي", "على متن سيارة", "من الحركة"
        if lex.weapons.match_at(tokens, i, text, hi) is not None:
            continue  # "يقود سيارة مفخخة": the weapon
        words = set(forms[i]) | {"ال" + f[2:] if f.startswith("لل") else f.removeprefix("ل") for f in forms[i]}
        if not armed and words & vehicles:
            continue  # "صدمت شاحنة يقودها رجل حشدا", "بعد دهس شاحنة للمارة": the vehicle that rammed
        if words & places:
            return None  # "اقتحمت القوات المخيم": where it happened
        m = lex.target_nouns.match_at(tokens, i, text, hi)
        if m is None and not (words & crowds or words & tg10["part_nouns"]
                              or {f.removeprefix("ال") for f in words} & tg10["part_nouns"]):
            continue
        longest = next((x - i for x in range(i + 1, min(hi, i + 5)) if tokens[x].text[0] == "ب"
                        and tokens[x].splits and tokens[x].splits[0] == tokens[x].start + 1), 5)
        if m is None:  # "لمصلين" -> "مصلين"; "للمارة" keeps its "ل", which writes the article's alif
            m = Match(first=i, last=i, start=tok.start + (tok.text[:1] == "ل" and tok.text[:2] != "لل"), end=tok.end,
                      payload=None)
        return i, m.start, longest  # "دهس حشدا بشاحنة": the crowd, not the truck
    return None


def _tg11_clause_before(doc: Document, lo: int, in_time: set[int]) -> int | None:
    """The first token of the stretch before the clause at ``lo`` in the same sentence (at most 25 tokens back), with
    the tokens of its times added to ``in_time`` so that no target phrase runs into them; None when ``lo`` is in no
    sentence."""
    tokens = doc.tokens
    start = next((s.start for s in doc.sentences if s.start <= tokens[lo].start < s.end), None)
    if start is None:
        return None
    first = max(bisect_left([t.start for t in tokens], start), lo - 25)
    in_time.update(k for t in doc.timexes for k in range(first, lo) if t.start <= tokens[k].start < t.end)
    return first


def _tg11_earlier_clause(doc: Document, forms: list[tuple[str, ...]], lo: int, lex: Lexicon, in_time: set[int],
                         before_time, phrase) -> dict | None:
    """The object of a verb of assault in the clause before the event's own, in the same sentence, when the event's
    clause opens with "و" and so shares its subject: "اقتحم مسلحون المدرسة صباح الأحد وأطلقوا النار على التلاميذ"
    (the school, not the pupils fired on). None otherwise."""
    tokens = doc.tokens
    if lo == 0 or not tokens[lo].text.startswith("و") or tokens[lo - 1].kind != "word" \
            and tokens[lo - 1].text not in lex.clause_marks:  # "اقتحموا القاعة مساء الجمعة، وأطلقوا النار"
        return None
    first = _tg11_clause_before(doc, lo, in_time)
    if first is None:
        return None
    # the times of the earlier clause, which the phrase does not run into ("اقتحموا المدرسة صباح الأحد")
    for k in range(first, lo - 1):
        if set(forms[k]) & _tg11_object_heads() and not set(forms[k]) & _tg11_noun_set():
            found = _tg11_object(doc, forms, k, lo, lex, in_time, before_time)
            if found is not None:
                return phrase(*found, hi=lo)
    return None


def _tg11_noun_set() -> frozenset:
    """``tg11_noun_heads``: the verbal nouns, which head no clause of their own."""
    return _words("tg11_")["noun_heads"]


def _tg11_named_person(doc: Document, forms: list[tuple[str, ...]], j: int, hi: int, lex: Lexicon) -> Entity | None:
    """The person named in apposition to a definite title that opens the target at ``j``: "اغتال مسلحون القيادي
    السابق في الفصائل خالد X", "اغتيال المسؤول المحلي أحمد X" (the man, not his title). The title is a definite
    word that is no thing hit (no target noun), and the name follows it within eight words of its description
    (adjectives, "في" and the body he belongs to), with no comma, no "و", no relative pronoun, no verb particle and
    no instrument with "ب" between. None otherwise."""
    tokens, text = doc.tokens, doc.text
    if not tokens[j].text.startswith("ال") or lex.target_nouns.match_at(tokens, j, text, hi) is not None:
        return None
    stops = _words("tg5_")["clause_stops"] | _words("tg10_")["phrase_stops"] | _words("tg11_")["apposition_stops"]
    people = [e for e in doc.entities if e.label == "PERSON"]
    for i in range(j + 1, min(hi, j + 8)):
        tok = tokens[i]
        person = next((e for e in people if e.start == tok.start), None)
        if person is not None:
            return person if i > j else None
        if tok.kind != "word" or tok.text in lex.clause_marks or set(forms[i]) & stops or tok.text[0] == "و" \
                or tok.text[0] == "ب" and tok.splits or lex.weapons.match_at(tokens, i, text, hi) is not None:
            return None
    return None


def _tg11_past_subject(doc: Document, forms: list[tuple[str, ...]], k: int, j: int, hi: int, lex: Lexicon,
                       in_time: set[int], before_time) -> tuple[int, int, int] | None:
    """The object of "هاجم"/"استهدف" at ``k`` when token ``j``, where the loop of ``_target`` would open it, is still
    the subject: an indefinite word in the nominative (no article, no accusative "ا", no count ("عدد من", "أحد
    الفنادق"), no thing that can be hit: "هاجمت مجموعة مسلحة موقعا للجيش", "هاجم رجل يحمل سكينا مركزا للشرطة", "استهدفت خلية تابعة
    للتنظيم حاجزا"), followed in its clause by an object that ``_tg11_object`` finds. None otherwise."""
    tokens, text = doc.tokens, doc.text
    if j >= hi or not set(forms[k]) & _tg11_subject_verbs() or tokens[j].kind != "word" \
            or tokens[j].text.startswith("ال") or tokens[j].text.endswith(("ا", "اً")) or tokens[j].splits \
            and tokens[j].text[0] in "وبلفك" or lex.target_nouns.match_at(tokens, j, text, hi) is not None \
            or token_number(tokens[j], text, lex) is not None \
            or set(forms[j]) & _words("tg5_")["quantity_words"] and j + 1 < hi \
            and (tokens[j + 1].norm == "من" or tokens[j + 1].text.startswith("ال")):  # "أحد الفنادق"
        return None
    return _tg11_object(doc, forms, j, hi, lex, in_time, before_time)


@lru_cache(maxsize=1)
def _tg11_subject_verbs() -> frozenset:
    """``tg11_subject_verbs`` with their subject endings ("هاجمت", "استهدفوا")."""
    return frozenset(normalize(f) for w in _words("tg11_")["subject_verbs"] for f in verb_forms(w))


def _ac13_raid_state(doc: Document, lo: int, hi: int, lex: Lexicon, countries: dict,
                     home: str | None) -> str | None:
    """A raid by a state's forces in the sentence of the clause [lo, hi): the state carried out the fight it led
    to. The forces (``ac13_raid_forces``) are the subject after the verb ("داهمت قوة من الشرطة والجيش منزلا"), before
    it ("أن عناصرها داهموا مخبأ"), the subject of "قام" before the verbal noun ("قامت عناصر الأمن بمداهمة البؤر") or
    the agent after it ("خلال مداهمة نفذتها قوات الجيش", "مداهمة لقوات الأمن"); the state is that of the nationality
    after them, else where it happened. Not forces followed by a faction ("قوات سوريا الديمقراطية", "عناصر من
    حركة X"), and not when the sentence tells that the other side opened fire first ("بادر المسلحون بإطلاق النار")."""
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    ac13 = _words("ac13_")
    verbs = frozenset(normalize(f) for w in ac13["raid_verbs"] for f in verb_forms(w))
    sent = next((s for s in doc.sentences if s.start <= tokens[lo].start < s.end), None)
    if sent is None:
        return None
    s_lo = bisect_left([t.start for t in tokens], sent.start)
    s_hi = max(hi, bisect_left([t.start for t in tokens], sent.end))
    if any({_verb(f) for f in forms[k]} & ac13["first_fire"] or set(forms[k]) & ac13["first_fire"]
           for k in range(s_lo, s_hi)):
        return None
    factions = [e for e in doc.entities if e.label == "FACTION"]

    def state_at(i: int) -> str | None:  # the state of forces at token i, if they are a state's
        if not (s_lo <= i < s_hi) or not set(forms[i]) & ac13["raid_forces"]:
            return None
        end = tokens[min(s_hi, i + 4) - 1].end
        if any(tokens[i].start <= e.start < end for e in factions):
            return None  # "قوات سوريا الديمقراطية", "عناصر من حركة الشباب"
        for j in range(i + 1, min(s_hi, i + 3)):
            code = lex.nationality.get(tokens[j].norm) or lex.nationality.get(tokens[j].norm.removeprefix("ال"))
            if code:
                return countries.get(code, code)
        return home

    for k in range(s_lo, s_hi):
        fs = set(forms[k])
        if {_verb(f) for f in fs} & verbs or fs & verbs:
            after = next((s for i in range(k + 1, min(s_hi, k + 3)) if (s := state_at(i))), None)
            before = next((s for i in (k - 1, k - 2) if (s := state_at(i))), None)
            if after or before:
                return after or before
        elif fs & ac13["raid_nouns"]:
            # "قامت عناصر الأمن بمداهمة": the subject of the verb before; "مداهمة نفذتها قوات": the agent after
            found = next((s for i in range(k - 1, max(s_lo, k - 5) - 1, -1)
                          if {_verb(f) for f in forms[i - 1]} & {"قام", "قامت", "قاموا"} and (s := state_at(i))), None) \
                if k - 1 > s_lo else None
            if found:
                return found
            for i in range(k + 1, min(s_hi, k + 4)):
                if tokens[i].kind == "punct":
                    break
                if (s := state_at(i)) and ({_verb(f) for f in forms[i - 1]} & lex.actor_verbs
                                           or tokens[i].splits and tokens[i].text[:1] == "ل"):
                    return s
    return None


def _ac13_not_victims(doc: Document, factions: list[Entity], claims: list[Match], lo: int, lex: Lexicon) -> list[Entity]:
    """The groups of a claim sentence without those that describe a person killed or wounded before the claim verb
    ("اغتيال القيادي في مجلس X بعبوة ناسفة ...، وهي عملية تبناها التنظيم": the victim's group claims nothing; the
    claimant, unnamed here, is the group named before). A group after the verb is its subject and stays ("تبنت
    حركة X اغتيال القيادي في حركة Y": X)."""
    if not claims:
        return factions
    starts = [t.start for t in doc.tokens]
    verb = doc.tokens[claims[0].first].start
    return [e for e in factions if e.start > verb or not (
        _act_victim_group(doc, bisect_left(starts, e.start), lo, lex)
        or _act_member_described(doc, e, lo, lex))]


def _ac13_partitive_forces(doc: Document, j: int, hi: int, lex: Lexicon) -> int | None:
    """A unit of a state's forces in the partitive ("وحدات من الجيش المصري", "قوة من الشرطة", "عناصر من الأمن"):
    the token after the forces (where their nationality may stand) when a unit word at ``j`` is followed by "من"
    and the armed forces or a state body; None otherwise (not "عناصر من حركة X": a group is no state)."""
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    act = _words("act_")
    if j + 2 >= hi or tokens[j + 1].norm != "من" \
            or not set(forms[j]) & (lex.act_forces | act["state_units"] | _words("ac13_")["raid_forces"]):
        return None
    m = lex.generic_forces.match_at(tokens, j + 2, text, hi)
    if m is not None:
        return m.last + 1
    return j + 3 if set(forms[j + 2]) & act["state_bodies"] else None


def _ac13_reported_forces(doc: Document, first: int, j: int, lex: Lexicon) -> bool:
    """Whether the verb of attack at ``j`` has as subject a branch of service (``ac13_service_arms``) that opens what a
    group's speaker said, right after "إن"/"أن" (and a quote): "قال المتحدث باسم الجماعة إن "سلاح الجو المسير نفذ
    عملية"", "أعلنت الحركة أن سلاح المدفعية قصف". The arm is the group's own: a speaker tells what its forces did.
    Not when a nationality, another group or a state's body is named in the subject ("إن سلاح الجو السوداني قصف"),
    nor when the verb's pronoun resumes the noun (its object)."""
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    c = next((i for i in range(j - 1, max(first, j - 5) - 1, -1) if set(forms[i]) & lex.complementizers), None)
    if c is None:
        return False
    k = c + 1
    while k < j and (tokens[k].text in _QUOTES or tokens[k].kind == "punct"):
        k += 1
    # a branch of service ("سلاح الجو المسير", "سلاح المدفعية"): the speaker's own arm; other force words may be
    # another's in the construct state ("مقاتلي العشائر"), which the rules of own_forces read
    if k >= j or j - k > 3 or not set(forms[k]) & _words("ac13_")["service_arms"]:
        return False
    if any(lex.nationality.get(t.norm) or lex.nationality.get(t.norm.removeprefix("ال")) for t in tokens[k:j]):
        return False
    if any(_verb(f) != f for f in forms[j]) and not set(forms[j]) & lex.actor_verbs:
        return False  # "أن طائرة مسيرة أطلقتها الميليشيا": the verb's pronoun resumes the noun, its object
    kb = load_kb()
    return not any((e.label == "FACTION" or e.label == "ORG" and (kb.get(e.kb_id) or {}).get("country"))
                   and tokens[k].start <= e.start < tokens[j].start for e in doc.entities)  # not "سلاح الجو" untied


def _tg12_sweep_doer(doc: Document, lo: int, hi: int, forms: list[tuple[str, ...]], in_time: set[int],
                     lex: Lexicon) -> tuple[int, None, int] | None:
    """The first token of the unit named in the relative clause after the sweep or patrol during which a mine or a
    bomb went off: "خلال عملية تمشيط كانت تقوم بها وحدة عسكرية" (the unit), "أثناء عمليات بحث تنفذها القوات"; as
    (first token, None, longest) for the phrase. Arabic leaves the relative pronoun out after an indefinite noun, so
    the clause is the imperfect verb of doing with "بها" (or its clitic "ها") and the doer after it; "تقوم بها في
    المنطقة" names none. None without one."""
    tokens = doc.tokens
    tg6, tg12 = _words("tg6_"), _words("tg12_")
    sweeps = tg6["sweep_words"] | tg6["patrol_words"]
    for k in range(lo, hi - 3):
        if not set(forms[k]) & tg6["during_words"]:
            continue
        j = k + 1
        if set(forms[j]) & tg6["operation_words"]:
            j += 1
        if j >= hi or not set(forms[j]) & sweeps:
            continue
        v = j + 1
        if v < hi and set(forms[v]) & tg12["doer_auxiliaries"]:
            v += 1
        if v >= hi or not set(forms[v]) & tg12["doer_verbs"]:
            continue
        d = v + 1
        if d < hi and set(forms[d]) & tg12["doer_pronouns"]:
            d += 1
        elif not tokens[v].norm.endswith("ها"):
            continue
        if d < hi and tokens[d].kind == "word" and d not in in_time and tokens[d].norm not in lex.group_stops:
            return d, None, 3
    return None


def _tg13_attack_before_clash(doc: Document, forms: list[tuple[str, ...]], lo: int, lex: Lexicon,
                              trigger: Match | None, in_time: set[int], before_time, phrase) -> dict | None:
    """The target of a clash told as the sequel of an attack in the clause before it, in the same sentence: the
    clash's clause opens with "و" ("واندلعت اشتباكات", "وإن المواجهات أسفرت") and the clause before names an attack
    ("هجوم", ``weapons`` with the sub-event Attack) with its object after "على", as ``_tg5_attack_on`` reads it: "شنت
    الجماعة ليل الأحد هجوما على ثكنة للجيش في البلدة، واندلعت اشتباكات عنيفة استمرت ساعتين" (the barracks). Only for
    a clash (a ``Battles`` trigger), which has no object of its own. None otherwise."""
    tokens = doc.tokens
    if trigger is None or trigger.payload[1] != "Battles" or lo == 0 or not tokens[lo].text.startswith("و"):
        return None
    first = _tg11_clause_before(doc, lo, in_time)
    if first is None:
        return None
    for k in range(lo - 2, first - 1, -1):  # the attack nearest to the clash
        m = lex.weapons.match_at(tokens, k, doc.text, lo)
        if m is not None and m.payload[2] == "Attack":
            return _tg5_attack_on(doc, lo, lex, m, in_time, before_time,
                                  lambda j, start=None, longest=5: phrase(j, start, longest, hi=lo))
    return None


def _tg13_care_site(tokens: list[Token], forms: list[tuple[str, ...]], i: int, lo: int, lex: Lexicon) -> bool:
    """Whether token ``i`` is a hospital (``tg13_hospital_words``) that receives or treats the wounded: a word of care
    (``tg13_care_words``: "نقل", "إيواء", "غادر", "لتلقي العلاج") stands before it in its clause, within eight words:
    "وتم نقل المصابين الأربعة إلى المستشفى الإقليمي" (where they went, not what was hit), while "انفجرت عبوة قرب
    مستشفى البلدة" and "قصفت الطائرات مستشفى ميدانيا" keep it."""
    tg13 = _words("tg13_")
    if i >= len(tokens) or not set(forms[i]) & tg13["hospital_words"]:
        return False
    for x in range(i - 1, max(lo, i - 9) - 1, -1):
        if tokens[x].text in lex.clause_marks:
            return False
        if set(forms[x]) & tg13["care_words"]:
            return True
    return False


def _tg13_described_source(tokens: list[Token], forms: list[tuple[str, ...]], i: int, lo: int) -> bool:
    """Whether the noun at token ``i``, with the "ل" of its owner, follows a source noun and one adjective of it
    (``tg9_source_nouns``): "وفق بلاغ إعلامي للوزارة", "في بيان رسمي لمديرية الأمن" (who told it, not what was hit),
    as "حسب بيان لوزارة الدفاع" is."""
    return i - 2 >= lo and tokens[i].text[:1] == "ل" and tokens[i - 1].kind == "word" \
        and not tokens[i - 1].text.startswith(("ل", "و", "ب")) \
        and bool(set(forms[i - 2]) & _words("tg9_")["source_nouns"])


@lru_cache(maxsize=1)
def _tg13_hours() -> frozenset:
    """The one-word clock hours of time.yaml ("الواحدة", "الثالثة"), normalized."""
    return frozenset(normalize(w) for ws in _data("time.yaml")["hours"].values() for w in ws if " " not in w)


def _tg13_bare_clock(tokens: list[Token], forms: list[tuple[str, ...]], lo: int, hi: int) -> set[int]:
    """The tokens of a clock hour written without "الساعة": an hour (``_tg13_hours``) followed by a part of the day
    (``tg13_clock_parts``), with a word of approximation before it (``tg13_clock_openers``): "هاجم مسلحون قرابة
    الرابعة فجرا مركزا للشرطة" (the police station, not the time). An hour with no part of the day after it ("الثالثة")
    is left alone: an ordinal ("المرة الثالثة")."""
    tg13 = _words("tg13_")
    out: set[int] = set()
    for k in range(lo, hi - 1):
        if tokens[k].norm in _tg13_hours() and set(forms[k + 1]) & tg13["clock_parts"]:
            out |= {k, k + 1}
            if k - 1 >= lo and tokens[k - 1].norm in tg13["clock_openers"]:
                out.add(k - 1)
    return out


def _ac14_outlet_owner(doc: Document, after: list[Entity], lo: int, s_hi: int, lex: Lexicon, kb,
                       countries: dict, starts: list[int]) -> tuple[Entity, int] | None:
    """The armed group that owns the outlet speaking, and the token after its name: the speaker after a verb of saying
    is an outlet, not an armed actor, and an armed actor follows it after a word of belonging or speaking for
    (``ac14_outlet_links``): "وقالت إذاعة النصر التابعة لحركة X إن ..."، or the group called by its kind alone, the
    group of that kind named last before ("زعمت إذاعة Y الناطقة باسم الحركة أن مقاتليها ..."). What the group's own
    outlet announces, the group announces (ACLED codes a claim through the group's media as the group's)."""
    tokens = doc.tokens
    links = _words("ac14_")["outlet_links"]
    for e in after[1:3]:
        if _armed_name(e, kb, countries) is None:
            continue
        k = bisect_left(starts, e.start)
        if k < len(tokens) and tokens[k].start > e.start or k == len(tokens):
            k -= 1  # the name starts after a clitic ("لجماعة")
        words = {tokens[i].norm for i in range(max(lo, k - 2), k)}
        return (e, bisect_left(starts, e.end)) if words & links else None
    i = bisect_left(starts, after[0].end)
    while i < s_hi and tokens[i].norm in links:
        i += 1
    if i == bisect_left(starts, after[0].end) or i >= s_hi:
        return None
    group = _ac14_kind_named_before(doc, i, lo, lex)
    return (group, i + 1) if group is not None else None


def _ac14_kind_named_before(doc: Document, i: int, lo: int, lex: Lexicon) -> Entity | None:
    """The group a speaker called by its kind alone at token ``i`` ("التنظيم", "الحركة": ``clm_self_kinds``) stands for:
    the faction of that kind named last before the sentence ("حركة X ... وقالت الحركة"), if any."""
    tokens = doc.tokens
    if tokens[i].norm not in lex.clm_self_kinds:
        return None
    kind = tokens[i].norm.removeprefix("ال")
    prior = [e for e in doc.entities if e.label == "FACTION" and e.end <= tokens[lo].start
             and kind in normalize(e.text).split()]
    return prior[-1] if prior else None


def _ac14_own_kind_subject(doc: Document, j: int, lo: int, speaker: Entity, lex: Lexicon) -> bool:
    """Whether the subject right before the verb of attack at ``j``, after "أن"/"إن", is the speaker called by its
    own kind, the word its name is made of ("... التابعة لحركة X إن الحركة هاجمت": "حركة"), not another actor's kind
    ("قالت الحركة إن الجيش قصف")."""
    tokens, forms = doc.tokens, _doc_forms(doc.tokens, doc.text)
    if j - 2 < lo or not set(forms[j - 1]) & lex.clm_self_kinds or not set(forms[j - 2]) & lex.complementizers:
        return False
    kind = tokens[j - 1].norm.removeprefix("ال")
    return any(w.removeprefix("ال").lstrip("ل") == kind or w.removeprefix("لل") == kind
               for w in normalize(speaker.text).split())


def _ac14_branch_subject(doc: Document, j: int, first: int, speaker: Entity, kb) -> str | None:
    """A branch of the speaking group (its gazetteer ``parent`` is the speaker) named within four words before the
    verb of attack at ``j``, after what the speaker said began: "قال التنظيم إن مقاتلي «ولاية Y» هاجموا"، "إن أحد
    عناصر «ولاية Y» نفذ الهجوم" -> the branch, which both did and claims the act."""
    if not speaker.kb_id:
        return None
    tokens = doc.tokens
    a, b = tokens[max(first, j - 4)].start, tokens[j].start
    for e in doc.entities:
        if e.label == "FACTION" and a <= e.start < b and e.kb_id and (kb.get(e.kb_id) or {}).get("parent") == speaker.kb_id:
            return e.canonical or e.text
    return None


def _ac14_said_members(doc: Document, e: Entity, lo: int, hi: int, lex: Lexicon, starts: list[int]) -> bool:
    """Whether the group ``e`` owns the subject of a clause opened by "إن"/"أن": the members' word right before it
    (``ac14_said_members``) in the accusative that "إن" gives its subject ("قال المصدر إن مقاتلي تنظيم X هاجموا"، 'إن
    "عناصر X شنوا هجوما'), and a verb of attack right after the name (``actor_verbs``), so the group did it; not
    "أن عناصر X قتلوا" (a verb that is also a passive is not one of attack), nor members that are an object."""
    tokens, forms = doc.tokens, _doc_forms(doc.tokens, doc.text)
    k = bisect_left(starts, e.start)
    i = _ac10_past_descriptor(forms, k - 1, k, lo)  # "مقاتلي تنظيم ولاية X", the name alone tagged
    if i < lo or tokens[i].norm not in _words("ac14_")["said_members"]:
        return False
    i -= 1
    while i >= lo and tokens[i].text in _QUOTES:
        i -= 1
    if i < lo or not set(forms[i]) & lex.act_complementizers:
        return False
    j = bisect_left(starts, e.end)
    while j < hi and tokens[j].text in _QUOTES:
        j += 1
    return j < hi and bool(({_verb(f) for f in forms[j]} | set(forms[j])) & lex.actor_verbs)


def _ac15_coordinated_own(doc: Document, forms: list[tuple[str, ...]], first: int, j: int, lex: Lexicon) -> bool:
    """The verb of killing at ``j`` ("قتلت", "حيدت") is joined by "و" to an earlier verb of the same clause whose
    subject, right after "أن/إن", is the speaker's own forces: "أعلنت القيادة أن وحداتها طاردت المسلحين وحيدت سبعة
    منهم" (the forces do both); not a verb of destroying ("اعترضت دفاعاتها ودمرت 25 مسيرة": things downed).
    The clause runs on from the forces to the verb within ten words, with no new "أن" (another clause) and no full
    stop between."""
    tokens = doc.tokens
    if not set(forms[j]) & (_words("act_")["killing_verbs"] | _words("dt15_")["neutralize_words"]) \
            and not {f[1:] for f in forms[j] if f.startswith("و")} & (_words("act_")["killing_verbs"]
                                                                     | _words("dt15_")["neutralize_words"]):
        return False  # people killed, not "اعترضت دفاعاتها ... ودمرت 25 مسيرة" (a downing, no attack)
    k = j - 1
    while k >= first and tokens[k].text in _QUOTES:
        k -= 1  # 'و"حيدت 11 إرهابيا"'
    joined = tokens[j].text.startswith("و") and len(forms[j]) > 1 or k >= first and tokens[k].norm == "و"
    if not joined:
        return False
    for i in range(max(first + 1, j - 10), k):
        if set(forms[i]) & lex.own_forces and set(forms[i - 1]) & lex.complementizers:
            return not any(set(forms[m]) & lex.complementizers or tokens[m].text in (".", "؟", "!", ":")
                           for m in range(i + 1, k))
    return False


def _ac15_no_claim_of_it(doc: Document, denials: list[Match], claims: list[Match], lo: int, lex: Lexicon) -> bool:
    """Whether a "no claim" phrase (``denials``) speaks of the claimed event: not when every such phrase is in a
    sentence after the one of the last claim verb, which tells of another event ("... الهجوم على الفندق، وتبناه التنظيم
    أيضا. وفي بلدة مجاورة قتل شرطيان في هجوم لم تعلن أي جهة مسؤوليتها عنه": the first claim stands)."""
    if not denials:
        return False
    if not claims:
        return True
    tokens = doc.tokens
    last = max(m.last for m in claims)
    end = next((s.end for s in doc.sentences if s.start <= tokens[last].start < s.end), None)
    return end is None or any(tokens[m.first].start < end for m in denials)


def _ac15_attacker_before_clash(doc: Document, lo: int, trigger: Match, lex: Lexicon, kb, countries: dict,
                                home: str | None) -> str | None:
    """The perpetrator of a clash told as the sequel of an attack in the clause before it, in the same sentence: the
    clash's clause opens with "و" ("واندلعت اشتباكات", "وإن المواجهات أسفرت") and the clause before tells an attack
    (a weapon word of the sub-event Attack: "هجوما") whose actor ``_actor`` finds there: "شنت الجماعة فجر اليوم هجوما
    على مواقع الجيش قرب البلدة، واندلعت اشتباكات استمرت ساعات" (the group attacked: the text says which side did).
    Only for a clash (a ``Battles`` trigger), as ``_tg13_attack_before_clash`` reads its target. None otherwise."""
    tokens = doc.tokens
    if trigger is None or not trigger.payload or trigger.payload[1] != "Battles" or lo == 0 \
            or not tokens[lo].text.startswith("و"):
        return None
    first = _tg11_clause_before(doc, lo, set())
    if first is None or first >= lo:
        return None
    for k in range(lo - 2, first - 1, -1):  # the attack nearest to the clash
        m = lex.weapons.match_at(tokens, k, doc.text, lo)
        if m is not None and m.payload and m.payload[2] == "Attack" and m.payload[1] != "Battles":
            return _actor(doc, first, lo, m, lex, kb, countries, [m], home)
    return None


def _tg14_taken_from(doc: Document, forms: list[tuple[str, ...]], lo: int, hi: int, lex: Lexicon, in_time: set[int],
                     phrase) -> dict | None:
    """The site people were abducted from: after a word of abduction (``tg14_abduction_stems``: the verb, its verbal
    noun, with their endings and object pronouns), "من" and a target noun in the same clause ("خطف مسلحون ثمانية
    عمال من ورشتهم", "بعد اختطافهم من مستشفى البلدة"): the site is what was hit, the people taken are the toll. Not
    "من" before a count or a group ("أكثر من عشرين", "اثنين من الموظفين"), which names no target noun; nor when the
    one taken is a person named ("اختطفوا الناشط سامر X من بيته": he is the target, as one assassinated is); a comma
    or a word that ends the clause (``tg5_clause_stops``) ends the search. None otherwise."""
    tokens, text = doc.tokens, doc.text
    tg14 = _words("tg14_")
    stems = tuple(tg14["abduction_stems"])
    stops = _words("tg5_")["clause_stops"] | _words("act_")["target_stops"]
    for k in range(lo, hi - 2):
        if not any(f.removeprefix("و").removeprefix("ب").removeprefix("ل").startswith(stems) for f in forms[k]):
            continue
        for i in range(k + 1, min(hi - 1, k + 12)):
            if tokens[i].text in lex.clause_marks or set(forms[i]) & stops \
                    or any(e.label == "PERSON" and e.start == tokens[i].start for e in doc.entities):
                break  # "اختطفوا الصحفية X من منزلها": a person named is the target, as one assassinated is
            if tokens[i].norm in tg14["source_preps"] and i + 1 not in in_time \
                    and lex.target_nouns.match_at(tokens, i + 1, text, hi) is not None:
                return phrase(i + 1)
    return None


@lru_cache(maxsize=1)
def _tg15_abduction_verbs() -> frozenset:
    """``tg15_abduction_verbs`` with their subject endings ("اختطفوا", "خطفت")."""
    return frozenset(normalize(f) for w in _words("tg15_")["abduction_verbs"] for f in verb_forms(w))


def _tg15_abducted(doc: Document, forms: list[tuple[str, ...]], k: int, hi: int, lex: Lexicon, in_time: set[int],
                   phrase) -> dict | None:
    """The people taken by the verb of abduction at ``k`` in verb-subject-object order, when the object is a count: the
    first number or word of quantity in the clause past the subject and what describes it (a relative verb, a belief, a
    time between commas): "اختطف مسلحون يعتقد أنهم ينتمون إلى الحركة سبعة مزارعين" (the farmers), "خطف مجهولون 15
    راكبا من حافلة" (the passengers, when no site is named: ``_tg14_taken_from`` comes first), "اختطف مسلحون يرتدون
    زيا مدنيا، مساء الأحد، أربعة أطباء". Not a count of the abductors ("اختطف ثلاثة مسلحين طبيبا"), a count in a
    time or after a preposition ("منذ 3 أيام", "على بعد 20 كيلومترا"), nor a definite number ("في دور الثمانية"); a
    comma that ends the clause, "و" that opens the next one, "في" (where: the object came before it), a word that ends
    a clause (``tg5_clause_stops``, ``tg11_clause_stops``) or the agent of a passive ("الذي اختطف من طرف 4 مسلحين")
    ends the search. None otherwise (the loop of ``_target`` then reads the object as before)."""
    tokens, text = doc.tokens, doc.text
    tg15 = _words("tg15_")
    quantities = tg15["quantity_words"]
    stops = _words("tg5_")["clause_stops"] | _words("tg11_")["clause_stops"] | _words("act_")["target_stops"] \
        | tg15["clause_stops"]
    for i in range(k + 1, min(hi - 1, k + 14)):
        tok = tokens[i]
        if tok.text in lex.clause_marks:
            if i + 1 in in_time or i - 1 in in_time:
                continue  # "، فجر اليوم،": a time between commas
            return None
        if i in in_time:
            continue
        if tok.kind == "word" and tokens[i - 1].norm in lex.affiliation_words and tokens[i - 1].norm not in ("من", "في"):
            continue  # "ينتمون إلى عصابة": the subject's group, not the end of the clause
        if tok.kind == "word" and (set(forms[i]) & stops or tok.text[0] == "و" and (tok.splits or len(tok.text) == 1)
                                   or set(forms[i]) & tg15["agent_nouns"] and set(forms[i - 1]) & tg15["agent_preps"]):
            return None  # "اختطفوا ... وقتلوا": the next clause; "اختطف من طرف مسلحين": a passive, whose agent follows
        counted = token_number(tok, text, lex) is not None and not tok.norm.startswith("ال") \
            or tok.kind == "word" and bool(set(forms[i]) & quantities)
        if not counted or i + 1 in in_time or tokens[i + 1].kind != "word":
            continue
        if set(forms[i - 1]) & tg15["count_preps"] or tok.kind == "word" and tok.splits and tok.text[0] in "بلك":
            continue  # "منذ 3 أيام", "بثلاث سيارات"
        if _tg6_counted_attackers(tokens, forms, i, hi, lex) or tokens[i + 1].norm in lex.actor_nouns \
                or lex.weapons.match_at(tokens, i + 1, text, hi) is not None:
            return None  # "اختطف ثلاثة مسلحين طبيبا": the count of the subject
        return _tg8_counted_phrase(tokens, forms, i, hi, text, lex, phrase) or phrase(i)
    return None


def _tg15_web_or_scene(forms: list[tuple[str, ...]], k: int, hi: int) -> bool:
    """Whether the word "موقع"/"مواقع" at token ``k`` is a website or the scene of the event, by the word after it
    (``tg15_site_nouns``, ``tg15_site_followers``): "نشرت صفحات على مواقع التواصل صورا للمهاجم", "بحسب ما نشره موقع
    إخباري محلي", "طوقت الشرطة موقع الانفجار"; not "على موقع عسكري" nor "على مواقع المسلحين" (what was hit)."""
    tg15 = _words("tg15_")
    return k + 1 < hi and bool(set(forms[k]) & tg15["site_nouns"]) and bool(set(forms[k + 1]) & tg15["site_followers"])


def _tg15_holed_up(tokens: list[Token], forms: list[tuple[str, ...]], k: int, lo: int, lex: Lexicon) -> bool:
    """Whether the target noun at token ``k`` is where armed men held out, after a verb of holding out and its
    preposition within four words of the same clause (``tg15_holed_words``): "تبادل لإطلاق النار مع مسلحين تحصنوا
    داخل مزرعة", "بعد تحصن عناصر مسلحة بالمبنى" (the gunmen's refuge, not what they hit; the team and open gold)."""
    holed = _words("tg15_")["holed_words"]
    for i in range(k - 1, max(lo, k - 4) - 1, -1):
        if tokens[i].text in lex.clause_marks:
            return False
        if set(forms[i]) & holed:
            return True
    return False


def _tg15_ramming_instrument(tokens: list[Token], forms: list[tuple[str, ...]], k: int, lo: int, lex: Lexicon) -> bool:
    """Whether the noun at token ``k``, with the clitic "ب", is the vehicle of a ramming told by a verb of ramming
    (``tg11_object_heads``: "صدم", "دهس") or its verbal noun (``tg17_ramming_nouns``: "الدهس") within four words
    before it in the same clause: "صدم رجل بشاحنته المارة", "دهس ثلاثة مهاجمين بسيارة مستأجرة العشرات", "نفذ هجوم
    الدهس بشاحنة في سوق" (the instrument, not what was hit)."""
    tok = tokens[k]
    if not (tok.text[0] == "ب" and tok.splits):
        return False
    for i in range(k - 1, max(lo, k - 5) - 1, -1):
        if tokens[i].text in lex.clause_marks:
            return False
        if set(forms[i]) & _tg11_object_heads() and not set(forms[i]) & _tg11_noun_set() \
                or set(forms[i]) & _words("tg17_")["ramming_nouns"]:  # "اعتداء الدهس بشاحنة" (tg17)
            return True
    return False


@lru_cache(maxsize=1)
def _tg15_plural_heads() -> dict[str, str]:
    """``tg15_plural_heads``, normalized: a broken plural of a target noun -> its singular."""
    return {normalize(k): normalize(v) for k, v in _data("incidents.yaml")["tg15_plural_heads"].items()}


def _tg15_named_site(doc: Document, target: dict | None, lex: Lexicon) -> dict | None:
    """The site a target only describes, as the article names it elsewhere: a target that is one of a kind ("أحد
    المساجد", "إحدى الكنائس") or its bare head noun ("مسجد", "الكنيسة") becomes the one mention in the article of the
    same head (its plural through ``tg15_plural_heads``) with a name right after it ("انفجرت سيارة أمام إحدى الكنائس
    ... وقال الكاهن إن كنيسة مار يوحنا تضررت": "كنيسة مار يوحنا"). Unchanged when no such mention or more than one
    name of that head is written ("مسجد X" and "مسجد Y": which one is not told), nor by a town after the head
    ("كاتدرائية المدينة": the development follow-up gold keeps "الكاتدرائية")."""
    if not target or not target.get("text"):
        return target
    tg15 = _words("tg15_")
    words = normalize(target["text"]).split()
    if words and words[0] in _words("tg9_")["one_of"]:
        words = words[1:]
    if len(words) != 1:
        return target
    head = words[0].removeprefix("ال")
    head = _tg15_plural_heads().get(head, head)
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    starts = {e.start: e for e in doc.entities}
    found: dict[str, dict] = {}
    for i in range(len(tokens) - 1):
        if head not in forms[i] or tokens[i].norm.startswith("ال") \
                or lex.target_nouns.match_at(tokens, i, text, i + 1) is None:
            continue  # a site (not "أحد الأعوان" ... "أعوان الحرس": people)
        j = i + 1 + (tokens[i + 1].text in tg15["name_quotes"] and i + 2 < len(tokens))
        ent = starts.get(tokens[j].start)
        if ent is None or ent.label in ("GPE", "LOC"):
            continue  # "كاتدرائية جولو": the town it stands in, which names no other site than the one told
        end = ent.end + (ent.end < len(text) and text[ent.end] in tg15["name_quotes"])
        start = tokens[i].start + (len(tokens[i].text) - len(head) if tokens[i].splits else 0)
        found.setdefault(normalize(ent.text), {"text": text[start:end], "canonical": None})
    return next(iter(found.values())) if len(found) == 1 else target


def _tg16_site_org(doc: Document, e: Entity, hi: int, lex: Lexicon, starts: list[int]) -> bool:
    """Whether the organisation ``e`` is a site that can be hit, not an actor: its name opens with a target noun
    ("على مهاجمة محطة الإذاعة المحلية": the station, the object of the verbal noun, not its agent; "هاجم مسلحون
    مستشفى الولادة"), so the loop of ``_target_told`` does not pass it as the subject."""
    tokens = doc.tokens
    i = bisect_left(starts, e.start)
    return i < hi and tokens[i].start == e.start and lex.target_nouns.match_at(tokens, i, doc.text, hi) is not None


def _tg16_site_or_forces(doc: Document, forms: list[tuple[str, ...]], j: int, hi: int, lex: Lexicon) -> bool:
    """Whether token ``j``, right after a verbal noun of attack whose construct may name the attacker as well as the
    attacked ("مهاجمة", ``tg16_site_object_heads``), opens what can be attacked: a target noun or the forces ("على
    مهاجمة مركز الحرس", "حاول مهاجمة شرطي بسكين"), or the attackers before it ("بعد مهاجمة مسلحين حاجزا", passed by
    the loop of ``_target_told``). Not another noun: "بسبب مهاجمة كلب طفلا" (the dog attacked)."""
    tokens = doc.tokens
    if j >= hi or tokens[j].kind != "word":
        return False
    words = {f.removeprefix("ال") for f in forms[j]}
    return lex.target_nouns.match_at(tokens, j, doc.text, hi) is not None \
        or bool(words & {f.removeprefix("ال") for f in lex.security_words | lex.actor_nouns})


def _tg16_event_struck(forms: list[tuple[str, ...]], k: int, lo: int) -> bool:
    """Whether token ``k`` is "ضرب" (``tg16_struck_verbs``) with the event as its subject: an event word
    (``cas_anaphors``, with or without the article) within the four tokens before it ("التفجير المزدوج الذي ضرب
    سوقا شعبيا", "تفجير انتحاري ضرب مسجدا"). Its object is then read like that of "هز": only a target noun. Not
    "ضربت القوات مواقع", "في ضرب معسكرات" (no event word before)."""
    if not set(forms[k]) & _words("tg16_")["struck_verbs"]:
        return False
    events = {f.removeprefix("ال") for f in _words("cas_")["anaphors"]}
    return any(f.removeprefix("ال") in events for i in range(max(lo, k - 4), k) for f in forms[i])


def _tg14_subject_before(doc: Document, lo: int, k: int, lex: Lexicon, forms: list[tuple[str, ...]]) -> int | None:
    """The first token of the subject of "تعرض" at ``k`` when it is a target noun that opens the stretch before the
    verb, right after a complementizer or a comma (and a form of "كان"), with what describes it between ("إن الحافلة
    التابعة لشركة النقل تعرضت لإطلاق نار", "أن مركب الصيد الذي كان يقل عشرة بحارة تعرض لهجوم"): the head noun, not the
    last word of its description ("النقل") nor a noun inside it ("بحارة"). At most twelve tokens back (an acronym in brackets counts three); the stretch must open
    at a clause mark or a complementizer (a word that ends a target, ``act_target_stops``, makes it None).""" 
    tokens, text = doc.tokens, doc.text
    act = _words("act_")
    copulas = _words("ac3_")["target_copulas"]
    i = k - 1
    while i >= max(lo, k - 12) and tokens[i].text not in lex.clause_marks \
            and not set(forms[i]) & (lex.complementizers | act["target_stops"]):
        i -= 1
    if i < max(lo, k - 12) or not (tokens[i].text in lex.clause_marks or set(forms[i]) & lex.complementizers):
        return None
    first = i + 1
    if first < k and set(forms[first]) & copulas:
        first += 1  # "وكانت الحافلة التابعة للشركة قد تعرضت"
    if first >= k - 1 or lex.target_nouns.match_at(tokens, first, text, k) is None:
        return None  # the noun right before the verb is read by _act_exposed itself
    return first


def _ac16_contested(doc: Document, lo: int, hi: int, claimant: str, lex: Lexicon, kb,
                    countries: dict) -> tuple[bool, str | None]:
    """(whether the claim of a sentence is contested in it, the doer the contest names). After the claim (a claim verb
    or a noun of responsibility), a word of contrast (``ac16_contrast_words``, or "غير"/"إلا" with "أن") opens a
    clause in which an authority names another doer: an accusation ("لكن الشرطة نسبته إلى جماعة X") or a statement
    that a group stands behind it gives that group; a statement whose subject is no armed group ("بينما قالت السلطات
    إن عصابات محلية نفذتها") gives none. The claimant keeps the claim, the doer named is the perpetrator, as the
    convention has it: the perpetrator is set by the authorities' accusation, the claim by who claims. Example:
    "وتبنت جماعة X التفجير، غير أن الشرطة نسبته إلى خلية من جماعة Y" -> (True, Y)."""
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    w = _words("ac16_")
    claims = [m.last for m in lex.claim.find(tokens, text, lo, hi)]
    first = min(claims + [k for k in range(lo, hi) if set(forms[k]) & lex.claim_nouns], default=None)
    if first is None:
        return False, None
    c = next((k for k in range(first + 1, hi - 1) if set(forms[k]) & w["contrast_words"]
              or (set(forms[k]) & w["contrast_heads"] and "أن" in forms[k + 1])), None)
    if c is None:
        return False, None
    acc = lex.accusation.find(tokens, text, c, hi)
    name = _accused(doc, acc[0], hi, lex, kb, countries) if acc else None
    name = name or _ac12_behind(doc, c, hi, lex, kb, countries)
    if name is not None:
        return (True, name) if name != claimant else (False, None)
    said = next((k for k in range(c + 1, hi) if {_verb(f) for f in forms[k]} & lex.acknowledge_verbs
                 or set(forms[k]) & lex.acknowledge_verbs), None)
    that = next((k for k in range(said + 1, min(hi, said + 5)) if set(forms[k]) & w["that_words"]), None) \
        if said is not None else None
    if that is None:
        return False, None
    # "إن عصابات محلية نفذتها": the subject, up to five words, then a verb of carrying out (with its object pronoun)
    agent = next((k for k in range(that + 2, min(hi, that + 7))
                  if {_verb(f) for f in forms[k]} & w["agent_verbs"]), None)
    if agent is None or any(tokens[k].kind == "punct" for k in range(that + 1, agent)):
        return False, None
    subject = [e for e in doc.entities if tokens[that].end <= e.start < tokens[agent].start]
    if any(_armed_name(e, kb, countries) for e in subject):
        name = next(_armed_name(e, kb, countries) for e in subject if _armed_name(e, kb, countries))
        return (True, name) if name != claimant else (False, None)
    if subject:  # a person or a place: not a doer the text leaves unnamed
        return False, None
    return True, None


def _ac16_parent_of_branch(doc: Document, e: Entity, kb, words: int = 6) -> bool:
    """Whether faction ``e`` is the parent named in the modifier of its branch named right before it: the branch,
    then within ``words`` tokens the parent (the gazetteer's ``parent`` of the branch): "مقاتلين من تنظيم «ولاية X»
    التابع لتنظيم داعش", "تنظيم «ولاية Y»، فرع تنظيم داعش في البلد". The branch is the actor; the parent only
    describes it. Example: "هاجم مسلحون من «ولاية غرب أفريقيا» الموالية لداعش ثكنة" -> داعش is the parent."""
    if e.label != "FACTION" or not e.kb_id:
        return False
    tokens = doc.tokens
    k = bisect_left([t.start for t in tokens], e.start)
    for b in doc.entities:
        if b is e or b.label != "FACTION" or b.end > e.start or (kb.get(b.kb_id) or {}).get("parent") != e.kb_id:
            continue
        between = sum(1 for t in tokens[max(0, k - words - 1):k] if t.start >= b.end)
        if between <= words:
            return True
    return False


def _ac16_member_accused(doc: Document, lo: int, hi: int, kb, countries: dict, starts: list[int]) -> str | None:
    """The group of the person a sentence accuses, charges or convicts (``ac16_charge_words``): an armed group named
    within five words after a word of membership (``ac16_member_words``: "أعضاء في", "أحد صانعي القنابل في", "بتهمة
    الانتماء إلى"), with no punctuation between. As an accusation by the authorities, the group is the perpetrator of
    the attacks the person is charged with. Example: "أدانت المحكمة ثلاثة أعضاء في حركة X بتهمة تفجير الحافلة" -> X."""
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    w = _words("ac16_")
    if not any(set(forms[k]) & w["charge_words"] for k in range(lo, hi)):
        return None
    for e in sorted(doc.entities, key=lambda e: e.start):
        if not tokens[lo].start <= e.start < tokens[hi - 1].end or e.label not in ("FACTION", "ORG"):
            continue
        name = _armed_name(e, kb, countries) if e.label == "FACTION" else _ac16_short_faction(doc, e, kb, countries)
        if name is None:
            continue  # ("بتهمة الانتماء إلى التحالف": the group named before in full)
        k = bisect_left(starts, e.start)
        if k > lo and tokens[k - 1].end > e.start:
            k -= 1  # the name after a proclitic: "لجماعة"
        for i in range(k - 1, max(lo, k - 6) - 1, -1):
            if tokens[i].kind == "punct" and tokens[i].text not in _QUOTES:
                break
            if set(forms[i]) & w["member_words"]:
                return name
    return None


def _ac16_anaphor_speaker(doc: Document, forms: list[tuple[str, ...]], k: int, hi: int, lex: Lexicon, kb,
                          countries: dict) -> str | None:
    """The group a speaker named by a bare group noun stands for (``faction_anaphors``: "التنظيم", "الجماعة", "الحركة")
    right after a verb of saying (token ``k``): the faction named last before it, not a parent named in its branch's
    modifier nor a person's group ("القيادي في الحركة"). "وأعلن التنظيم في بيان أن مقاتليه قتلوا عشرات الجنود": the
    group named before speaks, and claims what its own fighters did. Example: "هاجم مسلحو حركة X قرية. وقالت الحركة
    إن مقاتليها قتلوا عشرة جنود" -> X."""
    if k >= hi or not set(forms[k]) & lex.faction_anaphors:
        return None
    tokens = doc.tokens
    prior = [e for e in doc.entities if e.label == "FACTION" and e.end <= tokens[k].start
             and not _ac16_parent_of_branch(doc, e, kb) and not _act_member_described(doc, e, 0, lex)]
    return _armed_name(prior[-1], kb, countries) if prior else None


def _ac16_short_faction(doc: Document, e: Entity, kb, countries: dict) -> str | None:
    """The faction an organization that is no armed actor stands for when its name is a short form of a faction
    named in full before it (``_same_actor``: one name inside the other, without the article): "الحركة الشعبية" after
    "الحركة الشعبية لتحرير السودان - قطاع الشمال", "التحالف" after "تحالف القوى الديمقراطية". Example: "هاجمت جبهة
    التحرير الوطني قرية ... وقال المتحدث باسم الجبهة إن" -> the front named before."""
    if e is None or e.label != "ORG" or _armed_name(e, kb, countries):
        return None
    prior = [f for f in doc.entities if f.label == "FACTION" and f.end <= e.start and _same_actor(e, f)]
    return _armed_name(prior[-1], kb, countries) if prior else None


def _ac17_continued_strike(doc: Document, lo: int, hi: int, trigger: Match, lex: Lexicon, kb, countries: dict,
                           home: str | None) -> str | None:
    """The perpetrator of a strike told as more of the strikes told just before it: its clause opens with "كما" or
    "و" and a verb of attack whose subject is not named again ("شنت المقاتلات ... غارات على البلدة، كما استهدفت
    بغارتين أخريين محيط القرية"), or names the strike as another one of them ("كما قصفت غارة ثانية أطراف البلدة":
    ``ac17_another_words`` right after the strike noun, or after one adjective), or whose trigger is the definite
    strike noun naming them again ("وفي طهران، أسفرت الغارات عن مقتل ..."; not after a preposition of the target).
    The actor ``_actor`` finds in the words before it (its sentence from the start, else the sentence before), for a
    weapon of the same sub-event there, or the speaker acknowledging that strike ("أعلن الجيش أن مقاتلاته استهدفت"). Only for air strikes and shelling (``ac17_strike_kinds``), where one side strikes again; a second bomb or
    raid of unknown men is left alone. Example: "قصفت المدفعية التركية قرية في ريف حلب، كما استهدفت بقذائف أخرى أطراف بلدة مجاورة"
    (Turkey for both)."""
    tokens, forms = doc.tokens, _doc_forms(doc.tokens, doc.text)
    ac17 = _words("ac17_")
    if trigger is None or not trigger.payload or trigger.payload[2] not in ac17["strike_kinds"] or lo == 0:
        return None
    first_word = tokens[lo].norm
    verb = lo + 1 if first_word in ac17["so_too_words"] else lo
    opens = verb < hi and (tokens[verb].norm in lex.actor_verbs or verb == lo and first_word[:1] == "و"
                           and first_word[1:] in lex.actor_verbs)
    other = any(set(forms[k]) & lex.strike_words | {f[1:] for f in forms[k] if f[:1] in "بل"} & lex.strike_words
                and any(set(forms[j]) & ac17["another_words"] for j in range(k + 1, min(hi, k + 3)))
                for k in range(lo, hi))
    named = tokens[trigger.first].norm.startswith("ال") and tokens[trigger.first].norm[2:] in lex.strike_words \
        and (trigger.first == lo or tokens[trigger.first - 1].norm not in lex.target_preps)
    if not (opens or other or named):
        return None
    starts = [t.start for t in tokens]
    sent = next((x for x in doc.sentences if x.start <= tokens[lo].start < x.end), None)
    if sent is None:
        return None
    first = bisect_left(starts, sent.start)  # the sentence from its start: its actor may open it
    if first >= lo:  # the clause opens its sentence: the sentence before
        sent = next((x for x in reversed(doc.sentences) if x.end <= tokens[lo].start), None)
        if sent is None:
            return None
        first = bisect_left(starts, sent.start)
    for k in range(lo - 1, first - 1, -1):  # the strike nearest before it
        m = lex.weapons.match_at(tokens, k, doc.text, lo)
        if m is not None and m.payload and m.payload[2] == trigger.payload[2]:
            # the actor of that strike, or the speaker acknowledging it ("وأعلن الجيش أن مقاتلاته استهدفت منشأة")
            return _actor(doc, first, lo, m, lex, kb, countries, [m], home) \
                or _acknowledged(doc, first, lo, lex, kb, countries, home)
    return None


def _tg17_affiliation(tokens: list[Token], forms: list[tuple[str, ...]], i: int, lo: int, lex: Lexicon,
                      clitic: bool) -> bool:
    """Whether the noun at token ``i``, after "في" or the clitic "ب"/"ل", is the body a speaker works for: a title
    (``tg17_official_nouns``) right after a verb of saying (``ac9_said_verbs``) or a source noun (``tg9_source_nouns``)
    stands before it within three words of the same clause, with no verb of targeting nor a particle of what was said
    between ("أكد خبير في معهد الدراسات الاستراتيجية أن ...", "وقال المدير العام للأمن بوزارة الداخلية": the
    institute and the ministry name who speaks, not what was hit). Not "أصيب مسؤول في مقر الحزب" (the official is
    no speaker there), nor "أصيب جندي في المعسكر" (no title)."""
    tg17 = _words("tg17_")
    opened = i - 1 >= lo and tokens[i - 1].norm == "في"
    if not (opened or clitic and tokens[i].text[:1] in "بل"):
        return False
    first = i - 1 if opened else i
    for x in range(first - 1, max(lo, first - 4) - 1, -1):
        if tokens[x].text in lex.clause_marks or set(forms[x]) & (tg17["said_openers"] | lex.target_heads):
            return False
        if set(forms[x]) & tg17["official_nouns"]:
            return x - 1 >= lo and bool(set(forms[x - 1]) & (_verb_words("ac9_", "said_verbs")
                                                              | _words("tg9_")["source_nouns"]))
    return False


def _tg17_attacker_at(forms: list[tuple[str, ...]], j: int, hi: int) -> bool:
    """Whether the phrase at token ``j`` names the attacker: the one who carried it out (``tg17_attacker_nouns``:
    "فتحت الشرطة النار على منفذ الهجوم"), or a person noun with an adjective of arms after it (``tg17_person_nouns``,
    ``tg17_armed_words``: "هاجم شاب مسلح عددا من الركاب", "أطلق الحارس النار على رجل ملثم"). The attacker fired on
    is not what the attack hit; not "مجموعة من الجنود" (no adjective of arms)."""
    tg17 = _words("tg17_")
    if j >= hi:
        return False
    if set(forms[j]) & tg17["attacker_nouns"]:
        return True
    return j + 1 < hi and bool(set(forms[j]) & tg17["person_nouns"]) and bool(set(forms[j + 1]) & tg17["armed_words"])


@lru_cache(maxsize=1)
def _tg17_kin_forms() -> frozenset:
    """``tg17_kin_nouns`` with the possessive pronouns after them ("شقيقه", "نجلها", "زوجتهم"), normalized."""
    return frozenset(normalize(w + p) for w in _data("incidents.yaml")["tg17_kin_nouns"]
                     for p in ("", "ه", "ها", "هم", "هما"))


def _tg17_apposed_name(doc: Document, forms: list[tuple[str, ...]], j: int, end: int, hi: int) -> Entity | None:
    """The person named in apposition after a target phrase that is one word of kinship (``tg17_kin_nouns``, with or
    without its possessive pronoun) and a comma: "تعرض نجله، سامي X، لعملية اختطاف" (Sami X, whom the kin word only
    points at). None when the phrase is longer, no comma follows or no person's name opens after it ("اختطاف شقيقه،
    وقالت العائلة ...")."""
    tokens = doc.tokens
    if end != j + 1 or end + 1 >= hi or tokens[end].text not in ("،", ",") or not set(forms[j]) & _tg17_kin_forms():
        return None
    return next((e for e in doc.entities if e.label == "PERSON" and e.start == tokens[end + 1].start), None)


def _tg17_construct_after(tokens: list[Token], k: int) -> bool:
    """Whether the plural at token ``k``, without the article after "one of", is the head of a construct whose last
    word is definite, one or two words on: "داخل أحد أسواق المدينة", "في أحد أسواق أعياد الميلاد" (one of the town's
    markets: what was hit, as "أحد المساجد" is for ``_tg9_one_of``); ``_tg9_one_of`` reads it after a preposition
    of place only (``pl16_at_words``; not "تعرضت إحدى سيارات الإسعاف إلى سرقة", where what befell it decides). Not
    before a name ("أحد أسواق برلين": the town's name alone makes no construct this reads)."""
    for x in (k + 1, k + 2):
        if x >= len(tokens) or tokens[x].kind != "word":
            return False
        if tokens[x].norm.startswith("ال"):
            return True
    return False
