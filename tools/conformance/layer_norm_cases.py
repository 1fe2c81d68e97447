"""Record aten::native_layer_norm.out results from the ExecuTorch runtime itself.

Writes packages/runtime/src/kernels/__fixtures__/layer-norm-executorch.json: for each case the input,
weight and bias, and the (out, mean, rstd) that ExecuTorch's CPU kernel computes when the program
runs through the ExecuTorch Python runtime (not PyTorch eager: the two round differently). Tensors
are little-endian bytes in base64. The cases cover both of the kernel's paths (short rows and the
blocked Welford path, with a tail and several merge levels) for float32, and float64 long rows.
Run with the conformance venv:

    tools/conformance/.venv/bin/python tools/conformance/layer_norm_cases.py
"""

from __future__ import annotations

import base64
import json
import sys
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402

OUT = common.REPO_ROOT / "packages" / "runtime" / "src" / "kernels" / "__fixtures__" / "layer-norm-executorch.json"

# (name, input sizes, normalized_shape, affine ("wb", "w" or ""), dtype, eps)
CASES = [
    ("blocked float 384", [3, 384], [384], "wb", torch.float32, 1e-12),
    ("blocked float 2-D shape, tail", [2, 4, 257], [4, 257], "w", torch.float32, 1e-5),
    ("short float", [3, 100], [100], "wb", torch.float32, 1e-5),
    ("short float no affine", [2, 3, 40], [40], "", torch.float32, 1e-5),
    ("blocked double", [2, 300], [300], "wb", torch.float64, 1e-5),
]


class LayerNorm(torch.nn.Module):
    def __init__(self, shape, affine: str, dtype, eps: float):
        super().__init__()
        self.shape = shape
        self.eps = eps
        self.w = torch.nn.Parameter((torch.randn(shape) * 0.5 + 1).to(dtype)) if "w" in affine else None
        self.b = torch.nn.Parameter(torch.randn(shape).to(dtype)) if "b" in affine else None

    def forward(self, x):
        return torch.ops.aten.native_layer_norm.default(x, self.shape, self.w, self.b, self.eps)


def b64(t: torch.Tensor) -> str:
    return base64.b64encode(common.tensor_bytes(t)).decode()


def main() -> None:
    from executorch.exir import to_edge_transform_and_lower

    torch.manual_seed(0)
    out = []
    for name, sizes, shape, affine, dtype, eps in CASES:
        m = LayerNorm(shape, affine, dtype, eps).eval()
        # rows with an offset and a spread, as activations have
        x = (torch.randn(sizes) * 3 + torch.randn(sizes[:-1] + [1]) * 2).to(dtype)
        with torch.no_grad():
            ep = torch.export.export(m, (x,))
        et = to_edge_transform_and_lower(ep).to_executorch()
        y, mean, rstd = common.load_program(et.buffer).load_method("forward").execute((x,))
        out.append({
            "name": name,
            "dtype": common.DTYPE_NAMES[dtype],
            "sizes": sizes,
            "normalizedShape": shape,
            "eps": eps,
            "input": b64(x),
            "weight": b64(m.w.detach()) if m.w is not None else None,
            "bias": b64(m.b.detach()) if m.b is not None else None,
            "out": b64(y),
            "mean": b64(mean),
            "rstd": b64(rstd),
            "statSizes": list(mean.shape),
        })
    import executorch.version

    doc = {"generator": "tools/conformance/layer_norm_cases.py",
           "executorch": executorch.version.__version__.split("+")[0], "cases": out}
    OUT.write_text(json.dumps(doc, indent=1) + "\n")
    print(f"wrote {len(out)} cases to {OUT.relative_to(common.REPO_ROOT)}")


if __name__ == "__main__":
    main()
