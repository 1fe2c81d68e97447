"""Trains the byte-level BPE tokenizer that goes with the tiny Llama programs of
packages/llm/test/fixtures/models (vocabulary 512: <unk>, <s> = 1 = get_bos_id, </s> = 2 =
get_eos_ids, the 256 bytes, 253 merges) on Python's own documentation strings, so that the guide's
samples can run a real tokenizer.json with a real exported program. The tiny Llama has random
weights: its text is gibberish, but every step of the pipeline is the real one.

Usage: tools/conformance/.venv/bin/python tools/llm/tiny_llama_tokenizer.py
"""

import pydoc
from pathlib import Path

from tokenizers import Tokenizer, decoders, models, pre_tokenizers, processors, trainers

OUT = Path(__file__).resolve().parents[2] / "packages/llm/test/fixtures/models/tiny-llama-tokenizer.json"
TEMPLATE = (
    "{% if tools %}{{ '<s>tools\\n' }}{% for tool in tools %}{{ tool.function.name + ' ' }}{% endfor %}{{ '</s>\\n' }}{% endif %}"
    "{% for message in messages %}{{ '<s>' + message['role'] + '\\n' + message['content'] + '</s>\\n' }}"
    "{% endfor %}{% if add_generation_prompt %}{{ '<s>assistant\\n' }}{% endif %}"
)


def corpus():
    import builtins, json, os, re, string

    for module in (builtins, json, os, re, string):
        text = pydoc.render_doc(module, renderer=pydoc.plaintext)
        yield from text.splitlines()


def main() -> None:
    tok = Tokenizer(models.BPE(unk_token=None))
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    tok.post_processor = processors.ByteLevel(trim_offsets=False)
    trainer = trainers.BpeTrainer(
        vocab_size=512,
        special_tokens=["<unk>", "<s>", "</s>"],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tok.train_from_iterator(corpus(), trainer)
    assert tok.get_vocab_size() <= 512, tok.get_vocab_size()
    assert tok.token_to_id("<s>") == 1 and tok.token_to_id("</s>") == 2
    OUT.write_text(tok.to_str(pretty=False))
    (OUT.parent / "tiny-llama-chat-template.jinja").write_text(TEMPLATE)
    print(OUT, tok.get_vocab_size(), OUT.stat().st_size)


if __name__ == "__main__":
    main()
