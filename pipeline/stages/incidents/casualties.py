"""Casualties and munitions: counts by outcome and group ("قتل 3 جنود وأصيب 5
مدنيين"), the 0-versus-null rule ("لم تسفر عن إصابات"), restated tolls and the
number of rockets or shells ("3 من أصل 8").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ...document import Document, Token
from ...matcher import Match
from ..normalize import normalize
from .lexicon import (
    Lexicon, _data, _doc_forms, _forms, _n, _out_of, _plural, _timed, _verb, _words, dual, number_before, token_number,
)
from .matches import PhraseMatcher


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
    ordinals: dict
    months: frozenset


@lru_cache(maxsize=1)
def _cas_lexicon() -> _CasLexicon:
    """The ``cas_*`` keys of incidents.yaml that the casualty functions read besides ``lexicon()``, and the first
    words of the month names of time.yaml (a date between a casualty verb and its count)."""
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
        ordinals={normalize(w): int(n) for n, ws in y["cas_ordinals"].items() for w in ws},
        months=frozenset(normalize(w.split()[0]) for m in _data("time.yaml")["months"].values()
                         for w in m["western"]),
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
        return _cs6_life_verb(tokens, i, hi, forms)
    for k in range(i + 2, min(hi, i + _cs6_SUBJECT_WORDS + 2)):  # "أودى انفجار سيارة مفخخة في سوق ... بحياة 12"
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
            if count is None and _cs12_description_word(tokens, k, j):
                n, k = n + 1, k + 1  # "قائد [وحدة] الهندسة، وأربعة من عناصره": a word of the description
                continue
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
    if stem[:1] in ("ل", "ب") and stem[1:2] == "م" and len(stem) >= 5:
        stem = stem[1:]  # "لمعتقلين", "بمسلحين": a preposition on the participle (cs13)
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
    at "و" that joins the next group or clause, or at punctuation other than quotes ("عناصر «قسد»"); also at how they
    were hit or what they were doing (``cs11_group_stops``: "مقيمين اثنين [بشظايا]", "طفل [كان] يمر")."""
    g1, n = g0, 0
    stops = _words("cs11_")["group_stops"]  # "طفل [كان] يمر", "مقيمين اثنين [بشظايا]": not who they were
    while g1 < hi and n < words and (tokens[g1].text in _QUOTES or tokens[g1].kind == "word"
                                     and tokens[g1].norm not in lex.group_stops and tokens[g1].norm not in stops
                                     and not (n and tokens[g1].text.startswith("و"))):
        n += tokens[g1].kind == "word"
        g1 += 1
    return g1


def _count_and_group(tokens: list[Token], j: int, hi: int, text: str, lex: Lexicon) -> tuple[int | None, int, int]:
    """At token ``j`` (after a casualty head): (count, group start, group end)."""
    start = j
    if j < hi and tokens[j].text in _QUOTES:
        j += 1  # 'مقتل "أكثر من 70 عنصرا"'
    between = lex.casualty_times | lex.casualty_subjects | lex.casualty_manner | _words("cas_")["between_words"]
    extra = 0  # the words of a date passed, not counted in the three words
    while j < hi:
        if j - start - extra < 3 and tokens[j].norm in between:
            # "قتلوا الاثنين", "أصيب أمس ثلاثة جنود": the day, not a count; "أصاب الانفجار 4": the subject;
            # "أصيب بجروح خطيرة أربعة": how they were hurt; "قتل أيضا جنديان", "قتل بها ثلاثة": an adverb
            if tokens[j].norm in lex.casualty_times and any(tokens[k].norm in lex.casualty_subjects for k in range(start, j)):
                extra += 1  # "قتل مسلحون مجهولون، صباح اليوم،": the time after the subject, not counted in the three words
            j += 1
        elif j > start and tokens[j - 1].norm in lex.casualty_subjects and _cs15_ride_end(tokens, j, hi) > j:
            e = _cs15_ride_end(tokens, j, hi)  # "اغتال مسلحون مجهولون [يستقلون دراجة نارية] ضابطا": their ride
            j, extra = e, extra + (e - j)
        elif tokens[j].text in "،," and j + 1 < hi and (
                tokens[j + 1].norm in lex.casualty_times or j > start and (
                    tokens[j - 1].norm in lex.casualty_times | _cas_lexicon().months or tokens[j - 1].kind == "number")):
            j, extra = j + 1, extra + 1  # "قتل، صباح اليوم الثلاثاء، ستة": a time set off by commas
        elif j > start and tokens[j - 1].norm in between and j + 1 < hi \
                and token_number(tokens[j], text, lex) is not None and tokens[j + 1].norm in _cas_lexicon().months:
            # "قتل اليوم الأربعاء 24 أوت 2016 إرهابي": the day of the month, not a count (and the year after it)
            e = j + 2 + (j + 2 < hi and tokens[j + 2].kind == "number")
            j, extra = e, extra + (e - j)
        else:
            break
    m = (lex.approximators.match_at(tokens, j, text, hi)
         or _cas_lexicon().approximators.match_at(tokens, j, text, hi)) if j < hi else None
    if m is not None:
        j = m.last + 1
    if j < hi and _ac4_weekday_after_day(tokens, j, start):
        j += 1  # "اغتال مسلحون مجهولون اليوم الاثنين الصحفي": Monday, not two
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
            and token_number(tokens[g0 + 1], text, lex) is not None \
            and (tokens[g0 + 1].norm not in lex.casualty_times or _cs10_definite_two(tokens, g0, text, lex)):
        # "المهاجمين الثلاثة", "الجنود الأربعة" (not "الاثنين", Monday, unless it agrees with a dual: "المهاجمين الاثنين")
        return token_number(tokens[g0 + 1], text, lex), g0, g0 + 2
    suspects = _cs16_suspects(tokens, g0, hi) if count is None else None
    if suspects is not None:  # "قتل فيه المشتبه بهما": the two suspects
        return suspects, g0, g0 + 2
    if count is None and g0 < hi and _cs8_preposition(tokens[g0]):
        return None, g0, g0  # "قتلوا أمام مقر الشرطة": in front of, not an imam
    if count is None and g1 > g0:
        heads = _forms(tokens[g0], text)
        head = heads[-1]  # without a proclitic: "وجندي" -> "جندي"
        if any(h in lex.person_singular or h.startswith("ال") and h[2:] in lex.person_singular for h in heads) \
                or not lex.one_of.isdisjoint(heads):
            count = 1  # "مقتل جندي", "مقتل الجندي", "مقتل أحد عناصر الشرطة"
        elif not lex.person_duals.isdisjoint(heads):
            count = 2  # "وطفلاها": a dual with the pronoun of its owner
        elif dual(head) and head not in lex.not_duals \
                and not (g0 + 1 >= g1 and _cas_sound_plural(head) and not _cs15_marked_dual(tokens[g0])) \
                and not _cs15_noun_counted_after(tokens, g0, hi, text, lex) and (
                g0 + 1 >= g1 or head.endswith(("يين", "ان")) or tokens[g0 + 1].norm.endswith(("يين", "يان"))
                or tokens[g0 + 1].norm in ("اثنين", "اثنان")
                or tokens[g0 + 1].norm in _words("cas_")["dual_others"] and not _cas_sound_plural(head)):
            # "ضابطين آخرين": a noun with a broken plural (ضباط) is a dual before "آخرين" too
            count = 2  # "جنديين", "ضابطان برتبة نقيب" (-ان: a nominative dual; the plural ends in -ون)
        else:
            count = _cs7_person_count(heads)  # "مقتل مجند", "إصابة صاحبه", "إصابة والدتهما", "طفليهما"
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
    if g1 - 1 > g0 and tokens[g1 - 1].text in _QUOTES and sum(tokens[k].text in _QUOTES for k in range(g0, g1)) % 2:
        return g1 - 1  # 'و"حيدت 11 إرهابيا"': the closing quote of the statement, not of the group
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
            if whole is None and k + 2 < i and tokens[k + 1].norm == "من" and tokens[k + 2].kind == "word":
                return n, k + 2  # "خمسة من أفرادها قضوا تحت الركام": the group after "من" (cs11)
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
    risen = i > 0 and not _words("cs7_")["rise_words"].isdisjoint(forms[i - 1])
    for j in range(i + 1, min(hi - 1, i + (_cs7_RISEN_WORDS if risen else 12))):
        if tokens[j].norm == _ILA:
            number = _cas_number(tokens, j + 1, hi, text, lex)  # "إلى ثلاثة وثمانين قتيلا"
            if number is None or _cs8_day_of_month(tokens, j + 1, hi):
                return None  # "حصيلة العمليات خلال الفترة من 3 إلى 9 مارس": the last day of a period, no figure
            n, e = number
            group = tokens[e].text if e < hi and tokens[e].kind == "word" \
                and tokens[e].norm not in lex.group_stops \
                and not _second_toll(tokens, e, hi, text, lex, forms) else None
            if group is None:
                return {"count": n, "group": None, "outcome": outcome(min(hi, e)), "toll": True}, e
            return {"count": n, "group": group, "outcome": outcome(min(hi, e + 1)), "toll": True}, e
        if tokens[j].kind == "punct" and tokens[j].text not in "«»\"" and not (risen and tokens[j].text in "،,"):
            return None  # "ارتفع عدد ضحايا الهجوم الذي ...، يوم الجمعة، إلى 114": commas inside a risen toll
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
        if _cs8_day_of_month(tokens, k, hi):
            continue  # "اغتالوا في 3 مارس الماضي رئيس البلدية": the day of the month, not a count
        if token_number(tokens[k], text, lex) is not None:
            count, g0, g1 = _count_and_group(tokens, k, hi, text, lex)
            return (count, g0, g1) if count is not None and g1 > g0 else None
        if k > j and _cs2_person_after_definite(tokens, k, text, lex):
            count, g0, g1 = _count_and_group(tokens, k, hi, text, lex)
            if count in (1, 2) and g0 == k and g1 > g0:
                return count, g0, g1  # "استشهد خلال هذه العملية جندي", "قتل جراء القصف طفلان"
    return None


def _cs2_person_after_definite(tokens: list[Token], k: int, text: str, lex: Lexicon) -> bool:
    """Whether token ``k`` is an indefinite person noun, one or two, right after a definite word: the subject
    after a phrase about the event ("قتل خلال الاشتباكات شرطيان"), not an adjective of that phrase's noun
    (an adjective agrees in definiteness: "في هجوم إرهابي", "في الهجوم الإرهابي")."""
    if tokens[k].kind != "word" or not any(f.startswith("ال") for f in _forms(tokens[k - 1], text)):
        return False
    heads = _forms(tokens[k], text)
    if any(h.startswith("ال") for h in heads):
        return False
    return any(h in lex.person_singular or h in lex.person_duals
               or h.endswith(("ان", "ين")) and h[:-2] in lex.person_singular for h in heads)


def _added_group(tokens: list[Token], j: int, hi: int, text: str, lex: Lexicon) -> tuple[dict, int] | None:
    """({count, group}, the token after it) of a group added to a toll at token ``j`` ("، إضافة إلى منفذ
    الهجوم", "فضلا عن الانتحاري"), else None."""
    k = j + (j < hi and tokens[j].text in ("،", ","))
    m = lex.addition_words.match_at(tokens, k, text, hi) if k < hi else None
    if m is None:
        return None
    count, g0, g1 = _count_and_group(tokens, m.last + 1, hi, text, lex)
    if count is None or g1 == g0 or _cs10_casualty_noun(tokens, g0, text, lex):
        return None  # "مقتل 12 شخصا، إضافة إلى 14 جريحا": the wounded, counted as such by the caller
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
    # ``_cs14_still_treated`` needs a verb of treatment in the clause: looked for once, not at every token
    treatment = any(tokens[k].norm in _words("cs14_")["treatment_verbs"] for k in range(lo, hi))
    i = lo
    while i < hi:
        earlier = _cs7_earlier_figure(tokens, i, hi, forms)
        if earlier is not None:  # "..., بعد أن كانت الحصيلة الأولية ثمانية قتلى": a figure the toll replaced
            i = earlier
            continue
        earlier = _cs8_earlier_report(tokens, i, hi, forms) if out else None
        if earlier is not None:  # "..., بعد أن كانت الشرطة قد تحدثت عن 32 قتيلا": the figures of an outcome not counted yet
            counted = {c["outcome"] for c in out}
            out += [c for c in casualties(tokens, i, earlier, text, lex) if c["outcome"] not in counted]
            i = earlier
            continue
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
        treated = _cs14_still_treated(tokens, i, lo, hi, text, lex) \
            if treatment and not any(c["outcome"] == "wounded" for c in out) else None
        if treated is not None:  # "نحو 30 آخرين ما زالوا يتلقون العلاج": the wounded, by their treatment
            out.append(treated[0])
            i = treated[1]
            continue
        attacker = _ac4_attacker_killed(tokens, i, lo, hi)
        if attacker is not None:  # "قبل أن تتمكن الشرطة من القضاء عليه": the attacker's own death
            out.append({"count": attacker, "group": None, "outcome": "killed"})
            i += 1
            continue
        pronoun = _cs8_attackers_by_pronoun(tokens, i, lo, text, lex, forms)
        if pronoun is not None:  # "قبل أن تقتلهم القوات الخاصة": the seven gunmen counted before
            out.append(pronoun)
            i += 1
            continue
        before = _cs8_object_after_before(tokens, i, lo, hi, text, lex, forms)
        if before is not None:  # "قبل أن تقتل الشرطة المهاجمين الخمسة": the attackers, counted
            out.append(before[0])
            i = before[1]
            continue
        single = _cas_single(tokens, i, lo, hi, text, lex, forms)
        if single is not None:  # "أسفر عن قتيل و4 جرحى": an indefinite singular casualty noun is one
            i += single.pop("cas_skip", 1)
            out.append(single)
            continue
        m = _cs11_eliminated(tokens, i, lo, hi, text, lex, forms) \
            or lex.killed.match_at(tokens, i, text, hi) or lex.wounded.match_at(tokens, i, text, hi) \
            or _cas_head(tokens, i, hi, text, forms) or _cs10_weak_death_verb(tokens, i, hi, forms) \
            or _cs16_body_found(tokens, i, lo, hi, forms)
        if m is None:
            i += 1
            continue
        outcome = "killed" if m.payload in ("cas_named", "cs16_body") else m.payload
        j = m.last + 1
        both = _other_head(tokens, j, hi, text, lex, outcome)
        if both is not None:  # "مقتل وإصابة 20 شخصا": the dead and the wounded together, neither alone
            i = max(i + 1, _count_and_group(tokens, both, hi, text, lex)[2])
            continue
        count, g0, g1 = _count_and_group(tokens, j, hi, text, lex)
        if count is None and j < hi and tokens[j].norm in lex.casualty_preps:
            count, g0, g1 = _count_after_phrase(tokens, j + 1, hi, text, lex) or (count, g0, g1)
        obj = _cs6_object_count(tokens, m.first, m.last, j, hi, text, lex, forms)
        if obj is None and count is None:  # "وقتلت الشرطة المهاجمين الخمسة": a definite object with its number
            obj = _cs8_definite_object(tokens, m.first, m.last, j, hi, text, lex, forms)
        if obj is not None:  # "قتل انتحاري 12 شخصا", "قتلت غارة جوية خمسة مدنيين": the subject, then the dead
            count, g0, g1 = obj
        if count is not None and g1 == g0 < hi and _cs13_attackers_partitive(tokens, g0, m.first, lo, text, lex, forms):
            g1 = g0 + 1  # "طارد الجيش المسلحين وقتل أربعة منهم": some of the attackers, not the victims again
        if count is None and m.payload == "cas_named" and set(forms[m.first]) & _words("tol_")["assassinated"] \
                and _tol_one_named(tokens, g0, g1, text, lex):
            count = 1  # "اغتيال شكري بلعيد", "اغتيل الشهيد": the person assassinated, named
        if count is None and outcome == "killed" and _cs16_named(tokens, m.first, g0, hi, lex, forms):
            count, g1 = 1, g0 + 2  # "مقتل أبو سفيان التونسي", "استشهاد سالم الورغمي": the man named
        own = next((lex.pronoun_heads[f][1] for f in forms[m.last] if f in lex.pronoun_heads), None)
        if own is not None and count is None and out and any(
                not _words("cas_")["one_of_them"].isdisjoint(forms[x]) for x in range(max(lo, m.first - 2), m.first)):
            i = m.last + 1  # "وإصابة جنديين آخرين، أحدهما إصابته خطيرة": one of those counted, not one more
            continue
        if own is not None and count is None and any(c["outcome"] == outcome and c["count"] == own for c in out):
            i = m.last + 1  # "إن جنديين أصيبا ... دون أن توضح خطورة إصابتهما": the two counted before, not two more
            continue
        if own is not None:  # "ما أدى إلى مقتله وستة من مرافقيه": the person(s) named by the pronoun
            count, g0, g1 = own, j, j
        if m.payload == "cs16_body":  # "العثور على جثة الراعي خليفة": a body is one, "جثتي" two; "على 36 جثة": 36
            before = next((v[0] for s in range(max(lo, m.first - 4), m.first)
                           if (v := _cas_number(tokens, s, m.first, text, lex)) is not None and v[1] == m.first), None)
            if before is not None:
                count, g0, g1 = before, m.first, m.first + 1
            elif count is None:
                count, g0, g1 = _cs16_body_count(tokens[m.first]), j, _group_end(tokens, j, hi, lex)
        if count is None and outcome == "killed":  # "قال إن جنديا قتل": the subject before the verb
            count, g0, g1 = _subject_before(tokens, m.first, lo, text, lex) or (None, g0, g1)
        if count is None and outcome == "killed":  # "منفذ الهجوم الذي قتل برصاص الحراس": the attacker's own death
            count, g0, g1 = _cs14_attacker_relative(tokens, m.first, m.last, lo, hi, text, lex, forms) or (None, g0, g1)
        if count is None:  # "وكان الفقيد قد استشهد أمس": the subject between "كان" and "قد"
            count, g0, g1 = _cs10_pluperfect_subject(tokens, m.first, m.last, lo, hi, text, lex, forms) \
                or (count, g0, g1)
        if count is None and outcome == "killed":
            # "ما أدى إلى مقتل حسن كريم، القيادي في الجماعة، وخمسة آخرين", "إن فرج قتل مع أربعة من حراسه":
            # the man named and the others counted with him
            if _cs5_named_and_others(tokens, j, hi, text, lex):
                count, g0, g1 = 1, j, j
        if count is None and tokens[m.first].norm.endswith("وا"):
            # the count before a plural verb: "إن 28 شخصا على الأقل قتلوا"
            back = _count_before(tokens, m.first, lo, text, lex)
            if back is not None and (back[1] - 1, outcome) in seen:
                i = m.last + 1  # "وصول 4 وفيات قضوا خلال المواجهات": the dead counted by their noun, not again
                continue
            if back is not None:
                count, g0 = back
                parts = _breakdown(tokens, g0 + 1, m.first, text, lex, count)[0]
                out.extend({**p, "outcome": outcome} for p in parts or [{"count": count, "group": tokens[g0].text}])
                i = m.last + 1
                continue
        if count is None and not any(c["outcome"] == outcome for c in out):
            # "إن شرطيين أصيبا بجروح", "بعد أن أصيبا": a verb in the dual names two people
            count, g0, g1 = _cs9_dual_verb(tokens, m.first, m.last, lo, text, lex, forms) or (count, g0, g1)
        rank = _cas_lexicon().ordinals.get(tokens[g0].norm) if count == 1 and g0 < hi else None
        if rank is not None and any(c["outcome"] == outcome and c["count"] >= rank for c in out):
            i = max(i + 1, g1)  # "مقتل ثلاثة مدنيين، اثنان منهم في غارة، بينما قتل الثالث في السوق": counted already
            continue
        if count is not None:
            out.append({"count": count, "group": text[tokens[g0].start:tokens[g1 - 1].end] if g1 > g0 else None,
                        "outcome": outcome, **({"cas_named": True} if m.payload == "cas_named" else {}),
                        **({"cs11_of_wounded": True} if outcome == "killed" and _cs11_of_wounded(tokens, g0, g1, forms)
                           else {})})
            seen.add((g0 - 1, outcome))
            fate = _cs6_fate_after(tokens, m.first, g0, g1, hi, text, lex, forms)
            if fate is not None:  # "لقي ضابط في الجيش مصرعه", "فارق جندي الحياة": the fate ends the subject
                out[-1]["group"] = text[tokens[g0].start:tokens[min(g1, fate) - 1].end]
            j = g1 if fate is None else fate + 1  # "لقي طفل مصرعه": not a second death
            # "مقتل عشرة أشخاص، بينهم سبعة جنود، إضافة إلى المسلحين الأربعة": past the subset to the group added
            added = _added_group(tokens, _cs10_past_subset(tokens, _cs7_past_qualifier(tokens, j, hi, text, lex), hi,
                                                           text, lex), hi, text, lex)
            if added is not None:  # "مقتل 5 أشخاص، إضافة إلى منفذ الهجوم", "مقتل 6 أشخاص على الأقل إلى جانب المهاجم"
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
                if k < hi and tokens[k].text.startswith("و") and not _cs6_one_word(tokens[k], lex) and (
                        token_number(tokens[k], text, lex) is not None
                        or tokens[k].text == "و" and k + 1 < hi and token_number(tokens[k + 1], text, lex) is not None):
                    j = k
            if out and out[-1]["count"] == 1 and out[-1]["outcome"] == outcome:
                with_others = _cs5_with_others(tokens, j, hi, text, lex) or _cs5_others_after(tokens, j, hi, text, lex)
                if with_others is not None:  # "قتل القائد أحمد نور مع سبعة آخرين", "مقتل القيادي ... ، وأربعة مسلحين آخرين"
                    out.append({"count": with_others[0], "group": text[tokens[with_others[1]].start:
                                                                      tokens[with_others[2] - 1].end],
                                "outcome": outcome})
                    j = with_others[2]
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
    first = next((n for n, c in enumerate(out) if c["outcome"] == "killed"), None)
    if first is not None and out[first].get("toll"):
        # "ارتفعت حصيلة القتلى إلى ثلاثة بعد وفاة أحد الجرحى": the wounded who died are among the toll that opens the
        # clause's dead (not the last part of groups listed before it: "مقتل 4 حراس و9 نازحين، فيما ارتفعت الحصيلة
        # إلى 15 بعد وفاة اثنين من الجرحى" adds up to it)
        out = [c for c in out if not c.get("cs11_of_wounded")]
    return [{k: v for k, v in c.items() if k not in ("cas_named", "cs11_of_wounded")} for c in out]


def _ac4_weekday_after_day(tokens: list[Token], j: int, start: int) -> bool:
    """Whether token ``j`` is Monday ("الاثنين", which also reads "two") right after a word of the day
    ("اليوم الاثنين", "مساء أمس الإثنين") within the words passed after a casualty head."""
    ac4 = _words("ac4_")
    return j > start and tokens[j].norm in ac4["two_weekdays"] and tokens[j - 1].norm in ac4["day_words"]


def _ac4_attacker_killed(tokens: list[Token], i: int, lo: int, hi: int) -> int | None:
    """The attacker's own death told after "قبل" or "تمكن ... من" ("قبل أن تتمكن قوات الأمن من القضاء عليه" 1,
    "قبل أن يقتل" 1, "قبل قتلهما" 2, "تمكنت الشرطة من قتله" 1): the count of attackers the pronoun or verb at token ``i`` names, else None. "عليه" counts
    only right after "القضاء"; a passive "يقتل" only before an agent, a place or the end of the clause."""
    ac4 = _words("ac4_")
    norm = tokens[i].norm
    count = 1 if norm in ac4["killed_one"] else 2 if norm in ac4["killed_two"] else None
    if count is None:
        return None
    if norm in ac4["object_pronoun_heads"] and not (i > lo and tokens[i - 1].norm in ac4["eliminated"]):
        return None
    if norm.startswith("ي") and not norm.endswith("ه") and not (i + 1 >= hi or tokens[i + 1].kind != "word"
                                     or tokens[i + 1].norm in ac4["after_passive"]):
        return None  # "قبل أن يقتل زوجته": he killed, he was not killed
    for k in range(i - 1, max(lo, i - 7) - 1, -1):  # "قبل" in the same clause, a few words before
        if tokens[k].kind != "word":
            return None
        if tokens[k].norm in ac4["before_words"] and not (k > lo and tokens[k - 1].norm == "من") \
                or tokens[k].norm in ac4["managed_verbs"]:
            return count  # "قبل أن يقتل", "تمكنت قوات الأمن من قتله" (not "من قبل", by)
    return None


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
        apart = _cs16_attackers_apart(old, new, outcome) or _cs16_one_more(old, new, outcome)
        if apart:  # "أودى بحياة 22 شخصا" then "منفذ الهجوم الذي قضى أيضا": the attacker besides the victims
            out += apart
            continue
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


def _munitions(doc: Document, trigger: Match, weapons: list[Match], lo: int, hi: int, lex: Lexicon) -> int | None:
    """How many were launched (spec section 4): "من أصل 8 صواريخ" after the weapon; else a count right
    before it or before another mention of the same weapon ("طائرات حربية ... ثماني غارات"), or, for a
    strike, before what it dropped ("ألقت طائرة ثماني قنابل"), a number of a time expression excepted
    ("ليل الأحد الاثنين غارات"); else a dual ("صاروخين", "قذيفتا هاون") is 2, a singular 1, and a plural
    ("عدة قذائف", "عشرات الصواريخ", "رشقة صاروخية") or a strike without a number gives none, unless it names what
    the aircraft fired ("بصاروخين" 2, "صاروخا" 1); a double attack ("تفجير مزدوج") is 2. A count of attacks right
    before the weapon counts it ("3 هجمات انتحارية بسيارات مفخخة" 3); a count of aircraft does not ("3 طائرات حربية")."""
    tokens, text = doc.tokens, doc.text
    forms = _doc_forms(tokens, text)
    weapon = trigger.payload[0]
    count = _out_of(tokens, trigger.last + 1, hi, text, lex)
    if count is not None:
        return count
    if weapon == "unknown":  # artillery or tank shells: counted when the shells are named ("قذيفة دبابة" 1)
        return _wp4_shells(doc, weapons, lo, lex)
    heads = [trigger.first] + [m.first for m in weapons if m is not trigger and m.payload[0] == weapon]
    if weapon == "drone":  # "نفذت طائراتها المسيرة ضربتين جويتين": the strikes the drones made
        heads += [m.first for m in weapons if m.payload[0] == "airstrike" and not _wpn_aircraft(forms[m.first])]
    if weapon == "airstrike":
        heads += [k for k in range(lo, hi) if not lex.munition_nouns.isdisjoint(forms[k])]
    wpn = _words("wpn_")
    if tokens[trigger.first].norm.startswith("ب"):  # "3 هجمات انتحارية بسيارات مفخخة": the attacks counted
        j = trigger.first - 1
        if j > lo and wpn["counted_attacks"].isdisjoint(forms[j]) and token_number(tokens[j], text, lex) is None:
            j -= 1  # an adjective between them ("انتحارية")
        if j >= lo and not wpn["counted_attacks"].isdisjoint(forms[j]):
            heads.insert(1, j)
    for k in heads:
        if weapon == "airstrike" and _wpn_aircraft(forms[k]):
            continue  # "باستعمال 3 طائرات حربية": the aircraft, not what they fired
        if k - 1 >= lo and not _timed(doc, k - 1) and not _wp11_by_means(tokens[k]):
            count = number_before(tokens, k, lo, text, lex)
            if count is not None:
                return count
    if weapon in ("airstrike", "drone"):  # "قصفت المقاتلات المنزل بصاروخين", "أطلقت طائرة من دون طيار صاروخين"
        fired = next((_wpn_bare(forms[k]) for k in range(lo, hi) if not lex.munition_nouns.isdisjoint(_wpn_bare(forms[k]))), ())
        if not _words("wpn_")["single_munitions"].isdisjoint(fired):
            return 1
        if any(f in lex.munition_nouns and dual(f) for f in fired):
            return 2
    if weapon in ("airstrike", "drone") and any(dual(tokens[k]) and not _wpn_aircraft(forms[k]) for k in heads[1:]
                                                if any(m.first == k for m in weapons)):
        return 2  # "شنت طائرات حربية غارتين": the raids in the dual, not the aircraft
    first = tokens[trigger.first]
    if any(not lex.double_words.isdisjoint(forms[k]) for k in range(trigger.last + 1, min(hi, trigger.last + 3))):
        return 2  # "الهجوم الانتحاري المزدوج", "تفجير مزدوج"
    if _plural(forms[trigger.first], lex) or _wp5_act_head(tokens, trigger, text):
        return None
    if trigger.last > trigger.first and any(f.endswith("ي") and f[:-1] in lex.munition_nouns for f in _wpn_bare(forms[trigger.first])):
        return 2  # "بصاروخي كروز": a masculine dual before its complement
    if dual(first) or (first.norm.endswith(("تا", "تي")) and len(first.norm) > 4):
        # "قذيفتا هاون", "بسقوط قذيفتي هاون": a dual before its noun (the weapon terms' head, never "my")
        return 2
    return None if weapon == "airstrike" else 1


def _wp11_by_means(tok) -> bool:
    """The weapon word at ``tok`` opens with the preposition "ب" split off as a proclitic ("بانفجار", "بسيارة",
    "بعبوة"): a number right before it is not its count but the object of the verb before ("وأصيب سبعة بانفجار عبوة
    قرب الجسر", "قتل خمسة بقذيفة"); a count of munitions comes after the preposition ("بخمسة صواريخ")."""
    return bool(tok.splits) and tok.text[: tok.splits[0] - tok.start] in ("ب", "وب", "فب")


def _wpn_bare(forms: tuple[str, ...]) -> tuple[str, ...]:
    """A token's forms with the proclitics the tokenizer leaves on ("بصاروخين", "وقنبلة", "بالصواريخ"): the forms,
    and each without one or two of و ف ب ل ك and then without the article."""
    out = list(forms)
    for f in forms:
        for _ in range(2):
            if len(f) > 4 and f[0] in "وفبلك":
                f = f[1:]
                out.append(f)
        if len(f) > 4 and f.startswith("ال"):
            out.append(f[2:])
    return tuple(out)


def _wpn_aircraft(forms: tuple[str, ...]) -> bool:
    """An aircraft noun ("طائرات", "مقاتلات", "مروحيتين"), with or without its proclitics."""
    air = _words("wpn_")["aircraft_words"] | _words("evt_")["air_words"]
    return not air.isdisjoint(_wpn_bare(forms))


def _cas_clause_tolls(tokens, lo: int, hi: int, text: str, lex: Lexicon) -> list[dict]:
    """The casualties of tokens [lo, hi), where a clause that opens with a reporting verb ("...، فقد أعلن الجيش أنه
    قتل ثمانية", "...، وقال مصدر إن ستة قتلوا") restates the toll told before it as a later sentence would
    (``_tol_restated``: one figure, not the sum)."""
    forms = _doc_forms(tokens, text)
    cuts = [k + 1 for k in range(lo, hi - 2) if tokens[k].text in lex.clause_marks
            and any(set(forms[j]) & lex.reporting_verbs for j in range(k + 1, min(hi, k + 3)))]
    if not cuts:
        return casualties(tokens, lo, hi, text, lex)
    bounds = [lo] + cuts + [hi]
    cas = casualties(tokens, bounds[0], bounds[1], text, lex)
    for a, b in zip(bounds[1:], bounds[2:]):
        cas = _tol_restated(cas, casualties(tokens, a, b, text, lex))
    return cas


def _cs5_with_others(tokens: list[Token], j: int, hi: int, text: str, lex: Lexicon) -> tuple[int, int, int] | None:
    """(count, group start, group end) of the others killed with one person, told with "مع" at token ``j``
    ("قتل مع سبعة آخرين", "مع أربعة من حراسه", "مع مرافقيه الثلاثة"), else None: a number whose group is
    "others" or the men of the one named (a noun with a pronoun: "من مرافقيه", "من رفاقهم")."""
    if j + 1 >= hi or tokens[j].norm != normalize("مع"):
        return None
    count, g0, g1 = _count_and_group(tokens, j + 1, hi, text, lex)
    if count is None or g1 <= g0 or not _cs5_others_group(tokens, g0, g1, text):
        return None
    return count, g0, g1


def _cs5_others_group(tokens: list[Token], g0: int, g1: int, text: str) -> bool:
    """Whether the group [g0, g1) is the others beside one person: "آخرين", "آخرون" or a noun with the
    pronoun of its owner ("مرافقيه", "حراسه", "رفاقهما"), never a group standing for itself ("جنود")."""
    others = _words("cs5_")["others"]
    for k in range(g0, g1):
        forms = set(_forms(tokens[k], text))
        if forms & others or tokens[k].norm.endswith(("يه", "يهم", "يهما")) and len(tokens[k].norm) >= 5 \
                or tokens[k].norm.endswith(("ه", "هم", "هما")) and k > 0 and tokens[k - 1].norm == normalize("من"):
            return True
    return False


def _cs5_named_and_others(tokens: list[Token], j: int, hi: int, text: str, lex: Lexicon) -> bool:
    """Whether the words from token ``j`` after a killed head with no count name one person and then the others
    killed with him: "مقتل عبد الله، قائد الوحدة، وثلاثة عناصر آخرين", "قتل مع ستة من مرافقيه" (the person is
    the subject before the verb); the others are then read as the next group."""
    if j < hi and tokens[j].norm == normalize("مع"):
        return _cs5_with_others(tokens, j, hi, text, lex) is not None
    if j >= hi or tokens[j].kind != "word" or token_number(tokens[j], text, lex) is not None \
            or tokens[j].norm in lex.group_stops or tokens[j].norm in lex.many_words:
        return False
    return _cs5_others_after(tokens, j, hi, text, lex) is not None


def _cs5_others_after(tokens: list[Token], j: int, hi: int, text: str, lex: Lexicon,
                      words: int = 16) -> tuple[int, int, int] | None:
    """(count, group start, group end) of the others joined by "و" after the name and description of one person
    killed from token ``j`` ("حسن كريم، القيادي في الجماعة، [و]خمسة عناصر آخرين", "أبو خالد وثلاثة من مرافقيه"),
    else None. Up to ``words`` words, commas and quotes; "others" or "من" + the men of the one named decide
    ("مسلحين آخرين" is people, not a weapon)."""
    cas = _cas_lexicon()
    for k in range(j, hi):
        t = tokens[k]
        if k - j > words + 4 or t.kind == "punct" and t.text not in ("،", ",") and t.text not in _QUOTES \
                or t.norm in cas.description_stops \
                or lex.killed.match_at(tokens, k, text, hi) or lex.wounded.match_at(tokens, k, text, hi):
            return None
        if t.kind != "punct" and t.text.startswith("و") and k > j:
            at = k + 1 if t.text == "و" else k
            count, g0, g1 = _count_and_group(tokens, at, hi, text, lex)
            if count is not None and count > 1 and g1 > g0 and _cs5_others_group(tokens, g0, g1, text):
                return count, g0, g1
            if count is None and _cs12_description_word(tokens, k, j):
                continue  # "قائد [وحدة] نصر، وثلاثة عناصر آخرين": a word of the description
            return None
    return None


_cs6_SUBJECT_WORDS = 14  # the longest subject between a split killing verb and its lives ("أودى ... بحياة")


def _cs6_one_word(tok: Token, lex: Lexicon) -> bool:
    """Whether ``tok`` is the number word "واحد"/"واحدة" itself, whose "و" is no conjunction ("قتل سبعة مسلحين
    وجندي واحد": "واحد" ends the second group, it starts no third)."""
    return tok.norm in _words("cs6_")["one_words"]


def _cs6_life_verb(tokens: list[Token], i: int, hi: int, forms: list[tuple[str, ...]]) -> Match | None:
    """A verb of losing one's life whose subject comes before its object ("فارق جندي الحياة", "فارقت سيدة
    الحياة متأثرة بجروحها") at token ``i``: the verb alone as a killed head (the subject after it is the
    count), when the object follows within a few words of the same clause; else None."""
    cs6 = _words("cs6_")
    if cs6["life_verbs"].isdisjoint(forms[i]):
        return None
    for k in range(i + 2, min(hi, i + 6)):
        if tokens[k].kind == "punct":
            return None
        if not cs6["life_objects"].isdisjoint(forms[k]):
            return Match(first=i, last=i, start=tokens[i].start, end=tokens[i].end, payload="killed")
    return None


def _cs6_fate_after(tokens: list[Token], head: int, g0: int, g1: int, hi: int, text: str, lex: Lexicon,
                    forms: list[tuple[str, ...]]) -> int | None:
    """The token of the fate ("مصرعه", "حتفهم", "الحياة") that ends the subject of a fate verb at ``head``
    ("لقي ضابط في الجيش الباكستاني مصرعه", "لقي طفل مصرعه", "فارق جندي الحياة"): within a few words after the
    group [g0, g1), in the same clause, with no other number, casualty head or "و" before it (another group:
    "لقيت سيدة وطفلاها حتفهم"); else None."""
    cs6 = _words("cs6_")
    if cs6["fate_verbs"].isdisjoint(forms[head]):
        return None
    fates = lex.fate_words | cs6["life_objects"]
    for k in range(max(g0, g1 - 1), min(hi, g1 + 6)):
        if k > g0 and (tokens[k].norm in fates or not fates.isdisjoint(forms[k]) and k >= g1):
            return k
        if k >= g1 and (tokens[k].kind != "word" or tokens[k].text.startswith("و") or token_number(tokens[k], text, lex) is not None
                        or lex.killed.match_at(tokens, k, text, hi) or lex.wounded.match_at(tokens, k, text, hi)):
            return None
    return None


def _cs6_object_count(tokens: list[Token], first: int, last: int, j: int, hi: int, text: str, lex: Lexicon,
                      forms: list[tuple[str, ...]]) -> tuple[int, int, int] | None:
    """The counted object of an active killing or wounding verb at [first, last] whose subject stands between
    ("قتل انتحاري 12 شخصا", "قتلت غارة جوية خمسة مدنيين", "قتل مهاجمون انتحاريون 20 شخصا"): (count, group start,
    group end) when, from token ``j``, up to five words of one phrase and its time (no number, punctuation, "و"
    or stop word) come before a number and its group; else None. A year or Monday is no count ("قتل عام 2015",
    "أمس الاثنين")."""
    if first != last or _words("cs6_")["active_verbs"].isdisjoint(forms[first]) or j >= hi \
            or _cas_number(tokens, j, hi, text, lex) is not None:
        return None
    for k in range(j + 1, min(hi, j + 6)):
        t = tokens[k - 1]
        if t.kind != "word" or t.text.startswith("و") or t.norm in lex.group_stops and not _cs13_of_attackers(tokens, k - 1, j) \
                or t.norm in lex.many_words \
                or lex.killed.match_at(tokens, k - 1, text, hi) or lex.wounded.match_at(tokens, k - 1, text, hi):
            return None
        if tokens[k].text.startswith("و") or tokens[k].kind == "number" and len(tokens[k].text) == 4 \
                or _ac4_weekday_after_day(tokens, k, j):
            continue  # "قتلت غارة أمس الاثنين خمسة": the day, then the count
        number = _cas_number(tokens, k, hi, text, lex)
        if number is None:
            continue
        count, g0, g1 = _count_and_group(tokens, k, hi, text, lex)
        if count is None or g1 <= g0 or tokens[g0].norm in _cas_lexicon().months | lex.casualty_times:
            return None
        return count, g0, g1


# -- wp4_: munitions on probe sentences (h-wpn-1126) -----------------------------------------------------------


def _wp4_shells(doc: Document, weapons: list[Match], lo: int, lex: Lexicon) -> int | None:
    """How many artillery or tank shells (weapon unknown): a count before a shell noun ("أكثر من 20 قذيفة مدفعية"
    20), a dual ("قذيفتي دبابة" 2), one named shell ("بقذيفة دبابة" 1); a plural with no count ("قذائف الدبابات")
    and shelling with no shell named ("قصف مدفعي", "المدفعية") give none (``wp4_shell_heads``)."""
    tokens, text = doc.tokens, doc.text
    forms, heads = _doc_forms(tokens, text), _words("wp4_")["shell_heads"]
    shells = [m.first for m in weapons if m.payload[0] == "unknown" and not heads.isdisjoint(_wpn_bare(forms[m.first]))]
    for k in shells:
        if k - 1 >= lo and not _timed(doc, k - 1) and not _wp11_by_means(tokens[k]):
            count = number_before(tokens, k, lo, text, lex)
            if count is not None:
                return count
    for k in shells:
        if _plural(forms[k], lex) or any(f.endswith("ات") or f.endswith("قذائف") for f in _wpn_bare(forms[k])):
            continue  # "مقذوفات عسكرية", "قذائف الدبابات": no count
        return 2 if dual(tokens[k]) or tokens[k].norm.endswith(("تا", "تي")) else 1
    return None


# -- cs7_: casualties on probe sentences, round 3 (h-cs7-1127) -------------------------------------------------


@lru_cache(maxsize=1)
def _cs7_persons() -> tuple[frozenset, frozenset, frozenset]:
    """(the stems of the singular person nouns before a pronoun, the nouns, their genitive dual stems): ``person_singular`` of incidents.yaml and
    ``cs7_person_singular``, each with its feminine in -ة (``cs7_no_feminine`` and nisba nouns in -ي excepted:
    "عاملة", "مواطنة", "طبيبة"), normalized; the stems are those of a noun with a broken plural ("طفل": "طفليهما"
    is two, "مرافق": "مرافقيه" is his escorts)."""
    y, cs7 = _data("incidents.yaml"), _words("cs7_")
    base = {normalize(w) for w in y["person_singular"]} | cs7["person_singular"]
    fem = {normalize(w + "ة") for w in base - cs7["no_feminine"] if w[-1] not in "اةهىءي"}
    singular = frozenset(base | fem)
    # the stem before a pronoun: "والدة" (normalized "والده") -> "والدت"
    own = {w[:-1] + "ت" if w.endswith(normalize("ة")) else w for w in singular}
    stems = frozenset(w for w in own if w[-1] not in "اى" and not _cas_sound_plural(w + "ين"))
    return frozenset(own), singular, stems
    return singular, stems


def _cs7_person_count(heads: tuple[str, ...]) -> int | None:
    """How many people one casualty noun names by its form, beyond ``lexicon()``'s person words: a singular person
    noun, bare, with the article or with the pronoun of its owner of any person and number ("مجند", "المسافر",
    "صاحبه", "والدتهما", "شقيقهم": 1), or the genitive dual of a noun with a broken plural with that pronoun
    ("طفليهما", "ابنيه", "طفلتيها": 2), or a construct dual of ``cs16_construct_duals`` ("عوني أمن": 2); else None."""
    own, singular, stems = _cs7_persons()
    for h in heads:
        bare = h[2:] if h.startswith("ال") else h
        if bare in singular:
            return 1
        if h in _words("cs16_")["construct_duals"]:
            return 2  # "إصابة عوني أمن": the construct dual of "عون" (cs16)
        for suffix in ("هما", "هم", "ها", "ه", "كم"):
            if not h.endswith(suffix) or len(h) - len(suffix) < 2:
                continue
            stem = h[:-len(suffix)]
            if stem in own:
                return 1
            if stem.endswith("ي") and stem[:-1] in stems:
                return 2
    return None


def _cs7_past_qualifier(tokens: list[Token], j: int, hi: int, text: str, lex: Lexicon) -> int:
    """The token after what may qualify a counted group at token ``j`` before a group added to it: "على الأقل"
    ("مقتل ستة أشخاص على الأقل إلى جانب المهاجم") and "منهم"/"منها" ("مقتل ثمانية منهم إلى جانب سائق المركبة")
    (``cs7_group_qualifiers``); ``j`` when there is none."""
    words = _words("cs7_")["group_qualifiers"]
    m = lex.approximators.match_at(tokens, j, text, hi) if j < hi else None
    if m is not None and tokens[m.last].norm in words:
        return m.last + 1
    return j + 1 if j < hi and tokens[j].norm in words else j


_cs7_RISEN_WORDS = 30  # the longest description of the event between a risen toll's noun and "إلى"


def _cs7_earlier_figure(tokens: list[Token], i: int, hi: int, forms: list[tuple[str, ...]]) -> int | None:
    """The token after an earlier figure that a revised toll replaced, told at token ``i`` after "بعد أن كانت" /
    "بعدما كانت" with a toll noun ("إلى 27 قتيلا، بعد أن كانت الحصيلة الأولية ثمانية قتلى", "بعدما كانت
    الحصيلة الأولية تشير إلى 56 قتيلا"): the end of its clause; else None (``cs7_earlier_openers``)."""
    cs7 = _words("cs7_")
    k = i
    if tokens[k].norm in cs7["earlier_openers"]:
        k += 1
    elif tokens[k].norm in cs7["after_words"] and k + 1 < hi and tokens[k + 1].norm in cs7["earlier_openers"]:
        k += 2
    else:
        return None
    if k >= hi or tokens[k].norm not in cs7["was_words"] \
            or not any(not cs7["earlier_tolls"].isdisjoint(forms[t]) for t in range(k + 1, min(hi, k + 3))):
        return None
    while k < hi and tokens[k].kind != "punct":
        k += 1
    return k


# -- wp5_: munitions on probe sentences, round 3 (h-wp5-1127) ---------------------------------------------------


def _wp5_act_head(tokens: list[Token], trigger: Match, text: str) -> bool:
    """Whether the weapon phrase is an act noun with the munition as its adjective ("قصف صاروخي", "هجوم صاروخي",
    "برشقة صاروخية", "ضربة صاروخية"; rockets and missiles only): no device is counted, so no number (as "غارة" alone); a shell named by its
    adjective ("قذيفة صاروخية") is a device (1). ``wp5_act_heads``, with the proclitics and the article."""
    if trigger.last == trigger.first or trigger.payload[0] not in ("rocket", "missile"):
        return False  # "هجوم انتحاري": one bomber (1), not an act noun of shelling
    return not _words("wp5_")["act_heads"].isdisjoint(_wpn_bare(_forms(tokens[trigger.first], text)))


# -- cs8_: casualties in follow-up articles, round 5 (h-cs8-1129) -----------------------------------------------


def _cs8_earlier_report(tokens: list[Token], i: int, hi: int, forms: list[tuple[str, ...]]) -> int | None:
    """The end of a pluperfect clause at token ``i`` after "بعد أن كانت" / "بعدما كان" that reports an earlier
    figure by its source ("بعد أن كانت الشرطة قد تحدثت السبت عن 32 قتيلا", "بعدما كانت مصادر طبية أشارت إلى مقتل
    ثمانية"): a verb of reporting (``cs8_report_verbs``) or a toll noun (``cs7_earlier_tolls``) before the end of
    the clause; else None. ``_cs7_earlier_figure`` reads the clause whose subject is the toll noun itself."""
    cs7, cs8 = _words("cs7_"), _words("cs8_")
    k = i
    if tokens[k].norm in cs7["earlier_openers"] and tokens[k].norm not in ("ان", "ما"):
        k += 1  # "بعدما"
    elif tokens[k].norm in cs7["after_words"] and k + 1 < hi and tokens[k + 1].norm in cs7["earlier_openers"]:
        k += 2  # "بعد أن", "بعد ما"
    else:
        return None
    if k >= hi or tokens[k].norm not in cs7["was_words"]:
        return None
    said = False
    while k < hi and tokens[k].kind != "punct":
        said = said or not (cs8["report_verbs"] | cs7["earlier_tolls"]).isdisjoint(forms[k])
        k += 1
    return k if said else None


@lru_cache(maxsize=1)
def _cs8_prepositions() -> frozenset:
    """``cs8_hamza_prepositions`` of incidents.yaml as written, with the hamza (not normalized)."""
    return frozenset(_data("incidents.yaml")["cs8_hamza_prepositions"])


def _cs8_preposition(tok: Token) -> bool:
    """Whether ``tok`` is a preposition written with its hamza that normalizes to a person noun ("أمام", "وأمام":
    in front of; "إمام", "امام": an imam)."""
    t = tok.text
    return t in _cs8_prepositions() or t[:1] in "وف" and t[1:] in _cs8_prepositions()


def _cs8_definite_pair(tokens: list[Token], k: int, hi: int, text: str, lex: Lexicon) -> tuple[int, int, int] | None:
    """(count, group start, group end) of a definite noun with a definite number adjective at token ``k``
    ("المهاجمين الخمسة", "المسلحين الاثنين": a plural or dual noun before "الاثنين", which is two, not Monday);
    else None."""
    if k + 1 >= hi or not tokens[k].norm.startswith("ال") or not tokens[k + 1].norm.startswith("ال") \
            or tokens[k].norm in lex.casualty_times or token_number(tokens[k], text, lex) is not None:
        return None
    n = token_number(tokens[k + 1], text, lex)
    if n is None or tokens[k + 1].norm in lex.casualty_times and not tokens[k].norm.endswith(("ين", "ون", "ان")):
        return None
    return n, k, k + 2


def _cs8_object(tokens: list[Token], j: int, hi: int, text: str, lex: Lexicon,
                numbers: bool) -> tuple[int, int, int] | None:
    """The counted object of an active verb whose subject starts at token ``j`` ("تقتل الشرطة المهاجمين الخمسة",
    "قتلت قوات الأمن المسلحين الأربعة"): after up to five words of one subject phrase and its time (no punctuation,
    "و", stop word, number or casualty head), a definite noun with a definite number ("المهاجمين الخمسة") or, when
    ``numbers`` (an imperfect after "قبل أن", active), a number and its group ("ثلاثة مهاجمين") or the definite
    object right after the verb, its subject that of the verb before ("تقتحم القوات المبنى وتقتل المسلحين الاثنين");
    else None."""
    if j >= hi or _cas_number(tokens, j, hi, text, lex) is not None:
        return None
    if numbers and _cs8_definite_pair(tokens, j, hi, text, lex) is not None:
        return _cs8_definite_pair(tokens, j, hi, text, lex)  # "وتقتل المسلحين الاثنين": the subject of the verb before
    for k in range(j + 1, min(hi, j + 6)):
        t = tokens[k - 1]
        if t.kind != "word" or t.text.startswith("و") or t.norm in lex.group_stops or t.norm in lex.many_words \
                or lex.killed.match_at(tokens, k - 1, text, hi) or lex.wounded.match_at(tokens, k - 1, text, hi):
            return None
        pair = _cs8_definite_pair(tokens, k, hi, text, lex)
        if pair is not None:
            return pair
        if numbers and _cas_number(tokens, k, hi, text, lex) is not None and not _ac4_weekday_after_day(tokens, k, j):
            count, g0, g1 = _count_and_group(tokens, k, hi, text, lex)
            if count is not None and g1 == g0 < hi and tokens[g0].norm in _words("cs8_")["partitive_pronouns"]:
                return count, g0, g0 + 1  # "قبل أن تقتل القوات ثلاثة منهم": of the attackers
            if count is None or g1 <= g0 or tokens[g0].norm in _cas_lexicon().months | lex.casualty_times:
                return None
            return count, g0, g1
    return None


def _cs8_definite_object(tokens: list[Token], first: int, last: int, j: int, hi: int, text: str, lex: Lexicon,
                         forms: list[tuple[str, ...]]) -> tuple[int, int, int] | None:
    """The object of an active killing or wounding verb (``cs6_active_verbs``) at [first, last] with its subject
    between, written as a definite noun with a definite number ("وقتلت الشرطة المهاجمين الخمسة"): (count, group
    start, group end); else None (a number before its noun is ``_cs6_object_count``'s)."""
    if first != last or _words("cs6_")["active_verbs"].isdisjoint(forms[first]):
        return None
    return _cs8_object(tokens, j, hi, text, lex, numbers=False)


def _cs8_object_after_before(tokens: list[Token], i: int, lo: int, hi: int, text: str, lex: Lexicon,
                             forms: list[tuple[str, ...]]) -> tuple[dict, int] | None:
    """A past killing or wounding told with an imperfect active verb after "قبل أن" in the same clause, subject
    first ("قبل أن تقتل الشرطة المهاجمين الخمسة", "قبل أن تقتحم القوات المبنى وتقتل المسلحين الاثنين", "قبل أن
    تصيب القذيفة ثلاثة مارة"): (the casualty, the token after its group) at token ``i``; else None
    (``cs8_imperfect_killing``, ``cs8_imperfect_wounding``)."""
    cs8 = _words("cs8_")
    outcome = "killed" if not cs8["imperfect_killing"].isdisjoint(forms[i]) \
        else "wounded" if not cs8["imperfect_wounding"].isdisjoint(forms[i]) else None
    if outcome is None:
        return None
    before = _words("ac4_")["before_words"]
    for k in range(i - 1, max(lo + 1, i - 8) - 1, -1):
        if tokens[k].kind != "word":
            return None
        if tokens[k].norm == "ان" and tokens[k - 1].norm in before:
            break
    else:
        return None
    obj = _cs8_object(tokens, i + 1, hi, text, lex, numbers=True)
    if obj is None:
        return None
    count, g0, g1 = obj
    return {"count": count, "group": text[tokens[g0].start:tokens[g1 - 1].end], "outcome": outcome}, g1


def _cs8_day_of_month(tokens: list[Token], k: int, hi: int) -> bool:
    """Whether token ``k`` is the day of a date: digits before a month name ("في 3 مارس", "يوم 14 آذار/مارس")."""
    return tokens[k].kind == "number" and k + 1 < hi and tokens[k + 1].norm in _cas_lexicon().months


def _cs8_attackers_by_pronoun(tokens: list[Token], i: int, lo: int, text: str, lex: Lexicon,
                              forms: list[tuple[str, ...]]) -> dict | None:
    """The attackers killed when the forces' verb names them by a plural object pronoun at token ``i`` after "قبل
    أن" or "ثم" in the same clause ("اقتحم سبعة مسلحين المدرسة ... قبل أن تقتلهم القوات الخاصة", "صدم ثلاثة
    مهاجمين المارة ... ثم أردتهم الشرطة قتلى"): their count, the last number of attackers (``wn2_attacker_heads``)
    before it in the sentence; else None (``cs8_plural_object_killing``, ``cs8_then_words``)."""
    cs8 = _words("cs8_")
    if cs8["plural_object_killing"].isdisjoint(forms[i]):
        return None
    if not any(tokens[k].norm in cs8["then_words"] for k in range(max(lo, i - 3), i)):
        return None
    heads = _words("wn2_")["attacker_heads"]
    for k in range(i - 2, max(-1, i - 60), -1):  # back to the start of the sentence, before the clause if need be
        if tokens[k].text in (".", "؟", "!", "\n"):
            return None
        number = _cas_number(tokens, k, i, text, lex)
        if number is not None and number[1] < i and (k == 0 or _cas_number(tokens, k - 1, i, text, lex) is None) \
                and not heads.isdisjoint(forms[number[1]]):
            return {"count": number[0], "group": tokens[number[1]].text, "outcome": "killed"}
    return None


def _cs8_attackers(c: dict) -> bool:
    """Whether a casualty's group is the attackers by its first word ("مسلحين", "المهاجمين الخمسة",
    ``wn2_attacker_heads`` with or without the article): people other than the victims of a toll."""
    words = normalize(c.get("group") or "").split()
    if not words:
        return False
    w = words[0].removeprefix("و") if len(words[0]) > 3 else words[0]
    heads = _words("wn2_")["attacker_heads"]
    return w in heads or w.removeprefix("ال") in heads


def _cs8_attackers_within(kept: list[dict], more: list[dict], outcome: str) -> bool:
    """Whether another mention's toll ``more`` of people named by nobody in particular ("أودى بحياة 141 شخصا")
    may count the attackers that are all ``kept`` counts for ``outcome`` ("سبعة مسلحين ... قبل أن تقتلهم القوات"),
    with a higher figure: one figure, the higher, as ``merging._wn2_other_side`` reads such a toll."""
    a = [c for c in kept if c["outcome"] == outcome and not c.get("toll")]
    b = [c for c in more if c["outcome"] == outcome and not c.get("toll")]
    return bool(a and b) and all(map(_cs8_attackers, a)) and not any(map(_cs8_attackers, b)) \
        and None in {_tol_head(c) for c in b} and sum(c["count"] for c in b) > sum(c["count"] for c in a)


@lru_cache(maxsize=1)
def _cs9_dual_verbs() -> frozenset:
    """The dual forms of ``cs9_dual_verb_stems``: "أصيب" -> "اصيبا", "قتلت" -> "قتلتا", "قضى" -> "قضيا"."""
    out = set()
    for s in _words("cs9_")["dual_verb_stems"]:
        out.add(s[:-1] + "يا" if s.endswith(("ى", "ي")) else s + "ا")
    return frozenset(out)


def _cs9_dual_verb(tokens: list[Token], first: int, last: int, lo: int, text: str, lex: Lexicon,
                   forms: list[tuple[str, ...]]) -> tuple[int, int, int] | None:
    """A casualty verb in the dual at [first, last] with no count after it: two people, the verb agreeing with a
    subject right before it, a dual noun or "اثنين من" ("إن شرطيين أصيبا بجروح", "أن اثنين من رجال الأمن قتلا"):
    (2, group start, group end); else None. Not a verb whose subject is far or only in the verb ("بعد أن أصيبا": whose
    two may be counted elsewhere, or belong to another event of the sentence), nor one in a relative clause ("جثماني
    المواطنين الاثنين اللذين قتلا في الهجوم": victims named among a toll told elsewhere), nor a cognate object after
    a verb ("قتلوا قتلا")."""
    if first != last or _cs9_dual_verbs().isdisjoint(forms[first]):
        return None
    if first > lo and (lex.killed.match_at(tokens, first - 1, text, first) or lex.wounded.match_at(tokens, first - 1, text, first)):
        return None
    if first > lo and tokens[first - 1].norm in _words("cs9_")["relatives"]:
        return None
    back = _count_before(tokens, first, max(lo, first - 6), text, lex)
    if back is not None and back[0] == 2:
        return 2, back[1], min(first, back[1] + 1)
    k = first - 1
    if k >= lo and tokens[k].kind == "word" and dual(tokens[k]) and token_number(tokens[k], text, lex) is None:
        return 2, k, k + 1  # "إن جنديين أصيبا"
    return None


# -- casualty counts in follow-up articles, round 8 (cs10_) --------------------------------------------------------


@lru_cache(maxsize=1)
def _cs10_weak_death_forms() -> frozenset:
    """The plural and feminine forms of ``cs10_weak_death_verbs``, whose weak last radical drops: "قضى" -> "قضوا",
    "قضت", "قضين"; "ارتقى" -> "ارتقوا", "ارتقت" (normalized)."""
    out = set()
    for v in _words("cs10_")["weak_death_verbs"]:
        stem = v[:-1]
        out |= {stem + "وا", stem + "ت", stem + "ين", stem + "تا"}
    return frozenset(out)


def _cs10_weak_death_verb(tokens: list[Token], i: int, hi: int, forms: list[tuple[str, ...]]) -> Match | None:
    """A killed head at token ``i`` that ``lexicon()`` does not give: the plural or feminine of a verb of dying
    with a weak last radical ("قضوا", "ارتقت") followed by a word of the circumstance of the death ("خمسة من أفرادها
    قضوا تحت الركام", "التي قضت في الهجوم"); not "قضوا 13 شهرا", "قضت المحكمة بـ", "قضت القوات على"."""
    if i + 1 >= hi or _cs10_weak_death_forms().isdisjoint(forms[i]):
        return None
    if _words("cs10_")["death_circumstances"].isdisjoint(forms[i + 1]) and tokens[i + 1].norm not in \
            _words("cs10_")["death_circumstances"]:
        return None
    return Match(first=i, last=i, start=tokens[i].start, end=tokens[i].end, payload="killed")


def _cs10_past_subset(tokens: list[Token], j: int, hi: int, text: str, lex: Lexicon, words: int = 14) -> int:
    """The token after a subset of a toll at token ``j`` that a group added to the toll follows ("مقتل عشرة أشخاص،
    [بينهم سبعة من رجال الأمن وسائحة]، إضافة إلى المسلحين الأربعة": the subset is among the ten, the attackers are
    not): the comma that ends the subset, when an addition word (``addition_words``) follows it; else ``j``. The
    subset opens with a breakdown word ("بينهم", "من بينهم", "منهم") and runs to the first comma within ``words``."""
    k = j + (j < hi and tokens[j].text in ("،", ","))
    k += k < hi and tokens[k].norm == "من"
    if k >= hi or tokens[k].norm not in lex.breakdown_words:
        return j
    for e in range(k + 1, min(hi, k + words + 1)):
        if tokens[e].kind == "punct":
            if tokens[e].text in ("،", ",") and e + 1 < hi and lex.addition_words.match_at(tokens, e + 1, text, hi):
                return e
            return j
    return j


def _cs10_casualty_noun(tokens: list[Token], g0: int, text: str, lex: Lexicon) -> bool:
    """Whether the group at token ``g0`` is a casualty noun ("14 جريحا", "ثلاثة قتلى"): a toll of its own outcome,
    not people added to the toll before it."""
    return g0 < len(tokens) and any(f in lex.casualty_nouns for f in _forms(tokens[g0], text))


def _cs10_definite_two(tokens: list[Token], g0: int, text: str, lex: Lexicon) -> bool:
    """Whether "الاثنين" after the definite person noun at token ``g0`` is the number two agreeing with a dual
    ("المهاجمين الاثنين", "الجنديين الاثنين"), not Monday ("اليوم الاثنين", "يوم الاثنين"): the noun ends in the dual
    or plural ending and is no word of time."""
    head = tokens[g0].norm
    return tokens[g0 + 1].norm in _words("ac4_")["two_weekdays"] and head.startswith("ال") \
        and head.endswith(("ين", "ان")) and head not in lex.casualty_times and head not in _words("ac4_")["day_words"]


def _cs10_pluperfect_subject(tokens: list[Token], first: int, last: int, lo: int, hi: int, text: str, lex: Lexicon,
                             forms: list[tuple[str, ...]]) -> tuple[int, int, int] | None:
    """(count, group start, group end) of the subject of a casualty verb in the pluperfect, which stands between
    "كان" and "قد" ("وكان الفقيد قد استشهد أمس" 1, "وكانت طفلة قد أصيبت بجروح" 1, "وكان جنديان قد قتلا في
    الكمين" 2), the verb at [first, last] with no object after it (a preposition, a word of time, "بجروح", a comma
    or the end: "وكان مسلح قد قتل زوجته" names the killer, not the dead; "قتل أو أصيب" is not said); else None."""
    dat = _words("dat_")
    p = first - 1
    if p <= lo or tokens[p].norm not in dat["pluperfect_particles"]:
        return None
    nxt = last + 1
    if nxt < hi and tokens[nxt].kind != "punct" and not (
            tokens[nxt].norm in lex.casualty_times or tokens[nxt].norm in _words("ac4_")["after_passive"]
            or not _words("cs10_")["death_circumstances"].isdisjoint(forms[nxt])
            or tokens[nxt].norm.startswith("ب") and len(tokens[nxt].norm) > 3):
        return None
    for kv in range(p - 1, max(lo, p - _cs14_SUBJECT_WORDS) - 1, -1):
        if tokens[kv].kind not in ("word", "number"):
            return None
        if tokens[kv].norm in dat["pluperfect_verbs"]:
            break
    else:
        return None
    if kv + 1 >= p:
        return None
    count, g0, g1 = _count_and_group(tokens, kv + 1, p, text, lex)
    if count is not None and g1 == p:
        return count, g0, g1
    return (count, g0, g1) if count == 1 and g0 == kv + 1 and _cs14_described(tokens, g1, p) else None


# -- casualty counts in follow-up articles, round 10 (cs11_) -------------------------------------------------------


def _cs11_eliminated(tokens: list[Token], i: int, lo: int, hi: int, text: str, lex: Lexicon,
                     forms: list[tuple[str, ...]]) -> Match | None:
    """A killed head at token ``i`` for the militants that forces killed, told as armies' statements tell it: a past
    verb of neutralizing with its counted object right after it ("وأعلن الجيش أن دورياته حيدت سبعة مسلحين قرب الحدود",
    quotes passed: 'و"حيدت 4 إرهابيين"'), or a past "قضى" whose subject or a time phrase stands before its "على"
    ("قضت فرقة من الدرك على خمسة إرهابيين", "قضت الوحدات، فجر الأحد، على مسلحين اثنين"); the match ends before the
    count, which must follow (a number, or a dual noun with "اثنين"); the verbal noun too ("انتهت بالقضاء على مسلحين
    اثنين", "والقضاء حتى الآن على 9 مسلحين"), its first "على" only. Not a purpose ("لتحييد"), nor an object with no
    count ("حيدت عددا منهم", "قضت المحكمة على المتهم")."""
    if tokens[i].norm.lstrip("وف").startswith("ل"):
        return None
    if not _words("dt15_")["neutralize_words"].isdisjoint(forms[i]):
        end = i
    elif not _words("dt8_")["eliminate_words"].isdisjoint(forms[i]):
        on = _words("dt8_")["eliminate_preps"]
        end = next((k for k in range(i + 1, min(hi, i + 10)) if not on.isdisjoint(forms[k])
                    or tokens[k].kind == "punct" and tokens[k].text not in lex.clause_marks), None)
        if end is None or on.isdisjoint(forms[end]):
            return None
    else:
        return None
    j = end + 1
    while j < hi and tokens[j].text in _QUOTES:
        j += 1
    count, g0, g1 = _count_and_group(tokens, j, hi, text, lex)
    if count is None or g1 <= g0 or not (token_number(tokens[j], text, lex) is not None
                                          or g1 - g0 > 1 and token_number(tokens[g0 + 1], text, lex) == 2):
        return None
    return Match(first=i, last=j - 1, start=tokens[i].start, end=tokens[j - 1].end, payload="killed")


def _cs11_of_wounded(tokens: list[Token], g0: int, g1: int, forms: list[tuple[str, ...]]) -> bool:
    """Whether the group [g0, g1) of a death names the wounded of the event by its first or second word ("وفاة
    اثنين من [المصابين] متأثرين بجروحهما", "توفي أربعة من [الجرحى]", "وفاة [أحد] [الجرحى]"): people the toll counts
    once they die, not dead beside it (``cs11_wounded_groups``)."""
    wounded = _words("cs11_")["wounded_groups"]
    return any(not wounded.isdisjoint(forms[k]) for k in range(g0, min(g1, g0 + 2)))


# -- casualties told apart from the toll, round 11 (cs12_) ---------------------------------------------------------


def _cs12_description_word(tokens: list[Token], k: int, j: int) -> bool:
    """Whether the word at token ``k`` that starts with "و" and counts nobody is a word of the description of the
    person named from token ``j``, not the conjunction: it follows a word of the description with no comma
    between them, as the second noun of a construct ("قائد [وحدة] الهندسة", "مسؤول [وكالة] الإغاثة", "القيادية في
    [وحدات] الحماية"), and the description goes on past it to the group joined to the person ("وأربعة من
    مرافقيه"). Not a word after a comma ("عبد الله، ووزير الدفاع"): the next person named."""
    return k > j and tokens[k].text != "و" and (tokens[k - 1].kind == "word" or tokens[k - 1].text in _QUOTES)


def _cs13_attackers_partitive(tokens: list[Token], g0: int, first: int, lo: int, text: str, lex: Lexicon,
                              forms: list[tuple[str, ...]]) -> bool:
    """Whether the count of a casualty verb at ``first`` is followed by a partitive pronoun at ``g0``
    (``cs8_partitive_pronouns``) whose antecedent is the attackers: an attacker noun (``wn2_attacker_heads``,
    definite: known already) before the verb in the sentence, with no number between ("لاحقت الشرطة المسلحين وقتلت
    أربعة منهم"; not "أطلقوا النار على حافلة تقل 30 راكبا وقتلوا 12 منهم", some of the passengers, nor "اقتحم
    خمسة مسلحين المقهى واحتجزوا رهائن وقتلوا 20 منهم", the attackers the verb's subject). Such a
    count is the attackers' own dead, a group of its own ("منهم"), not a restated toll of the victims."""
    if tokens[g0].norm not in _words("cs8_")["partitive_pronouns"]:
        return False
    heads = _words("wn2_")["attacker_heads"]
    for k in range(first - 1, lo - 1, -1):
        if tokens[k].text in (".", "؟", "!", "\n") or _cas_number(tokens, k, first, text, lex) is not None:
            return False
        if not heads.isdisjoint(f.removeprefix("ال") for f in forms[k] if f.startswith("ال")):
            return True  # the attackers told of before ("المسلحين"), not "اقتحم خمسة مسلحين ... وقتلوا 20 منهم"
    return False


def _cs13_of_attackers(tokens: list[Token], k: int, j: int) -> bool:
    """Whether token ``k`` is the "من" of the attackers' affiliation right after the attacker noun that opens the
    subject at token ``j`` of an active killing verb ("ذبح مسلحون من الجماعة 30 قرويا", "قتل مسلحون من الحركة
    ستة جنود"): part of the subject, not a stop word before the count."""
    return k == j + 1 and tokens[k].norm == "من" and tokens[j].norm in _words("wn2_")["attacker_heads"]


def _cs13_reported_later(tokens: list[Token], hi: int, end: int, text: str, lex: Lexicon) -> list[dict]:
    """The casualties of the later clauses [hi, end) of a trigger's sentence that open with a reporting verb after a
    clause mark ("اندلعت اشتباكات ... في منطقة X، وأعلن مركز الطوارئ أن حصيلة الاشتباكات بلغت 27 قتيلا",
    "نفذت الطائرات ضربتين ...، فيما قالت مصادر محلية إن الضربتين أودتا بحياة 21 مدنيا"): the toll of the event
    of the clause before, for the outcomes that clause does not count (``records._record``); several such clauses
    restate one toll (``_tol_restated``). ``end``: the next weapon of the sentence (an event of its own); [] for no
    such clause."""
    forms = _doc_forms(tokens, text)
    cuts = [k + 1 for k in range(max(0, hi - 1), end - 2) if tokens[k].text in lex.clause_marks
            and any(set(forms[j]) & lex.reporting_verbs for j in range(k + 1, min(end, k + 3)))]
    out: list[dict] = []
    for a, b in zip(cuts, cuts[1:] + [end]):
        out = _tol_restated(out, casualties(tokens, a, b, text, lex))
    return out


# -- casualty counts, round 13 (cs14_) -----------------------------------------------------------------------------


def _cs14_attacker_relative(tokens: list[Token], first: int, last: int, lo: int, hi: int, text: str, lex: Lexicon,
                            forms: list[tuple[str, ...]]) -> tuple[int, int, int] | None:
    """(count, group start, group end) of the attacker told as the antecedent of a relative clause whose verb of
    dying at [first, last] is passive ("وقال إن منفذ التفجير الذي قتل على يد الحراس كان معروفا" 1, "المهاجم الذي
    قضى أيضا في الانفجار" 1, "منفذا الهجوم اللذان قتلا برصاص الشرطة" 2): the attacker's own death, counted apart from
    the victims. The antecedent is a definite attacker noun (``wn2_attacker_heads``) or a head of the perpetrator
    before the event in the genitive (``cs14_perpetrator_heads``: "منفذ الاعتداء"); the verb has no object after it
    (a preposition, a word of time, an adverb, a comma or the end: "المسلح الذي قتل ستة مصلين" killed, was not
    killed); else None. The plural "الذين" is left alone: its count is the attackers', told elsewhere."""
    rel = first - 1
    if rel - 1 < lo or tokens[rel].kind != "word":
        return None
    cs14 = _words("cs14_")
    count = 1 if tokens[rel].norm in cs14["one_relatives"] else 2 if tokens[rel].norm in cs14["two_relatives"] else None
    if count is None:
        return None
    nxt = last + 1
    if nxt < hi and tokens[nxt].kind != "punct" and not (
            tokens[nxt].norm in lex.casualty_times or tokens[nxt].norm in _words("ac4_")["after_passive"]
            or tokens[nxt].norm in _words("cas_")["between_words"]
            or not _words("cs10_")["death_circumstances"].isdisjoint(forms[nxt])):
        return None  # "المسلح الذي قتل ستة أشخاص": the killer
    attackers = _words("wn2_")["attacker_heads"]
    perpetrators = cs14["perpetrator_heads"]
    k = rel - 1
    if tokens[k].kind == "word" and any(f.startswith("ال") and f[2:] in attackers for f in forms[k]):
        return count, k, rel  # "المهاجم الذي", "الانتحاري الذي"
    if k - 1 >= lo and tokens[k].kind == "word" and tokens[k].norm.startswith("ال") and tokens[k - 1].kind == "word" \
            and not perpetrators.isdisjoint(forms[k - 1]):
        return count, k - 1, rel  # "منفذ الهجوم الذي"
    return None


def _cs14_still_treated(tokens: list[Token], i: int, lo: int, hi: int, text: str, lex: Lexicon) -> tuple[dict, int] | None:
    """The wounded told by their treatment at token ``i``: a count of people followed by a verb of treatment (after
    "ما زالوا" or not) with a word of treatment or of hospital within two words ("مضيفا أن نحو 40 آخرين ما زالوا
    يتلقون العلاج", "وقال إن سبعة أشخاص نقلوا إلى المستشفى"), no verb of wounding said of them: (the wounded, the
    token after the verb); else None. Not the part of a toll ("بينهم", "منهم" before it: "إصابة 9 أشخاص، منهم 4
    يتلقون العلاج" counts the nine once)."""
    count, g0, g1 = _count_and_group(tokens, i, hi, text, lex)
    if count is None or g1 <= g0 or g0 == i and token_number(tokens[i], text, lex) is None:
        return None  # a count said with a number ("30 آخرين", "سبعة أشخاص"), not a bare noun
    if any(tokens[k].norm in lex.breakdown_words for k in range(max(lo, i - 3), i)):
        return None
    cs14 = _words("cs14_")
    g1 = next((t for t in range(g0 + 1, g1) if t + 1 < hi and tokens[t].norm in ("ما", "لا")
               and tokens[t + 1].norm in cs14["still_words"]), g1)  # "آخرين [ما زالوا]": not who they are
    k = g1
    if k + 1 < hi and tokens[k].norm in ("ما", "لا") and tokens[k + 1].norm in cs14["still_words"]:
        k += 2
    if k >= hi or tokens[k].norm not in cs14["treatment_verbs"]:
        return None
    places = _words("pl9_")["treatment_words"] | _words("tg13_")["hospital_words"]
    if not any(tokens[t].norm in places or tokens[t].norm[1:] in places or tokens[t].norm[2:] in places
               for t in range(k + 1, min(hi, k + 4))):
        return None  # "137 شخصا يخضعون للإقامة الجبرية": not a treatment
    return {"count": count, "group": text[tokens[g0].start:tokens[g1 - 1].end], "outcome": "wounded"}, k + 1


_cs14_SUBJECT_WORDS = 13  # the longest subject between "كان" and "قد": a person, his title and his name


def _cs14_described(tokens: list[Token], g1: int, p: int) -> bool:
    """Whether the words [g1, p) between a subject of one person and "قد" of the pluperfect describe that person
    ("وكان المسؤول في الحزب المعارض حسن بن علي قد اغتيل", "وكان شاب من أبناء القرية يبلغ من العمر 20 عاما قد توفي
    متأثرا بجراحه"): words and numbers, none joined by "و" (a second group: "وكان 16 عسكريا وعون حرس قد أصيبوا")
    and no punctuation; a subject of one person said with them is that one person (``_cs10_pluperfect_subject``)."""
    return g1 < p and all(tokens[t].kind in ("word", "number")
                          and not (tokens[t].kind == "word" and tokens[t].text.startswith("و")) for t in range(g1, p))


def _cs15_noun_counted_after(tokens: list[Token], g0: int, hi: int, text: str, lex: Lexicon) -> bool:
    """Whether the word at token ``g0`` that ends like a dual is followed right away by a number other than two: a
    verbal noun in -ان with its own count ("مقتل جنديين وفقدان ستة آخرين", "وفقدان 12 مدنيا": the missing, not two
    dead), never a dual, which takes no number but "اثنان"."""
    if g0 + 1 >= hi or tokens[g0 + 1].text.startswith("و"):
        return False  # "مقتل جنديين وثلاثة مدنيين": the next group's count
    number = _cas_number(tokens, g0 + 1, hi, text, lex)
    return number is not None and number[0] != 2


def _cs15_ride_end(tokens: list[Token], j: int, hi: int) -> int:
    """The token after the attackers' ride told at token ``j`` between a killing verb's subject and its object: a verb
    of riding (``cs15_riding_verbs``) and the words of its vehicle (``cs15_vehicle_words``), at least one ("قتل مسلحون
    مجهولون [يستقلون دراجة نارية]، صباح اليوم، عاملة", "اغتال مسلحون [يركبون سيارة مظللة] ضابطا"); else ``j``."""
    cs15 = _words("cs15_")
    if tokens[j].norm not in cs15["riding_verbs"]:
        return j
    e = j + 1
    while e < hi and tokens[e].norm in cs15["vehicle_words"]:
        e += 1
    return e if e > j + 1 else j


_cs15_SUKUN = "\u0652"


def _cs15_marked_dual(tok: Token) -> bool:
    """Whether a word in -ين is written with a sukun on its ي ("عسكرييْن", "إرهابييْن", "مدنييْن"): the diphthong -ayn
    of the dual, which the writer marks to tell it from the plural's -īn ("عسكريين" alone may be many soldiers)."""
    return tok.text.endswith("ي" + _cs15_SUKUN + "ن")


def _cs16_attackers(c: dict) -> bool:
    """Whether a casualty's group is the attackers: an attacker noun (``_cs8_attackers``: "المهاجمين الخمسة",
    "الانتحاري") or a head of the perpetrator of the event (``cs14_perpetrator_heads``: "منفذ الهجوم", "منفذي
    العملية"). Their death told after the victims' toll is not that toll restated: "قتل مسلحون ثمانية قرويين في
    السوق" then "وقتلت الشرطة المسلحين الثلاثة بعد مطاردة" are 8 and 3, not 8."""
    if _cs8_attackers(c):
        return True
    words = normalize(c.get("group") or "").split()
    w = words[0].removeprefix("و") if words and len(words[0]) > 3 else (words or [""])[0]
    return w in _words("cs14_")["perpetrator_heads"]


def _cs16_attackers_apart(kept: list[dict], more: list[dict], outcome: str) -> list[dict]:
    """The attackers' dead of ``outcome`` that a later mention of an event counts ("وقال المتحدث إن ستة مسلحين
    اقتحموا المبنى قبل أن تقتلهم الشرطة", "منفذ الهجوم الذي قتل أيضا") when the mention kept gives a toll of nobody
    in particular and no attackers ("لقي 40 شخصا حتفهم": ``_tol_head`` None) and the later one counts only the
    attackers, with another figure: people besides the victims of the toll, added to them (``_tol_restated``,
    ``merging._fill``), not that toll restated; else []. A toll that names its dead ("الجنود الأربعة") is
    ``merging._wn2_other_side``'s; the same figure is the same dead told by the other side ("استشهد الشابان" ...
    "حيدت قواته مسلحين اثنين")."""
    a = [c for c in kept if c["outcome"] == outcome and not c.get("toll")]
    b = [c for c in more if c["outcome"] == outcome and not c.get("toll")]
    if not a or not b or any(map(_cs16_attackers, a)) or not all(map(_cs16_attackers, b)) \
            or None not in {_tol_head(c) for c in a} or sum(c["count"] for c in a) == sum(c["count"] for c in b) \
            or any(c.get("toll") and c["outcome"] == outcome for c in kept + more):
        return []
    return b


def _cs16_body_found(tokens: list[Token], i: int, lo: int, hi: int, forms: list[tuple[str, ...]]) -> Match | None:
    """A body found at token ``i``: a body noun (``cs16_body_one``, ``cs16_body_two``, ``cs16_body_many``) with a word
    of finding (``cs16_found_words``) within six words before it in the clause ("عثرت دورية فجر اليوم على جثة جندي
    مخطوف", "انتشال جثث ستة صيادين"): a death told by its body, the count after it as after "مقتل"; else None.
    Not a body handed over or buried ("تسلمت العائلة جثمان الضحية"): the dead counted when they were killed."""
    cs16 = _words("cs16_")
    if tokens[i].kind != "word" or (cs16["body_one"] | cs16["body_two"] | cs16["body_many"]).isdisjoint(forms[i]):
        return None
    k, n = i - 1, 0
    while k >= lo and n < 6:  # "من العثور، منذ قليل، على جثة": a time set off by commas
        if tokens[k].kind == "punct" and tokens[k].text not in ("،", ","):
            return None
        n += tokens[k].kind == "word"
        if not cs16["found_words"].isdisjoint(forms[k]):
            return Match(first=i, last=i, start=tokens[i].start, end=tokens[i].end, payload="cs16_body")
        k -= 1
    return None


def _cs16_body_count(tok: Token) -> int | None:
    """The dead a body noun with no count after it names: one ("جثة"), two ("جثتي"), or None ("جثث")."""
    cs16 = _words("cs16_")
    return 1 if tok.norm in cs16["body_one"] else 2 if tok.norm in cs16["body_two"] else None


@lru_cache(maxsize=1)
def _cs16_given_names() -> frozenset:
    """The given names of person_names.yaml (normalized) and the kunya words ("أبو", "أبي")."""
    return _n(_data("person_names.yaml")["given"]) | _words("cs16_")["kunya"]


def _cs16_named(tokens: list[Token], head: int, g0: int, hi: int, lex: Lexicon,
                forms: list[tuple[str, ...]]) -> bool:
    """Whether a verbal noun of death at token ``head`` ("مقتل", "مصرع", "استشهاد": ``cs16_death_nouns``, whose voice
    is not in doubt, unlike the verb "قتل") is followed at ``g0`` by a person's name: a given name
    (person_names.yaml) or a kunya ("أبو", "أبي") and a second word of the name ("مقتل سالم الحداد", "استشهاد
    أبي عمر"): one dead. Not a given name alone (many are also words: "جمال", "سلام"), nor one joined by "و"."""
    if _words("cs16_")["death_nouns"].isdisjoint(forms[head]):
        return False
    if g0 + 1 >= hi or tokens[g0].kind != "word" or tokens[g0 + 1].kind != "word" \
            or tokens[g0 + 1].norm in lex.group_stops or tokens[g0 + 1].text.startswith("و"):
        return False
    return tokens[g0].norm in _cs16_given_names()


def _cs16_suspects(tokens: list[Token], g0: int, hi: int) -> int | None:
    """The suspects named at token ``g0`` by "المشتبه" and the pronoun of its preposition (``cs16_suspect_heads``,
    ``cs16_suspect_one``, ``cs16_suspect_two``: "قتل المشتبه به برصاص الشرطة" 1, "قتل فيه المشتبه بهما" 2); None for
    the plural ("المشتبه بهم": no number) or anything else."""
    if g0 + 1 >= hi or tokens[g0].norm not in _words("cs16_")["suspect_heads"]:
        return None
    cs16, nxt = _words("cs16_"), tokens[g0 + 1].norm
    return 1 if nxt in cs16["suspect_one"] else 2 if nxt in cs16["suspect_two"] else None


def _cs16_one_more(kept: list[dict], more: list[dict], outcome: str) -> list[dict]:
    """The group of ``outcome`` a later mention counts with an indefinite ordinal after its noun ("عثرت دورية
    لاحقا على جثة مسلح ثالث", "وتوفي جريح رابع"), when the mention kept counts exactly one fewer of the same
    people (the attackers, ``_cs16_attackers``, or the same first word: "المهاجمين" 2 then "مسلح ثالث"): one more
    of them, added (``_tol_restated``, ``merging._fill``); else []. The ordinal is ``cas_ordinals`` without the
    article ("ثالث" 3, "رابعة" 4)."""
    b = [c for c in more if c["outcome"] == outcome and not c.get("toll")]
    if len(b) != 1 or b[0]["count"] != 1:
        return []
    words = normalize(b[0].get("group") or "").split()
    ordinals = {w.removeprefix("ال"): n for w, n in _cas_lexicon().ordinals.items()}
    rank = ordinals.get(words[1]) if len(words) >= 2 else None
    if rank is None:
        return []
    head = (_tol_head(b[0]) or "")[:3]
    same = [c for c in kept if c["outcome"] == outcome and not c.get("toll") and (
        _cs16_attackers(c) if _cs16_attackers(b[0]) else bool(head) and (_tol_head(c) or "")[:3] == head)]
    return b if same and sum(c["count"] for c in same) == rank - 1 else []
