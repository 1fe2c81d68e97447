#!/usr/bin/env node
// The demo: classify the held-out handwritten digits with a CNN that was trained here on
// scikit-learn's digits data set and exported by ExecuTorch, and compare with ExecuTorch's own
// accuracy. One row per backend available in this build.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ScalarType, Tensor } from '@kindling/core';
import { Module, portableKernels } from '@kindling/runtime';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = `${root}packages/conformance-zoo/cases`;
const manifest = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8'));
const info = manifest.models.digits;
const [n, c, h, w] = info.test_images_shape;
// Copy each file into its own buffer: small reads can share Node's buffer pool.
const own = (path) => new Uint8Array(readFileSync(path)).buffer;
const images = new Float32Array(own(`${dir}/${info.test_images}`));
const labels = new BigInt64Array(own(`${dir}/${info.test_labels}`));

async function backendsAvailable() {
  const rows = [{ name: 'portable', file: 'digits/portable.pte', options: { kernels: portableKernels } }];
  try {
    const { xnnpack } = await import('@kindling/backend-xnnpack');
    rows.push({
      name: 'xnnpack',
      file: 'digits/xnnpack.pte',
      options: { kernels: portableKernels, backends: [xnnpack()] },
    });
  } catch {
    rows.push({ name: 'xnnpack', missing: 'needs @kindling/backend-xnnpack (not built yet)' });
  }
  return rows;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

console.log(`Kindling demo: handwritten digits (${n} held-out ${h}x${w} images)`);
console.log(`model: small CNN trained on scikit-learn's digits, exported by ExecuTorch ${manifest.executorch_version}`);
console.log(`ExecuTorch's own accuracy on these images: ${(info.accuracy_executorch * 100).toFixed(2)}%\n`);
console.log(
  `${'backend'.padEnd(10)}${'accuracy'.padStart(10)}${'load'.padStart(10)}${'median'.padStart(11)}${'p90'.padStart(11)}${'total'.padStart(11)}`,
);

let failed = false;
for (const row of await backendsAvailable()) {
  if (row.missing) {
    console.log(`${row.name.padEnd(10)}  ${row.missing}`);
    continue;
  }
  const bytes = new Uint8Array(readFileSync(`${dir}/${row.file}`));
  const t0 = performance.now();
  const module = await Module.load(bytes, row.options);
  await module.loadMethod('forward');
  const loadMs = performance.now() - t0;
  const per = c * h * w;
  const times = [];
  let correct = 0;
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    const x = Tensor.from(ScalarType.Float, [1, c, h, w], images.subarray(i * per, (i + 1) * per));
    const s = performance.now();
    const [logits] = await module.forward([x]);
    times.push(performance.now() - s);
    const d = logits.data;
    let best = 0;
    for (let k = 1; k < d.length; k++) if (d[k] > d[best]) best = k;
    if (BigInt(best) === labels[i]) correct++;
  }
  const total = performance.now() - start;
  await module.dispose();
  const accuracy = correct / n;
  if (Math.abs(accuracy - info.accuracy_executorch) > 1e-6) failed = true;
  const ms = (x) => `${x.toFixed(3)} ms`;
  console.log(
    `${row.name.padEnd(10)}${`${(accuracy * 100).toFixed(2)}%`.padStart(10)}${ms(loadMs).padStart(10)}${ms(median(times)).padStart(11)}${ms(times.sort((a, b) => a - b)[Math.floor(0.9 * n)]).padStart(11)}${`${total.toFixed(0)} ms`.padStart(11)}`,
  );
}
console.log('\nlatency is per image (batch 1), measured in this process with performance.now().');
if (failed) {
  console.error('error: an accuracy differs from the one ExecuTorch recorded');
  process.exit(1);
}
