"""Select the sentences of the real-text sentence set (corpora/real/sentences.jsonl).

    PYTHONPATH=. python corpora/real/select_sentences.py      # prints the selection, one line per sentence

Reads ANT (../shared/corpora/ant, Jawhara FM 2012-2017, TREC SGML) with the pipeline's own reader
(`select.read_article`) and keeps only *reserved* articles (`select.is_reserved`: the number ends in 0)
of `internationalNews` and `localNews` that are NOT among the 80 articles of `ant.jsonl`. The files
(sorted by path) are shuffled with SEED; each article's `text` is split into sentences with the
pipeline's own stages (`normalize`, `tokenize`, `sentences`: offsets into the reader's text), the
sentences that match `select.ATTACK_WORDS` and are MIN_CHARS..MAX_CHARS characters long are kept
(shorter ones are headline fragments, longer ones run-on paragraphs the splitter could not cut), and
one of them is drawn at random (the same seeded generator) per article, until N sentences. An article
with no such sentence, or empty or unreadable, is skipped; so at most one sentence comes from an
article. The draw depends only on SEED, N and the corpus, and a smaller N gives a prefix of a larger one.
"""

from __future__ import annotations

import importlib.util
import json
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
ANT = REPO.parent / "shared" / "corpora" / "ant"
GOLD = REPO / "corpora" / "real" / "ant.jsonl"
SEED = 20261126
N = 200
MIN_CHARS, MAX_CHARS = 25, 400


def _select_module():
    spec = importlib.util.spec_from_file_location("rasd_real_select_s", Path(__file__).with_name("select.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_sel = _select_module()
reserved_files, read_article, ATTACK_WORDS, ATTACK_CATEGORIES = (
    _sel.reserved_files, _sel.read_article, _sel.ATTACK_WORDS, _sel.ATTACK_CATEGORIES)

_SPLITTER = None


def split(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text` as the pipeline's sentence stage gives it."""
    global _SPLITTER
    if _SPLITTER is None:
        from pipeline import make_pipeline
        _SPLITTER = make_pipeline(stages=["normalize", "tokenize", "sentences"])
    doc = _SPLITTER.process({"id": "s", "text": text})
    if doc.error is not None:
        return []
    return [(s.start, s.end) for s in doc.sentences]


def gold_ids(gold: Path = GOLD) -> set[str]:
    return {json.loads(x)["id"] for x in gold.read_text(encoding="utf-8").splitlines() if x.strip()}


def candidates(text: str) -> list[tuple[int, int]]:
    return [(s, e) for s, e in split(text)
            if MIN_CHARS <= e - s <= MAX_CHARS and ATTACK_WORDS.search(text[s:e])]


def select(ant: Path = ANT, n: int = N) -> list[tuple[str, Path, dict, int, int]]:
    """[(round, path, article, start, end)] in draw order, at most n.

    Round "a" (the planned draw): articles of ATTACK_CATEGORIES in the seeded shuffle, one random matching
    sentence each. The pool runs dry long before N (ANT has only 91 reserved internationalNews/localNews
    articles that match ATTACK_WORDS, and 71 of them are in ant.jsonl), so the draw goes on, still over
    reserved articles not in ant.jsonl only: round "b", the other categories in the same shuffle, one
    random matching sentence each; round "c", the remaining matching sentences of the articles of rounds
    a and b, in the same article order, each article's in a seeded random order.
    """
    exclude = gold_ids()
    files = [p for p in reserved_files(ant) if p.stem not in exclude]
    rng = random.Random(SEED)
    rng.shuffle(files)
    drawn: list[tuple[Path, dict, list[tuple[int, int]]]] = []
    out = []
    for rnd, keep in (("a", lambda p: p.parent.name in ATTACK_CATEGORIES),
                      ("b", lambda p: p.parent.name not in ATTACK_CATEGORIES)):
        for p in files:
            if len(out) == n:
                return out
            if not keep(p):
                continue
            art = read_article(p)
            if art is None or art["id"] in exclude:
                continue
            cands = candidates(art["text"])
            if not cands:
                continue
            s, e = rng.choice(cands)
            out.append((rnd, p, art, s, e))
            drawn.append((p, art, [c for c in cands if c != (s, e)]))
    for p, art, rest in drawn:
        rng.shuffle(rest)
        for s, e in rest:
            if len(out) == n:
                return out
            out.append(("c", p, art, s, e))
    return out


def main() -> None:
    if not ANT.exists():
        sys.exit(f"ANT not found at {ANT}")
    from pipeline.core import _check_date
    n = int(sys.argv[1]) if len(sys.argv) > 1 else N
    for k, (r, p, a, s, e) in enumerate(select(n=n), 1):
        print(f"rs-{k:04d}\t{r}\tant/{p.parent.name}/{p.name}\t{a['id']}\t{_check_date(a.get('published'))}\t{s}\t{e}")


if __name__ == "__main__":
    main()
