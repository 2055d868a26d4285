"""corpora/real/anercorp.py: ANERcorp read as numbered sentences, by reference.

The sentence rules are checked on a small file written here (always); the counts of the real splits
only when ../shared/corpora/anercorp is present.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "corpora" / "anercorp"


def _load():
    spec = importlib.util.spec_from_file_location("rasd_real_anercorp", REPO / "corpora" / "real" / "anercorp.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


aner = _load()


def _write(root: Path, split: str, tokens: list[str]) -> None:
    root.mkdir(parents=True, exist_ok=True)
    (root / f"{split}.txt").write_text("\n".join(f"{t} O" for t in tokens) + "\n", encoding="utf-8")


def test_sentences_end_at_final_punctuation_and_keep_a_trailing_run(tmp_path):
    _write(tmp_path, "test", ["قتل", "جندي", "(", "رويترز", ")", "في", "الموصل", "،", "أمس", ".",
                              "هل", "انتهى", "؟", "بلا", "نقطة"])
    assert aner.sentences("test", tmp_path) == ["قتل جندي (رويترز) في الموصل، أمس.", "هل انتهى؟", "بلا نقطة"]


def test_blank_lines_and_multiword_tokens(tmp_path):
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / "train.txt").write_text("الأمم المتحدة B-ORG\n\nتدين O\n. O\n", encoding="utf-8")
    assert aner.sentences("train", tmp_path) == ["الأمم المتحدة تدين."]


def test_unknown_split_is_an_error():
    with pytest.raises(ValueError, match="unknown ANERcorp split"):
        aner.sentences("dev")


def test_ids_are_zero_padded_and_sortable():
    assert aner.sentence_id("test", 42) == "aner-test-00042"
    assert sorted([aner.sentence_id("train", 100), aner.sentence_id("train", 99)])[0] == "aner-train-00099"


@pytest.mark.skipif(not SHARED.exists(), reason="../shared/corpora/anercorp is not beside the repository")
def test_the_real_splits_and_the_attack_selection(tmp_path):
    test = aner.sentences("test")
    assert len(test) == 959 and len(aner.sentences("train")) == 4284
    out = tmp_path / "attack.jsonl"
    assert aner.main(["test", "--attack", "-o", str(out)]) == 0
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert rows and all(aner.ATTACK_WORDS.search(r["text"]) for r in rows)
    assert all(test[int(r["id"].rsplit("-", 1)[1])] == r["text"] for r in rows)
    assert len(rows) < len(test)
