/**
 * On demand (`pnpm --filter @kindling/llm tokenizer:smollm2`, after tools/llm/tokenizers_smollm2.py
 * wrote `.cache/smollm2/`): SmolLM2-135M-Instruct's tokenizer in @kindling/llm against Python
 * `tokenizers` on the hard strings, longer texts and a chat prompt.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { createTokenStreamDecoder, loadTokenizer, renderChatTemplate } from '../../packages/llm/src/index.js';

const CACHE = new URL('../../.cache/smollm2/', import.meta.url);
const refs: { strings: string[]; cases: Array<{ ids: number[]; decoded: string; decodedSkip: string }> } = JSON.parse(
  readFileSync(new URL('references.json', CACHE), 'utf8'),
);
const template = readFileSync(new URL('chat_template.jinja', CACHE), 'utf8');

it('SmolLM2 tokenizer agrees with Python tokenizers', () => {
  const tokenizer = loadTokenizer(readFileSync(new URL('tokenizer.json', CACHE), 'utf8'), { chatTemplate: template });
  let encodeOk = 0;
  let decodeOk = 0;
  let streamOk = 0;
  const failures: string[] = [];
  refs.strings.forEach((s, i) => {
    const expected = refs.cases[i]!;
    const ids = tokenizer.encode(s);
    if (JSON.stringify(ids) === JSON.stringify(expected.ids)) encodeOk++;
    else failures.push(`encode #${i} ${JSON.stringify(s.slice(0, 40))}`);
    if (tokenizer.decode(expected.ids) === expected.decoded) decodeOk++;
    else failures.push(`decode #${i}`);
    const stream = createTokenStreamDecoder(tokenizer);
    const text = expected.ids.map((id) => stream.push(id)).join('') + stream.flush();
    if (text === expected.decodedSkip) streamOk++;
    else failures.push(`stream #${i}`);
  });
  const n = refs.strings.length;
  console.log(
    `SmolLM2 (vocabulary ${tokenizer.vocabSize}): encode ${encodeOk}/${n}, decode ${decodeOk}/${n}, stream ${streamOk}/${n}`,
  );
  for (const f of failures) console.log(`  differs: ${f}`);
  const prompt = renderChatTemplate(template, {
    messages: [{ role: 'user', content: 'What is the capital of France?' }],
    addGenerationPrompt: true,
  });
  expect(prompt).toBe(refs.strings[n - 1]);
  expect(tokenizer.eosTokenIds).toContain(tokenizer.tokenToId('<|im_end|>'));
  expect(failures).toEqual([]);
});
