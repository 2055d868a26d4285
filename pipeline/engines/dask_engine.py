"""The Dask engine (``rasd extract ... --engine dask [--scheduler ADDRESS]``).

Partitions of records go to the workers of a Dask cluster with
``distributed.Client.submit``; each worker builds the pipeline once (from the
configuration the runner already loaded and checked, so workers need Rasd
installed but not the config file) and returns processed articles (compact documents, or
JSONL lines made on the worker). Results come
back in partition order through a bounded window (``engines.in_order``): at
most ``4 × threads`` partitions are in flight and the archive is never
materialised, so memory stays flat on the client and on the workers. The
runner writes them with the same writers as the local engine, so the output is
the same, error records included.

Without ``--scheduler`` a ``LocalCluster`` of ``workers`` processes with one
thread each is started for the run and stopped after it.
"""

from __future__ import annotations

import hashlib
import json
import logging
from typing import Callable, Iterable, Iterator

from ..core import Pipeline
from ..document import Document
from ..errors import ConfigError
from . import in_order

CONNECT_TIMEOUT = "20s"  # to reach a --scheduler
# pipelines built on this worker, by configuration key (a worker may serve several runs)
_pipelines: dict[str, Pipeline] = {}


def process_partition(key: str, config: dict, stages: list[str] | None, published_default: str | None,
                      chunk: list, debug: bool, encode: Callable[[Document], str] | None = None) -> list:
    """Runs on a worker: the processed articles of one partition (``runner.Done``), in order."""
    from ..runner import long_lived, process_records

    pipeline = _pipelines.get(key)
    if pipeline is None:
        with long_lived():
            pipeline = _pipelines[key] = Pipeline(config, stages=stages, published_default=published_default)
    return process_records(pipeline, chunk, debug, encode)


def _config_key(config: dict, stages: list[str] | None, published_default: str | None) -> str:
    blob = json.dumps([config, stages, published_default], sort_keys=True, default=str)
    return hashlib.sha1(blob.encode()).hexdigest()


def _connect(workers: int, scheduler: str | None):
    from distributed import Client

    if scheduler:
        try:
            return Client(scheduler, timeout=CONNECT_TIMEOUT, set_as_default=False), None
        except (OSError, TimeoutError, ValueError) as exc:
            raise ConfigError(f"cannot reach the Dask scheduler at {scheduler}: {exc}",
                              hint="check --scheduler (e.g. tcp://host:8786) and that the scheduler is running")
    cluster = local_cluster(workers)
    return Client(cluster, set_as_default=False), cluster


def local_cluster(workers: int):
    """A LocalCluster of ``workers`` processes with one thread each, quiet, no dashboard.

    The scheduler's HTTP server (health, metrics) listens on a free loopback
    port, not on 8787, which another cluster may hold.

    The workers start without Dask's default ``MALLOC_TRIM_THRESHOLD_``
    (``distributed.nanny.pre-spawn-environ``): setting it turns off glibc's
    adaptive mmap threshold, so every array above 128 kB is mapped and
    unmapped afresh, page faults included: the NER model's matrix products ran
    at half their speed on the workers, and the entity stage 40% slower than
    in a local worker. Memory stays bounded by the chunking, as in the local
    engine. Workers of a cluster given by ``--scheduler`` are started by their
    owner: the README says how to do the same there.
    """
    import dask
    from distributed import LocalCluster

    with dask.config.set({"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None}):
        return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                            scheduler_kwargs={"dashboard_address": "127.0.0.1:0"}, silence_logs=logging.ERROR)


def dask_batches(pipeline: Pipeline, chunks: Iterable[list], *, workers: int = 2, scheduler: str | None = None,
                 stages: list[str] | None = None, debug: bool = False,
                 encode: Callable[[Document], str] | None = None) -> Iterator[list]:
    """The processed articles of each chunk (``runner.Done``), in order, processed on a Dask cluster.

    Raises:
        ConfigError: the scheduler cannot be reached.
    """
    config, published_default = pipeline.config, pipeline.published_default
    key = _config_key(config, stages, published_default)
    client, cluster = _connect(workers, scheduler)
    try:
        threads = sum(client.nthreads().values()) or workers

        def submit(chunk: list):
            return client.submit(process_partition, key, config, stages, published_default, chunk, debug, encode,
                                 pure=False)

        yield from in_order(submit, chunks, 4 * threads)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
