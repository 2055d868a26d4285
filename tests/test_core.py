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


def test_process_many_equals_process_one_by_one(nlp, article):
    from tests.conftest import make_articles

    records = [article, {"id": "bad"}, *make_articles(5), None]
    batch = nlp.process_many(records, seqs=range(10, 18), origins=[f"f:{k}" for k in range(8)],
                             errors=[None] * 7 + [("BadJSON", "not JSON")])
    one = [nlp.process(r, seq=10 + k, origin=f"f:{k}", error=(("BadJSON", "not JSON") if k == 7 else None))
           for k, r in enumerate(records)]
    assert [d.to_output() for d in batch] == [d.to_output() for d in one]
    assert [d.seq for d in batch] == list(range(10, 18))
    assert batch[1].error["type"] == "MissingText" and batch[7].error["type"] == "BadJSON"
    assert all(set(d.timings) == set(nlp.names) for d in batch if d.error is None)


def test_a_failing_batch_is_redone_one_by_one_and_only_the_culprit_fails(article):
    from tests.conftest import make_articles

    calls = []

    class Picky:
        """A batched stage that breaks on one article: its pipe fails for the whole batch."""

        def __call__(self, doc):
            calls.append(doc.id)
            if doc.id == "a2":
                raise ValueError("a2 is bad")
            doc.entities = []
            return doc

        def pipe(self, docs):
            calls.append(len(docs))
            return [self(d) for d in docs]

    @registry.stage("entities.picky_for_test", requires=("tokens",), provides=("entities",))
    def make(config):
        return Picky()

    config = load_config(overrides={"stages": {"entities": {"backend": "picky_for_test"}}})
    docs = Pipeline(config).process_many(make_articles(4))
    assert [d.error["type"] if d.error else None for d in docs] == [None, None, "StageFailed", None]
    assert "a2 is bad" in docs[2].error["message"]
    assert docs[2].entities == [] and docs[2].incidents == [] and "timexes" not in docs[2].done
    assert all("incidents" in d.done for k, d in enumerate(docs) if k != 2)
    assert calls[0] == 4  # one batched call first


def test_publication_dates_in_the_forms_outlets_write():
    from pipeline.core import _check_date

    # ANT's <TIME>28/02/2017</TIME> is day first; month first only when day first is impossible
    assert _check_date("28/02/2017") == "2017-02-28"
    assert _check_date("02/03/2017") == "2017-03-02"
    assert _check_date("02/28/2017") == "2017-02-28"
    assert _check_date("25.05.2017") == "2017-05-25"
    assert _check_date("2017/2/8") == "2017-02-08"
    assert _check_date("2021-04-25T10:00:00Z") == "2021-04-25"
    assert _check_date("31/02/2017") is None and _check_date("28/02/17") is None and _check_date(20170228) is None
