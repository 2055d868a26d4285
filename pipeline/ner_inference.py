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

The layers run in numpy, operation for operation as thinc's ``NumpyOps`` runs
them (the same numpy calls on the same arrays, so the same numbers), from the
model's parameters (``NERWeights``): read from the model folder's files
without importing spaCy when the folder has its first-layer table (below),
which saves every process about a second of start-up, or taken from a loaded
spaCy pipeline. Word attributes are hashed as spaCy and thinc hash them
(MurmurHash64A for string ids, MurmurHash3 for the hash-embedding rows,
written here with numpy). The decoder is Rasd's, written from spaCy's
``BiluoPushDown`` rules (``ner.pyx``) for
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
from dataclasses import dataclass
from pathlib import Path

import numpy

from .training.ner import features

Span = tuple[int, int, str]  # first token, last token (inclusive), label
log = logging.getLogger(__name__)


class NERInference:
    """``predict(word_lists)``: per list of words, the model's entity spans ``(first, last, label)``."""

    def __init__(self, model, max_cached: int = 200_000):
        """``model``: ``NERWeights``, or a spaCy pipeline to take them from (``NERWeights.from_nlp``)."""
        self.weights = w = model if isinstance(model, NERWeights) else NERWeights.from_nlp(model)
        self.bias = w.lower[1]  # (nO, nP)
        self.W_upper = numpy.ascontiguousarray(w.upper[0].T)
        self.b_upper = w.upper[1]
        self._ids: dict[str, int] = {}  # string ids of short strings (prefixes, suffixes, shapes)

        names = w.classes
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
        self._rows = numpy.zeros((1024, w.mix[0].shape[0]), dtype="f")
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
        windows = [node for node in _encode.walk() if node.name == "expand_window"]
        return (model.attrs.get("has_upper") is True and not model.attrs.get("unseen_classes")
                and lower.name == "precomputable_affine" and lower.get_dim("nF") == 3
                and upper.name == "linear" and list2array.name == "list2array" and project.name == "linear"
                and len(readers) == 1 and columns <= {IDS[a] for a in ATTRS}
                and all(node.attrs["window_size"] == 1 for node in windows))

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
        """The first-layer output of each word (a row) and whether its normalized form is whitespace.

        As the model computes it: the hash embedding of each word attribute
        (four rows summed per attribute), the projected static vector (zeros
        for a word without one), then maxout and layer normalization.
        """
        w = self.weights
        feats = [features(word) for word in words]
        forms = [form or "_" for form, _ in feats]
        strings = {"ORTH": forms, "NORM": [stem or form for (_, stem), form in zip(feats, forms)],
                   "PREFIX": [f[0] for f in forms], "SUFFIX": [f[-3:] for f in forms],
                   "SHAPE": [word_shape(f) for f in forms]}
        ids = {"ORTH": string_ids(strings["ORTH"], w.symbols), "NORM": string_ids(strings["NORM"], w.symbols)}
        for attr in ("PREFIX", "SUFFIX", "SHAPE"):  # few distinct strings: their ids are kept
            ids[attr] = self._short_ids(strings[attr])
        parts = []
        for column, (seed, E) in zip(w.columns, w.embed):
            keys = hash_keys(ids[column], seed) % E.shape[0]
            parts.append(E[keys[:, 0]] + E[keys[:, 1]] + E[keys[:, 2]] + E[keys[:, 3]])
        orth = ids["ORTH"]
        at = numpy.minimum(numpy.searchsorted(w.vector_keys, orth), len(w.vector_keys) - 1)
        rows = numpy.where(w.vector_keys[at] == orth, w.vector_rows[at], -1)
        static = numpy.dot(numpy.ascontiguousarray(w.vectors[rows]), w.static_W.T)
        static[rows < 0] = 0
        out = _maxout_norm(numpy.hstack(parts + [static]), *w.mix)
        return out, numpy.array([f.isspace() for f in forms], dtype=bool)

    def _short_ids(self, strings: list[str]) -> numpy.ndarray:
        known = self._ids
        new = [s for s in dict.fromkeys(strings) if s not in known]
        if new:
            known.update(zip(new, string_ids(new, self.weights.symbols).tolist()))
        return numpy.fromiter((known[s] for s in strings), dtype="uint64", count=len(strings))

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

    def _encode(self, Xs: list[numpy.ndarray]) -> numpy.ndarray:
        """The window layers over each document, with ``pad`` zero rows between documents as thinc's
        ``with_array`` puts them; the tokens' rows, in order (the padding rows left out)."""
        pad = self.weights.encode_pad
        zeros = numpy.zeros((pad, Xs[0].shape[1]), dtype=Xs[0].dtype)
        padded = [zeros]
        for x in Xs:
            padded += [x, zeros]
        Xf = numpy.concatenate(padded)
        for layer in self.weights.encode:
            Xf = Xf + _maxout_norm(_window(Xf), *layer)
        token = numpy.ones(len(Xf), dtype=bool)
        for start in numpy.cumsum([0] + [len(x) + pad for x in Xs]):
            token[start:start + pad] = False
        return Xf[token]

    def _lower(self, X: numpy.ndarray) -> numpy.ndarray:
        """Each token's contribution to each of the three state features (precomputed), padding row first."""
        W, _b, pad = self.weights.lower
        nF, nO, nP, nI = W.shape
        Yf = numpy.empty((X.shape[0] + 1, nF * nO * nP), dtype="f")
        numpy.dot(X, W.reshape((nF * nO * nP, nI)).T, out=Yf[1:])
        Yf = Yf.reshape((Yf.shape[0], nF, nO, nP))
        Yf[0] = numpy.squeeze(pad, 0)
        return Yf

    # ------------------------------------------------------------ decoding

    def _scores(self, unmaxed: numpy.ndarray) -> numpy.ndarray:
        """Action scores from summed state features ``(..., nO, nP)``: bias, maxout, upper layer."""
        x = unmaxed + self.bias
        hidden = x[..., 0]
        for p in range(1, x.shape[-1]):
            hidden = numpy.maximum(hidden, x[..., p])
        return hidden @ self.W_upper + self.b_upper

    def _state_features(self, word_lists: list[list[str]]):
        """For non-empty word lists: each token's contribution to the three state features ``P`` (tokens, nF,
        nO, nP), the padding's ``pad``, whether each token is whitespace, and the documents' bounds."""
        bounds = numpy.cumsum([0] + [len(words) for words in word_lists])
        rows = self._first_layer_rows([w for words in word_lists for w in words])
        X = self._encode([self._rows[rows[a:b]] for a, b in zip(bounds[:-1], bounds[1:])])
        W, b = self.weights.project
        tokvecs = numpy.dot(X, W.T)
        tokvecs += b
        Yf = self._lower(tokvecs)  # (tokens + 1, nF, nO, nP); Yf[0] holds the padding
        return Yf[1:], Yf[0], self._space[rows], bounds

    def outside_scores(self, word_lists: list[list[str]]) -> numpy.ndarray:
        """Every token's action scores while no entity is open (non-empty word lists): what a table's probe holds."""
        P, pad, _, _ = self._state_features(word_lists)
        return self._scores((P[:, 0] + pad[1]) + pad[2])

    def predict(self, word_lists: list[list[str]]) -> list[list[Span]]:
        out: list[list[Span]] = [[] for _ in word_lists]
        keep = [i for i, words in enumerate(word_lists) if words]
        if not keep:
            return out
        P, pad, space, bounds = self._state_features([word_lists[i] for i in keep])
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


# ---------------------------------------------------------------- the model's parameters, without spaCy


@dataclass
class NERWeights:
    """What ``NERInference`` needs of a model: its parameters as numpy arrays, its classes, spaCy's symbols.

    ``from_nlp`` takes them from a loaded spaCy pipeline; ``from_folder`` reads
    the same arrays from the model folder's own files (thinc's msgpack of the
    NER component, the vectors' ``.npy`` and key table) with the ``msgpack``
    package alone, plus the classes and spaCy's symbol table stored in the
    first-layer table file. Importing spaCy and loading the model takes about
    a second in every process; this takes a tenth of it.
    """

    columns: list[str]  # the word attributes the first layer reads (ORTH, NORM ...), in the model's order
    embed: list[tuple[int, numpy.ndarray]]  # per column: (hash seed, table E (nV, nO))
    vectors: numpy.ndarray  # static vectors (rows, nM)
    vector_keys: numpy.ndarray  # sorted uint64 string ids of the vectors' words
    vector_rows: numpy.ndarray  # their rows in ``vectors``
    static_W: numpy.ndarray  # (nO, nM)
    mix: tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray, numpy.ndarray]  # maxout W (nO, nP, nI), b; norm G, b
    encode: list[tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray, numpy.ndarray]]  # same, per window layer
    encode_pad: int  # zero rows between documents in the window layers
    project: tuple[numpy.ndarray, numpy.ndarray]  # linear W (nO, nI), b
    lower: tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]  # W (nF, nO, nP, nI), b (nO, nP), pad (1, nF, nO, nP)
    upper: tuple[numpy.ndarray, numpy.ndarray]  # W (classes, nO), b
    classes: list[str]  # the transition system's class names (B-ORG ...), in the model's order
    symbols: dict[str, int]  # spaCy's reserved strings and their fixed ids

    @classmethod
    def from_nlp(cls, nlp) -> "NERWeights":
        if not NERInference.supports(nlp):
            raise ValueError("the NER model's architecture is not one NERInference runs; use nlp.pipe")
        from spacy.attrs import IDS
        from spacy.symbols import IDS as SYMBOLS

        ner = nlp.get_pipe("ner")
        tok2vec, lower, upper = ner.model.layers
        embed_encode, _list2array, project = tok2vec.layers
        embed, encode = embed_encode.layers
        tables = {}
        for node in embed.walk():
            if node.name == "hashembed":
                tables[node.attrs["column"]] = (node.attrs["seed"], node.get_param("E"))
        columns = [node for node in embed.walk() if node.name == "extract_features"][0].attrs["columns"]
        names = {v: k for k, v in IDS.items()}
        static = next(node for node in embed.walk() if node.name == "static_vectors")
        maxouts = [node for node in embed.walk() if node.name == "maxout"]
        norms = [node for node in embed.walk() if node.name == "layernorm"]
        window_maxouts = [node for node in encode.walk() if node.name == "maxout"]
        window_norms = [node for node in encode.walk() if node.name == "layernorm"]
        vec = nlp.vocab.vectors
        keys = numpy.array(list(vec.key2row.keys()), dtype="uint64")
        rows = numpy.array(list(vec.key2row.values()), dtype="int64")
        order_k = numpy.argsort(keys)
        return cls(
            columns=[c if isinstance(c, str) else names[c] for c in columns],
            embed=[tables[i] for i in range(len(columns))],
            vectors=numpy.asarray(vec.data, dtype="f"), vector_keys=keys[order_k], vector_rows=rows[order_k],
            static_W=static.get_param("W"),
            mix=(maxouts[0].get_param("W"), maxouts[0].get_param("b"), norms[0].get_param("G"), norms[0].get_param("b")),
            encode=[(m.get_param("W"), m.get_param("b"), n.get_param("G"), n.get_param("b"))
                    for m, n in zip(window_maxouts, window_norms)],
            encode_pad=encode.attrs["pad"],
            project=(project.get_param("W"), project.get_param("b")),
            lower=(lower.get_param("W"), lower.get_param("b"), lower.get_param("pad")),
            upper=(upper.get_param("W"), upper.get_param("b")),
            classes=[ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)],
            symbols=dict(SYMBOLS))

    @classmethod
    def from_folder(cls, model_dir: Path, classes: list[str], symbols: dict[str, int]) -> "NERWeights":
        """The parameters from the files of a spaCy model folder, without spaCy (see the class).

        Raises ``ValueError`` when the files do not hold a model of the supported shape.
        """
        import msgpack

        def arrays(obj):  # thinc writes arrays as msgpack-numpy maps
            if b"nd" in obj and obj.get(b"nd"):
                return numpy.frombuffer(obj[b"data"], dtype=numpy.dtype(obj[b"type"])).reshape(obj[b"shape"])
            return obj

        model_dir = Path(model_dir)
        with open(model_dir / "ner" / "model", "rb") as f:
            saved = msgpack.unpackb(f.read(), object_hook=arrays, raw=False, strict_map_key=False)
        nodes, attrs, params = saved["nodes"], saved["attrs"], saved["params"]
        root = nodes[0]["refs"]  # parser_model: tok2vec, lower, upper
        if nodes[0]["name"] != "parser_model" or set(root) != {"tok2vec", "lower", "upper"}:
            raise ValueError("not a transition-based NER model with an upper layer")

        def attr(i: int, name: str):
            return msgpack.unpackb(attrs[i][name], raw=False)

        named = lambda name: [i for i, n in enumerate(nodes) if n["name"] == name]  # noqa: E731
        maxouts, norms = named("maxout"), named("layernorm")
        embeds = {attr(i, "column"): (attr(i, "seed"), params[i]["E"]) for i in named("hashembed")}
        columns = attr(named("extract_features")[0], "columns")
        width = nodes[root["lower"]]["dims"]["nI"]
        first = [i for i in maxouts if nodes[i]["dims"]["nI"] != 3 * width]
        window = [i for i in maxouts if nodes[i]["dims"]["nI"] == 3 * width]
        window_pad = [attr(i, "pad") for i, n in enumerate(nodes)
                      if n["name"].startswith("with_array(residual(expand_window")]
        project = [i for i in named("linear") if i != root["upper"] and nodes[i]["dims"].get("nO") == width]
        if (len(first) != 1 or len(norms) != 1 + len(window) or len(project) != 1 or len(window_pad) != 1
                or sorted(embeds) != list(range(len(columns))) or not set(columns) <= set(ATTRS)
                or any(attr(i, "window_size") != 1 for i in named("expand_window"))):
            raise ValueError("the NER model's layers are not those NERInference runs")
        # thinc lists the nodes breadth-first: the first layer's maxout and norm, then the window layers in order
        pairs = sorted(first + window)
        norm_of = dict(zip(pairs, sorted(norms)))
        vectors = numpy.load(model_dir / "vocab" / "vectors", allow_pickle=False)
        with open(model_dir / "vocab" / "key2row", "rb") as f:
            key2row = msgpack.unpackb(f.read(), raw=False, strict_map_key=False)
        keys = numpy.fromiter(key2row.keys(), dtype="uint64", count=len(key2row))
        rows = numpy.fromiter(key2row.values(), dtype="int64", count=len(key2row))
        order_k = numpy.argsort(keys)

        def maxout_norm(i: int):
            m, n = params[i], params[norm_of[i]]
            return m["W"], m["b"], n["G"], n["b"]

        low, up, proj = params[root["lower"]], params[root["upper"]], params[project[0]]
        static = params[named("static_vectors")[0]]
        return cls(
            columns=list(columns), embed=[embeds[i] for i in range(len(columns))],
            vectors=vectors, vector_keys=keys[order_k], vector_rows=rows[order_k], static_W=static["W"],
            mix=maxout_norm(first[0]), encode=[maxout_norm(i) for i in window], encode_pad=window_pad[0],
            project=(proj["W"], proj["b"]), lower=(low["W"], low["b"], low["pad"]), upper=(up["W"], up["b"]),
            classes=list(classes), symbols=dict(symbols))


def _maxout_norm(X: numpy.ndarray, W: numpy.ndarray, b: numpy.ndarray, G: numpy.ndarray,
                 bn: numpy.ndarray) -> numpy.ndarray:
    """thinc's ``Maxout`` then ``LayerNorm`` (the same numpy operations, in the same order)."""
    nO, nP, nI = W.shape
    Y = numpy.dot(X, W.reshape((nO * nP, nI)).T)
    Y += b.reshape(nO * nP)
    Z = Y.reshape((Y.shape[0], nO, nP))
    best = Z[:, :, 0]
    for p in range(1, nP):  # what thinc's C maxout does; numpy's max over a short last axis is five times slower
        best = numpy.maximum(best, Z[:, :, p])
    mu = best.mean(axis=1, keepdims=True)
    var = best.var(axis=1, keepdims=True) + 1e-08
    out = (best - mu) * var ** (-1.0 / 2.0)
    out = out * G
    out += bn
    return out


def _window(X: numpy.ndarray) -> numpy.ndarray:
    """thinc's ``expand_window`` of width 1: each row with the rows before and after it (zeros at the ends)."""
    n, width = X.shape
    out = numpy.zeros((n, 3 * width), dtype=X.dtype)
    out[1:, :width] = X[:-1]
    out[:, width:2 * width] = X
    out[:-1, 2 * width:] = X[1:]
    return out


# ---------------------------------------------------------------- word attributes and hashing

ATTRS = ("ORTH", "NORM", "PREFIX", "SUFFIX", "SHAPE")  # the word attributes the first layer can read
_M64A = numpy.uint64(0xC6A4A7935BD1E995)
_C1, _C2 = numpy.uint64(0x87C37B91114253D5), numpy.uint64(0x4CF5AD432745937F)
_F1, _F2 = numpy.uint64(0xFF51AFD7ED558CCD), numpy.uint64(0xC4CEB9FE1A85EC53)


def word_shape(text: str) -> str:
    """spaCy's SHAPE attribute: letters as x or X, digits as d, other characters kept; runs cut at 4."""
    if len(text) >= 100:
        return "LONG"
    shape, last, run = [], "", 0
    for char in text:
        c = ("X" if char.isupper() else "x") if char.isalpha() else "d" if char.isdigit() else char
        run = run + 1 if c == last else 0
        last = c
        if run < 4:
            shape.append(c)
    return "".join(shape)


def string_ids(strings: list[str], symbols: dict[str, int]) -> numpy.ndarray:
    """spaCy's string ids (``get_string_id``): 0 for "", a reserved symbol's fixed id, else MurmurHash64A of the
    UTF-8 bytes with seed 1."""
    out = numpy.zeros(len(strings), dtype="uint64")
    at, raw = [], []
    for i, s in enumerate(strings):
        if s:
            symbol = symbols.get(s)
            if symbol is None:
                at.append(i)
                raw.append(s.encode("utf-8"))
            else:
                out[i] = symbol
    if raw:
        out[at] = murmurhash64a(raw, 1)
    return out


def murmurhash64a(keys: list[bytes], seed: int) -> numpy.ndarray:
    """MurmurHash64A (Austin Appleby's MurmurHash2, 64-bit, as in the murmurhash package) of each byte string."""
    n = len(keys)
    lengths = numpy.fromiter(map(len, keys), dtype="uint64", count=n)
    width = (max(map(len, keys), default=0) // 8 + 1) * 8
    blocks = numpy.frombuffer(b"".join(k.ljust(width, b"\0") for k in keys), dtype="<u8").reshape(n, width // 8)
    full = lengths // numpy.uint64(8)
    tail = lengths % numpy.uint64(8) != 0
    with numpy.errstate(over="ignore"):
        h = numpy.uint64(seed) ^ (lengths * _M64A)
        for j in range(width // 8):
            block = blocks[:, j]
            k = block * _M64A
            k ^= k >> numpy.uint64(47)
            k *= _M64A
            h = numpy.where(j < full, (h ^ k) * _M64A, numpy.where((j == full) & tail, (h ^ block) * _M64A, h))
        h ^= h >> numpy.uint64(47)
        h *= _M64A
        h ^= h >> numpy.uint64(47)
    return h


def _fmix64(k: numpy.ndarray) -> numpy.ndarray:
    k ^= k >> numpy.uint64(33)
    k *= _F1
    k ^= k >> numpy.uint64(33)
    k *= _F2
    k ^= k >> numpy.uint64(33)
    return k


def hash_keys(ids: numpy.ndarray, seed: int) -> numpy.ndarray:
    """thinc's ``NumpyOps.hash``: four 32-bit keys per 64-bit id (MurmurHash3 x86_128 of the id's 8 bytes)."""
    with numpy.errstate(over="ignore"):
        h1 = ids.astype("uint64") * _C1
        h1 = (h1 << numpy.uint64(31)) | (h1 >> numpy.uint64(33))
        h1 *= _C2
        h1 ^= numpy.uint64(seed)
        h1 ^= numpy.uint64(8)
        h2 = numpy.full_like(h1, numpy.uint64(seed) ^ numpy.uint64(8))
        h1 += h2
        h2 += h1
        h1, h2 = _fmix64(h1), _fmix64(h2)
        h1 += h2
        h2 += h1
    low = numpy.uint64(0xFFFFFFFF)
    return numpy.stack([h1 & low, h1 >> numpy.uint64(32), h2 & low, h2 >> numpy.uint64(32)], axis=1).astype("uint32")


# ---------------------------------------------------------------- first-layer table

TABLE = "first_layer.npz"  # inside the spaCy model folder: precomputed first-layer rows of frequent words
PROBE_DOCS, PROBE_WORDS = 6, 40  # the table's probe: documents of table words, and their length


def _joined(strings: list[str]) -> numpy.ndarray:
    return numpy.frombuffer("\n".join(strings).encode("utf-8"), dtype="uint8")


def _split(data: numpy.ndarray) -> list[str]:
    return data.tobytes().decode("utf-8").split("\n")


def _probe_docs(words: list[str]) -> list[list[str]]:
    """Documents of table words spread over the table (frequent and rare), for the probe."""
    step = max(len(words) // (PROBE_DOCS * PROBE_WORDS), 1)
    sample = words[::step][:PROBE_DOCS * PROBE_WORDS]
    return [d for d in (sample[k:k + PROBE_WORDS] for k in range(0, len(sample), PROBE_WORDS)) if d]


def save_table(path: Path, fast: NERInference, words: list[str]) -> dict:
    """Write the first-layer rows of ``words`` (most frequent first) for ``fast``'s model, with what running the
    model without spaCy needs (its classes, spaCy's symbol table) and a probe: the model's scores on a few
    documents of table words, which ``load_runtime`` compares with its own."""
    rows, space = fast.first_layer(words)
    w = fast.weights
    probe = _probe_docs(words)
    numpy.savez(path, words=_joined(words), rows=rows, space=space, classes=_joined(w.classes),
                symbols=_joined(list(w.symbols)), symbol_ids=numpy.array(list(w.symbols.values()), dtype="uint64"),
                probe_lengths=numpy.array([len(d) for d in probe]),
                probe_scores=fast.outside_scores(probe) if probe else numpy.zeros((0, len(w.classes)), dtype="f"))
    return {"file": path.name, "words": len(words), "bytes": path.stat().st_size}


def load_runtime(model_dir: Path, max_cached: int = 200_000) -> NERInference | None:
    """The model of ``model_dir`` ready to run without spaCy, or None (with the reason in the log).

    Needs the folder's first-layer table as ``save_table`` writes it (older
    tables lack the classes and symbols). The parameters are read from the
    folder's files (``NERWeights.from_folder``) and checked twice: the table's
    check words (``load_table``) test the first layer, and the probe's scores,
    computed by spaCy's copy of the model when the table was made, test the
    rest. A model whose files were changed after its table was made fails the
    checks; the caller then loads it through spaCy.
    """
    path = Path(model_dir) / TABLE
    try:
        with numpy.load(path) as data:
            classes, symbols = _split(data["classes"]), _split(data["symbols"])
            symbol_ids = data["symbol_ids"].tolist()
            lengths, want = data["probe_lengths"].tolist(), data["probe_scores"]
            words = _split(data["words"])
    except (OSError, ValueError, KeyError, UnicodeDecodeError, zipfile.BadZipFile) as exc:
        log.info("NER model %s: no spaCy-free runtime (%s); loading it with spaCy", model_dir, exc)
        return None
    try:
        fast = NERInference(NERWeights.from_folder(Path(model_dir), classes, dict(zip(symbols, symbol_ids))),
                            max_cached=max_cached)
    except (OSError, ValueError, KeyError, TypeError, IndexError) as exc:
        log.warning("NER model %s cannot be read without spaCy (%s); loading it with spaCy", model_dir, exc)
        return None
    probe = _probe_docs(words)
    if [len(d) for d in probe] != lengths or not load_table(path, fast):
        return None
    got = fast.outside_scores(probe) if probe else want
    if got.shape != want.shape or not (numpy.allclose(got, want, rtol=1e-4, atol=1e-4)
                                       and numpy.array_equal(got.argmax(axis=1), want.argmax(axis=1))):
        log.warning("NER model %s: its files do not give the scores its table was made with; loading it with spaCy "
                    "(rebuild the table with `rasd train ner-table`)", model_dir)
        return None
    return fast


def load_table(path: Path, fast: NERInference, check: int = 16) -> bool:
    """Preload ``fast`` with the table at ``path`` when it is the table of ``fast``'s model.

    ``check`` words spread over the table are computed again and compared: a
    table written for another model (retrained, other seed) is left out with a
    warning rather than giving wrong predictions. Returns whether it was loaded.
    """
    try:
        with numpy.load(path) as data:
            words = _split(data["words"])
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
