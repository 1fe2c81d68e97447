"""Record aten::mean.out results from the ExecuTorch runtime itself.

Writes packages/runtime/src/kernels/__fixtures__/mean-executorch.json: for each case the input, the
reduced dims and ExecuTorch's output (tensors as little-endian bytes in base64). ExecuTorch's
portable kernel accumulates in the output dtype, element by element, so its float results differ
from a double-precision sum by an ulp on many rows; the inputs span several orders of magnitude to
make those differences show. Run with the conformance venv:

    tools/conformance/.venv/bin/python tools/conformance/mean_cases.py
"""

from __future__ import annotations

import base64
import json
import sys
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402

OUT = common.REPO_ROOT / "packages" / "runtime" / "src" / "kernels" / "__fixtures__" / "mean-executorch.json"

# (name, input sizes, dims, keepdim, dtype)
CASES = [
    ("float rows of 999, last dim, keepdim", [3, 999], [-1], True, torch.float32),
    ("float rows of 576 (a norm's mean of squares)", [4, 576], [-1], True, torch.float32),
    ("float outer and inner dims", [3, 5, 99], [0, 2], False, torch.float32),
    ("float two strided dims", [2, 3, 4, 5], [1, 3], True, torch.float32),
    ("double rows of 300", [2, 300], [-1], False, torch.float64),
    ("half rows of 64", [2, 64], [-1], False, torch.float16),
]


class Mean(torch.nn.Module):
    def __init__(self, dims, keepdim: bool):
        super().__init__()
        self.dims = dims
        self.keepdim = keepdim

    def forward(self, x):
        return torch.mean(x, self.dims, keepdim=self.keepdim)


def b64(t: torch.Tensor) -> str:
    return base64.b64encode(common.tensor_bytes(t)).decode()


def main() -> None:
    from executorch.exir import to_edge_transform_and_lower

    g = torch.Generator().manual_seed(0)
    out = []
    for name, sizes, dims, keepdim, dtype in CASES:
        m = Mean(dims, keepdim).eval()
        # magnitudes from about 1e-3 to 1e3, both signs (squares of activations, logits, ...)
        x = torch.randn(sizes, generator=g) * torch.exp(torch.randn(sizes, generator=g) * 2.5)
        if dtype == torch.float16:
            x = x.clamp(-60000, 60000)
        x = x.to(dtype)
        with torch.no_grad():
            ep = torch.export.export(m, (x,))
        et = to_edge_transform_and_lower(ep).to_executorch()
        (y,) = common.load_program(et.buffer).load_method("forward").execute((x,))
        out.append({
            "name": name,
            "dtype": common.DTYPE_NAMES[dtype],
            "sizes": sizes,
            "dims": dims,
            "keepdim": keepdim,
            "input": b64(x),
            "out": b64(y),
            "outSizes": list(y.shape),
        })
    import executorch.version

    doc = {"generator": "tools/conformance/mean_cases.py",
           "executorch": executorch.version.__version__.split("+")[0], "cases": out}
    OUT.write_text(json.dumps(doc, indent=1) + "\n")
    print(f"wrote {len(out)} cases to {OUT.relative_to(common.REPO_ROOT)}")


if __name__ == "__main__":
    main()
