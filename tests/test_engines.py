"""Engines: the Dask engine on a LocalCluster writes what the local engine writes."""

from __future__ import annotations

import json
import subprocess
import sys
from concurrent.futures import Future

import pytest

from pipeline.engines import dask_engine, in_order
from pipeline.errors import ConfigError
from pipeline.runner import run

from .conftest import REPO, make_articles, write_jsonl

BAD = ["{not json", {"id": "empty", "text": ""}, {"id": "english", "text": "Rockets hit a base."}, [1, 2]]


@pytest.fixture(scope="module")
def scheduler():
    with dask_engine.local_cluster(2) as cluster:
        yield cluster.scheduler_address


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """Good articles with bad records among them, and the local engine's output for it."""
    tmp = tmp_path_factory.mktemp("engines")
    records = make_articles(150)
    for k, bad in enumerate(BAD):
        records.insert(20 + 37 * k, bad)
    src = write_jsonl(tmp / "in.jsonl", records)
    local = tmp / "local.jsonl"
    run([str(src)], str(local), progress=False)
    return src, local


def test_in_order_keeps_order_and_a_bounded_window():
    read = []
    in_flight = []

    def chunks():
        for i in range(10):
            read.append(i)
            yield i

    def submit(chunk):
        in_flight.append(len(read) - len(done))
        f = Future()
        f.set_result(chunk * 10)
        return f

    done = []
    for result in in_order(submit, chunks(), window=3):
        done.append(result)
        assert len(read) - len(done) <= 3  # never read further ahead than the window
    assert done == [i * 10 for i in range(10)]
    assert max(in_flight) <= 3


def test_local_cluster_workers_keep_glibcs_adaptive_mmap_threshold(scheduler):
    """Dask sets MALLOC_TRIM_THRESHOLD_ for its workers, which makes every large numpy array a fresh
    mmap (the NER model then runs at half speed); Rasd's LocalCluster starts them without it."""
    import os

    from distributed import Client

    with Client(scheduler, set_as_default=False) as client:
        seen = client.run(lambda: os.environ.get("MALLOC_TRIM_THRESHOLD_"))
    assert len(seen) == 2 and set(seen.values()) == {None}


def test_dask_output_equals_local_with_the_same_error_records(archive, scheduler, tmp_path):
    src, local = archive
    out = tmp_path / "dask.jsonl"
    summary = run([str(src)], str(out), progress=False, engine="dask", scheduler=scheduler, chunk_size=7)
    got, want = out.read_text(encoding="utf-8"), local.read_text(encoding="utf-8")
    assert sorted(got.splitlines()) == sorted(want.splitlines())
    assert got == want  # in input order too
    assert summary.articles == 154 and summary.failed == 4
    assert set(summary.stage_seconds) >= {"tokenize", "entities", "incidents"}


def test_dask_resumes_an_interrupted_run(archive, scheduler, tmp_path):
    src, local = archive
    want = local.read_text(encoding="utf-8")
    out = tmp_path / "dask.jsonl"
    lines = want.splitlines(keepends=True)
    out.write_text("".join(lines[:61]) + lines[61][:30], encoding="utf-8")  # killed mid-line
    summary = run([str(src)], str(out), progress=False, engine="dask", scheduler=scheduler, resume=True)
    assert summary.skipped == 61
    assert out.read_text(encoding="utf-8") == want


def test_dask_into_sqlite_equals_local(archive, scheduler, tmp_path):
    import sqlite3

    src, _ = archive
    dumps = []
    for engine, kw in (("local", {}), ("dask", {"scheduler": scheduler})):
        db = tmp_path / f"{engine}.db"
        run([str(src)], f"sqlite:///{db}", progress=False, engine=engine, **kw)
        con = sqlite3.connect(db)
        dumps.append(list(con.iterdump()))
    assert dumps[0] == dumps[1]


@pytest.mark.slow
def test_cli_dask_on_its_own_local_cluster(archive, tmp_path):
    src, local = archive
    out = tmp_path / "cli.jsonl"
    done = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(src), "-o", str(out), "--no-progress",
                           "--engine", "dask", "--workers", "2", "--summary-json", str(tmp_path / "s.json")],
                          cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert out.read_text(encoding="utf-8") == local.read_text(encoding="utf-8")
    assert json.loads((tmp_path / "s.json").read_text())["articles"] == 154


def test_scheduler_needs_the_dask_engine(archive, tmp_path):
    src, _ = archive
    with pytest.raises(ConfigError, match="--engine dask"):
        run([str(src)], str(tmp_path / "o.jsonl"), progress=False, scheduler="tcp://127.0.0.1:1")


def test_unreachable_scheduler_is_a_config_error(archive, tmp_path, monkeypatch):
    src, _ = archive
    monkeypatch.setattr(dask_engine, "CONNECT_TIMEOUT", "1s")
    with pytest.raises(ConfigError, match="Dask scheduler"):
        run([str(src)], str(tmp_path / "o.jsonl"), progress=False, engine="dask", scheduler="tcp://127.0.0.1:9")


@pytest.mark.slow
@pytest.mark.parametrize("engine", ["local", "dask"])
def test_workers_die_with_a_killed_runner(tmp_path, engine):
    import os
    import signal
    import time

    import psutil

    src = write_jsonl(tmp_path / "in.jsonl", make_articles(3000))
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "extract", str(src), "-o", str(out), "--no-progress",
                             "--workers", "2", "--engine", engine], cwd=REPO, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while not (out.exists() and out.stat().st_size > 0) and time.time() < deadline:  # workers are at work
        assert proc.poll() is None, "the run ended before it could be killed"
        time.sleep(0.1)
    workers = psutil.Process(proc.pid).children(recursive=True)
    assert workers
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    gone, alive = psutil.wait_procs(workers, timeout=15)
    assert not alive, f"workers left behind: {alive}"
