"""The pipeline and its registry of stages.

A stage is a factory registered under a name (``"tokenize"``) or a variant of a
name (``"entities.spacy"``). The factory takes the stage's config table and
returns a callable ``Document -> Document``; it may also have a method
``pipe(docs) -> docs`` that does a whole batch at once (same documents, same
order), which ``Pipeline.process_many`` uses. Each registration declares what
the stage ``requires`` and ``provides``; ``Pipeline`` checks the order when it
is built and reports every problem at once (stanza's way).

``Pipeline.process(record)`` turns one input record into a ``Document``,
validates it, runs the stages and never raises: failures become
``Document.error`` (see ``errors.py``).
"""

from __future__ import annotations

import datetime as dt
import importlib
import re
import time
import traceback
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Sequence

from .config import load_config
from .document import Document
from .errors import ArticleError, ConfigError, article_error

StageFn = Callable[[Document], Document]


@dataclass(frozen=True)
class StageInfo:
    name: str  # "entities" or "entities.spacy"
    factory: Callable[..., StageFn]
    requires: tuple[str, ...]
    provides: tuple[str, ...]


class Registry:
    """Stage factories by name. Modules register on import; ``load`` imports them lazily."""

    # module that registers each stage name: imported only when the stage is built
    modules = {
        "normalize": "pipeline.stages.normalize",
        "tokenize": "pipeline.stages.tokenize",
        "sentences": "pipeline.stages.sentences",
        "entities": "pipeline.stages.entities",
        "timexes": "pipeline.stages.timexes",
        "incidents": "pipeline.stages.incidents",
    }

    def __init__(self) -> None:
        self._stages: dict[str, StageInfo] = {}

    def stage(self, name: str, *, requires: Iterable[str] = (), provides: Iterable[str] = ()):
        """Decorator: register ``factory(config) -> Document -> Document`` under ``name``."""

        def wrap(factory):
            self._stages[name] = StageInfo(name, factory, tuple(requires), tuple(provides))
            return factory

        return wrap

    def get(self, name: str, backend: str | None = None) -> StageInfo:
        base = name.split(".")[0]
        if base in self.modules:
            importlib.import_module(self.modules[base])
        key = name
        if "." not in name and backend and backend != "default":
            key = f"{name}.{backend}"
        if key not in self._stages:
            known = ", ".join(sorted(self._stages)) or "none loaded"
            raise ConfigError(f"no stage registered as '{key}'", hint=f"known stages: {known}")
        return self._stages[key]

    def names(self) -> list[str]:
        for module in self.modules.values():
            importlib.import_module(module)
        return sorted(self._stages)


registry = Registry()


_DAY_FIRST = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)")
_YEAR_FIRST = re.compile(r"(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?!\d)")


def _check_date(value: Any) -> str | None:
    """The ``YYYY-MM-DD`` of a publication date if it is a real date, else None.

    Accepts ISO dates and date-times (an SGML ``<TIME>`` keeps its date part),
    ``YYYY/MM/DD``, and the day-first ``DD/MM/YYYY`` of Arabic outlets (ANT's
    ``<TIME>28/02/2017</TIME>``), with ``/``, ``.`` or ``-``; month-first only
    when the day-first reading is impossible (``02/28/2017``).
    """
    if not isinstance(value, str):
        return None
    value = value.strip()
    m = _YEAR_FIRST.match(value)
    if m:
        parts = [(int(m.group(1)), int(m.group(2)), int(m.group(3)))]
    else:
        m = _DAY_FIRST.match(value)
        if not m:
            return None
        a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        parts = [(year, b, a), (year, a, b)]
    for year, month, day in parts:
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            continue
    return None


def arabic_ratio(text: str, sample: int = 20000) -> float:
    """Share of Arabic letters among the letters of (the start of) ``text``."""
    part = text[:sample]
    letters = arabic = 0
    for ch in part:
        if ch.isalpha():
            letters += 1
            if "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\ufb50" <= ch <= "\ufeff":
                arabic += 1
    return arabic / letters if letters else 0.0


class Pipeline:
    """Named stages in order, built from the config and checked before anything runs."""

    def __init__(self, config: dict | None = None, *, stages: list[str] | None = None,
                 published_default: str | None = None):
        self.config = config if config is not None else load_config()
        names = stages if stages is not None else list(self.config["pipeline"]["stages"])
        self.published_default = published_default
        if published_default is not None and _check_date(published_default) is None:
            raise ConfigError(f"--published-default must be a date YYYY-MM-DD, got {published_default!r}")
        self.stages: list[tuple[str, StageFn]] = []
        problems: list[str] = []
        provided: set[str] = {"text"}
        infos: list[StageInfo] = []
        for name in names:
            try:
                info = registry.get(name, self.config["stages"].get(name, {}).get("backend"))
            except ConfigError as exc:
                problems.append(exc.message)
                continue
            missing = [r for r in info.requires if r not in provided]
            if missing:
                problems.append(f"stage '{name}' requires {', '.join(missing)}, which no earlier stage provides")
            provided.update(info.provides)
            infos.append(info)
        if problems:
            raise ConfigError("cannot build the pipeline: " + "; ".join(problems),
                              hint="check pipeline.stages / --stages: order and names")
        for info in infos:
            base = info.name.split(".")[0]
            self.stages.append((base, info.factory(self.config["stages"].get(base, {}))))
        self.limits = self.config["limits"]

    @property
    def names(self) -> list[str]:
        return [name for name, _ in self.stages]

    def __call__(self, doc: Document) -> Document:
        for name, stage in self.stages:
            t0 = time.perf_counter()
            doc = stage(doc)
            doc.timings[name] = doc.timings.get(name, 0.0) + time.perf_counter() - t0
            doc.done.add(name)
        return doc

    def _run_stage(self, name: str, stage: StageFn, docs: list[Document], debug: bool) -> list[Document]:
        """One stage over a batch: its documents in order, a failure recorded as that document's error.

        A stage with a ``pipe`` method gets the whole batch in one call (the
        entity model reads many articles at once); if that call raises, the
        batch is redone one document at a time, so one bad article never costs
        the others their results. The batch's time is shared among its
        documents by text length.
        """
        pipe = getattr(stage, "pipe", None)
        if pipe is not None and len(docs) > 1:
            t0 = time.perf_counter()
            try:
                out = pipe(docs)
            except Exception:
                pass  # redo one by one below: finds the culprit and records its error
            else:
                per_char = (time.perf_counter() - t0) / (sum(len(d.text) for d in out) or 1)
                for doc in out:
                    doc.timings[name] = doc.timings.get(name, 0.0) + per_char * len(doc.text)
                    doc.done.add(name)
                return out
        out = []
        for doc in docs:
            t0 = time.perf_counter()
            try:
                doc = stage(doc)
            except Exception as exc:  # a bug in a stage: keep the batch going, record it
                _stage_failed(doc, exc, debug)
            else:
                doc.timings[name] = doc.timings.get(name, 0.0) + time.perf_counter() - t0
                doc.done.add(name)
            out.append(doc)
        return out

    # -- records -> documents -------------------------------------------------

    def make_document(self, record: dict, *, seq: int = 0, origin: str | None = None) -> Document:
        """Validate one input record (spec section 1) and make its Document.

        Raises:
            ArticleError: the record cannot become an article (missing or empty text, ...).
        """
        rid = record.get("id")
        if rid is None or rid == "":
            rid = origin or f"#{seq}"
        elif not isinstance(rid, (str, int)):
            raise ArticleError("InvalidField", f"`id` must be a string, got {type(rid).__name__}")
        rid = str(rid)
        text = record.get("text")
        doc = Document(id=rid, text="", seq=seq, origin=origin)
        for key in ("title", "source", "url"):
            value = record.get(key)
            setattr(doc, key, value if isinstance(value, str) or value is None else str(value))
        self._set_published(doc, record.get("published"))
        if text is None:
            raise ArticleError("MissingText", "the record has no `text` field", hint="each article needs `text`")
        if not isinstance(text, str):
            raise ArticleError("MissingText", f"`text` must be a string, got {type(text).__name__}")
        if not text.strip():
            raise ArticleError("EmptyText", "`text` is empty")
        max_chars = self.limits["max_chars"]
        if len(text) > max_chars:
            raise ArticleError("TooLong", f"text has {len(text):,} characters, over limits.max_chars={max_chars:,}",
                               hint="raise limits.max_chars in a --config file to process it")
        ratio = arabic_ratio(text)
        if ratio < self.limits["min_arabic_ratio"]:
            raise ArticleError("NotArabic", f"only {ratio:.0%} of the letters are Arabic",
                               hint="Rasd reads Arabic articles; lower limits.min_arabic_ratio to force it")
        doc.text = text
        return doc

    def _set_published(self, doc: Document, value: Any) -> None:
        published = _check_date(value)
        if published:
            doc.published, doc.published_source = published, "article"
            return
        if value not in (None, ""):
            doc.warnings.append(f"`published` {value!r} is not a valid date YYYY-MM-DD; ignored")
        if self.published_default:
            doc.published, doc.published_source = _check_date(self.published_default), "default"

    def process(self, record: dict | None, *, seq: int = 0, origin: str | None = None,
                error: tuple[str, str] | None = None, debug: bool = False) -> Document:
        """One record in, one Document out, whatever happens (errors are recorded)."""
        return self.process_many([record], seqs=[seq], origins=[origin], errors=[error], debug=debug)[0]

    def process_many(self, records: Sequence[dict | None], *, seqs: Sequence[int] | None = None,
                     origins: Sequence[str | None] | None = None,
                     errors: Sequence[tuple[str, str] | None] | None = None, debug: bool = False) -> list[Document]:
        """A batch of records in, one Document each out, in order, whatever happens.

        The same documents as ``process`` on each record, but every stage runs
        over the batch at once (see ``_run_stage``). ``seqs`` defaults to
        0, 1, ...; ``origins`` and ``errors`` (a reader's failure per record)
        to None.
        """
        n = len(records)
        seqs = range(n) if seqs is None else seqs
        origins = origins or [None] * n
        errors = errors or [None] * n
        docs = [self._start(r, s, o, e) for r, s, o, e in zip(records, seqs, origins, errors)]
        live = [k for k, d in enumerate(docs) if d.error is None]
        for name, stage in self.stages:
            if not live:
                break
            out = self._run_stage(name, stage, [docs[k] for k in live], debug)
            for k, doc in zip(live, out):
                docs[k] = doc  # a stage may return a new Document
            live = [k for k, doc in zip(live, out) if doc.error is None]
        return docs

    def _start(self, record: dict | None, seq: int, origin: str | None, error: tuple[str, str] | None) -> Document:
        """The record's Document before any stage: validated, or carrying its error."""
        if error is not None or record is None:
            kind, message = error or ("MalformedRecord", "no record")
            doc = Document(id=(record or {}).get("id") or origin or f"#{seq}", text="", seq=seq, origin=origin)
            doc.error = article_error(kind, message)
            return doc
        try:
            return self.make_document(record, seq=seq, origin=origin)
        except ArticleError as exc:
            rid = record.get("id")
            doc = Document(id=str(rid) if isinstance(rid, (str, int)) and rid != "" else (origin or f"#{seq}"),
                           text="", seq=seq, origin=origin)
            self._set_published(doc, record.get("published"))
            doc.error = article_error(exc.kind, exc.message + (f" ({exc.hint})" if exc.hint else ""))
            return doc


def _stage_failed(doc: Document, exc: Exception, debug: bool) -> None:
    message = f"{type(exc).__name__}: {exc}"
    if debug:
        message += "\n" + traceback.format_exc()
    doc.entities, doc.timexes, doc.incidents = [], [], []
    doc.error = article_error("StageFailed", message)


def make_pipeline(config_path: str | None = None, *, stages: list[str] | None = None,
                  published_default: str | None = None) -> Pipeline:
    """Load the config and build the pipeline (the public entry point)."""
    return Pipeline(load_config(config_path), stages=stages, published_default=published_default)
