"""Structural check of Kindling's Vulkan payloads against ExecuTorch's own.

For each zoo model that has both a ``vulkan`` program (exported by ExecuTorch's real
``VulkanPartitioner``, see export_zoo.py) and a ``portable`` one, this lowers the portable program
with Kindling's CLI (``kindling lower --backend webgpu``), decodes both VkGraph payloads with the
``flatc`` binary and the ``schema.fbs`` shipped in the pinned executorch wheel, and compares:

- the operator chain (names in order; ExecuTorch's inserted ``et_vk.prepack`` nodes are listed
  apart, fused operators show up as differences);
- for operators the two chains share (aligned by name), the argument count and the kind of each
  argument value (``Int``, ``Null``, ``IntList``, ``VkTensor`` with its dtype, ...);
- the kinds, dtypes and dims of the graph inputs and outputs.

Needs the built workspace (``pnpm build``) for the CLI. Writes a JSON summary (``--out``) and
prints one line per model. Exit status 1 when a payload does not decode with ExecuTorch's schema.

    tools/conformance/.venv/bin/python tools/conformance/vulkan_structure.py \\
        --out tools/conformance/vulkan-structure.json [--models ops/add digits ...] [--full]
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import executorch
from executorch.exir._serialize._program import deserialize_pte_binary

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / "packages" / "conformance-zoo" / "cases"
CLI = ROOT / "packages" / "cli" / "bin" / "kindling.js"
BUILT_LOWERING = ROOT / "packages" / "backend-webgpu" / "dist" / "partitioner.js"
ET_DIR = Path(list(executorch.__path__)[0]).resolve()
FLATC = ET_DIR / "data" / "bin" / "flatc"
SCHEMA = ET_DIR / "backends" / "vulkan" / "serialization" / "schema.fbs"
PREPACK = "et_vk.prepack.default"


def vulkan_payloads(pte: Path) -> list[bytes]:
    """The VulkanBackend payloads of a program, in execution-plan order."""
    program = deserialize_pte_binary(pte.read_bytes()).program
    out = []
    for plan in program.execution_plan:
        for d in plan.delegates:
            if d.id == "VulkanBackend":
                out.append(bytes(program.backend_delegate_data[d.processed.index].data))
    return out


def decode(payload: bytes, work: Path, name: str) -> dict:
    """Decodes the VkGraph of a payload (behind its VH00 header) with ExecuTorch's flatc and schema."""
    if payload[4:8] != b"VH00":
        raise ValueError(f"{name}: no VH00 header")
    offset = int.from_bytes(payload[10:14], "little")
    size = int.from_bytes(payload[14:18], "little")
    fb = work / f"{name}.bin"
    fb.write_bytes(payload[offset : offset + size])
    subprocess.run(
        [str(FLATC), "--json", "--strict-json", "--raw-binary", "-o", str(work), str(SCHEMA), "--", str(fb)],
        check=True,
        capture_output=True,
    )
    # flatc writes non-finite doubles as bare nan / inf, which JSON has no words for
    text = re.sub(r"(?<=[:\[,\s])(-?)(nan|inf)\b", lambda m: f'"{m.group(1)}{m.group(2)}"', (work / f"{name}.json").read_text())
    return json.loads(text)


def value_kind(graph: dict, vid: int) -> str:
    """The kind of value `vid`: the union type, with dtype and rank for tensors."""
    v = graph["values"][vid]
    kind = v.get("value_type", "NONE")
    if kind == "VkTensor":
        t = v["value"]
        return f"VkTensor<{t.get('datatype', 'BOOL')},{len(t.get('dims', []))}d>"
    if kind == "ValueList":
        items = v["value"].get("items", [])
        return "ValueList[" + ",".join(value_kind(graph, i) for i in items) + "]"
    return kind


def chain(graph: dict) -> list[tuple[str, list[str]]]:
    return [(c["name"], [value_kind(graph, a) for a in c.get("args", [])]) for c in graph.get("chain", [])]


def io_kinds(graph: dict, key: str) -> list[str]:
    out = []
    for vid in graph.get(key, []):
        v = graph["values"][vid]
        t = v.get("value", {})
        out.append(f"{value_kind(graph, vid)}{t.get('dims', [])}")
    return out


def compare(et: list[dict], ours: list[dict]) -> dict:
    """Compares ExecuTorch's payloads with ours (the chains of all delegates, concatenated)."""
    et_chain = [c for g in et for c in chain(g)]
    our_chain = [c for g in ours for c in chain(g)]
    prepacks = sum(1 for n, _ in et_chain if n == PREPACK)
    et_ops = [c for c in et_chain if c[0] != PREPACK]
    et_names = [n for n, _ in et_ops]
    our_names = [n for n, _ in our_chain]
    matcher = difflib.SequenceMatcher(a=et_names, b=our_names, autojunk=False)
    arg_diffs = []
    shared = 0
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            continue
        for (name, a), (_, b) in zip(et_ops[i1:i2], our_chain[j1:j2]):
            shared += 1
            if a != b:
                arg_diffs.append({"op": name, "executorch": a, "kindling": b})
    only_et = [n for n in et_names if n not in our_names]
    only_ours = [n for n in our_names if n not in et_names]
    io = {
        "inputs": [sum((io_kinds(g, "input_ids") for g in et), []), sum((io_kinds(g, "input_ids") for g in ours), [])],
        "outputs": [sum((io_kinds(g, "output_ids") for g in et), []), sum((io_kinds(g, "output_ids") for g in ours), [])],
    }
    io_same = all(a == b for a, b in io.values())
    same = et_names == our_names and not arg_diffs and io_same
    return {
        "status": "same" if same else "differs",
        "delegates": [len(et), len(ours)],
        "executorch_ops": et_names,
        "kindling_ops": our_names,
        "executorch_prepack_nodes": prepacks,
        "shared_ops": shared,
        "shared_ops_with_same_arguments": shared - len(arg_diffs),
        "only_executorch": sorted(set(only_et)),
        "only_kindling": sorted(set(only_ours)),
        "argument_differences": arg_diffs,
        "io_same": io_same,
        **({} if io_same else {"io": io}),
    }


def models_with_both(manifest: dict) -> list[str]:
    have: dict[str, set[str]] = {}
    for c in manifest["cases"]:
        if c.get("committed"):
            have.setdefault(c["model"], set()).add(c["flavour"])
    return sorted(m for m, f in have.items() if {"vulkan", "portable"} <= f)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--models", nargs="*", help="model ids or prefixes (default: every model with both programs)")
    ap.add_argument("--out", type=Path, help="write the JSON summary here")
    ap.add_argument("--full", action="store_true", help="keep both operator chains and the I/O kinds in the summary")
    args = ap.parse_args()
    for need, hint in ((FLATC, "the executorch wheel"), (SCHEMA, "the executorch wheel"), (BUILT_LOWERING, "pnpm build")):
        if not need.exists():
            print(f"missing {need} (from {hint})", file=sys.stderr)
            return 2
    manifest = json.loads((CASES / "manifest.json").read_text())
    models = models_with_both(manifest)
    if args.models:
        models = [m for m in models if any(m == p or m.startswith(p.rstrip("/") + "/") for p in args.models)]
    results: dict[str, dict] = {}
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for model in models:
            slug = model.replace("/", "_")
            lowered = work / f"{slug}.pte"
            run = subprocess.run(
                ["node", str(CLI), "lower", str(CASES / model / "portable.pte"), "--backend", "webgpu", "-o", str(lowered)],
                capture_output=True,
                text=True,
            )
            if run.returncode != 0:
                results[model] = {"status": "lowering failed", "error": run.stderr.strip()[-400:]}
                failed = True
                print(f"{model}: lowering failed")
                continue
            try:
                et = [decode(p, work, f"{slug}_et{i}") for i, p in enumerate(vulkan_payloads(CASES / model / "vulkan.pte"))]
                ours = [decode(p, work, f"{slug}_kd{i}") for i, p in enumerate(vulkan_payloads(lowered))]
            except (subprocess.CalledProcessError, ValueError) as e:
                results[model] = {"status": "decode failed", "error": str(e)}
                failed = True
                print(f"{model}: decode failed: {e}")
                continue
            r = compare(et, ours)
            results[model] = r
            print(
                f"{model}: {r['status']}; ops ExecuTorch {len(r['executorch_ops'])} (+{r['executorch_prepack_nodes']} prepack), "
                f"Kindling {len(r['kindling_ops'])}; shared {r['shared_ops']}, same arguments {r['shared_ops_with_same_arguments']}"
            )
    same = sum(1 for r in results.values() if r["status"] == "same")
    shared = sum(r.get("shared_ops", 0) for r in results.values())
    same_args = sum(r.get("shared_ops_with_same_arguments", 0) for r in results.values())
    summary = {
        "executorch_version": executorch.__version__ if hasattr(executorch, "__version__") else manifest.get("executorch_version"),
        "schema": str(SCHEMA.relative_to(ET_DIR.parent)),
        "models": len(results),
        "same_structure": same,
        "shared_ops": shared,
        "shared_ops_with_same_arguments": same_args,
        "results": results,
    }
    print(f"{same}/{len(results)} models with the same structure; {same_args}/{shared} shared operators with the same argument kinds")
    if args.out:
        if not args.full:
            for r in results.values():
                r["executorch_ops"] = len(r.get("executorch_ops", []))
                r["kindling_ops"] = len(r.get("kindling_ops", []))
                r.pop("io", None)
        # one line per model, so that a change shows as a one-line diff
        head = json.dumps({k: v for k, v in summary.items() if k != "results"}, indent=1)[:-2]
        lines = [f"  {json.dumps(m)}: {json.dumps(r, separators=(',', ':'))}" for m, r in results.items()]
        args.out.write_text(head + ',\n "results": {\n' + ",\n".join(lines) + "\n }\n}\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
