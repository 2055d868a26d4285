"""``rasd train ner``: Rasd's statistical NER model (spaCy), the ``entities.spacy`` backend's model.

Data (read in place, never copied into the repository):

- ANERcorp train (``../shared/corpora/anercorp/train.txt``): PERS -> PERSON,
  ORG -> ORG, LOC -> GPE (ANERcorp's LOC is mostly countries and cities, the
  few mountains and seas it holds are the price), MISC dropped;
- the Wojood sample's train part: PERS -> PERSON, ORG -> ORG, GPE -> GPE,
  LOC -> LOC, FAC -> LOC (ANERcorp tags facilities LOC too); nested tags are
  flattened to the longest mapped spans; NORP, OCC, EVENT, DATE ... dropped;
- the team's annotated articles (``corpora/incidents/*.json``): OFFICIAL ->
  PERSON, FACTION -> ORG, BASE and FACILITY -> LOC; a leading descriptor
  (تنظيم، جماعة ... from ``resources/ar/designators.yaml``, ``in_span: false``)
  is cut off a FACTION span, as the dev gold does.

The model sees tokens as Rasd sees them: whole words with their proclitics
(ANERcorp and Wojood are tokenized that way; at run time Rasd's tokens are
used), each given as its normalized form (alef, yaa and teh marbuta folded),
with ``token.norm_`` set to the form without conjunction/preposition
proclitics (``والعراق`` -> ``العراق``), so clitic variants share an
embedding. Hash embeddings of ORTH, NORM, PREFIX, SUFFIX and SHAPE, optionally
static vectors (word2vec on the normalized ANT corpus plus the training texts,
``--vectors``), a CNN encoder and spaCy's transition-based NER.

``--pretrain N`` first trains the NER component's own tok2vec (hash embeddings,
static vectors, CNN and its projection) for N epochs on the raw ANT corpus and
the training sentences, docs built by ``make_doc`` as in training: spaCy
pretrain's masked characters objective (``pretrain_tok2vec``); ``--embed-rows``
sets the hash embedding table sizes. Neither adds computation at inference
(larger tables cost memory and some cache misses).

Held out for model selection: every 20th ANERcorp train sentence, the Wojood
sample's ``val.txt`` and every 6th team article. ANERcorp test and the dev
gold are never seen. Fixed seed; training stops at ``max_epochs``, after
``patience`` epochs without a better held-out F1, or at ``max_minutes``.
"""

from __future__ import annotations

import json
import random
import time
from functools import lru_cache
from pathlib import Path


from ..errors import ResourceError
from ..evaluate.conll import read_conll, spans

REPO = Path(__file__).resolve().parent.parent.parent
SHARED = REPO.parent / "shared"
RESOURCES = REPO / "pipeline" / "resources" / "ar"
MODEL_LABELS = ("PERSON", "ORG", "GPE", "LOC")
ANERCORP_MAP = {"PERS": "PERSON", "ORG": "ORG", "LOC": "GPE"}
WOJOOD_MAP = {"PERS": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "FAC": "LOC"}
TEAM_MAP = {"PERSON": "PERSON", "OFFICIAL": "PERSON", "ORG": "ORG", "FACTION": "ORG", "GPE": "GPE", "LOC": "LOC",
            "BASE": "LOC", "FACILITY": "LOC"}

# (words, [(first token, last token + 1, label)])
Sentence = tuple[list[str], list[tuple[int, int, str]]]


# ---------------------------------------------------------------- features


@lru_cache(maxsize=500_000)
def features(word: str) -> tuple[str, str]:
    """(normalized form, normalized form without conjunction/preposition proclitics) of a word."""
    from ..kb import name_forms
    from ..stages.tokenize import default_segmenter, tokenize

    toks = tokenize(word, default_segmenter())
    if len(toks) != 1:
        from ..stages.normalize import normalize

        n = normalize(word)
        return n, n
    tok = toks[0]
    forms = name_forms(tok, word)
    return tok.norm, forms[-1][1]


def make_doc(vocab, words: list[str]):
    """The spaCy Doc the model reads: normalized words, ``norm_`` = the form without proclitics."""
    return doc_from_features(vocab, [features(w) for w in words])


def doc_from_features(vocab, feats: list[tuple[str, str]]):
    """A Doc of (normalized form, form without proclitics) pairs (``make_doc`` after ``features``)."""
    from spacy.tokens import Doc

    import numpy
    from spacy.attrs import NORM

    doc = Doc(vocab, words=[f[0] or "_" for f in feats], spaces=[True] * len(feats))
    if feats:
        add = vocab.strings.add
        norms = numpy.fromiter((add(stem or form or "_") for form, stem in feats), dtype="uint64", count=len(feats))
        doc.from_array([NORM], norms.reshape(-1, 1))
    return doc


# ---------------------------------------------------------------- corpora


def longest_spans(cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Non-overlapping spans, longest first (nested annotations flattened)."""
    out: list[tuple[int, int, str]] = []
    taken: set[int] = set()
    for s, e, label in sorted(set(cands), key=lambda x: (-(x[1] - x[0]), x[0])):
        if not taken.intersection(range(s, e)):
            out.append((s, e, label))
            taken.update(range(s, e))
    return sorted(out)


def read_tagged(path: str | Path, mapping: dict[str, str]) -> list[Sentence]:
    """ANERcorp / Wojood CoNLL sentences with their tags mapped to the model's labels."""
    out = []
    for tokens, tags in read_conll(path):
        cands = []
        for src, dst in mapping.items():
            cands.extend((s, e + 1, dst) for s, e in spans(tags, src))
        keep = [i for i, t in enumerate(tokens) if t != "$#$"]
        if len(keep) != len(tokens):  # Wojood's paragraph marks
            pos = {old: new for new, old in enumerate(keep)}
            cands = [(pos[s], pos[e - 1] + 1, lab) for s, e, lab in cands if s in pos and e - 1 in pos]
            tokens = [tokens[i] for i in keep]
        if tokens:
            out.append((tokens, longest_spans(cands)))
    return out


@lru_cache(maxsize=1)
def outside_descriptors() -> tuple[str, ...]:
    """Normalized descriptor words that stay outside a FACTION span (تنظيم، جماعة ...)."""
    from ..stages.normalize import normalize

    from ..kb import load_yaml

    data = load_yaml(RESOURCES / "designators.yaml")
    return tuple(normalize(d["word"]) for d in data["designators"] if not d.get("in_span", True))


def read_gold_article(record: dict, mapping: dict[str, str] = TEAM_MAP) -> Sentence:
    """A gold article (spec section 5) as Rasd tokens and token spans (proclitics inside, as in ANERcorp)."""
    from ..stages.tokenize import tokenize

    text = record["text"]
    tokens = tokenize(text)
    out = []
    drop = outside_descriptors()
    for ent in record.get("gold", {}).get("entities", []):
        label = mapping.get(ent["label"])
        if label is None:
            continue
        first = last = None
        for i, t in enumerate(tokens):
            if t.end > ent["start"] and t.start < ent["end"]:
                first = i if first is None else first
                last = i
        if first is None:
            continue
        if ent["label"] == "FACTION" and last > first and tokens[first].norm in drop:
            first += 1
        out.append((first, last + 1, label))
    return [t.text for t in tokens], longest_spans(out)


def read_gold_dir(path: str | Path) -> list[tuple[str, Sentence]]:
    out = []
    for p in sorted(Path(path).glob("*.json")):
        record = json.loads(p.read_text(encoding="utf-8"))
        if record.get("gold", {}).get("entities"):
            out.append((p.stem, read_gold_article(record)))
    return out


def split_data(anercorp: str | Path, wojood_dir: str | Path | None, team_dir: str | Path | None):
    """(train, held-out) sentences and counts per source."""
    train: list[Sentence] = []
    dev: list[Sentence] = []
    counts = {}
    if anercorp:
        a = read_tagged(anercorp, ANERCORP_MAP)
        train += [s for i, s in enumerate(a) if i % 20 != 19]
        dev += [s for i, s in enumerate(a) if i % 20 == 19]
        counts["anercorp"] = {"sentences": len(a), "tokens": sum(len(s[0]) for s in a)}
    if wojood_dir:
        w = read_tagged(Path(wojood_dir) / "train.txt", WOJOOD_MAP)
        wv = read_tagged(Path(wojood_dir) / "val.txt", WOJOOD_MAP)
        train += w
        dev += wv
        counts["wojood"] = {"sentences": len(w), "tokens": sum(len(s[0]) for s in w),
                            "heldout_sentences": len(wv)}
    if team_dir:
        t = read_gold_dir(team_dir)
        train += [s for i, (_, s) in enumerate(t) if i % 6 != 5]
        dev += [s for i, (_, s) in enumerate(t) if i % 6 == 5]
        counts["team"] = {"articles": len(t), "tokens": sum(len(s[0]) for _, s in t),
                          "heldout_articles": [n for i, (n, _) in enumerate(t) if i % 6 == 5]}
    return train, dev, counts


# ---------------------------------------------------------------- vectors


def raw_sentences(ant_dir: str | Path, extra: list[Sentence]):
    """Normalized token lists of the ANT corpus and of the training sentences (for word2vec)."""
    from ..io.readers import read_inputs
    from ..stages.tokenize import tokenize

    for record in read_inputs([str(ant_dir)]):
        if record.error or not isinstance(record.data.get("text"), str):
            continue
        for text in (record.data.get("title") or "", record.data["text"]):
            toks = [t.norm for t in tokenize(text)]
            if toks:
                yield toks
    for words, _ in extra:
        yield [features(w)[0] for w in words]


def build_vectors(ant_dir: str | Path, extra: list[Sentence], *, dim: int, rows: int, seed: int):
    """word2vec (skip-gram) vectors of normalized forms: (keys, matrix), most frequent ``rows`` forms."""
    try:
        from gensim.models import Word2Vec
    except ImportError:
        raise ResourceError("static vectors need gensim", hint="pip install gensim, or train with --no-vectors")
    import numpy

    corpus = list(raw_sentences(ant_dir, extra))
    w2v = Word2Vec(corpus, vector_size=dim, window=5, min_count=3, sg=1, negative=5, epochs=5, workers=1,
                   seed=seed)
    keys = w2v.wv.index_to_key[:rows]
    data = numpy.asarray([w2v.wv[k] for k in keys], dtype="float32")
    return keys, data, {"sentences": len(corpus), "tokens": sum(len(s) for s in corpus), "rows": len(keys),
                        "dim": dim, "algorithm": "gensim word2vec skip-gram, window 5, min_count 3, 5 epochs"}


# ---------------------------------------------------------------- first-layer table


def build_table(model_dir: Path, ant_dir: str | Path | None, extra: list[Sentence], *, max_words: int = 40_000,
                min_count: int = 3) -> dict:
    """Write ``model_dir/first_layer.npz``: the model's first-layer rows for the most frequent words.

    The words are Rasd's tokens of the text the static vectors come from (the
    raw ``ant_dir`` corpus and the training sentences), seen at least
    ``min_count`` times, at most ``max_words``, most frequent first. The
    table is a cache: it changes the speed of ``pipeline.ner_inference``, never
    its predictions, and is checked against the model when loaded.
    """
    from collections import Counter

    from ..ner_inference import TABLE, NERInference, save_table
    from ..stages.entities import _import_spacy

    counts = Counter(w for words in raw_token_lists(ant_dir, extra) for w in words)
    words = [w for w, n in counts.most_common(max_words) if n >= min_count and "\n" not in w]
    nlp = _import_spacy().load(model_dir)
    if not NERInference.supports(nlp):
        return {"file": None, "words": 0, "why": "model architecture not supported by pipeline.ner_inference"}
    return {**save_table(Path(model_dir) / TABLE, NERInference(nlp), words), "min_count": min_count,
            "source": "Rasd's tokens of the vectors' text (raw corpus and training sentences)"}


# ---------------------------------------------------------------- pretraining


def raw_token_lists(ant_dir: str | Path, extra: list[Sentence], max_len: int = 60):
    """Word lists of the ANT corpus (Rasd's tokens, as the stage gives them to the model) and the training
    sentences, articles cut after sentence-final punctuation or every ``max_len`` tokens."""
    from ..io.readers import read_inputs
    from ..stages.tokenize import tokenize

    if ant_dir:
        for record in read_inputs([str(ant_dir)]):
            if record.error or not isinstance(record.data.get("text"), str):
                continue
            for text in (record.data.get("title") or "", record.data["text"]):
                cur: list[str] = []
                for t in tokenize(text):
                    cur.append(t.text)
                    if len(cur) >= max_len or t.text in (".", "!", "?", "؟", "…"):
                        yield cur
                        cur = []
                if cur:
                    yield cur
    for words, _ in extra:
        yield list(words)


def pretrain_tok2vec(nlp, sentences: list[list[str]], *, epochs: int, seed: int, max_minutes: float = 30.0,
                     batch_words: int = 3000, mask_prob: float = 0.15, hidden: int = 128, n_chars: int = 8,
                     learn_rate: float = 0.001, log=print) -> tuple[bytes, dict]:
    """``spacy pretrain``'s characters objective on the NER component's own tok2vec, over docs built
    exactly as in training (``make_doc``: normalized form + ``norm_`` without proclitics).

    spaCy's own masking rebuilds the docs from their words and loses ``norm_``; here a masked token
    becomes ``[MASK]`` (80%), a random corpus token (10%, its form and stem) or stays (10%), and the
    hidden layer and 256-way softmaxes predict ``n_chars`` UTF-8 bytes from both ends of the original
    normalized form (8 bytes: two Arabic letters from each end), only at the masked positions. Returns
    the tok2vec weights (parameter averages) and a summary.
    """
    import numpy
    from thinc.api import Adam, LayerNorm, Maxout, chain
    from spacy.ml.models.multi_task import MultiSoftmax

    from thinc.api import fix_random_seed

    t0 = time.time()
    fix_random_seed(seed)  # the weights' initialization
    rs = numpy.random.RandomState(seed)
    vocab = nlp.vocab
    feats = [[features(w) for w in s] for s in sentences if s]
    pool = [f for s in feats for f in s]
    tok2vec = nlp.get_pipe("ner").model.get_ref("tok2vec")
    tok2vec.initialize(X=[doc_from_features(vocab, feats[0])])
    output = chain(Maxout(nO=hidden, nP=3, normalize=False), LayerNorm(nI=hidden), MultiSoftmax([256] * n_chars, nI=hidden))
    output.initialize(X=numpy.zeros((2, tok2vec.get_dim("nO")), dtype="f"))
    optimizer = Adam(learn_rate, use_averages=True)
    mask_tok = ("[MASK]", "[MASK]")
    history = []
    words_seen = 0
    stopped = False
    for epoch in range(epochs):
        order = rs.permutation(len(feats))
        loss_sum, n_masked, te = 0.0, 0, time.time()
        batch: list[int] = []
        size = 0
        for k, idx in enumerate(order):
            batch.append(idx)
            size += len(feats[idx])
            if size < batch_words and k != len(order) - 1:
                continue
            originals = [feats[i] for i in batch]
            n = sum(len(f) for f in originals)
            masked = rs.random_sample(n) < mask_prob
            if not masked.any():
                masked[rs.randint(n)] = True
            rolls = rs.random_sample(n)
            docs, j = [], 0
            for f in originals:
                row = []
                for pair in f:
                    if masked[j]:
                        pair = mask_tok if rolls[j] < 0.8 else (pool[rs.randint(len(pool))] if rolls[j] < 0.9 else pair)
                    row.append(pair)
                    j += 1
                docs.append(doc_from_features(vocab, row))
            target_docs = [doc_from_features(vocab, f) for f in originals]
            X, bp_tok2vec = tok2vec.begin_update(docs)  # the parser's tok2vec ref: one array (+ its projection)
            where = numpy.flatnonzero(masked)
            pred, bp_out = output.begin_update(X[where])
            ids = numpy.vstack([d.to_utf8_array(nr_char=n_chars) for d in target_docs])[where].reshape(-1)
            target = numpy.zeros((ids.size, 256), dtype="f")
            target[numpy.arange(ids.size), ids] = 1.0
            diff = pred - target.reshape(len(where), 256 * n_chars)
            loss_sum += float((diff ** 2).sum())
            n_masked += len(where)
            dX = numpy.zeros_like(X)
            dX[where] = bp_out(diff / float(len(where)))
            bp_tok2vec(dX)
            tok2vec.finish_update(optimizer)
            output.finish_update(optimizer)
            words_seen += n
            batch, size = [], 0
            if (time.time() - t0) / 60 > max_minutes:
                stopped = True
                break
        history.append({"epoch": epoch + 1, "loss_per_masked_token": round(loss_sum / max(n_masked, 1), 4),
                        "seconds": round(time.time() - te, 1)})
        log(json.dumps({"pretrain": history[-1]}))
        if stopped:
            break
    with tok2vec.use_params(optimizer.averages):
        weights = tok2vec.to_bytes()
    info = {"objective": f"characters ({n_chars} UTF-8 bytes from both ends of the masked normalized form), "
                         f"mask {mask_prob}, hidden {hidden}, Adam {learn_rate} with averages, batches of "
                         f"{batch_words} words",
            "sentences": len(feats), "tokens": len(pool), "epochs": history, "stopped_by_time": stopped,
            "words_seen": words_seen, "seconds": round(time.time() - t0, 1)}
    return weights, info


# ---------------------------------------------------------------- model

CONFIG = """
[nlp]
lang = "ar"
pipeline = ["ner"]

[components]

[components.ner]
factory = "ner"
incorrect_spans_key = null
moves = null
scorer = {{"@scorers":"spacy.ner_scorer.v1"}}
update_with_oracle_cut_size = 100

[components.ner.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "ner"
extra_state_tokens = false
hidden_width = {hidden}
maxout_pieces = 2
use_upper = true
nO = null

[components.ner.model.tok2vec]
@architectures = "spacy.Tok2Vec.v2"

{embed}

[components.ner.model.tok2vec.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = {width}
depth = {depth}
window_size = 1
maxout_pieces = 3

[training]
seed = {seed}

[training.optimizer]
@optimizers = "Adam.v1"
beta1 = 0.9
beta2 = 0.999
L2_is_weight_decay = true
L2 = 0.01
grad_clip = 1.0
use_averages = true
eps = 0.00000001
learn_rate = {learn_rate}
"""


EMBEDS = {
    # hash embeddings of the normalized form, the form without proclitics, prefix, suffix, shape
    "hash": """[components.ner.model.tok2vec.embed]
@architectures = "spacy.MultiHashEmbed.v2"
width = {width}
attrs = ["ORTH", "NORM", "PREFIX", "SUFFIX", "SHAPE"]
rows = {rows}
include_static_vectors = {vectors}
""",
    # character embeddings (4 letters from each end: 16 UTF-8 bytes) + the form without proclitics
    "char": """[components.ner.model.tok2vec.embed]
@architectures = "spacy.CharacterEmbed.v2"
width = {width}
rows = 10000
nM = 32
nC = 16
include_static_vectors = {vectors}
feature = "NORM"
""",
}


def examples(nlp, sents: list[Sentence]):
    from spacy.training import Example

    out = []
    for words, ents in sents:
        pred = make_doc(nlp.vocab, words)
        tags = ["O"] * len(words)
        for s, e, label in ents:
            tags[s] = f"B-{label}"
            for k in range(s + 1, e):
                tags[k] = f"I-{label}"
        ref = make_doc(nlp.vocab, words)
        from spacy.training import iob_to_biluo, biluo_tags_to_spans

        ref.ents = biluo_tags_to_spans(ref, iob_to_biluo(tags))
        out.append(Example(pred, ref))
    return out


def train_ner(out_dir: Path, *, anercorp: str, wojood: str | None, team: str | None, ant: str | None,
              vectors: bool = True, width: int = 64, depth: int = 2, hidden: int = 64, seed: int = 0,
              max_epochs: int = 30, patience: int = 5, max_minutes: float = 45.0, dim: int = 100,
              vector_rows: int = 40000, dropout: float = 0.2, embed: str = "hash",
              embed_rows: tuple[int, ...] = (10000, 10000, 1000, 5000, 500), pretrain_epochs: int = 0,
              pretrain_minutes: float = 30.0, learn_rate: float = 0.001, command: str = "", log=print) -> dict:
    """Train, keep the best held-out epoch, write the model, ``meta.json`` and the model card."""
    import numpy
    import spacy
    from spacy.util import compounding, fix_random_seed, minibatch

    t0 = time.time()
    fix_random_seed(seed)
    random.seed(seed)
    train, dev, counts = split_data(anercorp, wojood, team)
    log(f"train {len(train)} sentences, held out {len(dev)}")
    vec = "true" if vectors else "false"
    if embed == "hash" and len(embed_rows) != 5:
        raise ValueError("embed_rows: five numbers (ORTH, NORM, PREFIX, SUFFIX, SHAPE)")
    config = spacy.util.load_config_from_str(CONFIG.format(
        width=width, depth=depth, hidden=hidden, seed=seed, learn_rate=learn_rate,
        embed=EMBEDS[embed].format(width=width, vectors=vec, rows=list(embed_rows))))
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    vec_meta = None
    if vectors:
        from spacy.vectors import Vectors

        keys, data, vec_meta = build_vectors(ant, train, dim=dim, rows=vector_rows, seed=seed)
        nlp.vocab.vectors = Vectors(strings=nlp.vocab.strings, data=data, keys=keys)
        vec_meta["seconds"] = round(time.time() - t0, 1)
        log(f"vectors {data.shape} in {vec_meta['seconds']} s")
    pre_meta, pre_weights = None, None
    if pretrain_epochs:
        pre_weights, pre_meta = pretrain_tok2vec(nlp, list(raw_token_lists(ant, train)), epochs=pretrain_epochs,
                                                 seed=seed, max_minutes=pretrain_minutes, log=log)
    train_ex = examples(nlp, train)
    dev_ex = examples(nlp, dev)
    optimizer = nlp.initialize(lambda: train_ex, sgd=None)
    if pre_weights is not None:
        nlp.get_pipe("ner").model.get_ref("tok2vec").from_bytes(pre_weights)
    best, best_bytes, history, stale = -1.0, None, [], 0
    words = sum(len(w) for w, _ in train)
    for epoch in range(max_epochs):
        rng = random.Random(seed + epoch)
        rng.shuffle(train_ex)
        losses: dict = {}
        te = time.time()
        for batch in minibatch(train_ex, size=compounding(4.0, 32.0, 1.001)):
            nlp.update(batch, drop=dropout, sgd=optimizer, losses=losses)
        with nlp.use_params(optimizer.averages):
            scores = nlp.evaluate(dev_ex)
            f = scores["ents_f"] or 0.0
            if f > best:
                best, best_bytes, stale = f, nlp.to_bytes(), 0
            else:
                stale += 1
        history.append({"epoch": epoch + 1, "loss": round(float(losses.get("ner", 0.0)), 1), "heldout_f1": round(float(f), 4),
                        "words_per_s": round(words / (time.time() - te))})
        log(json.dumps(history[-1]))
        if stale >= patience or (time.time() - t0) / 60 > max_minutes:
            break
    nlp.from_bytes(best_bytes)
    with nlp.use_params({}):
        final = nlp.evaluate(dev_ex)
    out_dir.mkdir(parents=True, exist_ok=True)
    model_dir = out_dir / "model"
    nlp.to_disk(model_dir)
    table = build_table(model_dir, ant, train)
    log(f"first-layer table: {table}")
    size = sum(p.stat().st_size for p in model_dir.rglob("*") if p.is_file())
    meta = {
        "name": "ner",
        "version": "1.0",
        "framework": f"spacy {spacy.__version__}",
        "labels": list(MODEL_LABELS),
        "data": counts,
        "label_mapping": {"anercorp": ANERCORP_MAP, "wojood": WOJOOD_MAP, "team": TEAM_MAP},
        "features": (["ORTH (normalized form)", "NORM (form without proclitics)", "PREFIX", "SUFFIX", "SHAPE"]
                     if embed == "hash" else ["characters (4 from each end)", "NORM (form without proclitics)"])
        + (["static vectors"] if vectors else []),
        "vectors": vec_meta,
        "architecture": {"embed": embed, "width": width, "depth": depth, "hidden": hidden, "dropout": dropout,
                         **({"embed_rows": dict(zip(["ORTH", "NORM", "PREFIX", "SUFFIX", "SHAPE"], embed_rows))}
                            if embed == "hash" else {})},
        "learn_rate": learn_rate,
        "pretraining": pre_meta,
        "first_layer_table": table,
        "seed": seed,
        "epochs": history,
        "best_heldout": {"f1": round(final["ents_f"], 4), "precision": round(final["ents_p"], 4),
                         "recall": round(final["ents_r"], 4),
                         "per_type": {k: {m: round(v, 4) for m, v in d.items()}
                                      for k, d in (final.get("ents_per_type") or {}).items()}},
        "command": command,
        "seconds": round(time.time() - t0, 1),
        "size_bytes": size,
        "numpy": numpy.__version__,
    }
    (out_dir / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return meta
