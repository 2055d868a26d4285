"""``rasd train clitics``: word frequencies for proclitic segmentation.

Counts every Arabic word of a raw corpus (by default the ANT corpus in
``../shared/corpora/ant``) in its full normalized form and keeps the forms
seen at least ``min_count`` times. Deterministic: the same corpus gives the
same file, byte for byte. Writes ``counts.tsv.gz``, ``meta.json`` and a model
card ``README.md`` in the output directory.
"""

from __future__ import annotations

import gzip
import json
import time
from collections import Counter
from pathlib import Path

from ..io.readers import read_inputs
from ..stages.tokenize import tokenize

CARD = """# Clitic segmentation frequencies

What: frequencies of Arabic word forms (full normalized form: no diacritics,
alef/yaa/teh marbuta folded), used by `pipeline/stages/tokenize.py` to decide
whether a word starting with و ف ب ل ك س is a proclitic + word or one word.
It holds counts only, no text.

Data: {corpus} ({articles:,} articles, {tokens:,} Arabic word tokens,
{types:,} types; {kept:,} forms with count >= {min_count} kept).

Command: `{command}` (deterministic; took {seconds:.0f} s on 2 CPU cores).

Used with: `pipeline/resources/ar/clitics.yaml` (grammar, priors, exceptions).
Scores: see the README's text-layer table (`rasd evaluate segmentation`).
"""


def train_clitics(corpus: list[str], out_dir: Path, *, min_count: int = 2, command: str = "") -> dict:
    t0 = time.time()
    counts: Counter[str] = Counter()
    articles = 0
    for record in read_inputs(corpus):
        if record.error or not isinstance(record.data.get("text"), str):
            continue
        articles += 1
        for text in (record.data.get("title") or "", record.data["text"]):
            counts.update(t.norm for t in tokenize(text) if t.kind == "word")
    out_dir.mkdir(parents=True, exist_ok=True)
    kept = sorted(((w, n) for w, n in counts.items() if n >= min_count), key=lambda x: (-x[1], x[0]))
    with gzip.GzipFile(out_dir / "counts.tsv.gz", "wb", mtime=0) as raw:
        raw.write("".join(f"{w}\t{n}\n" for w, n in kept).encode("utf-8"))
    meta = {
        "name": "clitics",
        "version": "1.0",
        "corpus": [str(c) for c in corpus],
        "articles": articles,
        "tokens": sum(counts.values()),
        "types": len(counts),
        "kept": len(kept),
        "min_count": min_count,
        "command": command,
        "seconds": round(time.time() - t0, 1),
    }
    (out_dir / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (out_dir / "README.md").write_text(CARD.format(corpus=", ".join(meta["corpus"]), **{k: v for k, v in meta.items() if k != "corpus"}),
                                       encoding="utf-8")
    return meta
