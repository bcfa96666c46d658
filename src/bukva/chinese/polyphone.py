"""Context readings of polyphonic characters: g2pM's network, run batched in NumPy.

g2pM (Park and Lee, Interspeech 2020; Apache-2.0) ships a one-layer bidirectional LSTM trained
on the CPP corpus, with NumPy inference that runs one sentence at a time. This module reads the
same weights from the installed g2pM package and runs the network over many sentences at once:
the input projection of every character is computed once per vocabulary entry, so each time step
costs one small matrix product per direction. Written here because g2pM's own loop does a full
projection per character and cannot batch (about 10 k characters a second); batched, the same
network reads over 150 k.
"""

from __future__ import annotations

import os
import pickle
from functools import cache
from itertools import repeat

import numpy as np

from ..engine.deadline import check as deadline_check

BATCH = 256
ORT_BATCH = 16  # at most this many sentences at once go to onnxruntime (measured faster)


class PolyphoneModel:
    """Scores every reading class for chosen positions of many sentences at once."""

    def __init__(self) -> None:
        import g2pM  # the weights ship in its wheel

        folder = os.path.dirname(g2pM.__file__)

        def load(name: str):
            with open(os.path.join(folder, name), "rb") as f:
                return pickle.load(f)

        weights = load("np_ckpt.pkl")
        self.char2idx: dict[str, int] = load("char2idx.pkl")
        class2idx: dict[str, int] = load("class2idx.pkl")
        self.candidates: dict[str, list[str]] = load("digest_cedict.pkl")
        self.classes = [""] * len(class2idx)
        for name, idx in class2idx.items():
            self.classes[idx] = name
        self.class2idx = class2idx
        emb = weights["embedding.weight"].astype(np.float32)

        def direction(suffix: str) -> tuple[np.ndarray, np.ndarray]:
            bias = weights[f"lstm.bias_ih_l0{suffix}"] + weights[f"lstm.bias_hh_l0{suffix}"]
            table = emb @ weights[f"lstm.weight_ih_l0{suffix}"].T + bias
            return table.astype(np.float32), weights[f"lstm.weight_hh_l0{suffix}"].T.copy()

        self.fw_table, fw_hh = direction("")
        self.bw_table, bw_hh = direction("_reverse")
        self.hidden = hid = fw_hh.shape[0]
        # gate order i, f, g, o: the sigmoid gates are computed as tanh(x / 2) / 2 + 1 / 2, so
        # their columns are halved once here and all four gates take one tanh
        self._scale = np.concatenate(
            [np.full(2 * hid, 0.5), np.ones(hid), np.full(hid, 0.5)]
        ).astype(np.float32)
        self._hh = np.stack([fw_hh, bw_hh]).astype(np.float32)[:, None] * self._scale
        self.w0 = weights["logit_layer.0.weight"].T.copy()
        self.b0 = weights["logit_layer.0.bias"]
        self.w1 = weights["logit_layer.2.weight"].T.copy()
        self.b1 = weights["logit_layer.2.bias"]
        self.session = _session()
        self.unk = self.char2idx["<UNK>"]
        self.bos = self.char2idx["시"]  # g2pM's sentence markers
        self.eos = self.char2idx["끝"]

    def _run(self, ids: np.ndarray, lengths: np.ndarray, steps: int) -> np.ndarray:
        """LSTM states [2, batch, steps, hidden] for both directions at once over padded ids
        [2, batch, time] (forward, and the reversed sentences); padding keeps the last state.
        Only ``steps`` steps run: as far as the last position asked for needs. Each step is one
        batched matrix product and one tanh for all four gates of both directions."""
        _, batch, _ = ids.shape
        hid = self.hidden
        h = np.zeros((2, batch, 1, hid), np.float32)
        c = np.zeros((2, batch, hid), np.float32)
        out = np.empty((2, batch, steps, hid), np.float32)
        x = np.stack([self.fw_table[ids[0, :, :steps]], self.bw_table[ids[1, :, :steps]]])
        x *= self._scale  # the sigmoid gates read tanh(x / 2)
        ragged = bool((lengths < steps).any())
        for t in range(steps):
            if t % 16 == 0:
                deadline_check()
            gates = np.tanh(x[:, :, t] + (h @ self._hh)[:, :, 0])  # [2, batch, 4 hid]
            sig = gates * 0.5 + 0.5
            c_new = sig[..., hid : 2 * hid] * c + sig[..., :hid] * gates[..., 2 * hid : 3 * hid]
            h_new = sig[..., 3 * hid :] * np.tanh(c_new)
            if ragged:
                live = (t < lengths)[None, :, None]
                c = np.where(live, c_new, c)
                h_new = np.where(live, h_new, h[:, :, 0])
            else:
                c = c_new
            h = h_new[:, :, None, :]
            out[:, :, t] = h_new
        return out

    def logits(self, sentences: list[str], positions: list[list[int]]) -> list[np.ndarray]:
        """Class scores [len(positions[k]), classes] for each sentence k."""
        known, unk = self.char2idx.get, repeat(self.unk)
        seqs = [[self.bos, *map(known, s, unk), self.eos] for s in sentences]
        if self.session is not None and len(seqs) <= ORT_BATCH:
            # a few sentences (a single call): the whole network in onnxruntime, native code;
            # many sentences: the batched NumPy loop below is faster
            return self._native(seqs, positions)
        order = sorted(range(len(seqs)), key=lambda k: len(seqs[k]))
        result: list[np.ndarray] = [np.empty((0, len(self.classes)), np.float32)] * len(seqs)
        for start in range(0, len(order), BATCH):
            chunk = [k for k in order[start : start + BATCH] if positions[k]]
            if not chunk:
                continue
            steps = max(len(seqs[k]) for k in chunk)
            lengths = np.array([len(seqs[k]) for k in chunk])
            fw = np.zeros((len(chunk), steps), np.int64)
            bw = np.zeros((len(chunk), steps), np.int64)
            for row, k in enumerate(chunk):
                s = seqs[k]
                fw[row, : len(s)] = s
                bw[row, : len(s)] = s[::-1]
            rows, fcols, bcols = [], [], []
            for row, k in enumerate(chunk):
                for p in positions[k]:
                    rows.append(row)
                    fcols.append(p + 1)  # +1: the sentence marker
                    bcols.append(len(seqs[k]) - 2 - p)
            needed = max(max(fcols), max(bcols)) + 1
            both = self._run(np.stack([fw, bw]), lengths, needed)
            states = np.concatenate([both[0, rows, fcols], both[1, rows, bcols]], axis=1)
            scores = np.maximum(states @ self.w0 + self.b0, 0) @ self.w1 + self.b1
            at = 0
            for k in chunk:
                n = len(positions[k])
                result[k] = scores[at : at + n]
                at += n
        return result

    def _native(self, seqs: list[list[int]], positions: list[list[int]]) -> list[np.ndarray]:
        """``logits`` for a few sentences in one onnxruntime call (its ONNX graph holds the
        embedding, the LSTM and the output layer)."""
        batch = len(seqs)
        steps = max(map(len, seqs))
        ids = np.zeros((steps, batch), np.int64)
        at: list[int] = []
        for row, s in enumerate(seqs):
            ids[: len(s), row] = s
            at += [(p + 1) * batch + row for p in positions[row]]  # +1: the sentence marker
        if not at:
            return [np.empty((0, len(self.classes)), np.float32)] * batch
        lengths = np.array([len(s) for s in seqs], np.int32)
        feed = {"ids": ids, "lengths": lengths, "at": np.array(at, np.int64)}
        scores = self.session.run(None, feed)[0]
        out, start = [], 0
        for p in positions:
            out.append(scores[start : start + len(p)])
            start += len(p)
        return out


def _session():
    """An onnxruntime session for the network (data/zh-polyphone.onnx, built by
    tools/build_zh_polyphone_onnx.py from the same weights), or None without onnxruntime:
    then the NumPy loop below runs it. One thread: the calls are short, and the service and the
    batch runners already use a core each."""
    try:
        import onnxruntime as ort
    except ImportError:
        return None
    path = os.path.join(os.path.dirname(__file__), "..", "data", "zh-polyphone.onnx")
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    return ort.InferenceSession(path, options, providers=["CPUExecutionProvider"])


@cache
def model() -> PolyphoneModel:
    """The model, loaded once (about 2 MB of weights)."""
    return PolyphoneModel()
