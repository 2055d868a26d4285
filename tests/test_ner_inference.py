"""NERInference gives exactly the entities of spaCy's nlp.pipe, on the team's articles and on edge cases."""

from __future__ import annotations

import json

import pytest

from pipeline import make_pipeline
from pipeline.errors import ResourceError
from pipeline.ner_inference import NERInference
from pipeline.stages.entities import DEFAULT_MODEL, load_ner_model, spacy_predictor
from pipeline.training.ner import make_doc
from tests.conftest import REPO

pytestmark = [pytest.mark.model,
              pytest.mark.skipif(not (DEFAULT_MODEL / "config.cfg").exists(),
                                 reason="models/ner is not committed in this checkout")]


@pytest.fixture(scope="module")
def model():
    return load_ner_model(None)


@pytest.fixture(scope="module")
def team_words() -> list[list[str]]:
    """The words of the team's annotated articles, as the entity stage gives them to the model."""
    nlp = make_pipeline(stages=["normalize", "tokenize", "sentences"])
    paths = sorted((REPO / "corpora" / "incidents").glob("*.json"))
    paths += sorted((REPO / "corpora" / "incidents-heldout").glob("*.json"))
    texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in paths]
    return [[t.text for t in nlp.process({"id": "x", "text": text}).tokens] for text in texts]


def spacy_spans(model, word_lists):
    docs = model.pipe([make_doc(model.vocab, w) for w in word_lists], batch_size=len(word_lists) or 1)
    return [[(e.start, e.end - 1, e.label_) for e in d.ents] for d in docs]


def test_same_entities_as_spacy_on_the_team_articles(model, team_words):
    want = spacy_spans(model, team_words)
    fast = NERInference(model)
    got = []
    for i in range(0, len(team_words), 16):  # batches, as the stage sends them
        got += fast.predict(team_words[i:i + 16])
    assert got == want and all(type(a) is int for spans in got for a, _, _ in spans)
    assert sum(map(len, want)) > 1000
    assert sum(b - a >= 2 for spans in want for a, b, _ in spans) > 50  # entities of three words and more


def test_same_entities_when_the_word_cache_is_emptied_on_the_way(model, team_words):
    fast = NERInference(model, max_cached=200)  # cleared again and again; rows recomputed
    words = team_words[:12]
    assert [fast.predict([w])[0] for w in words] == spacy_spans(model, words)


def test_edge_documents(model, team_words):
    fast = NERInference(model)
    name = ["الرئيس", "الأمريكي", "جو", "بايدن"]  # an entity that runs to the last word
    # "ـ" normalizes to nothing and is read as "_", one of spaCy's symbols (fixed string IDs), like "X"
    symbols = ["نادي", "ـ", "ولاية", "الكاف", "ـ", "_", "X", "PERSON", "ORTH", "ـ"]
    lists = [[], ["بغداد"], name, ["في", " ", "بغداد"], [], team_words[0][:1], name[2:], symbols]
    assert fast.predict(lists) == spacy_spans(model, lists)
    assert fast.predict([[], []]) == [[], []]


def test_other_pipelines_are_not_supported():
    import spacy

    assert not NERInference.supports(spacy.blank("ar"))
    with pytest.raises(ValueError):
        NERInference(spacy.blank("ar"))
    nlp = spacy.load(DEFAULT_MODEL)  # a copy: the model reading one more word attribute
    assert NERInference.supports(nlp)
    reader = next(node for node in nlp.get_pipe("ner").model.walk() if node.name == "extract_features")
    reader.attrs["columns"] = [*reader.attrs["columns"], "LOWER"]
    assert not NERInference.supports(nlp)


def test_the_stage_runs_either_inference_and_rejects_others(team_words):
    from pipeline.document import Token

    tokens = [[Token(0, len(w), w, "word") for w in words] for words in team_words[:8]]
    rasd, plain = spacy_predictor(inference="rasd"), spacy_predictor(inference="spacy")
    assert rasd(tokens, []) == plain(tokens, [])
    with pytest.raises(ResourceError):
        spacy_predictor(inference="torch")


def forced(fast: NERInference, prefer: dict[str, float]):
    """Make every state score the actions as ``prefer`` says (others 0): the decoder's rules decide."""
    import numpy

    names = [f"{move}-{label}" if label else move for move, label in zip(fast.moves, fast.labels)]
    row = numpy.array([prefer.get(name, 0.0) for name in names], dtype="f")
    fast._scores = lambda unmaxed: numpy.tile(row, (len(unmaxed), 1))


def test_decoder_rules_whitespace_and_the_last_token(model):
    fast = NERInference(model)
    forced(fast, {"U-GPE": 5})
    assert fast.predict([["في", " ", "بغداد"]]) == [[(0, 0, "GPE"), (2, 2, "GPE")]]  # never on whitespace
    forced(fast, {"B-PERSON": 5, "L-PERSON": 4, "U-PERSON": 3, "I-PERSON": 2})
    # B at 0, then L (better than I) at 1; at the last word B is not allowed: U
    assert fast.predict([["أ", "ب", "ج"]]) == [[(0, 1, "PERSON"), (2, 2, "PERSON")]]
    forced(fast, {"B-ORG": 5, "I-ORG": 4, "L-ORG": 3, "O": 1})
    assert fast.predict([["أ", "ب", "ج", "د"], ["هـ"]]) == [[(0, 3, "ORG")], []]  # I until the last word; O alone
