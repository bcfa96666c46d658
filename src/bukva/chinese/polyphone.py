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

import numpy as np

from ..engine.deadline import check as deadline_check

BATCH = 256


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 * (np.tanh(0.5 * x) + 1.0)  # stable, and one ufunc


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

        self.fw_table, self.fw_hh = direction("")
        self.bw_table, self.bw_hh = direction("_reverse")
        self.hidden = self.fw_hh.shape[0]
        self.w0 = weights["logit_layer.0.weight"].T.copy()
        self.b0 = weights["logit_layer.0.bias"]
        self.w1 = weights["logit_layer.2.weight"].T.copy()
        self.b1 = weights["logit_layer.2.bias"]
        self.unk = self.char2idx["<UNK>"]
        self.bos = self.char2idx["시"]  # g2pM's sentence markers
        self.eos = self.char2idx["끝"]

    def _run(self, ids: np.ndarray, lengths: np.ndarray, table: np.ndarray, whh: np.ndarray):
        """LSTM states [batch, time, hidden] over padded ids (padding keeps the last state)."""
        batch, steps = ids.shape
        h = np.zeros((batch, self.hidden), np.float32)
        c = np.zeros_like(h)
        out = np.empty((batch, steps, self.hidden), np.float32)
        x = table[ids]
        hid = self.hidden
        for t in range(steps):
            if t % 16 == 0:
                deadline_check()
            gates = x[:, t] + h @ whh
            i = _sigmoid(gates[:, :hid])
            f = _sigmoid(gates[:, hid : 2 * hid])
            g = np.tanh(gates[:, 2 * hid : 3 * hid])
            o = _sigmoid(gates[:, 3 * hid :])
            c_new = f * c + i * g
            h_new = o * np.tanh(c_new)
            live = (t < lengths)[:, None]
            c = np.where(live, c_new, c)
            h = np.where(live, h_new, h)
            out[:, t] = h
        return out

    def logits(self, sentences: list[str], positions: list[list[int]]) -> list[np.ndarray]:
        """Class scores [len(positions[k]), classes] for each sentence k."""
        seqs = [
            [self.bos, *(self.char2idx.get(ch, self.unk) for ch in s), self.eos] for s in sentences
        ]
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
            hf = self._run(fw, lengths, self.fw_table, self.fw_hh)
            hb = self._run(bw, lengths, self.bw_table, self.bw_hh)
            rows, fcols, bcols, owners = [], [], [], []
            for row, k in enumerate(chunk):
                for p in positions[k]:
                    rows.append(row)
                    fcols.append(p + 1)  # +1: the sentence marker
                    bcols.append(len(seqs[k]) - 2 - p)
                    owners.append(k)
            states = np.concatenate([hf[rows, fcols], hb[rows, bcols]], axis=1)
            scores = np.maximum(states @ self.w0 + self.b0, 0) @ self.w1 + self.b1
            at = 0
            for k in chunk:
                n = len(positions[k])
                result[k] = scores[at : at + n]
                at += n
        return result


@cache
def model() -> PolyphoneModel:
    """The model, loaded once (about 2 MB of weights)."""
    return PolyphoneModel()
