"""Real news sentences from ANERcorp (../shared/corpora/anercorp), read by reference.

ANERcorp (Benajiba et al. 2007) is Arabic newswire of the 2000s from many outlets (Iraq,
Palestine, Lebanon, world news), one token per line with its NER tag. Rasd reads it as sentences
of real news from other countries, years and outlets than ANT and the dev set:

- ``train.txt`` is for development (reviewing what Rasd misses or gets wrong);
- ``test.txt`` (the standard 25,008-token split) is for measurement only: its sentences with
  attack words are labelled in ``anercorp-test.jsonl`` and scored by ``benchmarks/bench_incidents.py``.

A sentence is the run of tokens up to and including a sentence-final token (``.``, ``!``, ``؟``,
``?``) or the end of the file; it is numbered from 0 in file order, and its text is the tokens
joined by one space, with no space before closing punctuation or after an opening parenthesis.
Nothing of ANERcorp is copied into the repository: the labels name a sentence by split and number
and keep its first characters (``starts``) to check that the number still points at it.

    PYTHONPATH=. python corpora/real/anercorp.py train -o /tmp/aner-train.jsonl           # every sentence
    PYTHONPATH=. python corpora/real/anercorp.py train --attack -o /tmp/aner-attack.jsonl  # with attack words

writes one article per sentence (``{"id": "aner-train-00042", "text": ...}``, no publication date)
for ``rasd extract``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
ANERCORP = REPO.parent / "shared" / "corpora" / "anercorp"
SPLITS = ("train", "test")
FINAL = frozenset(".!؟?")
# the same attack words as the ANT selection (select.ATTACK_WORDS), chosen before any labelling
ATTACK_WORDS = re.compile("هجوم|انفجار|تفجير|قصف|غارة|مسلح|اغتيال|اختطاف|مقتل|قتل|لغم|عبوة|صاروخ|قذيف|كمين|اشتباك|انتحاري|مفخخ")
_NO_SPACE_BEFORE = re.compile(r" ([.,،:؛!؟?)\]])")
_NO_SPACE_AFTER = re.compile(r"([(\[]) ")


def sentences(split: str, root: Path = ANERCORP) -> list[str]:
    """The sentences of one split, in file order (see the module docstring)."""
    if split not in SPLITS:
        raise ValueError(f"unknown ANERcorp split {split!r}: expected one of {', '.join(SPLITS)}")
    out: list[str] = []
    words: list[str] = []
    for line in (root / f"{split}.txt").read_text(encoding="utf-8").splitlines():
        token = line.rsplit(" ", 1)[0].strip() if " " in line.strip() else line.strip()
        if not token:
            continue
        words.append(token)
        if token in FINAL:
            out.append(_join(words))
            words = []
    if words:
        out.append(_join(words))
    return out


def _join(words: list[str]) -> str:
    return _NO_SPACE_AFTER.sub(r"\1", _NO_SPACE_BEFORE.sub(r"\1", " ".join(words)))


def sentence_id(split: str, number: int) -> str:
    return f"aner-{split}-{number:05d}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("split", choices=SPLITS)
    ap.add_argument("--attack", action="store_true", help="only sentences with attack words")
    ap.add_argument("-o", "--out", required=True, help="JSON Lines for `rasd extract`")
    args = ap.parse_args(argv)
    n = 0
    with open(args.out, "w", encoding="utf-8") as f:
        for i, text in enumerate(sentences(args.split)):
            if args.attack and not ATTACK_WORDS.search(text):
                continue
            f.write(json.dumps({"id": sentence_id(args.split, i), "text": text}, ensure_ascii=False) + "\n")
            n += 1
    print(f"{n} sentences -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
