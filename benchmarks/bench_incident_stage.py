"""CPU time of the incidents stage alone on the ANT corpus.

    python benchmarks/bench_incident_stage.py [--corpus ../shared/corpora/ant] [--repeat 3]
                                              [--out benchmarks/results/incident_stage.json] [--profile N]

The earlier stages (normalize, tokenize, sentences, entities with the
configured backend, timexes) run first, in batches of 64 articles as the
runner does, outside the timing. Then the incidents stage runs over every
batch ``--repeat`` times (interleaved: repeat 1, 2, 3 of a batch back to
back, so a busy minute of the shared machine hits all repeats alike); each
call is timed in CPU seconds of this process (``time.process_time``) and
the repeats are summed separately. Reported: the best repeat's CPU seconds
and articles per CPU second, every repeat's seconds, and the load average at
the start. The stage's output is the same on every repeat (it only writes
``doc.incidents``); the number of records is reported as a check.

``--profile N``: after the timing, run the stage once more under cProfile
and print the N functions of largest cumulative time.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

BATCH = 64
EARLIER = ["normalize", "tokenize", "sentences", "entities", "timexes"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default=str(REPO.parent / "shared" / "corpora" / "ant"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--out", default=str(REPO / "benchmarks" / "results" / "incident_stage.json"))
    ap.add_argument("--profile", type=int, default=0, metavar="N")
    args = ap.parse_args()

    from pipeline import make_pipeline
    from pipeline.io.readers import read_inputs

    from pipeline.core import registry
    from pipeline.runner import long_lived

    load = os.getloadavg()
    with long_lived():  # as the runner builds it: the pipeline's data out of the collector's walk
        earlier = make_pipeline(stages=EARLIER)
        stage = registry.get("incidents").factory(earlier.config["stages"]["incidents"])  # lexicons loaded here
    prof = None
    if args.profile:
        import cProfile

        prof = cProfile.Profile()

    cpu = [0.0] * args.repeat
    records = [0] * args.repeat
    n_docs = n_tokens = 0
    batch: list = []

    def run_batch() -> None:
        nonlocal n_docs, n_tokens
        docs = [d for d in earlier.process_many([r.data for r in batch], seqs=list(range(len(batch))),
                                                 origins=[r.origin for r in batch], errors=[r.error for r in batch])
                if d.error is None]
        batch.clear()
        n_docs += len(docs)
        n_tokens += sum(len(d.tokens) for d in docs)
        for r in range(args.repeat):
            c0 = time.process_time()
            for doc in docs:
                stage(doc)
            cpu[r] += time.process_time() - c0
            records[r] += sum(len(d.incidents) for d in docs)
        if prof is not None:
            prof.enable()
            for doc in docs:
                stage(doc)
            prof.disable()

    t0 = time.perf_counter()
    for record in read_inputs([args.corpus]):
        batch.append(record)
        if len(batch) == BATCH:
            run_batch()
    if batch:
        run_batch()
    wall = time.perf_counter() - t0
    if len(set(records)) != 1:
        raise RuntimeError(f"the repeats made different numbers of records: {records}")
    best = min(cpu)
    result = {
        "command": "python " + " ".join([Path(sys.argv[0]).as_posix(), *sys.argv[1:]]),
        "corpus": args.corpus,
        "machine": {"cores": os.cpu_count(), "python": platform.python_version(),
                    "load_avg_at_start": [round(x, 2) for x in load]},
        "articles": n_docs,
        "tokens": n_tokens,
        "records": records[0],
        "wall_s": round(wall, 1),
        "incident_stage_cpu_s": round(best, 3),
        "articles_per_cpu_s": round(n_docs / best, 1),
        "repeats_cpu_s": [round(c, 3) for c in cpu],
    }
    print(json.dumps(result, indent=2))
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")

    if prof is not None:
        import pstats

        pstats.Stats(prof).sort_stats("cumulative").print_stats(args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
