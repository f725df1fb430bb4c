"""Sentence vectors: the MiniLM ONNX model from site-packages, run for real."""

from __future__ import annotations

import numpy as np
import pytest

from newsevents.errors import ModelError
from newsevents.nlp.vectors import DIMENSIONS, _package_folder, model_files, sentence_encoder


def test_the_model_files_load_from_installed_packages() -> None:
    weights, tokenizer = model_files()
    assert "site-packages" in str(weights) and weights.stat().st_size > 10_000_000
    assert tokenizer.name == "tokenizer.json"


def test_a_missing_model_package_is_a_coded_error() -> None:
    with pytest.raises(ModelError) as info:
        _package_folder("no_such_vector_package")
    assert info.value.code == "NE203" and "--type-head" in str(info.value)


def test_vectors_have_unit_length_and_one_row_per_text() -> None:
    vectors = sentence_encoder().encode(["Two ministers met in Oslo.", "Prices rose."] * 20)
    assert vectors.shape == (40, DIMENSIONS)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert sentence_encoder().encode([]).shape == (0, DIMENSIONS)


def test_sentences_of_the_same_meaning_are_nearer_than_unrelated_ones() -> None:
    met, talked, rain = sentence_encoder().encode([
        "The foreign ministers of Peru and Chile met in Lima for talks on the border.",
        "Chilean and Peruvian foreign ministers held border talks in Lima.",
        "Heavy rain is forecast for the weekend across the north of the country.",
    ])
    assert float(met @ talked) > float(met @ rain) + 0.3


def test_a_batch_codes_each_text_as_it_would_alone() -> None:
    texts = ["Short.", "A much longer sentence about a border dispute between two neighbours."]
    together = sentence_encoder().encode(texts)
    alone = np.vstack([sentence_encoder().encode([t]) for t in texts])
    assert np.allclose(together, alone, atol=1e-3)
