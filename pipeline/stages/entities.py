"""Stage ``entities``: named entities linked to the gazetteer.

Reads ``doc.tokens``; writes ``doc.entities`` (spec section 2: spans over the
original text without attached proclitics, labels FACTION, BASE, FACILITY,
OFFICIAL, PERSON, ORG, GPE, LOC, with ``canonical``, ``kb_id``, ``role``).

Backends (``[stages.entities] backend``):

- ``gazetteer``: longest match of the aliases in ``resources/ar/gazetteer/``
  over the token sequence, plus the patterns below. A mention may start after
  proclitics (``والعراق`` -> ``العراق``), quotes inside a name are skipped
  (``قاعدة "بلد" الجوية``), and short forms of officials (``الكاظمي``) are
  linked once their full name has appeared in the article.
- ``spacy`` (the default): Rasd's NER model (``models/ner``, ``rasd train
  ner``) gives PERSON, ORG, GPE and LOC over Rasd's tokens; the gazetteer and
  the patterns decide FACTION, BASE, FACILITY and OFFICIAL and add
  ``canonical``, ``kb_id`` and ``role``.
- ``stanza`` and ``camel``: the same combination with stanza's Arabic NER or
  camel-tools' NER as the statistical part, when the user has installed
  their models (never required).

Patterns (language data in ``resources/ar/``): a designator and a name
(``designators.yaml``: قاعدة، معسكر، مطار، كتائب، سرايا ... then a known or
recognized name, a quoted name, or for armed-group heads a short run of
name words) make BASE, FACILITY or FACTION; a title before a person
(``titles.yaml``: رئيس الوزراء، الأمين العام لـ، قائد، الجنرال ...) makes an
OFFICIAL whose ``role`` is the title as written. Later short mentions of a
name (the surname alone) are linked back to the full one.
"""

from __future__ import annotations

from collections import Counter

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

import yaml

from ..core import registry
from ..document import Document, Entity, Token
from ..errors import ResourceError
from ..kb import KB, QUOTES, load_kb, load_yaml, name_forms
from .normalize import normalize

RESOURCES = Path(__file__).resolve().parent.parent / "resources" / "ar"
MODELS = Path(__file__).resolve().parent.parent.parent / "models"
DEFAULT_MODEL = MODELS / "ner" / "model"
WORDS = ("word", "latin", "hashtag")
# model labels the combination accepts from a statistical backend
MODEL_LABELS = ("PERSON", "ORG", "GPE", "LOC")
KIN = frozenset(normalize(w) for w in ("أبو", "أبي", "أم", "بن", "ابن", "عبد", "آل", "ذو", "ذي"))

# a token span proposed by a component: first and last token index (inclusive), the entity
Cand = tuple[int, int, Entity]
# a statistical backend: token lists of documents -> per document [(first, last, label)]
Predictor = Callable[[list[list[Token]], list[Document]], list[list[tuple[int, int, str]]]]


# ---------------------------------------------------------------- language data


@dataclass(frozen=True)
class LangData:
    designators: dict[str, tuple[str, bool]]  # normalized word -> (label, in_span)
    generic: frozenset[str]
    suffixes: frozenset[str]
    titles: dict[str, list[tuple[str, ...]]]  # last normalized token of a title -> title keys (token tuples)
    title_stop: frozenset[str]
    ranks: tuple[tuple[str, ...], ...]  # rank keys, longest first
    ranks_by_first: dict[str, list[tuple[str, ...]]]
    leaders: frozenset[str]
    calendar: frozenset[tuple[str, ...]]  # month and weekday names (time.yaml): never a model name
    generic_heads: frozenset[str]
    span_end_stop: frozenset[str]  # prepositions that never end a name (designators.yaml)
    ambiguous: frozenset[str]  # place names that are also words (ambiguous_names.yaml): need support
    place_words: frozenset[str]  # words before a name that make it a place (مدينة، قضاء، شمال)
    pl18_after_bi: frozenset[str]  # ambiguous names that "ب" written on them makes a place ("بقبلي")
    given: frozenset[str]  # given names (person_names.yaml)
    given_y: frozenset[str]  # those spelled with a final ي: not a name when written with ى (على)
    compound_second: frozenset[str]  # عبد الله، نور الدين
    family: frozenset[str]  # family names that are not nisba adjectives (الأسد، الصدر)
    not_family: frozenset[str]  # nisba adjectives that are not family names (الأمريكي، العسكري)


def _key(phrase: str) -> tuple[str, ...]:
    from .tokenize import tokenize

    return tuple(t.norm for t in tokenize(phrase))


@lru_cache(maxsize=1)
def lang_data() -> LangData:
    try:
        des = load_yaml(RESOURCES / "designators.yaml")
        tit = load_yaml(RESOURCES / "titles.yaml")
        amb = load_yaml(RESOURCES / "ambiguous_names.yaml")
        names = load_yaml(RESOURCES / "person_names.yaml")
    except (OSError, yaml.YAMLError) as exc:
        raise ResourceError(f"entity language data cannot be read: {exc}",
                            hint="restore pipeline/resources/ar/designators.yaml, titles.yaml, "
                                 "ambiguous_names.yaml and person_names.yaml")
    titles: dict[str, list[tuple[str, ...]]] = {}
    for phrase in tit["titles"]:
        key = _key(str(phrase))
        variants = {key}
        if key[0].startswith("ال"):
            variants.add((key[0][2:],) + key[1:])
        else:
            variants.add(("ال" + key[0],) + key[1:])
        for v in variants:
            bucket = titles.setdefault(v[-1], [])
            if v not in bucket:
                bucket.append(v)
    for bucket in titles.values():
        bucket.sort(key=len, reverse=True)
    ranks = tuple(sorted({_key(str(r)) for r in tit["ranks"]}, key=len, reverse=True))
    return LangData(
        designators={normalize(d["word"]): (d["label"], bool(d.get("in_span", True))) for d in des["designators"]},
        generic=frozenset(normalize(w) for w in des["generic"]),
        suffixes=frozenset(normalize(w) for w in des["suffixes"]),
        titles=titles,
        title_stop=frozenset(normalize(w) for w in tit["stop"]),
        ranks=ranks,
        ranks_by_first={k[0]: [r for r in ranks if r[0] == k[0]] for k in ranks},
        leaders=frozenset(normalize(w) for w in tit["leaders"]),
        calendar=_calendar_names(),
        generic_heads=frozenset(normalize(w) for w in des["generic_heads"]),
        span_end_stop=frozenset(normalize(w) for w in des["span_end_stop"]),
        ambiguous=frozenset(normalize(str(w)) for w in amb["names"]),
        place_words=frozenset(normalize(str(w)) for w in amb["place_words"]),
        pl18_after_bi=frozenset(normalize(str(w)) for w in amb.get("pl18_after_bi") or []),
        given=frozenset(normalize(str(w)) for w in names["given"]),
        given_y=frozenset(normalize(str(w)) for w in names["given"] if str(w).endswith("ي")),
        compound_second=frozenset(normalize(str(w)) for w in names["compound_second"]),
        family=frozenset(normalize(str(w)) for w in names["family_names"]),
        not_family=frozenset(normalize(str(w)) for w in names["not_family"]),
    )


def _calendar_names() -> frozenset[tuple[str, ...]]:
    """Month (Gregorian, Hijri) and weekday names as token keys, with and without the article."""
    data = load_yaml(RESOURCES / "time.yaml")
    names: set[str] = set()
    for section in ("months", "hijri_months", "weekdays"):
        for value in (data.get(section) or {}).values():
            for group in (value.values() if isinstance(value, dict) else [value]):
                names.update(str(n) for n in group)
    keys = set()
    for n in names:
        k = _key(n)
        if k:
            keys.add(k)
            keys.add((k[0][2:],) + k[1:] if k[0].startswith("ال") else ("ال" + k[0],) + k[1:])
    return frozenset(keys)


# ---------------------------------------------------------------- gazetteer


def _match_at(tokens: list[Token], i: int, text: str, index: dict) -> tuple[int, int, int, str] | None:
    """Longest alias starting at token ``i``: (start, end offset, next token index, kb_id)."""
    best = None
    for start, form in name_forms(tokens[i], text):
        for rest, kb_id in index.get(form, ()):
            if not rest and start != tokens[i].start and len(form) <= 2:
                continue  # "باب" read as "ب" + "اب": no two-letter name after a proclitic (Ibb, "إب"), but "ببن قردان"
            j, k = i + 1, 0
            opened = 0
            while k < len(rest) and j < len(tokens):
                t = tokens[j]
                if t.text in QUOTES:
                    opened ^= 1
                    j += 1
                    continue
                if t.norm != rest[k]:
                    break
                j += 1
                k += 1
            if k < len(rest):
                continue
            end_tok = j - 1
            # step back over quotes we skipped at the end, unless they close a quote opened inside
            while end_tok > i and tokens[end_tok].text in QUOTES and not opened:
                end_tok -= 1
            if opened and j < len(tokens) and tokens[j].text in QUOTES and tokens[j].start == tokens[j - 1].end:
                end_tok = j
                j += 1
            end = tokens[end_tok].end
            if best is None or (end - start) > (best[1] - best[0]):
                best = (start, end, j, kb_id)
        if best is not None:
            break
    return best


def gazetteer_matches(doc: Document, kb: KB) -> list[Cand]:
    """Gazetteer mentions with their token spans: short forms only after their full name, and a site's
    generic forms ("السفارة الأمريكية") only in an article that names another place of the site's country."""
    tokens, text = doc.tokens, doc.text
    out: list[Cand] = []
    local: set[int] = set()  # indices in out of generic forms, kept at the end when their country is named
    seen: set[str] = set()
    index, short, generic = kb.index, kb.short_index, kb.local_index
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        # most words start no alias: without proclitics their only form is their norm
        if tok.kind not in WORDS or (not tok.splits and tok.norm not in index and tok.norm not in short
                                     and tok.norm not in generic):
            i += 1
            continue
        m = _match_at(tokens, i, text, index)
        source = "gazetteer"
        if m is None and short:
            m = _match_at(tokens, i, text, short)
            source = "link"
            if m is not None and m[3] not in seen:
                m = None
        if m is None and generic:
            m = _match_at(tokens, i, text, generic)
            source = "gazetteer"
            if m is not None:
                local.add(len(out))
        if m is None:
            i += 1
            continue
        start, end, nxt, kb_id = m
        entry = kb.entries[kb_id]
        seen.add(kb_id)
        last = nxt - 1
        while last > i and tokens[last].start >= end:
            last -= 1
        out.append((i, last, Entity(start, end, text[start:end], entry["label"], entry["canonical"], kb_id,
                                    source=source)))
        i = nxt
    if local:
        named = {kb.entries[e.kb_id].get("country") for k, (_, _, e) in enumerate(out) if k not in local}
        out = [c for k, c in enumerate(out) if k not in local or kb.entries[c[2].kb_id].get("country") in named]
    return out


def gazetteer_entities(doc: Document, kb: KB) -> list[Entity]:
    return [e for _, _, e in gazetteer_matches(doc, kb)]


# ---------------------------------------------------------------- combination


def _name_start(tok: Token, text: str) -> int:
    """Where a name starts inside its first token: after conjunction/preposition proclitics."""
    return name_forms(tok, text)[-1][0]


def _stem(tok: Token, text: str) -> str:
    return name_forms(tok, text)[-1][1]


def _entity(doc: Document, first: int, last: int, label: str, source: str, *, keep_first: bool = False,
            canonical: str | None = None, kb_id: str | None = None) -> Entity:
    toks, text = doc.tokens, doc.text
    tok = toks[first]
    start = tok.start if keep_first else _name_start(tok, text)
    if source == "model" and start == tok.start + 1 and text[tok.start] == "ف":
        start = tok.start  # فـ alone does not attach to a name: فابريزيو is one word
    end = toks[last].end
    return Entity(start, end, text[start:end], label, canonical, kb_id, source=source)


def _pl18_bi_place(tok: Token, text: str, lang: LangData) -> bool:
    """An ambiguous one-word place name with the preposition "ب" written on it, for the names whose "ب" form is no
    word (ambiguous_names.yaml ``pl18_after_bi``): "هجوم على دورية أمنية بقبلي" is in Kebili, where "نزاع قبلي" is
    tribal. An example of ours: "نقل المصاب إلى المستشفى الجهوي بقبلي"."""
    forms = name_forms(tok, text)
    return len(forms) > 1 and forms[-1][1] in lang.pl18_after_bi and text[forms[-1][0] - 1] == "ب"


def _is_nisba(norm: str) -> bool:
    """A definite relative adjective (الأمريكية، العراقي، الأمنية): ال ... ي / يه / يين / يون."""
    return norm.startswith("ال") and norm.endswith(("ي", "يه", "يين", "يون")) and len(norm) > 4


def _title_before(doc: Document, first: int, lang: LangData, floor: int) -> int | None:
    """Offset where the title (with its qualifiers) before token ``first`` starts, or None.

    From the name backwards: up to 6 qualifying tokens (nisba adjectives,
    genitives, ``لـ``/``بـ`` phrases, numbers, entity words), then a title;
    titles chained by a comma (``قائد القيادة المركزية، الجنرال``) extend the
    role leftwards. A stop word or other punctuation ends the search.
    """
    toks, text = doc.tokens, doc.text
    j = first - 1
    role_start = None
    budget = 6
    while j >= floor:
        t = toks[j]
        if t.kind == "punct":
            if t.text in "،," and (role_start is not None or j == first - 1) and j - 1 >= floor:
                j -= 1
                budget = 6
                continue
            if t.text in "-–" and budget > 1:  # الحركة الشعبية - شمال
                j -= 1
                budget -= 1
                continue
            break
        if t.kind not in ("word", "number"):
            break
        stem = _stem(t, text)
        if t.norm in lang.title_stop or stem in lang.title_stop:
            break
        found = None
        keys = lang.titles.get(stem, []) + (lang.titles.get(t.norm, []) if t.norm != stem else [])
        if not keys and stem[-2:] in ("ها", "هم") and lang.titles.get(stem[:-2]):
            keys = [k for k in lang.titles[stem[:-2]] if len(k) == 1]  # مديرها العام: its director
            stem = stem[:-2]
        for key in keys:
            k0 = j - len(key) + 1
            if k0 < floor:
                continue
            forms = [toks[k].norm for k in range(k0, j)] + [stem]
            if tuple(forms[:-1]) == key[:-1] and key[-1] in (stem, t.norm):
                found = k0
                break
        if found is not None:
            head = toks[found]
            role_start = _name_start(head, text)
            if head.splits and role_start > head.start and text[head.start:role_start][-1:] in "بلك":
                break  # بالسفير ...: governed by what comes before, the role starts here
            j = found - 1
            budget = 6
            continue
        budget -= 1
        if budget < 0:
            break
        j -= 1
    return role_start


def _split_title(doc: Document, first: int, last: int, lang: LangData) -> int | None:
    """If a model PERSON span starts with a title, the index of the first name token after it."""
    toks, text = doc.tokens, doc.text
    head = _stem(toks[first], text)
    best = None
    for key_list in lang.titles.values():
        for key in key_list:
            n = len(key)
            if first + n > last:
                continue
            rest = tuple(toks[first + k].norm for k in range(1, n))
            if key[1:] == rest and key[0] in (head, toks[first].norm):
                best = max(best or 0, first + n)
    return best


class Combiner:
    """Model spans + gazetteer + patterns -> the document's entities (spec section 2)."""

    def __init__(self, kb: KB, lang: LangData):
        self.kb = kb
        self.lang = lang

    # -- patterns ---------------------------------------------------------

    def _name_words(self, doc: Document, i: int, limit: int) -> int | None:
        """Last token of a run of up to ``limit`` name-like words from token ``i`` (None if none)."""
        toks, lang = doc.tokens, self.lang
        last = None
        for j in range(i, min(len(toks), i + limit)):
            t = toks[j]
            if t.kind != "word" or t.norm in lang.generic or t.norm in lang.title_stop:
                break
            if j > i and t.splits and doc.text[t.start] in "وف":
                break
            if t.norm in lang.designators:
                break
            last = j
        if last is not None and toks[i].norm in lang.generic:
            return None
        # a kunya or patronymic needs its next word (كتائب الشهيد أبو علي)
        while last is not None and toks[last].norm in KIN and last + 1 < len(toks) and toks[last + 1].kind == "word":
            last += 1
        return last

    def _suffix(self, doc: Document, last: int) -> int:
        toks = doc.tokens
        while last + 1 < len(toks) and toks[last + 1].kind == "word" and toks[last + 1].norm in self.lang.suffixes:
            last += 1
        return last

    def designator_entities(self, doc: Document, spans: dict[int, tuple[int, Entity]]) -> list[Cand]:
        """Designator + name: a span from the gazetteer or the model, a quoted name, or name words."""
        toks, text, lang = doc.tokens, doc.text, self.lang
        out: list[Cand] = []
        inside = {k for f, (l_, _) in spans.items() for k in range(f, l_ + 1)}
        i = 0
        while i < len(toks) - 1:
            t = toks[i]
            if t.kind != "word" or i in inside:
                i += 1
                continue
            stem = _stem(t, text)
            hit = lang.designators.get(stem)
            if hit is None or stem.startswith("ال"):
                i += 1
                continue
            label, in_span = hit
            nxt = i + 1
            last = None
            ent_next = spans.get(nxt)
            quoted = False
            if ent_next is None and toks[nxt].text in QUOTES and nxt + 1 < len(toks):
                ent_next = spans.get(nxt + 1)
                quoted = ent_next is not None
            canonical = kb_id = None
            if ent_next is not None:
                last, inner = ent_next
                if quoted and last + 1 < len(toks) and toks[last + 1].text in QUOTES:
                    last += 1
                if label == "FACTION" and inner.label not in ("FACTION", "ORG", "PERSON", "LOC", "GPE"):
                    last = None
                elif inner.label == "FACTION" and label == "FACTION":
                    canonical, kb_id = inner.canonical, inner.kb_id
                elif label in ("BASE", "FACILITY") and inner.label in ("BASE", "FACILITY", "FACTION", "OFFICIAL"):
                    last = None  # قاعدة + a known site is the site's own match; a faction is not a site name
            elif toks[nxt].text in QUOTES:
                k = nxt + 1
                while k < len(toks) and k < nxt + 6 and toks[k].text not in QUOTES and toks[k].kind != "punct":
                    k += 1
                if k < len(toks) and toks[k].text in QUOTES and k > nxt + 1:
                    last = k
            elif label == "FACTION" and stem in ("كتائب", "سرايا", "عصائب", "الويه", "كتيبه"):
                last = self._name_words(doc, nxt, 4)
            elif label == "BASE":
                last = self._name_words(doc, nxt, 2)
            if last is None:
                i += 1
                continue
            last = self._suffix(doc, last)
            if in_span:
                ent = _entity(doc, i, last, label, "pattern", canonical=canonical, kb_id=kb_id)
                out.append((i, last, ent))
            elif ent_next is None or ent_next[1].label != "FACTION":
                out.append((nxt, last, _entity(doc, nxt, last, label, "pattern", keep_first=True,
                                              canonical=canonical, kb_id=kb_id)))
            i = last + 1
        return out

    def rank_names(self, doc: Document, used: set[int]) -> list[Cand]:
        """Names the model has not found after a military rank (العقيد حازم الربيعي) or in apposition
        to a title between commas (قائد المدفعية بمحور المحافظة، عامر الخرزجي،)."""
        toks, lang = doc.tokens, self.lang
        out: list[Cand] = []
        for i, t in enumerate(toks):
            if t.kind == "punct" and t.text in "،," and 0 < i < len(toks) - 3 and i + 1 not in used:
                j = i + 1
                last = self._name_words(doc, j, 3)
                if last is not None and last > j and last + 1 < len(toks) and toks[last + 1].text in "،,." \
                        and not toks[j].norm.startswith("ال") and not toks[j].splits \
                        and not any(k in used for k in range(j, last + 1)) \
                        and not any(toks[k].norm in lang.titles for k in range(j, last + 1)) \
                        and _title_before(doc, j, lang, max(0, i - 8)) is not None:
                    out.append((j, last, _entity(doc, j, last, "PERSON", "pattern")))
                    used.update(range(j, last + 1))
                continue
            if t.norm not in lang.ranks_by_first:
                continue
            for key in lang.ranks_by_first[t.norm]:
                n = len(key)
                if i + n >= len(toks) or tuple(toks[i + k].norm for k in range(n)) != key:
                    continue
                j = i + n
                if j in used or toks[j].kind != "word" or toks[j].norm.startswith("ال") or toks[j].splits:
                    break
                last = self._name_words(doc, j, 3)
                if last is None or last == j or any(k in used for k in range(j, last + 1)):
                    break
                if any(toks[k].norm in lang.designators or toks[k].norm in lang.titles for k in range(j, last + 1)):
                    break
                out.append((j, last, _entity(doc, j, last, "PERSON", "pattern")))
                used.update(range(j, last + 1))
                break
        return out

    def _given(self, doc: Document, k: int, first: bool = False) -> bool:
        """Whether token ``k`` is a given name (the first word of a name may carry a proclitic: وخالد)."""
        tok, lang = doc.tokens[k], self.lang
        form = tok.norm
        if form not in lang.given:  # most words: one or three set lookups
            if not (first and tok.splits and tok.kind == "word") \
                    or (form[1:] not in lang.given and form[2:] not in lang.given):
                return False  # not a proclitic or two (و، ب، ول) before a given name
            form = _stem(tok, doc.text)
            if form not in lang.given:
                return False
        return tok.kind == "word" and not (form in lang.given_y and doc.text[tok.end - 1] == "ى")

    def _name_part(self, doc: Document, j: int) -> tuple[int, bool] | None:
        """The last token of the name part at ``j`` and whether it ends the name (a family name), or None."""
        toks, lang = doc.tokens, self.lang
        t, text = toks[j], doc.text
        if t.kind != "word" or _name_start(t, text) > t.start:  # "وجومانا": another name begins
            return None
        n = t.norm
        if n in KIN and j + 1 < len(toks) and toks[j + 1].kind == "word" \
                and _name_start(toks[j + 1], text) == toks[j + 1].start:
            return j + 1, False  # بن سلمان، عبد الوهاب، أبو بكر
        if n in lang.compound_second or self._given(doc, j):
            return j, False
        if n in lang.family or (n.startswith("ال") and n.endswith("ي") and len(n) >= 5 and n not in lang.not_family):
            return j, True  # الحريري، البابلي، الأسد
        return None

    def given_names(self, doc: Document, used: set[int]) -> list[Cand]:
        """Person names the model has not found: a given name and at least one name part after it
        (``person_names.yaml``: سهير رمزي، علي محمد جيدي، سهير البابلي، أبو بكر البغدادي)."""
        toks = doc.tokens
        out: list[Cand] = []
        i = 0
        while i < len(toks):
            start = i
            if toks[i].norm in ("ابو", "عبد") and i + 1 < len(toks) and self._given(doc, i + 1):
                i += 1  # أبو بكر، عبد الله ...: the kin word opens the name
            elif not self._given(doc, i, first=True):
                i += 1
                continue
            last, j = None, i + 1
            while j < len(toks) and j - start < 5:
                part = self._name_part(doc, j)
                if part is None:
                    break
                last, j = part[0], part[0] + 1
                if part[1]:
                    break
            if last is not None and not used.intersection(range(start, last + 1)):
                out.append((start, last, _entity(doc, start, last, "PERSON", "pattern")))
                used.update(range(start, last + 1))
                i = last + 1
            else:
                i = start + 1
        return out

    # -- combination ------------------------------------------------------

    def combine(self, doc: Document, model: Iterable[tuple[int, int, str]]) -> list[Entity]:
        toks, text, lang = doc.tokens, doc.text, self.lang
        model = list(model)
        gaz = self._supported(doc, gazetteer_matches(doc, self.kb), model)
        model_c: list[Cand] = []
        blocked: set[int] = set()
        for first, last, label in model:
            if label not in MODEL_LABELS:
                continue
            while first <= last and toks[first].kind not in WORDS + ("number",):
                first += 1
            while last >= first and toks[last].kind not in WORDS + ("number",):
                last -= 1
            if first > last or tuple(_stem(toks[k], text) if k == first else toks[k].norm
                                     for k in range(first, last + 1)) in lang.calendar:
                continue  # ربيع الثاني, رمضان, الخميس: dates, not names
            if last > first and _stem(toks[first], text) in lang.generic_heads \
                    and all(_is_nisba(toks[k].norm) for k in range(first + 1, last + 1)):
                blocked.update(range(first + 1, last + 1))  # السعودية here is an adjective, not the country
                continue  # القوات الأمريكية, السلطات السعودية: generic mentions
            while label != "PERSON" and last > first and toks[last].norm in lang.span_end_stop:
                last -= 1  # "قرية في ولاية بورنو": the name never ends with a preposition
            if last == first and toks[first].norm in lang.place_words:
                continue  # what is left is "قرية": a word, not a name
            while label in ("GPE", "LOC") and last > first and _name_start(toks[last], text) > toks[last].start \
                    and _stem(toks[last], text) in lang.place_words:
                last -= 1  # "حي سرخ رود بمدينة": the next place's designator with its "ب" is not part of the name
            if label == "PERSON":
                cut = _split_title(doc, first, last, lang)
                if cut is not None:
                    first = cut
                while last > first and toks[last].norm in lang.title_stop:
                    last -= 1  # "أنطونيو بأن": the name ends before the verb's particle
                while first > 0 and self._given(doc, first - 1) and cut is None \
                        and _name_start(toks[first], text) == toks[first].start:
                    first -= 1  # "فتحي" + "عبد الوهاب"
            model_c.append((first, last, _entity(doc, first, last, label, "model")))
        # gazetteer first; a longer model span containing it: same label -> model extent with the link,
        # a place inside an ORG/LOC/GPE name (جامعة بغداد) -> the model's name
        if blocked:
            gaz = [g for g in gaz if not (g[0] in blocked and g[1] in blocked)]
        chosen: list[Cand] = []
        used: set[int] = set()
        for mf, ml, me in model_c:
            inner = [g for g in gaz if g[0] >= mf and g[1] <= ml]
            if not inner or any(g[0] == mf and g[1] == ml for g in inner):
                continue
            if all(g[2].label == me.label for g in inner) and len(inner) == 1:
                g = inner[0][2]
                me.canonical, me.kb_id = g.canonical, g.kb_id
                chosen.append((mf, ml, me))
                used.update(range(mf, ml + 1))
            elif me.label in ("ORG", "LOC", "GPE") and all(g[2].label in ("GPE", "LOC") for g in inner):
                chosen.append((mf, ml, me))
                used.update(range(mf, ml + 1))
        for g in gaz:
            if not used.intersection(range(g[0], g[1] + 1)):
                chosen.append(g)
                used.update(range(g[0], g[1] + 1))
        for m in model_c:
            if not used.intersection(range(m[0], m[1] + 1)):
                chosen.append(m)
                used.update(range(m[0], m[1] + 1))
        chosen += self.rank_names(doc, used)
        chosen += self.given_names(doc, used)
        chosen.sort(key=lambda c: c[0])
        # designator patterns around what was found
        by_first = {c[0]: (c[1], c[2]) for c in chosen}
        pats = self.designator_entities(doc, by_first)
        if pats:
            covered: set[int] = set()
            for f, l_, _ in pats:
                covered.update(range(f, l_ + 1))
            chosen = [c for c in chosen if not covered.intersection(range(c[0], c[1] + 1))] + pats
            chosen.sort(key=lambda c: c[0])
        # titles -> OFFICIAL and role; later short mentions link back
        names: dict[str, Entity] = {}
        out: list[Entity] = []
        sent_starts = [s.start for s in doc.sentences]
        floor_tok = 0
        si = 0
        for first, last, e in chosen:
            while si + 1 < len(sent_starts) and sent_starts[si + 1] <= toks[first].start:
                si += 1
                floor_tok = first
                while floor_tok > 0 and toks[floor_tok - 1].start >= sent_starts[si]:
                    floor_tok -= 1
            if e.label in ("PERSON", "OFFICIAL"):
                prev = [o for o in out if o.label in ("PERSON", "OFFICIAL")]
                prev_end = prev[-1].end if prev else -1
                lo = floor_tok
                while lo < first and toks[lo].end <= prev_end:
                    lo += 1
                role_start = _title_before(doc, first, lang, lo)
                if role_start is not None:
                    e.role = text[role_start:e.start].strip().rstrip("،,").rstrip()
                    if e.label == "PERSON":
                        e.label = "OFFICIAL"
                elif first > 0 and toks[first - 1].norm in lang.leaders:
                    e.label = "OFFICIAL"  # بقيادة عبد العزيز الحلو
                if e.kb_id is None:
                    key = _stem(toks[first], text) if first == last else None
                    if key and key in names:
                        src = names[key]
                        e.label, e.canonical, e.kb_id = src.label, src.canonical, src.kb_id
                    elif first < last:
                        names.setdefault(_stem(toks[last], text), e)
            out.append(e)
        return self._qualify_national(self._link_surnames(doc, out, names))

    def _supported(self, doc: Document, gaz: list[Cand], model: list[tuple[int, int, str]]) -> list[Cand]:
        """Gazetteer places without the one-word names that are also words (``ambiguous_names.yaml``:
        "معرض صور", "دراسة حديثة") unless something supports the place: the model tags a name
        there, a place word or direction comes before it ("مدينة صور", "شمال مالي"), the same
        place was named earlier in the article, or another place of its province is named in it
        ("حديثة" in an article that names الأنبار or هيت)."""
        toks, text, lang = doc.tokens, doc.text, self.lang

        def ambiguous(first: int, last: int, e: Entity) -> bool:
            return (first == last and e.source == "gazetteer" and e.label in ("GPE", "LOC")
                    and normalize(e.text) in lang.ambiguous)

        def area(e: Entity) -> tuple | None:
            entry = self.kb.entries.get(e.kb_id) or {}
            return (entry.get("country"), entry["admin1"]) if entry.get("admin1") else None

        tagged = {k for first, last, _ in model for k in range(first, last + 1)}
        areas = {area(e) for first, last, e in gaz if not ambiguous(first, last, e)} - {None}
        named: set[str] = set()
        out: list[Cand] = []
        for first, last, e in gaz:
            if (ambiguous(first, last, e) and first not in tagged and e.kb_id not in named
                    and area(e) not in areas and not _pl18_bi_place(toks[first], text, lang)
                    and not (first > 0 and (_stem(toks[first - 1], text) in lang.place_words
                                            or first > 1 and f"{toks[first - 2].norm} {toks[first - 1].norm}"
                                            in lang.place_words))):
                continue
            named.add(e.kb_id)
            out.append((first, last, e))
        return out

    def _qualify_national(self, ents: list[Entity]) -> list[Entity]:
        """A body every state has (gazetteer ``national``: "وزارة التعليم") is the one of the state the
        article is about, the country most of its places belong to: "Ministry of Education (Somalia)"."""
        national = [e for e in ents if (self.kb.get(e.kb_id) or {}).get("national")]
        if not national:
            return ents
        codes = Counter((self.kb.get(e.kb_id) or {}).get("country") for e in ents if e.label == "GPE" and e.kb_id)
        codes.pop(None, None)
        if not codes:
            return ents
        country = self.kb.country_name(codes.most_common(1)[0][0])
        if country:
            for e in national:
                e.canonical = f"{self.kb.get(e.kb_id)['canonical']} ({country})"
        return ents

    def _link_surnames(self, doc: Document, ents: list[Entity], names: dict[str, Entity]) -> list[Entity]:
        """A surname alone after its full name (found by the model or a title) is the same person."""
        if not names:
            return ents
        toks, text = doc.tokens, doc.text
        taken = [(e.start, e.end) for e in ents]
        first_seen = {}
        for key, e in names.items():
            first_seen[key] = e.end
        added = []
        for t in toks:
            if t.kind != "word":
                continue
            stem = _stem(t, text)
            src = names.get(stem)
            if src is None or t.start < first_seen[stem] or len(stem) < 4:
                continue
            if any(s < t.end and t.start < e for s, e in taken):
                continue
            start = _name_start(t, text)
            added.append(Entity(start, t.end, text[start:t.end], src.label, src.canonical, src.kb_id,
                                source="link"))
        if not added:
            return ents
        return sorted(ents + added, key=lambda e: e.start)


# ---------------------------------------------------------------- statistical backends


@lru_cache(maxsize=4)
def load_ner_model(path: str | None = None):
    """Rasd's spaCy NER model (cached per process)."""
    model_dir = Path(path) if path else DEFAULT_MODEL
    if not (model_dir / "config.cfg").exists():
        raise ResourceError(f"NER model not found: {model_dir}",
                            hint="run `rasd train ner`, restore models/ner/ from the repository, "
                                 "or set [stages.entities] backend = \"gazetteer\"")
    nlp = _import_spacy().load(model_dir)
    _numpy_ops(nlp)
    return nlp


def _import_spacy():
    """spaCy, imported without torch unless something already loaded it.

    thinc imports torch when it is installed, only to offer PyTorch layers; the
    NER model has none. Importing it costs seconds and about 180 MB in every
    worker process. A later ``import torch`` (stanza, camel) still works.
    """
    import sys

    if "spacy" in sys.modules or "torch" in sys.modules:
        import spacy

        return spacy
    sys.modules["torch"] = None  # type: ignore[assignment]  # makes `import torch` raise ImportError
    try:
        import spacy
    finally:
        del sys.modules["torch"]
    return spacy


def _numpy_ops(nlp) -> None:
    """The model's matrix products through numpy's BLAS, on one thread.

    thinc's default, BLIS as packaged with it, falls back to its generic C
    kernel on CPUs it does not know (this AMD EPYC): about half the speed of
    numpy's OpenBLAS. One BLAS thread, because Rasd scales with ``--workers``
    processes, one per core; more threads only oversubscribe the cores. The
    predictions are the same (tests/stages/test_entities.py compares them).
    """
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None:
            for node in model.walk():
                node.ops = ops
    one_blas_thread()


def one_blas_thread() -> None:
    """Limit numpy's BLAS (OpenBLAS, MKL) and OpenMP pools of this process to one thread."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # no control: BLAS keeps its own default
        return
    threadpool_limits(limits=1)


def spacy_predictor(model_path: str | None = None, batch_size: int = 64, max_tokens: int = 80_000,
                    inference: str = "rasd") -> Predictor:
    """The model over batches of at most ``batch_size`` documents and ``max_tokens`` tokens.

    ``inference``: ``"rasd"`` runs the model through ``NERInference``
    (``pipeline/ner_inference.py``: the same predictions, about three times
    faster) when the model has the architecture it supports; ``"spacy"``
    through ``nlp.pipe``. With ``inference = "rasd"``, a first-layer table in
    the model folder (``first_layer.npz``, written by ``rasd train ner``)
    starts the word cache warm. The token cap matters for long articles only: 64
    articles of 10,000 words make arrays of hundreds of MB, and the model then
    runs at half its speed (what goes in one call does not change the predictions).
    """
    if inference not in ("rasd", "spacy"):
        raise ResourceError(f"unknown NER inference {inference!r}", hint='use "rasd" or "spacy"')
    from ..ner_inference import TABLE, NERInference, load_runtime, load_table

    model_dir = Path(model_path or DEFAULT_MODEL)
    nlp = fast = None
    if inference == "rasd" and (model_dir / TABLE).exists():
        fast = load_runtime(model_dir)  # without spaCy: a second less start-up in every process
        if fast is not None:
            one_blas_thread()
    if fast is None:
        nlp = load_ner_model(model_path)
        if inference == "rasd" and NERInference.supports(nlp):
            fast = NERInference(nlp)
            if (model_dir / TABLE).exists():
                load_table(model_dir / TABLE, fast)

    def predict(token_lists: list[list[Token]], docs: list[Document]) -> list[list[tuple[int, int, str]]]:
        out: list[list[tuple[int, int, str]]] = []
        for part in _token_batches(token_lists, batch_size, max_tokens):
            words = [[t.text for t in toks] for toks in part]
            if fast is not None:
                out.extend(fast.predict(words))
                continue
            from ..training.ner import make_doc

            for sd in nlp.pipe([make_doc(nlp.vocab, w) for w in words], batch_size=len(words)):
                out.append([(e.start, e.end - 1, e.label_) for e in sd.ents])
        return out

    return predict


def _token_batches(token_lists: list[list[Token]], size: int, max_tokens: int) -> Iterable[list[list[Token]]]:
    """Consecutive runs of at most ``size`` lists and ``max_tokens`` tokens (a longer list goes alone)."""
    part: list[list[Token]] = []
    n = 0
    for toks in token_lists:
        if part and (len(part) >= size or n + len(toks) > max_tokens):
            yield part
            part, n = [], 0
        part.append(toks)
        n += len(toks)
    if part:
        yield part


def bio_spans(tags: list[str], mapping: dict[str, str]) -> list[tuple[int, int, str]]:
    """Token spans (first, last, label) of BIO or BIOES tags, types mapped (unmapped dropped)."""
    out, start, typ = [], None, None
    for i, tag in enumerate(list(tags) + ["O"]):
        prefix, _, t = tag.partition("-")
        if start is not None and (prefix in ("O", "B", "S") or t != typ):
            if typ in mapping:
                out.append((start, i - 1, mapping[typ]))
            start, typ = None, None
        if prefix in ("B", "S") or (prefix in ("I", "E") and start is None):
            start, typ = i, t
        if prefix in ("E", "S") and start is not None:
            if typ in mapping:
                out.append((start, i, mapping[typ]))
            start, typ = None, None
    return out


# ANERcorp-style types of stanza's (AQMAR) and camel-tools' Arabic NER -> Rasd model labels
FOREIGN_MAP = {"PER": "PERSON", "PERS": "PERSON", "ORG": "ORG", "LOC": "GPE"}


def _sentence_chunks(doc: Document, toks: list[Token], limit: int = 200) -> list[tuple[int, int]]:
    """Token index ranges of the document's sentences (long ones cut at ``limit`` tokens)."""
    bounds = [s.end for s in doc.sentences] or [len(doc.text)]
    out, lo, b = [], 0, 0
    for i, t in enumerate(toks):
        while b < len(bounds) - 1 and t.start >= bounds[b]:
            b += 1
            if i > lo:
                out.append((lo, i))
                lo = i
        if i - lo >= limit:
            out.append((lo, i))
            lo = i
    if lo < len(toks):
        out.append((lo, len(toks)))
    return out


def stanza_predictor(model_dir: str | None = None) -> Predictor:
    """stanza's Arabic NER on Rasd's tokens (pretokenized); its models must be installed already."""
    try:
        import stanza
    except ImportError:
        raise ResourceError("the stanza backend needs stanza", hint="pip install 'rasd[stanza]'")
    kwargs = {"lang": "ar", "processors": "tokenize,ner", "tokenize_pretokenized": True,
              "download_method": None, "logging_level": "WARN"}
    if model_dir:
        kwargs["dir"] = model_dir
    try:
        nlp = stanza.Pipeline(**kwargs)
    except Exception as exc:  # stanza raises its own errors for a missing model
        raise ResourceError(f"stanza's Arabic NER model cannot be loaded: {exc}",
                            hint="install it once with python -c \"import stanza; stanza.download('ar', "
                                 "processors='tokenize,ner')\" (or set model_dir)")

    def predict(token_lists, docs):
        out = []
        for toks, doc in zip(token_lists, docs):
            chunks = _sentence_chunks(doc, toks)
            found = []
            if chunks:
                sdoc = nlp([[t.text for t in toks[a:b]] for a, b in chunks])
                for (a, _), sent in zip(chunks, sdoc.sentences):
                    tags = [tok.ner for tok in sent.tokens]
                    found += [(a + f, a + l_, lab) for f, l_, lab in bio_spans(tags, FOREIGN_MAP)]
            out.append(found)
        return out

    return predict


def camel_predictor(model_path: str | None = None) -> Predictor:
    """camel-tools' Arabic NER (a fine-tuned BERT) on Rasd's tokens; its data must be installed already."""
    import os

    hint = "install it once with `camel_data -i ner-arabert` (or set model_path)"
    # camel-tools fetches its catalogue over the network on import when it has none: look first
    data_dir = Path(os.environ.get("CAMELTOOLS_DATA") or Path.home() / ".camel_tools").expanduser()
    if model_path and not (Path(model_path) / "config.json").exists():
        raise ResourceError(f"no camel-tools NER model in {model_path}", hint=hint)
    if not model_path and not ((data_dir / "catalogue.json").exists() and (data_dir / "data" / "ner").is_dir()):
        raise ResourceError(f"camel-tools' NER data is not installed in {data_dir}", hint=hint)
    try:
        from camel_tools.ner import NERecognizer
    except ImportError:
        raise ResourceError("the camel backend needs camel-tools' NER", hint="pip install camel-tools")
    try:
        ner = NERecognizer(model_path, use_gpu=False) if model_path else NERecognizer.pretrained(use_gpu=False)
    except Exception as exc:  # camel-tools raises when its data package is missing
        raise ResourceError(f"camel-tools' NER model cannot be loaded: {exc}",
                            hint="install it once with `camel_data -i ner-arabert` (or set model_path)")

    def predict(token_lists, docs):
        out = []
        for toks, doc in zip(token_lists, docs):
            chunks = _sentence_chunks(doc, toks, limit=120)
            labels = ner.predict([[t.text for t in toks[a:b]] for a, b in chunks]) if chunks else []
            found = []
            for (a, _), tags in zip(chunks, labels):
                found += [(a + f, a + l_, lab) for f, l_, lab in bio_spans(tags, FOREIGN_MAP)]
            out.append(found)
        return out

    return predict


# ---------------------------------------------------------------- stage factories


class EntityStage:
    """The stage callable: ``stage(doc)`` or ``stage.pipe(docs)`` (one batched model call)."""

    def __init__(self, predictor: Predictor | None, kb: KB | None = None):
        self.predictor = predictor
        self.combiner = Combiner(kb or load_kb(), lang_data())

    def pipe(self, docs: Iterable[Document]) -> list[Document]:
        docs = list(docs)
        if self.predictor is not None:
            preds = self.predictor([d.tokens for d in docs], docs)
        else:
            preds = [[] for _ in docs]
        for doc, spans in zip(docs, preds):
            doc.entities = self.combiner.combine(doc, spans)
        return docs

    def __call__(self, doc: Document) -> Document:
        return self.pipe([doc])[0]


REQ = ("tokens", "sentences")


@registry.stage("entities", requires=REQ, provides=("entities",))
@registry.stage("entities.spacy", requires=REQ, provides=("entities",))
def make_entities_spacy(config: dict):
    """Rasd's NER model + gazetteer + patterns. Options: ``model`` (path), ``batch_size``, ``max_tokens``,
    ``inference`` (``rasd`` or ``spacy``)."""
    return EntityStage(spacy_predictor(config.get("model") or None, int(config.get("batch_size", 64)),
                                       int(config.get("max_tokens", 80_000)), config.get("inference", "rasd")))


@registry.stage("entities.gazetteer", requires=REQ, provides=("entities",))
def make_entities(config: dict):
    """Gazetteer + patterns, no statistical model."""
    return EntityStage(None)


@registry.stage("entities.stanza", requires=REQ, provides=("entities",))
def make_entities_stanza(config: dict):
    """stanza's Arabic NER + gazetteer + patterns. Option: ``model_dir`` (stanza resources)."""
    return EntityStage(stanza_predictor(config.get("model_dir") or None))


@registry.stage("entities.camel", requires=REQ, provides=("entities",))
def make_entities_camel(config: dict):
    """camel-tools' NER + gazetteer + patterns. Option: ``model_path`` (a camel NER model folder)."""
    return EntityStage(camel_predictor(config.get("model_path") or None))
