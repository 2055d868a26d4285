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


# ---------------------------------------------------------------- running without spaCy


HASHED = ["بغداد", "والعراق", "", "_", "X", "x", "PERSON", "ORTH", "abcdefgh", "abcdefghi", "a" * 17, "١٢٣",
          "ﻻ", "Ü", "xxxx", "سقط صاروخ", "ـ", "🙂", "d"]


def test_string_ids_and_hash_keys_are_spacys_and_thincs():
    import numpy
    from spacy.strings import get_string_id
    from spacy.symbols import IDS
    from thinc.api import NumpyOps

    from pipeline.ner_inference import hash_keys, string_ids

    ids = string_ids(HASHED, dict(IDS))
    assert ids.tolist() == [get_string_id(s) for s in HASHED]
    extremes = numpy.array([*ids.tolist(), 0, 1, 2**64 - 1, 2**63], dtype="uint64")
    for seed in (0, 8, 12, 2**32 - 1):
        assert numpy.array_equal(hash_keys(extremes, seed), NumpyOps().hash(extremes, seed))


def test_word_shape_is_spacys(team_words):
    from spacy.attrs import SHAPE

    from pipeline.ner_inference import word_shape

    shape = load_ner_model(None).vocab.lex_attr_getters[SHAPE]
    words = {w for ws in team_words for w in ws} | set(HASHED[:2] + HASHED[3:]) | {"A1b2C3dd", "x" * 120}
    assert all(word_shape(w) == shape(w) for w in words)


def test_weights_read_from_the_folder_are_spacys(model):
    import numpy

    from pipeline.ner_inference import NERWeights

    a = NERWeights.from_nlp(model)
    b = NERWeights.from_folder(DEFAULT_MODEL, a.classes, a.symbols)

    def same(x, y) -> bool:
        if isinstance(x, (list, tuple)):
            return len(x) == len(y) and all(same(p, q) for p, q in zip(x, y))
        return numpy.array_equal(x, y) if isinstance(x, numpy.ndarray) else x == y

    for field in a.__dataclass_fields__:
        assert same(getattr(a, field), getattr(b, field)), field


def test_first_layer_is_thincs_to_the_bit(model, team_words):
    import numpy

    from pipeline.stages.entities import _numpy_ops
    from pipeline.training.ner import doc_from_features, features

    words = list(dict.fromkeys(w for ws in team_words[:30] for w in ws)) + ["ـ", "X", "🙂", "x" * 120]
    nlp = load_ner_model(None)
    _numpy_ops(nlp)
    embed = nlp.get_pipe("ner").model.layers[0].layers[0].layers[0]
    want = embed.predict([doc_from_features(nlp.vocab, [features(w) for w in words])])[0]
    assert numpy.array_equal(NERInference(model).first_layer(words)[0], want)


def test_the_shipped_model_runs_without_importing_spacy():
    import subprocess
    import sys

    code = ("import sys\nfrom pipeline import make_pipeline\np = make_pipeline()\n"
            "d = p.process({'id': 'x', 'text': 'قال رئيس الوزراء مصطفى الكاظمي في بغداد إن الهجوم فشل.'})\n"
            "print(sorted({e.label for e in d.entities}), 'spacy' in sys.modules, 'thinc' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True).stdout
    labels, spacy_loaded, thinc_loaded = out.rsplit(" ", 2)
    assert "OFFICIAL" in labels and "GPE" in labels
    assert (spacy_loaded, thinc_loaded.strip()) == ("False", "False")


@pytest.fixture()
def model_copy(tmp_path):
    import shutil

    target = tmp_path / "model"
    shutil.copytree(DEFAULT_MODEL, target)
    return target


def test_runtime_from_the_folder_gives_spacys_entities(model, team_words, model_copy):
    from pipeline.ner_inference import load_runtime

    fast = load_runtime(model_copy)
    assert fast is not None
    assert [fast.predict([w])[0] for w in team_words[:40]] == spacy_spans(model, team_words[:40])


def test_a_changed_model_or_an_old_table_falls_back_to_spacy(model, team_words, model_copy, caplog):
    import numpy

    from pipeline.ner_inference import TABLE, load_runtime

    path = model_copy / TABLE
    with numpy.load(path) as data:
        arrays = dict(data)
    scores = arrays["probe_scores"].copy()
    arrays["probe_scores"] = scores + 0.5  # what a retrained model's upper layer looks like to the probe
    numpy.savez(path, **arrays)
    assert load_runtime(model_copy) is None and "do not give the scores" in caplog.text
    arrays["probe_scores"] = scores
    del arrays["classes"]  # a table written before the runtime existed
    numpy.savez(path, **arrays)
    assert load_runtime(model_copy) is None
    words = [[t.text for t in []]] + team_words[:3]
    from pipeline.document import Token

    tokens = [[Token(0, len(w), w, "word") for w in ws] for ws in words]
    assert spacy_predictor(str(model_copy))(tokens, []) == spacy_spans(model, words)
