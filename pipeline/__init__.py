"""Rasd (رصد): Arabic news archives to structured, checkable incident records.

    >>> from pipeline import make_pipeline
    >>> nlp = make_pipeline()
    >>> doc = nlp.process({"id": "a1", "text": "...", "published": "2021-04-25"})
    >>> doc.to_output()  # spec section 6
"""

__version__ = "0.1.0"

from .core import Pipeline, make_pipeline, registry  # noqa: E402
from .document import Document  # noqa: E402

__all__ = ["Pipeline", "make_pipeline", "registry", "Document", "__version__"]
