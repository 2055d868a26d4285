"""Stage ``incidents``: ACLED-aligned incident records (spec section 4).

Reads ``doc.sentences``, ``doc.tokens``, ``doc.entities``, ``doc.timexes``;
writes ``doc.incidents``. All language data is in ``resources/ar/incidents.yaml``
and ``resources/ar/numbers.yaml``.

1. Triggers: a sentence reports an event when it names a weapon or a form of
   violence (weapons with their ACLED types, most specific first) and a word
   saying it happened, and has none of the filters (threats, intentions,
   hypotheticals, denials, trends) and is not a total over a period
   ("أكثر من 50 هجوما").
2. Slots come from the trigger sentence and up to ``window`` following ones
   that add to it (casualties, claims) without reporting a new event:
   - ``event_date``: the day-level time expression nearest the trigger, else
     the last date of the preceding sentences (news narrates in order), as a day;
   - place: the most specific place (base or facility, then village or area,
     town, city, province, country) from gazetteer entities and designator
     phrases ("في منطقة X"), not a launch site ("من منطقة X") when another exists;
   - target: a base or facility entity, else the phrase after "استهدف/ضد";
   - ``munitions_count``: digits, number words, duals, "N من أصل M", and 1 for a
     single named device; casualties by outcome and group, 0 when the article
     says there were none and null when it says nothing;
   - ``claimed_by`` from claims ("أعلنت X مسؤوليتها", "تبنى"), ``perpetrator``
     from claims, accusations, the actor of the attack verb, or the nationality
     of a strike ("غارة إسرائيلية").
3. One record per event: mentions with the same day, place and weapon merge; a
   summary over several attacks is dropped when the single attacks are
   reported; a record with neither date nor place is dropped (not checkable).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from ..core import registry
from ..document import Document, Entity, Incident, Sentence, Timex, Token
from ..kb import alias_key, load_kb, load_yaml, name_forms
from ..matcher import Match, PhraseMatcher
from .normalize import normalize

RESOURCES = Path(__file__).resolve().parent.parent / "resources" / "ar"
PLACE_LABELS = ("BASE", "FACILITY", "LOC", "GPE")
# smaller is more specific
TYPE_RANK = {"village": 1, "area": 2, "crossing": 1, "town": 2, "mountain": 2, "city": 3, "district": 4,
             "province": 5, "region": 6, "river": 6, "sea": 6, "country": 7}


@dataclass
class Lexicon:
    weapons: PhraseMatcher
    weapon_order: dict
    occurrence: PhraseMatcher
    filters: PhraseMatcher
    total_nouns: frozenset
    killed: PhraseMatcher
    wounded: PhraseMatcher
    casualty_nouns: dict
    counted_nouns: dict
    not_duals: frozenset
    one_of: frozenset
    fate_words: frozenset
    casualty_preps: frozenset
    verbal_nouns: frozenset
    other_event_words: PhraseMatcher
    subject_openers: frozenset
    addition_words: PhraseMatcher
    no_casualties: PhraseMatcher
    no_casualty_scopes: PhraseMatcher
    no_casualty_outcomes: dict
    no_casualty_people: frozenset
    claim: PhraseMatcher
    claim_nouns: frozenset
    claim_words: frozenset
    claim_announce: frozenset
    acknowledge_verbs: frozenset
    acknowledge_actions: frozenset
    self_pronouns: frozenset
    speaker_forces: PhraseMatcher
    no_claim: PhraseMatcher
    numbers: dict
    approximators: PhraseMatcher
    person_singular: frozenset
    pronoun_heads: dict
    person_duals: frozenset
    casualty_times: frozenset
    casualty_subjects: frozenset
    casualty_manner: frozenset
    breakdown_words: frozenset
    enumeration_words: frozenset
    group_stops: frozenset
    plural_words: frozenset
    munition_nouns: frozenset
    instrument_words: frozenset
    double_words: frozenset
    summary_words: frozenset
    designators: dict
    launch_words: frozenset
    target_heads: frozenset
    actor_verbs: frozenset
    accusation: PhraseMatcher
    accusation_charges: frozenset
    nationality: dict
    actor_adjectives: dict
    faction_anaphors: frozenset
    reporting_verbs: frozenset
    target_nouns: PhraseMatcher
    target_preps: frozenset
    actor_nouns: frozenset
    reference_words: PhraseMatcher
    not_names: frozenset
    seat_words: frozenset
    near_words: frozenset
    destination_words: frozenset
    capital_actors: frozenset
    generic_forces: PhraseMatcher
    toll_heads: frozenset
    killed_nouns: frozenset
    wounded_nouns: frozenset
    strike_words: frozenset
    security_words: frozenset
    many_words: frozenset
    total_weapon_nouns: frozenset
    generic_terms: frozenset
    clause_marks: frozenset
    clause_words: PhraseMatcher
    target_context: frozenset
    member_nouns: frozenset
    date_openers: frozenset
    own_forces: frozenset
    clm_forces_heads: frozenset
    clm_self_kinds: frozenset
    complementizers: frozenset
    between_words: frozenset
    affiliation_words: frozenset
    sentence_filters: PhraseMatcher
    act_claimed_events: frozenset = frozenset()
    act_forces: frozenset = frozenset()
    act_negators: frozenset = frozenset()
    act_complementizers: frozenset = frozenset()


_LETTERS_THAT_INFLECT = set("بتثجحخدذرزسشصضطظعغفقكلمنهوي")


def inflections(term: str) -> list[str]:
    """A weapon phrase in the number and case forms news uses, so the data lists each phrase once.

    The head noun and the adjectives that agree with it right after it
    (feminine with ``ة``; masculine nisba ``ي`` or participle ``م...``) are
    inflected together: ``سيارة مفخخة`` -> ``سيارتان مفخختان``, ``سيارتين
    مفخختين``, ``سيارات مفخخة`` (non-human plurals take a feminine singular
    adjective), ``ضربة جوية`` -> ``ضربتين جويتين``, ``قذيفة هاون`` -> ``قذيفتي
    هاون`` (a dual before its complement); ``هجوم مسلح`` -> ``هجوما مسلحا``,
    ``هجومين مسلحين``. Broken plurals (``صواريخ``) are listed in the data.
    Forms that Arabic never writes are harmless: they match nothing.
    """
    words = term.split()
    head = words[0]
    if head[-1] not in _LETTERS_THAT_INFLECT and head[-1] != "ة":
        return [term]
    fem = head.endswith("ة")
    n_adj = 0
    for w in words[1:]:
        agrees = w.endswith("ة") if fem else (w.endswith("ي") or (w.startswith("م") and len(w) > 3))
        if not agrees or w[-1] not in _LETTERS_THAT_INFLECT | {"ة"}:
            break
        n_adj += 1
    rest = words[1 + n_adj:]

    def phrase(head_form: str, adj_suffix: str | None) -> str:
        adjs = [(w[:-1] if fem else w) + adj_suffix if adj_suffix is not None else w for w in words[1:1 + n_adj]]
        return " ".join([head_form, *adjs, *rest])

    if fem:
        stem = head[:-1]
        out = [phrase(stem + "تان", "تان"), phrase(stem + "تين", "تين"), phrase(stem + "ات", None)]
        if rest and not n_adj:
            out.append(phrase(stem + "تي", None))
    else:
        out = [phrase(head + "ا", "ا"), phrase(head + "ان", "ان"), phrase(head + "ين", "ين")]
    return [term, *out]


def verb_forms(term: str) -> list[str]:
    """A past-tense verb with the subject endings news uses: ``استهدف`` -> ``استهدفا``,
    ``استهدفوا``, ``استهدفت``, ``استهدفتا`` (duals and plurals of "they targeted").
    Nouns in the same lists gain forms that Arabic never writes, which match nothing."""
    if " " in term or term[-1] not in _LETTERS_THAT_INFLECT:
        return [term]
    if term.endswith("ت"):
        return [term, term + "ا"]
    return [term, term + "ا", term + "وا", term + "ت", term + "تا"]


def possessives(term: str, suffixes=("ه", "ها", "هم", "هما")) -> list[str]:
    """A one-word noun with the pronoun of its owners: ``دورية`` -> ``دوريتهم``, ``منزل`` -> ``منزلهم``."""
    if " " in term:
        return []
    stem = term[:-1] + "ت" if term.endswith("ة") else term
    return [stem + suffix for suffix in suffixes]


def _n(words) -> frozenset:
    return frozenset(normalize(str(w)) for w in words)


@lru_cache(maxsize=2)
def _data(name: str):
    """A language data file of this stage, parsed once per process (read only: callers build from it)."""
    return load_yaml(RESOURCES / name)


@lru_cache(maxsize=None)
def _words(prefix: str) -> dict[str, frozenset]:
    """The word lists of one rule area: every list-valued key of incidents.yaml that starts with ``prefix``
    ("loc_", "plc_", "tol_" ...), normalized, the prefix removed (``_words("tol_")["agent_words"]``)."""
    return {k.removeprefix(prefix): _n(v) for k, v in _data("incidents.yaml").items()
            if k.startswith(prefix) and isinstance(v, list)}


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    y, nums = _data("incidents.yaml"), _data("numbers.yaml")
    weapons, order = [], {}
    for rank, group in enumerate(y["weapons"]):
        payload = (group["weapon"], group["event_type"], group["sub_event_type"])
        order.setdefault(payload, rank)
        weapons.extend((form, payload) for t in group["terms"] for form in inflections(t))
    # "مقتله", "إصابتهما": a casualty head with the pronoun of the people it names, and their number
    pronoun_heads = {normalize(f): (outcome, n) for outcome, hs in y["pronoun_heads"].items() for h in hs
                     for suffix, n in y["pronoun_counts"].items() for f in possessives(h, (suffix,))}
    numbers: dict[str, int] = {}
    for n, forms in {**nums["units"], **nums["tens"], **nums["hundreds"]}.items():
        for w in forms:
            numbers[normalize(w)] = int(n)
    return Lexicon(
        weapons=PhraseMatcher(weapons), weapon_order=order,
        occurrence=PhraseMatcher((f, True) for w in y["occurrence"] for f in verb_forms(w)),
        filters=PhraseMatcher((w, kind) for kind, ws in y["filters"].items() for w in ws),
        total_nouns=_n(y["total_nouns"]),
        killed=PhraseMatcher([(f, "killed") for w in y["killed_heads"] for f in verb_forms(w)]
                             + [(f, o) for f, (o, _) in pronoun_heads.items() if o == "killed"]),
        wounded=PhraseMatcher([(f, "wounded") for w in y["wounded_heads"] for f in verb_forms(w)]
                              + [(f, o) for f, (o, _) in pronoun_heads.items() if o == "wounded"]),
        casualty_nouns={normalize(w): outcome for outcome, ws in y["casualty_nouns"].items() for w in ws},
        counted_nouns={normalize(w): (outcome, n) for outcome, ws in y["counted_casualty_nouns"].items()
                       for w, n in ws.items()},
        not_duals=_n(y["not_duals"]), one_of=_n(y["one_of"]), fate_words=_n(y["fate_words"]),
        casualty_preps=_n(y["casualty_preps"]), verbal_nouns=_n(w for ws in y["pronoun_heads"].values() for w in ws),
        other_event_words=PhraseMatcher((w, True) for w in y["other_event_words"]),
        subject_openers=_n(y["subject_openers"]),
        addition_words=PhraseMatcher((w, True) for w in y["addition_words"]),
        no_casualties=PhraseMatcher((w, True) for w in y["no_casualties"]),
        no_casualty_scopes=PhraseMatcher((w, True) for w in y["no_casualty_scopes"]),
        no_casualty_outcomes={o: _n(ws) for o, ws in y["no_casualty_outcomes"].items()},
        no_casualty_people=_n(y["no_casualty_people"] + [w for ws in y["no_casualty_outcomes"].values() for w in ws]),
        claim=PhraseMatcher((w, True) for w in y["claim_verbs"]),
        claim_nouns=_n(y["claim_nouns"]), claim_words=_n(w for w in y["claim_verbs"] if " " not in w), claim_announce=_n(y["claim_announce"]),
        acknowledge_verbs=_n(f for w in y["acknowledge_verbs"] for f in verb_forms(w)),
        acknowledge_actions=_n(y["acknowledge_actions"]), self_pronouns=_n(y["self_pronouns"]),
        speaker_forces=PhraseMatcher((w, True) for w in y["generic_forces"] + y["military_bodies"]),
        no_claim=PhraseMatcher((w, True) for w in y["no_claim"]),
        numbers=numbers,
        approximators=PhraseMatcher((w, True) for w in nums["approximators"]),
        person_singular=_n([f for w in y["person_singular"]  # "مرافقه" is one; "طفلاها" (a dual) is not
                            for f in [w, *(possessives(w, ("ه", "ها")) if not w.endswith("ا") else []),
                                      *([w + "ا"] if w[-1] not in "اةىء" else [])]]  # "إن شرطيا قتل"
                           + y["person_others"]),
        person_duals=_n(f for w in y["person_singular"] if not w.endswith("ا")
                        for f in possessives(w, ("اه", "اها", "اهم", "اهما"))),  # not "يه": "مرافقيه" is plural too
        pronoun_heads=pronoun_heads,
        casualty_times=_n(y["casualty_times"]), casualty_subjects=_n(y["casualty_subjects"]),
        casualty_manner=_n(y["casualty_manner"]),
        breakdown_words=_n(y["breakdown_words"]),
        enumeration_words=_n(y["enumeration_words"]), group_stops=_n(y["group_stops"]),
        plural_words=_n(y["plural_weapon_words"]), summary_words=_n(y["summary_words"]),
        munition_nouns=_n(y["munition_nouns"]), double_words=_n(y["double_words"]),
        instrument_words=_n(y["instrument_words"]),
        designators={normalize(w): (label, rank) for label, ws in y["place_designators"].items() for w, rank in ws.items()},
        launch_words=_n(y["launch_words"]),
        actor_verbs=_n(f for w in y["actor_verbs"] for f in verb_forms(w)),  # "استهدفوا", "شنتا"
        target_heads=_n(f for w in y["target_heads"] for f in verb_forms(w)),  # "استهدفا": duals and plurals too
        accusation=PhraseMatcher((w, True) for w in y["accusation_words"] + y["act_accusation_words"]),
        accusation_charges=_n(y["accusation_charges"]),
        nationality={normalize(k): v for k, v in y["nationality"].items()},
        actor_adjectives={normalize(k): v for k, v in y["actor_adjectives"].items()},
        faction_anaphors=_n(y["faction_anaphors"]),
        reporting_verbs=_n(f for w in y["reporting_verbs"] for f in verb_forms(w)),
        target_nouns=PhraseMatcher((f, True) for w in y["target_nouns"] for f in inflections(w) + possessives(w)),
        target_preps=_n(f for w in y["target_preps"] for f in verb_forms(w)),
        actor_nouns=_n(y["actor_nouns"]),
        reference_words=PhraseMatcher((w, True) for w in y["reference_words"]),
        not_names=_n(y["not_names"]),
        seat_words=_n(y["seat_words"]),
        near_words=_n(y["near_words"]),
        destination_words=_n(y["destination_words"]),
        capital_actors=_n(y["capital_actors"]),
        generic_forces=PhraseMatcher((w, True) for w in y["generic_forces"]),
        toll_heads=_n(y["toll_heads"]),
        killed_nouns=_n(y["casualty_nouns"]["killed"] + ["القتلى", "الضحايا", "الشهداء"]),
        wounded_nouns=_n(y["casualty_nouns"]["wounded"] + ["الجرحى", "المصابين", "الإصابات"]),
        strike_words=_n(y["strike_words"]),
        security_words=_n(y["security_words"]), many_words=_n(y["many_words"]), total_weapon_nouns=_n(y["total_weapon_nouns"]),
        generic_terms=_n(y["generic_terms"]), clause_marks=frozenset(y["clause_marks"]),
        clause_words=PhraseMatcher(((w, True) for w in y["clause_words"]), article_variants=False),
        target_context=_n(y["target_context"]),
        member_nouns=_n(y["member_nouns"]), affiliation_words=_n(y["affiliation_words"]),
        date_openers=_n(y["date_openers"]),
        complementizers=_n(y["complementizers"]), between_words=_n(y["between_words"]),
        own_forces=_n(f for w in y["own_forces"] for f in possessives(w, ("ه", "ها", "هم", "نا"))),
        act_negators=_words("act_")["negators"], act_complementizers=_words("act_")["complementizers"],
        act_forces=_words("act_")["forces"],
        act_claimed_events=_words("act_")["claimed_events"],
        clm_forces_heads=_words("clm_")["forces_heads"], clm_self_kinds=_words("clm_")["self_kinds"],
        sentence_filters=PhraseMatcher((w, kind) for kind, ws in y["filters"].items() if kind in y["sentence_filter_kinds"]
                                       for w in ws),
    )


@lru_cache(maxsize=None)
def _weapon_payload(weapon: str) -> tuple:
    """(weapon, event type, sub-event type) of the first weapon group of ``weapon``, as ``lexicon()``'s matches
    carry it (the payload of the ied and suicide_bomb records that detection makes without a weapon term)."""
    return next(p for p in lexicon().weapon_order if p[0] == weapon)


# -- tokens and numbers ------------------------------------------------------------


def _forms(tok: Token, text: str) -> tuple[str, ...]:
    """The normalized forms of a token: the whole token, and without its proclitics (kb.name_forms)."""
    if not tok.splits:
        return (tok.norm,)
    return tuple(f for _, f in name_forms(tok, text))


_DOC_FORMS: tuple = (None, None, [])


def _doc_forms(tokens: list[Token], text: str) -> list[tuple[str, ...]]:
    """``_forms`` of every token of a document, computed once per document: the functions below look
    words up in many overlapping windows. The last document's forms are kept with its token list,
    which keeps that list alive, so its identity cannot be taken by another one."""
    global _DOC_FORMS
    cached = _DOC_FORMS
    if cached[0] is tokens and cached[1] is text and len(cached[2]) == len(tokens):
        return cached[2]
    forms = [_forms(t, text) for t in tokens]
    _DOC_FORMS = (tokens, text, forms)
    return forms


def token_number(tok: Token, text: str, lex: Lexicon) -> int | None:
    """The number a token spells (digits or a number word, proclitics allowed)."""
    if tok.kind == "number":
        try:
            return int(float(tok.norm.replace(",", "")))
        except ValueError:
            return None
    for form in _forms(tok, text):
        if form in lex.numbers:
            return lex.numbers[form]
        if form.startswith("ال") and form[2:] in lex.numbers:
            return lex.numbers[form[2:]]
    return None


def number_before(tokens: list[Token], i: int, lo: int, text: str, lex: Lexicon) -> int | None:
    """A count written just before token ``i`` ("5 صواريخ", "بخمسة صواريخ", "ثلاثة وعشرين")."""
    if i - 1 < lo:
        return None
    n = token_number(tokens[i - 1], text, lex)
    if n is None:
        return None
    if i - 2 >= lo:
        prev = token_number(tokens[i - 2], text, lex)
        if prev is not None and prev < 10 <= n and tokens[i - 1].text.startswith("و"):
            n += prev  # "ثلاثة وعشرين"
        elif prev is not None and prev < 10 and n == 10 and tokens[i - 1].norm in ("عشر", "عشره"):
            n += prev  # "ثمانية عشر"
    return n


def _out_of(tokens: list[Token], j: int, hi: int, text: str, lex: Lexicon) -> int | None:
    """"... من أصل 8 صواريخ" after the trigger: the number launched."""
    for k in range(j, min(hi - 2, j + 12)):
        if tokens[k].norm == "من" and tokens[k + 1].norm == "اصل":
            return token_number(tokens[k + 2], text, lex)
    return None


def dual(tok: Token | str) -> bool:
    """An Arabic dual noun form (صاروخين، قذيفتين، جنديين), of a token or a normalized word."""
    w = tok if isinstance(tok, str) else tok.norm
    return len(w) > 4 and w.endswith(("تين", "تان", "يين", "ين", "ان")) and not w.endswith(("يون",))


# -- casualties ----------------------------------------------------------------------


@lru_cache(maxsize=1)
def _cas_numbers() -> tuple[dict[str, int], dict[str, int], frozenset, frozenset, frozenset]:
    """Number words of compound counts (normalized): (hundreds, multipliers, teen suffixes, eleven, twelve),
    from ``cas_hundreds`` and ``cas_multipliers`` of incidents.yaml and ``teens_suffix``, ``eleven``, ``twelve``
    of numbers.yaml."""
    y, nums = _data("incidents.yaml"), _data("numbers.yaml")
    hundreds = {normalize(w): int(n) for n, ws in y["cas_hundreds"].items() for w in ws}
    multipliers = {normalize(w): int(n) for n, ws in y["cas_multipliers"].items() for w in ws}
    return hundreds, multipliers, _n(nums["teens_suffix"]), _n(nums["eleven"]), _n(nums["twelve"])


@dataclass(frozen=True)
class _CasLexicon:
    assassination: PhraseMatcher
    attempt_words: frozenset
    split_heads: dict
    single_nouns: dict
    single_not_after: frozenset
    anaphors: frozenset
    description_stops: frozenset
    approximators: PhraseMatcher
    enumeration_duals: frozenset
    no_casualties: PhraseMatcher
    broken_plural_nisba: frozenset
    felled_one: frozenset
    felled_nouns: frozenset


@lru_cache(maxsize=1)
def _cas_lexicon() -> _CasLexicon:
    """The ``cas_*`` keys of incidents.yaml that the casualty functions read besides ``lexicon()``."""
    y, words = _data("incidents.yaml"), _words("cas_")
    return _CasLexicon(
        assassination=PhraseMatcher((w, "cas_named") for w in y["cas_assassination"]),
        attempt_words=words["attempt_words"],
        split_heads={normalize(v): _n(ws) for v, ws in y["cas_split_heads"].items()},
        single_nouns={normalize(w): o for o, ws in y["cas_single_nouns"].items() for w in ws},
        single_not_after=words["single_not_after"],
        anaphors=words["anaphors"],
        description_stops=words["description_stops"],
        approximators=PhraseMatcher((w, True) for w in y["cas_approximators"]),
        enumeration_duals=words["enumeration_duals"],
        no_casualties=PhraseMatcher((w, True) for w in y["cas_no_casualties"]),
        broken_plural_nisba=words["broken_plural_nisba"],
        felled_one=words["felled_one"], felled_nouns=words["felled_nouns"],
    )


def _cas_head(tokens: list[Token], i: int, hi: int, text: str, forms: list[tuple[str, ...]]) -> Match | None:
    """A casualty head that ``lexicon()``'s matchers do not give, at token ``i``: an assassination ("اغتيال
    ناشط", not "محاولة اغتيال") or a killing verb split from its lives by its subject ("أودى الانفجار بحياة",
    "حصد القصف أرواح"); the match ends where the count may start."""
    cas = _cas_lexicon()
    m = cas.assassination.match_at(tokens, i, text, hi)
    if m is not None:
        before = {f for k in range(max(0, i - 2), i) for f in forms[k]}
        return None if before & cas.attempt_words else m
    lives = next((cas.split_heads[f] for f in forms[i] if f in cas.split_heads), None)
    if lives is None:
        return None
    for k in range(i + 2, min(hi, i + 5)):
        if tokens[k].kind == "punct":
            return None
        if not lives.isdisjoint(forms[k]):
            return Match(first=i, last=k, start=tokens[i].start, end=tokens[k].end, payload="killed")
    return None


def _cas_after_description(tokens: list[Token], j: int, hi: int, text: str, lex: Lexicon, words: int = 10) -> int:
    """Past the description of one person killed or wounded from token ``j`` ("مقتل قيادي بارز [في التنظيم]
    و4 من مرافقيه", "مقتل قائد فيلق القدس [في الحرس الثوري الإيراني قاسم سليماني] ونائب رئيس هيئة الحشد"):
    the token of the next group joined by "و" (a count, or a person noun that is one), else ``j``. The
    description is up to ``words`` words, commas and quotes; the first word with "و" decides."""
    cas = _cas_lexicon()
    k, n = j, 0
    while k < hi and n <= words:
        t = tokens[k]
        if t.kind == "punct" and t.text not in ("،", ",") and t.text not in _QUOTES or t.norm in cas.description_stops \
                or lex.killed.match_at(tokens, k, text, hi) or lex.wounded.match_at(tokens, k, text, hi):
            return j
        if t.kind != "punct" and t.text.startswith("و") and k > j:
            at = k + 1 if t.text == "و" else k
            count, g0, g1 = _count_and_group(tokens, at, hi, text, lex)
            if count is None or g1 == g0 and not (g0 + 1 < hi and tokens[g0].norm == "من") \
                    or lex.weapons.match_at(tokens, g0, text, hi):
                return j
            return k
        n += t.kind != "punct"
        k += 1
    return j


def _cas_sound_plural(head: str) -> bool:
    """Whether a bare noun in -ين is more likely a plural than a dual: a participle or a nisba noun whose only
    plural is the sound one ("مقتل مدنيين", "إصابة مسلحين", "مقتل عسكريين" are "civilians", "gunmen", "soldiers"),
    not a noun with a broken plural ("جنديين", "طفلين", "شخصين" are two: جنود, أطفال, أشخاص)."""
    if not head.endswith("ين") or head.endswith("ان"):
        return False
    stem = head[:-2]
    return stem not in _cas_lexicon().broken_plural_nisba and (
        stem.endswith("ي") or stem.startswith("م") and len(stem) >= 4)


def _cas_single(tokens: list[Token], i: int, lo: int, hi: int, text: str, lex: Lexicon,
                forms: list[tuple[str, ...]]) -> dict | None:
    """One casualty at token ``i`` when it is an indefinite singular casualty noun with no number before it
    ("أسفر عن قتيل و4 جرحى"; not "أي قتيل", "بين قتيل وجريح", "100 قتيل"), or a verb that felled one
    ("فأردوه قتيلا", with ``cas_skip``: the tokens it takes), else None."""
    cas = _cas_lexicon()
    if i + 1 < hi and not cas.felled_one.isdisjoint(forms[i]) and not cas.felled_nouns.isdisjoint(forms[i + 1]):
        return {"count": 1, "group": tokens[i].text, "outcome": "killed", "cas_skip": 2}  # "فأردوه قتيلا"
    if i > lo and not cas.felled_one.isdisjoint(forms[i - 1]):
        return None  # the "قتيلا" of "فأردوه قتيلا", counted with the verb
    outcome = next((cas.single_nouns[f] for f in forms[i] if f in cas.single_nouns), None)
    if outcome is None or i > lo and (token_number(tokens[i - 1], text, lex) is not None
                                      or tokens[i - 1].norm in lex.many_words
                                      or any(not cas.single_not_after.isdisjoint(forms[k])
                                             for k in range(max(lo, i - 2), i))):
        return None
    return {"count": 1, "group": tokens[i].text, "outcome": outcome}


def _cas_word_number(tok: Token, text: str, lex: Lexicon) -> int | None:
    """``token_number``, and the hundreds it does not know ("مئتي", "ثلاثمئة"), proclitics allowed."""
    n = token_number(tok, text, lex)
    if n is not None:
        return n
    hundreds = _cas_numbers()[0]
    return next((hundreds[f] for f in _forms(tok, text) if f in hundreds), None)


def _cas_number(tokens: list[Token], k: int, hi: int, text: str, lex: Lexicon) -> tuple[int, int] | None:
    """(value, the token after it) of a number written in one or more words from token ``k``: "أحد عشر",
    "اثني عشر", "خمسة عشر", "ثلاثة وثمانين", "مئة وخمسين", "مئتي", "ثلاث مئة", "15 ألف", "ثلاثة آلاف
    وخمسمئة"; else None. Words joined by "و" add up only when they are words (not digits) and each is
    smaller than the magnitude before it."""
    if k >= hi:
        return None
    _, multipliers, teens, eleven, twelve = _cas_numbers()
    forms = _forms(tokens[k], text)
    nxt = _forms(tokens[k + 1], text) if k + 1 < hi else ()
    if not teens.isdisjoint(nxt) and not (eleven | twelve).isdisjoint(forms):
        value, e = (11 if not eleven.isdisjoint(forms) else 12), k + 2  # "أحد عشر", "اثنتي عشرة"
    else:
        value = _cas_word_number(tokens[k], text, lex)
        if value is None:
            return None
        e = k + 1
        if value < 10 and e < hi and tokens[e].norm in teens:
            value, e = value + 10, e + 1  # "ثلاثة عشر"
    if value < 10 and e < hi and tokens[e].norm in multipliers and multipliers[tokens[e].norm] == 100:
        value, e = value * 100, e + 1  # "ثلاث مئة"
    if value < 1000 and e < hi and tokens[e].norm in multipliers and multipliers[tokens[e].norm] == 1000:
        value, e = value * 1000, e + 1  # "15 ألف", "ثلاثة آلاف"
    while e < hi and tokens[e].kind == "word" and tokens[k].kind == "word" and tokens[e].text.startswith("و") \
            and len(tokens[e].text) > 1:
        rest = _cas_number(tokens, e, hi, text, lex)
        if rest is None:
            break
        low = value % 1000 if value >= 1000 and value % 1000 else value % 100 if value >= 100 else value
        if value < 10 and rest[0] >= 20 and rest[0] % 10 == 0 and rest[0] < 100 \
                or value >= 100 and low == 0 and rest[0] < (1000 if value % 1000 == 0 else 100):
            value, e = value + rest[0], rest[1]  # "ثلاثة وثمانين", "مئة وخمسين", "ألف ومئتين"
        else:
            break
    return value, e


_QUOTES = frozenset('"«»“”\'')


def _group_end(tokens: list[Token], g0: int, hi: int, lex: Lexicon, words: int = 3) -> int:
    """The end of a casualty group of up to ``words`` words from token ``g0``: it stops at a stop word,
    at "و" that joins the next group or clause, or at punctuation other than quotes ("عناصر «قسد»")."""
    g1, n = g0, 0
    while g1 < hi and n < words and (tokens[g1].text in _QUOTES or tokens[g1].kind == "word"
                                     and tokens[g1].norm not in lex.group_stops
                                     and not (n and tokens[g1].text.startswith("و"))):
        n += tokens[g1].kind == "word"
        g1 += 1
    return g1


def _count_and_group(tokens: list[Token], j: int, hi: int, text: str, lex: Lexicon) -> tuple[int | None, int, int]:
    """At token ``j`` (after a casualty head): (count, group start, group end)."""
    start = j
    if j < hi and tokens[j].text in _QUOTES:
        j += 1  # 'مقتل "أكثر من 70 عنصرا"'
    between = lex.casualty_times | lex.casualty_subjects | lex.casualty_manner
    while j < hi and j - start < 3 and tokens[j].norm in between:
        # "قتلوا الاثنين", "أصيب أمس ثلاثة جنود": the day, not a count; "أصاب الانفجار 4": the subject;
        # "أصيب بجروح خطيرة أربعة": how they were hurt
        j += 1
    m = (lex.approximators.match_at(tokens, j, text, hi)
         or _cas_lexicon().approximators.match_at(tokens, j, text, hi)) if j < hi else None
    if m is not None:
        j = m.last + 1
    if j >= hi:
        return None, j, j
    if tokens[j].norm in lex.many_words:
        return None, j, j  # "مقتل عشرات المدنيين", "إصابة المئات": no number
    number = _cas_number(tokens, j, hi, text, lex)  # "ثلاثة وعشرين", "أحد عشر", "مئة وعشرين", "مئتي"
    count, g0 = number if number is not None else (None, j)
    if count is not None and g0 < hi and len(tokens[g0].text) > 1 and tokens[g0].text.startswith("و") \
            and token_number(tokens[g0], text, lex) is None:
        return count, g0, g0  # "مقتل 2 وإصابة 5": no group, the next head follows
    g1 = _group_end(tokens, g0, hi, lex)
    if count is not None and g1 == g0 < hi - 1 and tokens[g0].norm == "من" and tokens[g0 + 1].kind == "word":
        g0 = g0 + 1  # "مقتل 8 من عناصر قسد": the group after "من"
        g1 = _group_end(tokens, g0, hi, lex)
    if count is None and g0 + 1 < hi and tokens[g0].norm.startswith("ال") and tokens[g0 + 1].norm.startswith("ال") \
            and token_number(tokens[g0 + 1], text, lex) is not None and tokens[g0 + 1].norm not in lex.casualty_times:
        # "المهاجمين الثلاثة", "الجنود الأربعة" (not "الاثنين", Monday)
        return token_number(tokens[g0 + 1], text, lex), g0, g0 + 2
    if count is None and g1 > g0:
        heads = _forms(tokens[g0], text)
        head = heads[-1]  # without a proclitic: "وجندي" -> "جندي"
        if any(h in lex.person_singular or h.startswith("ال") and h[2:] in lex.person_singular for h in heads) \
                or not lex.one_of.isdisjoint(heads):
            count = 1  # "مقتل جندي", "مقتل الجندي", "مقتل أحد عناصر الشرطة"
        elif not lex.person_duals.isdisjoint(heads):
            count = 2  # "وطفلاها": a dual with the pronoun of its owner
        elif dual(head) and head not in lex.not_duals and not (g0 + 1 >= g1 and _cas_sound_plural(head)) and (
                g0 + 1 >= g1 or head.endswith(("يين", "ان")) or tokens[g0 + 1].norm.endswith(("يين", "يان"))
                or tokens[g0 + 1].norm in ("اثنين", "اثنان")):
            count = 2  # "جنديين", "ضابطان برتبة نقيب" (-ان: a nominative dual; the plural ends in -ون)
    if g0 < g1 < hi - 1 and tokens[g1].norm == "من" and tokens[g1 + 1].kind == "word" \
            and token_number(tokens[g1 + 1], text, lex) is None:
        # "ستة أعوان من الحرس الوطني": the body they belong to is part of the group, up to "و" that joins
        # the next group or clause ("... الوطني وأصيب ثلاثة")
        end = _group_end(tokens, g1 + 1, hi, lex)
        g1 = end if end > g1 + 1 else g1  # not "من" alone: "22 شخصا من بينهم"
    return count, g0, _tol_group_end(tokens, g0, g1, lex)


def _tol_group_end(tokens: list[Token], g0: int, g1: int, lex: Lexicon) -> int:
    """The end of the casualty group [g0, g1) without the words after it that tell when, not who: a day or a
    part of it ("5 أشخاص [اليوم الأربعاء]", "عسكريين [ظهر اليوم]"). Not words with "ب" ("عسكري بثكنة"):
    cut there, "إصابة ضابط وجنديين [بانفجار عبوة]" became one group of two bare nouns (``_bare``)."""
    for k in range(g0 + 1, g1):
        if tokens[k].norm in lex.casualty_times:
            return k
    return g1


def _count_before(tokens: list[Token], i: int, lo: int, text: str, lex: Lexicon) -> tuple[int, int] | None:
    """(count, group token) of "N noun" within six words before token ``i``, if any."""
    for k in range(i - 2, max(lo, i - 7) - 1, -1):
        n = token_number(tokens[k], text, lex)
        if n is not None and tokens[k + 1].kind == "word" and token_number(tokens[k + 1], text, lex) is None:
            # "أكثر من مئة وخمسين شخصا أصيبوا": the whole number, from its first word
            n, first = next(((v[0], s) for s in range(max(lo, k - 4), k)
                             if (v := _cas_number(tokens, s, k + 1, text, lex)) is not None and v[1] == k + 1), (n, k))
            # "إن 22 شخصا، بينهم 12 من العاملين، قتلوا": the whole, not a part of it
            back = [b for b in range(first - 1, max(lo, first - 6) - 1, -1)]
            back = back[:next((n for n, b in enumerate(back) if tokens[b].kind == "punct"), len(back))]
            part = next((b for b in back if tokens[b].norm in lex.breakdown_words), None)
            whole = _count_before(tokens, part + 1, lo, text, lex) if part is not None else None
            return whole or (n, k + 1)
    return None


def _subject_before(tokens: list[Token], i: int, lo: int, text: str, lex: Lexicon) -> tuple[int, int, int] | None:
    """(count, group start, group end) of a person subject right before the casualty verb at token ``i`` after
    "إن", "أن" ("قال الجيش إن جنديا قتل" 1, "إن مدنيين اثنين قتلا" 2), else None."""
    for k in (i - 1, i - 2):
        if k - 1 >= lo and tokens[k - 1].norm in lex.subject_openers:
            count, g0, g1 = _count_and_group(tokens, k, i, text, lex)
            return (count, g0, g1) if count is not None and g1 == i else None
    return None


_ILA = normalize("إلى")


def _toll(tokens: list[Token], i: int, hi: int, text: str, lex: Lexicon,
          forms: list[tuple[str, ...]]) -> tuple[dict, int] | None:
    """"(ارتفعت|خفضت) حصيلة [القتلى|الجرحى|الهجوم ...] إلى N" or "عدد القتلى إلى N" at token ``i``:
    (the casualty with ``toll`` set, the token after the number). ``forms``: ``_doc_forms``."""
    if lex.toll_heads.isdisjoint(forms[i]):
        return _second_toll(tokens, i, hi, text, lex, forms)

    def outcome(end: int) -> str:  # "حصيلة الجرحى": wounded; "حصيلة القتلى", "حصيلة الهجوم": killed
        words = {f for fs in forms[i:end] for f in fs}
        return "wounded" if words & lex.wounded_nouns and not words & lex.killed_nouns else "killed"

    if i > 0 and {_verb(f) for f in forms[i - 1]} & {"بلغ", "بلغت"}:
        # "بلغ عدد الجرحى 284": the figure right after the noun
        for j in range(i + 1, min(hi, i + 4)):
            n = token_number(tokens[j], text, lex)
            if n is not None:
                return {"count": n, "group": None, "outcome": outcome(j), "toll": True}, j + 1
    for j in range(i + 1, min(hi - 1, i + 12)):
        if tokens[j].norm == _ILA:
            number = _cas_number(tokens, j + 1, hi, text, lex)  # "إلى ثلاثة وثمانين قتيلا"
            if number is None:
                return None
            n, e = number
            group = tokens[e].text if e < hi and tokens[e].kind == "word" \
                and tokens[e].norm not in lex.group_stops \
                and not _second_toll(tokens, e, hi, text, lex, forms) else None
            if group is None:
                return {"count": n, "group": None, "outcome": outcome(min(hi, e)), "toll": True}, e
            return {"count": n, "group": group, "outcome": outcome(min(hi, e + 1)), "toll": True}, e
        if tokens[j].kind == "punct" and tokens[j].text not in "«»\"":
            return None
    return None


def _other_head(tokens: list[Token], j: int, hi: int, text: str, lex: Lexicon, outcome: str) -> int | None:
    """The token after a head of the other outcome joined to a verbal noun of casualties right before token
    ``j`` ("مقتل [وإصابة] 20 شخصا"), else None."""
    if j >= hi or not tokens[j].text.startswith("و"):
        return None
    if lex.verbal_nouns.isdisjoint(_forms(tokens[j - 1], text)) and not (
            j + 1 < hi and token_number(tokens[j + 1], text, lex) is not None
            and _count_before(tokens, j - 1, max(0, j - 12), text, lex) is None
            and _subject_before(tokens, j - 1, max(0, j - 4), text, lex) is None):
        return None  # "إن 28 شخصا قتلوا وأصيب 70 آخرون": a verb with its own count; not "قتل وجرح 25 شخصا"
    other = lex.wounded if outcome == "killed" else lex.killed
    m = other.match_at(tokens, j, text, hi)
    return m.last + 1 if m is not None and m.payload != outcome else None


def _count_after_phrase(tokens: list[Token], j: int, hi: int, text: str, lex: Lexicon) -> tuple[int, int, int] | None:
    """(count, group start, group end) of the first count within eight words from token ``j``, past a phrase
    about the event ("قتل في [الهجوم على البلدة أمس] أربعة مدنيين"); None at punctuation or another head."""
    for k in range(j, min(hi, j + 8)):
        if tokens[k].kind == "punct" or lex.killed.match_at(tokens, k, text, hi) \
                or lex.wounded.match_at(tokens, k, text, hi):
            return None
        if token_number(tokens[k], text, lex) is not None:
            count, g0, g1 = _count_and_group(tokens, k, hi, text, lex)
            return (count, g0, g1) if count is not None and g1 > g0 else None
    return None


def _added_group(tokens: list[Token], j: int, hi: int, text: str, lex: Lexicon) -> tuple[dict, int] | None:
    """({count, group}, the token after it) of a group added to a toll at token ``j`` ("، إضافة إلى منفذ
    الهجوم", "فضلا عن الانتحاري"), else None."""
    k = j + (j < hi and tokens[j].text in ("،", ","))
    m = lex.addition_words.match_at(tokens, k, text, hi) if k < hi else None
    if m is None:
        return None
    count, g0, g1 = _count_and_group(tokens, m.last + 1, hi, text, lex)
    if count is None or g1 == g0:
        return None
    return {"count": count, "group": text[tokens[g0].start:tokens[g1 - 1].end]}, g1


def _bare(tokens: list[Token], g0: int, g1: int, text: str, lex: Lexicon) -> bool:
    """Whether the casualty group [g0, g1) is one noun that is its own count, with no number before it
    ("جندي", "وطفلاها", "مدنيان"; not "3 جنود", "قائد فيلق القدس")."""
    return g1 - g0 == 1 and g0 > 0 and token_number(tokens[g0 - 1], text, lex) is None \
        and token_number(tokens[g0], text, lex) is None and tokens[g0 - 1].norm != "من"


def _second_toll(tokens: list[Token], i: int, hi: int, text: str, lex: Lexicon,
                 forms: list[tuple[str, ...]]) -> tuple[dict, int] | None:
    """The second figure of a revised toll at token ``i``, right after the first ("عدد القتلى إلى 20 [والجرحى
    إلى 45]"): (the casualty with ``toll`` set, the token after the number), else None."""
    if not (0 < i < hi - 2 and tokens[i].text.startswith("و") and token_number(tokens[i - 1], text, lex) is not None
            and tokens[i + 1].norm == _ILA):
        return None
    words = set(forms[i])
    outcome = "wounded" if words & lex.wounded_nouns else "killed" if words & lex.killed_nouns else None
    n = token_number(tokens[i + 2], text, lex)
    if outcome is None or n is None:
        return None
    return {"count": n, "group": None, "outcome": outcome, "toll": True}, i + 3


def _counted_noun(tokens: list[Token], i: int, lo: int, text: str, lex: Lexicon,
                  forms: list[tuple[str, ...]]) -> dict | None:
    """The casualty at token ``i`` when it is a dual casualty noun with no number before it
    ("سقوط قتيلين وخمسة جرحى": two killed), else None."""
    found = next((lex.counted_nouns[f] for f in forms[i] if f in lex.counted_nouns), None)
    if found is None or i > lo and token_number(tokens[i - 1], text, lex) is not None:
        return None
    return {"count": found[1], "group": tokens[i].text, "outcome": found[0]}


def _listed(tokens: list[Token], j: int, hi: int, text: str, lex: Lexicon) -> tuple[list[dict], int]:
    """The groups listed from token ``j``, joined by "و" ("ثلاثة من عناصر الأمن وثلاثة مدنيين", "مواطنان
    هنديان وآخر باكستاني"): (``{count, group}`` each, the token after the list); stops at the first
    group without a count."""
    parts: list[dict] = []
    while j < hi:
        count, g0, g1 = _count_and_group(tokens, j, hi, text, lex)
        if count is not None and g1 == g0 and g0 + 1 < hi and tokens[g0].norm == "من":
            _, g0, g1 = _count_and_group(tokens, g0 + 1, hi, text, lex)  # "وثلاثة من المدنيين"
        if count is None or g1 == g0:
            break
        start = tokens[g0].start + 1 if tokens[g0].text[0] == "و" and parts else tokens[g0].start
        parts.append({"count": count, "group": text[start:tokens[g1 - 1].end]})
        j = g1 + (g1 < hi and tokens[g1].text == "و")
        if j == g1 and not (j < hi and tokens[j].text.startswith("و")):
            break
    return parts, j


def _breakdown(tokens: list[Token], j: int, hi: int, text: str, lex: Lexicon, whole: int) -> tuple[list[dict], int]:
    """The groups of a toll of ``whole`` listed after its group at token ``j`` ("7 أشخاص، هم 4 جنود و3
    مدنيين", "22 شخصا، بينهم 12 من موظفيها و10 مرضى"), when they add up to it: (groups, the token after
    them); else ([], j)."""
    k = j + (j < hi and tokens[j].text in ("،", ","))
    if k >= hi or tokens[k].norm not in lex.enumeration_words | lex.breakdown_words | _cas_lexicon().enumeration_duals:
        return [], j
    parts, end = _listed(tokens, k + 1, hi, text, lex)
    if len(parts) < 2 and tokens[k].norm in lex.breakdown_words or sum(p["count"] for p in parts) != whole:
        return [], j
    return parts, end


def _victims_list(tokens: list[Token], i: int, hi: int, text: str, lex: Lexicon,
                  forms: list[tuple[str, ...]]) -> tuple[str, list[dict], int] | None:
    """"القتلى هم ثلاثة من عناصر الأمن وثلاثة مدنيين" at token ``i``: (outcome, the groups, the token
    after them), else None."""
    if i + 1 >= hi or tokens[i + 1].norm not in lex.enumeration_words | _cas_lexicon().enumeration_duals:
        return None
    words = set(forms[i])
    outcome = "killed" if words & lex.killed_nouns else "wounded" if words & lex.wounded_nouns else None
    if outcome is None:
        return None
    parts, end = _listed(tokens, i + 2, hi, text, lex)
    return (outcome, parts, end) if parts else None


def _tol_one_named(tokens: list[Token], g0: int, g1: int, text: str, lex: Lexicon) -> bool:
    """Whether the group [g0, g1) after an assassination names one person: a name or a title with no number
    ("اغتيال شكري بلعيد", "اغتيال الشهيد محمد"); not a weapon ("اغتيال بالرصاص"), a word of many ("اغتيال
    عشرات"), a sound plural ("اغتيال ناشطين") or a word joined by "و"."""
    if g1 <= g0 or tokens[g0].text.startswith("و") or tokens[g0].norm in lex.many_words \
            or token_number(tokens[g0], text, lex) is not None or lex.weapons.match_at(tokens, g0, text, g1):
        return False
    return not tokens[g0].norm.endswith(("ين", "ون", "ات")) or len(tokens[g0].norm) <= 4


def _replace_whole(out: list[dict], outcome: str, parts: list[dict]) -> None:
    """Put the listed groups of the victims of ``outcome`` in ``out``: in place of the whole they add up
    to, or as they are when no casualty of that outcome was counted; else leave ``out`` alone."""
    total = sum(p["count"] for p in parts)
    same = [c for c in out if c["outcome"] == outcome]
    if same and sum(c["count"] for c in same) != total:
        return
    out[:] = [c for c in out if c["outcome"] != outcome] + [{**p, "outcome": outcome} for p in parts]


def casualties(tokens: list[Token], lo: int, hi: int, text: str, lex: Lexicon) -> list[dict]:
    out: list[dict] = []
    seen: set[tuple[int, str]] = set()
    forms = _doc_forms(tokens, text)
    i = lo
    while i < hi:
        toll = _toll(tokens, i, hi, text, lex, forms)
        if toll is not None:  # "ارتفعت حصيلة القتلى إلى 84": the revised figure
            out.append(toll[0])
            i = toll[1]
            continue
        listed = _victims_list(tokens, i, hi, text, lex, forms)
        if listed is not None:  # "القتلى هم ثلاثة جنود وطفل": who the victims counted before were
            _replace_whole(out, listed[0], listed[1])
            i = listed[2]
            continue
        alone = _counted_noun(tokens, i, lo, text, lex, forms)
        if alone is not None:  # "سقوط قتيلين": a dual casualty noun is its own count
            out.append(alone)
            i += 1
            continue
        # "5 قتلى", "ثلاثة جرحى"
        number = _cas_number(tokens, i, hi, text, lex)  # "ثلاثة وثمانين قتيلا": the number may be words
        if number is not None and number[1] < hi:
            n, e = number
            outcome = next((lex.casualty_nouns[f] for f in forms[e] if f in lex.casualty_nouns), None)
            if outcome and e + 1 < hi and tokens[e + 1].text.startswith("و") \
                    and any(lex.casualty_nouns.get(f) not in (None, outcome) for f in forms[e + 1]):
                i = e + 2  # "سقوط 25 قتيلا وجريحا": the dead and the wounded together, neither alone
                continue
            if outcome and (e - 1, outcome) not in seen:
                seen.add((e - 1, outcome))
                out.append({"count": n, "group": tokens[e].text, "outcome": outcome})
                i = e + 1
                continue
        single = _cas_single(tokens, i, lo, hi, text, lex, forms)
        if single is not None:  # "أسفر عن قتيل و4 جرحى": an indefinite singular casualty noun is one
            i += single.pop("cas_skip", 1)
            out.append(single)
            continue
        m = lex.killed.match_at(tokens, i, text, hi) or lex.wounded.match_at(tokens, i, text, hi) \
            or _cas_head(tokens, i, hi, text, forms)
        if m is None:
            i += 1
            continue
        outcome = "killed" if m.payload == "cas_named" else m.payload
        j = m.last + 1
        both = _other_head(tokens, j, hi, text, lex, outcome)
        if both is not None:  # "مقتل وإصابة 20 شخصا": the dead and the wounded together, neither alone
            i = max(i + 1, _count_and_group(tokens, both, hi, text, lex)[2])
            continue
        count, g0, g1 = _count_and_group(tokens, j, hi, text, lex)
        if count is None and j < hi and tokens[j].norm in lex.casualty_preps:
            count, g0, g1 = _count_after_phrase(tokens, j + 1, hi, text, lex) or (count, g0, g1)
        if count is None and m.payload == "cas_named" and set(forms[m.first]) & _words("tol_")["assassinated"] \
                and _tol_one_named(tokens, g0, g1, text, lex):
            count = 1  # "اغتيال شكري بلعيد", "اغتيل الشهيد": the person assassinated, named
        own = next((lex.pronoun_heads[f][1] for f in forms[m.last] if f in lex.pronoun_heads), None)
        if own is not None:  # "ما أدى إلى مقتله وستة من مرافقيه": the person(s) named by the pronoun
            count, g0, g1 = own, j, j
        if count is None and outcome == "killed":  # "قال إن جنديا قتل": the subject before the verb
            count, g0, g1 = _subject_before(tokens, m.first, lo, text, lex) or (None, g0, g1)
        if count is None and tokens[m.first].norm.endswith("وا"):
            # the count before a plural verb: "إن 28 شخصا على الأقل قتلوا"
            back = _count_before(tokens, m.first, lo, text, lex)
            if back is not None:
                count, g0 = back
                parts = _breakdown(tokens, g0 + 1, m.first, text, lex, count)[0]
                out.extend({**p, "outcome": outcome} for p in parts or [{"count": count, "group": tokens[g0].text}])
                i = m.last + 1
                continue
        if count is not None:
            out.append({"count": count, "group": text[tokens[g0].start:tokens[g1 - 1].end] if g1 > g0 else None,
                        "outcome": outcome, **({"cas_named": True} if m.payload == "cas_named" else {})})
            seen.add((g0 - 1, outcome))
            j = g1 + (g1 < hi and tokens[g1].norm in lex.fate_words)  # "لقي طفل مصرعه": not a second death
            added = _added_group(tokens, j, hi, text, lex)
            if added is not None:  # "مقتل 5 أشخاص، إضافة إلى منفذ الهجوم"
                out.append({**added[0], "outcome": outcome})
                j = added[1]
            parts, j = _breakdown(tokens, j, hi, text, lex, count)
            if parts:  # "مقتل 7 أشخاص، هم 4 جنود و3 مدنيين": the groups instead of the whole
                out[-1:] = [{**p, "outcome": outcome} for p in parts]
            if j < hi and (tokens[j].norm == "من" or tokens[j].text.startswith("و")) \
                    and not (lex.killed.match_at(tokens, j, text, hi) or lex.wounded.match_at(tokens, j, text, hi)):
                # "14 عنصرا من قوات النظام وتسعة من مسلحي الهيئة", "23 مقاتلا من الفصيل وحلفائه و17 عنصرا"
                k = j + 1
                while k < hi and k - j <= 4 and tokens[k].kind == "word" and not tokens[k].text.startswith("و"):
                    k += 1
                if k < hi and tokens[k].text.startswith("و") and (
                        token_number(tokens[k], text, lex) is not None
                        or tokens[k].text == "و" and k + 1 < hi and token_number(tokens[k + 1], text, lex) is not None):
                    j = k
            if out and out[-1]["count"] == 1 and out[-1]["outcome"] == outcome:
                j = _cas_after_description(tokens, j, hi, text, lex)
            # "3 جنود عراقيين ومتعاقدين أجنبيين": a second group joined by و
            if j + 1 < hi and tokens[j].text == "و" and token_number(tokens[j + 1], text, lex) is not None:
                j += 1  # "و5 من مقاتلي العشائر": the conjunction is a token of its own before digits
            if j < hi and (tokens[j].text.startswith("و") and len(tokens[j].text) > 2 or tokens[j - 1].text == "و"):
                c2, h0, h1 = _count_and_group(tokens, j, hi, text, lex)
                if c2 is not None and h1 == h0 and h0 + 1 < hi and tokens[h0].norm == "من":
                    _, h0, h1 = _count_and_group(tokens, h0 + 1, hi, text, lex)  # "وتسعة من مسلحي الهيئة"
                if c2 is not None and h1 > h0:
                    start = tokens[h0].start + 1 if h0 == j and tokens[j].text[0] == "و" else tokens[h0].start
                    # "وفاة 6 أشخاص و33 جريحا": a casualty noun of the other outcome counts that outcome
                    noun = next((lex.casualty_nouns[f] for f in forms[h0] if f in lex.casualty_nouns), outcome)
                    second = {"count": c2, "group": text[start:tokens[h1 - 1].end], "outcome": noun}
                    if noun == outcome and _bare(tokens, g0, g1, text, lex) and _bare(tokens, h0, h1, text, lex) \
                            and out[-1]["group"]:
                        # "مقتل ضابط وجندي", "لقيت سيدة وطفلاها حتفهم": one group of the people named
                        out[-1] = {**out[-1], "count": out[-1]["count"] + c2,
                                   "group": text[tokens[g0].start:tokens[h1 - 1].end]}
                    else:
                        out.append(second)
                    j = h1
        i = max(i + 1, j)
    if any(c["outcome"] == "killed" and not c.get("cas_named") for c in out):
        # "اغتيال العاروري ... أسفرت عن مقتله وستة من رفاقه": the person assassinated is among the dead counted
        out = [c for c in out if not c.get("cas_named")]
    return [{k: v for k, v in c.items() if k != "cas_named"} for c in out]


# -- slots ---------------------------------------------------------------------------


def _tok_range(starts: list[int], start: int, end: int) -> tuple[int, int]:
    return bisect_left(starts, start), bisect_right(starts, end - 1)


def _in(span, lo_char: int, hi_char: int) -> bool:
    return lo_char <= span.start and span.end <= hi_char


def _day(value: str | None) -> str | None:
    if value and re.match(r"^[\dX]{4}-[\dX]{2}-[\dX]{2}", value):
        return value[:10]
    return None


def _month(value: str | None) -> str | None:
    if value and re.match(r"^\d{4}-\d{2}$", value):
        return value
    return None


def _loc_front_place(e: Entity, kb) -> Entity | None:
    """An organisation or faction entity that is a front named after a place ("جبهة صرواح", "محور عين
    زارة"): the place, as a place entity over the same span (the front word kept, as the corpus keeps
    "محور عين زارة")."""
    words = e.text.split()
    if e.label not in ("ORG", "FACTION") or len(words) < 2 or normalize(words[0]) not in _words("loc_")["front_words"]:
        return None
    key = alias_key(" ".join(words[1:]))
    kb_id = next((i for rest, i in kb.index.get(key[0], []) if rest == key[1:]), None) if key else None
    entry = kb.get(kb_id) or {}
    if entry.get("label") not in ("GPE", "LOC"):
        return None
    return Entity(text=e.text, start=e.start, end=e.end, label=entry["label"], kb_id=kb_id,
                  canonical=entry["canonical"])


def _loc_road_end(tokens: list[Token], k: int, forms: list[tuple[str, ...]], first: bool) -> bool:
    """Token ``k`` opens an end of a road named by its two ends: the first end ("الطريق الرابط بين X وY",
    "طريق X - Y") when ``first``, else the second ("... وY", "X - Y")."""
    roads = _words("loc_")["road_words"]

    def road_before(j: int) -> bool:
        return any(not roads.isdisjoint(forms[i]) for i in range(max(0, j - 3), j))
    if first:
        return k > 0 and (tokens[k - 1].norm == "بين" and road_before(k - 1) or not roads.isdisjoint(forms[k - 1]))
    if tokens[k].text.startswith("و") and any(t.norm == "بين" for t in tokens[max(0, k - 5):k]):
        j = next(i for i in range(k - 1, max(-1, k - 6), -1) if tokens[i].norm == "بين")
        return road_before(j)
    # "طريق X - Y": the hyphen after a name that follows a road word
    return k > 2 and tokens[k - 1].text in "-–—" \
        and any(not roads.isdisjoint(forms[i]) for i in range(max(0, k - 5), k - 2))


def _loc_speaker_place(tokens: list[Token], k: int, end: int, forms: list[tuple[str, ...]], lex: Lexicon) -> bool:
    """The place in tokens [k, end) sits between a reporting verb and what was said ("أعلنت وزارة الدفاع في
    صنعاء أن ...", "قال مصدر أمني في بغداد إن ...") or in the source a report is attributed to ("بحسب
    مسؤول محلي في مدينة كادونا"): where the speaker is, not where it happened."""
    marks = lex.clause_marks | {".", "(", ")", "«", "»", '"'}
    sources = _words("loc_")["attribution_words"]
    for j in range(k - 1, max(-1, k - 6), -1):  # "، بحسب مسؤول محلي في مدينة كادونا."
        if tokens[j].text in marks:
            break
        if not sources.isdisjoint(forms[j]):
            return True
    after = [j for j in range(end, min(len(tokens), end + 3))]
    said = next((j for j in after if not lex.complementizers.isdisjoint(forms[j])), None)
    if said is None or any(tokens[j].text in marks for j in range(end, said)):
        return False
    for j in range(k - 1, max(-1, k - 7), -1):
        if tokens[j].text in marks:
            return False
        if not lex.reporting_verbs.isdisjoint(forms[j]) or not lex.acknowledge_verbs.isdisjoint(forms[j]):
            return True
    return False


def _loc_finer(broad: "Place", others: list["Place"], kb) -> list["Place"]:
    """The places of ``others`` that are more specific than ``broad`` (a district, province or country) and
    may lie in it: the gazetteer puts them there, or does not know them ("اقتحموا مستشفى الفاشر الجنوبي
    ...، ما أجبر ... وزارة الصحة في ولاية شمال دارفور")."""
    outer = kb.get(broad.kb_id) or {}
    names = {broad.canonical, outer.get("canonical")} - {None}
    out = []
    for p in others:
        if p.launch or p.rank > 3 or p.start == broad.start:
            continue
        entry = kb.get(p.kb_id) or {}
        if not p.kb_id or entry.get("admin1") in names or entry.get("country") == outer.get("country") and \
                outer.get("type") == "country":
            out.append(p)
    return out


@dataclass
class Place:
    start: int
    end: int
    text: str
    rank: int
    kb_id: str | None
    canonical: str | None
    launch: bool = False
    locative: bool = True  # after "في", "قرب", a direction, or with "ب" on it
    plc_country: str | None = None  # of the nationality adjective after the name ("مدينة كيبيك الكندية": CA)


def _places(doc: Document, lo: int, hi: int, kb, lex: Lexicon, starts: list[int]) -> list[Place]:
    """Place candidates in tokens [lo, hi): gazetteer entities and designator phrases."""
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    out: list[Place] = []
    s_char, e_char = tokens[lo].start, tokens[hi - 1].end
    ents = [e for e in doc.entities if e.label in PLACE_LABELS and _in(e, s_char, e_char)
            and normalize(e.text) not in lex.designators]  # "على قرية في ولاية زامفارا": no name, not a place
    fronts = [f for f in (_loc_front_place(e, kb) for e in doc.entities if _in(e, s_char, e_char)) if f is not None]
    ents = sorted(ents + fronts, key=lambda e: e.start)
    covered = set()
    for e in ents:
        entry = kb.get(e.kb_id) or {}
        capital = _plc_capital(tokens, bisect_right(starts, e.start) - 1, forms, e, kb) \
            if entry.get("type") == "country" else None
        if capital is not None:  # "في العاصمة، عمان", "بالعاصمة تونس": the city, not the country
            entry = kb.get(capital)
            e = Entity(text=e.text, start=e.start, end=e.end, label=e.label, kb_id=capital, canonical=entry["canonical"])
        first = normalize(e.text.split()[0]) if e.text.split() else ""
        if e.label in ("BASE", "FACILITY") or not e.kb_id and _plc_named_site(e.text):
            rank = 0  # "هجوم على معسكر بامبا في منطقة غاو": a camp the NER called a place is still the site
        elif first in lex.designators:  # how specific its designator is ("مدينة طفس", "ريف درعا")
            rank = lex.designators[first][1]
        else:
            rank = TYPE_RANK.get(entry.get("type"), 2)
        out.append(Place(e.start, e.end, e.text, rank, e.kb_id, e.canonical))
        covered.update(range(e.start, e.end))
    for k in range(lo, hi - 1):
        label, rank = next((lex.designators[f] for f in forms[k] if f in lex.designators), (None, None))
        if label is None or tokens[k].start in covered:
            continue
        # the name: the following word(s) up to punctuation or a stop word; an entity there wins
        j = k + 1
        if tokens[j].kind != "word" or tokens[j].norm in lex.group_stops or tokens[j].norm in lex.not_names \
                or tokens[j].norm in _words("plc_")["not_names"] \
                or tokens[j].norm.endswith(("ي", "يه")) and tokens[j].norm not in _words("loc_")["name_heads"] \
                or not _DIRECTIONS.isdisjoint(forms[j]):
            continue  # "حي سكني", "منطقة حدودية", "منطقة جنوب X": a description, not a name ("منطقة سيدي علي" is)
        ent = next((e for e in ents if e.start == tokens[j].start or e.start == tokens[k].start), None)
        if ent is not None or any(e.label == "FACTION" and e.start <= tokens[j].start < e.end
                                  for e in doc.entities):
            continue  # "تنظيم ولاية خراسان": a group named after a province is no place
        end = j
        while tokens[end].norm in _words("loc_")["name_heads"] and end + 1 < hi and end - j < 2 \
                and tokens[end + 1].kind == "word" and tokens[end + 1].norm not in lex.group_stops:
            end += 1  # "قرية البو عجيل", "بلدة عين عيسى", "منطقة أولاد بن سالم": the first words of a compound name
        while end + 1 < hi and end - j < 1 and tokens[end + 1].kind == "word" \
                and tokens[end + 1].norm.startswith("ال") and tokens[end + 1].norm not in lex.group_stops \
                and tokens[end + 1].norm not in _words("plc_")["name_stops"] \
                and not tokens[end + 1].norm.endswith(("يه", "ي")):
            end += 1  # "حي الجامعة", but no participle ("بلدة الحصن التابعة لمحافظة إربد")
        start = next((s for s, f in name_forms(tokens[k], text) if f in lex.designators), tokens[k].start)
        out.append(Place(start, tokens[end].end, text[start:tokens[end].end], rank, None, None))
    if not out:  # "العاصمة" alone names the place only when nothing else does
        out = _plc_bare_capitals(doc, lo, hi, forms, covered, kb)
    named = {id(p) for p in out[:len(ents)]}  # the gazetteer entities, not the designator phrases
    times = [t for t in doc.timexes if t.start < e_char and s_char < t.end]
    out = [p for p in out if not any(t.start < p.end and p.start < t.end for t in times)]  # "أغسطس/أب"
    dateline = _dateline_end(text)
    taken: set[int] = set()  # hospitals the wounded were taken to, home towns, time zones
    for p in out:
        k = bisect_right(starts, p.start) - 1  # the token the place starts in (after a proclitic too)
        if id(p) in named and k > lo and tokens[k - 1].start not in covered:
            label, rank = next((lex.designators[f] for f in forms[k - 1] if f in lex.designators), (None, None))
            if label is not None:  # "قرب بلدة باغا": the designator opens the phrase and tells how specific it is
                k -= 1
                if rank <= TYPE_RANK["village"]:  # "قرية X", "بلدة X": a village, whatever the gazetteer calls X
                    p.rank = min(p.rank, rank)
        if _plc_not_a_place(tokens, k, p, forms, kb):
            taken.add(id(p))  # a home town, a time zone, a nationality adjective: never where it happened
            continue
        p.plc_country = _plc_adjective_country(tokens, bisect_left(starts, p.end), hi, forms, kb)
        # "بالقرب من X", "على مقربة من X": near X, not launched from X
        near = k > 1 and tokens[k - 1].norm in lex.launch_words and not lex.near_words.isdisjoint(forms[k - 2])
        p.locative = near or _locative(tokens, k, forms)
        if p.end <= dateline:
            p.launch = True  # "بغداد - (رويترز)": where the report was filed, not where it happened
        elif k > 0 and not _DIRECTIONS.isdisjoint(forms[k - 1]):
            p.launch = True  # "في ناحية الرياض جنوب غربي كركوك": Kirkuk is the reference point
        elif _loc_speaker_place(tokens, k, bisect_left(starts, p.end), forms, lex):
            p.launch = True  # "أعلنت وزارة الدفاع في صنعاء أن غارة ...": where it was said
        elif _loc_road_end(tokens, k, forms, False):
            p.launch = True  # "الطريق الرابط بين X وY", "طريق X - Y": the second end of the road is not the place
        elif any(t.norm == "بين" for t in tokens[max(0, k - 4):k]) and (
                tokens[k - 1].norm == "بين" or tokens[k].text.startswith("و")) \
                and not (p.kb_id and _loc_road_end(tokens, k, forms, True)):
            # "المنطقة الواقعة بين X وY": the ends of an area, not where it happened; nor the ends of a road
            # that the gazetteer does not know ("بين قرية العين ومنطقة الوادي بمعتمدية تالة": Thala)
            p.launch = True
        elif k > 0 and tokens[k - 1].norm in _words("plc_")["name_stops"]:
            p.launch = True  # "بمعتمدية بئر الحفي التابعة لسيدي بوزيد": what the place before lies in
        elif k > 0 and not _words("loc_")["street_words"].isdisjoint(forms[k - 1]):
            p.launch = True  # "شارع مكة المكرمة في مقديشو": a street named after a place, not the place
        elif p.rank == TYPE_RANK["country"] and not p.locative:
            p.launch = True  # "شنت الولايات المتحدة غارات", "فصائل موالية لإيران": an actor, not a place
        elif k > 0 and tokens[k - 1].norm in lex.launch_words and not near:
            p.launch = True
        elif k > 0 and tokens[k - 1].norm in lex.destination_words and not _where(tokens, p, hi, forms, lex, starts):
            p.launch = True  # "نقلوا إلى مستشفى المدينة", "امتدت إلى محيط المطار": where it went, not where it was
            if not _words("loc_")["destination_only"].isdisjoint(forms[k]):
                taken.add(id(p))  # "نقل الجرحى إلى مستشفى الثورة": never where it happened
        elif not p.locative and normalize(p.text) in lex.capital_actors:
            p.launch = True  # "وردت واشنطن بغارة", "اتهمت طهران": the government, not a place of the event
        elif any(f in lex.seat_words for fs in forms[max(0, k - 3):k] for f in fs):
            p.launch = True  # "صدر من مقرها في مدينة شتوتغارت": the speaker's seat
        elif k > 0 and tokens[k - 1].norm in lex.designators and k > 1 and tokens[k - 2].norm in lex.launch_words:
            p.launch = True
    return [p for p in out if id(p) not in taken]


def _plc_capital(tokens: list[Token], k: int, forms: list[tuple[str, ...]], e: Entity, kb) -> str | None:
    """The capital city named like the country entity ``e`` (from token ``k``) when "العاصمة" stands before it, with
    its adjectives and a comma ("في العاصمة، عمان", "بالعاصمة الأردنية عمان", "العاصمة تونس"): the gazetteer's
    city whose alias is the name with "العاصمة" ("عمان العاصمة": Amman, not Oman; "تونس العاصمة": Tunis)."""
    heads = _words("plc_")["capital_words"]
    j = k - 1
    while j >= 0 and k - j <= 3 and heads.isdisjoint(forms[j]) and (tokens[j].text in "،," or (
            tokens[j].norm.startswith("ال") and tokens[j].norm.endswith(("يه", "ي")))):
        j -= 1  # a comma, the nisba adjectives ("الأردنية")
    if j < 0 or k - j > 3 or heads.isdisjoint(forms[j]):
        return None
    key = alias_key(e.text) + (normalize("العاصمة"),)
    return next((i for rest, i in kb.index.get(key[0], []) if rest == key[1:]
                 and (kb.get(i) or {}).get("type") in ("city", "town")), None)


def _plc_other_events(doc: Document, places: list[Place], trigger: Match, starts: list[int]) -> None:
    """Mark as a reference the places of ``places`` that name another event, right after its noun ("غارات على
    معسكرات في ليبيا ... للتخطيط لهجوم المنيا", "منذ تفجير مانشستر"): where that one was, not this one; the
    trigger's own noun keeps its place ("مسيرات منددة بهجوم سوسة")."""
    nouns = _words("plc_")["event_nouns"]
    forms = _doc_forms(doc.tokens, doc.text)
    for p in places:
        k = bisect_right(starts, p.start) - 1
        if k > 0 and not nouns.isdisjoint(forms[k - 1]) and not (
                doc.tokens[k - 1].start <= trigger.start < doc.tokens[k - 1].end):
            p.launch = True


def _plc_bare_capitals(doc: Document, lo: int, hi: int, forms: list[tuple[str, ...]], covered: set[int],
                       kb) -> list[Place]:
    """"العاصمة" with no name after it, in tokens [lo, hi): the capital of the country of its nationality adjective
    ("في العاصمة الليبية"), else of the article's country ("شارع محمد الخامس بالعاصمة" in Tunisian news): Tunis."""
    tokens, text = doc.tokens, doc.text
    place_starts = {e.start for e in doc.entities if e.label in PLACE_LABELS}
    out = []
    for k in range(lo, hi):
        if tokens[k].start in covered or normalize("العاصمة") not in forms[k]:
            continue
        j, country = k + 1, None
        if j < hi and tokens[j].kind == "word" and tokens[j].norm.startswith("ال") \
                and tokens[j].norm.endswith(("يه", "ي")):
            country = _plc_adjective_country(tokens, j, hi, forms, kb)
            if country is None:
                continue  # "العاصمة الإدارية": not a country's capital
            j += 1
        if j < hi and tokens[j].text in "،," and j + 1 < hi:
            j += 1
        if j < hi and (tokens[j].start in place_starts or any(s in place_starts for s, _ in name_forms(tokens[j], text))):
            continue  # "في العاصمة الصومالية مقديشو", "العاصمة، عمان": the name says which
        country = country or _plc_article_country(doc, kb)
        capital = next((i for i in _words("plc_")["capitals"] if (kb.get(i) or {}).get("country") == country), None)
        if capital is None:
            continue
        start = next((s for s, f in name_forms(tokens[k], text) if f == normalize("العاصمة")), tokens[k].start)
        end = tokens[k + 1].end if country and k + 1 < hi and tokens[k + 1].norm.startswith("ال") \
            and tokens[k + 1].norm.endswith(("يه", "ي")) else tokens[k].end
        out.append(Place(start, end, text[start:end], TYPE_RANK["city"], capital, kb.get(capital)["canonical"]))
    return out


@lru_cache(maxsize=1)
def _plc_site_words() -> frozenset:
    """The designators of bases and facilities (designators.yaml: "معسكر", "قاعدة", "مطار" ...)."""
    return frozenset(normalize(d["word"]) for d in _data("designators.yaml")["designators"]
                     if d["label"] in ("BASE", "FACILITY"))


def _plc_named_site(name: str) -> bool:
    """A base or facility named by its designator and a name ("معسكر بامبا"), not a generic mention
    ("محطة للقطار", "قاعدة عسكرية"): the second word is no generic word and has no "ل"."""
    words = [normalize(w) for w in name.split()]
    generic = _plc_generic_words()
    return len(words) > 1 and words[0] in _plc_site_words() and words[1] not in generic \
        and not words[1].startswith("ل")


@lru_cache(maxsize=1)
def _plc_generic_words() -> frozenset:
    """Words after a designator that make a generic mention (designators.yaml ``generic``)."""
    return frozenset(normalize(w) for w in _data("designators.yaml")["generic"])


def _plc_not_a_place(tokens: list[Token], k: int, p: Place, forms: list[tuple[str, ...]], kb) -> bool:
    """Place ``p`` (from token ``k``, its designator included) names no place of the event: a person's home
    town ("أصيل معتمدية جلمة", "أصيل من ولاية مدنين"), a time zone ("بتوقيت تونس"), or a country spelled like
    the nationality adjective after an indefinite noun ("لقي 13 جنديا تركيا مصرعهم", "بين القتلى سائحا
    ماليزيا": the accusative adjective of a country in -يا is written as its name)."""
    lx = _words("plc_")
    before = [j for j in (k - 1, k - 2) if j >= 0]
    if before and not lx["time_zone_words"].isdisjoint(forms[before[0]]):
        return True
    if before and (not lx["origin_words"].isdisjoint(forms[before[0]]) or len(before) > 1
                   and tokens[before[0]].norm == "من" and not lx["origin_words"].isdisjoint(forms[before[1]])):
        return True
    entry = kb.get(p.kb_id) or {}
    if entry.get("type") != "country" or not normalize(p.text).endswith("يا") or not before:
        return False
    noun = tokens[before[0]]
    word = noun.text.rstrip("\u064b")  # the tanween of "جندياً"
    return noun.kind == "word" and not noun.splits and not noun.norm.startswith("ال") and len(word) >= 4 \
        and word.endswith("ا") and not word.endswith("وا")  # not a verb ("زاروا تركيا")


def _plc_adjective_country(tokens: list[Token], j: int, hi: int, forms: list[tuple[str, ...]], kb) -> str | None:
    """The country of a nationality adjective right after a place name ending before token ``j``
    ("مدينة كيبيك الكندية", "سان فرانسيسكو الأمريكية", "ميلانو الإيطالية"), else None."""
    if j >= hi or tokens[j].kind != "word":
        return None
    adjectives, listed = kb.plc_adjectives, lexicon().nationality  # "الأمريكية": the listed ones too
    return next((adjectives.get(f) or listed.get(f[2:]) for f in forms[j] if f.startswith("ال")
                 and (f in adjectives or f[2:] in listed)), None)


def _plc_place_after(tok: Token, forms: tuple[str, ...], place_starts: set[int], lex: Lexicon) -> bool:
    """Token ``tok`` opens a place with the proclitic "ب" after a target ("منزله بصفاقس", "دورية أمنية
    بقبلي", "مسجد بمدينة كيبيك", "سياحا بمتحف باردو" keeps the museum): where the target was, not part of it;
    also a bare "بـ" before a quote ("وصف الهجوم على المسجد بـ")."""
    if tok.text.rstrip("ـ") == "ب":
        return True
    if not tok.splits or tok.text[0] != "ب":
        return False
    rest = tok.splits[0]  # where the word after the proclitic starts
    heads = _words("loc_")["apposition_heads"]
    return rest in place_starts or tok.start in place_starts or any(
        f in lex.designators and lex.designators[f][0] in ("GPE", "LOC") or f in heads for f in forms)


def _where(tokens: list[Token], p: Place, hi: int, forms: list[tuple[str, ...]], lex: Lexicon,
           starts: list[int]) -> bool:
    """"حيث" follows place ``p`` in its clause ("امتدت إلى بلدة ذيبان، معقل القبيلة، حيث قتل ..."): what
    follows happened at ``p``."""
    k = bisect_left(starts, p.end)
    for j in range(k, min(hi, k + 8)):
        if "حيث" in forms[j]:
            return True
        if tokens[j].norm in (".", "!", "?", "؟") or tokens[j].norm in lex.destination_words:
            return False
    return False


_DATELINE = re.compile(r"\s*[^\W\d_]+(?:\s[^\W\d_]+){0,2}\s*(?:[،,]?\s*\d{1,2}[-/]\d{1,2}[-/]\d{2,4}\s*)?"
                       r"(?:[(«][^)»\n]{1,40}[)»]\s*)?(?:[-–—]|ـ{2,})")


def _dateline_end(text: str) -> int:
    """Where the dateline at the start of an article ends ("بغداد - ", "تونس – «الصباح» "), else 0."""
    m = _DATELINE.match(text)
    return m.end() if m else 0


_DIRECTIONS = frozenset(normalize(w) for w in "شمال جنوب شرق غرب شمالي جنوبي شرقي غربي".split())
_LOCATIVE = frozenset(normalize(w) for w in "في داخل أنحاء شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي قرب".split())


def _locative(tokens: list[Token], k: int, forms: list[tuple[str, ...]]) -> bool:
    """Token ``k`` names where something happened: after "في", "داخل", a direction, or with "ب" on it."""
    tok = tokens[k]
    if tok.splits and tok.text[0] == "ب":
        return True
    if k > 0 and not _LOCATIVE.isdisjoint(forms[k - 1]):
        return True
    # "في العاصمة الصومالية مقديشو", "بالعاصمة كابل": a head in apposition, with its adjectives, before the name
    heads = _words("loc_")["apposition_heads"]
    j = k - 1
    while j > 0 and k - j <= 3 and heads.isdisjoint(forms[j]) and tokens[j].norm.startswith("ال") \
            and tokens[j].norm.endswith(("يه", "ي")):
        j -= 1  # the nisba adjectives after the head ("الصومالية", "الساحلية")
    return j >= 0 and k - j <= 3 and not heads.isdisjoint(forms[j]) and _locative(tokens, j, forms)


def _main_town(doc: Document, kb) -> dict | None:
    """The first town or city of the article that the gazetteer knows (not a home town: "أصيل معتمدية X")."""
    starts = [t.start for t in doc.tokens]
    forms = _doc_forms(doc.tokens, doc.text)
    for e in doc.entities:
        entry = kb.get(e.kb_id) if e.label == "GPE" else None
        if entry and TYPE_RANK.get(entry.get("type"), 9) <= 3 and not _plc_not_a_place(
                doc.tokens, bisect_right(starts, e.start) - 1, Place(e.start, e.end, e.text, 3, e.kb_id, e.canonical),
                forms, kb):
            return _location(Place(e.start, e.end, e.text, 3, e.kb_id, e.canonical), [], kb)
    return None


def _dateline_place(doc: Document, kb) -> dict | None:
    """The town of the dateline ("مقديشو - ..."), when the gazetteer knows it."""
    end = _dateline_end(doc.text)
    ent = next((e for e in doc.entities if e.end <= end and e.label == "GPE" and e.kb_id), None)
    entry = kb.get(ent.kb_id) if ent is not None else None
    if not entry or TYPE_RANK.get(entry.get("type"), 2) > 3:
        return None
    return _location(Place(ent.start, ent.end, ent.text, 3, ent.kb_id, ent.canonical), [], kb)


def _plc_article_country(doc: Document, kb) -> str | None:
    """The country an article reports from, for a place the gazetteer lacks: the country of the dateline's town,
    else of the first town the article names, else of the first country it names."""
    for loc in (_dateline_place(doc, kb), _main_town(doc, kb)):
        if loc is not None and loc.get("country") not in (None, "XX"):
            return loc["country"]
    entry = next((kb.get(e.kb_id) for e in doc.entities if e.label == "GPE" and (kb.get(e.kb_id) or {}).get("type")
                  == "country"), None)
    return entry["country"] if entry and entry.get("country") != "XX" else None


def _choose_place(places: list[Place], anchor: int) -> Place | None:
    """The most specific place; among equals one in a locative phrase ("في درنة", not "وصفته القاهرة"),
    then the nearest after the trigger ("سقطت صواريخ قرب معسكر ...")."""
    if not places:
        return None
    targets = [p for p in places if not p.launch] or places
    return min(targets, key=lambda p: (p.rank, not p.locative, p.start < anchor, abs(p.start - anchor)))


def _plc_inner_place(name: str, kb) -> dict | None:
    """For a place the gazetteer lacks, the known place named inside it after its first word ("مطار بروكسل",
    "جسر لندن", "جبال القصرين", "ميناء سرت": Brussels, London ...; not a country: "سفارة فرنسا" is France's, not in
    France), else a nationality adjective that ends it ("ولاية نيوجيرسي الأمريكية": a country only); else None."""
    key = alias_key(name)
    for i in range(1, len(key)):
        for rest, kb_id in kb.index.get(key[i], []):
            entry = kb.get(kb_id) or {}
            if key[i + 1:i + 1 + len(rest)] == rest and entry.get("label") in ("GPE", "LOC") \
                    and entry.get("type") != "country" and entry.get("country") not in (None, "XX"):
                return {"admin1": entry.get("admin1"), "country": entry["country"],
                        "lat": entry.get("lat"), "lon": entry.get("lon")}
    country = kb.plc_adjectives.get(key[-1]) or lexicon().nationality.get(key[-1][2:]) if len(key) > 1 else None
    return {"country": country} if country else None


def _plc_may_hold(town: dict, entry: dict) -> bool:
    """A place the gazetteer knows as ``entry`` may take the coordinates of ``town`` named with it: the same
    province ("باردو" is in Tunis, not in Sousse named in the same sentence), else, when the gazetteer gives it
    none, the same country; a place it does not know, any town."""
    if not entry:
        return True
    if entry.get("admin1"):
        return town.get("admin1") == entry["admin1"]
    return town.get("country") == entry.get("country")


def _location(place: Place, places: list[Place], kb) -> dict:
    """The location object of spec section 4 for ``place``.

    A place the gazetteer does not know (a hotel, a checkpoint, a village
    named only by its designator) takes province, country and coordinates
    from the town or city named with it in the sentence ("فندق الجزيرة في
    مقديشو"), as ACLED does: ``geo_precision`` 1 when the coordinates are the
    place's own, 2 when they are those of the town it lies in.
    """
    entry = kb.get(place.kb_id) or {}
    loc = {"text": place.text, "canonical": place.canonical or entry.get("canonical"),
           "admin1": entry.get("admin1"), "country": entry.get("country"),
           "lat": entry.get("lat"), "lon": entry.get("lon"),
           "geo_precision": 1 if entry.get("lat") is not None else None}
    inner = _plc_inner_place(place.text, kb) if not entry else None
    if inner is not None:  # "مطار بروكسل", "جبال القصرين", "ولاية نيوجيرسي الأمريكية": the name inside says where
        loc.update(admin1=inner.get("admin1"), country=inner.get("country"))
        if inner.get("lat") is not None:
            loc.update(lat=inner["lat"], lon=inner["lon"], geo_precision=2)
    towns = sorted((p for p in places if p is not place and not p.launch and p.rank <= 3
                    and (kb.get(p.kb_id) or {}).get("lat") is not None
                    and _plc_may_hold(kb.get(p.kb_id), entry)),
                   key=lambda p: (p.start < place.start, abs(p.start - place.end)))
    if loc["lat"] is None and towns and place.rank <= towns[0].rank:
        town = kb.get(towns[0].kb_id)
        loc.update(lat=town["lat"], lon=town["lon"], geo_precision=2)
        loc["admin1"] = loc["admin1"] or town.get("admin1")
        loc["country"] = loc["country"] or town.get("country")
    if loc["country"] is None and place.plc_country:
        loc["country"] = place.plc_country  # "مدينة كيبيك الكندية": the adjective says which country
    if (loc["admin1"] is None or loc["country"] is None) and entry.get("type") != "country":
        # a designator place: take province and country from the other places of the sentence, a launch site
        # or a source last ("على تذاكر سفر من فرنسا"), a province only with the same country
        for other in sorted(places, key=lambda p: (p.launch, p.rank)):
            e = kb.get(other.kb_id) or {}
            if e.get("label") != "GPE" or other is place:
                continue
            if loc["country"] not in (None, e.get("country")):
                continue
            if loc["admin1"] is None and e.get("admin1"):
                loc["admin1"] = e["admin1"]
            if loc["country"] is None and e.get("country"):
                loc["country"] = e["country"]
    return loc


def _target(doc: Document, lo: int, hi: int, lex: Lexicon, kb, trigger: Match | None = None,
            cas: list[dict] = ()) -> dict | None:
    """What was hit or aimed at, in order: the object of "استهدف/طال/هاجم"; a base or facility; a
    target noun after a preposition ("قرب موقف للحافلات", "على منازل المواطنين", "لقافلة عسكرية"),
    the nearest to the weapon; the security forces among the casualties."""
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    in_time = {k for t in doc.timexes for k in range(lo, hi) if t.start <= tokens[k].start < t.end}
    s_char, e_char = tokens[lo].start, tokens[hi - 1].end

    def before_time(j: int) -> bool:  # "يوم 17 تموز", "في 19 فيفري": a word that opens a date
        return j + 1 < hi and j + 1 in in_time and j not in in_time and tokens[j].norm in lex.date_openers

    zones = _words("plc_")["time_zone_words"]
    in_time |= {i for k in range(lo, hi) if not zones.isdisjoint(forms[k]) for i in (k, k + 1) if i < hi}
    # "فجر اليوم بتوقيت تونس": the time zone goes with the time, in no target
    place_starts = {e.start for e in doc.entities if e.label in PLACE_LABELS}
    act = _words("act_")

    def phrase(j: int, start: int | None = None, longest: int = 5) -> dict | None:
        if _act_place_phrase(j, hi, forms, act):
            return None  # "ضد الجيش غرب مدينة بنغازي": where it happened, not what was hit
        end = j
        while end < hi and end - j < longest and tokens[end].kind in ("word", "number") \
                and tokens[end].norm not in lex.group_stops and end not in in_time and not before_time(end) \
                and not (end > j and (tokens[end].norm in act["target_stops"]
                                         or set(forms[end]) & act["direction_words"])) \
                and not (end > j and _plc_place_after(tokens[end], forms[end], place_starts, lex)) \
                and not (end > j and tokens[end].text[0] == "و" and (tokens[end].splits or len(tokens[end].text) == 1)) \
                and not (end > j and lex.weapons.match_at(tokens, end, text, hi) is not None):
            end += 1  # up to a preposition, a date, "و" that starts the next phrase or the weapon ("بعبوة ناسفة")
        if end <= j:
            return None
        span_s, span_e = tokens[j].start if start is None else start, tokens[end - 1].end
        ent = next((e for e in doc.entities if _in(e, span_s, span_e)
                    and e.label in ("FACTION", "ORG", "BASE", "FACILITY")), None)
        return {"text": text[span_s:span_e], "canonical": ent.canonical if ent else None}

    for k in range(lo, hi - 1):
        if not any(f in lex.target_heads for f in forms[k]):
            continue
        j = k + 1
        actors = [e for e in doc.entities if e.label in ("FACTION", "ORG")]

        def named(i: int) -> bool:  # an armed group's name, or its descriptor before it, opens at token i
            return i < hi and (any(e.start == tokens[i].start for e in actors) or bool(
                set(forms[i]) & act["faction_descriptors"] and i + 1 < hi
                and any(e.start == tokens[i + 1].start for e in actors)))
        while j < hi and (j in in_time or tokens[j].text in lex.clause_marks or tokens[j].norm in lex.actor_nouns
                          or tokens[j].norm in lex.affiliation_words
                          and (tokens[j].norm not in ("من", "الى", "في") or named(j + 1))
                          # "هاجم مسلحون ينتمون إلى تنظيم X حاجزا", "يعتقد أنهم من حركة X"
                          or set(forms[j]) & act["faction_descriptors"] and named(j + 1)
                          or any(e.start <= tokens[j].start < e.end for e in actors) or before_time(j)):
            j += 1  # "هاجم مسلحون من الجماعة قافلة", "هاجموا يوم 17 تموز موقعا": past the subject and the date
        subject = (lex.weapons.match_at(tokens, j, text, hi) or lex.generic_forces.match_at(tokens, j, text, hi)) \
            if j < hi else None
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
        j = _act_past_instrument(doc, j, hi, lex)
        found = phrase(j)
        if found:
            return found
    site = next((e for e in doc.entities if e.label in ("BASE", "FACILITY") and _in(e, s_char, e_char)), None)
    if site is not None:
        return {"text": site.text, "canonical": site.canonical}
    # no object of a verb of targeting: "تعرضت فرقاطة سعودية لهجوم", "الحاجز تعرض لهجوم"
    exposed = _act_exposed(doc, lo, hi, lex, act, in_time, before_time)
    if exposed is not None:
        found = phrase(*exposed)
        if found:
            return found
    anchor = trigger.start if trigger is not None else s_char
    nouns = []
    for m in lex.target_nouns.find(tokens, text, lo, hi):
        if m.first in in_time or (trigger is not None and trigger.first <= m.first <= trigger.last):
            continue
        tok = tokens[m.first]
        prev = set(forms[m.first - 1]) if m.first > lo else set()
        # "لقافلة", "بسيارتهم": the proclitic split off, or a rare word the matcher read past it
        if (tok.splits or m.start > tok.start) and tok.text[0] in "لب" or prev & lex.target_preps:
            nouns.append(m)
    if nouns:
        m = min(nouns, key=lambda m: (m.start < anchor, abs(m.start - anchor)))
        found = phrase(m.first, m.start)  # without the proclitic: "لقافلة" -> "قافلة"
        if found:
            return found
    # the forces among the casualties when several fell ("مقتل خمسة جنود"): a force was attacked; one or two
    # soldiers or officers killed ("مقتل ضابط وجندي") do not tell what was hit
    forces = next((c for c in cas if c.get("group") and {normalize(w) for w in c["group"].split()} & lex.security_words
                   and (c.get("count") or 0) >= 3), None)
    if forces is not None:
        return {"text": forces["group"], "canonical": None}
    return None


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
    for k in range(lo, hi - 1):
        if not set(forms[k]) & act["exposed_verbs"]:
            continue
        j = k + 1
        while j < hi and (j in in_time or tokens[j].text in lex.clause_marks or before_time(j)):
            j += 1  # "تعرض فجر اليوم مقر ..."

        def attack_at(i: int) -> bool:  # "لهجوم", "إلى عملية تفجير", "إلى إطلاق نار"
            if tokens[i].norm in ("الى", "إلى"):
                i += 1
            elif not (tokens[i].splits and tokens[i].text[0] == "ل"):
                return False
            return any(lex.weapons.match_at(tokens, x, text, hi) is not None for x in range(i, min(hi, i + 2)))

        clock = j + 1 < hi and bool(set(forms[j + 1]) & act["clock_words"])  # "تعرضت حوالي الساعة 11 لانفجار"
        if j < hi and (attack_at(j) or clock):  # the thing hit before the verb: "إن الحاجز تعرض لهجوم"
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
        if any(attack_at(i) for i in range(j + 1, min(hi, j + 10))):
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
    while k < hi and k - w.last <= 2 and tokens[k].kind == "word" and tokens[k].norm.startswith("ال") \
            and lex.target_nouns.match_at(tokens, k, text, hi) is None:
        k += 1  # its adjectives: "الصواريخ الباليستية"
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
        if _member_of(doc, k, lo, lex) or _verb_subject(doc, k, lo, lex):
            return False
        if _act_victim_side(doc, k, lo, lex):
            return True  # "شابان يقاتلان في صفوف تنظيم X"، "قتل شاب ينتمي إلى تنظيم X"
        if _tol_victim_group(doc, k, lo, lex, weapons):
            return True  # "اغتيل فلان القيادي في حزب الله": the group of the person killed
        if k in owned:
            return True  # the owner of what was hit: "حاجز تابع لجبهة النصرة", "قرب معسكر لقوات الدعم السريع"
        prev = before(e)
        return "بين" not in prev and bool(prev & lex.target_heads or prev & lex.target_context)

    def acting(e) -> bool:  # "قصفت القوات التركية", "شنتها مروحيات الجيش السوري", "غارة نفذها سلاح الجو"
        k = bisect_left(starts, e.start)
        if _member_of(doc, k, lo, lex) or _verb_subject(doc, k, lo, lex):
            return True  # "هاجم مسلحون من جماعة X", "استهدفت قوات X"
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
        if attacked(e):
            continue
        if e.label == "FACTION":
            actors.append((not acting(e), abs(e.start - trigger.start), e.canonical or e.text))
        elif entry.get("armed_coalition") and acting(e):
            actors.append((False, abs(e.start - trigger.start), e.canonical or e.text))
        elif entry.get("state_force") and entry.get("country") and acting(e):
            actors.append((False, abs(e.start - trigger.start), countries.get(entry["country"], entry["country"])))
    if actors and not min(actors)[0]:
        return min(actors)[2]
    # a state's forces as the agent ("من قبل وحدات عسكرية", "برصاص الشرطة") or a country as the subject
    # ("الضربة التي وجهتها الولايات المتحدة")
    state = _act_agent_forces(doc, lo, hi, lex, countries, home) or _act_state_subject(doc, lo, hi, lex, kb)
    if state:
        return state
    # an actor named on the weapon ("بغارة أميركية") beats a faction merely named near it ("اغتيال نائب
    # رئيس المكتب السياسي لحركة حماس بضربة بطائرة مسيرة إسرائيلية")
    adjective = _adjective_actor(doc, lo, hi, weapons, lex, countries)
    if adjective:
        return adjective
    if actors:
        return min(actors)[2]
    forces = _act_forces_actor(doc, lo, hi, lex, countries)
    if forces:
        return forces
    if home:  # "شنت مقاتلات الجيش غارات", "سلاح الجو نفذ": the forces of the state where it happened
        for m in lex.generic_forces.find(tokens, text, lo, hi):
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
    # "عناصر التنظيم زرعوا العبوة": the faction named before
    if any(f in lex.faction_anaphors for fs in forms[lo:hi] for f in fs):
        prior = [e for e in doc.entities if e.label == "FACTION" and e.end <= e_char and not _in(e, s_char, e_char)]
        if prior:
            return prior[-1].canonical or prior[-1].text
    return None


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
        else:
            continue
        name = countries.get(code, code) if code else home
        if name:
            return name
    return None


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


def _tol_victim_group(doc: Document, k: int, lo: int, lex: Lexicon, weapons: list[Match] = (), words: int = 10) -> bool:
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
            return _tol_victim_group(doc, i, lo, lex, weapons, words)
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
        adj = tokens[k + 1].norm
        code = lex.nationality.get(adj) or lex.nationality.get(adj.removeprefix("ال"))
        verbs = {_verb(f) for f in forms[k - 1]}
        if code and verbs & lex.actor_verbs and not verbs & lex.target_heads:
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
        for t in tokens[k + 1:min(hi, k + 4)]:
            form = t.norm.removeprefix("ال")
            if form in lex.actor_adjectives or t.norm in lex.actor_adjectives:
                return lex.actor_adjectives.get(form) or lex.actor_adjectives[t.norm]
            code = lex.nationality.get(t.norm) or lex.nationality.get(form)
            if code:
                return countries.get(code, code)
    return None


def _member_of(doc: Document, k: int, lo: int, lex: Lexicon) -> bool:
    """Whether the entity at token ``k`` is the group of the attackers named before it: "هاجم مسلحون من
    جماعة X", "مقاتلون من تنظيم X", "مسلحون يشتبه بانتمائهم إلى X" (member_nouns, then affiliation_words),
    but not of people counted as casualties ("مقتل 13 عنصرا من تنظيم X")."""
    tokens, forms = doc.tokens, _doc_forms(doc.tokens, doc.text)
    i = k - 1
    while i >= lo and k - i <= 4 and set(forms[i]) & lex.affiliation_words:
        i -= 1
    if i == k - 1 or i < lo or not set(forms[i]) & lex.member_nouns:
        return False
    counted = i > lo and (token_number(tokens[i - 1], doc.text, lex) is not None
                          or lex.killed.find(tokens, doc.text, max(lo, i - 2), i)
                          or lex.wounded.find(tokens, doc.text, max(lo, i - 2), i))
    return not counted


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
    charge = next((i for i in range(acc.last + 1, hi)  # "بتنفيذ", "بتنفيذه"
                   if {f for form in forms[i] for f in (form, _verb(form))} & lex.accusation_charges), None)
    s_char, e_char = tokens[acc.last].end, tokens[hi - 1].end
    named = []  # (start, name) of the armed actors after the verb
    for e in doc.entities:
        name = _armed_name(e, kb, countries) if s_char <= e.start < e_char else None
        if name:
            named.append((e.start, name))
    if charge is not None:
        for m in lex.generic_forces.find(tokens, text, acc.last + 1, charge):
            code = _nation_after(tokens, m, hi, lex)
            if code or home:
                named.append((m.start, countries.get(code, code) if code else home))
        before = sorted({x for x in named if x[0] < tokens[charge].start})  # once each: entity and forces
        if before:  # the first after the accuser: "اتهم X الجماعة، التي تعد امتدادا لتنظيم Y، بالوقوف"
            accuser = acc.last + 1 < hi and before[0][0] <= tokens[acc.last + 1].start
            return before[1][1] if accuser and len(before) > 1 else before[0][1]
    factions = [e for e in doc.entities if e.label == "FACTION" and s_char <= e.start < e_char]
    return (factions[0].canonical or factions[0].text) if factions else None


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


def _verb(form: str) -> str:
    """A verb without an object pronoun: "شنته" -> "شنت", "أطلقها" -> "أطلق"."""
    for suffix in ("هم", "ها", "ه"):
        if form.endswith(suffix) and len(form) - len(suffix) >= 2:
            return form[: -len(suffix)]
    return form


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
    if not claim or lex.no_claim.find(tokens, text, lo, hi):
        return None, False
    s_char, e_char = tokens[lo].start, tokens[hi - 1].end
    factions = [e for e in doc.entities if _in(e, s_char, e_char) and e.label == "FACTION"]
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

    for k in range(lo, hi):
        if not set(forms[k]) & lex.acknowledge_verbs:
            continue
        # the speaker comes before what it said: not "أفادت مصادر بأن مسلحين من حركة الشباب اختطفوا"
        said = next((i for i in range(k + 1, hi) if set(forms[i]) & (lex.complementizers | lex.self_pronouns)), hi)
        s_lo, s_hi = k + 1, min(said, k + 7)
        after = [e for e in ents if s_lo <= bisect_left(starts, e.start) < s_hi]
        named = _armed_name(after[0], kb, countries) if after else None
        generic = next((g for i in range(s_lo, min(hi, s_lo + 3))
                        if (g := lex.generic_forces.match_at(tokens, i, text, hi)) is not None), None)
        # "قالت رئاسة الأركان التركية"، "أعلن المتحدث باسم القوات المسلحة المصرية": that state
        body, code = None, None
        for i in range(s_lo, min(s_hi, s_lo + 6)):  # the speaker, before what it said ("أن")
            body = lex.speaker_forces.match_at(tokens, i, text, hi)
            code = _nation_after(tokens, body, hi, lex) if body is not None else None
            if code:
                break
        if named:
            name = named
            first = bisect_left(starts, after[0].end)
        elif code:
            name, first = countries.get(code, code), body.last + 2
        elif generic is not None and (home or _nation_after(tokens, generic, hi, lex)):
            # "أعلن الجيش": the state where it happened; "أن الطيران الحربي الإسرائيلي": the state named
            code = _nation_after(tokens, generic, hi, lex)
            name, first = countries.get(code, code) if code else home, generic.last + 1
        else:
            continue
        if any(set(forms[i]) & lex.acknowledge_actions for i in range(k + 1, min(hi, first + 1))):
            return name  # "أعلن التحالف تنفيذ 18 غارة" (the action inside a name tagged too long, too)
        for j in range(first, hi):
            if not ({_verb(f) for f in forms[j]} | set(forms[j])) & lex.actor_verbs:
                continue
            if j > lo and set(forms[j - 1]) & lex.self_pronouns:
                return name  # "قالت رئاسة الأركان إنها استهدفت"
            # its own forces as the subject: before the verb ("طائراته نفذت"), or after a verb that does
            # not take the target as object ("نفذت طائراتنا", but not "استهدفت قاعدتها")
            around = list(range(max(lo, j - 2), j))
            if not set(forms[j]) & lex.target_heads:
                around += list(range(j + 1, min(hi, j + 3)))
            near = [tokens[i] for i in around]
            if tokens[j].text.endswith("نا") or any(set(forms[i]) & lex.own_forces for i in around):
                return name
            if any(_clm_forces_of_speaker(forms, i, hi, lex) for i in range(max(lo, j - 3), j)):
                return name  # "أكد المتحدث باسم الحركة أن قوات الحركة قصفت"
            if any(lex.generic_forces.match_at(tokens, i, text, hi) for i in range(max(lo, j - 3), j)):
                return name  # "أعلن الجيش أن سلاح الجو نفذ"
            if named and any(_same_actor(e, after[0]) for e in ents
                             if near and near[0].start <= e.start <= near[-1].start):
                return name  # "أكد المتحدث باسم التحالف العربي أن طائرات التحالف استهدفت"
            break  # only the first verb of attack after the speaker
    return None


def _clm_forces_of_speaker(forms: list[tuple[str, ...]], i: int, hi: int, lex: Lexicon) -> bool:
    """Forces named by the speaker's own kind right after them: "قوات الحركة", "مقاتلو الجماعة",
    "مجاهدي المقاومة" (the speaker calls its own group by what it is)."""
    return i + 1 < hi and bool(set(forms[i]) & lex.clm_forces_heads) and bool(set(forms[i + 1]) & lex.clm_self_kinds)


# -- the stage ----------------------------------------------------------------------------


def _since(t: Timex, tokens: list[Token], text: str, starts: list[int]) -> bool:
    """A date after "منذ" starts a period ("منذ 8 أكتوبر", "منذ احتجاجات تشرين الأول 2019", "منذ بدء
    المواجهات في 8 أكتوبر"): not the time of an event."""
    k = bisect_left(starts, t.start)
    before = tokens[max(0, k - 4):k]
    return any(tok.norm == "منذ" for tok in before) and not any(tok.text in "،,؛;:.()" for tok in before)


def _names_day(t: Timex, tokens: list[Token], text: str, starts: list[int]) -> bool:
    """A time expression that names the day of an event: a day, not the start of a period ("منذ 8
    أكتوبر"), nor a clock time alone ("عند الساعة العاشرة ليلا"), which the time expressions put on
    the publication day although news gives it for the day the narrative is on."""
    return bool(_day(t.value)) and t.kind != "time" and not _since(t, tokens, text, starts) \
        and not _until(t, tokens, starts) and not _plc_converted(t, tokens, text, starts)


def _plc_converted(t: Timex, tokens: list[Token], text: str, starts: list[int]) -> bool:
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


def _report_date(t: Timex, tokens: list[Token], text: str, starts: list[int], lex: Lexicon) -> bool:
    """A date after a reporting verb and its subject, before any word of the event ("أعلن التنظيم
    أمس الخميس", "أعلنت قيادة عمليات نينوى، اليوم الأحد، استشهاد"), or in the dateline ("كيسمايو،
    17/3/2024 (وكالة) - "): when it was said or filed."""
    if t.end <= _dateline_end(text):
        return True
    k = bisect_left(starts, t.start)
    forms = _doc_forms(tokens, text)
    for j in range(k - 1, max(-1, k - 9), -1):
        # also with the pronoun of what was said: "وفق ما أعلنته الوزارة أمس", "ذكرها"
        if any(f in lex.reporting_verbs or f[:-1] in lex.reporting_verbs and f.endswith("ه")
               or f[:-2] in lex.reporting_verbs and f.endswith("ها") for f in forms[j]):
            return True
        if lex.occurrence.match_at(tokens, j, text) or lex.weapons.match_at(tokens, j, text):
            return False
    return False


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
    for k in range(lo, min(hi, lo + 12)):
        if not words["pluperfect_verbs"].isdisjoint(forms[k]):
            if any(not words["pluperfect_particles"].isdisjoint(forms[j]) for j in range(k + 1, min(hi, k + 6))):
                return k
    places = {e.start for e in doc.entities if e.label in ("GPE", "LOC", "FACILITY", "BASE")}

    def indefinite(j: int) -> bool:  # "انفجار شاحنة", "لهجوم مسلح": a noun that tells an event for the first time
        return not nouns.isdisjoint(forms[j]) and j + 1 < len(tokens) \
            and not any(f.startswith("ال") for f in forms[j + 1]) and tokens[j + 1].start not in places

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
    if any(tokens[j].start >= body and indefinite(j) and not bare.isdisjoint(forms[j]) for j in range(lo)):
        return None  # "لقي شخص مصرعه جراء انفجار شاحنة" ... "أن يكون الانفجار ناجما عن قذيفة": the same event
    if any(m.first < k and not _generic(m, tokens, text, lex) for m in weapons) \
            or lex.killed.find(tokens, text, lo, k) or lex.wounded.find(tokens, text, lo, k) \
            or any(lex.occurrence.match_at(tokens, j, text) for j in range(lo, k)):
        return None
    return k


def _plc_report_day(doc: Document) -> str | None:
    """The day of an event the article names no day for: the publication day. News reports an event the
    day it happens or the day after, and a day only when it is not the day of the report ("قتل 5 أشخاص
    في انفجار ... حسب الشرطة", "اندلعت اشتباكات في جبل ..." in a report of that day)."""
    return _day(doc.published)


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
        since_starts=words["since_starts"],
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
    k = m.last + 1
    relative = k < hi and not det.relatives.isdisjoint(forms[k])
    definite = any(f.startswith("ال") for f in forms[m.first])
    if definite and not relative:
        return False
    k += relative
    if k < hi and not (lex.target_heads | det.strikes).isdisjoint(forms[k]):
        return True
    if definite:
        return False
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
        return any(not (evt.political | lex.security_words).isdisjoint(forms[j]) for j in range(lo, hi))
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
            and not any(f.payload in det.recalled_kinds for f in lex.filters.find(tokens, text, max(lo, m.first - 4), m.first))]
    # "الذكرى الأولى لانفجار المرفأ", "محاكمة متهمين بالضلوع في تفجير": an explosion recalled, not reported


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


def _evt_suicides(tokens: list[Token], lo: int, hi: int, text: str, weapons: list[Match]) -> list[Match]:
    """Suicide bombings the weapon terms miss ("فجر نفسه", "مفجرون انتحاريون"), outside the weapon mentions."""
    taken = {k for m in weapons for k in range(m.first, m.last + 1)}
    evt = _evt_lexicon()
    forms = _doc_forms(tokens, text)
    found = evt.suicide.find(tokens, text, lo, hi)
    for k in range(lo, hi):  # "فجر نفسه", "فجر انتحاري نفسه", "فجرت امرأة حزامها"
        if not evt.suicide_verbs.isdisjoint(forms[k]):
            j = next((j for j in (k + 1, k + 2) if j < hi and not evt.suicide_objects.isdisjoint(forms[j])), None)
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
    ("اغتيال ... يوم 15 ديسمبر"; not "أصدرت المحكمة اليوم أحكامها في قضية اغتيال")."""
    evt = _evt_lexicon()
    clashes = {k for m in weapons if m.payload[2] == "Armed clash" for k in (m.first - 1, m.last + 1)}
    if any(v.first in clashes or v.last in clashes for v in evt.ongoing.find(tokens, text, lo, hi)):
        return True
    if not published or lex.filters.find(tokens, text, lo, hi):
        return False
    forms = _doc_forms(tokens, text)
    before = (date.fromisoformat(published[:10]) - timedelta(days=2)).isoformat()
    return any((_day(t.value) or "9") <= before for t in own_days) \
        and any(not evt.assassination.isdisjoint(forms[m.first]) for m in weapons)


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
                or lex.occurrence.match_at(tokens, k, text) or lex.killed.match_at(tokens, k, text) \
                or lex.wounded.match_at(tokens, k, text):
            return False
    return False


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
        if words["killing_verbs"].isdisjoint(forms[m.first]) \
                or (m.first > lo and not relatives.isdisjoint(forms[m.first - 1])
                    and (m.last + 1 >= hi or lex.casualty_times.isdisjoint(forms[m.last + 1]))):
            continue  # "حادثة استشهاد الراعي على يد"، "الراعي الذي قتل على أيدي": a victim described, no day of its
            # own; "الراعي الذي قضى الجمعة على يد إرهابيين" has one
        end = min(hi, m.last + 10)  # "وقتل المشتبه به في 23 ديسمبر الماضي، على يد شرطي": across a comma
        hand = next((j for j in range(m.last + 2, end) if not words["agent_hands"].isdisjoint(forms[j])
                     and not words["agent_preps"].isdisjoint(forms[j - 1])), None)
        by = hand is not None and any(not agents.isdisjoint(forms[j]) for j in range(hand + 1, min(end, hand + 4)))
        subject = not words["killing_verbs"].isdisjoint(forms[m.first]) and m.last + 1 < hi \
            and any(f.startswith("ال") and f in lex.security_words | {"ال" + w for w in lex.security_words}
                    or f in ("قوات", "قوة") for f in forms[m.last + 1])
        if by or subject:
            found.append(Match(first=m.first, last=m.last, start=m.start, end=m.end, payload=_EVT_VERB_ATTACK))
    return found


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
             or not words["attack_window_stops"].isdisjoint(forms[k])}
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
            and not (lex.killed.find(tokens, text, lo, hi) or lex.wounded.find(tokens, text, lo, hi)):
        return True  # "أحبطت الشرطة هجوما إرهابيا"
    if all(m.payload[0] in ("small_arms", "unknown") and m.payload[1] != "Explosions/Remote violence"
           for m in weapons) \
            and not evt.private.isdisjoint(sentence) and evt.political.isdisjoint(sentence):
        return True
    if all(not evt.ambush.isdisjoint(words(m)) for m in weapons) \
            and not evt.arrest.isdisjoint(set().union(*forms[lo:hi])) \
            and not (lex.killed.find(tokens, text, lo, hi) or lex.wounded.find(tokens, text, lo, hi)):
        return True
    return False


def _evt_retold(tokens: list[Token], lo: int, hi: int, text: str, lex: Lexicon, weapons: list[Match]) -> bool:
    """The clause [lo, hi) tells an event only with a general word that has the article ("وقال الجيش إن الهجوم أسفر
    عن مقتل 25", "قتل 6 من عناصره في الهجوم"): the event named before, unless a word makes it another ("الهجوم
    الثاني", "هجوم مماثل")."""
    if not weapons or not all(_generic(m, tokens, text, lex) for m in weapons):
        return False
    forms = _doc_forms(tokens, text)
    return any(f.startswith("ال") for m in weapons for f in forms[m.first]) \
        and not lex.other_event_words.find(tokens, text, lo, hi)


def _evt_join(records: list[Incident], retold: set[int]) -> None:
    """One record per event: a mention told only as "الهجوم" (``retold``) joins the nearest record before it (else
    the one after it) of the same day at a compatible place, whatever its weapon ("هجوم بسيارة مفخخة" ... "وقال
    الجيش إن الهجوم أسفر عن مقتل 25"); two abductions of the same day and place are one ("اختطف مسلحون مقيما" ...
    "خطف من أمام ورشته")."""
    def start(r: Incident) -> int:
        return r.evidence[0]["start"] if r.evidence else 0

    def fits(k: Incident, r: Incident) -> bool:
        return k is not r and k.event_date == r.event_date \
            and (not k.location or not r.location or _compatible_place(k.location, r.location))

    for r in sorted(records, key=start):
        if r not in records:
            continue
        if id(r) in retold:
            named = [k for k in records if fits(k, r) and id(k) not in retold]
            before = [k for k in named if start(k) < start(r)]
            target = max(before, key=start) if before else (named[0] if len(named) == 1 else None)
        elif r.sub_event_type == "Abduction/forced disappearance":
            target = next((k for k in records if fits(k, r) and k.sub_event_type == r.sub_event_type
                           and start(k) < start(r)), None)
        else:
            continue
        if target is not None:
            _fill(target, r)
            records.remove(r)


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
    found = lex.filters.find(tokens, text, lo, hi)
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
    for k in range(lo + 1, hi):
        t = tokens[k]
        if t.text in lex.clause_marks:
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


def _by_start(found: list[Match], more: list[Match]) -> list[Match]:
    """Two lists of matches as one, in text order."""
    return sorted(found + more, key=lambda m: m.start)


def extract(doc: Document, window: int = 1) -> list[Incident]:
    lex = lexicon()
    kb = load_kb()
    countries = kb.countries
    tokens, text = doc.tokens, doc.text
    if not tokens:
        return []
    starts = [t.start for t in tokens]
    records: list[tuple[Incident, bool, bool]] = []  # (record, is a summary, date carried over)
    last_day: str | None = None
    last_place: dict | None = None
    scanned = 0  # the sentences before it were looked at for the first place of the article
    fallbacks: list = []  # the dateline's town and the article's first town, when first needed
    used_sentences: set[int] = set()
    broad_ids: set[int] = set()  # records whose place is a district, province or country (or none)
    vague_ids: set[int] = set()  # records of an explosion with no named device
    anaphoric_ids: set[int] = set()  # records told with the article ("المسلحين هاجموا", "الصاروخ سقط")
    retold_ids: set[int] = set()  # records told only as "الهجوم" ("أسفر الهجوم عن مقتل 25")
    sents = doc.sentences
    found: dict[tuple[int, int], list[Match]] = {}

    def weapons_in(lo: int, hi: int) -> list[Match]:
        """The weapon mentions in tokens [lo, hi) (a sentence), looked up once."""
        if (lo, hi) not in found:
            found[lo, hi] = lex.weapons.find(tokens, text, lo, hi)
        return found[lo, hi]

    def place_before(si: int) -> dict | None:
        """The place of the last record, else the first place named in the sentences before ``si``."""
        nonlocal last_place, scanned
        while last_place is None and scanned < si:
            sent = sents[scanned]
            scanned += 1
            s_lo, s_hi = _tok_range(starts, sent.start, sent.end)
            if s_hi > s_lo:
                named = _places(doc, s_lo, s_hi, kb, lex, starts)
                first = _choose_place([p for p in named if not p.launch], sent.start)
                if first is not None:  # "في ساحة سان كارلو وسط تورينو": the town with it gives its province
                    last_place = _location(first, named, kb)
                    if last_place["country"] is None:
                        last_place["country"] = _plc_article_country(doc, kb)
        return last_place

    for si, sent in enumerate(sents):
        s_lo, s_hi = _tok_range(starts, sent.start, sent.end)
        if s_hi <= s_lo:
            continue
        if _evt_headlines(text[sent.start:sent.end]):
            continue  # a digest's list of other articles' headlines
        sent_times = [t for t in doc.timexes if _in(t, sent.start, sent.end)]
        all_weapons = [m for m in weapons_in(s_lo, s_hi) if not _evt_march(tokens, m, s_lo, s_hi, text)
                       and not _evt_seized(tokens, m, s_lo, text, lex) and not _evt_appeal(tokens, m, s_lo, s_hi, text)]
        taken = sent.start in used_sentences  # by the record of an earlier sentence, for its toll
        # events the weapon terms miss, each finder seeing what the ones before it found
        all_weapons = _by_start(all_weapons, _evt_suicides(tokens, s_lo, s_hi, text, all_weapons))
        all_weapons = _by_start(all_weapons, _evt_attack_verbs(tokens, s_lo, s_hi, text, lex, all_weapons))
        all_weapons = _by_start(all_weapons, _evt_killings(tokens, s_lo, s_hi, text, lex, all_weapons))
        all_weapons = _by_start(all_weapons, _evt_operations(tokens, s_lo, s_hi, text, lex, all_weapons, taken))
        blasts = [m for m in _det_blasts(tokens, s_lo, s_hi, text, all_weapons, lex) if _det_aimed(tokens, m, s_hi, text, lex, s_lo)]
        if blasts:  # "انفجار هز سوقا": an explosion with no named device
            all_weapons = _by_start(all_weapons, blasts)
        denials = lex.sentence_filters.find(tokens, text, s_lo, s_hi) if all_weapons else []
        for lo, hi in _clauses(tokens, s_lo, s_hi, all_weapons, text, lex):
            c_start, c_end = tokens[lo].start, tokens[hi - 1].end
            weapons = [m for m in all_weapons if lo <= m.first < hi]
            if any(m not in blasts and not _generic(m, tokens, text, lex) for m in weapons):
                weapons = [m for m in weapons if m not in blasts]  # "انفجار عبوة ناسفة": the device is the trigger
            only_blasts = bool(weapons) and all(m in blasts or _generic(m, tokens, text, lex) for m in weapons) \
                and any(m in blasts for m in weapons)
            times = [t for t in sent_times if _in(t, c_start, c_end)]
            day_times = [t for t in times if _names_day(t, tokens, text, starts)]
            own_days = [t for t in day_times if not _report_date(t, tokens, text, starts, lex)]
            recalled = any(_evt_recalled(tokens, m, hi, text, lex, own_days) for m in weapons) \
                or bool(own_days) and any(m in blasts and _evt_struck(tokens, m, s_lo, hi, text, lex) for m in weapons)
            if weapons and all(_generic(m, tokens, text, lex) for m in weapons) and not recalled \
                    and (taken or not any(c["count"] for c in casualties(tokens, lo, hi, text, lex))):
                weapons = []  # "هجوم" alone reports an event only with casualties, unless they are the toll of the
                # event before it, whose record took this sentence ("وقال مصدر إن الهجوم أسفر عن مقتل جنديين")
            if _evt_out_of_scope(tokens, lo, hi, s_lo, s_hi, text, lex, weapons):
                weapons = []  # a protest, a crime or an arrest, not political violence
            # "نفت ...، وقالت إن ...": the denial and after; not a denial after the weapon ("شنت 25 غارة ...،
            # في حين نفت الوزارة مشاركة طائراتها")
            blocked = any(m.start < (weapons[0].start if weapons else c_end) for m in denials)
            clause_filters = _filters(tokens, lo, hi, text, lex, weapons, day_times) if weapons else []
            filtered = bool(clause_filters) and not (
                day_times and any(c["count"] for c in casualties(tokens, lo, hi, text, lex))
                and not any(m.payload in _evt_lexicon().unlifted for m in clause_filters))
            # a threat, a trend or an anniversary does not count its dead on a given day: a clause that
            # does ("قتل 3 أطفال يوم الأربعاء ... متهما الحوثيين") reports an event despite the word
            # "قال الوزير اليوم الأحد إن الحركة نفذت أكثر من 200 هجوم": the day it was said does not make a total an event
            reported = bool(weapons) and not filtered and not blocked \
                and not (not own_days and _is_total(tokens, lo, hi, text, lex, times)) \
                and not _evt_many_attacks(tokens, lo, hi, text, lex) \
                and bool(_evt_occurrences(tokens, lo, hi, text, lex) or lex.killed.find(tokens, text, lo, hi)
                         or lex.wounded.find(tokens, text, lo, hi)
                         or _evt_happened(tokens, lo, hi, text, lex, weapons, own_days, doc.published) or recalled)
            if not reported:
                if day_times:
                    last_day = _day(day_times[-1].value)
                continue
            record, summary, broad, told = _record(doc, si, lo, hi, weapons, times, sent_times, window, lex, kb,
                                                   countries, starts, weapons_in)
            if only_blasts and record.weapon == "ied" and record.munitions_count == 1:
                record.munitions_count = None  # no device is named: no count
            if only_blasts:
                vague_ids.add(id(record))
            if _det_anaphoric(tokens, lo, hi, text, weapons, lex):
                anaphoric_ids.add(id(record))
            if _evt_retold(tokens, lo, hi, text, lex, weapons):
                retold_ids.add(id(record))
            if broad:
                broad_ids.add(id(record))
            carried = told  # a date that is only when it was announced joins the event's own date
            undated = record.event_date is None and not records and _dat_recalled(doc, lo, hi, weapons, lex) is not None
            # an event the article recalls and names no day for, before any other: nobody can tell its day (null),
            # neither the report's nor the day of a statement or an arrest; a later mention with its day keeps it
            # (merge)
            if undated:
                carried = True
            if record.event_date is None and last_day is not None and not undated:
                record.event_date, carried = last_day, True
            clock = next((t for t in times + sent_times if t.kind == "time" and _day(t.value)), None)
            if record.event_date is None and clock is not None and not undated:
                record.event_date = _day(clock.value)  # a clock time and no day before it: the publication day
            if _day(record.event_date):
                last_day = record.event_date[:10]  # later events take the event's day, not when it was told
            elif day_times:
                last_day = _day(day_times[-1].value)
            if record.location is None and place_before(si) is not None:
                record.location = dict(last_place)  # "قرب المدخل الشمالي للمدينة": the place named before
            if record.location is None and not fallbacks:
                fallbacks = [_dateline_place(doc, kb), _main_town(doc, kb)]
            if record.location is None and fallbacks[0] is not None:
                record.location = dict(fallbacks[0])  # no place in the text before: where the report was filed
            if record.location is None and fallbacks[1] is not None:
                record.location = dict(fallbacks[1])  # nor a dateline: the town the article names first
            if record.event_date is None and record.location is None:
                continue
            if record.event_date is None and not undated:
                record.event_date = _plc_report_day(doc)  # a report that names no day: the day it came out
            if record.location is not None:
                last_place = record.location
            used_sentences.update(e["start"] for e in record.evidence)
            records.append((record, summary, carried))
    # a summary over several attacks goes when the single attacks are reported too
    singles = {r.weapon for r, summary, _ in records if not summary}
    kept = [(r, c) for r, summary, c in records if not (summary and r.weapon in singles and len(records) > 1)]
    _late_tolls(doc, [r for r, _ in kept], used_sentences, lex, starts)
    _late_lists(doc, [r for r, _ in kept], used_sentences, lex, starts)
    events = merge(kept, broad_ids, vague=vague_ids, anaphoric=anaphoric_ids)
    _evt_join(events, retold_ids)
    # claims and accusations name who did an event, not one mention of it: they go to the merged records
    _late_claims(doc, events, used_sentences, lex, starts, kb, countries)
    _clm_move_claims(doc, events, lex, starts)
    _title_claim(doc, events, lex, kb, countries)
    _late_accusations(doc, events, used_sentences, lex, starts, kb, countries)
    return events


def _unused_sentences(doc: Document, used: set[int], starts: list[int]):
    """(sentence, first token, end token) of the sentences no record was built from."""
    for sent in doc.sentences:
        if sent.start not in used:
            lo, hi = _tok_range(starts, sent.start, sent.end)
            if hi > lo:
                yield sent, lo, hi


def _late_claims(doc: Document, records: list[Incident], used: set[int], lex: Lexicon, starts: list[int],
                 kb=None, countries: dict | None = None) -> None:
    """A claim in a later sentence ("وتبنت حركة الشباب الهجوم", "وقالت الحركة إن مقاتليها استهدفوا الحاجز")
    goes to the record before it."""
    if not records:
        return
    _act_claim_records(doc, records, lex, starts)
    for sent, lo, hi in _unused_sentences(doc, used, starts):
        group, found = _claimed(doc, lo, hi, lex)
        if not found and kb is not None and not _own_toll_or_day(doc, sent, lo, hi, lex, starts):
            group = _acknowledged(doc, lo, hi, lex, kb, countries or {})
            found = group is not None
        if not found:
            continue
        if group is None:
            prior = [e for e in doc.entities if e.label == "FACTION" and e.end <= sent.start]
            if not prior:
                continue
            group = prior[-1].canonical or prior[-1].text  # "وكانت الحركة قد تبنت": the faction named before
        before = [r for r in records if r.evidence and r.evidence[0]["start"] < sent.start and r.claimed_by is None]
        if not before and not any(r.evidence and r.evidence[0]["start"] < sent.start for r in records):
            # the claim opens the story ("أعلنت الجماعة مسؤوليتها عن هجوم استهدف رتلا ..."), the event told after it
            # right after it: not an event told further on, after others the text missed
            nxt = next((x.start for x in doc.sentences if x.start > sent.start), None)
            before = [r for r in records if r.claimed_by is None and r.evidence
                      and min(e["start"] for e in r.evidence) == nxt][:1]
        if before:
            r = _clm_named_record(doc, before, lo, hi) or before[-1]
            r.claimed_by = group
            r.perpetrator = group  # who claims the attack carried it out, whatever the sentence suggested


def _clm_words(surface: str) -> set[str]:
    """The content words of a place or target, normalized, without the article or a leading preposition."""
    out = set()
    for w in re.findall(r"\w+", normalize(surface)):
        for prefix in ("وال", "بال", "لل", "فال", "ال", "ب", "و"):
            if w.startswith(prefix) and len(w) - len(prefix) >= 3:
                w = w[len(prefix):]
                break
        if len(w) >= 3:
            out.add(w)
    return out


def _clm_named_record(doc: Document, records: list[Incident], lo: int, hi: int) -> Incident | None:
    """The last of ``records`` whose place or target the claim sentence names ("تبني الجماعة للهجوم على
    المطار" claims the attack on the airport, not the one told after it), if one does."""
    said = _clm_words(doc.text[doc.tokens[lo].start:doc.tokens[hi - 1].end])
    for r in reversed(records):
        named = set()
        for part in (r.location, r.target):
            if part and part.get("text"):
                named |= _clm_words(part["text"])
        if named & said:
            return r
    return None


def _clm_move_claims(doc: Document, records: list[Incident], lex: Lexicon, starts: list[int]) -> None:
    """A claim a record took from a later sentence of its evidence goes to an earlier record when the claim
    names that record's place or target and not this one's ("... طائرتين أطلقتا باتجاه قاعدة الملك خالد.
    وأعلن المتحدث ... تبني الجماعة للهجوم على المطار": the claim of the attack on the airport)."""
    for i, r in enumerate(records):
        if r.claimed_by is None or len(r.evidence) < 2:
            continue
        earlier = [x for x in records[:i] if x.claimed_by is None]
        if not earlier:
            continue
        for ev in r.evidence[1:]:
            lo, hi = _tok_range(starts, ev["start"], ev["end"])
            if hi <= lo or not _claimed(doc, lo, hi, lex)[1]:
                continue
            x = _clm_named_record(doc, earlier + [r], lo, hi)  # r itself first: a claim naming its own place stays
            if x is not None and x is not r:
                x.claimed_by = x.perpetrator = r.claimed_by
                r.claimed_by = None
                break


def _act_claim_records(doc: Document, records: list[Incident], lex: Lexicon, starts: list[int]) -> None:
    """A record built from a claim of an event told before ("وتبنى الحرس الثوري الهجوم في بيان قال فيه إنه
    استهدف ... بصواريخ", with no toll of its own) is that event: its claimant claims the record of the same
    day before it, and it goes."""
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    for r in list(records):
        if not r.evidence or r.casualties or r.killed is not None or r.wounded is not None or not r.claimed_by:
            continue
        first = min(e["start"] for e in r.evidence)
        sent = next((x for x in doc.sentences if x.start == first), None)
        if sent is None:
            continue
        lo, hi = _tok_range(starts, sent.start, sent.end)
        claims = lex.claim.find(tokens, text, lo, hi)
        # the claim's object is an event named before: "تبنى التنظيم الهجوم", "أعلن مسؤوليته عن التفجير"
        if not any(set(forms[k]) & lex.act_claimed_events for m in claims for k in range(m.last + 1, min(hi, m.last + 5))):
            continue
        earlier = [x for x in records if x is not r and x.evidence and min(e["start"] for e in x.evidence) < first
                   and x.event_date and r.event_date and x.event_date[:10] == r.event_date[:10]]
        if not earlier:
            continue
        kept = _clm_named_record(doc, [x for x in earlier if x.claimed_by is None], lo, hi) or earlier[-1]
        if kept.claimed_by is None:
            kept.claimed_by = kept.perpetrator = r.claimed_by
        records.remove(r)


def _own_toll_or_day(doc: Document, sent: Sentence, lo: int, hi: int, lex: Lexicon, starts: list[int]) -> bool:
    """Whether a sentence tells an event of its own, with its toll or its day ("أعلن الجيش الإسرائيلي أن
    طائرة قصفت المدرعة، ما أدى إلى مقتل خمسة", "... نفذت الأحد الماضي غارات"): an actor announcing it
    does not claim the record before."""
    tokens, text = doc.tokens, doc.text
    if lex.killed.find(tokens, text, lo, hi) or lex.wounded.find(tokens, text, lo, hi):
        return True
    return any(_names_day(t, tokens, text, starts) and not _report_date(t, tokens, text, starts, lex)
               for t in doc.timexes if _in(t, sent.start, sent.end))  # not "أعلن أمس أن": when it was said


_PLURAL_ATTACKS = frozenset(normalize(w) for w in "الهجمات الهجومين التفجيرات التفجيرين العمليات الاعتداءات "
                            "هجمات تفجيرات".split())


def _title_claim(doc: Document, records: list[Incident], lex: Lexicon, kb, countries: dict) -> None:
    """A claim in the title ("«داعش» يتبنى تفجيري ..."، "... والحرس الثوري يتبنى"): the armed actor of the
    text named in the title claims the first record, when nothing in the text claimed it."""
    if not records or not doc.title or records[0].claimed_by is not None:
        return
    words = [normalize(w) for w in re.findall(r"\w+", doc.title)]
    if not lex.claim_words.intersection(words):
        return
    title = " " + " ".join(words) + " "
    for e in doc.entities:
        name = _armed_name(e, kb, countries)
        surface = " ".join(normalize(w) for w in re.findall(r"\w+", e.text))
        if name and surface and f" {surface} " in title:
            records[0].claimed_by = records[0].perpetrator = name
            return


def _late_accusations(doc: Document, records: list[Incident], used: set[int], lex: Lexicon,
                      starts: list[int], kb, countries: dict) -> None:
    """An accusation in a later sentence ("واتهمت السلطات حركة الشباب بالوقوف وراء الهجمات") names
    the perpetrator of the records before it that have none (back to the previous accusation)."""
    if not records:
        return
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    done = 0
    for sent, lo, hi in _unused_sentences(doc, used, starts):
        acc = lex.accusation.find(tokens, text, lo, hi)
        if not acc:
            continue
        group = _accused(doc, acc[0], hi, lex, kb, countries)
        if group is None:
            continue
        before = [r for r in records[done:] if r.evidence and r.evidence[0]["start"] < sent.start]
        plural = any(f in _PLURAL_ATTACKS for fs in forms[lo:hi] for f in fs)
        for r in (before if plural else before[-1:]):  # "الهجمات": all of them; "الهجوم": the last one
            if r.perpetrator is None:
                r.perpetrator = group
        done += len(before)


def _late_tolls(doc: Document, records: list[Incident], used: set[int], lex: Lexicon, starts: list[int]) -> None:
    """A revised toll in a sentence no record was built from ("وخفضت الوزارة حصيلة القتلى إلى 84") updates the
    record before it, or the first record when the toll opens the article ("ارتفعت حصيلة الغارات على الميناء
    إلى تسعة قتلى و80 جريحا" before the story), with the count of the other outcome joined to it ("و80 جريحا")."""
    if not records:
        return
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    for sent, lo, hi in _unused_sentences(doc, used, starts):
        tolls = [found for k in range(lo, hi) if (found := _toll(tokens, k, hi, text, lex, forms))]
        dated = [r for r in records if r.evidence]
        if not tolls or not dated or any(t.norm == "منذ" for t in tokens[lo:hi]):
            continue  # "ارتفع عدد القتلى إلى 97 منذ اندلاع القتال": a toll over a period
        before = [r for r in dated if r.evidence[0]["start"] < sent.start]
        r = before[-1] if before else min(dated, key=lambda x: x.evidence[0]["start"])
        for toll, end in tolls:
            toll = {k: v for k, v in toll.items() if k != "toll"}
            r.casualties = [c for c in r.casualties if c["outcome"] != toll["outcome"]] + [toll]
            setattr(r, toll["outcome"], toll["count"])
            joined = _joined_count(tokens, end if end < hi and tokens[end].text.startswith("و") else end + 1,
                                   hi, text, lex, toll["outcome"])
            if joined is not None and getattr(r, joined["outcome"]) is None:
                r.casualties.append(joined)
                setattr(r, joined["outcome"], joined["count"])
        r.evidence.append({"start": sent.start, "end": sent.end})
    _cas_late_counts(doc, records, used, lex, starts)
    _tol_lead_counts(doc, records, used, lex, starts)


def _tol_lead_counts(doc: Document, records: list[Incident], used: set[int], lex: Lexicon, starts: list[int]) -> None:
    """The casualties of the article's first sentence (the lead: "أعلنت السلطات احتجاز مشتبه به بعد حادث إطلاق
    نار أسفر عن مقتل 8 أشخاص") when no record was built from it and none counts any casualty (the record comes
    from a later sentence that tells the event again, "وقال المتحدث إن إطلاق النار وقع في 3 منازل"): they go to
    the first record. Not a lead with a total or a period ("منذ"), another event or a filter word."""
    if not records or any(r.killed is not None or r.wounded is not None for r in records) or not doc.sentences:
        return
    lead = doc.sentences[0]
    if lead.start in used:
        return
    lo, hi = _tok_range(starts, lead.start, lead.end)
    tokens, text = doc.tokens, doc.text
    if hi <= lo or any(t.norm == "منذ" for t in tokens[lo:hi]) or _is_total(tokens, lo, hi, text, lex, doc.timexes) \
            or lex.other_event_words.find(tokens, text, lo, hi) or lex.filters.find(tokens, text, lo, hi):
        return  # nor a lead about a trial, a denial, a threat ... ("أدانت محكمة الرقيب بقتل جريح")
    found = [c for c in casualties(tokens, lo, hi, text, lex) if not c.get("toll")]
    if not found:
        return
    r = min((r for r in records if r.evidence), key=lambda x: x.evidence[0]["start"], default=None)
    if r is None:
        return
    for outcome in ("killed", "wounded"):
        same = [c for c in found if c["outcome"] == outcome]
        if same:
            setattr(r, outcome, sum(c["count"] for c in same))
    r.casualties = r.casualties + found
    r.evidence.append({"start": lead.start, "end": lead.end})


def _cas_late_counts(doc: Document, records: list[Incident], used: set[int], lex: Lexicon, starts: list[int],
                     gap: int = 3) -> None:
    """Casualties in a later sentence no record was built from, that names the event told before it ("وقال
    المصدر إن قوة أمنية طوقت المكان. وأشار إلى أن الانفجار أسفر عن مقتل خمسة أشخاص"), go to the record
    before it, for the outcomes that record has no figure for; up to ``gap`` sentences after the record, and
    not for a sentence with a date, a period, a total, a filter (threats, denials ...) or another event."""
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    cas = _cas_lexicon()
    order = {s.start: n for n, s in enumerate(doc.sentences)}
    for sent, lo, hi in _unused_sentences(doc, used, starts):
        before = [r for r in records if r.evidence and r.evidence[0]["start"] < sent.start]
        if not before or not any(cas.anaphors & set(forms[k]) for k in range(lo, hi)):
            continue
        r = before[-1]
        last = max(order.get(e["start"], -1) for e in r.evidence)
        if not 0 <= order[sent.start] - last <= gap or any(sent.start <= t.start < sent.end for t in doc.timexes) \
                or any(t.norm == "منذ" for t in tokens[lo:hi]) or _is_total(tokens, lo, hi, text, lex, doc.timexes) \
                or lex.sentence_filters.find(tokens, text, lo, hi) or lex.other_event_words.find(tokens, text, lo, hi) \
                or any(_toll(tokens, k, hi, text, lex, forms) for k in range(lo, hi)):
            continue
        found = casualties(tokens, lo, hi, text, lex)
        new = [c for c in found if getattr(r, c["outcome"]) is None]
        for outcome in {c["outcome"] for c in new}:
            setattr(r, outcome, sum(c["count"] for c in new if c["outcome"] == outcome))
        if new:
            r.casualties = r.casualties + new
            r.evidence.append({"start": sent.start, "end": sent.end})


def _tol_generic() -> frozenset:
    """``tol_generic_victims`` of incidents.yaml: group heads that name nobody in particular."""
    return _words("tol_")["generic_victims"]


def _tol_head(c: dict) -> str | None:
    """The first word of a casualty's group, normalized, without "و" and "ال"; None for no group or a group
    that names nobody in particular (``tol_generic_victims``)."""
    words = normalize(c.get("group") or "").split()
    if not words:
        return None
    w = words[0].removeprefix("و") if len(words[0]) > 3 else words[0]
    if w in _tol_generic() or w.removeprefix("ال") in _tol_generic() or words[0] in _tol_generic():
        return None
    return w.removeprefix("ال")


def _tol_restated(before: list[dict], later: list[dict]) -> list[dict]:
    """The casualties of a record's sentences so far and those of a later sentence that goes on with the same
    event, together. For an outcome both count, the later figure restates the toll ("لقي أكثر من 90 شخصا حتفهم
    ..." then "وأكد المرصد مقتل 90 مدنيا على الأقل": 90, not 180; "أصيب 8 أشخاص" then "أسفر عن إصابة ضابطين
    و4 مدنيين": a breakdown) unless both name groups, they differ and so do their figures ("القضاء على
    إرهابيين اثنين" then "واستشهد عون أمن": 3): one figure, the higher (the first on a tie), not the sum.
    Revised tolls (``toll``) pass through, for ``_record`` to weigh."""
    out = list(before)
    for outcome in ("killed", "wounded"):
        old = [c for c in before if c["outcome"] == outcome and not c.get("toll")]
        new = [c for c in later if c["outcome"] == outcome and not c.get("toll")]
        if not old or not new:
            out += new
            continue
        heads_old, heads_new = {_tol_head(c) for c in old}, {_tol_head(c) for c in new}
        total_old, total_new = sum(c["count"] for c in old), sum(c["count"] for c in new)
        if total_new != total_old and None not in heads_old and None not in heads_new \
                and not {h[:3] for h in heads_old} & {h[:3] for h in heads_new}:
            out += new  # other people: "ارهابيين" then "عون أمن"
        elif total_new > total_old:
            out = [c for c in out if not any(c is o for o in old)] + new  # a higher figure for the same dead
    return out + [c for c in later if c.get("toll")]


def _late_lists(doc: Document, records: list[Incident], used: set[int], lex: Lexicon, starts: list[int]) -> None:
    """A later list of who the victims were ("وأوضح أن القتلى هم ثلاثة من عناصر الأمن وثلاثة مدنيين") gives the
    groups of the record before it when it adds up to that record's count."""
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    for sent, lo, hi in _unused_sentences(doc, used, starts):
        before = [r for r in records if r.evidence and r.evidence[0]["start"] < sent.start]
        for k in range(lo, hi):
            listed = _victims_list(tokens, k, hi, text, lex, forms) if before else None
            if listed is None:
                continue
            r = before[-1]
            outcome, parts = listed[0], listed[1]
            if getattr(r, outcome) == sum(p["count"] for p in parts):
                _replace_whole(r.casualties, outcome, parts)
                r.evidence.append({"start": sent.start, "end": sent.end})


def _joined_count(tokens: list[Token], k: int, hi: int, text: str, lex: Lexicon, outcome: str) -> dict | None:
    """The count of the other outcome joined by "و" at token ``k`` right after a toll of ``outcome``
    ("إلى تسعة قتلى [وأكثر من 80 جريحا]"), else None."""
    if k >= hi or not tokens[k].text.startswith("و"):
        return None
    found = casualties(tokens, k, min(hi, k + 5), text, lex)
    return found[0] if found and found[0]["outcome"] != outcome else None


def _no_casualties(tokens: list[Token], lo: int, hi: int, text: str, lex: Lexicon, counted: bool) -> set[str]:
    """The outcomes that [lo, hi) says did not happen: both for "دون وقوع إصابات", the dead only for "دون أن
    تسفر عن قتلى"; none for a phrase about one side ("دون إصابات في صفوف قواته") when a toll is ``counted``."""
    forms = _doc_forms(tokens, text)
    out: set[str] = set()
    cas = _cas_lexicon()
    found = lex.no_casualties.find(tokens, text, lo, hi)
    for m in found + [m for m in cas.no_casualties.find(tokens, text, lo, hi)
                      if not any(f.first <= m.first <= f.last for f in found)]:
        end = m.last + 1
        while end < hi and end - m.last <= 6 and tokens[end].kind != "punct":
            end += 1
        words = {f for fs in forms[m.first:end] for f in fs}
        if words.isdisjoint(lex.no_casualty_people) or counted and lex.no_casualty_scopes.find(tokens, text, m.last + 1, end):
            continue  # "دون أن تسجل أضرار": no damage, not no casualties
        said = {o for o, ws in lex.no_casualty_outcomes.items() if words & ws}
        out |= said if len(said) == 1 else {"killed", "wounded"}
    return out


def _record(doc: Document, si: int, lo: int, hi: int, weapons: list[Match], times: list[Timex],
            sent_times: list[Timex], window: int, lex: Lexicon, kb, countries: dict, starts: list[int],
            weapons_in):
    """One record from the clause [lo, hi) of sentence ``si`` (and the sentences after it);
    ``weapons_in(lo, hi)``: the weapon mentions of a sentence."""
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    sents = doc.sentences
    # a weapon proper beats a word for gunmen or violence in general ("أطلق مسلحون قذائف هاون")
    trigger = next((m for m in weapons if m.payload[0] not in ("small_arms", "unknown")), None) \
        or next((m for m in weapons if m.payload[0] == "small_arms"), None) \
        or next((m for m in weapons if not _generic(m, tokens, text, lex)), weapons[0])
    if any(m.payload[0] == "vbied" for m in weapons):
        trigger = next(m for m in weapons if m.payload[0] == "vbied")
    if trigger.payload[0] == "airstrike":  # "غارة بطائرة مسيرة", "ضربة لمسيرة": the drone made the strike
        trigger = next((m for m in weapons if m.payload[0] == "drone"), trigger)
    # fighting with heavier weapons in it is a battle ("دارت اشتباكات ... تخللها استخدام القذائف الصاروخية")
    trigger = next((m for m in weapons if m.payload[1] == "Battles"), trigger)
    weapon, event_type, sub_event_type = trigger.payload
    names = {f for m in weapons for fs in forms[m.first:m.last + 1] for f in fs}
    if weapon == "vbied" and any(m.payload[0] == "suicide_bomb" for m in weapons):
        sub_event_type = "Suicide bomb"
    abduction = next((m.payload for m in weapons if m.payload[2] == "Abduction/forced disappearance"), None)
    if abduction and weapon in ("small_arms", "unknown"):
        # "خطف مسلحون خمسة مدنيين": an abduction (by gunmen: small arms), not an attack
        event_type, sub_event_type = abduction[1], abduction[2]
    recalled = _dat_recalled(doc, lo, hi, weapons, lex)
    if recalled is not None:  # "أوقفت الشرطة أمس شابا احتفل بالهجوم على المتحف": not the day of the main verb
        times = [t for t in times if t.start >= tokens[recalled].start]
        sent_times = [t for t in sent_times if t.start >= tokens[recalled].start]
    day_times = [t for t in times if _names_day(t, tokens, text, starts)]
    if not day_times and not lex.reference_words.match_at(tokens, lo, text, hi):
        # the sentence's date, unless the clause recalls an earlier event ("ردا على الهجوم الذي ...")
        day_times = [t for t in sent_times if _names_day(t, tokens, text, starts)]
    told = [t for t in day_times if _report_date(t, tokens, text, starts, lex)]
    only_told = bool(told) and len(told) == len(day_times)
    if told and len(told) < len(day_times):
        day_times = [t for t in day_times if t not in told]
    elif told and any(_month(t.value) for t in times):
        day_times = []  # "قال الوزير اليوم ... الهجوم الذي استهدف متحف باردو في مارس 2015": the month
    if day_times:
        best = min(range(len(day_times)), key=lambda k: abs(day_times[k].start - trigger.start))
        while best > 0 and day_times[best].start - day_times[best - 1].end <= 4:
            best -= 1  # "29 و30 أفريل": the first day of a range
        date = _day(day_times[best].value)
    else:
        date = next((_month(t.value) for t in times + sent_times
                     if _month(t.value) and not _since(t, tokens, text, starts)), None)
    sent = sents[si]
    s_lo, s_hi = _tok_range(starts, sent.start, sent.end)
    places = _places(doc, lo, hi, kb, lex, starts)
    if all(p.launch for p in places):  # nothing but a launch site or an actor in the clause: the sentence's
        places = [p for p in _places(doc, s_lo, s_hi, kb, lex, starts) if not p.launch] or places
    for nxt in sents[si + 1: si + 1 + window]:
        if places:
            break
        n_lo, n_hi = _tok_range(starts, nxt.start, nxt.end)
        if n_hi > n_lo and not weapons_in(n_lo, n_hi):
            places = _places(doc, n_lo, n_hi, kb, lex, starts)  # "... في العاصمة مقديشو" in the next sentence
    _plc_other_events(doc, places, trigger, starts)
    place = _choose_place(places, trigger.start)
    if place is not None and place.rank > 3:  # only a province in the clause: a town of it in the sentence
        finer = _loc_finer(place, _places(doc, s_lo, s_hi, kb, lex, starts), kb)
        if finer:
            places = finer + places
            place = _choose_place(finer, trigger.start)
    location = _location(place, places, kb) if place is not None else None
    count = _munitions(doc, trigger, weapons, lo, hi, lex) if weapon not in ("small_arms", "unknown") else None
    # slots may continue in the next sentences (casualties, claims)
    evidence = [{"start": sent.start, "end": sent.end}]
    c_hi = hi
    for nxt in sents[si + 1: si + 1 + window]:
        n_lo, n_hi = _tok_range(starts, nxt.start, nxt.end)
        if _own_event(tokens, n_lo, n_hi, text, lex, weapons_in(n_lo, n_hi)):
            break  # the next sentence reports an event of its own
        if _is_total(tokens, n_lo, n_hi, text, lex, doc.timexes) or any(t.norm == "منذ" for t in tokens[n_lo:n_hi]):
            break  # "قتل أكثر من 1500 شخص منذ مطلع العام": a toll over a period
        if any(m.payload == "accident" for m in lex.filters.find(tokens, text, n_lo, n_hi)):
            break  # "حيث قتل 56 شخصا في تدافع خلال الجنازة": the toll of an accident
        if lex.killed.find(tokens, text, n_lo, n_hi) or lex.wounded.find(tokens, text, n_lo, n_hi) \
                or lex.no_casualties.find(tokens, text, n_lo, n_hi) or _claimed(doc, n_lo, n_hi, lex)[1]:
            c_hi = n_hi
            evidence.append({"start": nxt.start, "end": nxt.end})
    if len(evidence) > 1 and (place is None or place.launch or place.rank > 3):
        # only a launch site, a destination or a province in the sentence: the place a sentence that goes on
        # with the same event names ("... قافلة متجهة إلى مدينة جيبو. وقال المتحدث إن القافلة تعرضت لهجوم قرب
        # بلدة غاسكيندي")
        more = [p for ev in evidence[1:] for p in _places(doc, *_tok_range(starts, ev["start"], ev["end"]), kb, lex,
                                                           starts) if not p.launch and p.rank <= 3]
        if more:
            place = _choose_place(more, more[0].start)
            location = _location(place, more, kb)
    # each sentence on its own: a later sentence may restate the toll of the first (``_tol_restated``)
    cas = casualties(tokens, lo, s_hi if c_hi > s_hi else hi, text, lex)
    for ev in evidence[1:]:
        cas = _tol_restated(cas, casualties(tokens, *_tok_range(starts, ev["start"], ev["end"]), text, lex))
    for outcome in ("killed", "wounded"):  # a revised toll replaces the figures given before it
        tolls = [c for c in cas if c.get("toll") and c["outcome"] == outcome]
        parts = [c for c in cas if not c.get("toll") and c["outcome"] == outcome]
        if tolls and sum(c["count"] for c in parts) == tolls[-1]["count"]:
            cas = [c for c in cas if not c.get("toll") or c["outcome"] != outcome]  # the parts make up the toll
        elif tolls:
            cas = [c for c in cas if c["outcome"] != outcome or c is tolls[-1]]
    cas = [{k: v for k, v in c.items() if k != "toll"} for c in cas]
    killed = sum(c["count"] for c in cas if c["outcome"] == "killed") if any(c["outcome"] == "killed" for c in cas) else None
    wounded = sum(c["count"] for c in cas if c["outcome"] == "wounded") if any(c["outcome"] == "wounded" for c in cas) else None
    # a claim or "no casualties" may follow in a later clause of the sentence ("...، في هجوم تبنته حركة
    # الشباب", "...، من دون أن يسفر الهجوم عن إصابات"), up to the next weapon that reports an event of its own
    later = [m.first for m in weapons_in(s_lo, s_hi) if m.first >= hi and not _generic(m, tokens, text, lex)]
    claim_hi = c_hi if c_hi > s_hi else min(later, default=s_hi)
    none = _no_casualties(tokens, lo, max(c_hi, claim_hi), text, lex, bool(cas))
    killed = 0 if killed is None and "killed" in none else killed
    wounded = 0 if wounded is None and "wounded" in none else wounded
    claimed_by, claimed = _claimed(doc, s_lo, max(c_hi, claim_hi), lex)
    if location is not None and location["country"] is None:  # "حي البساتين": the article's country
        location["country"] = _plc_article_country(doc, kb)
    home = countries.get((location or {}).get("country"))  # the state where it happened
    if home is None:  # a place the gazetteer lacks: the country of the dateline or first town
        home = next((countries.get(p["country"]) for p in (_dateline_place(doc, kb), _main_town(doc, kb))
                     if p is not None and p.get("country")), None)
    if not claimed:
        claimed_by = _acknowledged(doc, s_lo, s_hi, lex, kb, countries, home)
    if claimed and claimed_by is None:
        prior = [e for e in doc.entities if e.label == "FACTION" and e.end <= tokens[lo].start]
        claimed_by = (prior[-1].canonical or prior[-1].text) if prior else None
    perpetrator = claimed_by or _actor(doc, lo, hi, trigger, lex, kb, countries, weapons, home)
    if perpetrator is None and claim_hi > hi:  # "...، ويعتقد أن حركة الشباب تقف وراء الهجوم": a later clause
        acc = lex.accusation.find(tokens, text, hi, claim_hi)
        perpetrator = _accused(doc, acc[0], claim_hi, lex, kb, countries, home) if acc else None
    target = None if _between_sides(tokens, trigger, hi, text, lex) else _target(doc, lo, hi, lex, kb, trigger, cas)
    if weapon in ("small_arms", "unknown") and sub_event_type == "Attack":
        words = {normalize(w) for c in cas for w in (c.get("group") or "").split()}
        words |= {normalize(w) for w in ((target or {}).get("text") or "").split()}
        words |= {w[2:] for w in words if w.startswith("ال")}  # "الثكنة العسكرية", "الجنود"
        words |= {w[:-1] for w in words if w.endswith("ا")}  # "هاجموا حاجزا", "قتلوا شرطيا"
        if words & lex.security_words:
            event_type, sub_event_type = "Battles", "Armed clash"
    summary = bool(names & lex.summary_words)
    broad = place is None or place.rank > 3
    record = Incident(
        article_id=doc.id, event_date=date, event_type=event_type, sub_event_type=sub_event_type,
        weapon=weapon, munitions_count=count, location=location, target=target,
        perpetrator=perpetrator, claimed_by=claimed_by, killed=killed, wounded=wounded,
        casualties=cas, evidence=evidence,
    )
    return record, summary, broad, only_told and date is not None and len(date) == 10


def _between_sides(tokens: list[Token], trigger: Match, hi: int, text: str, lex: Lexicon) -> bool:
    """Whether the event is a clash between two sides ("اشتباكات عنيفة بين الجيش ومسلحين"): it has no
    target, only two actors."""
    if trigger.payload[1] != "Battles":
        return False
    forms = _doc_forms(tokens, text)
    return any(set(forms[k]) & lex.between_words for k in range(trigger.last + 1, min(hi, trigger.last + 4)))


def _plural(forms: tuple[str, ...], lex: Lexicon) -> bool:
    """A plural weapon word, with or without the article ("صواريخ", "الصواريخ", "رشقة")."""
    return any(f in lex.plural_words or (f.startswith("ال") and f[2:] in lex.plural_words) for f in forms)


def _timed(doc: Document, k: int) -> bool:
    """Token ``k`` is inside a time expression ("ليل الأحد الاثنين"): a day, not a count."""
    tok = doc.tokens[k]
    return any(t.start <= tok.start < t.end for t in doc.timexes)


def _munitions(doc: Document, trigger: Match, weapons: list[Match], lo: int, hi: int, lex: Lexicon) -> int | None:
    """How many were launched (spec section 4): "من أصل 8 صواريخ" after the weapon; else a count right
    before it or before another mention of the same weapon ("طائرات حربية ... ثماني غارات"), or, for a
    strike, before what it dropped ("ألقت طائرة ثماني قنابل"), a number of a time expression excepted
    ("ليل الأحد الاثنين غارات"); else a dual ("صاروخين", "قذيفتا هاون") is 2, a singular 1, and a plural
    ("عدة قذائف", "عشرات الصواريخ", "رشقة صاروخية") or a strike without a number gives none; a double
    attack ("تفجير مزدوج") is 2."""
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    weapon = trigger.payload[0]
    count = _out_of(tokens, trigger.last + 1, hi, text, lex)
    if count is not None:
        return count
    heads = [trigger.first] + [m.first for m in weapons if m is not trigger and m.payload[0] == weapon]
    if weapon == "airstrike":
        heads += [k for k in range(lo, hi) if not lex.munition_nouns.isdisjoint(forms[k])]
    for k in heads:
        if k - 1 >= lo and not _timed(doc, k - 1):
            count = number_before(tokens, k, lo, text, lex)
            if count is not None:
                return count
    first = tokens[trigger.first]
    if any(not lex.double_words.isdisjoint(forms[k]) for k in range(trigger.last + 1, min(hi, trigger.last + 3))):
        return 2  # "الهجوم الانتحاري المزدوج", "تفجير مزدوج"
    if _plural(forms[trigger.first], lex):
        return None
    if dual(first) or (first.norm.endswith("تا") and len(first.norm) > 4):  # "قذيفتا هاون": a dual before its noun
        return 2
    return None if weapon == "airstrike" else 1


_SUPERLATIVES = frozenset(normalize(w) for w in "أعنف أكبر أسوأ أشد أخطر أول الأول الأعنف الأكبر الأسوأ الأشد الأخطر "
                          "أدمى الأكثر الأولى أولى لأول للمرة".split())  # "وهي المرة الأولى منذ 30 عاما"


def _is_total(tokens: list[Token], lo: int, hi: int, text: str, lex: Lexicon, timexes: list[Timex] = ()) -> bool:
    """"أكثر من 50 هجوما", "12 هجوما صاروخيا", "عشرات الغارات": a count of attacks is a total, not an event;
    so is a toll "منذ" a date or period ("قتل 1500 شخص في هجمات منذ مطلع العام")."""
    forms = _doc_forms(tokens, text)
    for k in range(lo, hi - 1):
        if tokens[k].norm == "منذ" and (any(t.start <= tokens[k + 1].start < t.end or t.start == tokens[k].start
                                           for t in timexes) or tokens[k + 1].norm in _det_lexicon().since_starts) \
                and not any(f in _SUPERLATIVES for fs in forms[max(lo, k - 6):k] for f in fs):
            return True  # "منذ أشهر", "منذ مطلع العام", "منذ بدء المواجهات"; not "في أعنف هجوم منذ سنوات", a comparison
        n = token_number(tokens[k], text, lex)
        nxt = tokens[k + 1].norm
        if n is not None and n > 2 and nxt in lex.total_nouns and (n >= 10 or _many_context(tokens, k, lo, lex)):
            return True  # "أكثر من 50 هجوما"; "ثلاث غارات" on one day is an event
        if n is not None and n >= 10 and nxt in lex.total_weapon_nouns and _many_context(tokens, k, lo, lex):
            return True  # "أكثر من 400 صاروخ"
        if tokens[k].norm in lex.many_words and nxt in lex.total_nouns | {"ال" + w for w in lex.total_nouns}:
            return True
    return False


def _many_context(tokens: list[Token], k: int, lo: int, lex: Lexicon) -> bool:
    """"أكثر من" / "نحو" before a count."""
    prev = " ".join(t.norm for t in tokens[max(lo, k - 2):k])
    return "اكثر من" in prev or "نحو" in prev


def merge(records: list[tuple[Incident, bool]], broad: set[int] = frozenset(), *, vague: set[int] = frozenset(),
          anaphoric: set[int] = frozenset()) -> list[Incident]:
    """One record per event.

    Mentions with the same day, place and weapon merge; a mention whose date was
    only carried over from earlier sentences joins a record of the same weapon and
    place that has a date of its own. A mention placed only broadly (a province,
    a country, or no place: ``broad``) joins the one specific record it can
    describe; when it fits several, it is an overview of attacks reported one by
    one ("انفجارات في أحياء بغداد" before each neighbourhood) and adds nothing.
    An explosion with no named device (``vague``) is the explosive event of the same day and place whose
    device is named ("قتل ستة في انفجار استهدف عرضا عسكريا" ... "استهدفت العرض بطائرة مسيرة"); a mention
    told with the article and no day of its own (``anaphoric``: "وقالت المصادر إن المسلحين هاجموا القافلة
    بقذائف صاروخية") is the event before it at that place.
    """
    explicit = {id(r) for r, carried in records if not carried}
    broad = set(broad) | {id(r) for r, _ in records
                          if any(k is not r and k.weapon == r.weapon and k.event_date == r.event_date
                                 and _contains(r.location, k.location) for k, _ in records)}
    out: list[Incident] = []
    for r, carried in records:
        if id(r) in broad:
            continue
        same = next((k for k in out if k.weapon == r.weapon and k.event_date == r.event_date
                     and _compatible_place(k.location, r.location) and not _det_apart(k.location, r.location)), None)
        if same is None and carried:
            same = next((k for k in out if k.weapon == r.weapon and id(k) in explicit
                         and r.location and _compatible_place(k.location, r.location)), None)
        if same is None:
            out.append(r)
        else:
            _fill(same, r)
    specific = list(out)
    for r, carried in records:
        if id(r) not in broad:
            continue
        fits = [k for k in specific if k.weapon == r.weapon and (k.event_date == r.event_date or carried)]
        if len(fits) > 1 and carried:  # a date carried over from the record before: its own day first
            fits = [k for k in fits if k.event_date == r.event_date] or fits
        if len(fits) == 1:
            _fill(fits[0], r)
        elif not fits:
            same = next((k for k in out if id(k) in broad and k.weapon == r.weapon
                         and k.event_date == r.event_date), None)
            if same is None:
                out.append(r)
            else:
                _fill(same, r)
    # a carried-date record seen before the explicit one
    for r in list(out):
        if id(r) in explicit or not r.location:
            continue
        other = next((k for k in out if k is not r and k.weapon == r.weapon and id(k) in explicit
                      and _compatible_place(k.location, r.location)), None)
        if other is not None:
            _fill(other, r)
            out.remove(r)
    _det_join(out, vague, anaphoric, {id(r) for r, carried in records if carried})
    return sorted(out, key=lambda r: r.evidence[0]["start"] if r.evidence else 0)


def _det_site(a: dict | None, b: dict | None) -> bool:
    """The same site: the same place, or one name inside the other ("المصفح", "منطقة المصفح"); unlike
    ``_compatible_place``, two places the gazetteer lacks are not the same for want of a province."""
    if _same_place(a, b):
        return True
    ta, tb = normalize(a.get("text") or ""), normalize(b.get("text") or "")
    return bool(ta and tb) and (ta in tb or tb in ta)


def _det_apart(a: dict | None, b: dict | None) -> bool:
    """Two places the gazetteer lacks, with different names ("حي ثعبات", "منطقة الضباب"): two sites, not one."""
    if not a or not b or a.get("canonical") or b.get("canonical"):
        return False
    return not _det_site(a, b)


def _det_join(out: list[Incident], vague: set[int], anaphoric: set[int], carried: set[int]) -> None:
    """Mentions of an event told before or after it (see ``merge``), joined to it in ``out``."""
    for r in list(out):
        if id(r) not in vague:
            continue
        named = next((k for k in out if k is not r and id(k) not in vague and k.event_type == r.event_type
                      and k.event_date == r.event_date and _det_site(k.location, r.location)), None)
        if named is not None:  # the device named in the other mention
            _fill(named, r)
            out.remove(r)
    ordered = sorted(out, key=lambda r: r.evidence[0]["start"] if r.evidence else 0)
    for i, r in enumerate(ordered):
        if i == 0 or id(r) not in anaphoric or id(r) not in carried:
            continue
        before = ordered[i - 1]
        # "وقال مصدر إن العبوة انفجرت ... ونقلت الجريح إلى مستشفى المقدادية": the device with the article is the one
        # named just before, wherever the retelling sentence points
        if before in out and before.event_date == r.event_date \
                and (_det_site(before.location, r.location)
                     or before.weapon == r.weapon and not _evt_two_known_places(before.location, r.location)):
            _fill(before, r)
            out.remove(r)
            ordered[i] = before  # a third mention joins the same event


def _evt_two_known_places(a: dict | None, b: dict | None) -> bool:
    """Two different places the gazetteer knows ("منشأة نطنز", "طهران"): two events even when told alike."""
    return bool(a and b and a.get("canonical") and b.get("canonical") and a.get("canonical") != b.get("canonical"))


def _fill(kept: Incident, r: Incident) -> None:
    """The slots ``kept`` lacks, from ``r`` (a mention of the same event); a count comes with its groups,
    and who claims the event carried it out."""
    if kept.claimed_by is None and r.claimed_by is not None:
        kept.claimed_by = kept.perpetrator = r.claimed_by
    for slot in ("munitions_count", "target", "perpetrator", "claimed_by", "location"):
        if getattr(kept, slot) is None and getattr(r, slot) is not None:
            setattr(kept, slot, getattr(r, slot))
    for outcome in ("killed", "wounded"):  # "أصيب 120" in one mention, "أودى بحياة 141" in another
        if getattr(kept, outcome) is None and getattr(r, outcome) is not None:
            setattr(kept, outcome, getattr(r, outcome))
            kept.casualties = kept.casualties + [c for c in r.casualties if c["outcome"] == outcome]
    kept.evidence += [e for e in r.evidence if e not in kept.evidence]


def _compatible_place(a: dict | None, b: dict | None) -> bool:
    """On the same day with the same weapon: one place inside the other, or one without a known name."""
    if _det_site(a, b):  # "مطار أربيل الدولي" in "الجناح العسكري في مطار أربيل الدولي"
        return True
    return a.get("canonical") in (b.get("admin1"), b.get("country")) or \
        b.get("canonical") in (a.get("admin1"), a.get("country"))


def _contains(a: dict | None, b: dict | None) -> bool:
    """Place ``a`` strictly contains place ``b``: its province ("بغداد" and "مدينة الصدر"),
    or a shorter name inside the other's ("مطار أربيل" in "الجناح العسكري في مطار أربيل")."""
    if not a or not b or _same_place(a, b):
        return False
    if a.get("canonical") and a.get("canonical") == b.get("admin1"):
        return True
    ta, tb = normalize(a.get("text") or ""), normalize(b.get("text") or "")
    return bool(ta) and ta in tb and ta != tb


def _same_place(a: dict | None, b: dict | None) -> bool:
    if a is None or b is None:
        return True
    if a.get("canonical") and a.get("canonical") == b.get("canonical"):
        return True
    return normalize(a.get("text") or "") == normalize(b.get("text") or "")


@registry.stage("incidents", requires=("sentences", "entities", "timexes"), provides=("incidents",))
def make_incidents(config: dict):
    """Factory for the ``incidents`` stage. Option ``window``: sentences after a trigger that may fill slots."""
    window = int(config.get("window", 1))
    lexicon()
    load_kb().countries

    def incidents_stage(doc: Document) -> Document:
        doc.incidents = extract(doc, window)
        return doc

    return incidents_stage
