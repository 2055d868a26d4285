"""Speed of the entity stage, per core.

    python benchmarks/bench_entities.py [--articles 1500] [--out benchmarks/results/entities.json]

Data: the first ``--articles`` articles of the ANT corpus (``../shared/corpora/ant``,
sorted file order). The text layer (normalize, tokenize, sentences) runs first
and is not timed; then each entities backend runs over the same documents
with its ``pipe`` in batches of 64 and one BLAS/OpenMP thread, and the
time of that call alone is measured after a warm-up on 50 other articles:
CPU time of the process (words per CPU second = per core, what the target is
stated in, and robust to other work on a shared machine) and wall time.
Words are word, Latin and number tokens.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

REPO = Path(__file__).resolve().parent.parent
ANT = REPO.parent / "shared" / "corpora" / "ant"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=1500)
    ap.add_argument("--backends", default="gazetteer,spacy")
    ap.add_argument("--config", help="a TOML file merged over the defaults (e.g. another model path)")
    ap.add_argument("--out", default=str(REPO / "benchmarks" / "results" / "entities.json"))
    args = ap.parse_args()
    sys.path.insert(0, str(REPO))

    from pipeline import make_pipeline
    from pipeline.core import registry
    from pipeline.io.readers import read_inputs

    text_layer = make_pipeline(args.config, stages=["normalize", "tokenize", "sentences"])
    docs = []
    for k, rec in enumerate(read_inputs([str(ANT)])):
        if rec.error or not isinstance(rec.data.get("text"), str):
            continue
        doc = text_layer.process(rec.data, seq=k)
        if doc.error is None:
            docs.append(doc)
        if len(docs) >= args.articles + 50:
            break
    warm, docs = docs[:50], docs[50:]
    words = sum(1 for d in docs for t in d.tokens if t.kind in ("word", "latin", "number"))
    result = {"command": "python benchmarks/bench_entities.py " + " ".join(os.sys.argv[1:]),
              "articles": len(docs), "words": words, "threads": 1, "backends": {}}
    for backend in args.backends.split(","):
        stage = registry.get("entities", backend).factory(text_layer.config["stages"].get("entities", {}))
        stage.pipe(warm)
        t0, c0 = time.perf_counter(), time.process_time()
        for i in range(0, len(docs), 64):
            stage.pipe(docs[i:i + 64])
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
        ents = sum(len(d.entities) for d in docs)
        result["backends"][backend] = {"wall_s": round(seconds, 2), "cpu_s": round(cpu, 2),
                                       "words_per_cpu_s": round(words / cpu), "words_per_wall_s": round(words / seconds),
                                       "entities": ents}
        print(f"{backend:10} {words:,} words: {words / cpu:,.0f} words per CPU second (one thread), "
              f"{words / seconds:,.0f} per wall second, {ents:,} entities", flush=True)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
