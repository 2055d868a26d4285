"""Scoring of proclitic segmentation and sentence boundaries.

Gold files (``corpora/segmentation/*.txt``) are raw text with ``+`` between a
proclitic and the rest of its word and ``|`` after the last character of each
sentence; removing the marks gives the raw text (see that folder's README).

- Segmentation accuracy: the share of Arabic words whose predicted split
  points equal the gold ones exactly (a word with no split counts too), plus
  precision/recall of the split points themselves.
- Sentence boundaries: precision/recall/F1 of sentence end offsets.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..document import Sentence, Token
from . import prf


@dataclass
class Marked:
    name: str
    text: str
    splits: set[int]
    sentence_ends: list[int]


def parse_marked(marked: str, name: str = "") -> Marked:
    raw: list[str] = []
    splits: set[int] = set()
    ends: list[int] = []
    n = 0
    for ch in marked:
        if ch == "+":
            splits.add(n)
        elif ch == "|":
            ends.append(n)
        else:
            raw.append(ch)
            n += 1
    return Marked(name, "".join(raw), splits, ends)


def load_gold(folder: Path) -> list[Marked]:
    return [parse_marked(p.read_text(encoding="utf-8"), p.name) for p in sorted(Path(folder).glob("*.txt"))]


@dataclass
class SegScore:
    words: int = 0
    words_correct: int = 0
    split_tp: int = 0
    split_fp: int = 0
    split_fn: int = 0
    sent_tp: int = 0
    sent_fp: int = 0
    sent_fn: int = 0
    errors: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        sp = prf(self.split_tp, self.split_fp, self.split_fn)
        bp = prf(self.sent_tp, self.sent_fp, self.sent_fn)
        return {
            "words": self.words,
            "segmentation_accuracy": round(self.words_correct / self.words, 4) if self.words else 0.0,
            "split_precision": sp["precision"], "split_recall": sp["recall"], "split_f1": sp["f1"],
            "sentence_precision": bp["precision"], "sentence_recall": bp["recall"], "sentence_f1": bp["f1"],
            "gold_sentences": self.sent_tp + self.sent_fn,
        }


def score_document(gold: Marked, tokens: list[Token], sentences: list[Sentence], score: SegScore) -> SegScore:
    """Add one document's counts to ``score`` (pure: reads tokens and sentences only)."""
    text = gold.text
    for tok in tokens:
        if tok.kind != "word":
            continue
        g = {p for p in gold.splits if tok.start < p < tok.end}
        pred = set(tok.splits)
        score.words += 1
        if g == pred:
            score.words_correct += 1
        else:
            score.errors.append({"doc": gold.name, "word": tok.text,
                                 "gold": _mark(text, tok, g), "pred": _mark(text, tok, pred)})
        score.split_tp += len(g & pred)
        score.split_fp += len(pred - g)
        score.split_fn += len(g - pred)
    gold_ends = set(gold.sentence_ends)
    pred_ends = {s.end for s in sentences}
    score.sent_tp += len(gold_ends & pred_ends)
    score.sent_fp += len(pred_ends - gold_ends)
    score.sent_fn += len(gold_ends - pred_ends)
    for e in sorted(pred_ends ^ gold_ends):
        score.errors.append({"doc": gold.name, "sentence_end": e, "kind": "missed" if e in gold_ends else "extra",
                             "context": text[max(0, e - 30):e] + "|" + text[e:e + 20]})
    return score


def _mark(text: str, tok: Token, points: set[int]) -> str:
    bounds = [tok.start, *sorted(points), tok.end]
    return "+".join(text[bounds[i]:bounds[i + 1]] for i in range(len(bounds) - 1))


def evaluate_segmentation(folder: Path) -> SegScore:
    """Tokenize and split the gold texts with the default stages and score them."""
    from ..stages.sentences import split_sentences
    from ..stages.tokenize import default_segmenter, tokenize

    score = SegScore()
    seg = default_segmenter()
    for gold in load_gold(folder):
        tokens = tokenize(gold.text, seg)
        score_document(gold, tokens, split_sentences(gold.text, tokens), score)
    return score
