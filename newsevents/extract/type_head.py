"""The type head (``minilm-head.v1``): a linear classifier over MiniLM sentence vectors.

It names a sentence's PLOVER type, or ``none``. With ``--type-head`` (``Config.type_head``,
off by default) the coder asks it about the sentences in which no lexicon rule fired
(``coder.extract_mentions``); the actors still come from the dependency rules. It suits
curated sentences that each report an event (a gold set): it was trained on such sentences
and cannot tell general news sentences without an event from those with one, so on general
news most of the events it adds are false (README, "The type head"). It was trained on the project's own labelled sentences
(``tests/eval/data``, the files in ``TRAINING_FILES``; never the PLOVER gold, never the
check sets ``dev_cameo_c`` and ``dev_wire3``) by :func:`train_head` and is shipped as
``data/type_head.npz``. Rebuild it with ``python -m newsevents.extract.type_head DATA_DIR``.
"""

from __future__ import annotations

import argparse
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from newsevents.nlp.vectors import sentence_encoder

HEAD_VERSION = "minilm-head.v1"
NONE = "none"
TRAINING_FILES = ("dev_cameo_a.jsonl", "dev_cameo_b.jsonl", "dev_cameo_d.jsonl",
                  "dev_cameo_e.jsonl", "dev_cameo_f.jsonl", "dev_wire.jsonl", "dev_wire2.jsonl",
                  "dev_none.jsonl", "dev_none2.jsonl")
SCALE = 8.0  # unit vectors make small logits: scale them before the linear layer
L2 = 1e-3
STEPS = 1500
RATE = 2.0


@dataclass(frozen=True)
class Label:
    """The head's answer for one sentence: a type (or ``none``) and its probability."""

    type: str
    probability: float


@dataclass(frozen=True)
class TypeHead:
    """Softmax regression weights: ``classes[k]`` scores ``SCALE * x @ weights[:, k] + bias[k]``."""

    classes: tuple[str, ...]
    weights: np.ndarray
    bias: np.ndarray

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        """One row of class probabilities per vector."""
        return _softmax(SCALE * vectors @ self.weights + self.bias)

    def classify(self, texts: Sequence[str]) -> list[Label]:
        """The most probable class of each text."""
        probs = self.probabilities(sentence_encoder().encode(texts))
        return [Label(self.classes[int(row.argmax())], float(row.max())) for row in probs]


def train_head(vectors: np.ndarray, labels: Sequence[str]) -> TypeHead:
    """Fit the head by full-batch gradient descent on the L2-penalised cross-entropy
    (deterministic: the same vectors and labels give the same weights)."""
    classes = tuple(sorted(set(labels)))
    truth = np.eye(len(classes))[[classes.index(label) for label in labels]]
    x = SCALE * vectors.astype(np.float64)
    weights = np.zeros((x.shape[1], len(classes)))
    bias = np.zeros(len(classes))
    for _ in range(STEPS):
        error = (_softmax(x @ weights + bias) - truth) / len(x)
        weights = weights - RATE * (x.T @ error + L2 * weights)
        bias = bias - RATE * error.sum(axis=0)
    return TypeHead(classes, weights.astype(np.float32), bias.astype(np.float32))


def _softmax(logits: np.ndarray) -> np.ndarray:
    exp = np.exp(logits - logits.max(axis=1, keepdims=True))
    return np.asarray(exp / exp.sum(axis=1, keepdims=True))


def training_sentences(folder: Path) -> tuple[list[str], list[str]]:
    """Texts and labels (type or ``none``) of the training files in ``folder``."""
    texts: list[str] = []
    labels: list[str] = []
    for name in TRAINING_FILES:
        for line in (folder / name).read_text("utf-8").splitlines():
            record = json.loads(line)
            texts.append(record["text"])
            labels.append(record.get("type") or NONE)
    return texts, labels


def save_head(head: TypeHead, path: Path) -> None:
    """Write the head as ``.npz`` (classes, weights, bias)."""
    np.savez_compressed(path, classes=np.array(head.classes), weights=head.weights, bias=head.bias)


def read_head(data: bytes) -> TypeHead:
    """A head from the bytes of a saved ``.npz``."""
    with np.load(io.BytesIO(data)) as saved:
        return TypeHead(tuple(str(c) for c in saved["classes"]), saved["weights"], saved["bias"])


@lru_cache(maxsize=1)
def type_head() -> TypeHead:
    """The shipped head, read once per process."""
    return read_head(resources.files("newsevents.extract").joinpath("data/type_head.npz").read_bytes())


def main(argv: Sequence[str] | None = None) -> None:
    """Retrain the head from the labelled files and write ``data/type_head.npz``."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("data", type=Path, help="folder of the training files (tests/eval/data)")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "data" / "type_head.npz")
    args = parser.parse_args(argv)
    texts, labels = training_sentences(args.data)
    save_head(train_head(sentence_encoder().encode(texts), labels), args.out)
    print(f"{args.out}: {len(texts)} sentences, {len(set(labels))} classes")


if __name__ == "__main__":
    main()
