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


def _blank_ner(rows=(10000, 10000, 1000, 5000, 500)):
    spacy = pytest.importorskip("spacy")
    from pipeline.training.ner import CONFIG, EMBEDS

    cfg = spacy.util.load_config_from_str(CONFIG.format(
        width=16, depth=1, hidden=16, seed=0, learn_rate=0.001,
        embed=EMBEDS["hash"].format(width=16, vectors="false", rows=list(rows))))
    return spacy.util.load_model_from_config(cfg, auto_fill=True, validate=True)


def test_embed_rows_reach_the_config():
    nlp = _blank_ner((20000, 30000, 100, 200, 50))
    assert nlp.config["components"]["ner"]["model"]["tok2vec"]["embed"]["rows"] == [20000, 30000, 100, 200, 50]


def test_tiny_pretraining_gives_weights_the_ner_model_loads():
    from pipeline.training.ner import examples, pretrain_tok2vec

    nlp = _blank_ner()
    sents = [["وقال", "الرئيس", "العراقي", "في", "بغداد", "."], ["زار", "عمرو", "موسى", "والقاهرة"]] * 5
    weights, info = pretrain_tok2vec(nlp, sents, epochs=2, seed=0, batch_words=20, log=lambda m: None)
    assert [e["epoch"] for e in info["epochs"]] == [1, 2] and info["tokens"] == 50
    assert info["epochs"][0]["loss_per_masked_token"] > 0
    again, _ = pretrain_tok2vec(_blank_ner(), sents, epochs=2, seed=0, batch_words=20, log=lambda m: None)
    assert again == weights  # fixed seed
    train = [(["زار", "عمرو", "موسى", "بغداد"], [(1, 3, "PERSON"), (3, 4, "GPE")])]
    nlp.initialize(lambda: examples(nlp, train))
    t2v = nlp.get_pipe("ner").model.get_ref("tok2vec")
    fresh = t2v.to_bytes()
    t2v.from_bytes(weights)
    assert t2v.to_bytes() != fresh
    assert len(list(nlp.get_pipe("ner").pipe([examples(nlp, train)[0].predicted]))) == 1


def test_raw_token_lists_cut_articles_at_sentence_ends(tmp_path):
    from pipeline.training.ner import raw_token_lists

    (tmp_path / "a.txt").write_text("<DOC>\n<DOCNO>x-1</DOCNO>\n<TITLE>عنوان الخبر</TITLE>\n<TEXT>\n"
                                    "قال الرئيس في بغداد. ووصل الوزير والوفد إلى القاهرة\n</TEXT>\n</DOC>\n",
                                    encoding="utf-8")
    got = list(raw_token_lists(tmp_path, [(["أ", "ب"], [])], max_len=3))
    assert got == [["عنوان", "الخبر"], ["قال", "الرئيس", "في"], ["بغداد", "."], ["ووصل", "الوزير", "والوفد"],
                   ["إلى", "القاهرة"], ["أ", "ب"]]
