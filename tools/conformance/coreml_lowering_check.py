"""Checks the Core ML packages Kindling's lowering writes with ExecuTorch's and Apple's own tools.

For each committed zoo model (its ``portable`` program; ``--models`` to choose), this lowers the
program with Kindling's Core ML lowering in three variants:

- ``fp16``: ``kindling lower --backend coreml`` (the CLI; ExecuTorch's default compile specs);
- ``fp32``: ``coremlLowering({ precision: 'float32' })``;
- ``fp32-ios17``: ``coremlLowering({ precision: 'float32', minDeploymentTarget: 'iOS17' })``.

Every ``CoreMLBackend`` payload of the lowered programs is then

1. read out of the ``.pte`` by ExecuTorch's Python program deserializer,
2. unflattened by ExecuTorch's own C++ code (``executorchcoreml.unflatten_directory_contents``,
   what ExecuTorch's Core ML runtime uses on device),
3. loaded by coremltools as a package (``MLModel(path, skip_model_load=True)``: Manifest.json, the
   model spec, the weight file),
4. loaded again into coremltools' MIL (``milproto.load``), which re-creates every operation from the
   spec and its weights and re-runs its type and shape inference: a wrong parameter name, dtype,
   rank, shape or blob offset fails here.

Needs the built workspace (``pnpm build``: the CLI and backend-coreml's ``dist/partitioner.js``).
Prints one line per case and variant, writes a JSON summary (``--out``), exits 1 when a payload
fails a check. On demand (not part of ``check.sh``):

    tools/conformance/.venv/bin/python tools/conformance/coreml_lowering_check.py \\
        --out tools/conformance/coreml-lowering.json [--models ops/add/same_shape ...]
"""

from __future__ import annotations

import argparse
import json
import logging
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / "packages" / "conformance-zoo" / "cases"
CLI = ROOT / "packages" / "cli" / "bin" / "kindling.js"
BUILT_LOWERING = ROOT / "packages" / "backend-coreml" / "dist" / "partitioner.js"
BUILT_PARTITIONER = ROOT / "packages" / "partitioner" / "dist" / "index.js"

VARIANTS = {
    "fp16": None,  # through the CLI
    "fp32": {"precision": "float32"},
    "fp32-ios17": {"precision": "float32", "minDeploymentTarget": "iOS17"},
}

# Lowers programs with given lowering options (the CLI takes no options): argv = jobs JSON file.
LOWER_SCRIPT = """
import { readFileSync, writeFileSync } from 'node:fs';
const { lower } = await import(process.argv[2]);
const { coremlLowering } = await import(process.argv[3]);
for (const job of JSON.parse(readFileSync(process.argv[4], 'utf8'))) {
  const { bytes } = await lower(new Uint8Array(readFileSync(job.input)), {
    backends: [coremlLowering(job.options)],
  });
  writeFileSync(job.output, bytes);
}
"""


def coreml_payloads(pte: Path) -> list[bytes]:
    """The CoreMLBackend payloads of a program, in execution-plan order."""
    from executorch.exir._serialize._program import deserialize_pte_binary

    program = deserialize_pte_binary(pte.read_bytes()).program
    return [
        bytes(program.backend_delegate_data[d.processed.index].data)
        for plan in program.execution_plan
        for d in plan.delegates
        if d.id == "CoreMLBackend"
    ]


def check_payload(payload: bytes, work: Path) -> dict:
    """Unflattens a payload with ExecuTorch's code and loads it with coremltools; the findings."""
    import coremltools as ct
    from coremltools.converters.mil.frontend.milproto.load import load as load_milproto
    from executorch.backends.apple.coreml import executorchcoreml

    work.mkdir(parents=True)
    if not executorchcoreml.unflatten_directory_contents(payload, str(work)):
        return {"ok": False, "stage": "unflatten", "error": "ExecuTorch could not unflatten the payload"}
    root = work / "lowered_module"
    try:
        metadata = json.loads((root / "metadata.json").read_text())
        package = root / "model.mlpackage"
        spec = ct.models.MLModel(str(package), skip_model_load=True).get_spec()
    except Exception as e:  # noqa: BLE001 - every failure is a finding
        return {"ok": False, "stage": "MLModel", "error": f"{type(e).__name__}: {e}"}
    try:
        program = load_milproto(
            spec,
            spec.specificationVersion,
            file_weights_dir=str(package / "Data" / "com.apple.CoreML" / "weights"),
        )
    except Exception as e:  # noqa: BLE001
        return {"ok": False, "stage": "milproto", "error": f"{type(e).__name__}: {e}"}
    fn = program.functions["main"]
    # ExecuTorch derives debug_info.json from the package's debug handle mapping at export: its own
    # derivation from our mapping must give our debug_info.json, and every operation must have a handle
    from dataclasses import asdict

    from executorch.backends.apple.coreml.compiler import CoreMLBackend

    derived = CoreMLBackend.get_model_debug_info(package)
    ours = json.loads((root / "debug_info.json").read_text())
    if derived is None or asdict(derived) != ours:
        return {"ok": False, "stage": "debug_info", "error": "debug_info.json is not what ExecuTorch derives from the mapping"}
    block = spec.mlProgram.functions["main"].block_specializations[spec.mlProgram.functions["main"].opset]
    written = {s.split(":")[0] for s in ours["debugSymbolToHandles"]}
    missing = [op.outputs[0].name for op in block.operations if op.outputs[0].name not in written]
    if missing:
        return {"ok": False, "stage": "debug_info", "error": f"operations without a debug handle: {missing[:5]}"}
    return {
        "ok": True,
        "specificationVersion": spec.specificationVersion,
        "opset": fn.opset_version.name if fn.opset_version else None,
        "inputNames": metadata["inputNames"],
        "outputNames": metadata["outputNames"],
        "operations": sorted({op.op_type for op in fn.operations if op.op_type != "const"}),
    }


def lower_all(models: list[str], work: Path) -> dict[tuple[str, str], Path]:
    """Lowers every model's portable program in every variant; the lowered files by (model, variant)."""
    out: dict[tuple[str, str], Path] = {}
    jobs = []
    for i, model in enumerate(models):
        source = CASES / model / "portable.pte"
        for variant, options in VARIANTS.items():
            target = work / f"{i}-{variant}.pte"
            out[(model, variant)] = target
            if options is None:
                run = subprocess.run(
                    ["node", str(CLI), "lower", str(source), "--backend", "coreml", "-o", str(target), "--report", "json"],
                    check=True,
                    capture_output=True,
                    text=True,
                )
                target.with_suffix(".report.json").write_text(run.stdout)
            else:
                jobs.append({"input": str(source), "output": str(target), "options": options})
    jobs_file = work / "jobs.json"
    jobs_file.write_text(json.dumps(jobs))
    script = work / "lower.mjs"
    script.write_text(LOWER_SCRIPT)
    subprocess.run(
        ["node", str(script), BUILT_PARTITIONER.as_uri(), BUILT_LOWERING.as_uri(), str(jobs_file)],
        check=True,
    )
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, help="where to write the JSON summary")
    parser.add_argument("--models", nargs="*", help="zoo models (default: every committed model with a portable program)")
    args = parser.parse_args()
    for built in (BUILT_LOWERING, BUILT_PARTITIONER):
        if not built.exists():
            print(f"{built.relative_to(ROOT)} is missing: run pnpm build first", file=sys.stderr)
            return 2
    # a build older than the sources would check yesterday's lowering (it once did: the summary undercounted)
    for package, built in (("backend-coreml", BUILT_LOWERING), ("partitioner", BUILT_PARTITIONER)):
        newest = max(p.stat().st_mtime for p in (ROOT / "packages" / package / "src").rglob("*.ts"))
        if newest > built.stat().st_mtime:
            print(f"{built.relative_to(ROOT)} is older than its sources: run pnpm build first", file=sys.stderr)
            return 2
    warnings.filterwarnings("ignore")
    logging.disable(logging.WARNING)
    manifest = json.loads((CASES / "manifest.json").read_text())["cases"]
    portable = {c["model"] for c in manifest if c["flavour"] == "portable" and c["committed"]}
    models = sorted(m for m in (args.models or portable) if m in portable)

    results = []
    failed = 0
    with tempfile.TemporaryDirectory(prefix="kindling-coreml-check-") as tmp:
        work = Path(tmp)
        lowered = lower_all(models, work)
        for model in models:
            for variant in VARIANTS:
                payloads = coreml_payloads(lowered[(model, variant)])
                checks = [check_payload(p, work / "unflat" / model.replace("/", "_") / variant / str(i)) for i, p in enumerate(payloads)]
                ok = all(c["ok"] for c in checks)
                failed += 0 if ok else 1
                status = "not lowered" if not checks else "pass" if ok else "FAIL"
                ops = sorted({op for c in checks if c["ok"] for op in c["operations"]})
                errors = [f"{c['stage']}: {c['error']}" for c in checks if not c["ok"]]
                print(f"{model:34s} {variant:11s} {status:11s} {len(checks)} payload(s) {' '.join(ops)} {'; '.join(errors)}")
                result = {"model": model, "variant": variant, "status": status, "operations": ops}
                if checks and ok:
                    result["spec"] = sorted({f"{c['specificationVersion']}/{c['opset']}" for c in checks})
                if errors:
                    result["errors"] = errors
                if not checks:
                    # why: the refusal of each operator, from the CLI's partition report
                    report = json.loads(lowered[(model, "fp16")].with_suffix(".report.json").read_text())
                    result["refused"] = sorted(
                        {f"{n['op']}: {n['reasons'].get('CoreMLBackend', '')}" for m in report["methods"] for n in m["nodes"]}
                    )
                results.append(result)
    summary = {
        "tools": _versions(),
        "variants": {k: v or "kindling lower --backend coreml" for k, v in VARIANTS.items()},
        "counts": {
            s: sum(1 for r in results if r["status"] == s) for s in ("pass", "FAIL", "not lowered")
        },
        "results": results,
    }
    print(json.dumps(summary["counts"]))
    if args.out:
        # one line per result keeps the committed summary small and its diffs readable
        head = json.dumps({k: v for k, v in summary.items() if k != "results"}, indent=1)[:-2]
        lines = ",\n  ".join(json.dumps(r) for r in results)
        args.out.write_text(f'{head},\n "results": [\n  {lines}\n ]\n}}\n')
    return 1 if failed else 0


def _versions() -> dict:
    from importlib.metadata import version

    return {"coremltools": version("coremltools"), "executorch": version("executorch")}


if __name__ == "__main__":
    sys.exit(main())
