"""One place for Rasd's errors.

Every error carries a stable code (``E001`` ...) and a message that says how
to fix the problem, in the manner of spaCy's ``errors.py``. Per-article
problems never escape the runner: they are turned into an ``ArticleError``
recorded on the document (see ``Document.error``) and counted in the summary.
"""

from __future__ import annotations


class RasdError(Exception):
    """Base class: ``code`` is stable across releases, ``hint`` says what to do."""

    code = "E000"

    def __init__(self, message: str, *, hint: str | None = None):
        self.message = message
        self.hint = hint
        super().__init__(f"[{self.code}] {message}" + (f" ({hint})" if hint else ""))


class ConfigError(RasdError):
    """The configuration or the stage list cannot make a pipeline."""

    code = "E001"


class InputError(RasdError):
    """An input path or archive cannot be opened at all (exit code 2)."""

    code = "E002"


class OutputError(RasdError):
    """The output target cannot be written or resumed."""

    code = "E003"


class ResourceError(RasdError):
    """A language-data file or model under ``resources/`` or ``models/`` is missing or invalid."""

    code = "E004"


class ArticleError(RasdError):
    """One article cannot be processed; ``kind`` names why (recorded, never raised to the CLI)."""

    code = "E100"

    def __init__(self, kind: str, message: str, *, hint: str | None = None):
        self.kind = kind
        super().__init__(message, hint=hint)


# Kinds of ArticleError, each with its code: stable names that users can filter on.
ARTICLE_ERRORS = {
    "MalformedRecord": "E101",  # the line or file is not a JSON object / SGML document
    "MissingText": "E102",  # no `text`, or `text` not a string
    "EmptyText": "E103",  # text is empty or whitespace only
    "NotArabic": "E104",  # too few Arabic letters to be an Arabic article
    "DecodeError": "E105",  # bytes are not valid UTF-8
    "TooLong": "E106",  # longer than `limits.max_chars`
    "StageFailed": "E107",  # a stage raised an exception (a bug: please report it)
    "InvalidField": "E108",  # a field has the wrong type (id, title ...)
}


def article_error(kind: str, message: str) -> dict:
    """The ``error`` object written for a failed article (spec section 6)."""
    return {"type": kind, "code": ARTICLE_ERRORS.get(kind, "E100"), "message": message}
