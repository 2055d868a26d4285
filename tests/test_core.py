import pytest

from pipeline import Pipeline, make_pipeline, registry
from pipeline.config import load_config
from pipeline.errors import ConfigError


def test_default_pipeline_has_all_stages_in_order(nlp):
    assert nlp.names == ["normalize", "tokenize", "sentences", "entities", "timexes", "incidents"]


def test_requires_are_checked_and_all_problems_reported_at_once():
    with pytest.raises(ConfigError) as info:
        Pipeline(stages=["sentences", "incidents", "nosuchstage"])
    msg = str(info.value)
    assert "sentences' requires tokens" in msg
    assert "incidents' requires" in msg
    assert "nosuchstage" in msg


def test_stages_can_be_switched_off(article):
    nlp = make_pipeline(stages=["normalize", "tokenize", "sentences"])
    doc = nlp.process(article)
    assert doc.error is None
    assert doc.tokens and doc.sentences
    assert doc.entities == [] and doc.incidents == []
    assert doc.done == {"normalize", "tokenize", "sentences"}


def test_a_stage_can_be_replaced_by_a_registered_variant(article):
    @registry.stage("entities.none_for_test", requires=("tokens",), provides=("entities",))
    def make(config):
        def stage(doc):
            doc.entities = []
            return doc
        return stage

    config = load_config(overrides={"stages": {"entities": {"backend": "none_for_test"}}})
    doc = Pipeline(config).process(article)
    assert doc.error is None and doc.entities == []


def test_config_rejects_unknown_keys_and_wrong_types(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[limits]\nmax_chars = "many"\nunknown = 1\n')
    with pytest.raises(ConfigError) as info:
        load_config(bad)
    assert "limits.max_chars" in str(info.value) and "limits.unknown" in str(info.value)


def test_config_file_overrides_defaults(tmp_path):
    good = tmp_path / "good.toml"
    good.write_text('[limits]\nmax_chars = 100\n')
    assert load_config(good)["limits"]["max_chars"] == 100


def test_stage_failure_is_recorded_not_raised(article):
    @registry.stage("timexes.broken_for_test", requires=("normalized",), provides=("timexes",))
    def make(config):
        def stage(doc):
            raise RuntimeError("boom")
        return stage

    config = load_config(overrides={"stages": {"timexes": {"backend": "broken_for_test"}}})
    doc = Pipeline(config).process(article)
    assert doc.error["type"] == "StageFailed"
    assert "boom" in doc.error["message"]


@pytest.mark.parametrize("record, kind", [
    ({"id": "x"}, "MissingText"),
    ({"id": "x", "text": 42}, "MissingText"),
    ({"id": "x", "text": "   \n"}, "EmptyText"),
    ({"id": "x", "text": "This is an English article about the weather."}, "NotArabic"),
    ({"id": ["x"], "text": "نص عربي"}, "InvalidField"),
])
def test_bad_records_become_errors(nlp, record, kind):
    doc = nlp.process(record)
    assert doc.error["type"] == kind
    assert doc.error["message"]


def test_too_long_article_is_an_error(article):
    config = load_config(overrides={"limits": {"max_chars": 50}})
    doc = Pipeline(config).process(article)
    assert doc.error["type"] == "TooLong"


def test_impossible_published_date_is_a_warning_and_falls_back(article):
    article["published"] = "2021-02-30"
    nlp = make_pipeline(published_default="2021-04-25")
    doc = nlp.process(article)
    assert doc.error is None
    assert doc.published == "2021-04-25" and doc.published_source == "default"
    assert any("2021-02-30" in w for w in doc.warnings)


def test_published_default_must_be_a_date():
    with pytest.raises(ConfigError):
        make_pipeline(published_default="yesterday")
