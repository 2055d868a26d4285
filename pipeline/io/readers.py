"""Archive readers (spec section 1), streaming: one record in memory at a time.

``read_inputs(paths)`` yields ``Record`` objects from any mix of:

- JSON Lines (``.jsonl``/``.ndjson``), one article object per line;
- ``.json`` files holding one article object (or a list of them);
- plain ``.txt`` articles: the stem is the id, the first line is the title when
  a blank line follows it;
- TREC/Gigaword SGML (``<DOC>`` … ``</DOC>``, any extension, recognised by its
  content: the ANT corpus ships SGML in ``.txt`` files);
- ``.gz`` of any of these, and directories of them (walked in sorted order).

A record that cannot be read (bad JSON, undecodable bytes, a broken gzip
stream) is still yielded, with ``error`` set, so that the runner writes its
line and counts it. Only a path that cannot be opened at all raises
``InputError``.
"""

from __future__ import annotations

import gzip
import html
import io
import json
import os
import re
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Iterable, Iterator

from ..errors import InputError

ARTICLE_SUFFIXES = {".jsonl", ".ndjson", ".json", ".txt", ".sgml", ".sgm", ".xml", ".trec", ""}


@dataclass
class Record:
    """One input article as read: ``data`` is the article object, or ``error`` says why not."""

    data: dict | None
    origin: str
    error: tuple[str, str] | None = None


def _check_openable(path: Path) -> None:
    if not path.exists():
        raise InputError(f"input not found: {path}", hint="check the path")
    if path.is_dir():
        if not os.access(path, os.R_OK | os.X_OK):
            raise InputError(f"input directory cannot be read: {path}", hint="check its permissions")
        return
    try:
        with path.open("rb") as f:
            head = f.read(2)
    except OSError as exc:
        raise InputError(f"input cannot be opened: {path}: {exc.strerror or exc}")
    if path.suffix == ".gz" and head != b"\x1f\x8b":
        raise InputError(f"input is not a gzip file: {path}", hint="remove the .gz suffix or compress it")


def _inner_suffix(path: Path) -> str:
    name = path.name[:-3] if path.name.endswith(".gz") else path.name
    return Path(name).suffix.lower()


def _files(path: Path) -> Iterator[Path]:
    if path.is_file():
        yield path
        return
    for root, dirs, files in os.walk(path):
        dirs.sort()
        for name in sorted(files):
            p = Path(root) / name
            if name.startswith(".") or name.lower().startswith(("readme", "license")):
                continue
            if _inner_suffix(p) in ARTICLE_SUFFIXES:
                yield p


def _open_binary(path: Path) -> IO[bytes]:
    f = path.open("rb")
    if path.name.endswith(".gz"):
        return gzip.GzipFile(fileobj=f)  # closes with the outer reader below
    return f


def read_inputs(paths: Iterable[str | Path]) -> Iterator[Record]:
    """All records of all inputs, in order. Every path is checked before anything is read.

    Raises:
        InputError: a path does not exist or cannot be opened.
    """
    paths = [Path(p) for p in paths]
    for p in paths:
        _check_openable(p)
    for p in paths:
        for f in _files(p):
            yield from read_file(f)


def read_file(path: Path) -> Iterator[Record]:
    """Records of one file, its format decided by its suffix and, for text, its first bytes."""
    suffix = _inner_suffix(path)
    try:
        stream = _open_binary(path)
    except OSError as exc:
        yield Record(None, str(path), ("MalformedRecord", f"cannot open {path}: {exc}"))
        return
    n = 0
    try:
        with stream:
            if suffix in (".jsonl", ".ndjson"):
                reader = _read_jsonl(stream, path)
            elif suffix == ".json":
                reader = _read_json(stream, path)
            else:
                head = stream.peek(64)[:64] if hasattr(stream, "peek") else b""
                if head.lstrip().startswith(b"<DOC"):
                    reader = _read_sgml(stream, path)
                else:
                    reader = _read_txt(stream, path)
            for record in reader:
                n += 1
                yield record
    except (OSError, EOFError, zlib.error) as exc:
        yield Record({"id": f"{path}#broken"}, f"{path}#broken",
                     ("MalformedRecord", f"{path} is damaged after {n} records: {exc}"))


def _decode(raw: bytes, origin: str) -> tuple[str | None, tuple[str, str] | None]:
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        return None, ("DecodeError", f"{origin}: bytes are not valid UTF-8 at byte {exc.start} "
                                     f"({raw[exc.start:exc.start + 4]!r}); re-encode the input as UTF-8")


def _read_jsonl(stream: IO[bytes], path: Path) -> Iterator[Record]:
    for lineno, raw in enumerate(stream, 1):
        if not raw.strip():
            continue
        origin = f"{path}:{lineno}"
        line, err = _decode(raw, origin)
        if err:
            yield Record(None, origin, err)
            continue
        yield _json_record(line.lstrip("\ufeff"), origin)


def _json_record(text: str, origin: str) -> Record:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        return Record(None, origin, ("MalformedRecord", f"{origin}: not valid JSON: {exc.msg} at column {exc.colno}"))
    if not isinstance(obj, dict):
        return Record(None, origin, ("MalformedRecord",
                                     f"{origin}: expected a JSON object, got {type(obj).__name__}"))
    return Record(obj, origin)


def _read_whole(stream: IO[bytes], path: Path) -> tuple[str, str, str | None, Record | None]:
    """(origin, stem, text, error record) of a one-article file read whole."""
    origin = str(path)
    stem = path.name.split(".")[0]
    text, err = _decode(stream.read(), origin)
    return origin, stem, text, (Record({"id": stem}, origin, err) if err else None)


def _read_json(stream: IO[bytes], path: Path) -> Iterator[Record]:
    origin, stem, text, failed = _read_whole(stream, path)
    if failed:
        yield failed
        return
    try:
        obj = json.loads(text.lstrip("\ufeff"))
    except json.JSONDecodeError as exc:
        yield Record({"id": stem}, origin, ("MalformedRecord", f"{origin}: not valid JSON: {exc.msg} at line {exc.lineno}"))
        return
    items = obj if isinstance(obj, list) else [obj]
    for i, item in enumerate(items):
        where = origin if len(items) == 1 else f"{origin}[{i}]"
        if not isinstance(item, dict):
            yield Record(None, where, ("MalformedRecord", f"{where}: expected an article object"))
            continue
        if len(items) == 1 and not item.get("id"):
            item = {**item, "id": stem}
        yield Record(item, where)


def _read_txt(stream: IO[bytes], path: Path) -> Iterator[Record]:
    origin, stem, text, failed = _read_whole(stream, path)
    if failed:
        yield failed
        return
    text = text.lstrip("\ufeff")
    title = None
    lines = text.split("\n", 2)
    if len(lines) == 3 and lines[0].strip() and not lines[1].strip():
        title, text = lines[0].strip(), lines[2]
    yield Record({"id": stem, "title": title, "text": text, "published": None}, origin)


_FIELD_RE = {
    "id": re.compile(r"<DOCNO>\s*(.*?)\s*</DOCNO>", re.S),
    "title": re.compile(r"<(?:TITLE|HEADLINE)>\s*(.*?)\s*</(?:TITLE|HEADLINE)>", re.S),
    "published": re.compile(r"<(?:TIME|DATE_TIME|DATE)>\s*(.*?)\s*</(?:TIME|DATE_TIME|DATE)>", re.S),
    "url": re.compile(r"<URL>\s*(.*?)\s*</URL>", re.S),
    "source": re.compile(r"<SRC>\s*(.*?)\s*</SRC>", re.S),
    "text": re.compile(r"<TEXT>(.*?)</TEXT>", re.S),
}
_DOC_ATTR_ID = re.compile(r'<DOC\b[^>]*\bid="([^"]+)"')
_TAG = re.compile(r"</?P>\s*|<[^>]+>")


def _sgml_doc(chunk: str, origin: str) -> Record:
    data: dict = {}
    for key, rx in _FIELD_RE.items():
        m = rx.search(chunk)
        data[key] = m.group(1) if m else None
    if not data["id"]:
        m = _DOC_ATTR_ID.search(chunk)
        data["id"] = m.group(1) if m else None
    text = data["text"]
    if text is not None:
        # paragraphs (<P>) become blank-line breaks; other tags go; entities are decoded
        text = re.sub(r"(?:\s*</?P>\s*)+", "\n\n", text)
        text = _TAG.sub("", text)
        data["text"] = html.unescape(text).strip("\n")
    for key in ("title", "url", "source"):
        if data[key] is not None:
            data[key] = html.unescape(_TAG.sub("", data[key])).strip() or None
    where = f"{origin}#{data['id']}" if data["id"] else origin
    if text is None:
        return Record(data, where, ("MissingText", f"{where}: the <DOC> has no <TEXT> element"))
    return Record(data, where)


def _read_sgml(stream: IO[bytes], path: Path) -> Iterator[Record]:
    origin = str(path)
    buf: list[bytes] = []
    inside = False
    for raw in stream:
        if not inside:
            if raw.lstrip().startswith(b"<DOC"):
                inside = True
                buf = [raw]
            continue
        buf.append(raw)
        if raw.strip() == b"</DOC>" or raw.rstrip().endswith(b"</DOC>"):
            inside = False
            chunk, err = _decode(b"".join(buf), origin)
            if err:
                m = re.search(rb"<DOCNO>\s*(.*?)\s*</DOCNO>", b"".join(buf))
                did = m.group(1).decode("utf-8", "replace") if m else None
                yield Record({"id": did} if did else None, origin, err)
            else:
                yield _sgml_doc(chunk, origin)
            buf = []
    if inside and buf:
        yield Record(None, origin, ("MalformedRecord", f"{origin}: a <DOC> is not closed by </DOC> at the end of the file"))
