"""Scoring of time expressions (spec section 5): span overlap, then exact value.

Gold and predicted expressions are paired one-to-one by overlap (largest
overlap first). Detection: precision/recall/F1 of the pairing. Value
accuracy: the share of paired gold expressions whose predicted ``value`` is
exactly the gold one (``value_accuracy``), and the same over all gold
expressions, unpaired ones counting as wrong (``value_accuracy_strict``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import prf


def pair_by_overlap(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index), largest overlap first."""
    cands = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            ov = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if ov > 0:
                cands.append((-ov, i, j))
    return one_to_one(cands)


def one_to_one(cands: list[tuple]) -> list[tuple[int, int]]:
    """Greedy one-to-one pairing of ``(cost, gold index, predicted index)`` candidates, lowest cost first."""
    used_g, used_p, pairs = set(), set(), []
    for _, i, j in sorted(cands):
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return sorted(pairs)


@dataclass
class TimexScore:
    gold: int = 0
    pred: int = 0
    matched: int = 0
    value_correct: int = 0
    errors: list[dict] = field(default_factory=list)

    def add(self, gold: list[dict], pred: list[dict], doc_id: str = "", text: str = "") -> None:
        pairs = pair_by_overlap(gold, pred)
        self.gold += len(gold)
        self.pred += len(pred)
        self.matched += len(pairs)
        paired_g = {i for i, _ in pairs}
        paired_p = {j for _, j in pairs}
        for i, j in pairs:
            if gold[i].get("value") == pred[j].get("value"):
                self.value_correct += 1
            else:
                self.errors.append({"doc": doc_id, "kind": "value", "gold": gold[i]["text"], "gold_value": gold[i].get("value"),
                                    "pred": pred[j]["text"], "pred_value": pred[j].get("value")})
        for i, g in enumerate(gold):
            if i not in paired_g:
                self.errors.append({"doc": doc_id, "kind": "missed", "gold": g["text"], "gold_value": g.get("value"),
                                    "context": text[max(0, g["start"] - 25):g["end"] + 25] if text else None})
        for j, p in enumerate(pred):
            if j not in paired_p:
                self.errors.append({"doc": doc_id, "kind": "false_alarm", "pred": p["text"], "pred_value": p.get("value"),
                                    "context": text[max(0, p["start"] - 25):p["end"] + 25] if text else None})

    def to_dict(self) -> dict:
        d = prf(self.matched, self.pred - self.matched, self.gold - self.matched)
        return {"gold": self.gold, "pred": self.pred, "matched": self.matched,
                "precision": d["precision"], "recall": d["recall"], "f1": d["f1"],
                "value_accuracy": round(self.value_correct / self.matched, 4) if self.matched else 0.0,
                "value_accuracy_strict": round(self.value_correct / self.gold, 4) if self.gold else 0.0}
