"""SmolLM2-135M-Instruct as an ONNX model for transformers.js, from the same weights Kindling runs.

Reads the Meta-style checkpoint that tools/llm/smollm2.sh writes (`<cache>/smollm2/checkpoint.pth`,
`params.json`, `tokenizer.json`, `tokenizer_config.json`) and writes a local transformers.js model
folder (default `<cache>/smollm2-onnx/`):

  config.json, generation_config.json, tokenizer.json, tokenizer_config.json
  onnx/model.onnx      fp32, with a KV cache in the layout transformers.js expects for `llama`:
                       inputs input_ids, attention_mask, position_ids, past_key_values.{i}.key/value
                       ([batch, kv_heads, past, head_dim]); outputs logits, present.{i}.key/value
  onnx/model_q4.onnx   the same graph with every MatMul on a weight (the 7 projections of each layer
                       and the output head) as onnxruntime's MatMulNBits: 4-bit symmetric weights in
                       blocks of 32 (like ExecuTorch's 8da4w, group 32), accuracy level 4 (int8
                       activations in the products, like 8da4w's dynamically quantized activations);
                       the embedding table stays fp32, as in the 8da4w program

The graph is our own small Llama module. The checkpoint keeps Q and K in the Meta layout (RoPE on
interleaved pairs); the module permutes those rows per head into the half-split layout and rotates
halves, which gives the same attention scores. Before writing anything the script checks the ONNX
model: its greedy tokens for a prompt (prefill, then one token per step through the KV cache, run by
onnxruntime) must equal a straightforward eager PyTorch greedy run of the checkpoint (Meta layout,
complex-number RoPE, no cache, whole sequence recomputed each step). The q4 model's agreement with
the fp32 tokens is printed, not required: 4-bit weights change the numbers, and symmetric 4-bit
blocks (like 8da4w's) lose more of the GGUF's Q4_1 weights (4-bit with a per-block minimum) than
asymmetric ones would; for "The capital of France is" the fp32 model continues " Paris." and the q4
model " approximately 315 kilometres".

Needs torch + onnx (the conformance venv) and onnxruntime (for the check and the 4-bit pass),
installed outside that venv: `pip install --target <cache>/py-onnx --no-deps onnxruntime==1.30.0`,
which tools/llm/smollm2_onnx.sh does. Usage:
  python tools/llm/smollm2_onnx.py [--cache .cache/llm] [--src <cache>/smollm2] [--out <cache>/smollm2-onnx]
"""

from __future__ import annotations

import argparse
import json
import math
import shutil
import sys
import time
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

OPSET = 17
CHECK_PROMPT = "The capital of France is"
CHECK_TOKENS = 16


# ---- our ONNX graph: half-split RoPE, grouped-query attention over a KV cache ----------------------


def meta_to_half_split(w: torch.Tensor, heads: int) -> torch.Tensor:
    """Rows of a Q/K projection from the Meta layout (pairs 2i, 2i+1 rotate together) to the
    half-split layout (i and i + head_dim/2 rotate together), per head."""
    out_dim, in_dim = w.shape
    hd = out_dim // heads
    return w.reshape(heads, hd // 2, 2, in_dim).transpose(1, 2).reshape(out_dim, in_dim)


class RMSNorm(nn.Module):
    def __init__(self, dim: int, eps: float):
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(dim))

    def forward(self, x):
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps) * self.weight


class Layer(nn.Module):
    def __init__(self, p: dict):
        super().__init__()
        dim, hd = p["dim"], p["dim"] // p["n_heads"]
        self.heads, self.kv_heads, self.hd = p["n_heads"], p["n_kv_heads"], hd
        self.attn_norm = RMSNorm(dim, p["norm_eps"])
        self.ffn_norm = RMSNorm(dim, p["norm_eps"])
        self.q = nn.Linear(dim, self.heads * hd, bias=False)
        self.k = nn.Linear(dim, self.kv_heads * hd, bias=False)
        self.v = nn.Linear(dim, self.kv_heads * hd, bias=False)
        self.o = nn.Linear(self.heads * hd, dim, bias=False)
        self.gate = nn.Linear(dim, p["hidden_dim"], bias=False)
        self.up = nn.Linear(dim, p["hidden_dim"], bias=False)
        self.down = nn.Linear(p["hidden_dim"], dim, bias=False)

    @staticmethod
    def rope(x, cos, sin):
        half = x.shape[-1] // 2
        x1, x2 = x[..., :half], x[..., half:]
        return torch.cat([x1 * cos - x2 * sin, x1 * sin + x2 * cos], dim=-1)

    def forward(self, x, cos, sin, mask, past_k, past_v):
        b, s, _ = x.shape
        h = self.attn_norm(x)
        q = self.q(h).view(b, s, self.heads, self.hd).transpose(1, 2)
        k = self.k(h).view(b, s, self.kv_heads, self.hd).transpose(1, 2)
        v = self.v(h).view(b, s, self.kv_heads, self.hd).transpose(1, 2)
        q, k = self.rope(q, cos, sin), self.rope(k, cos, sin)
        k = torch.cat([past_k, k], dim=2)
        v = torch.cat([past_v, v], dim=2)
        rep = self.heads // self.kv_heads
        t = k.shape[2]
        kk = k[:, :, None].expand(b, self.kv_heads, rep, t, self.hd).reshape(b, self.heads, t, self.hd)
        vv = v[:, :, None].expand(b, self.kv_heads, rep, t, self.hd).reshape(b, self.heads, t, self.hd)
        scores = torch.matmul(q, kk.transpose(2, 3)) * (1.0 / math.sqrt(self.hd)) + mask
        attn = torch.matmul(torch.softmax(scores, dim=-1), vv)
        x = x + self.o(attn.transpose(1, 2).reshape(b, s, self.heads * self.hd))
        h = self.ffn_norm(x)
        x = x + self.down(F.silu(self.gate(h)) * self.up(h))
        return x, k, v


class CausalLM(nn.Module):
    """forward(input_ids, attention_mask, position_ids, *past) -> (logits, *present)."""

    def __init__(self, p: dict):
        super().__init__()
        self.p = p
        hd = p["dim"] // p["n_heads"]
        self.embed = nn.Embedding(p["vocab_size"], p["dim"])
        self.layers = nn.ModuleList(Layer(p) for _ in range(p["n_layers"]))
        self.norm = RMSNorm(p["dim"], p["norm_eps"])
        self.head = nn.Linear(p["dim"], p["vocab_size"], bias=False)
        freqs = 1.0 / (p["rope_theta"] ** (torch.arange(0, hd, 2, dtype=torch.float32) / hd))
        self.register_buffer("freqs", freqs, persistent=False)

    def load_meta(self, sd: dict) -> None:
        p = self.p
        with torch.no_grad():
            self.embed.weight.copy_(sd["tok_embeddings.weight"])
            self.norm.weight.copy_(sd["norm.weight"])
            # the output head gets its own copy (tied in the checkpoint) so it is a plain MatMul weight
            self.head.weight.copy_(sd.get("output.weight", sd["tok_embeddings.weight"]))
            for i, layer in enumerate(self.layers):
                g = lambda n: sd[f"layers.{i}.{n}.weight"]  # noqa: E731
                layer.attn_norm.weight.copy_(g("attention_norm"))
                layer.ffn_norm.weight.copy_(g("ffn_norm"))
                layer.q.weight.copy_(meta_to_half_split(g("attention.wq"), p["n_heads"]))
                layer.k.weight.copy_(meta_to_half_split(g("attention.wk"), p["n_kv_heads"]))
                layer.v.weight.copy_(g("attention.wv"))
                layer.o.weight.copy_(g("attention.wo"))
                layer.gate.weight.copy_(g("feed_forward.w1"))
                layer.down.weight.copy_(g("feed_forward.w2"))
                layer.up.weight.copy_(g("feed_forward.w3"))

    def forward(self, input_ids, attention_mask, position_ids, *past):
        s = input_ids.shape[1]
        total = attention_mask.shape[1]
        x = self.embed(input_ids)
        angles = position_ids.to(torch.float32)[:, None, :, None] * self.freqs  # [b, 1, s, hd/2]
        cos, sin = angles.cos(), angles.sin()
        # query i sits at total - s + i; it sees key j when j <= that and attention_mask[j] is 1
        q_pos = torch.arange(s, dtype=torch.int64)[:, None] + (total - s)
        k_pos = torch.arange(total, dtype=torch.int64)[None, :]
        allowed = (k_pos <= q_pos)[None, None] & (attention_mask[:, None, None, :] > 0)
        mask = torch.where(allowed, torch.tensor(0.0), torch.tensor(torch.finfo(torch.float32).min))
        present = []
        for i, layer in enumerate(self.layers):
            x, k, v = layer(x, cos, sin, mask, past[2 * i], past[2 * i + 1])
            present += [k, v]
        return (self.head(self.norm(x)), *present)


# ---- the independent eager reference: Meta layout, complex RoPE, no cache ---------------------------


def eager_greedy(sd: dict, p: dict, ids: list[int], steps: int) -> list[int]:
    dim, heads, kvh = p["dim"], p["n_heads"], p["n_kv_heads"]
    hd = dim // heads
    eps = p["norm_eps"]

    def norm(x, w):
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + eps) * w

    freqs = 1.0 / (p["rope_theta"] ** (torch.arange(0, hd, 2)[: hd // 2].double() / hd))
    tokens = list(ids)
    out = []
    for _ in range(steps):
        n = len(tokens)
        cis = torch.polar(torch.ones(n, hd // 2, dtype=torch.float64), torch.outer(torch.arange(n).double(), freqs))

        def rope(x):  # x [n, h, hd]: pairs (2i, 2i+1) as complex numbers
            xc = torch.view_as_complex(x.double().reshape(n, x.shape[1], hd // 2, 2))
            return torch.view_as_real(xc * cis[:, None, :]).reshape(x.shape).float()

        x = sd["tok_embeddings.weight"][torch.tensor(tokens)]
        causal = torch.full((n, n), float("-inf")).triu(1)
        for i in range(p["n_layers"]):
            g = lambda name: sd[f"layers.{i}.{name}.weight"]  # noqa: E731
            h = norm(x, g("attention_norm"))
            q = rope((h @ g("attention.wq").T).view(n, heads, hd))
            k = rope((h @ g("attention.wk").T).view(n, kvh, hd))
            v = (h @ g("attention.wv").T).view(n, kvh, hd)
            k = k.repeat_interleave(heads // kvh, dim=1)
            v = v.repeat_interleave(heads // kvh, dim=1)
            att = torch.einsum("qhd,khd->hqk", q, k) / math.sqrt(hd) + causal
            o = torch.einsum("hqk,khd->qhd", att.softmax(-1), v).reshape(n, dim)
            x = x + o @ g("attention.wo").T
            h = norm(x, g("ffn_norm"))
            x = x + (F.silu(h @ g("feed_forward.w1").T) * (h @ g("feed_forward.w3").T)) @ g("feed_forward.w2").T
        logits = norm(x[-1], sd["norm.weight"]) @ sd.get("output.weight", sd["tok_embeddings.weight"]).T
        nxt = int(torch.argmax(logits))
        out.append(nxt)
        tokens.append(nxt)
    return out


# ---- onnxruntime greedy through the KV cache -----------------------------------------------------------


def ort_greedy(path: Path, p: dict, ids: list[int], steps: int) -> list[int]:
    import onnxruntime as ort

    sess = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    hd = p["dim"] // p["n_heads"]
    past = {}
    for i in range(p["n_layers"]):
        for kv in ("key", "value"):
            past[f"past_key_values.{i}.{kv}"] = np.zeros((1, p["n_kv_heads"], 0, hd), np.float32)
    cur = list(ids)
    done = 0
    out = []
    for _ in range(steps):
        feeds = {
            "input_ids": np.array([cur], np.int64),
            "attention_mask": np.ones((1, done + len(cur)), np.int64),
            "position_ids": np.arange(done, done + len(cur), dtype=np.int64)[None],
            **past,
        }
        res = sess.run(None, feeds)
        names = [o.name for o in sess.get_outputs()]
        logits = res[0]
        for name, val in zip(names[1:], res[1:]):
            past[name.replace("present", "past_key_values")] = val
        done += len(cur)
        nxt = int(np.argmax(logits[0, -1]))
        out.append(nxt)
        cur = [nxt]
    return out


def export(model: CausalLM, p: dict, path: Path) -> None:
    hd = p["dim"] // p["n_heads"]
    n = p["n_layers"]
    past_names = [f"past_key_values.{i}.{kv}" for i in range(n) for kv in ("key", "value")]
    present_names = [f"present.{i}.{kv}" for i in range(n) for kv in ("key", "value")]
    s, past_len = 3, 2
    sample = (
        torch.tensor([[1, 2, 3]], dtype=torch.int64),
        torch.ones((1, past_len + s), dtype=torch.int64),
        torch.arange(past_len, past_len + s, dtype=torch.int64)[None],
        *[torch.zeros((1, p["n_kv_heads"], past_len, hd)) for _ in past_names],
    )
    axes = {
        "input_ids": {0: "batch_size", 1: "sequence_length"},
        "attention_mask": {0: "batch_size", 1: "total_sequence_length"},
        "position_ids": {0: "batch_size", 1: "sequence_length"},
        "logits": {0: "batch_size", 1: "sequence_length"},
    }
    for name in past_names:
        axes[name] = {0: "batch_size", 2: "past_sequence_length"}
    for name in present_names:
        axes[name] = {0: "batch_size", 2: "total_sequence_length"}
    path.parent.mkdir(parents=True, exist_ok=True)
    with torch.no_grad():
        torch.onnx.export(
            model,
            sample,
            str(path),
            dynamo=False,
            opset_version=OPSET,
            input_names=["input_ids", "attention_mask", "position_ids", *past_names],
            output_names=["logits", *present_names],
            dynamic_axes=axes,
            do_constant_folding=True,
        )


def quantize_q4(src: Path, dst: Path) -> None:
    import logging

    import onnx
    from onnxruntime.quantization.matmul_nbits_quantizer import DefaultWeightOnlyQuantConfig, MatMulNBitsQuantizer

    logging.getLogger("onnxruntime.quantization").setLevel(logging.WARNING)  # one INFO line per node
    model = onnx.load(str(src))
    cfg = DefaultWeightOnlyQuantConfig(block_size=32, is_symmetric=True, accuracy_level=4)
    q = MatMulNBitsQuantizer(model, algo_config=cfg)
    q.process()
    q.model.save_model_to_file(str(dst), use_external_data_format=False)


def write_configs(p: dict, src: Path, out: Path) -> None:
    hd = p["dim"] // p["n_heads"]
    config = {
        "architectures": ["LlamaForCausalLM"],
        "model_type": "llama",
        "hidden_size": p["dim"],
        "intermediate_size": p["hidden_dim"],
        "num_attention_heads": p["n_heads"],
        "num_key_value_heads": p["n_kv_heads"],
        "num_hidden_layers": p["n_layers"],
        "head_dim": hd,
        "hidden_act": "silu",
        "rms_norm_eps": p["norm_eps"],
        "rope_theta": p["rope_theta"],
        "vocab_size": p["vocab_size"],
        "max_position_embeddings": 8192,
        "tie_word_embeddings": True,
        "bos_token_id": 1,
        "eos_token_id": 2,
        "pad_token_id": 2,
        "torch_dtype": "float32",
    }
    (out / "config.json").write_text(json.dumps(config, indent=2) + "\n")
    gen = {"bos_token_id": 1, "eos_token_id": 2, "pad_token_id": 2}
    (out / "generation_config.json").write_text(json.dumps(gen, indent=2) + "\n")
    shutil.copyfile(src / "tokenizer.json", out / "tokenizer.json")
    tok_cfg = json.loads((src / "tokenizer_config.json").read_text())
    tok_cfg.update(
        {
            "tokenizer_class": "GPT2Tokenizer",
            "add_bos_token": False,
            "add_prefix_space": False,
            "clean_up_tokenization_spaces": False,
            "model_max_length": 8192,
            "pad_token": tok_cfg["eos_token"],
        }
    )
    (out / "tokenizer_config.json").write_text(json.dumps(tok_cfg, indent=2) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", default=".cache/llm", help="the LLM cache of tools/llm/smollm2.sh")
    parser.add_argument("--src", default=None, help="checkpoint folder (default <cache>/smollm2)")
    parser.add_argument("--out", default=None, help="model folder to write (default <cache>/smollm2-onnx)")
    parser.add_argument("--py-onnx", default=None, help="where onnxruntime is installed (default <out>/../py-onnx)")
    parser.add_argument("--no-q4", action="store_true", help="skip the 4-bit variant")
    parser.add_argument("--force", action="store_true")
    args = parser.parse_args()
    cache = Path(args.cache).resolve()
    src = Path(args.src).resolve() if args.src else cache / "smollm2"
    out = Path(args.out).resolve() if args.out else cache / "smollm2-onnx"
    fp32 = out / "onnx" / "model.onnx"
    q4 = out / "onnx" / "model_q4.onnx"
    sys.path.insert(0, str(Path(args.py_onnx).resolve() if args.py_onnx else out.parent / "py-onnx"))
    for f in ("checkpoint.pth", "params.json", "tokenizer.json", "tokenizer_config.json"):
        if not (src / f).exists():
            sys.exit(f"error: {src / f} is missing; run tools/llm/smollm2.sh first")
    p = json.loads((src / "params.json").read_text())
    sd = torch.load(src / "checkpoint.pth", map_location="cpu", mmap=True, weights_only=True)
    from tokenizers import Tokenizer

    prompt = Tokenizer.from_file(str(src / "tokenizer.json")).encode(CHECK_PROMPT, add_special_tokens=False).ids

    if fp32.exists() and not args.force:
        print(f"fp32: {fp32} exists")
    else:
        t0 = time.time()
        model = CausalLM(p).eval()
        model.load_meta(sd)
        tmp = out / "onnx" / "model.onnx.tmp"
        export(model, p, tmp)
        del model
        print(f"fp32: exported ({time.time() - t0:.0f} s); checking greedy tokens against eager PyTorch ...")
        expected = eager_greedy(sd, p, prompt, CHECK_TOKENS)
        got = ort_greedy(tmp, p, prompt, CHECK_TOKENS)
        print(f"  eager PyTorch: {expected}\n  onnxruntime:   {got}")
        if got != expected:
            tmp.unlink()
            sys.exit("error: the ONNX model's greedy tokens differ from eager PyTorch's")
        tmp.rename(fp32)
        write_configs(p, src, out)
        print(f"fp32: {fp32} ({fp32.stat().st_size / 1e6:.0f} MB)")
    if args.no_q4:
        return
    if q4.exists() and not args.force:
        print(f"q4: {q4} exists")
        return
    t0 = time.time()
    quantize_q4(fp32, q4)
    ref = ort_greedy(fp32, p, prompt, CHECK_TOKENS)
    got = ort_greedy(q4, p, prompt, CHECK_TOKENS)
    same = next((i for i, (a, b) in enumerate(zip(ref, got)) if a != b), len(ref))
    print(f"q4: {q4} ({q4.stat().st_size / 1e6:.0f} MB, {time.time() - t0:.0f} s); greedy tokens equal to fp32's for the first {same} of {len(ref)}")


if __name__ == "__main__":
    main()
