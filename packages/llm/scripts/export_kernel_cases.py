"""Regenerates packages/llm/test/fixtures/kernels: small programs exported by the real ExecuTorch that
call the custom operators of exported language models, with their inputs and reference outputs.

    tools/conformance/.venv/bin/python packages/llm/scripts/export_kernel_cases.py [--only NAME ...]

Every program is lowered to ExecuTorch without a delegate, so it holds the custom operator itself.
References:
- `executorch-runtime`: ExecuTorch's own runtime ran the program (`quantized_decomposed::*`, whose
  kernels the pip runtime has once `executorch.kernels.quantized` is imported);
- `eager-pytorch`: the pip runtime has no `llama::*` kernel, so the same module ran eagerly in PyTorch,
  where `torch.ops.llama.*` are ExecuTorch's own CPU kernels (loaded by
  `executorch.extension.llm.custom_ops`).

The manifest has the conformance zoo's schema (so `@kindling/conformance-zoo` reads it) plus a
`reference` field per case. `--only` regenerates the named cases and keeps the others.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, Callable, Dict, List

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent.parent
sys.path.insert(0, str(REPO / "tools" / "conformance"))

import torch  # noqa: E402

import common  # noqa: E402

OUT = REPO / "packages" / "llm" / "test" / "fixtures" / "kernels"
MANIFEST = OUT / "manifest.json"


def gen(name: str) -> torch.Generator:
    return torch.Generator().manual_seed(common.stable_seed(name))


def randn(g: torch.Generator, *shape: int) -> torch.Tensor:
    return torch.randn(*shape, generator=g)


# ---------------------------------------------------------------------------------------------
# Modules


class Sdpa(torch.nn.Module):
    """custom_sdpa on caches given as inputs ([B, S, H, D] layout), start_pos fixed in the program."""

    def __init__(self, start_pos: int, causal: bool, scale, with_mask: bool):
        super().__init__()
        self.start_pos, self.causal, self.scale, self.with_mask = start_pos, causal, scale, with_mask

    def forward(self, q, k, v, mask=None):
        return torch.ops.llama.custom_sdpa(
            q, k, v, self.start_pos, mask if self.with_mask else None, 0.0, self.causal, self.scale
        )


class KvCacheSdpa(torch.nn.Module):
    """update_cache into mutable buffers then custom_sdpa, start_pos from an input tensor."""

    def __init__(self, b: int, max_s: int, h_kv: int, d: int):
        super().__init__()
        self.register_buffer("k_cache", torch.zeros(b, max_s, h_kv, d))
        self.register_buffer("v_cache", torch.zeros(b, max_s, h_kv, d))

    def forward(self, q, k, v, input_pos):
        start_pos = input_pos[0].item()
        torch._check_is_size(start_pos)
        torch._check(start_pos < self.k_cache.size(1))
        torch._check(start_pos + q.size(1) <= self.k_cache.size(1))
        torch.ops.llama.update_cache(k, self.k_cache, start_pos)
        torch.ops.llama.update_cache(v, self.v_cache, start_pos)
        return torch.ops.llama.custom_sdpa(q, self.k_cache, self.v_cache, start_pos, None, 0.0, True, None)


class SdpaWithKvCache(torch.nn.Module):
    """sdpa_with_kv_cache (caches as mutable buffers), start_pos from an input tensor."""

    def __init__(self, b: int, max_s: int, h_kv: int, d: int):
        super().__init__()
        self.register_buffer("k_cache", torch.zeros(b, max_s, h_kv, d))
        self.register_buffer("v_cache", torch.zeros(b, max_s, h_kv, d))

    def forward(self, q, k, v, input_pos):
        start_pos = input_pos[0].item()
        seq_len = q.size(1)
        torch._check_is_size(start_pos)
        torch._check(start_pos < self.k_cache.size(1))
        torch._check(start_pos + seq_len <= self.k_cache.size(1))
        return torch.ops.llama.sdpa_with_kv_cache(
            q, k, v, self.k_cache, self.v_cache, start_pos, seq_len, None, 0.0, True, None
        )


class QuantizedSdpa(torch.nn.Module):
    """custom_quantized_sdpa on int8 q/k/v quantized per token (scales fp32, zero points int8)."""

    def __init__(self, start_pos: int, causal: bool, with_mask: bool):
        super().__init__()
        self.start_pos, self.causal, self.with_mask = start_pos, causal, with_mask

    def forward(self, q, k, v, qz, qs, kz, ks, vz, vs, mask=None):
        return torch.ops.llama.custom_quantized_sdpa(
            q, k, v, self.start_pos, mask if self.with_mask else None, 0.0, self.causal, None,
            qz, qs, kz, ks, vz, vs,
        )


class PerToken(torch.nn.Module):
    """choose_qparams_per_token_asymmetric -> quantize_per_token -> dequantize_per_token (fp32 and fp16)."""

    def forward(self, x):
        qd = torch.ops.quantized_decomposed
        scale, zp = qd.choose_qparams_per_token_asymmetric(x, torch.int8)
        q = qd.quantize_per_token(x, scale, zp, -128, 127, torch.int8)
        y = qd.dequantize_per_token(q, scale, zp, -128, 127, torch.int8, torch.float32)
        y16 = qd.dequantize_per_token(q, scale, zp, -128, 127, torch.int8, torch.float16)
        return scale, zp, q, y, y16


class EmbeddingQ(torch.nn.Module):
    """embedding_byte / embedding_4bit, `.out` (no dtype) or `.dtype_out` (dtype given)."""

    def __init__(self, bits: int, weight, scales, zero_points, dtype):
        super().__init__()
        self.bits, self.dtype = bits, dtype
        self.register_buffer("weight", weight)
        self.register_buffer("scales", scales)
        if zero_points is None:
            self.zero_points = None
        else:
            self.register_buffer("zero_points", zero_points)

    def forward(self, indices):
        qd = torch.ops.quantized_decomposed
        lo, hi = (-128, 127) if self.bits == 8 else (-8, 7)
        op = qd.embedding_byte if self.bits == 8 else qd.embedding_4bit
        args = (self.weight, self.scales, self.zero_points, lo, hi, indices)
        if self.dtype is None:
            return op.default(*args)
        return op.dtype(*args, dtype=self.dtype)


# ---------------------------------------------------------------------------------------------
# Cases: name -> (build(g) -> (module, steps), reference, tolerance, notes)


def quantize_rows(x: torch.Tensor):
    """Per-token int8 quantization with ExecuTorch's eager ops: (int8 values, int8 zero points, fp32 scales)."""
    qd = torch.ops.quantized_decomposed
    scale, zp = qd.choose_qparams_per_token_asymmetric(x, torch.int8)
    q = qd.quantize_per_token(x, scale, zp, -128, 127, torch.int8)
    return q, zp.to(torch.int8), scale.to(torch.float32)


def sdpa_case(b, s, h, h_kv, d, kv, start_pos, causal, scale, mask):
    def build(g):
        q, k, v = randn(g, b, s, h, d), randn(g, b, kv, h_kv, d), randn(g, b, kv, h_kv, d)
        inputs = [q, k, v]
        if mask:
            m = torch.zeros(s, kv)
            m[torch.rand(s, kv, generator=g) < 0.3] = float("-inf")
            m[:, 0] = 0.0  # every row attends to something
            m += torch.where(m == 0, 0.25 * randn(g, s, kv), torch.zeros(s, kv))
            inputs.append(m)
        return Sdpa(start_pos, causal, scale, mask), [inputs]

    return build


def kv_case(cls, b, h, h_kv, d, max_s, seqs):
    def build(g):
        steps, pos = [], 0
        for n in seqs:
            steps.append([randn(g, b, n, h, d), randn(g, b, n, h_kv, d), randn(g, b, n, h_kv, d),
                          torch.tensor([pos], dtype=torch.int64)])
            pos += n
        return cls(b, max_s, h_kv, d), steps

    return build


def qsdpa_case(b, s, h, h_kv, d, kv, start_pos, causal, mask):
    def build(g):
        q, qz, qs = quantize_rows(randn(g, b, s, h, d))
        k, kz, ks = quantize_rows(randn(g, b, kv, h_kv, d))
        v, vz, vs = quantize_rows(randn(g, b, kv, h_kv, d))
        inputs = [q, k, v, qz, qs, kz, ks, vz, vs]
        if mask:
            m = torch.zeros(s, kv)
            m[torch.rand(s, kv, generator=g) < 0.3] = float("-inf")
            m[:, 0] = 0.0
            inputs.append(m)
        return QuantizedSdpa(start_pos, causal, mask), [inputs]

    return build


def per_token_case(g):
    x = randn(g, 2, 3, 8) * 3.0
    x[0, 1] = 0.0  # all zeros
    x[1, 0] = 2.5  # constant positive
    x[1, 2] = -0.75  # constant negative
    x[0, 2, :4] = 1e-6  # tiny range (small-scale threshold)
    x[0, 2, 4:] = -2e-6
    return PerToken(), [[x]]


def embedding_case(bits, vocab, dim, group, scale_dtype, zero_points, dtype, index_shape):
    def build(g):
        if bits == 8:
            weight = torch.randint(-128, 128, (vocab, dim), generator=g, dtype=torch.int8)
        else:
            weight = torch.randint(0, 256, (vocab, dim // 2), generator=g, dtype=torch.uint8)
        groups = dim // group if group else 0
        sshape = (vocab, groups) if groups else (vocab,)
        scales = (torch.rand(*sshape, generator=g) * 0.1 + 0.01).to(scale_dtype)
        zps = None
        if zero_points:
            lo, hi = (-8, 8) if bits == 8 else (-3, 4)
            zps = torch.randint(lo, hi, sshape, generator=g).to(scale_dtype)
        idx = torch.randint(0, vocab, index_shape, generator=g, dtype=torch.int64)
        return EmbeddingQ(bits, weight, scales, zps, dtype), [[idx]]

    return build


EXACT = {"atol": 0.0, "rtol": 0.0}
F32 = {"atol": 1e-5, "rtol": 1e-5}
F16 = {"atol": 2e-3, "rtol": 2e-3}

CASES: Dict[str, Dict[str, Any]] = {
    "sdpa_causal_gqa_pos2": dict(build=sdpa_case(1, 3, 4, 2, 8, 8, 2, True, None, False), tol=F32,
                                 notes="causal, 4 query heads over 2 KV heads, start_pos 2, keys 0..4 of 8"),
    "sdpa_causal_pos0_batch2": dict(build=sdpa_case(2, 4, 2, 2, 8, 6, 0, True, 0.3, False), tol=F32,
                                    notes="causal, batch 2, start_pos 0, explicit scale 0.3"),
    "sdpa_noncausal_pos3_mqa": dict(build=sdpa_case(1, 2, 3, 1, 4, 7, 3, False, None, False), tol=F32,
                                    notes="not causal: keys 0..start_pos+seq_len-1, 3 query heads over 1 KV head"),
    "sdpa_mask_gqa": dict(build=sdpa_case(1, 3, 4, 2, 8, 5, 0, False, 0.5, True), tol=F32,
                          notes="float attention mask [seq, kv] with -inf entries over the whole cache"),
    "kv_update_cache_sdpa": dict(build=kv_case(KvCacheSdpa, 1, 4, 2, 8, 8, [3, 1, 2]), tol=F32,
                                 notes="update_cache into mutable caches + causal custom_sdpa, prefill 3 then 1 then 2"),
    "sdpa_with_kv_cache": dict(build=kv_case(SdpaWithKvCache, 1, 2, 2, 4, 6, [2, 1, 3]), tol=F32,
                               notes="sdpa_with_kv_cache, prefill 2 then 1 then 3 (cache full)"),
    "quantized_sdpa_causal_gqa": dict(build=qsdpa_case(1, 3, 4, 2, 8, 8, 2, True, False), tol=F32,
                                      notes="int8 per-token q/k/v, causal, start_pos 2, GQA"),
    "quantized_sdpa_mask": dict(build=qsdpa_case(1, 2, 2, 2, 8, 4, 0, False, True), tol=F32,
                                notes="int8 per-token q/k/v with a float mask"),
    "per_token_quant": dict(build=per_token_case, tol=EXACT,
                            notes="choose_qparams_per_token_asymmetric, quantize_per_token, dequantize_per_token "
                                  "(fp32, fp16); rows of zeros, constants and a tiny range"),
    "embedding_byte_out": dict(build=embedding_case(8, 10, 8, 4, torch.float32, True, None, (2, 3)), tol=EXACT,
                               notes="embedding_byte.out, groups of 4, fp32 scales and zero points"),
    "embedding_byte_dtype_fp16": dict(build=embedding_case(8, 10, 6, 0, torch.float32, False, torch.float16, (5,)),
                                      tol=EXACT, notes="embedding_byte.dtype_out, per-row fp32 scales, fp16 output"),
    "embedding_4bit_out_odd": dict(build=embedding_case(4, 7, 6, 3, torch.float32, True, None, (4,)), tol=EXACT,
                                   notes="embedding_4bit.out, 3 packed bytes per row, groups of 3, zero points"),
    "embedding_4bit_dtype_fp16": dict(build=embedding_case(4, 9, 8, 4, torch.float16, False, torch.float16, (2, 2)),
                                      tol=EXACT, notes="embedding_4bit.dtype_out, 4 packed bytes, groups of 4, fp16"),
    "embedding_4bit_dtype_fp32": dict(build=embedding_case(4, 6, 8, 0, torch.float16, False, torch.float32, (3,)),
                                      tol=EXACT, notes="embedding_4bit.dtype_out, per-row fp16 scales, fp32 output"),
}

ET_REFERENCE = {"per_token_quant", "embedding_byte_out", "embedding_byte_dtype_fp16", "embedding_4bit_out_odd",
                "embedding_4bit_dtype_fp16", "embedding_4bit_dtype_fp32"}


def export(module: torch.nn.Module, example, dynamic_seq: bool) -> Any:
    from executorch.exir import EdgeCompileConfig, to_edge_transform_and_lower

    dyn = None
    if dynamic_seq:  # q, k, v: [B, seq, H, D] with seq dynamic; input_pos static
        seq = torch.export.Dim("seq", min=1, max=module.k_cache.size(1))
        dyn = ({1: seq}, {1: seq}, {1: seq}, None)
    with torch.no_grad():
        ep = torch.export.export(module, tuple(example), dynamic_shapes=dyn)
        return to_edge_transform_and_lower(
            ep, partitioner=[], compile_config=EdgeCompileConfig(_check_ir_validity=False)
        ).to_executorch()


def clone(xs):
    return [x.clone() if isinstance(x, torch.Tensor) else x for x in xs]


def as_list(out) -> List[Any]:
    return list(out) if isinstance(out, (tuple, list)) else [out]


def run_case(name: str, spec: Dict[str, Any]) -> Dict[str, Any]:
    build: Callable = spec["build"]
    module, steps = build(gen(name))
    et = export(build(gen(name))[0], clone(steps[0]), isinstance(module, (KvCacheSdpa, SdpaWithKvCache)))
    pte = OUT / f"{name}.pte"
    pte.write_bytes(et.buffer)
    ops = sorted({f"{o.name}.{o.overload}" if o.overload else o.name
                  for plan in et.executorch_program.execution_plan for o in plan.operators})
    reference = "executorch-runtime" if name in ET_REFERENCE else "eager-pytorch"
    if reference == "executorch-runtime":
        method = common.load_program(pte).load_method("forward")
        outs = [as_list(method.execute(clone(s))) for s in steps]
    else:
        with torch.no_grad():
            outs = [as_list(module(*clone(s))) for s in steps]
    manifest_steps = []
    for i, (ins, res) in enumerate(zip(steps, outs)):
        manifest_steps.append({
            "method": "forward",
            "inputs": [common.encode_value(OUT, f"{name}/step{i}_in{j}.bin", x) for j, x in enumerate(ins)],
            "outputs": [common.encode_value(OUT, f"{name}/step{i}_out{j}.bin", x) for j, x in enumerate(res)],
        })
    return {
        "id": name,
        "model": name,
        "flavour": "portable",
        "file": f"{name}.pte",
        "committed": True,
        "size": pte.stat().st_size,
        "sha256": common.sha256_file(pte),
        "tolerance": spec["tol"],
        "reference": reference,
        "steps": manifest_steps,
        "operators": ops,
        "delegates": [],
        "delegate_calls": 0,
        "notes": spec["notes"],
    }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", action="append", default=[])
    args = ap.parse_args()
    common.single_thread()
    import executorch  # noqa: F401
    from executorch.extension.llm.custom_ops import custom_ops  # noqa: F401
    import executorch.kernels.quantized  # noqa: F401
    import executorch.exir.passes._quant_patterns_and_replacements  # noqa: F401

    unknown = [n for n in args.only if n not in CASES]
    if unknown:
        raise SystemExit(f"unknown case(s): {', '.join(unknown)}")
    names = args.only or list(CASES)
    old = {}
    if MANIFEST.exists() and args.only:
        import json

        old = {c["id"]: c for c in json.loads(MANIFEST.read_text())["cases"]}
    OUT.mkdir(parents=True, exist_ok=True)
    for name in names:
        common.eprint(f"{name} ...")
        old[name] = run_case(name, CASES[name])
    cases = [old[n] for n in CASES if n in old]
    from importlib.metadata import version

    common.json_dump({
        "schema": 1,
        "executorch_version": version("executorch"),
        "torch_version": torch.__version__,
        "cases": cases,
    }, MANIFEST)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
