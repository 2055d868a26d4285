"""Memory stays flat with archive size: a 50,000-article run peaks where a 5,000-article run does."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from benchmarks.bench_throughput import peak_rss  # measured as the throughput benchmark measures

from .conftest import REPO, make_articles, write_jsonl

LIMIT = 1.5 * 2**30  # the bound for any archive size with 2 workers
GROWTH = 1.3  # ten times the articles may cost at most 30% more peak memory


def extract(src: Path, out: Path, config: Path) -> int:
    """Peak memory of ``rasd extract SRC -o OUT --workers 2 --config CONFIG``."""
    return peak_rss([sys.executable, "-m", "pipeline", "extract", str(src), "-o", str(out),
                     "--no-progress", "--workers", "2", "--config", str(config)], cwd=REPO)[0]


@pytest.mark.slow
def test_peak_memory_is_flat_with_archive_size(tmp_path):
    # The gazetteer entities backend keeps 55,000 articles near a minute; what grows with the archive (reading,
    # queues, writing) is the same with the NER model, whose runs the throughput benchmark measures.
    config = tmp_path / "gazetteer.toml"
    config.write_text('[stages.entities]\nbackend = "gazetteer"\n')
    peaks = {}
    for n in (5_000, 50_000):
        src = write_jsonl(tmp_path / f"in{n}.jsonl", make_articles(n))
        out = tmp_path / f"out{n}.jsonl"
        peaks[n] = extract(src, out, config)
        with out.open("rb") as f:
            assert sum(1 for _ in f) == n  # every article written
        src.unlink()
        out.unlink()
    mb = {n: round(p / 2**20) for n, p in peaks.items()}
    assert peaks[50_000] < LIMIT, f"peak RSS of the process tree (MB): {mb}"
    assert peaks[50_000] <= GROWTH * peaks[5_000], f"peak RSS grows with the archive (MB): {mb}"
