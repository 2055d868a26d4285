"""Scoring per spec section 5: entities, time expressions and incident records.

Pure functions over gold and predicted documents in the section-6 shape
(``{"entities": [...], "timexes": [...], "incidents": [...]}``), shared by
``rasd evaluate`` and by training. Nothing here reads files or runs the
pipeline (that is ``evaluate.harness``).

- Entities: exact (same span and label) and relaxed (overlapping span, same
  label; pairs are one-to-one, largest overlap first), micro and per label.
- Time expressions: one-to-one pairing by span overlap, then exact value
  (``evaluate.timexes``).
- Incidents: gold and predicted records are paired one-to-one, best total
  agreement (number of agreeing slots) first, among the pairs whose
  ``event_date`` agrees and whose places agree:

  - dates agree when equal, or when one side carries a part of day or a clock
    time (``2021-04-22TEV``, ``2021-04-22T20:00``) and the days are equal;
  - places agree when they have the same ``canonical``, or both have
    coordinates less than 10 km apart, or their normalized surface texts
    overlap: they share a word once each word is normalized (diacritics,
    alef, yaa and teh marbuta folded) and stripped of its proclitics
    (``و ف ب ك ل`` and ``ال``); link words never count, and words that say
    only what kind of place it is (``منطقة``, ``قاعدة`` ...) count only when
    one side is named by its kind alone (``المعسكر``).

  Each slot of spec section 4 (all but ``article_id`` and ``evidence``) is
  then scored, MUC style, over all records:
  on a matched pair a non-null gold value that the prediction agrees with is
  a true positive; a disagreeing pair gives a false negative for a non-null
  gold value and a false positive for a non-null predicted one; the non-null
  slots of an unmatched gold record are false negatives, those of an
  unmatched prediction false positives; null on both sides counts for
  nothing. ``killed`` 0 and null differ. Slot agreement: dates and places as
  above; ``target`` the same as places without the distance; ``perpetrator`` and
  ``claimed_by`` equal once normalized and case-folded; ``casualties`` the
  same multiset of (count, outcome); the other slots equal. A matched gold
  record whose every slot agrees is an exact record.

Every miss and false alarm also goes into an error list with its context
(the article text around the span, or the sentences of an incident).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..stages.normalize import normalize
from . import prf
from .timexes import TimexScore, pair_by_overlap, one_to_one

SLOTS = ("event_date", "event_type", "sub_event_type", "weapon", "munitions_count", "location", "target",
         "perpetrator", "claimed_by", "killed", "wounded", "casualties")
PLACE_KM = 10.0
CONTEXT_CHARS = 40


def span_context(text: str, start: int, end: int, width: int = CONTEXT_CHARS) -> str | None:
    """The text around ``[start, end)`` with the span in brackets, on one line."""
    if not text:
        return None
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    return re.sub(r"\s+", " ", f"{left}[{text[start:end]}]{right}").strip()


# -- entities -----------------------------------------------------------------------


@dataclass
class EntityScore:
    exact: Counter = field(default_factory=Counter)  # (label, "tp"|"fp"|"fn") -> n
    relaxed: Counter = field(default_factory=Counter)
    canonical_checked: int = 0
    canonical_correct: int = 0
    errors: list[dict] = field(default_factory=list)

    def add(self, gold: list[dict], pred: list[dict], doc_id: str = "", text: str = "") -> None:
        gold_exact = Counter((e["start"], e["end"], e["label"]) for e in gold)
        pred_exact = Counter((e["start"], e["end"], e["label"]) for e in pred)
        for key in gold_exact | pred_exact:
            both = min(gold_exact[key], pred_exact[key])
            self.exact[(key[2], "tp")] += both
            self.exact[(key[2], "fn")] += gold_exact[key] - both
            self.exact[(key[2], "fp")] += pred_exact[key] - both
        # relaxed: one-to-one pairs of overlapping spans with the same label, largest overlap first
        pairs: list[tuple[int, int]] = []
        for label in sorted({e["label"] for e in gold} & {e["label"] for e in pred}):
            gi = [i for i, e in enumerate(gold) if e["label"] == label]
            pj = [j for j, e in enumerate(pred) if e["label"] == label]
            pairs += [(gi[a], pj[b]) for a, b in pair_by_overlap([gold[i] for i in gi], [pred[j] for j in pj])]
        paired_g = dict(pairs)
        paired_p = {j for _, j in pairs}
        for i, g in enumerate(gold):
            if i not in paired_g:
                self.relaxed[(g["label"], "fn")] += 1
                self._error(doc_id, "missed", g, text, pred)
                continue
            p = pred[paired_g[i]]
            self.relaxed[(g["label"], "tp")] += 1
            if (p["start"], p["end"]) != (g["start"], g["end"]):
                self.errors.append({"doc": doc_id, "kind": "boundary", "label": g["label"], "gold": g["text"],
                                    "pred": p["text"], "context": span_context(text, g["start"], g["end"])})
            if g.get("canonical"):
                self.canonical_checked += 1
                if p.get("canonical") == g["canonical"]:
                    self.canonical_correct += 1
                else:
                    self.errors.append({"doc": doc_id, "kind": "canonical", "label": g["label"], "text": g["text"],
                                        "gold": g["canonical"], "pred": p.get("canonical"),
                                        "context": span_context(text, g["start"], g["end"])})
        for j, p in enumerate(pred):
            if j not in paired_p:
                self.relaxed[(p["label"], "fp")] += 1
                self._error(doc_id, "false_alarm", p, text, gold)

    def _error(self, doc_id: str, kind: str, span: dict, text: str, others: list[dict]) -> None:
        row = {"doc": doc_id, "kind": kind, "label": span["label"], "text": span["text"],
               "context": span_context(text, span["start"], span["end"])}
        # an overlapping span of another label on the other side: a label confusion
        other = sorted({o["label"] for o in others if o["label"] != span["label"]
                        and o["start"] < span["end"] and span["start"] < o["end"]})
        if other:
            row["other_label"] = ",".join(other)
        self.errors.append(row)

    @staticmethod
    def _table(counts: Counter) -> dict:
        labels = sorted({lab for lab, _ in counts})
        out = {"micro": prf(*(sum(counts[(lab, k)] for lab in labels) for k in ("tp", "fp", "fn")))}
        for lab in labels:
            out[lab] = prf(counts[(lab, "tp")], counts[(lab, "fp")], counts[(lab, "fn")])
        return out

    def to_dict(self) -> dict:
        return {"exact": self._table(self.exact), "relaxed": self._table(self.relaxed),
                "canonical_accuracy": round(self.canonical_correct / self.canonical_checked, 4)
                if self.canonical_checked else None,
                "canonical_checked": self.canonical_checked}


# -- agreement of dates, places and slots --------------------------------------------------

_TIME_OF_DAY = re.compile(r"^([\dX]{4}-[\dX]{2}-[\dX]{2})T.+$")


def _day(value: str | None) -> str | None:
    """The day of a value with a part of day or a clock time, else the value itself."""
    if value is None:
        return None
    m = _TIME_OF_DAY.match(value)
    return m.group(1) if m else value


def dates_agree(a: str | None, b: str | None) -> bool:
    """Equal, or the same day where one side (or both) adds a part of day or a time."""
    if a == b:
        return True
    return a is not None and b is not None and _day(a) == _day(b)


def distance_km(a: dict, b: dict) -> float | None:
    """Great-circle distance between two places with ``lat``/``lon``; None when either lacks them."""
    try:
        lat1, lon1, lat2, lon2 = (math.radians(float(x)) for x in (a["lat"], a["lon"], b["lat"], b["lon"]))
    except (KeyError, TypeError, ValueError):
        return None
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def _stem(word: str) -> str:
    """A normalized word without its proclitics: ``والعراق`` -> ``عراق``, ``للحشد`` -> ``حشد``.

    Both sides of a comparison are stemmed the same way, so a short name that
    starts like a proclitic (``بلد``, ``كفركلا``) still meets itself.
    """
    if len(word) > 3 and word[0] in "وف":
        word = word[1:]
    if word.startswith("لل") and len(word) > 4:
        return word[2:]
    if len(word) > 3 and word[0] in "بكل" and not word.startswith("ال"):
        word = word[1:]
    if word.startswith("ال") and len(word) > 4:
        word = word[2:]
    return word


# words that make no overlap: link words and directions, and the words that only say what
# kind of place it is (two different towns are both a مدينة) unless a side has nothing else
_LINK_WORDS = "جنوب شمال شرق غرب وسط جنوبي شمالي شرقي غربي قرب بين في من على الى إلى عند داخل خارج"
_KINDS_OF_PLACE = "منطقة مدينة محافظة محافظتي قضاء ناحية حي قرية بلدة قاعدة مطار معسكر مخيم شارع طريق ريف ضواحي"
_LINK_STEMS = frozenset(_stem(normalize(w)) for w in _LINK_WORDS.split())
_PLACE_STEMS = _LINK_STEMS | frozenset(_stem(normalize(w)) for w in _KINDS_OF_PLACE.split())


def surface_words(text: str | None, ignore: frozenset[str] = _PLACE_STEMS) -> set[str]:
    """The words of a surface text that can make two texts overlap (normalized, no proclitics)."""
    if not text:
        return set()
    words = {_stem(w) for w in re.findall(r"\w+", normalize(text)) if not w.isdigit()}
    return {w for w in words if len(w) > 1 and w not in ignore}


def place_words(text: str | None) -> set[str]:
    """The words that name a place: its name words, or its kind when it is named by its kind alone."""
    return surface_words(text) or surface_words(text, _LINK_STEMS)


def texts_overlap(a: str | None, b: str | None) -> bool:
    """Overlapping normalized surface text: a shared word that names something.

    Kinds of place (``قاعدة``, ``المعسكر``) count only when one side is named
    by its kind alone: ``المعسكر`` meets ``معسكر إيناتس``, but ``قاعدة بلد``
    does not meet ``قاعدة عين الأسد``.
    """
    named_a, named_b = surface_words(a), surface_words(b)
    if named_a and named_b:
        return bool(named_a & named_b)
    return bool(surface_words(a, _LINK_STEMS) & surface_words(b, _LINK_STEMS))


def places_agree(a: dict | None, b: dict | None) -> bool:
    """Same ``canonical``, or within 10 km, or overlapping normalized surface text; two nulls agree."""
    if not a or not b:
        return not a and not b
    if a.get("canonical") and a.get("canonical") == b.get("canonical"):
        return True
    km = distance_km(a, b)
    if km is not None and km <= PLACE_KM:
        return True
    return texts_overlap(a.get("text"), b.get("text"))


def targets_agree(a: dict | None, b: dict | None) -> bool:
    """Same ``canonical`` or overlapping normalized surface text; two nulls agree."""
    if not a or not b:
        return not a and not b
    if a.get("canonical") and a.get("canonical") == b.get("canonical"):
        return True
    return texts_overlap(a.get("text"), b.get("text"))


def _names_agree(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return normalize(a).casefold().strip() == normalize(b).casefold().strip()


def slot_agrees(slot: str, g, p) -> bool:
    if slot == "event_date":
        return dates_agree(g, p)
    if slot == "location":
        return places_agree(g, p)
    if slot == "target":
        return targets_agree(g, p)
    if slot in ("perpetrator", "claimed_by"):
        return _names_agree(g, p)
    if slot == "casualties":
        return Counter((c.get("count"), c.get("outcome")) for c in g or []) == \
            Counter((c.get("count"), c.get("outcome")) for c in p or [])
    return g == p


def _empty(v) -> bool:
    return v is None or v == [] or v == {}


# -- incidents ----------------------------------------------------------------------


def match_incidents(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index), best total agreement first.

    Only pairs whose dates and places agree are candidates; among them the pair
    with the most agreeing slots is taken first (ties: earlier gold, then
    earlier prediction), then the next one between records still free.
    """
    cands = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            if dates_agree(g.get("event_date"), p.get("event_date")) and places_agree(g.get("location"), p.get("location")):
                agree = sum(slot_agrees(s, g.get(s), p.get(s)) for s in SLOTS)
                cands.append((-agree, i, j))
    return one_to_one(cands)


def incident_context(text: str, inc: dict) -> str | None:
    """What an incident was built from: its evidence sentences, or the text around its place."""
    if not text:
        return None
    spans = [(e["start"], e["end"]) for e in inc.get("evidence") or [] if "start" in e and "end" in e]
    if spans:
        return " … ".join(re.sub(r"\s+", " ", text[s:e]).strip() for s, e in spans)[:400]
    for key in ("location", "target"):
        surface = (inc.get(key) or {}).get("text")
        at = text.find(surface) if surface else -1
        if at >= 0:
            return span_context(text, at, at + len(surface), width=120)
    return None


def _summary(inc: dict) -> dict:
    return {"event_date": inc.get("event_date"), "event_type": inc.get("event_type"), "weapon": inc.get("weapon"),
            "location": (inc.get("location") or {}).get("text")}


@dataclass
class IncidentScore:
    gold: int = 0
    pred: int = 0
    matched: int = 0
    exact: int = 0
    slots: dict = field(default_factory=lambda: defaultdict(Counter))  # slot -> tp/fp/fn
    errors: list[dict] = field(default_factory=list)

    def add(self, gold: list[dict], pred: list[dict], doc_id: str = "", text: str = "") -> None:
        pairs = match_incidents(gold, pred)
        self.gold += len(gold)
        self.pred += len(pred)
        self.matched += len(pairs)
        pg = dict(pairs)
        for i, g in enumerate(gold):
            if i not in pg:
                self.errors.append({"doc": doc_id, "kind": "missed", **_summary(g),
                                    "context": incident_context(text, g)})
                for s in SLOTS:
                    if not _empty(g.get(s)):
                        self.slots[s]["fn"] += 1
                continue
            p = pred[pg[i]]
            all_agree = True
            for s in SLOTS:
                gv, pv = g.get(s), p.get(s)
                if slot_agrees(s, gv, pv):
                    if not _empty(gv):
                        self.slots[s]["tp"] += 1
                    continue
                all_agree = False
                if not _empty(gv):
                    self.slots[s]["fn"] += 1
                if not _empty(pv):
                    self.slots[s]["fp"] += 1
                self.errors.append({"doc": doc_id, "kind": "slot", "slot": s, "gold": gv, "pred": pv,
                                    "event_date": g.get("event_date"),
                                    "location": (g.get("location") or {}).get("text"),
                                    "context": incident_context(text, p)})
            if all_agree:
                self.exact += 1
        for j, p in enumerate(pred):
            if j in pg.values():
                continue
            self.errors.append({"doc": doc_id, "kind": "false_alarm", **_summary(p),
                                "context": incident_context(text, p)})
            for s in SLOTS:
                if not _empty(p.get(s)):
                    self.slots[s]["fp"] += 1

    def to_dict(self) -> dict:
        match = prf(self.matched, self.pred - self.matched, self.gold - self.matched)
        tot: Counter = Counter()
        per_slot = {}
        for s in SLOTS:
            c = self.slots[s]
            per_slot[s] = prf(c["tp"], c["fp"], c["fn"])
            tot.update(c)
        return {"gold": self.gold, "pred": self.pred, "matched": self.matched, "match": match,
                "slots_micro": prf(tot["tp"], tot["fp"], tot["fn"]), "slots": per_slot,
                "exact_records": self.exact, "exact_share": round(self.exact / self.gold, 4) if self.gold else 0.0}


# -- documents ----------------------------------------------------------------------


@dataclass
class Evaluation:
    entities: EntityScore = field(default_factory=EntityScore)
    timexes: TimexScore = field(default_factory=TimexScore)
    incidents: IncidentScore = field(default_factory=IncidentScore)
    documents: int = 0
    failed: list[str] = field(default_factory=list)

    def add(self, gold_doc: dict, pred_doc: dict | None) -> None:
        """``gold_doc``: a gold file (``id``, ``text``, ``gold``); ``pred_doc``: a section-6 object or None."""
        self.documents += 1
        gold = gold_doc["gold"]
        pred = pred_doc or {"entities": [], "timexes": [], "incidents": []}
        if pred_doc is None or pred_doc.get("error"):
            self.failed.append(gold_doc["id"])
        text = gold_doc.get("text") or ""
        doc_id = gold_doc["id"]
        self.entities.add(gold.get("entities", []), pred.get("entities") or [], doc_id, text)
        self.timexes.add(gold.get("timexes", []), pred.get("timexes") or [], doc_id, text)
        self.incidents.add(gold.get("incidents", []), pred.get("incidents") or [], doc_id, text)

    def to_dict(self) -> dict:
        return {"documents": self.documents, "failed": self.failed, "entities": self.entities.to_dict(),
                "timexes": self.timexes.to_dict(), "incidents": self.incidents.to_dict()}

    def errors(self) -> list[dict]:
        """Every error row, each with its ``layer`` (entities, timexes, incidents) and ``kind``."""
        return ([{"layer": "entities", **e} for e in self.entities.errors]
                + [{"layer": "timexes", **e} for e in self.timexes.errors]
                + [{"layer": "incidents", **e} for e in self.incidents.errors])
