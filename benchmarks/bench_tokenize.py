"""Tokenizer throughput on the ANT corpus: Rasd against camel-tools and spaCy, in one run.

    python benchmarks/bench_tokenize.py [--corpus ../shared/corpora/ant] [--out benchmarks/results/tokenize.json]

Each tokenizer runs once over every article text, in one process, after the
texts are loaded (reading is not timed). Rasd's pass is cold: its per-word
cache starts empty, as in a fresh batch run. Reported: tokens, seconds,
tokens/s, and the ratio to camel-tools' ``simple_word_tokenize``. Rasd's
tokens carry offsets and proclitic splits; the peers' are plain strings
(camel-tools) or spaCy tokens without clitic splits.
"""

from __future__ import annotations

import argparse
import json
import platform
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def timed(fn, texts):
    t0 = time.perf_counter()
    n = 0
    for t in texts:
        n += fn(t)
    return n, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(REPO.parent / "shared" / "corpora" / "ant"))
    ap.add_argument("--out", default=str(REPO / "benchmarks" / "results" / "tokenize.json"))
    args = ap.parse_args()

    from pipeline.io.readers import read_inputs

    texts = [r.data["text"] for r in read_inputs([args.corpus]) if r.error is None]

    from camel_tools.tokenizers.word import simple_word_tokenize
    import spacy

    from pipeline.stages.tokenize import default_segmenter, tokenize

    seg = default_segmenter()
    nlp = spacy.blank("ar")
    rows = []
    for name, fn in [
        ("rasd (offsets + proclitic splits)", lambda t: len(tokenize(t, seg))),
        ("camel-tools simple_word_tokenize", lambda t: len(simple_word_tokenize(t))),
        ('spaCy spacy.blank("ar")', lambda t: len(nlp.make_doc(t))),
    ]:
        n, sec = timed(fn, texts)
        rows.append({"tokenizer": name, "tokens": n, "seconds": round(sec, 2), "tokens_per_s": round(n / sec)})
    base = rows[1]["tokens_per_s"]
    for r in rows:
        r["ratio_to_camel"] = round(r["tokens_per_s"] / base, 2)
    result = {"corpus": args.corpus, "articles": len(texts), "machine": f"{platform.machine()}, {platform.python_version()}",
              "rows": rows}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"{len(texts):,} articles")
    print("| tokenizer | tokens | tokens/s | ratio to camel-tools |")
    print("|---|---:|---:|---:|")
    for r in rows:
        print(f"| {r['tokenizer']} | {r['tokens']:,} | {r['tokens_per_s']:,} | {r['ratio_to_camel']:.2f} |")


if __name__ == "__main__":
    main()
