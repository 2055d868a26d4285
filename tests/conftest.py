"""Shared fixtures: the pipeline, small articles, a tiny gazetteer, paths to the shared corpora."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline import make_pipeline

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
DEV = SHARED / "corpora" / "dev"
SEED = DEV / "seed-meo-2021-04.json"

ARTICLE = {
    "id": "t1",
    "title": "هجوم صاروخي",
    "published": "2021-04-25",
    "text": ("بغداد - سقطت ثلاثة صواريخ كاتيوشا على قاعدة بلد الجوية في محافظة صلاح الدين "
             "مساء الخميس 22 نيسان الجاري، ما أسفر عن إصابة جنديين عراقيين.\n"
             "ولم تعلن أي جهة مسؤوليتها عن الهجوم."),
}


@pytest.fixture(scope="session")
def nlp():
    return make_pipeline()


@pytest.fixture
def article() -> dict:
    return dict(ARTICLE)


@pytest.fixture(scope="session")
def seed() -> dict:
    if not SEED.exists():
        pytest.fail(f"the shared dev corpus is missing: {SEED} (CI runs with ../shared beside the repo)")
    return json.loads(SEED.read_text(encoding="utf-8"))


def write_jsonl(path: Path, records: list) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for r in records:
            f.write((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n")
    return path


def make_articles(n: int, prefix: str = "a") -> list[dict]:
    """``n`` small, distinct Arabic articles."""
    out = []
    for i in range(n):
        out.append({"id": f"{prefix}{i}", "published": "2020-03-12",
                    "text": f"قال مسؤول أمني إن {i % 9 + 2} صواريخ سقطت أمس على قاعدة عين الأسد في الأنبار، "
                            f"دون وقوع إصابات. وأضاف أن التحقيق جار في الحادث رقم {i}."})
    return out
