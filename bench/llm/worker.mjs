#!/usr/bin/env node
// One runtime, one thread count, one process: loads SmolLM2-135M-Instruct, generates greedily from
// each prompt of the job (warm-up runs first, then timed runs) and prints one JSON object as its last
// stdout line. Spawned by run.mjs, one at a time (two of these at once would share the cores).
//
// job: { runtime: 'kindling' | 'transformers' | 'llama-cpp', dtype?: 'fp32' | 'q4', threads,
//        paths: { pte, tokenizer, onnxDir, gguf, root }, prompts: [{ name, text, ids }],
//        newTokens, runs, warmup }
//
// A run records the wall-clock time (performance.now()) at which each new token is available to the
// caller, measured from the call that starts the generation; run.mjs turns them into time to first
// token, prefill and decode rates. Every runtime decodes greedily and is asked for job.newTokens tokens
// whatever it generates (end-of-sequence included) where it lets the caller say so.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const job = JSON.parse(readFileSync(0, 'utf8'));

function packageVersion(name, from = require) {
  try {
    return JSON.parse(readFileSync(from.resolve(`${name}/package.json`), 'utf8')).version;
  } catch {
    // a package whose exports leave package.json out: walk up from its entry point
    try {
      let dir = path.dirname(from.resolve(name));
      while (!existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
      return JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
    } catch {
      return null;
    }
  }
}

/** Each runtime: setup() -> { version, info, load() -> { initMs, generate(prompt) -> { times, tokens, extra } } } */
const RUNTIMES = {
  // ---- transformers.js on onnxruntime-node (what it uses in Node), the ONNX export of the same weights
  async transformers() {
    const tjsRequire = createRequire(require.resolve('@huggingface/transformers'));
    let ortWeb = null;
    if (job.backend === 'web') {
      // transformers.js takes the onnxruntime it finds under this symbol instead of onnxruntime-node;
      // its own onnxruntime-web dependency, the wasm files from its dist folder (no CDN, no network)
      ortWeb = await import(pathToFileURL(tjsRequire.resolve('onnxruntime-web')).href);
      ortWeb.env.wasm.wasmPaths = `${path.dirname(tjsRequire.resolve('onnxruntime-web'))}${path.sep}`;
      ortWeb.env.wasm.numThreads = job.threads;
      ortWeb.env.wasm.simd = true;
      globalThis[Symbol.for('onnxruntime')] = ortWeb;
    }
    const tjs = await import('@huggingface/transformers');
    const { env, AutoModelForCausalLM, Tensor } = tjs;
    env.allowRemoteModels = false; // a local folder only; never the network
    env.allowLocalModels = true;
    env.localModelPath = `${path.dirname(job.paths.onnxDir)}${path.sep}`;
    const file = path.join(job.paths.onnxDir, 'onnx', job.dtype === 'fp32' ? 'model.onnx' : `model_${job.dtype}.onnx`);
    if (!existsSync(file)) throw new Error(`${file} missing: run tools/llm/smollm2_onnx.sh (see bench/README.md)`);
    return {
      version: packageVersion('@huggingface/transformers'),
      info: {
        onnxruntime: ortWeb
          ? `onnxruntime-web ${packageVersion('onnxruntime-web', tjsRequire)} (wasm)`
          : `onnxruntime-node ${packageVersion('onnxruntime-node', tjsRequire)}`,
        model: path.relative(job.paths.root, file),
        threads: ortWeb
          ? `ort.env.wasm.numThreads = ${job.threads}`
          : `session_options.intraOpNumThreads = ${job.threads}, interOpNumThreads = 1`,
      },
      async load() {
        const t0 = performance.now();
        const model = await AutoModelForCausalLM.from_pretrained(path.basename(job.paths.onnxDir), {
          dtype: job.dtype,
          // with onnxruntime-web in Node transformers.js knows no device by name: 'auto' + the wasm EP
          ...(ortWeb
            ? { device: 'auto', session_options: { executionProviders: ['wasm'] } }
            : { device: 'cpu', session_options: { intraOpNumThreads: job.threads, interOpNumThreads: 1 } }),
        });
        const initMs = performance.now() - t0;
        return {
          initMs,
          async generate(prompt) {
            const n = prompt.ids.length;
            const times = [];
            const tokens = [];
            let t0 = 0;
            // generate() hands the prompt to put() first, then each new token as it is picked
            const streamer = {
              first: true,
              put(ids) {
                if (this.first) {
                  this.first = false;
                  return;
                }
                times.push(performance.now() - t0);
                tokens.push(Number(ids[0][0]));
              },
              end() {},
            };
            const input_ids = new Tensor('int64', BigInt64Array.from(prompt.ids, BigInt), [1, n]);
            const attention_mask = new Tensor('int64', new BigInt64Array(n).fill(1n), [1, n]);
            t0 = performance.now();
            await model.generate({
              input_ids,
              attention_mask,
              max_new_tokens: job.newTokens,
              min_new_tokens: job.newTokens, // keeps generating past <|im_end|>, like the other runtimes
              do_sample: false,
              streamer,
            });
            return { times, tokens };
          },
        };
      },
    };
  },

  // ---- llama.cpp through node-llama-cpp's prebuilt CPU binary, on the GGUF file itself
  async 'llama-cpp'() {
    if (!existsSync(job.paths.gguf)) throw skip(`${job.paths.gguf} missing: run tools/llm/smollm2.sh`);
    const { getLlama, LlamaLogLevel } = await import('node-llama-cpp');
    const llama = await getLlama({
      gpu: false,
      build: 'never', // the prebuilt binary or nothing
      skipDownload: true,
      progressLogs: false,
      logLevel: LlamaLogLevel.error,
      maxThreads: job.threads,
    });
    return {
      version: packageVersion('node-llama-cpp'),
      info: {
        llamaCpp: llama.llamaCppRelease?.release ?? null,
        binary: `${llama.buildType}${llama.gpu ? ` (${llama.gpu})` : ' (CPU)'}`,
        threads: `getLlama({ maxThreads: ${job.threads} }), createContext({ threads: { ideal: ${job.threads}, min: ${job.threads} } })`,
        model: path.relative(job.paths.root, job.paths.gguf),
      },
      async load() {
        const t0 = performance.now();
        const model = await llama.loadModel({ modelPath: job.paths.gguf, gpuLayers: 0 });
        const context = await model.createContext({
          contextSize: 512,
          batchSize: 512,
          threads: { ideal: job.threads, min: job.threads },
        });
        const sequence = context.getSequence();
        const initMs = performance.now() - t0;
        return {
          initMs,
          async generate(prompt) {
            await sequence.clearHistory();
            const times = [];
            const tokens = [];
            const t0 = performance.now();
            for await (const token of sequence.evaluate(prompt.ids, { temperature: 0 })) {
              times.push(performance.now() - t0);
              tokens.push(token);
              if (tokens.length >= job.newTokens) break;
            }
            // llama.cpp's own tokenizer on the same text, to show the prompts are the same tokens
            const own = Array.from(model.tokenize(prompt.text, false));
            return { times, tokens, extra: { ownTokenizationMatches: own.join() === prompt.ids.join() } };
          },
        };
      },
    };
  },

  // ---- Kindling: @kindling/llm on the ExecuTorch program (8da4w, XNNPACK delegates)
  async kindling() {
    if (!existsSync(job.paths.pte)) throw skip(`${job.paths.pte} missing: run tools/llm/smollm2.sh`);
    const llm = await importKindlingLlm();
    const { portableKernels } = await import('@kindling/runtime');
    const { xnnpack } = await import('@kindling/backend-xnnpack');
    const { kernelModule } = await import('@kindling/backend-xnnpack/kernels');
    const { llmKernels } = llm;
    const { TextGenerator, loadTokenizer } = llm.module;
    return {
      version: llm.version,
      info: {
        from: llm.from,
        program: path.relative(job.paths.root, job.paths.pte),
        threads: `xnnpack({ threads: ${job.threads} })`,
      },
      async load() {
        const t0 = performance.now();
        const tokenizer = loadTokenizer(readFileSync(job.paths.tokenizer, 'utf8'));
        const generator = await TextGenerator.load(job.paths.pte, {
          tokenizer,
          backends: [xnnpack({ threads: job.threads })],
          kernels: [...portableKernels, ...llmKernels],
        });
        const initMs = performance.now() - t0;
        return {
          initMs,
          kernels: kernelModule()?.variant ?? 'ts',
          async generate(prompt) {
            const times = [];
            const tokens = [];
            // a fresh KV cache per run (the generator would otherwise reuse the previous run's prompt
            // as a cached prefix), fed the same token ids as the other runtimes
            generator.resetCache();
            const t0 = performance.now();
            const stream = generator.generate({ tokens: prompt.ids }, { maxNewTokens: job.newTokens, temperature: 0 });
            const it = stream[Symbol.asyncIterator]();
            let step = await it.next();
            for (; !step.done; step = await it.next()) {
              const now = performance.now() - t0;
              const c = step.value;
              const ids = c?.tokens ?? c?.tokenIds ?? c?.ids ?? (c?.token !== undefined ? [c.token] : [c?.tokenId]);
              for (const id of ids) {
                times.push(now);
                tokens.push(Number(id));
              }
            }
            // the final result: the iterator's return value, or a promise on the stream
            const final = step.value ?? (stream.result ? await stream.result : undefined);
            return {
              times,
              tokens,
              extra: { usage: final?.usage ?? null, timings: final?.timings ?? null },
            };
          },
        };
      },
    };
  },
};

class Skip extends Error {}
const skip = (message) => new Skip(message);

/**
 * @kindling/llm from the workspace folder `packages/llm`, through its package.json's `.` export
 * (`import`/`default` condition), so that bench needs no dependency on a package this branch may not
 * have yet. Once `@kindling/llm` is in bench/package.json's dependencies (as the other Kindling packages
 * bench uses are), `import('@kindling/llm')` is the simpler equivalent.
 */
async function importKindlingLlm() {
  // bench/llm is its own npm package: the workspace package is imported from its built entries
  const pkgDir = path.join(job.paths.root, 'packages', 'llm');
  const pkg = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
  const entry = (name) => pathToFileURL(path.join(pkgDir, pkg.exports[name].import)).href;
  try {
    const [module, kernels] = await Promise.all([import(entry('.')), import(entry('./kernels'))]);
    return { module, llmKernels: kernels.llmKernels, from: `${pkg.name} (packages/llm/dist)`, version: pkg.version };
  } catch (error) {
    throw skip(`@kindling/llm is not importable (pnpm build): ${error instanceof Error ? error.message : error}`);
  }
}

async function main() {
  const out = { runtime: job.runtime, dtype: job.dtype ?? null, threads: job.threads, results: [] };
  try {
    const rt = await RUNTIMES[job.runtime]();
    out.version = rt.version;
    out.info = rt.info;
    const loaded = await rt.load();
    out.initMs = loaded.initMs;
    if (loaded.kernels) out.info.kernels = loaded.kernels;
    for (const prompt of job.prompts) {
      const runs = [];
      for (let i = 0; i < job.warmup + job.runs; i++) {
        const r = await loaded.generate(prompt);
        if (i >= job.warmup) runs.push(r);
      }
      out.results.push({ prompt: prompt.name, promptTokens: prompt.ids.length, runs });
    }
  } catch (e) {
    if (e instanceof Skip) out.skipped = e.message;
    else out.error = String(e?.stack ?? e).slice(0, 1500);
  }
  process.stdout.write(`\n${JSON.stringify(out)}\n`);
  // native thread pools (llama.cpp, onnxruntime) may keep the process alive: the result is out
  process.exit(0);
}

await main();
