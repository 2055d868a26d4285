"""Language data for the incidents stage: the lexicons of ``resources/ar/incidents.yaml``
and ``numbers.yaml``, word forms (inflections, verb forms, possessives), numbers and
small token helpers shared by the other modules.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...document import Document, Token
from ...kb import load_yaml, name_forms
from ..normalize import normalize
from .matches import PhraseMatcher


RESOURCES = Path(__file__).resolve().parents[2] / "resources" / "ar"


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
        if rest and not n_adj:  # "صاروخي كروز": a masculine dual before its complement
            out.append(phrase(head + "ي", None))
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


@lru_cache(maxsize=None)
def _verb_words(prefix: str, name: str) -> frozenset:
    """A word list of one rule area (``_words(prefix)[name]``) with the subject endings of its verbs (``verb_forms``)."""
    return _n(f for w in _words(prefix)[name] for f in verb_forms(w))


@lru_cache(maxsize=None)
def _with_article(words: frozenset) -> frozenset:
    """A word list with the article on each of its words that has none ("قوات الأمن" words: "الجيش", "جيش")."""
    return words | {"ال" + w for w in words if not w.startswith("ال")}


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
        target_nouns=PhraseMatcher((f, True) for w in y["target_nouns"]
                                   for f in inflections(w) + possessives(w, ("ه", "ها", "هم", "هما", "هن"))),
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
    return tuple([f for _, f in name_forms(tok, text)])


_DOC_FORMS: tuple = (None, None, [])


def _doc_forms(tokens: list[Token], text: str) -> list[tuple[str, ...]]:
    """``_forms`` of every token of a document, computed once per document: the functions below look
    words up in many overlapping windows. The last document's forms are kept with its token list,
    which keeps that list alive, so its identity cannot be taken by another one."""
    global _DOC_FORMS
    cached = _DOC_FORMS
    if cached[0] is tokens and cached[1] is text and len(cached[2]) == len(tokens):
        return cached[2]
    forms = [_forms(t, text) if t.splits else (t.norm,) for t in tokens]
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


def _verb(form: str) -> str:
    """A verb without an object pronoun: "شنته" -> "شنت", "أطلقها" -> "أطلق"."""
    for suffix in ("هم", "ها", "ه"):
        if form.endswith(suffix) and len(form) - len(suffix) >= 2:
            return form[: -len(suffix)]
    return form


def _plural(forms: tuple[str, ...], lex: Lexicon) -> bool:
    """A plural weapon word, with or without the article ("صواريخ", "الصواريخ", "رشقة")."""
    return any(f in lex.plural_words or (f.startswith("ال") and f[2:] in lex.plural_words) for f in forms)


def _timed(doc: Document, k: int) -> bool:
    """Token ``k`` is inside a time expression ("ليل الأحد الاثنين"): a day, not a count."""
    tok = doc.tokens[k]
    return any(t.start <= tok.start < t.end for t in doc.timexes)
