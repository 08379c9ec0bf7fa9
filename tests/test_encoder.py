"""The sentence encoder's own guarantees: checked weights, and shared batches that change no vector."""

import threading
import time

import numpy as np
import pytest

from bot import encoder
from bot.encoder import EncoderError, _Batches


class FakeModel:
    """Stands in for the model: a text's vector is its length, and each batch takes a little while."""

    def __init__(self, fail_on=None):
        self.batches, self.at_once, self.running = [], [], 0
        self.fail_on = fail_on
        self.lock = threading.Lock()

    def __call__(self, texts):
        with self.lock:
            self.running += 1
            self.at_once.append(self.running)
            self.batches.append(list(texts))
        time.sleep(0.03)  # the model computing, without the GIL
        with self.lock:
            self.running -= 1
        if self.fail_on in texts:
            raise ValueError("the model failed")
        return np.array([[float(len(text))] for text in texts], dtype=np.float32)


def _from_threads(batches, texts):
    results, errors = {}, {}
    start = threading.Barrier(len(texts))

    def call(text):
        start.wait()
        try:
            results[text] = batches.encode(text)
        except ValueError as error:
            errors[text] = error

    threads = [threading.Thread(target=call, args=(text,)) for text in texts]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, errors


def test_a_lone_text_is_encoded_at_once_in_a_batch_of_its_own():
    model = FakeModel()
    assert _Batches(model).encode("hello")[0] == 5
    assert model.batches == [["hello"]]


def test_texts_that_come_together_share_batches_and_each_caller_gets_its_own_vector():
    model = FakeModel()
    texts = ["x" * n for n in range(1, 9)]
    results, errors = _from_threads(_Batches(model), texts)
    assert not errors
    assert {text: float(vector[0]) for text, vector in results.items()} == {t: float(len(t)) for t in texts}
    assert sorted(t for batch in model.batches for t in batch) == sorted(texts)  # each text encoded once
    assert len(model.batches) < len(texts), "no batch was shared"
    assert max(model.at_once) == 1, "two batches ran at once: the model is not for two threads"


def test_a_batch_is_never_larger_than_its_cap():
    model = FakeModel()
    texts = ["y" * n for n in range(1, 11)]
    results, _ = _from_threads(_Batches(model, max_batch=3), texts)
    assert len(results) == len(texts)
    assert max(len(batch) for batch in model.batches) <= 3


def test_a_failed_batch_fails_each_of_its_callers_and_the_next_batch_runs():
    model = FakeModel(fail_on="bad")
    batches = _Batches(model)
    with pytest.raises(ValueError, match="the model failed"):
        batches.encode("bad")
    assert batches.encode("good")[0] == 4
    results, errors = _from_threads(batches, ["bad", "a", "bb", "ccc"])
    assert "bad" in errors
    failed_with_bad = {t for batch in model.batches if "bad" in batch for t in batch}
    assert set(errors) <= failed_with_bad and set(results) == {"a", "bb", "ccc"} - set(errors)


def test_weights_with_another_hash_are_refused(tmp_path):
    weights = tmp_path / "model.safetensors"
    weights.write_bytes(b"not the pinned weights")
    with pytest.raises(EncoderError, match="SHA-256"):
        encoder.check_weights(weights)
    with pytest.raises(EncoderError, match="missing"):
        encoder.check_weights(tmp_path / "absent.safetensors")
    encoder.check_weights(weights, expected=encoder.sha256(weights))


@pytest.mark.model
def test_vectors_from_shared_batches_equal_the_vectors_of_one_text_alone():
    model = encoder.SentenceEncoder.load()
    texts = [
        "hi",
        "my doctor never listens to me",
        "I had chest pain last year and nobody followed up, and now the cardiologist will not see me again",
        "can I get a second opinion",
    ] * 3
    alone = {text: model.encode([text])[0] for text in texts}
    results, errors = _from_threads(model._batches, texts)  # the same texts from twelve threads at once
    assert not errors
    for text in texts:
        assert np.allclose(results[text], alone[text], atol=1e-5), text
