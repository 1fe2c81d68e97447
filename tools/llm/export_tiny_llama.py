"""Tiny Llama programs exported by ExecuTorch's own `export_llama`, with generation references.

A seeded random checkpoint (Meta layout) is exported in several variants (see VARIANTS), each
with a KV cache and the metadata methods `get_bos_id`/`get_eos_ids`. For every variant the script
records greedy continuations of fixed token prompts and the logits of the first step:

- `eager`: the source-transformed eager PyTorch model the exporter builds (quantized when the
  variant is), run step by step with its KV cache;
- `executorch`: ExecuTorch's own runtime (the pip `executorch.runtime`) on the exported program,
  only for variants it can run (no `llama::` custom ops).

Prompts longer than one call allows (max_seq_len - 1 tokens) are prefilled in chunks of that size,
as a runner must. Usage (from the repository root):

    tools/conformance/.venv/bin/python tools/llm/export_tiny_llama.py [--only NAME ...]

Writes `packages/llm/test/fixtures/models/<name>.pte` and `<name>.json` (committed), or for the
variants marked `cached`, the same files under `.cache/llm/models/` (git-ignored). Without `--only`
it writes the committed variants; name a cached one to write it.
"""

from __future__ import annotations

import argparse
import copy
import json
import math
import os
import sys
import tempfile
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parents[2]
OUT_DIR = ROOT / "packages" / "llm" / "test" / "fixtures" / "models"

SEED = 20261206
PARAMS = {
    "dim": 64,
    "hidden_dim": 192,
    "n_heads": 4,
    "n_kv_heads": 2,
    "n_layers": 2,
    "norm_eps": 1e-5,
    "rope_theta": 10000.0,
    "vocab_size": 512,
    "use_scaled_rope": False,
}
MAX_SEQ_LEN = 32
MAX_CONTEXT_LEN = 96
BOS_ID = 1
EOS_IDS = [2]
NEW_TOKENS = 24


def _prompts() -> list[list[int]]:
    g = torch.Generator().manual_seed(SEED + 1)
    lengths = [5, 12, 45]  # the last one needs two prefill calls (31 + 14)
    return [[BOS_ID] + torch.randint(3, PARAMS["vocab_size"], (n - 1,), generator=g).tolist() for n in lengths]


VARIANTS = {
    # needs the llama::update_cache / llama::custom_sdpa kernels
    "tiny-llama-sdpa-8da4w": {"sdpa": True, "qmode": "8da4w", "cached": False},
    # KV cache through aten::index_put, 8da4w linears in XNNPACK delegates
    "tiny-llama-kv-8da4w": {"sdpa": False, "qmode": "8da4w", "cached": False},
    # the same without quantization (fp32 linears in XNNPACK delegates): 744 KB, too large to
    # commit, so it goes to the git-ignored cache (the tests run it when it is there)
    "tiny-llama-kv-fp32": {"sdpa": False, "qmode": None, "cached": True},
}
CACHE_DIR = ROOT / ".cache" / "llm" / "models"


def make_checkpoint(path: Path) -> None:
    """Random weights scaled so activations stay O(1) and logits are well spread."""
    g = torch.Generator().manual_seed(SEED)
    dim, hidden, vocab = PARAMS["dim"], PARAMS["hidden_dim"], PARAMS["vocab_size"]
    head_dim = dim // PARAMS["n_heads"]
    kv_dim = head_dim * PARAMS["n_kv_heads"]

    def lin(out_f: int, in_f: int, gain: float = 1.0) -> torch.Tensor:
        return torch.randn(out_f, in_f, generator=g) * (gain / math.sqrt(in_f))

    def norm(n: int) -> torch.Tensor:
        return 1.0 + 0.1 * torch.randn(n, generator=g)

    sd = {"tok_embeddings.weight": torch.randn(vocab, dim, generator=g)}
    for i in range(PARAMS["n_layers"]):
        p = f"layers.{i}."
        sd[p + "attention.wq.weight"] = lin(dim, dim, 2.0)
        sd[p + "attention.wk.weight"] = lin(kv_dim, dim, 2.0)
        sd[p + "attention.wv.weight"] = lin(kv_dim, dim)
        sd[p + "attention.wo.weight"] = lin(dim, dim)
        sd[p + "feed_forward.w1.weight"] = lin(hidden, dim)
        sd[p + "feed_forward.w3.weight"] = lin(hidden, dim)
        sd[p + "feed_forward.w2.weight"] = lin(dim, hidden)
        sd[p + "attention_norm.weight"] = norm(dim)
        sd[p + "ffn_norm.weight"] = norm(dim)
    sd["norm.weight"] = norm(dim)
    sd["output.weight"] = lin(vocab, dim, 4.0)
    torch.save(sd, path)


def make_config(name: str, variant: dict, work: Path):
    from executorch.extension.llm.export.config.llm_config import LlmConfig, ModelType

    cfg = LlmConfig()
    cfg.base.model_class = ModelType("llama2")
    cfg.base.params = str(work / "params.json")
    cfg.base.checkpoint = str(work / "checkpoint.pth")
    cfg.base.metadata = json.dumps({"get_bos_id": BOS_ID, "get_eos_ids": EOS_IDS})
    cfg.model.use_kv_cache = True
    cfg.model.use_sdpa_with_kv_cache = variant["sdpa"]
    cfg.model.enable_dynamic_shape = True
    cfg.export.max_seq_length = MAX_SEQ_LEN
    cfg.export.max_context_length = MAX_CONTEXT_LEN
    cfg.export.output_dir = str(work)
    cfg.export.output_name = str(work / f"{name}.pte")
    if variant["qmode"]:
        cfg.quantization.qmode = variant["qmode"]
        cfg.quantization.group_size = 32
    cfg.backend.xnnpack.enabled = True
    cfg.backend.xnnpack.extended_ops = True
    return cfg


def greedy(step, prompt: list[int]) -> dict:
    """Greedy decoding with `step(tokens, pos) -> logits[vocab]`; chunked prefill."""
    chunk = MAX_SEQ_LEN - 1
    pos = 0
    logits = None
    for start in range(0, len(prompt), chunk):
        part = prompt[start : start + chunk]
        logits = step(part, pos)
        pos += len(part)
    first = logits.clone()
    out: list[int] = []
    margins: list[float] = []
    for _ in range(NEW_TOKENS):
        top2 = torch.topk(logits, 2).values
        margins.append(float(top2[0] - top2[1]))
        tok = int(torch.argmax(logits))
        out.append(tok)
        if len(out) == NEW_TOKENS:
            break
        logits = step([tok], pos)
        pos += 1
    return {"tokens": out, "firstLogits": [float(x) for x in first], "minTop2Margin": min(margins)}


def eager_references(cfg, prompts) -> list[dict]:
    from executorch.examples.models.llama.export_llama_lib import _prepare_for_llama_export

    manager = _prepare_for_llama_export(copy.deepcopy(cfg))
    model = manager.model.eval()
    results = []
    for prompt in prompts:
        # fresh caches for every prompt
        for buf_name, buf in model.named_buffers():
            if buf_name.endswith("k_cache") or buf_name.endswith("v_cache"):
                buf.zero_()

        def step(tokens, pos):
            with torch.no_grad():
                out = model(torch.tensor([tokens], dtype=torch.long), {"input_pos": torch.tensor([pos], dtype=torch.long)})
            if isinstance(out, tuple):
                out = out[0]
            return out.reshape(-1).float()

        results.append(greedy(step, prompt))
    return results


def executorch_references(pte: Path, prompts) -> list[dict]:
    from executorch.runtime import Runtime

    program = Runtime.get().load_program(pte.read_bytes())
    results = []
    for prompt in prompts:
        method = program.load_method("forward")  # fresh planned memory (KV caches) per prompt

        def step(tokens, pos):
            out = method.execute([torch.tensor([tokens], dtype=torch.long), torch.tensor([pos], dtype=torch.long)])
            return out[0].reshape(-1).float()

        results.append(greedy(step, prompt))
    return results


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", nargs="*", choices=list(VARIANTS))
    args = ap.parse_args()
    names = args.only or [n for n, v in VARIANTS.items() if not v["cached"]]

    import executorch.extension.llm.custom_ops  # noqa: F401  (torch.ops.llama.* for eager sdpa)
    from executorch.examples.models.llama.export_llama_lib import export_llama

    torch.manual_seed(SEED)
    prompts = _prompts()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "params.json").write_text(json.dumps(PARAMS))
        make_checkpoint(work / "checkpoint.pth")
        for name in names:
            variant = VARIANTS[name]
            cfg = make_config(name, variant, work)
            torch.manual_seed(SEED)
            eager = eager_references(cfg, prompts)
            torch.manual_seed(SEED)
            filename = export_llama(copy.deepcopy(cfg))
            out_dir = CACHE_DIR if variant["cached"] else OUT_DIR
            out_dir.mkdir(parents=True, exist_ok=True)
            pte = out_dir / f"{name}.pte"
            pte.write_bytes(Path(filename).read_bytes())
            et = None if variant["sdpa"] else executorch_references(pte, prompts)
            cases = []
            for i, prompt in enumerate(prompts):
                case = {"prompt": prompt, "eager": eager[i]}
                if et is not None:
                    case["executorch"] = et[i]
                cases.append(case)
            ref = {
                "description": f"{name}: greedy references (see tools/llm/export_tiny_llama.py)",
                "program": pte.name,
                "export": {
                    "model_class": "llama2",
                    "params": PARAMS,
                    "seed": SEED,
                    "max_seq_len": MAX_SEQ_LEN,
                    "max_context_len": MAX_CONTEXT_LEN,
                    "use_kv_cache": True,
                    "use_sdpa_with_kv_cache": variant["sdpa"],
                    "qmode": variant["qmode"],
                    "group_size": 32 if variant["qmode"] else None,
                    "xnnpack": True,
                    "metadata": {"get_bos_id": BOS_ID, "get_eos_ids": EOS_IDS},
                },
                "sources": {
                    "eager": "source-transformed eager PyTorch model from _prepare_for_llama_export (same quantization as the program)",
                    "executorch": "ExecuTorch 1.5.1 pip runtime on the exported program (absent: the program needs llama:: kernels)",
                },
                "newTokens": NEW_TOKENS,
                "prefillChunk": MAX_SEQ_LEN - 1,
                "cases": cases,
            }
            (out_dir / f"{name}.json").write_text(json.dumps(ref, indent=1) + "\n")
            size = pte.stat().st_size
            agree = [et[i]["tokens"] == eager[i]["tokens"] for i in range(len(prompts))] if et else None
            print(f"{name}: {size} bytes; eager==executorch tokens: {agree}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
