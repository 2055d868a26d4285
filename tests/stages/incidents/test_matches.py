"""Incident stage: the shared pass of the phrase matchers (pipeline/stages/incidents/matches.py)."""

import dataclasses

import pytest

from pipeline import make_pipeline
from pipeline.matcher import PhraseMatcher as PlainMatcher
from pipeline.stages.incidents import matches
from pipeline.stages.incidents.casualties import _cas_lexicon
from pipeline.stages.incidents.detection import _det_lexicon, _evt_lexicon
from pipeline.stages.incidents.lexicon import lexicon

TEXTS = [
    # clitics on the first word of a phrase, a bare proclitic word, a phrase at the end of the text
    "وأعلنت الشرطة أن مسلحين فتحوا النار على دورية للجيش قرب بلدة الزهور، فقتلوا جنديين وأصابوا ثلاثة آخرين، "
    "فيما استهدف انفجار سيارة مفخخة سوقا شعبيا بصاروخين",
    "تبنت جماعة مسلحة الهجوم الانتحاري الذي وقع أمس، ولم تسفر الغارة الجوية عن إصابات. وفجر انتحاري نفسه "
    "قرب حاجز أمني، وسقطت قذيفتا هاون على مبنى البلدية دون وقوع خسائر بشرية",
    "نفى المتحدث باسم الجيش سقوط قتلى في القصف المدفعي، وقال إن العملية الأمنية أسفرت عن مقتل خمسة إرهابيين "
    "واعتقال اثنين، وتوعدت الحركة بالرد على عبوة ناسفة",
]


def _stage_matchers() -> dict[str, matches.PhraseMatcher]:
    out = {}
    for prefix, lex in (("lex", lexicon()), ("det", _det_lexicon()), ("evt", _evt_lexicon()), ("cas", _cas_lexicon())):
        for field in dataclasses.fields(lex):
            value = getattr(lex, field.name)
            if isinstance(value, PlainMatcher):
                out[f"{prefix}.{field.name}"] = value
    return out


def _alone(matcher) -> PlainMatcher:
    """The same phrases in a plain ``pipeline.matcher.PhraseMatcher``: it scans the tokens itself."""
    plain = PlainMatcher([])
    plain.index = matcher.index
    return plain


def _plain(matcher, tokens, text, lo, hi):
    return [dataclasses.astuple(m) for m in _alone(matcher).find(tokens, text, lo, hi)]


@pytest.fixture(scope="module")
def docs():
    nlp = make_pipeline(stages=["normalize", "tokenize", "sentences"])
    return [nlp.process({"id": str(k), "text": t, "published": "2022-03-01"}) for k, t in enumerate(TEXTS)]


def test_every_matcher_of_the_stage_is_shared():
    found = _stage_matchers()
    assert {"lex.weapons", "lex.killed", "lex.filters", "det.blast", "evt.suicide", "cas.no_casualties"} <= set(found)
    assert all(isinstance(m, matches.PhraseMatcher) for m in found.values())


def test_shared_find_is_what_each_matcher_finds_alone(docs):
    """Every window [lo, hi) of each text, every matcher: the same matches as the matcher's own scan."""
    seen = 0
    for doc in docs:
        tokens, text, n = doc.tokens, doc.text, len(doc.tokens)
        windows = [(lo, hi) for lo in range(n) for hi in range(lo, n + 1) if (hi - lo) <= 12 or hi == n]
        for name, matcher in _stage_matchers().items():
            for lo, hi in windows:
                got = [dataclasses.astuple(m) for m in matcher.find(tokens, text, lo, hi)]
                assert got == _plain(matcher, tokens, text, lo, hi), (name, lo, hi)
                seen += len(got)
            assert [dataclasses.astuple(m) for m in matcher.find(tokens, text)] == _plain(matcher, tokens, text, 0, None)
            for i in range(n):
                for hi in (None, *(h for h in (i + 1, i + 2, i + 3) if h <= n), n):
                    a, b = matcher.match_at(tokens, i, text, hi), _alone(matcher).match_at(tokens, i, text, hi)
                    assert (a and dataclasses.astuple(a)) == (b and dataclasses.astuple(b)), (name, i, hi)
    assert seen > 100  # the texts do hold phrases of the matchers


@pytest.mark.parametrize("hi_word, expected", [
    ("مفخخة", [("سيارة مفخخة", "car bomb")]),  # the whole phrase inside the window
    ("سيارة", [("سيارة", "car")]),  # the window ends before "مفخخة": the shorter phrase, as the matcher alone finds
])
def test_a_phrase_past_the_window_gives_the_shorter_one(docs, hi_word, expected):
    matcher = matches.PhraseMatcher([("سيارة مفخخة", "car bomb"), ("سيارة", "car")])  # a new finder's matcher joins
    doc = docs[0]
    hi = next(k for k, t in enumerate(doc.tokens) if t.text == hi_word) + 1
    got = [(doc.text[m.start:m.end], m.payload) for m in matcher.find(doc.tokens, doc.text, 0, hi)]
    assert got == expected


def test_each_call_returns_new_matches(docs):
    doc = docs[2]
    killed = lexicon().killed
    first = killed.find(doc.tokens, doc.text)
    assert first
    first[0].last = -1  # a caller that changes a match does not change what the next call finds
    assert killed.find(doc.tokens, doc.text)[0].last != -1
    assert killed.match_at(doc.tokens, first[0].first, doc.text) is not killed.match_at(doc.tokens, first[0].first, doc.text)


def test_other_token_lists_and_bounds_fall_back(docs):
    doc = docs[2]
    weapons = lexicon().weapons
    half = doc.tokens[: len(doc.tokens) // 2]  # another list: matched on its own
    assert [dataclasses.astuple(m) for m in weapons.find(half, doc.text)] == _plain(weapons, half, doc.text, 0, None)
    assert [dataclasses.astuple(m) for m in weapons.find(doc.tokens, doc.text)] \
        == _plain(weapons, doc.tokens, doc.text, 0, None)
