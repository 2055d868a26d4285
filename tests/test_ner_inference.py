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


def test_first_layer_table_gives_the_same_entities(model, team_words, tmp_path):
    from pipeline.ner_inference import load_table, save_table

    words = list(dict.fromkeys(w for ws in team_words[:40] for w in ws))[:3000]
    path = tmp_path / "first_layer.npz"
    assert save_table(path, NERInference(model), words)["words"] == len(words)
    fast = NERInference(model, max_cached=len(words) + 50)  # emptied on the way, the table kept
    assert load_table(path, fast)
    assert fast._table and len(fast._row) == len(words)
    got = [fast.predict([w])[0] for w in team_words]
    assert got == spacy_spans(model, team_words)
    assert len(fast._row) >= len(words)  # after the cache was emptied: the table's words still there


def test_a_table_of_another_model_or_a_damaged_one_is_not_used(model, team_words, tmp_path, caplog):
    import numpy

    from pipeline.ner_inference import load_table, save_table

    words = list(dict.fromkeys(w for ws in team_words[:5] for w in ws))
    path = tmp_path / "first_layer.npz"
    save_table(path, NERInference(model), words)
    with numpy.load(path) as data:
        arrays = dict(data)
    arrays["rows"] = arrays["rows"] * 1.01  # what another model's table looks like to this one
    numpy.savez(path, **arrays)
    fast = NERInference(model)
    assert not load_table(path, fast) and "not made for this model" in caplog.text
    assert not fast._row and fast.predict(team_words[:3]) == spacy_spans(model, team_words[:3])
    path.write_bytes(b"not a table")
    assert not load_table(path, fast) and "cannot be read" in caplog.text


def test_the_shipped_table_belongs_to_the_shipped_model(model):
    from pipeline.ner_inference import TABLE, load_table

    fast = NERInference(model)
    assert load_table(DEFAULT_MODEL / TABLE, fast)
    assert len(fast._table) > 30_000


def test_build_table_keeps_the_frequent_words_most_frequent_first(tmp_path):
    import shutil

    from pipeline.ner_inference import TABLE, load_table
    from pipeline.training.ner import build_table

    model_dir = tmp_path / "model"
    shutil.copytree(DEFAULT_MODEL, model_dir, ignore=shutil.ignore_patterns(TABLE))
    sentences = [(["قصف", "في", "بغداد", "وفي", "البصرة"], [])] * 3 + [(["في", "بغداد"], []), (["نادرة"], [])]
    info = build_table(model_dir, None, sentences)
    assert info["words"] == 5 and (model_dir / TABLE).exists()
    fast = NERInference(load_ner_model(str(model_dir)))
    assert load_table(model_dir / TABLE, fast)
    assert list(fast._table) == ["في", "بغداد", "قصف", "وفي", "البصرة"]  # "نادرة": seen once, left out
