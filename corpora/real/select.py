"""Select the articles of the real-text incident gold set (corpora/real/ant.jsonl).

    PYTHONPATH=. python corpora/real/select.py            # prints the selection, one line per article
    PYTHONPATH=. python corpora/real/select.py --open     # the open development set (open.jsonl)

Reads ANT (../shared/corpora/ant, Jawhara FM 2012-2017, TREC SGML) with the
pipeline's own reader and keeps only *reserved* articles: those whose number
(the middle part of `JA-<category>-<number>-<date>`) ends in 0. Then:

- 70 "attack" articles: reserved articles of `internationalNews` and
  `localNews` whose `text` matches ATTACK_WORDS, drawn at random with SEED
  (the first 30 are the first batch, 2026-11-24; 31-70 the second batch,
  added the same day by drawing further in the same seeded shuffle);
- 10 "any" articles: reserved articles of any category (not among the first
  FIRST_BATCH attack articles), drawn at random with SEED + 1; most report no
  event and measure false alarms. They were drawn with the first batch and
  stay the same: the attack draw beyond FIRST_BATCH skips them instead of
  the "any" draw depending on N_ATTACK.

Files are sorted by path before drawing, so the draw depends only on SEED and
the corpus. An article whose text is empty or cannot be read is skipped (and
reported on stderr); the next one in the draw takes its place.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
ANT = REPO.parent / "shared" / "corpora" / "ant"
SEED = 20261124
N_ATTACK, N_ANY = 70, 10
FIRST_BATCH = 30  # attack articles of the first batch; the "any" draw excludes only these, so it does not move with N_ATTACK
ATTACK_CATEGORIES = ("internationalNews", "localNews")
ATTACK_WORDS = re.compile("هجوم|انفجار|تفجير|قصف|غارة|مسلح|اغتيال|اختطاف|مقتل|قتل|لغم|عبوة|صاروخ|قذيف|كمين|اشتباك|انتحاري|مفخخ")
NAME = re.compile(r"^JA-([A-Za-z]+)-(\d+)-(\d+)\.txt$")


def is_reserved(name: str) -> bool:
    """True for `JA-<category>-<number>-<date>[.txt]` whose number ends in 0."""
    m = NAME.match(name if name.endswith(".txt") else name + ".txt")
    return bool(m) and m.group(2).endswith("0")


def reserved_files(ant: Path = ANT) -> list[Path]:
    return sorted(p for p in ant.glob("*/JA-*.txt") if is_reserved(p.name))


def read_article(path: Path) -> dict | None:
    """The article as the pipeline reads it (the single record of the file), or None if empty/unreadable."""
    from pipeline.io.readers import read_file
    try:
        recs = [r.data for r in read_file(path)]
    except Exception as exc:  # unreadable: reported and skipped
        print(f"skip {path.name}: unreadable ({type(exc).__name__}: {exc})", file=sys.stderr)
        return None
    if len(recs) != 1 or not (recs[0].get("text") or "").strip():
        print(f"skip {path.name}: empty or not one article ({len(recs)} records)", file=sys.stderr)
        return None
    return recs[0]


def _draw(files: list[Path], n: int, seed: int, keep) -> list[tuple[Path, dict]]:
    order = list(files)
    random.Random(seed).shuffle(order)
    out = []
    for p in order:
        if len(out) == n:
            break
        art = read_article(p)
        if art is not None and keep(art):
            out.append((p, art))
    return out


def select(ant: Path = ANT) -> list[tuple[str, Path, dict]]:
    """[(kind, path, article)] in batch order (the order of ant.jsonl), each group in draw order: the first
    FIRST_BATCH attack articles, the N_ANY others, then attack articles FIRST_BATCH+1..N_ATTACK."""
    files = reserved_files(ant)
    attack_pool = [p for p in files if p.parent.name in ATTACK_CATEGORIES]
    # the first N_ATTACK matches of a seeded shuffle of all candidates: a uniform sample of the matching set
    is_attack = lambda a: bool(ATTACK_WORDS.search(a["text"]))  # noqa: E731
    first = _draw(attack_pool, FIRST_BATCH, SEED, is_attack)
    taken = {p for p, _ in first}
    rest = _draw([p for p in files if p not in taken], N_ANY, SEED + 1, lambda a: True)
    # the same shuffle drawn further: its first FIRST_BATCH matches are `first` (none of them is in `rest`);
    # beyond them an article already drawn as "any" is skipped
    rest_ids = {a["id"] for _, a in rest}
    attack = _draw(attack_pool, N_ATTACK, SEED, lambda a: is_attack(a) and a["id"] not in rest_ids)
    assert [p for p, _ in attack[:FIRST_BATCH]] == [p for p, _ in first]
    # batch order, as in ant.jsonl: the first batch (its attack articles, then the "any" ones), then the second
    return ([("attack", p, a) for p, a in attack[:FIRST_BATCH]] + [("any", p, a) for p, a in rest]
            + [("attack", p, a) for p, a in attack[FIRST_BATCH:]])


OPEN_SEED, N_OPEN = 20261201, 340


def select_open(ant: Path = ANT) -> list[tuple[str, Path, dict]]:
    """The open development set (corpora/real/open.jsonl): N_OPEN *non-reserved* attack articles of
    ATTACK_CATEGORIES, the first N_OPEN matches of a shuffle with OPEN_SEED. Unlike ant.jsonl, its errors may be
    read and rules fixed on them; it never measures what generalizes."""
    files = sorted(p for p in ant.glob("*/JA-*.txt") if NAME.match(p.name) and not is_reserved(p.name))
    pool = [p for p in files if p.parent.name in ATTACK_CATEGORIES]
    return [("open", p, a) for p, a in _draw(pool, N_OPEN, OPEN_SEED, lambda a: bool(ATTACK_WORDS.search(a["text"])))]


def main() -> None:
    if not ANT.exists():
        sys.exit(f"ANT not found at {ANT}")
    for kind, p, a in (select_open() if sys.argv[1:] == ["--open"] else select()):
        print(f"{kind}\tant/{p.parent.name}/{p.name}\t{a['id']}\t{a.get('published')}\t{len(a['text'])}")


if __name__ == "__main__":
    main()
