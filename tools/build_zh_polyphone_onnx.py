"""The polyphone network as an ONNX model (src/bukva/data/zh-polyphone.onnx).

g2pM's network (Park and Lee, Interspeech 2020; weights Apache-2.0, from the installed g2pM
wheel): the embedding lookup, one bidirectional LSTM node and the two-layer output, so that
onnxruntime reads a sentence in native code in one call: a single short sentence costs tens of
microseconds instead of a Python loop over its characters. Inputs: character ids [time, batch]
(with g2pM's sentence markers), lengths [batch], and ``at``, the positions to score as
time * batch + row; output: class scores [len(at), classes]. The NumPy loop in
bukva/chinese/polyphone.py is the same network for many sentences at once and where
onnxruntime is missing. Gate order: PyTorch keeps i, f, g, o; ONNX wants i, o, f, c.

Run: python tools/build_zh_polyphone_onnx.py src/bukva/data/zh-polyphone.onnx
(needs the onnx package: pip install onnx)
"""

from __future__ import annotations

import os
import pickle
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper


def _onnx_order(w: np.ndarray, hid: int) -> np.ndarray:
    i, f, g, o = (w[k * hid : (k + 1) * hid] for k in range(4))
    return np.concatenate([i, o, f, g])


def main(target: str) -> None:
    import g2pM

    with open(os.path.join(os.path.dirname(g2pM.__file__), "np_ckpt.pkl"), "rb") as f:
        w = pickle.load(f)
    hid = w["lstm.weight_hh_l0"].shape[1]
    ws, rs, bs = [], [], []
    for suffix in ("", "_reverse"):
        ws.append(_onnx_order(w[f"lstm.weight_ih_l0{suffix}"], hid))
        rs.append(_onnx_order(w[f"lstm.weight_hh_l0{suffix}"], hid))
        bs.append(
            np.concatenate(
                [
                    _onnx_order(w[f"lstm.bias_ih_l0{suffix}"], hid),
                    _onnx_order(w[f"lstm.bias_hh_l0{suffix}"], hid),
                ]
            )
        )

    def array(name: str, value: np.ndarray) -> onnx.TensorProto:
        return numpy_helper.from_array(np.ascontiguousarray(value), name)

    inits = [
        array("embedding", w["embedding.weight"].astype(np.float32)),
        array("W", np.stack(ws).astype(np.float32)),
        array("R", np.stack(rs).astype(np.float32)),
        array("B", np.stack(bs).astype(np.float32)),
        array("flat", np.array([-1, 2 * hid], np.int64)),
        array("w0", w["logit_layer.0.weight"].T.astype(np.float32)),
        array("b0", w["logit_layer.0.bias"].astype(np.float32)),
        array("w1", w["logit_layer.2.weight"].T.astype(np.float32)),
        array("b1", w["logit_layer.2.bias"].astype(np.float32)),
    ]
    node = helper.make_node
    nodes = [
        node("Gather", ["embedding", "ids"], ["X"]),  # [time, batch, emb]
        node(
            "LSTM",
            ["X", "W", "R", "B", "lengths"],
            ["Y"],
            direction="bidirectional",
            hidden_size=hid,
        ),  # [time, 2, batch, hid]
        node("Transpose", ["Y"], ["Yt"], perm=[0, 2, 1, 3]),  # [time, batch, 2, hid]
        node("Reshape", ["Yt", "flat"], ["states"]),  # [time * batch, 2 hid]
        node("Gather", ["states", "at"], ["chosen"]),
        node("MatMul", ["chosen", "w0"], ["h0"]),
        node("Add", ["h0", "b0"], ["h1"]),
        node("Relu", ["h1"], ["h2"]),
        node("MatMul", ["h2", "w1"], ["h3"]),
        node("Add", ["h3", "b1"], ["scores"]),
    ]
    classes = w["logit_layer.2.bias"].shape[0]
    graph = helper.make_graph(
        nodes,
        "g2pM",
        [
            helper.make_tensor_value_info("ids", TensorProto.INT64, ["time", "batch"]),
            helper.make_tensor_value_info("lengths", TensorProto.INT32, ["batch"]),
            helper.make_tensor_value_info("at", TensorProto.INT64, ["n"]),
        ],
        [helper.make_tensor_value_info("scores", TensorProto.FLOAT, ["n", classes])],
        inits,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 14)])
    model.ir_version = 8
    model.doc_string = (
        "g2pM BiLSTM and output layer (Park and Lee 2020, Apache-2.0), "
        "converted by tools/build_zh_polyphone_onnx.py"
    )
    onnx.checker.check_model(model)
    onnx.save(model, target)
    print(f"wrote {target} ({os.path.getsize(target):,} bytes)")


if __name__ == "__main__":
    main(sys.argv[1])
