"""Engines: where chunks of numbered records are turned into documents.

An engine takes an iterator of chunks (lists of ``(seq, Record)``) and yields
one list of documents per chunk, in input order, keeping at most ``window``
chunks in flight so that memory stays flat. The runner writes what it yields.

- ``local`` (``pipeline.runner``): in the runner's process, or in a pool of
  ``--workers`` processes;
- ``dask`` (``pipeline.engines.dask_engine``): partitions on the workers of a
  Dask cluster, a ``LocalCluster`` unless ``--scheduler ADDRESS`` is given.
"""

from __future__ import annotations

from collections import deque
from typing import Any, Callable, Iterable, Iterator

ENGINES = ("local", "dask")


def in_order(submit: Callable[[Any], Any], chunks: Iterable, window: int) -> Iterator:
    """Submit each chunk (``submit(chunk)`` returns a future) and yield the results in submission order.

    At most ``window`` chunks are submitted and not yet yielded; a chunk is read
    from ``chunks`` only when there is room, so the input is never read ahead
    further than that.
    """
    pending: deque = deque()
    for chunk in chunks:
        pending.append(submit(chunk))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()
