import gzip
import json

import pytest

from pipeline.errors import InputError
from pipeline.io.readers import read_inputs

from ..conftest import SHARED, write_jsonl

SGML = """<DOC>
<DOCNO>JA-test-1-20170120</DOCNO>
<URL>http://example.com/1</URL>
<SRC>Test FM</SRC>
<TITLE>عنوان &amp; خبر</TITLE>
<TIME>2017-01-20T21:43:00+01:00</TIME>
<TEXT>
<P>الفقرة الأولى.</P>
<P>الفقرة الثانية.</P>
</TEXT>
</DOC>
<DOC id="AFP_ARB_20000101.0002" type="story">
<HEADLINE>عنوان ثان</HEADLINE>
<DATE_TIME>2000-01-01T10:00:00</DATE_TIME>
<TEXT>نص ثان</TEXT>
</DOC>
"""


def records(*paths):
    return list(read_inputs(paths))


def test_jsonl(tmp_path):
    p = write_jsonl(tmp_path / "a.jsonl", [{"id": "1", "text": "نص"}, {"id": "2", "text": "نص آخر"}])
    assert [r.data["id"] for r in records(p)] == ["1", "2"]


def test_jsonl_bad_lines_are_records_with_errors(tmp_path):
    p = tmp_path / "a.jsonl"
    p.write_bytes(b'{"id": "1", "text": "\xd9\x86\xd8\xb5"}\n{broken\n\n[1, 2]\n{"id": "4", "text": "\xff\xfe"}\n')
    rs = records(p)
    assert len(rs) == 4  # the blank line is not an article
    assert rs[0].error is None
    assert rs[1].error[0] == "MalformedRecord" and ":2" in rs[1].origin
    assert rs[2].error[0] == "MalformedRecord"
    assert rs[3].error[0] == "DecodeError" and "UTF-8" in rs[3].error[1]


def test_json_directory_and_list(tmp_path):
    d = tmp_path / "arts"
    d.mkdir()
    (d / "b.json").write_text(json.dumps({"text": "نص"}, ensure_ascii=False), encoding="utf-8")
    (d / "a.json").write_text(json.dumps([{"id": "x", "text": "نص"}, {"id": "y", "text": "نص"}]), encoding="utf-8")
    (d / "c.json").write_text("{not json", encoding="utf-8")
    rs = records(d)
    assert [r.data["id"] if r.data else None for r in rs] == ["x", "y", "b", "c"]
    assert rs[3].error[0] == "MalformedRecord"


def test_txt_with_title(tmp_path):
    p = tmp_path / "story-7.txt"
    p.write_text("العنوان هنا\n\nالسطر الأول.\nالسطر الثاني.", encoding="utf-8")
    (r,) = records(p)
    assert r.data == {"id": "story-7", "title": "العنوان هنا", "text": "السطر الأول.\nالسطر الثاني.", "published": None}


def test_txt_without_title(tmp_path):
    p = tmp_path / "s.txt"
    p.write_text("سطر أول\nسطر ثان", encoding="utf-8")
    (r,) = records(p)
    assert r.data["title"] is None and r.data["text"] == "سطر أول\nسطر ثان"


def test_sgml_trec_and_gigaword(tmp_path):
    p = tmp_path / "docs.txt"  # ANT ships SGML in .txt files
    p.write_text(SGML, encoding="utf-8")
    a, b = records(p)
    assert a.data["id"] == "JA-test-1-20170120" and a.data["title"] == "عنوان & خبر"
    assert a.data["published"].startswith("2017-01-20") and a.data["url"] == "http://example.com/1"
    assert a.data["text"] == "الفقرة الأولى.\n\nالفقرة الثانية."
    assert b.data["id"] == "AFP_ARB_20000101.0002" and b.data["title"] == "عنوان ثان"
    assert b.data["text"] == "نص ثان"


def test_gz_of_each_format(tmp_path):
    for name, payload in [("a.jsonl.gz", '{"id": "j", "text": "نص"}\n'), ("b.sgml.gz", SGML),
                          ("c.json.gz", '{"id": "k", "text": "نص"}')]:
        with gzip.open(tmp_path / name, "wt", encoding="utf-8") as f:
            f.write(payload)
    ids = [r.data["id"] for r in records(tmp_path)]
    assert ids == ["j", "JA-test-1-20170120", "AFP_ARB_20000101.0002", "k"]


def test_truncated_gz_is_recorded(tmp_path):
    data = gzip.compress(("\n".join(json.dumps({"id": str(i), "text": "نص " * 50}) for i in range(200))).encode())
    p = tmp_path / "cut.jsonl.gz"
    p.write_bytes(data[: len(data) // 2])
    rs = records(p)
    assert rs[-1].error is not None and "damaged" in rs[-1].error[1]
    assert all(r.error is None for r in rs[:-1])


def test_missing_input_raises_before_reading(tmp_path):
    with pytest.raises(InputError):
        records(tmp_path / "nope.jsonl")


def test_not_gzip_raises(tmp_path):
    p = tmp_path / "x.jsonl.gz"
    p.write_text("plain")
    with pytest.raises(InputError):
        records(p)


def test_ant_corpus_reads_as_is():
    ant = SHARED / "corpora" / "ant" / "culture"
    rs = list(read_inputs([ant]))
    assert len(rs) > 100 and all(r.error is None for r in rs)
    assert all(r.data["text"] and r.data["published"] for r in rs)
