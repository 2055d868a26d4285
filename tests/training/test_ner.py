"""Corpus readers and features of `rasd train ner` (training itself is a command, not a test)."""

import pytest

from pipeline.training.ner import (
    ANERCORP_MAP,
    TEAM_MAP,
    WOJOOD_MAP,
    features,
    longest_spans,
    make_doc,
    read_gold_article,
    read_tagged,
)


def test_anercorp_tags_are_mapped_and_misc_dropped(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("زار B-PERS\nعمرو I-PERS\nموسى I-PERS\nألمانيا B-LOC\nو O\nكأس B-MISC\nالعالم I-MISC\n\n"
                 "اتحاد B-ORG\nالكرة I-ORG\n", encoding="utf-8")
    got = read_tagged(p, ANERCORP_MAP)
    assert got[0][1] == [(0, 3, "PERSON"), (3, 4, "GPE")]
    assert got[1] == (["اتحاد", "الكرة"], [(0, 2, "ORG")])


def test_wojood_nested_tags_flatten_to_the_longest_mapped_spans(tmp_path):
    p = tmp_path / "w.txt"
    p.write_text("$#$ O\nسكرتير B-OCC\nاللجنة I-OCC B-ORG\nالعربية I-OCC I-ORG\nفي I-OCC\nنابلس I-OCC B-GPE\n"
                 "مطار B-FAC\nغزة I-FAC B-GPE\n", encoding="utf-8")
    words, spans = read_tagged(p, WOJOOD_MAP)[0]
    assert words[0] == "سكرتير"  # the paragraph mark is dropped
    assert spans == [(1, 3, "ORG"), (4, 5, "GPE"), (5, 7, "LOC")]


def test_longest_spans_keep_no_overlap():
    assert longest_spans([(0, 3, "ORG"), (1, 2, "PERSON"), (3, 4, "GPE")]) == [(0, 3, "ORG"), (3, 4, "GPE")]


def test_team_articles_become_whole_token_spans_without_outside_descriptors():
    text = "أعلن تنظيم داعش مسؤوليته عن هجوم على والعراق"
    rec = {"text": text, "gold": {"entities": [
        {"text": "تنظيم داعش", "start": 5, "end": 15, "label": "FACTION"},
        {"text": "العراق", "start": text.index("العراق"), "end": len(text), "label": "GPE"}]}}
    words, spans = read_gold_article(rec, TEAM_MAP)
    assert [(" ".join(words[s:e]), lab) for s, e, lab in spans] == [("داعش", "ORG"), ("والعراق", "GPE")]


def test_features_fold_spelling_and_share_the_form_without_proclitics():
    assert features("والعراق") == ("والعراق", "العراق")
    assert features("للعراق")[1] == "العراق"
    assert features("وزارة")[0] == features("وزاره")[0]


def test_model_docs_carry_normalized_words_and_stems():
    spacy = pytest.importorskip("spacy")
    doc = make_doc(spacy.blank("ar").vocab, ["وبإيران", "قاعدة"])
    assert [t.text for t in doc] == ["وبايران", "قاعده"]
    assert doc[0].norm_ == "ايران"
