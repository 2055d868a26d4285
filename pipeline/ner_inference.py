"""Running Rasd's NER model fast, with exactly the predictions of spaCy's ``nlp.pipe``.

The model (``models/ner``, trained by ``rasd train ner``) is spaCy's
transition-based NER: a tok2vec (hash embeddings of five word attributes and
a static vector, mixed by a maxout layer; then two convolutional maxout
layers), a lower layer precomputed for every token and each of the three
state features, and a greedy BILUO decoder. Run through ``nlp.pipe`` it was
about two thirds of Rasd's whole run time. Two facts of this model make most
of that work unnecessary:

1. The first layer (embeddings, static vector, maxout, layer norm) depends on
   the word alone. Its output is computed once per distinct word form and
   kept in a bounded cache (``max_cached`` words; emptied when full, so an
   archive of any size keeps the memory flat): news text repeats its words,
   so most tokens are a row lookup instead of twenty hash-table reads and a
   384-wide product.
2. The decoder's state features for NER are the next token, the first token
   of the open entity and the token before the next one; the last two are
   empty while no entity is open, which is most of the time. So the scores of
   every token in the "outside" state come from one matrix product over the
   whole batch, and only the steps inside an entity (a few percent of the
   tokens) are taken one by one. spaCy's loop steps every token of every
   document, through BLIS's generic kernel on CPUs it does not know.

The layers themselves run as the model's own thinc layers; only the decoder is
Rasd's, written from spaCy's ``BiluoPushDown`` rules (``ner.pyx``) for
documents without preset entities or sentence boundaries (Rasd's ``make_doc``
sets neither): B needs no open entity and a following token, I an open
entity of its label and a following token, L an open entity of its label, U
and O no open entity, and B and U a token that is not whitespace. Ties go to
the first action in the model's order, as in spaCy's ``arg_max_if_valid``.
``tests/test_ner_inference.py`` checks the predictions against ``nlp.pipe``.

A model of another shape (other state features, unseen classes, no upper
layer, word attributes other than ORTH, NORM, PREFIX, SUFFIX and SHAPE) is
not supported: ``NERInference.supports(nlp)`` says so and the
entity stage then uses ``nlp.pipe``.
"""

from __future__ import annotations

import logging
import zipfile
from pathlib import Path

import numpy

from .training.ner import features

Span = tuple[int, int, str]  # first token, last token (inclusive), label
log = logging.getLogger(__name__)


class NERInference:
    """``predict(word_lists)``: per list of words, the model's entity spans ``(first, last, label)``."""

    def __init__(self, nlp, max_cached: int = 200_000):
        if not self.supports(nlp):
            raise ValueError("the NER model's architecture is not one NERInference runs; use nlp.pipe")
        ner = nlp.get_pipe("ner")
        tok2vec, self.lower, upper = ner.model.layers
        embed_encode, _list2array, self.project = tok2vec.layers
        self.embed, self.encode = embed_encode.layers
        self.bias = self.lower.get_param("b")  # (nO, nP)
        self.W_upper = numpy.ascontiguousarray(upper.get_param("W").T)
        self.b_upper = upper.get_param("b")
        self.vocab = nlp.vocab

        names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
        self.moves = moves = [name.partition("-")[0] for name in names]
        self.labels = labels = [name.partition("-")[2] for name in names]
        n = len(names)
        self.is_begin = numpy.array([m == "B" and bool(lab) for m, lab in zip(moves, labels)])
        self.is_unit = numpy.array([m == "U" and bool(lab) for m, lab in zip(moves, labels)])
        self.outside_ok = self.is_begin | self.is_unit | numpy.array([m == "O" for m in moves])
        # per label: the class of I-label and of L-label
        self.inside = {lab: names.index("I-" + lab) for lab in set(labels) if lab and "I-" + lab in names}
        self.last = {lab: names.index("L-" + lab) for lab in set(labels) if lab and "L-" + lab in names}
        self.n_classes = n

        self.max_cached = max_cached
        self._row: dict[str, int] = {}
        self._table: dict[str, int] = {}  # the preloaded words (``preload``): kept when the cache is emptied
        self._rows = numpy.zeros((1024, self.embed.get_dim("nO")), dtype="f")
        self._space = numpy.zeros(1024, dtype=bool)

    @staticmethod
    def supports(nlp) -> bool:
        """Whether ``nlp`` is a spaCy NER pipeline of the shape this class runs."""
        if list(nlp.pipe_names) != ["ner"]:
            return False
        model = nlp.get_pipe("ner").model
        try:
            tok2vec, lower, upper = model.layers
            embed_encode, list2array, project = tok2vec.layers
            _embed, _encode = embed_encode.layers
        except ValueError:
            return False
        from spacy.attrs import IDS

        readers = [node for node in _embed.walk() if node.name == "extract_features"]
        columns = {IDS.get(c, c) for node in readers for c in node.attrs["columns"]}
        return (model.attrs.get("has_upper") is True and not model.attrs.get("unseen_classes")
                and lower.name == "precomputable_affine" and lower.get_dim("nF") == 3
                and upper.name == "linear" and list2array.name == "list2array" and project.name == "linear"
                and len(readers) == 1 and columns <= {IDS[a] for a in WordBatch.ATTRS})

    # ------------------------------------------------------------ tok2vec

    def _first_layer_rows(self, words: list[str]) -> numpy.ndarray:
        """Row indices into the cache of each word's first-layer output (computed for new words)."""
        row = self._row
        if len(row) > self.max_cached:
            row.clear()
            row.update(self._table)  # the table's rows come first in the array and stay valid
        new = list(dict.fromkeys(w for w in words if w not in row))
        if new:
            start = len(row)
            need = start + len(new)
            if need > len(self._rows):
                size = max(need, 2 * len(self._rows))
                self._rows = numpy.resize(self._rows, (size, self._rows.shape[1]))
                self._space = numpy.resize(self._space, size)
            self._rows[start:need], self._space[start:need] = self.first_layer(new)
            row.update(zip(new, range(start, need)))
        return numpy.fromiter((row[w] for w in words), dtype="int64", count=len(words))

    # ------------------------------------------------------------ first-layer table

    def first_layer(self, words: list[str]) -> tuple[numpy.ndarray, numpy.ndarray]:
        """The first-layer output of each word (a row) and whether its normalized form is whitespace."""
        batch = WordBatch(self.vocab, [features(w) for w in words])
        return self.embed.predict([batch])[0], numpy.array([f.isspace() for f in batch.forms], dtype=bool)

    def preload(self, words: list[str], rows: numpy.ndarray, space: numpy.ndarray) -> None:
        """Start the cache with precomputed rows (``save_table``/``load_table``) instead of empty.

        A worker process then skips computing the first layer of the most
        frequent words, which each worker would otherwise do again for itself.
        The preloaded words stay when the bounded cache is emptied.
        """
        if len(words) != len(rows) or len(rows) != len(space) or rows.shape[1:] != self._rows.shape[1:]:
            raise ValueError("first-layer table: words, rows and space flags do not match the model")
        self._rows = numpy.array(rows, dtype="f")
        self._space = numpy.array(space, dtype=bool)
        self._table = dict(zip(words, range(len(words))))
        self._row = dict(self._table)

    # ------------------------------------------------------------ decoding

    def _scores(self, unmaxed: numpy.ndarray) -> numpy.ndarray:
        """Action scores from summed state features ``(..., nO, nP)``: bias, maxout, upper layer."""
        x = unmaxed + self.bias
        hidden = x[..., 0]
        for p in range(1, x.shape[-1]):
            hidden = numpy.maximum(hidden, x[..., p])
        return hidden @ self.W_upper + self.b_upper

    def predict(self, word_lists: list[list[str]]) -> list[list[Span]]:
        out: list[list[Span]] = [[] for _ in word_lists]
        keep = [i for i, words in enumerate(word_lists) if words]
        if not keep:
            return out
        bounds = numpy.cumsum([0] + [len(word_lists[i]) for i in keep])
        rows = self._first_layer_rows([w for i in keep for w in word_lists[i]])
        space = self._space[rows]
        X = self.encode.predict([self._rows[rows[a:b]] for a, b in zip(bounds[:-1], bounds[1:])])
        tokvecs = self.project.predict(numpy.vstack(X) if len(X) > 1 else X[0])
        Yf = self.lower.predict(tokvecs)  # (tokens + 1, nF, nO, nP); Yf[0] holds the padding
        P, pad = Yf[1:], Yf[0]

        valid = numpy.broadcast_to(self.outside_ok, (len(P), self.n_classes)).copy()
        valid[bounds[1:] - 1] &= ~self.is_begin  # B needs a following token
        valid[space] &= ~(self.is_begin | self.is_unit)
        scores = self._scores((P[:, 0] + pad[1]) + pad[2])
        action = numpy.where(valid, scores, -numpy.inf).argmax(axis=1)

        doc_of = (numpy.searchsorted(bounds, numpy.arange(len(P)), side="right") - 1).tolist()
        bounds = bounds.tolist()
        free = 0  # first token not yet decoded
        for t in numpy.flatnonzero(self.is_begin[action] | self.is_unit[action]).tolist():
            if t < free:
                continue
            k = doc_of[t]
            first, end = bounds[k], bounds[k + 1]
            label = self.labels[action[t]]
            if self.is_unit[action[t]]:
                out[keep[k]].append((t - first, t - first, label))
                free = t + 1
                continue
            i_class, l_class = self.inside[label], self.last[label]
            u = t + 1
            while True:  # inside the entity: features (next token, entity start, token before next)
                s = self._scores(((P[u, 0] + P[t, 1]) + P[u - 1, 2])[None])[0]
                if u < end - 1 and (s[i_class] > s[l_class] or s[i_class] == s[l_class] and i_class < l_class):
                    u += 1
                    continue
                break
            out[keep[k]].append((t - first, u - first, label))
            free = u + 1
        return out


class WordBatch:
    """What the model's first layer reads of a spaCy ``Doc`` (``to_array``, ``vocab``, ``len``), for words.

    The values are those of ``training.ner.doc_from_features``: ORTH the
    normalized form, NORM the form without proclitics, PREFIX, SUFFIX and
    SHAPE from the vocabulary's own attribute functions, all as spaCy's string
    IDs (the hash, or a fixed ID for spaCy's symbols such as ``_``).
    A real ``Doc`` would make a spaCy lexeme for every new word, computing
    some twenty lexical attributes the model never reads (60 µs a word).
    """

    ATTRS = ("ORTH", "NORM", "PREFIX", "SUFFIX", "SHAPE")  # what it can give (``supports`` checks the model)

    def __init__(self, vocab, feats: list[tuple[str, str]]):
        from spacy.attrs import NORM, ORTH, PREFIX, SHAPE, SUFFIX
        from spacy.strings import get_string_id

        self.vocab = vocab
        self.forms = [form or "_" for form, _ in feats]
        get = vocab.lex_attr_getters
        self.columns = {
            ORTH: [get_string_id(w) for w in self.forms],
            NORM: [get_string_id(stem or form) for (_, stem), form in zip(feats, self.forms)],
        }
        for attr in (PREFIX, SUFFIX, SHAPE):
            self.columns[attr] = [get_string_id(get[attr](w)) for w in self.forms]

    def __len__(self) -> int:
        return len(self.forms)

    def to_array(self, attrs):
        from spacy.attrs import IDS

        if isinstance(attrs, (int, str)):
            return numpy.array(self.columns[IDS.get(attrs, attrs)], dtype="uint64")
        return numpy.array([self.columns[IDS.get(a, a)] for a in attrs], dtype="uint64").T.copy()


# ---------------------------------------------------------------- first-layer table

TABLE = "first_layer.npz"  # inside the spaCy model folder: precomputed first-layer rows of frequent words


def save_table(path: Path, fast: NERInference, words: list[str]) -> dict:
    """Compute and write the first-layer rows of ``words`` (most frequent first) for ``fast``'s model."""
    rows, space = fast.first_layer(words)
    joined = numpy.frombuffer("\n".join(words).encode("utf-8"), dtype="uint8")
    numpy.savez(path, words=joined, rows=rows, space=space)
    return {"file": path.name, "words": len(words), "bytes": path.stat().st_size}


def load_table(path: Path, fast: NERInference, check: int = 16) -> bool:
    """Preload ``fast`` with the table at ``path`` when it is the table of ``fast``'s model.

    ``check`` words spread over the table are computed again and compared: a
    table written for another model (retrained, other seed) is left out with a
    warning rather than giving wrong predictions. Returns whether it was loaded.
    """
    try:
        with numpy.load(path) as data:
            words = data["words"].tobytes().decode("utf-8").split("\n")
            rows, space = data["rows"], data["space"]
    except (OSError, ValueError, KeyError, UnicodeDecodeError, zipfile.BadZipFile) as exc:
        log.warning("first-layer table %s cannot be read (%s): not used", path, exc)
        return False
    if len(words) != len(rows):
        log.warning("first-layer table %s is damaged (%d words, %d rows): not used", path, len(words), len(rows))
        return False
    probe = sorted({round(i * (len(words) - 1) / max(check - 1, 1)) for i in range(check)}) if words else []
    again, again_space = fast.first_layer([words[i] for i in probe])
    if rows.shape[1:] != again.shape[1:] or not (numpy.allclose(rows[probe], again, rtol=1e-5, atol=1e-6)
                                                 and numpy.array_equal(space[probe], again_space)):
        log.warning("first-layer table %s was not made for this model: not used (rebuild it with "
                    "`rasd train ner-table`)", path)
        return False
    fast.preload(words, rows, space)
    return True
