"""The zoo's digits CNN computed with numpy, from weights written by the tests: float32 tensors
between the layers, each layer summed in the order Kindling's portable kernels sum it.

The weights are not part of this file: the test reads them from the exported program
(packages/conformance-zoo/cases/digits/portable.pte) and writes them to a folder as raw
little-endian float32 files listed in `weights.json` (name -> {shape, file}).
"""

import json
import os

import numpy as np


def load_weights(folder):
    with open(os.path.join(folder, "weights.json")) as f:
        manifest = json.load(f)
    return {
        name: np.fromfile(os.path.join(folder, entry["file"]), dtype="<f4").reshape(entry["shape"])
        for name, entry in manifest.items()
    }


def conv3x3_same(x, w, b):
    """2-D convolution, 3x3 kernel, stride 1, zero padding 1 (NCHW, OIHW), float32 in and out.

    Summed in float64 in the order input channel, kernel row, kernel column, the bias added last and
    the result rounded to float32 once: the order of Kindling's portable convolution kernel, so the
    server's logits are the device's bit for bit (products of float32 values are exact in float64;
    only the order of the sums can differ).
    """
    n, c, h, wd = x.shape
    xp = np.pad(x.astype(np.float64), ((0, 0), (0, 0), (1, 1), (1, 1)))
    w64 = w.astype(np.float64)
    acc = np.zeros((n, w.shape[0], h, wd))
    for ic in range(c):
        for i in range(3):
            for j in range(3):
                acc += xp[:, ic : ic + 1, i : i + h, j : j + wd] * w64[None, :, ic, i, j, None, None]
    return (acc + b.astype(np.float64)[None, :, None, None]).astype(np.float32)


def linear(x, w, b):
    """x @ w.T + b, float32 in and out, summed in float64 over the inputs in order, the bias added
    last, rounded once (the order of Kindling's portable addmm kernel)."""
    x64 = x.astype(np.float64)
    w64 = w.astype(np.float64)
    acc = np.zeros((x.shape[0], w.shape[0]))
    for p in range(x.shape[1]):
        acc += x64[:, p, None] * w64[None, :, p]
    return (b.astype(np.float64)[None, :] + acc).astype(np.float32)


def relu(x):
    return np.maximum(x, np.float32(0))


def max_pool2(x):
    n, c, h, w = x.shape
    return x.reshape(n, c, h // 2, 2, w // 2, 2).max(axis=(3, 5))


def forward(w, x):
    """Logits [n, 10] of images x [n, 1, 8, 8]."""
    x = x.astype(np.float32).reshape(-1, 1, 8, 8)
    h = relu(conv3x3_same(x, w["conv1.weight"], w["conv1.bias"]))
    h = max_pool2(relu(conv3x3_same(h, w["conv2.weight"], w["conv2.bias"])))
    h = h.reshape(h.shape[0], -1)
    h = relu(linear(h, w["fc1.weight"], w["fc1.bias"]))
    return linear(h, w["fc2.weight"], w["fc2.bias"])
