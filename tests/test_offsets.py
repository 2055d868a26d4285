"""The offset invariant: text[start:end] == span text, for every span of every stage."""

import json
from pathlib import Path

import pytest

from .conftest import ARTICLE, DEV, REPO


def _texts():
    texts = [("fixture", ARTICLE)]
    for path in sorted(DEV.glob("*.json")):
        texts.append((path.stem, json.loads(path.read_text(encoding="utf-8"))))
    texts.append(("diacritics", {"id": "d", "published": "2020-01-01",
                                 "text": "قُتِلَ جُنْدِيّانِ فِي الـــعِرَاقِ، وأُصيبَ ﻻ شيء ١٨ نيسان ٢٠٢٠ «هجوم» 😀👍🏽 http://x.org/a."}))
    return texts


@pytest.mark.parametrize("name, record", _texts(), ids=[t[0] for t in _texts()])
def test_every_span_of_every_stage_points_into_the_original_text(nlp, name, record):
    doc = nlp.process(record)
    assert doc.error is None, doc.error
    n = 0
    for layer, span in doc.spans():
        assert doc.text[span.start:span.end] == span.text, (layer, span)
        n += 1
    for tok in doc.tokens:
        for s, e in tok.pieces():
            assert tok.start <= s < e <= tok.end
    for inc in doc.incidents:
        for ev in inc.evidence:
            assert 0 <= ev["start"] < ev["end"] <= len(doc.text)
    assert n > 0
