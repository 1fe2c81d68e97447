#!/usr/bin/env python3
"""Write the Core ML fixtures of @kindling/backend-coreml that the zoo's one-method cases cannot hold.

    python tools/conformance/coreml_fixtures.py           # write packages/backend-coreml/test/__fixtures__
    python tools/conformance/coreml_fixtures.py --check   # regenerate in memory, exit 1 on any difference

`multifunction.pte`: one linear + relu model exported as two methods, `forward` (sequence length 1)
and `prefill` (sequence length 8), lowered by ExecuTorch's CoreMLPartitioner with multi-method weight
sharing (POSITIONAL; iOS 18 target, fp32, CPU only, the compile specs ExecuTorch's own multifunction
tests use): each method's payload is a `CMJR` reference to one multifunction package in the
program's named data. `multifunction.json` holds each method's input and ExecuTorch's outputs of the
same two-method model exported as a portable program (its pip runtime cannot run CoreMLBackend).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import determinism  # noqa: E402

determinism.pin_environment()

import torch  # noqa: E402

import common  # noqa: E402

OUT_DIR = common.REPO_ROOT / "packages" / "backend-coreml" / "test" / "__fixtures__"


class LinearRelu(torch.nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.linear = torch.nn.Linear(16, 16)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.relu(self.linear(x))


def build():
    import coremltools as ct
    from executorch.backends.apple.coreml.compiler import CoreMLBackend
    from executorch.backends.apple.coreml.compiler.coreml_preprocess import MULTIMETHOD_WEIGHT_SHARING_STRATEGY
    from executorch.backends.apple.coreml.partition import CoreMLPartitioner
    from executorch.exir import to_edge_transform_and_lower

    g = torch.Generator()
    g.manual_seed(common.stable_seed("coreml:multifunction"))
    model = LinearRelu().eval()
    with torch.no_grad():
        for p in model.parameters():
            p.copy_(torch.randn(p.shape, generator=g) * 0.3)
    inputs = {"forward": torch.randn(1, 1, 16, generator=g), "prefill": torch.randn(1, 8, 16, generator=g)}

    def programs():
        return {name: torch.export.export(model, (x,)) for name, x in inputs.items()}

    specs = CoreMLBackend.generate_compile_specs(
        minimum_deployment_target=ct.target.iOS18,
        compute_precision=ct.precision.FLOAT32,
        compute_unit=ct.ComputeUnit.CPU_ONLY,
    )
    specs.append(CoreMLBackend.generate_multimethod_weight_sharing_strategy_compile_spec(
        MULTIMETHOD_WEIGHT_SHARING_STRATEGY.POSITIONAL))
    with torch.no_grad(), determinism.pinned_coreml(common.stable_seed("coreml:multifunction")):
        coreml = to_edge_transform_and_lower(programs(), partitioner=[CoreMLPartitioner(compile_specs=specs)]).to_executorch()
    with torch.no_grad():
        portable = to_edge_transform_and_lower(programs()).to_executorch()
    prog = common.load_program(portable.buffer)
    record = {
        "notes": "inputs and ExecuTorch's outputs of the portable program of the same two-method model",
        "methods": {},
    }
    for name, x in inputs.items():
        out = prog.load_method(name).execute([x.clone()])[0]
        record["methods"][name] = {
            "input": {"shape": list(x.shape), "values": x.flatten().tolist()},
            "output": {"shape": list(out.shape), "values": out.flatten().tolist()},
        }
    return coreml.buffer, json.dumps(record, indent=1) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    determinism.pin_torch(torch)
    determinism.pin_executorch()
    pte, record = build()
    files = {"multifunction.pte": pte, "multifunction.json": record.encode()}
    if args.check:
        diffs = [n for n, b in files.items() if not (OUT_DIR / n).exists() or (OUT_DIR / n).read_bytes() != b]
        for n in diffs:
            print(f"DIFF {n}")
        return 1 if diffs else 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for n, b in files.items():
        (OUT_DIR / n).write_bytes(b)
    return 0


if __name__ == "__main__":
    sys.exit(main())
