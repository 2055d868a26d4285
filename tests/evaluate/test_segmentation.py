from pipeline.document import Sentence, Token
from pipeline.evaluate.segmentation import SegScore, evaluate_segmentation, parse_marked, score_document

from ..conftest import REPO


def test_parse_marked():
    g = parse_marked("و+ال+عراق بلد.| نعم|")
    assert g.text == "والعراق بلد. نعم"
    assert g.splits == {1, 3}
    assert g.sentence_ends == [12, 16]


def test_scores_on_a_hand_made_case():
    g = parse_marked("و+ال+عراق وتيرة.| ب+ه|")
    toks = [Token(0, 7, "والعراق", "word", splits=(1,)),  # misses the article split
            Token(8, 13, "وتيرة", "word"), Token(13, 14, ".", "punct"),
            Token(15, 17, "به", "word", splits=(16,))]
    sents = [Sentence(0, 14, ""), Sentence(15, 17, "")]
    d = score_document(g, toks, sents, SegScore()).to_dict()
    assert d["words"] == 3 and d["segmentation_accuracy"] == round(2 / 3, 4)
    assert d["split_precision"] == 1.0 and d["split_recall"] == round(2 / 3, 4)
    assert d["sentence_f1"] == 1.0


def test_extra_sentence_boundary_lowers_precision():
    g = parse_marked("أ ب. ج|")
    toks = [Token(0, 1, "أ", "word"), Token(2, 3, "ب", "word"), Token(3, 4, ".", "punct"), Token(5, 6, "ج", "word")]
    d = score_document(g, toks, [Sentence(0, 4, ""), Sentence(5, 6, "")], SegScore()).to_dict()
    assert d["sentence_precision"] == 0.5 and d["sentence_recall"] == 1.0


def test_team_gold_meets_the_targets():
    d = evaluate_segmentation(REPO / "corpora" / "segmentation").to_dict()
    assert d["words"] > 1000
    assert d["segmentation_accuracy"] >= 0.97
    assert d["sentence_f1"] >= 0.97
