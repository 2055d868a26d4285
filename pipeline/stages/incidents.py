"""Stage ``incidents``: ACLED-aligned incident records (spec section 4).

Reads ``doc.sentences``, ``doc.tokens``, ``doc.entities``, ``doc.timexes``;
writes ``doc.incidents``.

1. Triggers: a sentence reports an event when it names a weapon or a form of
   violence (``resources/ar/incidents.yaml``: weapons with their ACLED types)
   and a word saying it happened, and has none of the filters (threats,
   intentions, hypotheticals, denials, trends) and is not a total over a
   period ("أكثر من 50 هجوما").
2. Slots come from the trigger sentence and up to ``window`` following ones:
   date (time expressions), place and target (gazetteer entities),
   munitions count (digits, number words, duals, "N من أصل M"), casualties
   by outcome and group with the 0-versus-null rule, claims.
3. Mentions with the same date, place and weapon are merged into one record;
   a record with neither date nor place is dropped (not checkable).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from ..core import registry
from ..document import Document, Entity, Incident, Sentence, Timex, Token
from ..kb import load_kb, name_forms
from ..matcher import PhraseMatcher
from .normalize import normalize

RESOURCES = Path(__file__).resolve().parent.parent / "resources" / "ar"
PLACE_LABELS = ("BASE", "FACILITY", "LOC", "GPE")
PLACE_RANK = {"BASE": 0, "FACILITY": 0, "LOC": 2, "GPE": 3}
GPE_TYPE_RANK = {"village": 0, "town": 0, "district": 1, "city": 1, "area": 1, "province": 2, "region": 3, "country": 4}


@dataclass
class Lexicon:
    weapons: PhraseMatcher
    occurrence: PhraseMatcher
    filters: PhraseMatcher
    total_nouns: frozenset
    killed: PhraseMatcher
    wounded: PhraseMatcher
    no_casualties: PhraseMatcher
    claim: PhraseMatcher
    no_claim: PhraseMatcher
    numbers: dict[str, int]
    approximators: PhraseMatcher
    person_singular: frozenset
    group_stops: frozenset


def _words(items) -> list[str]:
    return [str(x) for x in items]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    with (RESOURCES / "incidents.yaml").open(encoding="utf-8") as f:
        y = yaml.safe_load(f)
    with (RESOURCES / "numbers.yaml").open(encoding="utf-8") as f:
        nums = yaml.safe_load(f)
    weapons = []
    for group in y["weapons"]:
        payload = (group["weapon"], group["event_type"], group["sub_event_type"])
        weapons.extend((t, payload) for t in group["terms"])
    numbers: dict[str, int] = {}
    for n, forms in {**nums["units"], **nums["tens"], **nums["hundreds"]}.items():
        for w in forms:
            numbers[normalize(w)] = int(n)
    return Lexicon(
        weapons=PhraseMatcher(weapons),
        occurrence=PhraseMatcher((w, True) for w in _words(y["occurrence"])),
        filters=PhraseMatcher((w, kind) for kind, ws in y["filters"].items() for w in _words(ws)),
        total_nouns=frozenset(normalize(w) for w in y["total_nouns"]),
        killed=PhraseMatcher((w, "killed") for w in _words(y["killed_heads"])),
        wounded=PhraseMatcher((w, "wounded") for w in _words(y["wounded_heads"])),
        no_casualties=PhraseMatcher((w, True) for w in _words(y["no_casualties"])),
        claim=PhraseMatcher((w, True) for w in _words(y["claim_verbs"])),
        no_claim=PhraseMatcher((w, True) for w in _words(y["no_claim"])),
        numbers=numbers,
        approximators=PhraseMatcher((w, True) for w in _words(nums["approximators"])),
        person_singular=frozenset(normalize(w) for w in y["person_singular"]),
        group_stops=frozenset(normalize(w) for w in y["group_stops"]),
    )


# -- numbers ---------------------------------------------------------------------


def token_number(tok: Token, text: str, lex: Lexicon) -> int | None:
    """The number a token spells (digits or a number word, proclitics allowed)."""
    if tok.kind == "number":
        try:
            return int(float(tok.norm.replace(",", "")))
        except ValueError:
            return None
    for _, form in name_forms(tok, text):
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
    # "ثلاثة وعشرين": units before a tens word joined by و
    if i - 2 >= lo:
        prev = token_number(tokens[i - 2], text, lex)
        if prev is not None and prev < 10 <= n and tokens[i - 1].text.startswith("و"):
            n += prev
    return n


def dual(tok: Token) -> bool:
    """An Arabic dual noun form (صاروخين، قذيفتين، جنديين)."""
    w = tok.norm
    return len(w) > 4 and (w.endswith("تين") or w.endswith("تان") or w.endswith("يين") or w.endswith("ين")
                           or w.endswith("ان"))


# -- casualties ------------------------------------------------------------------


def _count_and_group(tokens: list[Token], j: int, hi: int, text: str, lex: Lexicon) -> tuple[int | None, int, int, int]:
    """At token ``j`` (after a casualty head): (count, group start tok, group end tok, next tok)."""
    m = lex.approximators.match_at(tokens, j, text, hi) if j < hi else None
    if m is not None:
        j = m.last + 1
    if j >= hi:
        return None, j, j, j
    count = token_number(tokens[j], text, lex)
    g0 = j + 1 if count is not None else j
    # "خمسة عشر"
    if count is not None and g0 < hi and tokens[g0].norm in ("عشر", "عشره") and count < 10:
        count += 10
        g0 += 1
    g1 = g0
    while g1 < hi and g1 - g0 < 3 and tokens[g1].kind == "word" and tokens[g1].norm not in lex.group_stops \
            and not (g1 > g0 and tokens[g1].text.startswith("و")):
        g1 += 1
    if count is None and g1 > g0:
        head = tokens[g0]
        if head.norm in lex.person_singular:
            count = 1
        elif dual(head) and (g0 + 1 >= g1 or tokens[g0 + 1].norm.endswith("يين") or head.norm.endswith("يين")):
            count = 2
    return count, g0, g1, g1


def casualties(tokens: list[Token], lo: int, hi: int, text: str, lex: Lexicon) -> list[dict]:
    out: list[dict] = []
    i = lo
    while i < hi:
        m = lex.killed.match_at(tokens, i, text, hi) or lex.wounded.match_at(tokens, i, text, hi)
        if m is None:
            i += 1
            continue
        outcome = m.payload
        j = m.last + 1
        while True:
            count, g0, g1, nxt = _count_and_group(tokens, j, hi, text, lex)
            if count is None:
                break
            group = text[tokens[g0].start:tokens[g1 - 1].end] if g1 > g0 else None
            out.append({"count": count, "group": group, "outcome": outcome})
            # "3 جنود عراقيين ومتعاقدين أجنبيين": a second group joined by و
            if nxt < hi and tokens[nxt].text.startswith("و"):
                j = nxt
                # let the group start after و: treat the token itself as the group head
                c2, h0, h1, n2 = _count_and_group(tokens, nxt, hi, text, lex)
                if c2 is None:
                    break
                start = tokens[h0].start + 1 if h0 == nxt else tokens[h0].start
                out.append({"count": c2, "group": text[start:tokens[h1 - 1].end] if h1 > h0 else None,
                            "outcome": outcome})
                j = n2
                break
            break
        i = max(i + 1, j)
    return out


# -- the stage ----------------------------------------------------------------------


def _sentence_tokens(doc: Document, sent: Sentence) -> tuple[int, int]:
    starts = [t.start for t in doc.tokens]
    return bisect_left(starts, sent.start), bisect_right(starts, sent.end - 1)


def _in(span, sent: Sentence) -> bool:
    return sent.start <= span.start and span.end <= sent.end


def _place(entities: list[Entity], kb) -> Entity | None:
    places = [e for e in entities if e.label in PLACE_LABELS]
    if not places:
        return None

    def rank(e: Entity):
        entry = kb.get(e.kb_id) or {}
        return (PLACE_RANK[e.label], GPE_TYPE_RANK.get(entry.get("type"), 1))

    return min(places, key=rank)


def _date(timexes: list[Timex]) -> str | None:
    for t in timexes:
        if t.value and re.match(r"^\d{4}-\d{2}-\d{2}", t.value):
            return t.value
    for t in timexes:
        if t.value and re.match(r"^\d{4}-\d{2}$", t.value):
            return t.value
    return None


def _is_total(tokens: list[Token], lo: int, hi: int, text: str, lex: Lexicon) -> bool:
    """"أكثر من 50 هجوما", "12 هجوما صاروخيا": a count of attacks is a total, not an event."""
    for k in range(lo, hi - 1):
        if token_number(tokens[k], text, lex) is not None and tokens[k + 1].norm in lex.total_nouns:
            n = token_number(tokens[k], text, lex)
            if n and n > 2:
                return True
    return False


def extract(doc: Document, window: int = 1) -> list[Incident]:
    lex = lexicon()
    kb = load_kb()
    tokens, text = doc.tokens, doc.text
    records: list[Incident] = []
    sents = doc.sentences
    for si, sent in enumerate(sents):
        lo, hi = _sentence_tokens(doc, sent)
        weapons = lex.weapons.find(tokens, text, lo, hi)
        if not weapons:
            continue
        if not lex.occurrence.find(tokens, text, lo, hi) and not lex.killed.find(tokens, text, lo, hi) \
                and not lex.wounded.find(tokens, text, lo, hi):
            continue
        if lex.filters.find(tokens, text, lo, hi) or _is_total(tokens, lo, hi, text, lex):
            continue
        trigger = weapons[0]
        weapon, event_type, sub_event_type = trigger.payload
        ents = [e for e in doc.entities if _in(e, sent)]
        times = [t for t in doc.timexes if _in(t, sent)]
        place = _place(ents, kb)
        date = _date(times)
        if date is None and place is None:
            continue
        location = None
        if place is not None:
            location = {"text": place.text, **kb.location(place.kb_id)}
            location["canonical"] = location.get("canonical") or place.canonical
        target = None
        tgt = next((e for e in ents if e.label in ("BASE", "FACILITY")), None)
        if tgt is not None:
            target = {"text": tgt.text, "canonical": tgt.canonical}
        count = None
        if weapon not in ("small_arms", "unknown", "airstrike"):
            count = number_before(tokens, trigger.first, lo, text, lex)
            if count is None and trigger.first == trigger.last and dual(tokens[trigger.first]):
                count = 2
        # slots may continue in the next sentences (casualties, claims)
        evidence = [{"start": sent.start, "end": sent.end}]
        c_lo, c_hi = lo, hi
        for nxt in sents[si + 1: si + 1 + window]:
            n_lo, n_hi = _sentence_tokens(doc, nxt)
            if lex.weapons.find(tokens, text, n_lo, n_hi):
                break  # the next sentence reports an event of its own
            if lex.killed.find(tokens, text, n_lo, n_hi) or lex.wounded.find(tokens, text, n_lo, n_hi) \
                    or lex.claim.find(tokens, text, n_lo, n_hi) or lex.no_casualties.find(tokens, text, n_lo, n_hi):
                c_hi = n_hi
                evidence.append({"start": nxt.start, "end": nxt.end})
                ents += [e for e in doc.entities if _in(e, nxt)]
        cas = casualties(tokens, c_lo, c_hi, text, lex)
        killed = sum(c["count"] for c in cas if c["outcome"] == "killed") if any(c["outcome"] == "killed" for c in cas) else None
        wounded = sum(c["count"] for c in cas if c["outcome"] == "wounded") if any(c["outcome"] == "wounded" for c in cas) else None
        if not cas and lex.no_casualties.find(tokens, text, c_lo, c_hi):
            killed, wounded = 0, 0
        claimed_by = perpetrator = None
        if lex.claim.find(tokens, text, c_lo, c_hi) and not lex.no_claim.find(tokens, text, c_lo, c_hi):
            faction = next((e for e in ents if e.label == "FACTION"), None)
            if faction is not None:
                claimed_by = perpetrator = faction.canonical or faction.text
        records.append(Incident(
            article_id=doc.id, event_date=date, event_type=event_type, sub_event_type=sub_event_type,
            weapon=weapon, munitions_count=count, location=location, target=target,
            perpetrator=perpetrator, claimed_by=claimed_by, killed=killed, wounded=wounded,
            casualties=cas, evidence=evidence,
        ))
    return merge(records)


def merge(records: list[Incident]) -> list[Incident]:
    """One record per event: same date, place and weapon within the article."""
    out: list[Incident] = []
    by_key: dict[str, Incident] = {}
    for r in records:
        key = r.event_key
        if key not in by_key:
            by_key[key] = r
            out.append(r)
            continue
        kept = by_key[key]
        for slot in ("munitions_count", "target", "perpetrator", "claimed_by", "killed", "wounded"):
            if getattr(kept, slot) is None and getattr(r, slot) is not None:
                setattr(kept, slot, getattr(r, slot))
        if not kept.casualties and r.casualties:
            kept.casualties = r.casualties
        kept.evidence += [e for e in r.evidence if e not in kept.evidence]
    return out


@registry.stage("incidents", requires=("sentences", "entities", "timexes"), provides=("incidents",))
def make_incidents(config: dict):
    """Factory for the ``incidents`` stage. Option ``window``: sentences after a trigger that may fill slots."""
    window = int(config.get("window", 1))
    lexicon()
    load_kb()

    def incidents_stage(doc: Document) -> Document:
        doc.incidents = extract(doc, window)
        return doc

    return incidents_stage
