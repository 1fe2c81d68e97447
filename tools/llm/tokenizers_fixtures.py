"""Writes the tokenizer fixtures of @kindling/llm and the references Python produced for them.

Trains small tokenizers with the Python libraries (tokenizers, sentencepiece, tiktoken) on Python
stdlib sources, then records their encodings and decodings of hard strings, and renders chat
templates with jinja2 the way transformers' apply_chat_template does.

Run: tools/conformance/.venv/bin/python tools/llm/tokenizers_fixtures.py
Output: packages/llm/test/fixtures/tokenizers/
"""

from __future__ import annotations

import base64
import io
import json
import os
import sysconfig
from pathlib import Path

import sentencepiece as spm
import tiktoken
from tokenizers import AddedToken, Tokenizer, decoders, models, normalizers, pre_tokenizers, processors, trainers

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "packages/llm/test/fixtures/tokenizers"

HARD_STRINGS = [
    "",
    "Hello, world!",
    "The quick brown fox jumps over the lazy dog.",
    "  leading and   multiple   spaces  ",
    "tabs\tand\nnewlines\r\nCRLF\n\n\n end",
    "emoji \U0001F44D\U0001F3FD family \U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466 flag \U0001F1EB\U0001F1F7",
    "CJK: \u65e5\u672c\u8a9e\u306e\u30c6\u30ad\u30b9\u30c8 \u4e2d\u6587\u5b57\u7b26 \ud55c\uad6d\uc5b4",
    "combining: e\u0301 a\u0308 n\u0303 caf\u00e9 na\u00efve \u00c5ngstr\u00f6m",
    "digits \u0660\u0661\u0662\u0663\u0664\u0665 and \u0966\u0967\u0968\u0969 and 1234567 3.14159 1,000,000",
    "special <|im_start|>user\nhi<|im_end|> [CLS] <s> </s> <|endoftext|> inside",
    "a" * 120 + " " + "supercalifragilistic" * 6,
    "mixed \u041f\u0440\u0438\u0432\u0435\u0442 \u03b3\u03b5\u03b9\u03ac \u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 \u0928\u092e\u0938\u094d\u0924\u0947",
    "unknown \u0001\u0002 \ufffd \U0001F9FF \U0001D518\U0001D52B\U0001D526 \ue000",
    "don't I'll we've THEY'RE it's",
    "def f(x):\n    return x**2  # comment\n\treturn None",
    "fullwidth \uff21\uff22\uff23\uff11\uff12\uff13 \u2460 \ufb01 \u00bd",
    "\u00a0nbsp\u2003em\u3000ideographic \u200b zero",
    "trailing spaces   ",
    "\n\n",
    "added: a <mask> b  <mask>c [END]  x[END]y [END]\tz HELLO Hello hello",
    "camelCaseWords XMLHttpRequest DON'T a/b//c\n 1234567 x.\n\ny",
]


def corpus_files() -> list[Path]:
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    names = [
        "argparse.py", "textwrap.py", "string.py", "json/encoder.py", "json/decoder.py",
        "difflib.py", "pprint.py", "shlex.py", "unicodedata.py", "calendar.py",
    ]
    return [stdlib / n for n in names if (stdlib / n).exists()]


def corpus_text() -> str:
    return "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in corpus_files())


def write_corpus(tmp: Path) -> Path:
    path = tmp / "corpus.txt"
    path.write_text(corpus_text(), encoding="utf-8")
    return path


SMOL_SPECIALS = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]


def train_bytelevel(corpus: Path) -> Tokenizer:
    """GPT-2 / SmolLM2 style: Digits (individual) + ByteLevel pre-tokenizers, ByteLevel decoder."""
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.Sequence(
        [pre_tokenizers.Digits(individual_digits=True), pre_tokenizers.ByteLevel(add_prefix_space=False)]
    )
    tok.decoder = decoders.ByteLevel()
    tok.post_processor = processors.ByteLevel(trim_offsets=False)
    trainer = trainers.BpeTrainer(
        vocab_size=700,
        special_tokens=SMOL_SPECIALS,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tok.train([str(corpus)], trainer)
    tok.add_tokens(["<tool_call>"])
    tok.add_special_tokens([AddedToken("<mask>", lstrip=True, special=True)])
    tok.add_tokens([AddedToken("[END]", rstrip=True, single_word=True)])
    return tok


QWEN_PATTERN = (
    r"""(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+"""
)


def train_qwen_style(corpus: Path) -> Tokenizer:
    """Qwen2 / Llama-3 style: NFC, Split regex (isolated) + ByteLevel without regex, ignore_merges."""
    tok = Tokenizer(models.BPE(ignore_merges=True))
    tok.normalizer = normalizers.NFC()
    tok.pre_tokenizer = pre_tokenizers.Sequence(
        [
            pre_tokenizers.Split(pattern=__import__("tokenizers").Regex(QWEN_PATTERN), behavior="isolated"),
            pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False),
        ]
    )
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=800,
        special_tokens=["<|endoftext|>", "<|im_start|>", "<|im_end|>"],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tok.train([str(corpus)], trainer)
    return tok


def train_metaspace(corpus: Path) -> Tokenizer:
    """Llama-2 style BPE: Metaspace (prepend first, no split), byte fallback, <s> added by a template."""
    trainer_tok = Tokenizer(models.BPE(unk_token="<unk>"))
    trainer_tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="\u2581", prepend_scheme="first", split=True)
    trainer = trainers.BpeTrainer(vocab_size=600, special_tokens=["<unk>", "<s>", "</s>"], show_progress=False)
    trainer_tok.train([str(corpus)], trainer)
    data = json.loads(trainer_tok.to_str())
    trained = sorted(data["model"]["vocab"].items(), key=lambda kv: kv[1])
    vocab: dict[str, int] = {}
    for name in ["<unk>", "<s>", "</s>"] + [f"<0x{b:02X}>" for b in range(256)]:
        vocab[name] = len(vocab)
    for name, _ in trained:
        if name not in vocab:
            vocab[name] = len(vocab)
    data["model"]["vocab"] = vocab
    data["model"]["byte_fallback"] = True
    data["model"]["fuse_unk"] = True
    for added in data["added_tokens"]:
        added["id"] = vocab[added["content"]]
    tok = Tokenizer.from_str(json.dumps(data))
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="\u2581", prepend_scheme="first", split=False)
    tok.decoder = decoders.Sequence(
        [decoders.Replace("\u2581", " "), decoders.ByteFallback(), decoders.Fuse(), decoders.Strip(" ", 1, 0)]
    )
    tok.post_processor = processors.TemplateProcessing(
        single="<s> $A", pair="<s> $A <s> $B", special_tokens=[("<s>", vocab["<s>"])]
    )
    return tok


def train_wordpiece(corpus: Path) -> Tokenizer:
    """BERT / MiniLM style: BertNormalizer, BertPreTokenizer, WordPiece, [CLS] $A [SEP]."""
    specials = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    tok = Tokenizer(models.WordPiece(unk_token="[UNK]"))
    tok.normalizer = normalizers.BertNormalizer(clean_text=True, handle_chinese_chars=True, lowercase=True)
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tok.decoder = decoders.WordPiece(prefix="##")
    trainer = trainers.WordPieceTrainer(vocab_size=800, special_tokens=specials, show_progress=False)
    tok.train([str(corpus)], trainer)
    cls, sep = tok.token_to_id("[CLS]"), tok.token_to_id("[SEP]")
    # A normalized added token: matched in the lowercased text.
    tok.add_tokens([AddedToken("Hello", normalized=True)])
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", pair="[CLS] $A [SEP] $B:1 [SEP]:1", special_tokens=[("[CLS]", cls), ("[SEP]", sep)]
    )
    return tok


def train_unigram(corpus: Path) -> Tokenizer:
    """T5 / XLM-R style: NFKC, Metaspace, Unigram with <unk> (fused)."""
    tok = Tokenizer(models.Unigram())
    tok.normalizer = normalizers.NFKC()
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="\u2581", prepend_scheme="always")
    tok.decoder = decoders.Metaspace(replacement="\u2581", prepend_scheme="always")
    trainer = trainers.UnigramTrainer(
        vocab_size=400, special_tokens=["<pad>", "</s>", "<unk>"], unk_token="<unk>", show_progress=False
    )
    tok.train([str(corpus)], trainer)
    eos = tok.token_to_id("</s>")
    tok.post_processor = processors.TemplateProcessing(single="$A </s>", special_tokens=[("</s>", eos)])
    return tok


def hf_cases(tok: Tokenizer) -> list[dict]:
    cases = []
    for s in HARD_STRINGS:
        ids = tok.encode(s).ids
        plain = tok.encode(s, add_special_tokens=False).ids
        cases.append(
            {
                "ids": ids,
                "idsNoSpecial": plain,
                "decoded": tok.decode(ids, skip_special_tokens=False),
                "decodedSkip": tok.decode(ids, skip_special_tokens=True),
            }
        )
    return cases


def train_sentencepiece(corpus: Path, tmp: Path, name: str, **options) -> bytes:
    prefix = tmp / name
    spm.SentencePieceTrainer.train(
        input=str(corpus),
        model_prefix=str(prefix),
        minloglevel=2,
        input_sentence_size=20000,
        shuffle_input_sentence=False,
        **options,
    )
    return (tmp / f"{name}.model").read_bytes()


def sp_cases(model: bytes) -> list[dict]:
    sp = spm.SentencePieceProcessor(model_proto=model)
    cases = []
    for s in HARD_STRINGS:
        ids = sp.encode(s, add_bos=sp.bos_id() >= 0)
        plain = sp.encode(s)
        cases.append(
            {
                "ids": ids,
                "idsNoSpecial": plain,
                "decoded": sp.decode(ids),
                "decodedSkip": sp.decode(ids),
            }
        )
    return cases


def train_unsplit_bytelevel(corpus: Path) -> Tokenizer:
    """Byte-level BPE trained on whole lines (no pre-tokenizer regex), so that its merges cross the
    boundaries the tiktoken patterns draw differently."""
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False)
    trainer = trainers.BpeTrainer(
        vocab_size=700, initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False
    )
    # Mixed-case words and contractions, so that merges exist across the places where cl100k_base's
    # and o200k_base's patterns cut differently.
    extra = corpus.parent / "tiktoken-extra.txt"
    extra.write_text("camelCaseWords isn't XMLHttpRequest it's DON'T getValue\n" * 300, encoding="utf-8")
    tok.train([str(corpus), str(extra)], trainer)
    return tok


def tiktoken_ranks(bytelevel: Tokenizer) -> dict[bytes, int]:
    """Ranks in merge order from the byte-level BPE: the 256 bytes, then each merge's result."""
    data = json.loads(bytelevel.to_str())
    byte_of = {}
    chars = pre_tokenizers.ByteLevel.alphabet()
    # GPT-2's byte-to-character table, rebuilt to map token text back to bytes.
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("\u00a1"), ord("\u00ac") + 1)) + list(
        range(ord("\u00ae"), ord("\u00ff") + 1)
    )
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    for b, c in zip(bs, cs):
        byte_of[chr(c)] = b
    assert set(byte_of) == set(chars)
    ranks = {bytes([b]): b for b in range(256)}
    for merge in data["model"]["merges"]:
        a, b = merge if isinstance(merge, list) else merge.split(" ")
        token = bytes(byte_of[c] for c in a + b)
        if token not in ranks:
            ranks[token] = len(ranks)
    return ranks


def tiktoken_cases(enc: tiktoken.Encoding) -> list[dict]:
    cases = []
    for s in HARD_STRINGS:
        ids = enc.encode(s, allowed_special="all")
        cases.append({"ids": ids, "idsNoSpecial": ids, "decoded": enc.decode(ids), "decodedSkip": enc.decode(ids)})
    return cases


def main() -> None:
    import tempfile

    OUT.mkdir(parents=True, exist_ok=True)
    references: dict = {"strings": HARD_STRINGS, "tokenizers": {}}
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        corpus = write_corpus(tmp)

        hf = {
            "bytelevel-bpe.json": train_bytelevel(corpus),
            "qwen-style-bpe.json": train_qwen_style(corpus),
            "metaspace-bpe.json": train_metaspace(corpus),
            "wordpiece.json": train_wordpiece(corpus),
            "unigram.json": train_unigram(corpus),
        }
        for name, tok in hf.items():
            text = tok.to_str()
            # Re-read what is committed, so the references describe the file exactly.
            tok = Tokenizer.from_str(text)
            (OUT / name).write_text(json.dumps(json.loads(text), ensure_ascii=False, separators=(",", ":")) + "\n")
            references["tokenizers"][name] = {"kind": "tokenizer.json", "cases": hf_cases(tok)}

        sp_models = {
            "unigram-nfkc.model": dict(model_type="unigram", vocab_size=500, byte_fallback=True,
                                        user_defined_symbols=["<|im_start|>", "<|im_end|>"]),
            "unigram-identity.model": dict(model_type="unigram", vocab_size=400, normalization_rule_name="identity",
                                           byte_fallback=False),
            "bpe-bytefallback.model": dict(model_type="bpe", vocab_size=500, byte_fallback=True,
                                           normalization_rule_name="identity", split_digits=True),
        }
        for name, options in sp_models.items():
            model = train_sentencepiece(corpus, tmp, name.removesuffix(".model"), **options)
            if name == "unigram-nfkc.model":
                # nmt_nfkc's precompiled character map is ~240 KB: committed gzipped.
                import gzip

                (OUT / f"{name}.gz").write_bytes(gzip.compress(model, 9, mtime=0))
            else:
                (OUT / name).write_bytes(model)
            references["tokenizers"][name] = {"kind": "sentencepiece", "cases": sp_cases(model)}

        ranks = tiktoken_ranks(train_unsplit_bytelevel(corpus))
        lines = [f"{base64.b64encode(t).decode()} {r}" for t, r in sorted(ranks.items(), key=lambda kv: kv[1])]
        (OUT / "ranks.tiktoken").write_text("\n".join(lines) + "\n")
        specials = {"<|endoftext|>": len(ranks), "<|im_start|>": len(ranks) + 1, "<|im_end|>": len(ranks) + 2}
        openai = __import__("tiktoken_ext.openai_public", fromlist=["x"])
        # Only the patterns are wanted: the real ranks files are not fetched.
        openai.load_tiktoken_bpe = lambda *args, **kwargs: {}
        patterns = {
            "cl100k": openai.cl100k_base()["pat_str"],
            "o200k": openai.o200k_base()["pat_str"],
        }
        for key, pattern in patterns.items():
            enc = tiktoken.Encoding(name=key, pat_str=pattern, mergeable_ranks=ranks, special_tokens=specials)
            references["tokenizers"][f"ranks.tiktoken#{key}"] = {
                "kind": "tiktoken",
                "pattern": key,
                "specialTokens": specials,
                "cases": tiktoken_cases(enc),
            }

    (OUT / "references.json").write_text(json.dumps(references, ensure_ascii=False, separators=(",", ":")) + "\n")
    sizes = {p.name: p.stat().st_size for p in sorted(OUT.iterdir())}
    print(json.dumps(sizes, indent=1), sum(sizes.values()))


if __name__ == "__main__":
    main()
