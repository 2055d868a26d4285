import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.document import Token
from pipeline.stages.tokenize import _chunk_pieces, default_segmenter, tokenize


def pieces(text):
    return ["+".join(text[s:e] for s, e in t.pieces()) for t in tokenize(text, default_segmenter())]


def test_kinds():
    toks = tokenize("قال 3.5 مليون، و1,200 F-16 http://example.com/a?b=1. #العراق @rasd 😀 «نعم»")
    kinds = [(t.text, t.kind) for t in toks]
    assert ("3.5", "number") in kinds and ("1,200", "number") in kinds
    assert ("F-16", "latin") in kinds
    assert ("http://example.com/a?b=1", "url") in kinds
    assert ("#العراق", "hashtag") in kinds and ("@rasd", "mention") in kinds
    assert ("😀", "emoji") in kinds
    assert ("«", "punct") in kinds and ("»", "punct") in kinds


def test_diacritics_and_tatweel_stay_inside_words():
    toks = tokenize("قُتِلَ في الـــعراق")
    assert [t.text for t in toks] == ["قُتِلَ", "في", "الـــعراق"]
    assert toks[2].norm == "العراق"


def test_clitics_split_where_a_reader_splits():
    assert pieces("والعراق بالأنبار للجيش وقال") == ["و+ال+عراق", "ب+ال+أنبار", "ل+ل+جيش", "و+قال"]


def test_clitic_letters_that_belong_to_the_word_stay():
    assert pieces("وتيرة بلد كتائب وزارة لجنة كانت") == ["وتيرة", "بلد", "كتائب", "وزارة", "لجنة", "كانت"]


def test_closed_class_exceptions():
    assert pieces("كما الذي التي الله") == ["كما", "الذي", "التي", "الله"]


def test_split_offsets_survive_diacritics():
    text = "وَالعِرَاق"
    (tok,) = tokenize(text, default_segmenter())
    parts = [text[s:e] for s, e in tok.pieces()]
    assert "".join(parts) == text
    assert parts[0] == "وَ"


TEXT = st.text(alphabet=st.sampled_from(list("وفبلكسالعراقمنتي ًُـ0123456789.,،؛؟!«»\"'()-/:\n\t abcXYZ😀👍🏽‍\u200f")),
               max_size=80)


@settings(max_examples=400)
@given(TEXT)
def test_tokens_cover_text_without_overlap(text):
    toks = tokenize(text, default_segmenter())
    pos = 0
    covered = set()
    for t in toks:
        assert t.start >= pos, "tokens overlap or are out of order"
        assert text[t.start:t.end] == t.text and t.start < t.end
        covered.update(range(t.start, t.end))
        pos = t.end
        bounds = [t.start, *t.splits, t.end]
        assert bounds == sorted(bounds) and len(set(bounds)) == len(bounds)
    for i, ch in enumerate(text):
        if not ch.isspace() and unicodedata.category(ch) != "Cf":
            assert i in covered, f"character {ch!r} at {i} is in no token"


# every kind of token, and separators of every sort: Unicode spaces, \x1c-\x1f (str.isspace), format controls
MIXED = st.text(alphabet=st.sampled_from(list("وفبلالعراقً 0123456789.,٫،«»()-/:@#_+htpsw.xyz😀🏽‍\u200f\u200b\ufeff"
                                              "\n\t\u00a0\u2003\u3000\u2028\x1c\x1f")), max_size=60)


@settings(max_examples=400)
@given(MIXED)
def test_chunk_by_chunk_gives_the_tokens_of_one_pass(text):
    seg = default_segmenter()
    one_pass = [Token(*piece) for piece in _chunk_pieces(text, seg.split, {})]  # the whole text as one chunk
    assert tokenize(text, seg) == one_pass
    assert tokenize(text) == [Token(*piece) for piece in _chunk_pieces(text, None, {})]


def test_a_known_name_after_a_proclitic_is_split_off_unless_the_whole_word_is_common():
    from pipeline.kb import load_yaml
    from pipeline.stages.tokenize import RESOURCES, CliticSegmenter

    counts = {"كبيرا": 500, "بيرا": 1, "ببغداد": 40, "بغداد": 3000, "وجوبا": 8}
    seg = CliticSegmenter(load_yaml(RESOURCES / "clitics.yaml"), counts, names={"بيرا", "بغداد", "جوبا"})
    assert seg.split("ببغداد") == (1,)  # a frequent word, but the name is more frequent
    assert seg.split("لجوبا") == (1,)  # never seen: the known name decides
    assert seg.split("كبيرا") == ()  # 'big', not ك + Beira
    assert seg.split("وجوبا") == ()  # 'necessarily', not و + Juba
