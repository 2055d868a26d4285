import pytest

from pipeline.evaluate.ner import TO_ANERCORP, ArticleScore, SpanScore, gold_spans, predict_stage


def test_conlleval_counts_exact_spans_only():
    s = SpanScore()
    s.add({(0, 2, "PERS"), (5, 6, "LOC")}, {(0, 2, "PERS"), (5, 7, "LOC"), (8, 9, "ORG")})
    m = s.micro()
    assert (m["correct"], m["gold"], m["pred"]) == (1, 2, 3)
    assert m["f1"] == pytest.approx(100 * 2 * (1 / 3) * 0.5 / (1 / 3 + 0.5), abs=0.01)
    assert s.per_type()["LOC"]["f1"] == 0.0
    # MISC in the gold, never predicted: scored with and without it
    s.add({(0, 1, "MISC")}, set())
    assert s.micro(("PERS", "ORG", "LOC"))["gold"] == 2 and s.micro()["gold"] == 3


def test_gold_spans_of_nested_tags():
    tags = [["B-ORG"], ["I-ORG"], ["I-ORG", "B-PERS"], ["O"], ["B-LOC"]]
    assert gold_spans(tags, ("PERS", "ORG", "LOC")) == {(0, 3, "ORG"), (4, 5, "LOC")}


def test_articles_exact_relaxed_and_canonical():
    gold = [{"start": 0, "end": 10, "label": "FACTION", "canonical": "X", "text": "a"},
            {"start": 20, "end": 25, "label": "GPE", "text": "b"},
            {"start": 30, "end": 35, "label": "ORG", "canonical": "Y", "text": "c"}]
    pred = [{"start": 0, "end": 8, "label": "FACTION", "canonical": "X", "text": "a"},
            {"start": 20, "end": 25, "label": "GPE", "text": "b"},
            {"start": 30, "end": 35, "label": "LOC", "text": "c"},
            {"start": 40, "end": 45, "label": "ORG", "text": "d"}]
    s = ArticleScore()
    s.add(gold, pred)
    d = s.to_dict()
    assert d["exact"]["f1"] == round(2 * 0.25 * (1 / 3) / (0.25 + 1 / 3), 4)
    assert d["per_label"]["FACTION"]["relaxed"]["f1"] == 1.0 and d["per_label"]["FACTION"]["exact_f1"] == 0.0
    assert d["relaxed"]["recall"] == round(2 / 3, 4) and d["relaxed"]["precision"] == 0.5
    assert d["canonical_accuracy"] == 1.0 and d["canonical_matched"] == 1 and d["canonical_linked"] == 0


def test_stage_predictions_map_back_to_corpus_tokens():
    from pipeline import make_pipeline

    nlp = make_pipeline(stages=["normalize", "tokenize", "sentences"])

    class Stub:
        def process(self, record):
            doc = nlp.process(record)
            from pipeline.document import Entity

            t = record["text"]
            s = t.index("العراق")
            doc.entities = [Entity(s, s + 6, "العراق", "GPE"), Entity(0, 4, t[:4], "FACTION")]
            return doc

    got = predict_stage(Stub(), [["داعش", "يهدد", "والعراق", "."]], TO_ANERCORP)
    assert got == [{(2, 3, "LOC"), (0, 1, "ORG")}]


def test_wrong_canonicals_are_counted_and_listed():
    gold = [{"start": 0, "end": 5, "label": "OFFICIAL", "canonical": "Kenneth McKenzie", "text": "a"}]
    pred = [{"start": 0, "end": 5, "label": "OFFICIAL", "canonical": "Kenneth F. McKenzie Jr.", "kb_id": "off.x",
             "text": "a"}]
    s = ArticleScore()
    s.add(gold, pred)
    d = s.to_dict()
    assert d["canonical_accuracy_linked"] == 0.0 and d["canonical_linked"] == 1
    assert [e["kind"] for e in s.errors] == ["canonical"]
