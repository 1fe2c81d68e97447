"""Runs the Python code of the guide "From a PyTorch model to a .pte" (docs/guides/pytorch-to-pte.md)
as a reader would, so that the guide cannot rot: extracts its ```python [file] blocks, runs export.py
and check.py in a temporary directory with this venv's Python, checks that the three programs were
written with the delegates the guide says, records ExecuTorch's outputs for a seeded input, and has
Kindling load and run the programs (docs/examples/check-exported.mjs, from the built packages)
against those outputs.

    tools/conformance/.venv/bin/python tools/conformance/guide_check.py   (after `pnpm build`)
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import torch

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs/guides/pytorch-to-pte.md"
# The programs the guide writes and the delegate each must contain (None: no delegate).
PROGRAMS = {"model.pte": None, "model.xnnpack.pte": "XnnpackBackend", "model.vulkan.pte": "VulkanBackend"}


def blocks(markdown: str) -> dict[str, str]:
    """The guide's ```python [name] blocks, by name."""
    return {m.group(1): m.group(2) for m in re.finditer(r"^```python \[([\w.]+)\]\n(.*?)^```", markdown, re.M | re.S)}


def delegates_of(path: Path) -> list[str]:
    from executorch.exir._serialize._program import deserialize_pte_binary

    program = deserialize_pte_binary(path.read_bytes())
    program = getattr(program, "program", program)
    return sorted({d.id for plan in program.execution_plan for d in plan.delegates})


def main() -> int:
    code = blocks(GUIDE.read_text())
    for name in ("export.py", "check.py"):
        if name not in code:
            print(f"guide check: {GUIDE.relative_to(ROOT)} has no ```python [{name}] block", file=sys.stderr)
            return 1
    with tempfile.TemporaryDirectory(prefix="kindling-guide-") as tmp:
        work = Path(tmp)
        for name, text in code.items():
            (work / name).write_text(text)
        for name in ("export.py", "check.py"):
            subprocess.run([sys.executable, name], cwd=work, check=True)
        from executorch.runtime import Runtime

        runtime = Runtime.get()
        torch.manual_seed(0)
        x = torch.randn(1, 3, 16, 16)
        x.numpy().astype(np.float32).tofile(work / "input.bin")
        for name, delegate in PROGRAMS.items():
            path = work / name
            if not path.is_file():
                print(f"guide check: export.py wrote no {name}", file=sys.stderr)
                return 1
            found = delegates_of(path)
            if found != ([delegate] if delegate else []):
                print(f"guide check: {name} has delegates {found}, expected {delegate or 'none'}", file=sys.stderr)
                return 1
            if delegate == "VulkanBackend":
                continue  # ExecuTorch's Python runtime has no Vulkan backend; Kindling runs it on WebGPU
            out = runtime.load_program(str(path)).load_method("forward").execute([x])[0]
            out.numpy().astype(np.float32).tofile(work / f"{name}.out.bin")
        env = dict(os.environ)
        # WebGPU in Node (Dawn) on SwiftShader from Debian's chromium where there is no Vulkan
        # driver, as vitest.config.ts does for the tests (the loader's path must be set at start).
        swiftshader = Path(os.environ.get("KINDLING_SWIFTSHADER_DIR", "/usr/lib/chromium"))
        system_vulkan = any(Path(d, "libvulkan.so.1").exists() for d in ("/usr/lib/x86_64-linux-gnu", "/usr/lib64", "/usr/lib"))
        if not system_vulkan and "VK_ICD_FILENAMES" not in env and (swiftshader / "vk_swiftshader_icd.json").exists():
            env["VK_ICD_FILENAMES"] = str(swiftshader / "vk_swiftshader_icd.json")
            env["LD_LIBRARY_PATH"] = ":".join(p for p in (str(swiftshader), env.get("LD_LIBRARY_PATH", "")) if p)
        node = subprocess.run(["node", str(ROOT / "docs/examples/check-exported.mjs"), str(work)], env=env, timeout=600)
        if node.returncode != 0:
            return node.returncode
    print("guide check: the PyTorch-to-.pte guide's programs run in Kindling as in ExecuTorch")
    return 0


if __name__ == "__main__":
    sys.exit(main())
