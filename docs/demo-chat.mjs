#!/usr/bin/env node
// The chat demo: SmolLM2-135M-Instruct, exported by ExecuTorch's export_llm (KV cache, the SDPA
// custom op, 8da4w linears in XNNPACK delegates), answering in the terminal as it generates.
//
//   pnpm demo:chat                          interactive chat (one line per turn; empty line or Ctrl-D ends)
//   pnpm demo:chat --prompt "Hi there"      one answer, then exit
//   pnpm demo:chat --tools                  the weather tool: every answer is a valid call
//   pnpm demo:chat --check                  the on-demand check against ExecuTorch's runtime (see docs/smollm2-check.mjs)
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
  // fp32 tokens equal to ExecuTorch's; 8da4w agreement at least eager PyTorch's (docs/smollm2-check.mjs)
  const { checkSmolLM2 } = await import('./smollm2-check.mjs');
  const passed = await checkSmolLM2({ dir, tokenizer, generator, threads });
  await generator.dispose();
  process.exit(passed ? 0 : 1);
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
