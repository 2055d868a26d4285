from pathlib import Path

import pytest

from pipeline import make_pipeline
from pipeline.document import Entity
from pipeline.errors import ResourceError
from pipeline.kb import load_kb, load_kb_from
from pipeline.stages.entities import (
    DEFAULT_MODEL,
    Combiner,
    EntityStage,
    bio_spans,
    camel_predictor,
    gazetteer_entities,
    lang_data,
    load_ner_model,
    stanza_predictor,
)

GAZ = """
- {kb_id: base.iq.balad, label: BASE, canonical: Balad Air Base, aliases: [قاعدة بلد الجوية, قاعدة بلد], admin1: Salah ad-Din, country: IQ}
- {kb_id: gpe.iq, label: GPE, canonical: Iraq, aliases: [العراق], country: IQ}
- {kb_id: off.kadhimi, label: OFFICIAL, canonical: Mustafa al-Kadhimi, aliases: [مصطفى الكاظمي], short: [الكاظمي]}
- {kb_id: fac.iq.us_embassy, label: FACILITY, canonical: US Embassy Baghdad, aliases: [السفارة الأمريكية في بغداد], local: [السفارة الأمريكية], country: IQ}
- {kb_id: gpe.ke, label: GPE, canonical: Kenya, aliases: [كينيا], country: KE}
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


@pytest.mark.parametrize("text, linked", [
    ("سقط صاروخان قرب السفارة الأمريكية وسط العراق", True),  # news from the site's country: the site
    ("سقط صاروخان قرب السفارة الأمريكية", False),  # no place of its country named
    ("تظاهر المئات أمام السفارة الأمريكية في كينيا", False),  # another country's mission
    ("قصفت السفارة الأمريكية ثم أعلنت كينيا ثم العراق", True),  # the country may come later
])
def test_generic_form_links_only_in_news_naming_the_sites_country(text_nlp, kb, text, linked):
    got = [g[2] for g in ents(text_nlp, kb, text)]
    assert ("fac.iq.us_embassy" in got) is linked


def test_spelling_variants_match(text_nlp, kb):
    assert ents(text_nlp, kb, "قاعده بلد الجويه") == [("قاعده بلد الجويه", "BASE", "base.iq.balad")]


# ---------------------------------------------------------------- combination (real gazetteer, fake model)


@pytest.fixture(scope="module")
def combine(text_nlp):
    """Run the combination on ``text`` with model spans given as (surface text, label)."""
    comb = Combiner(load_kb(), lang_data())

    def run(text, model=()):
        doc = text_nlp.process({"id": "x", "text": text})
        spans = []
        for surface, label in model:
            s = text.index(surface)
            toks = [i for i, t in enumerate(doc.tokens) if t.start < s + len(surface) and t.end > s]
            spans.append((toks[0], toks[-1], label))
        out = comb.combine(doc, spans)
        for e in out:
            assert text[e.start:e.end] == e.text
        return out

    return run


def test_the_three_faction_names_are_one_faction(combine):
    got = combine("أعلنت العصائب ثم قالت عصائب أهل الحق إن حركة العصائب لن تشارك")
    assert [(e.label, e.kb_id) for e in got] == [("FACTION", "fac.asaib_ahl_al_haq")] * 3
    assert got[2].text == "حركة العصائب"


@pytest.mark.parametrize("text, span, want", [
    ("هاجم مسلحون قرية في ولاية بورنو", "قرية في", []),  # a place word and a preposition: no name
    ("هاجم مسلحون قرية زوارة في ولاية ما", "قرية زوارة في", ["قرية زوارة"]),  # the name ends before "في"
])
def test_a_model_place_never_ends_with_a_preposition(combine, text, span, want):
    got = [e.text for e in combine(text, [(span, "GPE")]) if e.source == "model"]
    assert got == want


def places(entities) -> list[str]:
    return [e.kb_id for e in entities if e.label in ("GPE", "LOC")]


@pytest.mark.parametrize("text", [
    "أقام الفنان معرض صور في العاصمة",  # pictures, not Tyre
    "كشفت دراسة حديثة عن علاقة بين النوم والصحة",  # recent, not Haditha
    "قدمت الحكومة دعم مالي للمزارعين",  # financial, not Mali
    "أكد أن الوضع القائم لا يمكن أن يستمر",  # existing, not al-Qa'im
    "طرق الزائر على الباب مرتين",  # the door, not al-Bab
])
def test_a_place_name_that_is_also_a_word_needs_support(combine, text):
    assert places(combine(text)) == []


@pytest.mark.parametrize("text, model, want", [
    ("قصفت الطائرات مدينة صور", (), ["gpe.lb.tyre"]),  # a place word before it
    ("دارت اشتباكات شمال مالي", (), ["gpe.ml.mali"]),  # a direction
    ("سقطت قذيفة في صور صباح اليوم", [("صور", "GPE")], ["gpe.lb.tyre"]),  # the model tags it
    ("وصل الوفد إلى مدينة حديثة ثم غادر حديثة مساء", (), ["gpe.iq.haditha"] * 2),  # named before, supported
    ("انفجرت عبوة في حديثة غرب الأنبار", (), ["gpe.iq.haditha", "gpe.iq.anbar_governorate"]),  # its province
])
def test_a_place_name_that_is_also_a_word_with_support(combine, text, model, want):
    assert places(combine(text, model)) == want


@pytest.mark.parametrize("text, want", [
    ("شاركت في العرض سهير البابلي أمس", ["سهير البابلي"]),  # a given name and a nisba family name
    ("ترأس الجلسة علي محمد جيدي", ["علي محمد"]),  # two given names (an unknown family name is not taken)
    ("استقبل محمد بن سلمان الوفد", ["محمد بن سلمان"]),  # a kin word and a name
    ("أعلن أبو بكر البغدادي ذلك", ["أبو بكر البغدادي"]),  # a kunya opens the name
    ("وصل على الأقل عشرة أشخاص", []),  # على is no علي
    ("جرى ذلك بشكل حسن التونسي", []),  # a nationality adjective is no family name
    ("قال إن الوضع حسن جدا", []),  # a given name alone is no name
])
def test_person_names_from_given_names(combine, text, want):
    assert [e.text for e in combine(text) if e.label in ("PERSON", "OFFICIAL")] == want


def test_a_model_person_takes_the_given_name_before_it_and_drops_a_particle_after_it(combine):
    got = combine("بمشاركة فتحي عبد الوهاب وأفاد أنطونيو بأن الناقلة",
                  [("عبد الوهاب", "PERSON"), ("أنطونيو بأن", "PERSON")])
    assert [(e.text, e.label) for e in got] == [("فتحي عبد الوهاب", "PERSON"), ("أنطونيو", "PERSON")]


def test_quoted_known_name_after_a_descriptor_keeps_its_link(combine):
    got = combine('هاجم تنظيم "داعش" قاعدة "بلد" الجوية')
    assert [(e.text, e.label, e.canonical) for e in got] == [
        ("داعش", "FACTION", "Islamic State"), ('قاعدة "بلد" الجوية', "BASE", "Balad Air Base")]
    base = load_kb().location(got[1].kb_id)
    assert (base["admin1"], base["lat"], base["lon"]) == ("Salah ad-Din", 33.94, 44.36)


def test_designator_and_unknown_name_make_a_faction_or_base(combine):
    got = combine("تبنت كتائب الشهيد أبو علي الهجوم على معسكر الزهراء الجديد")
    assert [(e.text, e.label, e.source) for e in got] == [
        ("كتائب الشهيد أبو علي", "FACTION", "pattern"), ("معسكر الزهراء الجديد", "BASE", "pattern")]


def test_generic_mentions_after_a_designator_are_not_entities(combine):
    assert combine("أقامت القوات قاعدة عسكرية ومعسكر تدريب قرب الحدود") == []


def test_a_title_makes_an_official_with_its_role(combine):
    got = combine("وقال الأمين العام لحركة عصائب أهل الحق قيس الخزعلي إن")
    off = [e for e in got if e.label == "OFFICIAL"]
    assert [(e.text, e.role, e.canonical) for e in off] == [
        ("قيس الخزعلي", "الأمين العام لحركة عصائب أهل الحق", "Qais al-Khazali")]


def test_model_person_with_a_title_is_an_official_and_its_surname_links_back(combine):
    text = "أعلن قائد شرطة المحافظة العميد سالم حمدان العبيدي اعتقال المتهم، وأكد العبيدي أن"
    got = combine(text, [("سالم حمدان العبيدي", "PERSON")])
    assert [(e.text, e.label) for e in got] == [("سالم حمدان العبيدي", "OFFICIAL"), ("العبيدي", "OFFICIAL")]
    assert got[0].role == "قائد شرطة المحافظة العميد"
    assert got[1].role is None


def test_a_title_inside_a_model_span_moves_to_the_role(combine):
    got = combine("التقى الجنرال فرانك هيل بالوفد", [("الجنرال فرانك هيل", "PERSON")])
    assert [(e.text, e.label, e.role) for e in got] == [("فرانك هيل", "OFFICIAL", "الجنرال")]


def test_a_person_without_title_stays_person(combine):
    got = combine("قتل المواطن سعيد جابر في الحادث", [("سعيد جابر", "PERSON")])
    assert [(e.text, e.label) for e in got] == [("سعيد جابر", "PERSON")]


def test_model_span_after_a_proclitic_starts_after_it(combine):
    got = combine("وصل وفد من وبرشلونة", [("وبرشلونة", "GPE")])
    assert [(e.text, e.label) for e in got] == [("برشلونة", "GPE")]


def test_a_longer_model_name_wins_over_a_place_inside_it(combine):
    got = combine("طلاب جامعة بغداد تظاهروا في بغداد", [("جامعة بغداد", "ORG")])
    assert [(e.text, e.label) for e in got] == [("جامعة بغداد", "ORG"), ("بغداد", "GPE")]


def test_the_gazetteer_overrides_a_wrong_model_label(combine):
    got = combine("قصفت كتائب حزب الله مواقع", [("كتائب حزب الله", "PERSON")])
    assert [(e.text, e.label, e.kb_id) for e in got] == [("كتائب حزب الله", "FACTION", "fac.kataib_hezbollah")]


def test_model_site_name_after_a_designator_becomes_a_facility(combine):
    got = combine("هبطت الطائرة في مطار قرطاج الدولي صباحا", [("قرطاج", "GPE")])
    assert [(e.text, e.label) for e in got] == [("مطار قرطاج الدولي", "FACILITY")]


# ---------------------------------------------------------------- optional backends


def test_bio_and_bioes_tags_become_token_spans():
    m = {"PER": "PERSON", "LOC": "GPE"}
    assert bio_spans(["B-PER", "I-PER", "O", "B-LOC", "B-MISC"], m) == [(0, 1, "PERSON"), (3, 3, "GPE")]
    assert bio_spans(["S-LOC", "B-PER", "I-PER", "E-PER", "I-LOC"], m) == [(0, 0, "GPE"), (1, 3, "PERSON"),
                                                                          (4, 4, "GPE")]


def test_stanza_backend_without_its_model_is_a_numbered_error(monkeypatch, tmp_path):
    import sys
    import types

    calls = {}

    class FakePipeline:
        def __init__(self, **kwargs):
            calls.update(kwargs)
            raise FileNotFoundError("resources.json missing")

    monkeypatch.setitem(sys.modules, "stanza", types.SimpleNamespace(Pipeline=FakePipeline))
    with pytest.raises(ResourceError) as err:
        stanza_predictor(str(tmp_path))
    assert err.value.code == "E004" and "stanza.download" in err.value.hint
    assert calls["tokenize_pretokenized"] is True and calls["download_method"] is None and calls["lang"] == "ar"


def test_stanza_backend_reads_bioes_tags_per_sentence(monkeypatch, text_nlp):
    import sys
    import types

    class Sent:
        def __init__(self, words):
            tags = {"بغداد": "S-LOC", "هادي": "B-PER", "العامري": "E-PER"}
            self.tokens = [types.SimpleNamespace(ner=tags.get(w, "O")) for w in words]

    class FakePipeline:
        def __init__(self, **kwargs):
            pass

        def __call__(self, sentences):
            return types.SimpleNamespace(sentences=[Sent(s) for s in sentences])

    monkeypatch.setitem(sys.modules, "stanza", types.SimpleNamespace(Pipeline=FakePipeline))
    stage = EntityStage(stanza_predictor())
    doc = stage(text_nlp.process({"id": "x", "text": "وصل هادي العامري إلى بغداد. ثم غادر بغداد."}))
    assert [(e.text, e.label) for e in doc.entities] == [("هادي العامري", "OFFICIAL"), ("بغداد", "GPE"),
                                                          ("بغداد", "GPE")] or \
        [(e.text, e.label) for e in doc.entities][1:] == [("بغداد", "GPE"), ("بغداد", "GPE")]


def test_camel_backend_without_its_data_is_a_numbered_error(tmp_path):
    with pytest.raises(ResourceError) as err:
        camel_predictor(str(tmp_path / "no-such-model"))
    assert err.value.code == "E004" and "camel_data" in err.value.hint


def test_missing_spacy_model_is_a_numbered_error(tmp_path):
    from pipeline.stages.entities import spacy_predictor

    with pytest.raises(ResourceError) as err:
        spacy_predictor(str(tmp_path))
    assert err.value.code == "E004" and "rasd train ner" in err.value.hint


# ---------------------------------------------------------------- the trained model (models/ner)

needs_model = pytest.mark.skipif(not (DEFAULT_MODEL / "config.cfg").exists(),
                                 reason="models/ner is not committed in this checkout")


@pytest.mark.model
@needs_model
def test_spacy_backend_finds_names_the_gazetteer_lacks():
    nlp = make_pipeline(stages=["normalize", "tokenize", "sentences", "entities"])
    assert nlp.config["stages"]["entities"]["backend"] == "spacy"
    doc = nlp.process({"id": "m", "text": "وقال المتحدث باسم الشرطة حازم الربيعي إن قوة أمنية اعتقلت ثلاثة مطلوبين "
                                          "في بغداد، وأضاف الربيعي أن التحقيق مستمر."})
    got = [(e.text, e.label, e.source) for e in doc.entities]
    assert got == [("حازم الربيعي", "OFFICIAL", "model"), ("بغداد", "GPE", "gazetteer"),
                   ("الربيعي", "OFFICIAL", "link")]
    assert doc.entities[0].role == "المتحدث باسم الشرطة"
    doc = nlp.process({"id": "n", "text": "والتقى الكاتب سمير عطا الله بوفد من جامعة الموصل في مدينة الناصرية."})
    assert [(e.text, e.label) for e in doc.entities][:2] == [("سمير عطا الله", "PERSON"), ("جامعة الموصل", "ORG")]


@pytest.mark.model
@needs_model
def test_the_committed_model_has_its_card_and_meta():
    import json

    meta = json.loads((DEFAULT_MODEL.parent / "meta.json").read_text(encoding="utf-8"))
    assert meta["labels"] == ["PERSON", "ORG", "GPE", "LOC"] and meta["seed"] == 0
    assert meta["command"].startswith("rasd train ner")
    card = (DEFAULT_MODEL.parent / "README.md").read_text(encoding="utf-8")
    for heading in ("Data", "Labels", "Scores", "Command", "Size", "Training time"):
        assert f"## {heading}" in card



def test_camel_backend_never_goes_to_the_network_for_missing_data(monkeypatch, tmp_path):
    import sys

    monkeypatch.setenv("CAMELTOOLS_DATA", str(tmp_path))
    monkeypatch.delitem(sys.modules, "camel_tools.ner", raising=False)
    with pytest.raises(ResourceError) as err:
        camel_predictor()
    assert "not installed" in err.value.message
    assert "camel_tools.ner" not in sys.modules


def test_a_rank_and_name_words_make_an_official_without_the_model(combine):
    got = combine("وقال المتحدث باسم الجيش اللواء عاصم سليم إن اللواء 28 تقدم")
    assert [(e.text, e.label, e.role) for e in got if e.label == "OFFICIAL"] == [
        ("عاصم سليم", "OFFICIAL", "المتحدث باسم الجيش اللواء")]


def test_possessive_titles_dashes_and_leaders(combine):
    got = combine("قال مديرها العام رافائيل غروسي إن", [("رافائيل غروسي", "PERSON")])
    assert [(e.label, e.role) for e in got] == [("OFFICIAL", "مديرها العام")]
    got = combine("ورئيس الحركة - شمال مالك عقار", [("مالك عقار", "PERSON")])
    assert got[-1].role == "رئيس الحركة - شمال"
    got = combine("فصيل بقيادة عبد العزيز الحلو", [("عبد العزيز الحلو", "PERSON")])
    assert [(e.text, e.label, e.role) for e in got] == [("عبد العزيز الحلو", "OFFICIAL", None)]


def test_a_name_in_apposition_to_a_title_is_an_official(combine):
    got = combine("وقال قائد المدفعية بمحور المحافظة، عامر الخرزجي، إن الهجوم")
    assert [(e.text, e.label, e.role) for e in got] == [("عامر الخرزجي", "OFFICIAL", "قائد المدفعية بمحور المحافظة")]
    got = combine("وقال نقيب الشرطة، جعفر الوائلي، للصحفيين", [("جعفر الوائلي", "PERSON")])
    assert [(e.label, e.role) for e in got] == [("OFFICIAL", "نقيب الشرطة")]


def test_month_and_weekday_names_are_not_model_names(combine):
    got = combine("في ربيع الثاني الماضي وصل محمد رمضان يوم الخميس",
                  [("ربيع الثاني", "PERSON"), ("محمد رمضان", "PERSON"), ("الخميس", "GPE")])
    assert [(e.text, e.label) for e in got] == [("محمد رمضان", "PERSON")]


def test_generic_forces_and_authorities_are_not_entities(combine):
    got = combine("قالت السلطات السعودية إن القوات الأمريكية وصلت وقوات سوريا الديمقراطية",
                  [("السلطات السعودية", "ORG"), ("القوات الأمريكية", "ORG"), ("قوات سوريا الديمقراطية", "ORG")])
    assert [e.text for e in got] == ["قوات سوريا الديمقراطية"]


@pytest.mark.model
@needs_model
def test_the_model_predicts_the_same_with_numpy_blas_as_with_thinc_default_ops(text_nlp):
    """load_ner_model runs the model's matrix products through numpy (faster here); the names must not change."""
    import json

    import spacy

    from pipeline.training.ner import make_doc
    from tests.conftest import DEV

    fast = load_ner_model(None)
    plain = spacy.load(DEFAULT_MODEL)  # thinc's default ops (BLIS)
    assert fast is not plain
    texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(DEV.glob("*.json"))]
    words = [[t.text for t in text_nlp.process({"id": "x", "text": t}).tokens] for t in texts]
    got = [[(e.start, e.end, e.label_) for e in d.ents] for d in fast.pipe(make_doc(fast.vocab, w) for w in words)]
    want = [[(e.start, e.end, e.label_) for e in d.ents] for d in plain.pipe(make_doc(plain.vocab, w) for w in words)]
    assert got == want and sum(map(len, got)) > 20


def test_a_national_body_is_the_one_of_the_state_the_article_is_about(nlp):
    doc = nlp.process({"id": "nat", "published": "2022-10-30", "text":
                       "انفجرت سيارتان مفخختان أمس قرب مبنى وزارة التعليم في العاصمة الصومالية مقديشو."})
    (ministry,) = [e for e in doc.entities if e.text == "وزارة التعليم"]
    assert ministry.canonical == "Ministry of Education (Somalia)"


def test_model_batches_are_capped_in_documents_and_tokens():
    from pipeline.stages.entities import _token_batches

    lists = [[0] * n for n in (5, 5, 90, 3, 3, 3, 200, 1)]
    assert [[len(x) for x in b] for b in _token_batches(lists, 3, 100)] == [[5, 5, 90], [3, 3, 3], [200], [1]]
    assert list(_token_batches([], 3, 100)) == []


@pytest.mark.parametrize("text, absent, present", [
    # "باب" is no "ب" + "إب" (Ibb), but "ببن قردان" is "ب" + "بن قردان"
    ("انفجرت عبوتان قرب مقبرة باب الصغير في دمشق.", "gpe.ye.ibb", "gpe.sy.damascus"),
    ("تعرضت دورية أمنية ببن قردان لإطلاق نار.", "gpe.ye.ibb", "gpe.tn.ben_guerdane"),
])
def test_plc_no_two_letter_name_after_a_proclitic(nlp, text, absent, present):
    ids = {e.kb_id for e in nlp.process({"id": "e", "text": text, "published": "2017-03-11"}).entities}
    assert absent not in ids and present in ids


@pytest.mark.parametrize("text, model, want", [
    # a model place span that runs over the next place's designator with its "ب": the name ends before it
    ("قتل موظف في حي شاه رود بمدينة جلال آباد", [("حي شاه رود بمدينة", "LOC")], "حي شاه رود"),
    ("انفجرت عبوة في قرية العين بولاية ديالى", [("قرية العين بولاية", "GPE")], "قرية العين"),
    ("سقطت قذيفة على منطقة بني زيد", [("منطقة بني زيد", "LOC")], "منطقة بني زيد"),  # no designator after it
])
def test_plc_a_place_span_stops_before_the_next_designator(combine, text, model, want):
    assert want in [e.text for e in combine(text, model)]
