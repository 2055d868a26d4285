"""Scoring per spec section 5: entities, time expressions and incident records.

Pure functions over gold and predicted documents in the section-6 shape
(``{"entities": [...], "timexes": [...], "incidents": [...]}``), shared by
``rasd evaluate`` and by training.

- Entities: exact (same span and label) and relaxed (overlapping span, same
  label), micro and per label.
- Time expressions: one-to-one pairing by span overlap, then exact value
  (``evaluate.timexes``).
- Incidents: gold and predicted records are paired one-to-one, best total
  agreement first, among the pairs whose ``event_date`` agrees (equal, or the
  same day when one side carries a part of day or a time) and whose places
  agree (same ``canonical``, or within 10 km, or overlapping normalized
  surface text). Each slot is then scored (slot P/R/F1: a non-null predicted
  value is a true positive when it equals the gold one, a false positive
  otherwise; a non-null gold value not matched by an equal prediction is a
  false negative; a null on both sides counts for nothing), and records whose
  every slot agrees are counted as exact.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..stages.normalize import normalize
from .timexes import TimexScore

SLOTS = ("event_date", "event_type", "sub_event_type", "weapon", "munitions_count", "location", "target",
         "perpetrator", "claimed_by", "killed", "wounded", "casualties")


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


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
        # relaxed: one-to-one pairs of overlapping spans with the same label
        used: set[int] = set()
        for g in gold:
            j = next((j for j, p in enumerate(pred) if j not in used and p["label"] == g["label"]
                      and p["start"] < g["end"] and g["start"] < p["end"]), None)
            if j is None:
                self.relaxed[(g["label"], "fn")] += 1
                self.errors.append({"doc": doc_id, "kind": "missed", "label": g["label"], "text": g["text"],
                                    "context": _ctx(text, g)})
                continue
            used.add(j)
            self.relaxed[(g["label"], "tp")] += 1
            if g.get("canonical"):
                self.canonical_checked += 1
                if pred[j].get("canonical") == g["canonical"]:
                    self.canonical_correct += 1
                else:
                    self.errors.append({"doc": doc_id, "kind": "canonical", "label": g["label"], "text": g["text"],
                                        "gold": g["canonical"], "pred": pred[j].get("canonical")})
        for j, p in enumerate(pred):
            if j not in used:
                self.relaxed[(p["label"], "fp")] += 1
                self.errors.append({"doc": doc_id, "kind": "false_alarm", "label": p["label"], "text": p["text"],
                                    "context": _ctx(text, p)})

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


def _ctx(text: str, span: dict) -> str | None:
    if not text:
        return None
    return text[max(0, span["start"] - 30):span["start"]] + "[" + text[span["start"]:span["end"]] + "]" + \
        text[span["end"]:span["end"] + 30]


# -- incidents ----------------------------------------------------------------------


def _day(value: str | None) -> str | None:
    """The comparable date part: ``2021-04-22TEV`` and ``2021-04-22T20:00`` are the day ``2021-04-22``."""
    if value is None:
        return None
    m = re.match(r"^([\dX]{4}-[\dX]{2}-[\dX]{2})T", value)
    return m.group(1) if m else value


def dates_agree(a: str | None, b: str | None) -> bool:
    return a == b or (a is not None and b is not None and _day(a) == _day(b))


def _km(a: dict, b: dict) -> float | None:
    try:
        lat1, lon1, lat2, lon2 = (math.radians(float(x)) for x in (a["lat"], a["lon"], b["lat"], b["lon"]))
    except (KeyError, TypeError, ValueError):
        return None
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _norm_words(text: str | None) -> set[str]:
    if not text:
        return set()
    words = set()
    for w in re.findall(r"\w+", normalize(text)):
        w = re.sub(r"^(?:و|ف)?(?:ب|ل|ك)?(?:ال)?", "", w) if len(w) > 4 else w
        if len(w) > 1:
            words.add(w)
    return words


def places_agree(a: dict | None, b: dict | None) -> bool:
    if not a or not b:
        return not a and not b
    if a.get("canonical") and a.get("canonical") == b.get("canonical"):
        return True
    km = _km(a, b)
    if km is not None and km <= 10:
        return True
    return bool(_norm_words(a.get("text")) & _norm_words(b.get("text")))


def targets_agree(a: dict | None, b: dict | None) -> bool:
    if not a or not b:
        return not a and not b
    if a.get("canonical") and a.get("canonical") == b.get("canonical"):
        return True
    return bool(_norm_words(a.get("text")) & _norm_words(b.get("text")))


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


def _empty(slot: str, v) -> bool:
    return v is None or (slot == "casualties" and not v)


def match_incidents(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index), best total agreement first."""
    cands = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            if dates_agree(g.get("event_date"), p.get("event_date")) and places_agree(g.get("location"), p.get("location")):
                agree = sum(slot_agrees(s, g.get(s), p.get(s)) for s in SLOTS)
                cands.append((-agree, i, j))
    cands.sort()
    used_g, used_p, pairs = set(), set(), []
    for _, i, j in cands:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return sorted(pairs)


@dataclass
class IncidentScore:
    gold: int = 0
    pred: int = 0
    matched: int = 0
    exact: int = 0
    slots: dict = field(default_factory=lambda: defaultdict(Counter))  # slot -> tp/fp/fn
    errors: list[dict] = field(default_factory=list)

    def add(self, gold: list[dict], pred: list[dict], doc_id: str = "") -> None:
        pairs = match_incidents(gold, pred)
        self.gold += len(gold)
        self.pred += len(pred)
        self.matched += len(pairs)
        pg = {i: j for i, j in pairs}
        pp = {j for _, j in pairs}
        for i, g in enumerate(gold):
            p = pred[pg[i]] if i in pg else None
            if p is None:
                self.errors.append({"doc": doc_id, "kind": "missed_incident", "event_date": g.get("event_date"),
                                    "location": (g.get("location") or {}).get("text"), "weapon": g.get("weapon")})
            all_agree = p is not None
            for s in SLOTS:
                gv, pv = g.get(s), (p.get(s) if p is not None else None)
                if p is not None and slot_agrees(s, gv, pv):
                    if not _empty(s, gv):
                        self.slots[s]["tp"] += 1
                    continue
                all_agree = False
                if not _empty(s, gv):
                    self.slots[s]["fn"] += 1
                if p is not None and not _empty(s, pv):
                    self.slots[s]["fp"] += 1
                if p is not None:
                    self.errors.append({"doc": doc_id, "kind": "slot", "slot": s, "gold": gv, "pred": pv,
                                        "event_date": g.get("event_date")})
            if all_agree:
                self.exact += 1
        for j, p in enumerate(pred):
            if j in pp:
                continue
            self.errors.append({"doc": doc_id, "kind": "false_incident", "event_date": p.get("event_date"),
                                "location": (p.get("location") or {}).get("text"), "weapon": p.get("weapon")})
            for s in SLOTS:
                if not _empty(s, p.get(s)):
                    self.slots[s]["fp"] += 1

    def to_dict(self) -> dict:
        match = prf(self.matched, self.pred - self.matched, self.gold - self.matched)
        tot = Counter()
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
        text = gold_doc.get("text", "")
        self.entities.add(gold.get("entities", []), pred.get("entities", []), gold_doc["id"], text)
        self.timexes.add(gold.get("timexes", []), pred.get("timexes", []), gold_doc["id"], text)
        self.incidents.add(gold.get("incidents", []), pred.get("incidents", []), gold_doc["id"])

    def to_dict(self) -> dict:
        return {"documents": self.documents, "failed": self.failed, "entities": self.entities.to_dict(),
                "timexes": self.timexes.to_dict(), "incidents": self.incidents.to_dict()}

    def errors(self) -> list[dict]:
        return ([{"layer": "entities", **e} for e in self.entities.errors]
                + [{"layer": "timexes", **e} for e in self.timexes.errors]
                + [{"layer": "incidents", **e} for e in self.incidents.errors])
