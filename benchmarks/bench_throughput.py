"""End-to-end throughput, per-stage time, peak memory and length scaling on the ANT corpus.

    python benchmarks/bench_throughput.py [--corpus ../shared/corpora/ant] [--out benchmarks/results/throughput.json]
                                          [--runs local:1,local:2,dask:2] [--lengths 100,1000,10000]
                                          [--backends gazetteer,spacy] [--postgres URL] [--repeat N]

End to end: ``rasd extract CORPUS -o out.jsonl`` as a separate process, per
engine and worker count, timed from process start to exit (Python start-up,
building the pipeline, reading the SGML, all stages, writing JSONL). Peak
memory (the summed PSS and RSS of the process tree, polled every 50 ms) comes
from one more run of each row: polling PSS reads every page table of every
process and took 13% of a core, which a 2-worker run, unlike a 1-worker
run, has to take from its workers; the timed runs are not polled. Tokens are
Rasd's tokenizer's tokens of every article text (what the tokenize stage
makes, proclitics not split off), words are whitespace-separated words; both
are counted once, outside the timed runs. Per-stage seconds are the summed
``Document.timings`` of the run's summary (CPU time spent inside each stage,
over all workers), and ``cpu_s`` the CPU seconds of the whole process tree,
so ``tokens_per_cpu_s`` is the throughput of one busy core whatever else
the machine runs. When ``models/ner`` exists, the runs are repeated with the
``spacy`` entities backend.

Length scaling: synthetic articles of exactly 100, 1,000 and 10,000 words made
by concatenating ANT texts in corpus order, about 300,000 words per length,
run in this process through ``Pipeline.process_many`` in batches of 64 (as the
runner does); reported per stage in microseconds per word (flat means linear
in the article length).

Each run records the 1-minute load average at its start: on a shared machine
a run whose load was well above 0 did not have the cores to itself. On a
virtual machine the same run can vary by 15% from one minute to the next:
``--repeat N`` runs every row N times, interleaved, and reports the run of
median wall time, with every repeat's wall time beside it.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
STAGES = ["normalize", "tokenize", "sentences", "entities", "timexes", "incidents"]
BATCH = 64  # articles per Pipeline.process_many call in the length scaling (the runner's chunk)


def timed(cmd: list[str], **popen) -> float:
    """Run ``cmd`` to its end, unobserved: its wall seconds."""
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **popen)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed: {proc.stderr.decode()}")
    return wall


def peak_rss(cmd: list[str], *, pss: bool = False, **popen) -> tuple[int, float, str, int]:
    """Run ``cmd`` to its end: peak summed RSS of its process tree (bytes), wall seconds, stderr, and
    with ``pss`` the peak summed PSS (shared pages divided among the processes that share them).

    Summed RSS counts pages shared by forked workers once per process, so it
    is an upper bound; PSS is what the tree really holds.
    """
    import psutil

    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **popen)
    root = psutil.Process(proc.pid)
    peak = peak_pss = 0
    while proc.poll() is None:
        total = total_pss = 0
        try:
            tree = [root, *root.children(recursive=True)]
        except psutil.Error:
            break
        for p in tree:
            try:
                total += p.memory_info().rss
                if pss:
                    total_pss += p.memory_full_info().pss
            except psutil.Error:  # ended between the listing and the reading
                pass
        peak, peak_pss = max(peak, total), max(peak_pss, total_pss)
        time.sleep(0.05)
    stderr = proc.stderr.read().decode()
    if proc.wait() != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed: {stderr}")
    return peak, time.perf_counter() - t0, stderr, peak_pss


def count_units(corpus: str) -> dict:
    from pipeline.io.readers import read_inputs
    from pipeline.stages.tokenize import default_segmenter, tokenize

    seg = default_segmenter()
    n = tokens = words = 0
    for r in read_inputs([corpus]):
        n += 1
        text = (r.data or {}).get("text") if r.error is None else None
        if isinstance(text, str):
            tokens += len(tokenize(text, seg))
            words += len(text.split())
    return {"articles": n, "tokens": tokens, "words": words}


def end_to_end(corpus: str, engine: str, workers: int, units: dict, config: str | None, tmp: Path,
               target: str | None = None, memory: bool = False) -> dict:
    """One run of ``rasd extract``; with ``memory`` its process tree is polled for the peak memory (which
    slows it), else it runs unobserved and only its time is taken."""
    out, summary_file = tmp / "out.jsonl", tmp / "summary.json"
    cmd = [sys.executable, "-m", "pipeline", "extract", corpus, "-o", target or str(out), "--no-progress",
           "--workers", str(workers), "--engine", engine, "--summary-json", str(summary_file)]
    if config:
        cmd += ["--config", config]
    load = os.getloadavg()[0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    if memory:
        peak, wall, _, pss = peak_rss(cmd, pss=True, cwd=REPO)
    else:
        wall = timed(cmd, cwd=REPO)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the run's whole tree: its workers were waited for
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    summary = json.loads(summary_file.read_text())
    out.unlink(missing_ok=True)
    return {
        "output": "postgresql" if target else "jsonl", "engine": engine, "workers": workers, "wall_s": round(wall, 2), "run_s": summary["seconds"],
        "articles": summary["articles"], "failed": summary["failed"],
        "articles_per_s": round(summary["articles"] / wall, 1),
        "tokens_per_s": round(units["tokens"] / wall), "tokens_per_s_per_worker": round(units["tokens"] / wall / workers),
        "words_per_s": round(units["words"] / wall),
        "cpu_s": round(cpu, 2), "tokens_per_cpu_s": round(units["tokens"] / cpu),
        "stage_s": summary["stage_seconds"], "load_avg_1m_at_start": round(load, 2),
    } | ({"peak_rss_mb": round(peak / 2**20), "peak_pss_mb": round(pss / 2**20)} if memory else {})


def synthetic(corpus: str, words: int, total_words: int) -> list[dict]:
    """Articles of exactly ``words`` words from the corpus texts, concatenated in order."""
    from pipeline.io.readers import read_inputs

    articles, buf = [], []
    for r in read_inputs([corpus]):
        text = (r.data or {}).get("text") if r.error is None else None
        if not isinstance(text, str):
            continue
        buf.extend(text.split())
        while len(buf) >= words:
            articles.append({"id": f"syn{words}-{len(articles)}", "published": "2021-04-25",
                             "text": " ".join(buf[:words])})
            del buf[:words]
            if len(articles) * words >= total_words:
                return articles
    return articles


def length_scaling(corpus: str, lengths: list[int], config: str | None, total_words: int = 300_000) -> list[dict]:
    from pipeline import make_pipeline

    pipeline = make_pipeline(config)
    pipeline.process({"id": "warm", "text": "سقط صاروخ على قاعدة بلد الجوية أمس."})  # lazy loads out of the timing
    rows = []
    for n in lengths:
        arts = synthetic(corpus, n, total_words)
        stage_s: Counter = Counter()
        failed = 0
        t0 = time.perf_counter()
        for k in range(0, len(arts), BATCH):
            for doc in pipeline.process_many(arts[k:k + BATCH], seqs=range(k, k + BATCH)):
                failed += doc.error is not None
                stage_s.update(doc.timings)
        wall = time.perf_counter() - t0
        words = n * len(arts)
        rows.append({"words_per_article": n, "articles": len(arts), "failed": failed, "seconds": round(wall, 2),
                     "ms_per_article": round(1000 * wall / len(arts), 2),
                     "us_per_word": {s: round(1e6 * stage_s[s] / words, 2) for s in STAGES if s in stage_s}
                     | {"total": round(1e6 * wall / words, 2)}})
    return rows


def machine() -> dict:
    import psutil

    cpu = ""
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return {"cpu": cpu or platform.processor(), "cores": os.cpu_count(),
            "memory_gb": round(psutil.virtual_memory().total / 2**30), "python": platform.python_version(),
            "os": f"{platform.system()} {platform.release()}", "load_avg_at_start": os.getloadavg()}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(REPO.parent / "shared" / "corpora" / "ant"))
    ap.add_argument("--out", default=str(REPO / "benchmarks" / "results" / "throughput.json"))
    ap.add_argument("--runs", default="local:1,local:2,dask:2", help="engine:workers, comma-separated")
    ap.add_argument("--lengths", default="100,1000,10000")
    ap.add_argument("--repeat", type=int, default=1, help="run each engine:workers this many times, "
                    "interleaved, and report the run of median wall time (the machine's speed varies)")
    ap.add_argument("--postgres", metavar="URL", help="also load a run (local:2 if listed, else the last) into "
                    "this PostgreSQL database; 'temp': a throw-away server (pipeline.io.pgtemp)")
    ap.add_argument("--scaling-words", type=int, default=300_000, help="words per length in the scaling runs")
    ap.add_argument("--backends", default="gazetteer,spacy", help="entities backends, comma-separated "
                    "(spacy only when models/ner exists)")
    args = ap.parse_args()
    sys.path.insert(0, str(REPO))

    result = {"command": "python benchmarks/bench_throughput.py " + " ".join(sys.argv[1:]),
              "corpus": args.corpus, "machine": machine()}
    result["units"] = units = count_units(args.corpus)
    print(f"{units['articles']:,} articles, {units['tokens']:,} tokens, {units['words']:,} words", flush=True)
    tmp = Path(tempfile.mkdtemp(prefix="rasd-bench-"))
    backends = {}
    for backend in args.backends.split(","):
        if backend == "spacy" and not (REPO / "models" / "ner").exists():
            continue
        backends[backend] = str(tmp / f"{backend}.toml")
        Path(backends[backend]).write_text(f'[stages.entities]\nbackend = "{backend}"\n')
    result["end_to_end"] = []
    for backend, config in backends.items():
        runs: dict[str, list[dict]] = {spec: [] for spec in args.runs.split(",")}
        for _ in range(args.repeat):  # interleaved, so that a slow spell of the machine hits every row
            for spec, done in runs.items():
                engine, workers = spec.split(":")
                done.append(end_to_end(args.corpus, engine, int(workers), units, config, tmp))
                print(json.dumps({"entities_backend": backend, **done[-1]}), flush=True)
        for spec, done in runs.items():
            row = {"entities_backend": backend, **sorted(done, key=lambda r: r["wall_s"])[(len(done) - 1) // 2]}
            if len(done) > 1:
                row["wall_s_of_each_repeat"] = [r["wall_s"] for r in done]
            engine, workers = spec.split(":")
            polled = end_to_end(args.corpus, engine, int(workers), units, config, tmp, memory=True)
            row |= {k: polled[k] for k in ("peak_rss_mb", "peak_pss_mb")} | {"wall_s_polled": polled["wall_s"]}
            result["end_to_end"].append(row)
        one = next((r for r in result["end_to_end"] if r["entities_backend"] == backend
                    and r["engine"] == "local" and r["workers"] == 1), None)
        for r in result["end_to_end"]:
            if one and r["entities_backend"] == backend:
                r["speedup_vs_local_1"] = round(one["wall_s"] / r["wall_s"], 2)
    if args.postgres:  # a run loaded into PostgreSQL (COPY) instead of JSONL, default entities backend
        specs = args.runs.split(",")
        engine, workers = ("local:2" if "local:2" in specs else specs[-1]).split(":")
        backend = list(backends)[-1]
        with contextlib.ExitStack() as stack:
            url = args.postgres
            if url == "temp":
                from pipeline.io.pgtemp import throwaway_server

                server = stack.enter_context(throwaway_server())
                server.create_database("bench")
                url = server.url("bench")
                os.environ["PGPASSWORD"] = server.password  # for the `rasd extract` process, not on its command line
            row = {"entities_backend": backend,
                   **end_to_end(args.corpus, engine, int(workers), units, backends[backend], tmp, target=url)}
        result["end_to_end"].append(row)
        print(json.dumps(row), flush=True)
    lengths = [int(x) for x in args.lengths.split(",") if x]
    result["length_scaling"] = {b: length_scaling(args.corpus, lengths, c, args.scaling_words)
                                for b, c in backends.items()}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print_tables(result)


def print_tables(result: dict) -> None:
    print("| entities | output | engine | workers | wall s | articles/s | tokens/s | tokens/s per worker | tokens per CPU-s "
          "| speed-up | peak PSS MB | peak RSS MB (sum) | load |")
    print("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in result["end_to_end"]:
        print(f"| {r['entities_backend']} | {r['output']} | {r['engine']} | {r['workers']} | {r['wall_s']} | {r['articles_per_s']:,} "
              f"| {r['tokens_per_s']:,} | {r['tokens_per_s_per_worker']:,} | {r['tokens_per_cpu_s']:,} "
              f"| {r.get('speedup_vs_local_1', '')} | {r.get('peak_pss_mb', '')} | {r.get('peak_rss_mb', '')} "
              f"| {r.get('load_avg_1m_at_start', '')} |")
    print("\n| entities | run | " + " | ".join(STAGES) + " |\n|---|---|" + "---:|" * len(STAGES))
    for r in result["end_to_end"]:
        print(f"| {r['entities_backend']} | {r['engine']}:{r['workers']}{' (postgresql)' if r['output'] != 'jsonl' else ''} | "
              + " | ".join(str(r["stage_s"].get(s, "")) for s in STAGES) + " |")
    print("\n| entities | words/article | ms/article | µs/word: " + " | ".join(STAGES) + " | total |\n|---|---:|---:|"
          + "---:|" * (len(STAGES) + 1))
    for backend, rows in result["length_scaling"].items():
        for r in rows:
            us = r["us_per_word"]
            print(f"| {backend} | {r['words_per_article']:,} | {r['ms_per_article']} | "
                  + " | ".join(str(us.get(s, "")) for s in STAGES) + f" | {us['total']} |")


if __name__ == "__main__":
    main()
