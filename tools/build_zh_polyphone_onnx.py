"""The polyphone network's LSTM as an ONNX model (src/bukva/data/zh-polyphone.onnx).

g2pM's one-layer bidirectional LSTM (Park and Lee, Interspeech 2020; weights Apache-2.0, from
the installed g2pM wheel) written as one ONNX LSTM node, so that onnxruntime steps through a
sentence in native code: a single short sentence costs tens of microseconds instead of a Python
loop over its characters. The embedding lookup and the small output layer stay in NumPy
(bukva/chinese/polyphone.py). Gate order: PyTorch keeps i, f, g, o; ONNX wants i, o, f, c.

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
    emb = w["embedding.weight"].shape[1]
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
    inits = [
        numpy_helper.from_array(np.stack(ws).astype(np.float32), "W"),
        numpy_helper.from_array(np.stack(rs).astype(np.float32), "R"),
        numpy_helper.from_array(np.stack(bs).astype(np.float32), "B"),
    ]
    node = helper.make_node(
        "LSTM",
        ["X", "W", "R", "B", "lengths"],
        ["Y"],
        direction="bidirectional",
        hidden_size=hid,
    )
    graph = helper.make_graph(
        [node],
        "g2pM_bilstm",
        [
            helper.make_tensor_value_info("X", TensorProto.FLOAT, ["time", "batch", emb]),
            helper.make_tensor_value_info("lengths", TensorProto.INT32, ["batch"]),
        ],
        [helper.make_tensor_value_info("Y", TensorProto.FLOAT, ["time", 2, "batch", hid])],
        inits,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 14)])
    model.ir_version = 8
    model.doc_string = (
        "g2pM BiLSTM (Park and Lee 2020, Apache-2.0), converted by tools/build_zh_polyphone_onnx.py"
    )
    onnx.checker.check_model(model)
    onnx.save(model, target)
    print(f"wrote {target} ({os.path.getsize(target):,} bytes)")


if __name__ == "__main__":
    main(sys.argv[1])
