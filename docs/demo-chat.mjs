#!/usr/bin/env node
// The chat demo: SmolLM2-135M-Instruct, exported by ExecuTorch's export_llm (KV cache, the SDPA
// custom op, 8da4w linears in XNNPACK delegates), answering in the terminal as it generates.
//
//   pnpm demo:chat                          interactive chat (one line per turn; empty line or Ctrl-D ends)
//   pnpm demo:chat --prompt "Hi there"      one answer, then exit
//   pnpm demo:chat --tools                  the weather tool: every answer is a valid call
//   pnpm demo:chat --check                  greedy output of fixed prompts == ExecuTorch's runtime's
//
// The model is built once, on demand, into the git-ignored cache: bash tools/llm/smollm2.sh
// (about 15 CPU minutes; KINDLING_LLM_CACHE moves the cache).
import { existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { xnnpack } from '@kindling/backend-xnnpack';
import { Conversation, loadTokenizer, TextGenerator } from '@kindling/llm';
import { llmKernels } from '@kindling/llm/kernels';
import { portableKernels } from '@kindling/runtime';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({
  options: {
    prompt: { type: 'string' },
    tools: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    threads: { type: 'string' },
    'max-new-tokens': { type: 'string', default: '256' },
    temperature: { type: 'string', default: '0' },
    seed: { type: 'string', default: '0' },
  },
});
const dir = `${process.env.KINDLING_LLM_CACHE ?? `${root}.cache/llm`}/smollm2`;
const files = {
  program: `${dir}/smollm2-135m-8da4w.pte`,
  tokenizer: `${dir}/tokenizer.json`,
  template: `${dir}/chat_template.jinja`,
  reference: `${dir}/reference.json`,
};
for (const [what, path] of Object.entries(files)) {
  if (what !== 'reference' && !existsSync(path)) {
    console.error(`${path} is missing. Build SmolLM2 once with: bash tools/llm/smollm2.sh (about 15 CPU minutes)`);
    process.exit(1);
  }
}

const tokenizer = loadTokenizer(readFileSync(files.tokenizer, 'utf8'), {
  chatTemplate: readFileSync(files.template, 'utf8'),
});
const threads = args.threads === undefined ? undefined : Number(args.threads);
const started = performance.now();
const generator = await TextGenerator.load(files.program, {
  tokenizer,
  backends: [xnnpack(threads === undefined ? {} : { threads })],
  kernels: [...portableKernels, ...llmKernels],
});
const loadMs = performance.now() - started;
const options = {
  maxNewTokens: Number(args['max-new-tokens']),
  temperature: Number(args.temperature),
  seed: Number(args.seed),
};
const stats = (r) =>
  `[${r.usage.promptTokens} prompt tokens (${r.usage.cachedPromptTokens} cached), ${r.usage.completionTokens} generated; ` +
  `first token ${r.timings.timeToFirstTokenMs.toFixed(0)} ms, prefill ${r.timings.prefillTokensPerSecond.toFixed(1)} tok/s, ` +
  `decode ${r.timings.decodeTokensPerSecond.toFixed(1)} tok/s; ${r.finishReason}]`;

if (args.check) {
  // The on-demand check of issue #12. ExecuTorch's pip runtime has no `llama::` kernels, so it ran
  // the same checkpoint exported without the SDPA op (KV cache through index_put). Pass: that same
  // program, run here, gives ExecuTorch's greedy tokens, token for token. Also printed: how far the
  // SDPA program (the one the chat uses) and eager PyTorch's fake-quantised model agree with it.
  const executorch = `${dir}/reference-executorch.json`;
  const kvProgram = `${dir}/smollm2-135m-kv-8da4w.pte`;
  if (!existsSync(executorch) || !existsSync(kvProgram)) {
    console.error(`${executorch} or ${kvProgram} is missing: bash tools/llm/smollm2.sh --steps executorch`);
    process.exit(1);
  }
  const reference = JSON.parse(readFileSync(executorch, 'utf8'));
  const eager = existsSync(files.reference) ? JSON.parse(readFileSync(files.reference, 'utf8')) : undefined;
  const kv = await TextGenerator.load(kvProgram, {
    tokenizer,
    backends: [xnnpack(threads === undefined ? {} : { threads })],
    kernels: portableKernels,
  });
  const untilEos = (tokens) => (tokens.indexOf(2) < 0 ? tokens : tokens.slice(0, tokens.indexOf(2)));
  const agree = (a, b) => {
    let n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) n++;
    return n;
  };
  let failed = 0;
  for (const [i, c] of reference.cases.entries()) {
    const ids = tokenizer.encode(c.prompt, { addSpecialTokens: false });
    const sameIds = JSON.stringify(ids) === JSON.stringify(c.promptTokens);
    const expected = untilEos(c.greedyTokens);
    const greedy = async (g) => {
      g.resetCache();
      return g.generate({ tokens: c.promptTokens }, { maxNewTokens: reference.newTokens }).result;
    };
    const r = await greedy(kv);
    const same = JSON.stringify(r.tokens) === JSON.stringify(expected);
    if (!same || !sameIds) failed++;
    console.log(`${same && sameIds ? 'ok  ' : 'FAIL'} ${JSON.stringify(c.prompt)} -> ${JSON.stringify(r.text)}`);
    if (!sameIds)
      console.log(`     prompt tokens ${JSON.stringify(ids)} != reference ${JSON.stringify(c.promptTokens)}`);
    if (!same) console.log(`     tokens ${JSON.stringify(r.tokens)}\n     expected ${JSON.stringify(expected)}`);
    const sdpa = await greedy(generator);
    console.log(`     the SDPA program agrees for ${agree(sdpa.tokens, expected)} of ${expected.length} tokens`);
    const e = eager?.cases[i];
    if (e)
      console.log(`     eager PyTorch agrees for ${agree(untilEos(e.greedyTokens), expected)} of ${expected.length}`);
    console.log(`     ${stats(r)}`);
  }
  console.log(`${reference.cases.length - failed}/${reference.cases.length} prompts equal: ${reference.source}`);
  await kv.dispose();
  await generator.dispose();
  process.exit(failed === 0 ? 0 : 1);
}

const weather = {
  name: 'get_weather',
  description: 'Get the current weather in a city',
  parameters: {
    type: 'object',
    properties: {
      city: { type: 'string', maxLength: 40 },
      unit: { enum: ['celsius', 'fahrenheit'] },
    },
    required: ['city', 'unit'],
    additionalProperties: false,
  },
};
const turnOptions = args.tools ? { ...options, tools: [weather], toolChoice: 'required' } : options;
const chat = new Conversation(generator);
console.error(
  `SmolLM2-135M-Instruct loaded in ${loadMs.toFixed(0)} ms${args.tools ? ' (tool calling: get_weather)' : ''}`,
);

async function turn(text) {
  const generation = chat.send(text, turnOptions);
  for await (const chunk of generation) process.stdout.write(chunk.text);
  const r = await generation.result;
  process.stdout.write('\n');
  for (const call of r.toolCalls ?? []) console.log(`tool call: ${call.function.name}(${call.function.arguments})`);
  console.error(stats(r));
}

if (args.prompt !== undefined) {
  await turn(args.prompt);
} else {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: process.stdin.isTTY });
  for (;;) {
    let line;
    try {
      line = await rl.question('> ');
    } catch {
      break; // end of input
    }
    if (line.trim() === '') break;
    await turn(line);
  }
  rl.close();
}
await generator.dispose();
