"""The zoo's digits CNN computed with numpy (float32), from weights written by the tests.

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
    """2-D convolution, 3x3 kernel, stride 1, zero padding 1 (NCHW, OIHW), in float32."""
    n, c, h, wd = x.shape
    xp = np.pad(x, ((0, 0), (0, 0), (1, 1), (1, 1)))
    # Patches [n, c, 3, 3, h, w], contracted over the channels and the kernel window.
    patches = np.stack(
        [np.stack([xp[:, :, i:i + h, j:j + wd] for j in range(3)], axis=2) for i in range(3)], axis=2
    )
    out = np.einsum("ncijhw,ocij->nohw", patches, w, dtype=np.float32)
    return out + b[None, :, None, None]


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
    h = relu(h @ w["fc1.weight"].T + w["fc1.bias"])
    return (h @ w["fc2.weight"].T + w["fc2.bias"]).astype(np.float32)
