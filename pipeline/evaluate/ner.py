"""Scoring of named entities: CoNLL corpora (conlleval-style) and gold articles (spec section 5).

Pure scorers first (``SpanScore``, ``score_articles``), then the runners that
produce predictions: ``predict_conll`` runs either the NER model alone or the
whole entity stage over a CoNLL corpus's own tokens and gives token spans in
the corpus's types; ``evaluate_dev`` runs the full pipeline over gold
articles.

CoNLL scoring is conlleval's: a predicted span counts when its first and last
token and its type equal a gold span's; micro P/R/F1 over all types and per
type. ANERcorp's MISC has no counterpart in Rasd (spec section 2), so scores
are given with MISC excluded from the gold (``types`` PERS ORG LOC) and with
it included (every MISC span then counts as a miss).
"""

from __future__ import annotations

import json
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .conll import read_conll, spans

# Rasd labels -> the corpus's types (spec section 2 for ANERcorp)
TO_ANERCORP = {"PERSON": "PERS", "OFFICIAL": "PERS", "ORG": "ORG", "FACTION": "ORG", "GPE": "LOC", "LOC": "LOC",
               "BASE": "LOC", "FACILITY": "LOC"}
TO_WOJOOD = {"PERSON": "PERS", "OFFICIAL": "PERS", "ORG": "ORG", "FACTION": "ORG", "GPE": "GPE", "LOC": "LOC",
             "BASE": "FAC", "FACILITY": "FAC"}
SCHEMES = {"anercorp": (TO_ANERCORP, ("PERS", "ORG", "LOC"), ("MISC",)),
           "wojood": (TO_WOJOOD, ("PERS", "ORG", "GPE", "LOC", "FAC"), ())}


def prf(tp: int, npred: int, ngold: int) -> dict:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(100 * p, 2), "recall": round(100 * r, 2), "f1": round(100 * f, 2),
            "gold": ngold, "pred": npred, "correct": tp}


@dataclass
class SpanScore:
    """Exact-match span scoring (conlleval): counts per type."""

    tp: Counter = field(default_factory=Counter)
    gold: Counter = field(default_factory=Counter)
    pred: Counter = field(default_factory=Counter)

    def add(self, gold: set[tuple], pred: set[tuple]) -> None:
        """``gold``/``pred``: sets of (start, end, type)."""
        for s in gold:
            self.gold[s[2]] += 1
        for s in pred:
            self.pred[s[2]] += 1
        for s in gold & pred:
            self.tp[s[2]] += 1

    def micro(self, types: tuple[str, ...] | None = None) -> dict:
        keys = types if types is not None else sorted(set(self.gold) | set(self.pred))
        return prf(sum(self.tp[k] for k in keys), sum(self.pred[k] for k in keys), sum(self.gold[k] for k in keys))

    def per_type(self) -> dict:
        return {k: prf(self.tp[k], self.pred[k], self.gold[k]) for k in sorted(set(self.gold) | set(self.pred))}


def gold_spans(tags: list[list[str]], types: tuple[str, ...]) -> set[tuple[int, int, str]]:
    """Flat gold spans of ``types`` (nested Wojood tags: the longest spans win)."""
    from ..training.ner import longest_spans

    cands = [(s, e + 1, t) for t in types for s, e in spans(tags, t)]
    return set(longest_spans(cands))


# ---------------------------------------------------------------- CoNLL prediction


def predict_model(nlp, sentences: list[list[str]], mapping: dict[str, str]) -> list[set[tuple]]:
    """The NER model alone on the corpus's tokens."""
    from ..training.ner import make_doc

    docs = (make_doc(nlp.vocab, words) for words in sentences)
    out = []
    for doc in nlp.pipe(docs, batch_size=256):
        out.append({(e.start, e.end, mapping[e.label_]) for e in doc.ents if e.label_ in mapping})
    return out


def predict_stage(pipeline, sentences: list[list[str]], mapping: dict[str, str]) -> list[set[tuple]]:
    """The whole entity stage (model + gazetteer + patterns) on each sentence joined with spaces.

    Entity character spans are mapped back to the corpus's tokens (an entity
    that starts after a proclitic covers the whole token, as the corpus does).
    """
    from .conll import sentence_text

    out = []
    for k, words in enumerate(sentences):
        text, offsets = sentence_text(words)
        doc = pipeline.process({"id": f"s{k}", "text": text})
        found = set()
        for e in doc.entities:
            if e.label not in mapping:
                continue
            toks = [i for i, (s, t) in enumerate(offsets) if s < e.end and t > e.start]
            if toks:
                found.add((toks[0], toks[-1] + 1, mapping[e.label]))
        out.append(found)
    return out


def evaluate_conll(path: str | Path, *, scheme: str = "anercorp", system: str = "stage", config_path=None) -> dict:
    """conlleval-style scores of Rasd on a CoNLL corpus (``system``: ``stage`` or ``model``)."""
    mapping, types, extra = SCHEMES[scheme]
    data = read_conll(path)
    sentences = [words for words, _ in data]
    t0 = time.perf_counter()
    if system == "model":
        from ..config import load_config
        from ..stages.entities import load_ner_model

        model = load_config(config_path)["stages"].get("entities", {}).get("model") or None
        preds = predict_model(load_ner_model(model), sentences, mapping)
    else:
        from ..core import make_pipeline

        pipeline = make_pipeline(config_path, stages=["normalize", "tokenize", "sentences", "entities"])
        preds = predict_stage(pipeline, sentences, mapping)
    seconds = time.perf_counter() - t0
    score, score_all = SpanScore(), SpanScore()
    for (_, tags), pred in zip(data, preds):
        score.add(gold_spans(tags, types), pred)
        score_all.add(gold_spans(tags, types + extra), pred)
    nwords = sum(len(s) for s in sentences)
    result = {"corpus": str(path), "scheme": scheme, "system": system, "sentences": len(sentences),
              "tokens": nwords, "micro": score.micro(types), "per_type": score.per_type(),
              "words_per_s": round(nwords / seconds)}
    if extra:
        result["micro_with_" + "_".join(extra)] = score_all.micro(types + extra)
    return result


# ---------------------------------------------------------------- gold articles


def _overlap(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


@dataclass
class ArticleScore:
    exact: SpanScore = field(default_factory=SpanScore)
    relaxed_tp: Counter = field(default_factory=Counter)  # gold spans matched by overlap + label
    relaxed_ptp: Counter = field(default_factory=Counter)  # predicted spans matching a gold one
    canonical_gold: int = 0  # matched gold entities that carry a canonical
    canonical_ok: int = 0
    linked_gold: int = 0  # ... of which a matching prediction came from the gazetteer (has a kb_id)
    linked_ok: int = 0
    errors: list[dict] = field(default_factory=list)

    def add(self, gold: list[dict], pred: list[dict], doc_id: str = "") -> None:
        self.exact.add({(g["start"], g["end"], g["label"]) for g in gold},
                       {(p["start"], p["end"], p["label"]) for p in pred})
        for g in gold:
            hits = [p for p in pred if p["label"] == g["label"] and _overlap(g, p)]
            if hits:
                self.relaxed_tp[g["label"]] += 1
                if g.get("canonical"):
                    self.canonical_gold += 1
                    ok = any(p.get("canonical") == g["canonical"] for p in hits)
                    self.canonical_ok += ok
                    if any(p.get("kb_id") for p in hits):
                        self.linked_gold += 1
                        self.linked_ok += ok
                    if not ok:
                        self.errors.append({"doc": doc_id, "kind": "canonical", "gold": g["text"],
                                            "gold_canonical": g["canonical"],
                                            "pred_canonical": [p.get("canonical") for p in hits]})
            else:
                other = [f"{p['text']}/{p['label']}" for p in pred if _overlap(g, p)]
                self.errors.append({"doc": doc_id, "kind": "missed", "gold": g["text"], "label": g["label"],
                                    "pred": other})
        for p in pred:
            if any(g["label"] == p["label"] and _overlap(g, p) for g in gold):
                self.relaxed_ptp[p["label"]] += 1
            else:
                other = [f"{g['text']}/{g['label']}" for g in gold if _overlap(g, p)]
                self.errors.append({"doc": doc_id, "kind": "false_alarm", "pred": p["text"], "label": p["label"],
                                    "gold": other})

    def relaxed(self, label: str | None = None) -> dict:
        labels = [label] if label else sorted(set(self.exact.gold) | set(self.exact.pred))
        g = sum(self.exact.gold[k] for k in labels)
        pr = sum(self.exact.pred[k] for k in labels)
        rtp = sum(self.relaxed_tp[k] for k in labels)
        ptp = sum(self.relaxed_ptp[k] for k in labels)
        p = ptp / pr if pr else 0.0
        r = rtp / g if g else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "gold": g, "pred": pr}

    def to_dict(self) -> dict:
        labels = sorted(set(self.exact.gold) | set(self.exact.pred))
        ex = self.exact.micro()
        return {
            "exact": {"precision": round(ex["precision"] / 100, 4), "recall": round(ex["recall"] / 100, 4),
                      "f1": round(ex["f1"] / 100, 4), "gold": ex["gold"], "pred": ex["pred"]},
            "relaxed": self.relaxed(),
            "per_label": {k: {"exact_f1": round(self.exact.per_type()[k]["f1"] / 100, 4),
                              "relaxed": self.relaxed(k)} for k in labels},
            "canonical_accuracy": round(self.canonical_ok / self.canonical_gold, 4) if self.canonical_gold else None,
            "canonical_matched": self.canonical_gold,
            "canonical_accuracy_linked": round(self.linked_ok / self.linked_gold, 4) if self.linked_gold else None,
            "canonical_linked": self.linked_gold,
        }


def evaluate_dev(gold_dir: str | Path, *, config_path=None, stages: list[str] | None = None) -> tuple[dict, list]:
    """Entities of the full pipeline against gold articles: exact and relaxed F1 per label, canonical
    accuracy, and the entity stage's speed (words/s of its own time)."""
    from ..core import make_pipeline

    pipeline = make_pipeline(config_path, stages=stages or ["normalize", "tokenize", "sentences", "entities"])
    score = ArticleScore()
    words = 0
    seconds = 0.0
    files = sorted(Path(gold_dir).glob("*.json"))
    failed: list[str] = []
    for path in files:
        record = json.loads(path.read_text(encoding="utf-8"))
        doc = pipeline.process(record)
        if doc.error:
            failed.append(f"{path.stem}: {doc.error['message']}")
        words += sum(1 for t in doc.tokens if t.kind in ("word", "latin", "number"))
        seconds += doc.timings.get("entities", 0.0)
        score.add(record["gold"]["entities"], [e.to_dict() for e in doc.entities], path.stem)
    out = score.to_dict()
    out["articles"] = len(files)
    out["failed"] = failed
    out["words"] = words
    out["entity_stage_words_per_s"] = round(words / seconds) if seconds else None
    return out, score.errors
