"""The batch runner behind ``rasd extract``: read, process, write, count.

Streaming and bounded: records are read lazily, at most ``window`` chunks are
in flight, and results are written in input order, so memory stays flat
whatever the archive size. With ``workers > 1`` chunks go to a pool of
processes, each of which builds the pipeline once.

Nothing is lost: every input record becomes exactly one output document,
processed or carrying an ``error`` (see ``Pipeline.process``), and the
summary counts both. ``resume=True`` asks the writer how many records an
earlier run already wrote and skips them.
"""

from __future__ import annotations

import itertools
import sys
import time
from collections import Counter, deque
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from .core import Pipeline, make_pipeline
from .document import Document
from .io.readers import Record, read_inputs
from .io.writers import open_writer


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

    def add(self, doc: Document) -> None:
        self.articles += 1
        if doc.error:
            self.failed += 1
            self.errors[doc.error["type"]] += 1
        else:
            self.ok += 1
        self.incidents += len(doc.incidents)
        self.warnings += len(doc.warnings)
        self.stage_seconds.update(doc.timings)

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


def compact(doc: Document) -> Document:
    """Drop what writers do not need before a document crosses a process boundary."""
    doc.normalized = None
    doc.tokens = []
    doc.sentences = []
    doc.text = ""
    return doc


def process_records(pipeline: Pipeline, records: list[tuple[int, Record]], debug: bool = False) -> list[Document]:
    return [compact(pipeline.process(r.data, seq=seq, origin=r.origin, error=r.error, debug=debug))
            for seq, r in records]


_worker_pipeline: Pipeline | None = None


def _init_worker(config_path, stages, published_default) -> None:
    global _worker_pipeline
    _worker_pipeline = make_pipeline(config_path, stages=stages, published_default=published_default)


def _work(chunk: list[tuple[int, Record]], debug: bool) -> list[Document]:
    assert _worker_pipeline is not None
    return process_records(_worker_pipeline, chunk, debug)


def _chunks(it: Iterable, size: int) -> Iterator[list]:
    it = iter(it)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def run(inputs: list[str], target: str, *, config_path: str | None = None, stages: list[str] | None = None,
        published_default: str | None = None, workers: int = 1, resume: bool = False,
        progress: bool = True, debug: bool = False, chunk_size: int = 16) -> Summary:
    """Process every article of ``inputs`` into ``target``.

    Raises:
        InputError: an input cannot be opened at all.
        OutputError: the target cannot be written.
        ConfigError: the configuration or stage list is invalid.
    """
    t0 = time.perf_counter()
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

        def emit(docs: list[Document]) -> None:
            for doc in docs:
                writer.write(doc)
                summary.add(doc)
            if hasattr(writer, "flush"):
                writer.flush()
            if bar is not None:
                bar.update(len(docs))
                bar.set_postfix(errors=summary.failed, incidents=summary.incidents, refresh=False)

        try:
            if workers <= 1:
                for chunk in _chunks(numbered, chunk_size):
                    emit(process_records(pipeline, chunk, debug))
            else:
                window = workers * 4
                with ProcessPoolExecutor(workers, initializer=_init_worker,
                                         initargs=(config_path, stages, published_default)) as pool:
                    pending: deque = deque()
                    for chunk in _chunks(numbered, chunk_size):
                        pending.append(pool.submit(_work, chunk, debug))
                        if len(pending) >= window:
                            emit(pending.popleft().result())
                    while pending:
                        emit(pending.popleft().result())
        finally:
            if bar is not None:
                bar.close()
    summary.seconds = time.perf_counter() - t0
    return summary


def _progress_bar(enabled: bool):
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(unit=" articles", file=sys.stderr, dynamic_ncols=True, mininterval=0.5,
                disable=not sys.stderr.isatty())
