"""The batch runner behind ``rasd extract``: read, process, write, count.

Streaming and bounded: records are read lazily, at most ``window`` chunks are
in flight, and results are written in input order, so memory stays flat
whatever the archive size. With ``workers > 1`` chunks go to a pool of
processes, each of which builds the pipeline once; with ``engine="dask"`` they
go to the workers of a Dask cluster (``pipeline.engines``). Every engine
yields documents in input order and the same writers write them.

Nothing is lost: every input record becomes exactly one output document,
processed or carrying an ``error`` (see ``Pipeline.process``), and the
summary counts both. ``resume=True`` asks the writer how many records an
earlier run already wrote and skips them.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import multiprocessing
import os
import signal
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from .core import Pipeline, make_pipeline
from .document import Document
from .engines import ENGINES, in_order
from .errors import ConfigError
from .io.readers import Record, read_inputs
from .io.writers import open_writer


LOCAL_CHUNK = 64  # records per chunk: one batch through the stages (the NER model reads it at once)
DASK_PARTITION = 100  # records per Dask partition: a task costs a few ms of scheduling
# How often the writer makes what it has written durable (JSONL: fsync; SQLite: commit with the position).
# A kill loses nothing written to the OS; a machine crash loses at most this much work, which --resume redoes.
FLUSH_SECONDS = 1.0


@dataclass
class Summary:
    articles: int = 0
    ok: int = 0
    failed: int = 0
    skipped: int = 0  # already written by an earlier run (--resume)
    incidents: int = 0
    warnings: int = 0
    errors: Counter = field(default_factory=Counter)
    seconds: float = 0.0
    stage_seconds: Counter = field(default_factory=Counter)

    def add(self, done: "Done") -> None:
        self.articles += 1
        if done.error:
            self.failed += 1
            self.errors[done.error] += 1
        else:
            self.ok += 1
        self.incidents += done.incidents
        self.warnings += done.warnings
        self.stage_seconds.update(done.timings)

    def to_dict(self) -> dict:
        return {"articles": self.articles, "ok": self.ok, "failed": self.failed, "skipped": self.skipped,
                "incidents": self.incidents, "warnings": self.warnings, "errors": dict(self.errors),
                "seconds": round(self.seconds, 2),
                "stage_seconds": {k: round(v, 3) for k, v in self.stage_seconds.items()}}

    def render(self) -> str:
        rate = self.articles / self.seconds if self.seconds else 0.0
        lines = [f"articles {self.articles:,}  ok {self.ok:,}  failed {self.failed:,}  "
                 f"incidents {self.incidents:,}  time {self.seconds:.1f}s ({rate:.1f} articles/s)"]
        if self.skipped:
            lines.append(f"resumed: {self.skipped:,} articles were already written and were skipped")
        if self.errors:
            lines.append("failed by kind: " + ", ".join(f"{k} {v}" for k, v in self.errors.most_common()))
        if self.warnings:
            lines.append(f"warnings: {self.warnings:,} (see `warnings` in the output)")
        return "\n".join(lines)


@dataclass(slots=True)
class Done:
    """A processed article as the runner needs it: what the summary counts, and the writer's input.

    ``out`` is the document without the layers writers do not read (text,
    tokens, sentences), or, when the writer has an ``encode`` function, its
    encoding (a JSONL line): made where the article was processed, so the
    runner's process, which every worker waits on, only writes.
    """

    error: str | None  # the error type
    incidents: int
    warnings: int
    timings: dict[str, float]
    out: Document | str


def done(doc: Document, encode: Callable[[Document], str] | None = None) -> Done:
    doc.normalized = None
    doc.tokens = []
    doc.sentences = []
    doc.text = ""
    return Done(doc.error["type"] if doc.error else None, len(doc.incidents), len(doc.warnings), doc.timings,
                encode(doc) if encode is not None else doc)


def process_records(pipeline: Pipeline, records: list[tuple[int, Record]], debug: bool = False,
                    encode: Callable[[Document], str] | None = None) -> list[Done]:
    """A chunk of numbered records as one batch (``Pipeline.process_many``)."""
    docs = pipeline.process_many([r.data for _, r in records], seqs=[seq for seq, _ in records],
                                 origins=[r.origin for _, r in records], errors=[r.error for _, r in records],
                                 debug=debug)
    return [done(doc, encode) for doc in docs]


_worker_pipeline: Pipeline | None = None


def _init_worker(parent: int, build: tuple | None) -> None:
    """A pool worker: die with the runner; build the pipeline from ``build`` unless it was inherited."""
    global _worker_pipeline
    _die_with(parent)
    if build is not None:
        config_path, stages, published_default = build
        with long_lived():
            _worker_pipeline = make_pipeline(config_path, stages=stages, published_default=published_default)


@contextlib.contextmanager
def long_lived():
    """Build long-lived data (the pipeline: gazetteer, tables, model) without the cyclic garbage collector,
    then move everything to the collector's permanent generation.

    Python's full collections walk every object, each time; the pipeline's
    hundreds of thousands of objects live as long as the process, so they are
    taken out of the walk (``gc.freeze``; ``run`` unfreezes at its end). Articles are still collected.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
        gc.freeze()


def _die_with(parent: int) -> None:
    """Linux: get SIGKILL when the runner dies, even by ``kill -9``, instead of waiting for work forever."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: the pool's own shutdown is all there is
        return
    if os.getppid() != parent:  # the runner died before prctl took effect
        os._exit(1)


def _work(chunk: list[tuple[int, Record]], debug: bool, encode: Callable[[Document], str] | None) -> list[Done]:
    assert _worker_pipeline is not None
    return process_records(_worker_pipeline, chunk, debug, encode)


def _chunks(it: Iterable, size: int) -> Iterator[list]:
    it = iter(it)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def _pool_batches(pipeline: Pipeline, chunks: Iterable[list], *, workers: int, config_path: str | None,
                  stages: list[str] | None, published_default: str | None, debug: bool,
                  encode: Callable[[Document], str] | None) -> Iterator[list[Done]]:
    """Chunks processed by a pool of ``workers`` processes.

    Where processes can fork, the workers inherit the pipeline the runner has
    already built (building it takes seconds: language data and gazetteer);
    elsewhere each worker builds its own once.
    """
    global _worker_pipeline
    if "fork" in multiprocessing.get_all_start_methods():
        _worker_pipeline = pipeline
        pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                                   initializer=_init_worker, initargs=(os.getpid(), None))
    else:
        pool = ProcessPoolExecutor(workers, initializer=_init_worker,
                                   initargs=(os.getpid(), (config_path, stages, published_default)))
    try:
        with pool:
            yield from in_order(lambda chunk: pool.submit(_work, chunk, debug, encode), chunks, workers * 4)
    finally:
        _worker_pipeline = None


def _batches(engine: str, pipeline: Pipeline, chunks: Iterator[list], *, config_path: str | None,
             stages: list[str] | None, published_default: str | None, workers: int, scheduler: str | None,
             debug: bool, encode: Callable[[Document], str] | None) -> Iterator[list[Done]]:
    """The engine's processed articles, one list per chunk, in input order (see ``pipeline.engines``)."""
    if engine == "dask":
        from .engines.dask_engine import dask_batches

        return dask_batches(pipeline, chunks, workers=workers, scheduler=scheduler, stages=stages, debug=debug,
                            encode=encode)
    if workers <= 1:
        return (process_records(pipeline, chunk, debug, encode) for chunk in chunks)
    return _pool_batches(pipeline, chunks, workers=workers, config_path=config_path, stages=stages,
                         published_default=published_default, debug=debug, encode=encode)


def run(inputs: list[str], target: str, *, config_path: str | None = None, stages: list[str] | None = None,
        published_default: str | None = None, workers: int = 1, resume: bool = False,
        progress: bool = True, debug: bool = False, chunk_size: int | None = None, engine: str = "local",
        scheduler: str | None = None) -> Summary:
    """Process every article of ``inputs`` into ``target``.

    ``engine`` is ``local`` (this process, or ``workers`` processes) or ``dask``
    (a LocalCluster of ``workers`` processes, or the cluster at ``scheduler``);
    both write the same output. ``chunk_size`` is the number of records sent
    to a worker at a time (default: 16 locally, 100 per Dask partition).

    Raises:
        InputError: an input cannot be opened at all.
        OutputError: the target cannot be written.
        ConfigError: the configuration or stage list is invalid.
    """
    if engine not in ENGINES:
        raise ConfigError(f"unknown engine {engine!r}", hint=f"use one of: {', '.join(ENGINES)}")
    if scheduler and engine != "dask":
        raise ConfigError("--scheduler needs --engine dask")
    t0 = time.perf_counter()
    with long_lived():
        pipeline = make_pipeline(config_path, stages=stages, published_default=published_default)
    records = read_inputs(inputs)  # checks every path before anything is written
    first = next(records, None)
    summary = Summary()
    with open_writer(target, resume=resume) as writer:
        skip = writer.resume_position()
        summary.skipped = skip
        stream = itertools.chain([first] if first is not None else [], records)
        numbered = itertools.islice(enumerate(stream), skip, None)
        bar = _progress_bar(progress)

        last_flush = time.monotonic()

        encode = writer.encode
        write = writer.write_encoded if encode is not None else writer.write

        def emit(batch: list[Done]) -> None:
            nonlocal last_flush
            for d in batch:
                write(d.out)
                summary.add(d)
            if hasattr(writer, "flush") and time.monotonic() - last_flush >= FLUSH_SECONDS:
                writer.flush()
                last_flush = time.monotonic()
            if bar is not None:
                bar.update(len(batch))
                bar.set_postfix(errors=summary.failed, incidents=summary.incidents, refresh=False)

        chunks = _chunks(numbered, chunk_size or (DASK_PARTITION if engine == "dask" else LOCAL_CHUNK))
        batches = _batches(engine, pipeline, chunks, config_path=config_path, stages=stages,
                           published_default=published_default, workers=workers, scheduler=scheduler, debug=debug,
                           encode=encode)
        try:
            with contextlib.closing(batches):
                for batch in batches:
                    emit(batch)
        finally:
            if bar is not None:
                bar.close()
            gc.unfreeze()  # the run's pipeline may now be collected like anything else
    summary.seconds = time.perf_counter() - t0
    return summary


def _progress_bar(enabled: bool):
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(unit=" articles", file=sys.stderr, dynamic_ncols=True, mininterval=0.5,
                disable=not sys.stderr.isatty())
