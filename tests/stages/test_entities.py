from pathlib import Path

import pytest

from pipeline import make_pipeline
from pipeline.kb import load_kb_from
from pipeline.stages.entities import gazetteer_entities

GAZ = """
- {kb_id: base.iq.balad, label: BASE, canonical: Balad Air Base, aliases: [قاعدة بلد الجوية, قاعدة بلد], admin1: Salah ad-Din, country: IQ}
- {kb_id: gpe.iq, label: GPE, canonical: Iraq, aliases: [العراق], country: IQ}
- {kb_id: off.kadhimi, label: OFFICIAL, canonical: Mustafa al-Kadhimi, aliases: [مصطفى الكاظمي], short: [الكاظمي]}
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    path = tmp_path_factory.mktemp("gaz") / "test.yaml"
    path.write_text(GAZ, encoding="utf-8")
    return load_kb_from([path])


@pytest.fixture(scope="module")
def text_nlp():
    return make_pipeline(stages=["normalize", "tokenize", "sentences"])


def ents(text_nlp, kb, text):
    doc = text_nlp.process({"id": "x", "text": text})
    return [(e.text, e.label, e.kb_id) for e in gazetteer_entities(doc, kb)]


def test_proclitics_stay_outside_the_span(text_nlp, kb):
    assert ents(text_nlp, kb, "زار والعراق وللعراق") == [("العراق", "GPE", "gpe.iq"), ("لعراق", "GPE", "gpe.iq")]


def test_quotes_inside_a_name_and_longest_match(text_nlp, kb):
    got = ents(text_nlp, kb, 'استهدفت قاعدة "بلد" الجوية ثم قاعدة "بلد" مجددا')
    assert got == [('قاعدة "بلد" الجوية', "BASE", "base.iq.balad"), ('قاعدة "بلد"', "BASE", "base.iq.balad")]


def test_short_form_links_only_after_the_full_name(text_nlp, kb):
    assert ents(text_nlp, kb, "قال الكاظمي") == []
    got = ents(text_nlp, kb, "قال رئيس الوزراء مصطفى الكاظمي إن الكاظمي")
    assert [g[2] for g in got] == ["off.kadhimi", "off.kadhimi"]


def test_spelling_variants_match(text_nlp, kb):
    assert ents(text_nlp, kb, "قاعده بلد الجويه") == [("قاعده بلد الجويه", "BASE", "base.iq.balad")]
