import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.stages.normalize import NormalizedText, light, normalize

ARABIC = st.text(alphabet=st.sampled_from(list("ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآةىـ ًٌٍَُِّْٰ٠١٢٣٤٥٦٧٨٩ﻻﷲ0123456789.,؟ \n")),
                 max_size=60)


def test_folding():
    assert normalize("أإآٱ") == "اااا"
    assert normalize("مدرسة") == "مدرسه"
    assert normalize("على") == "علي"
    assert normalize("قُتِلَ") == "قتل"
    assert normalize("الـــعراق") == "العراق"
    assert normalize("١٨/٤/٢٠٢١") == "18/4/2021"
    assert normalize("۱۲") == "12"


def test_light_keeps_hamza():
    assert light("إِلى") == "إلى"
    assert light("أحمد") == "أحمد"


@settings(max_examples=300)
@given(ARABIC)
def test_alignment_maps_every_normalized_word_back(text):
    n = NormalizedText.of(text)
    for m in re.finditer(r"\S+", n.norm):
        s, e = n.span_to_original(m.start(), m.end())
        assert 0 <= s <= e <= len(text)
        # the original span normalizes to the normalized word
        assert normalize(text[s:e]).strip() == m.group()


def test_alignment_with_expanding_ligature():
    n = NormalizedText.of("ﻻ يوجد")
    assert n.norm == "لا يوجد"
    assert n.span_to_original(0, 2) == (0, 1)
    assert n.span_to_original(3, 7) == (2, 6)


def test_the_character_maps_file_matches_camel_tools():
    """resources/ar/normalize_maps.json is generated (python -m pipeline.stages.normalize): it must equal camel-tools' maps."""
    from pipeline.stages.normalize import FULL_TABLE, LIGHT_TABLE, build_tables

    assert build_tables() == (LIGHT_TABLE, FULL_TABLE)
