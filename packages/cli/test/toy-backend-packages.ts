// Throwaway third-party backend packages, written into <tmp>/node_modules the way npm would
// install them. They are plain, self-contained ESM JavaScript: a package in a temp folder cannot
// import workspace packages.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The delegate id of the toy backend (both halves). */
export const TOY_ID = 'ToyAddBackend';

// The ahead-of-time half: takes float32 `aten.add.Tensor` nodes whose operands have the output's
// element count, and writes the partition as JSON (input/output counts + the op list).
const TOY_PARTITIONER = `
const FLOAT32 = 6; // ScalarType.Float
const numel = (v) => (v.type.kind === 'tensor' ? v.type.shape.reduce((a, b) => a * b, 1) : 0);
const isStaticFloat = (v) => v.type.kind === 'tensor' && v.type.dtype === FLOAT32 && v.type.dynamism === 0;

export default function toyLowering() {
  return {
    specificationVersion: 'v1',
    id: '${TOY_ID}',
    name: 'toy',
    capabilities: { operators: ['aten.add.Tensor'], dtypes: ['float32'] },
    supports(node) {
      if (node.op !== 'aten.add.Tensor') return { supported: false, reason: 'toy: only aten.add.Tensor' };
      const out = node.outputs[0];
      if (!out || node.inputs.length !== 2 || ![...node.inputs, out].every(isStaticFloat))
        return { supported: false, reason: 'toy: only static float32 tensors' };
      if (node.inputs.some((v) => numel(v) !== numel(out))) return { supported: false, reason: 'toy: no broadcasting' };
      const alpha = node.args[2];
      if (alpha && !(alpha.kind === 'int' && alpha.value === 1n)) return { supported: false, reason: 'toy: alpha must be 1' };
      return { supported: true };
    },
    preprocess(partition) {
      const payload = {
        toy: 1,
        numInputs: partition.inputs.length,
        numOutputs: partition.outputs.length,
        inputs: partition.inputs.map((v) => v.id),
        outputs: partition.outputs.map((v) => v.id),
        ops: partition.nodes.map((n) => ({ op: n.op, args: n.inputs.map((v) => v.id), out: n.outputs[0].id, numel: numel(n.outputs[0]) })),
      };
      return { processed: new TextEncoder().encode(JSON.stringify(payload)) };
    },
  };
}
`;

// The runtime half: parses that JSON and adds Float32Array tensor data elementwise. It records the
// options its factory got, so that tests can see --threads arrive.
const TOY_RUNTIME = `
export default function toyBackend(options) {
  globalThis.__kindlingToyFactoryCalls = [...(globalThis.__kindlingToyFactoryCalls ?? []), options];
  return {
    specificationVersion: 'v1',
    id: '${TOY_ID}',
    name: 'toy',
    capabilities: { operators: ['aten.add.Tensor'], dtypes: ['float32'] },
    isAvailable: () => true,
    init(_context, processed) {
      const payload = JSON.parse(new TextDecoder().decode(processed));
      if (payload.toy !== 1) throw new Error('not a toy payload');
      return payload;
    },
    execute(_context, payload, args) {
      if (args.length !== payload.numInputs + payload.numOutputs) throw new Error('toy: wrong argument count');
      const buffers = new Map();
      const data = (i) => {
        const t = args[i] && args[i].value;
        if (!t || !(t.data instanceof Float32Array)) throw new Error('toy: argument ' + i + ' is not a float32 tensor');
        return t.data;
      };
      payload.inputs.forEach((id, i) => buffers.set(id, data(i)));
      payload.outputs.forEach((id, i) => buffers.set(id, data(payload.numInputs + i)));
      for (const step of payload.ops) {
        if (step.op !== 'aten.add.Tensor') throw new Error('toy: unknown op ' + step.op);
        const out = buffers.get(step.out) ?? new Float32Array(step.numel);
        buffers.set(step.out, out);
        const [a, b] = step.args.map((id) => buffers.get(id));
        for (let i = 0; i < step.numel; i++) out[i] = a[i] + b[i];
      }
    },
  };
}
`;

function write(root: string, relative: string, text: string): void {
  const path = join(root, relative);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

const manifest = (name: string, fields: Record<string, unknown>) =>
  JSON.stringify({ name, version: '1.0.0', type: 'module', ...fields }, null, 2);

/**
 * Creates `<tmp>/node_modules/...` with the toy backend and a few broken packages, and
 * `<tmp>/app/src` (a folder below, to start the walk up from). Returns the temp root.
 */
export function writeToyPackages(): string {
  const root = mkdtempSync(join(tmpdir(), 'kindling-plugins-'));
  mkdirSync(join(root, 'app', 'src'), { recursive: true });
  const nm = join(root, 'node_modules');

  // The toy: an exports map with conditions the CLI must skip (types, browser, require).
  write(
    nm,
    'kindling-backend-toy/package.json',
    manifest('kindling-backend-toy', {
      exports: {
        '.': { types: './index.d.ts', browser: './missing-browser.js', import: './runtime.js' },
        './partitioner': { require: './missing.cjs', default: './partitioner.js' },
        './package.json': './package.json',
      },
    }),
  );
  write(nm, 'kindling-backend-toy/runtime.js', TOY_RUNTIME);
  write(nm, 'kindling-backend-toy/partitioner.js', TOY_PARTITIONER);

  // The same backend, old style: no exports map, a "main" and a partitioner.js file.
  write(
    nm,
    '@acme/kindling-backend-legacy/package.json',
    manifest('@acme/kindling-backend-legacy', { main: 'lib/main.js' }),
  );
  write(
    nm,
    '@acme/kindling-backend-legacy/lib/main.js',
    "export { default } from '../../../kindling-backend-toy/runtime.js';\n",
  );
  write(
    nm,
    '@acme/kindling-backend-legacy/partitioner.js',
    "export { default } from '../../kindling-backend-toy/partitioner.js';\n",
  );

  // Broken ones.
  write(
    nm,
    'kindling-backend-nodefault/package.json',
    manifest('kindling-backend-nodefault', { exports: { '.': './index.js', './partitioner': './index.js' } }),
  );
  write(nm, 'kindling-backend-nodefault/index.js', 'export function toy() { return {}; }\n');
  write(nm, 'kindling-backend-object/package.json', manifest('kindling-backend-object', { exports: './index.js' }));
  write(
    nm,
    'kindling-backend-object/index.js',
    "export default { specificationVersion: 'v1', id: 'X', isAvailable: () => true, init() {}, execute() {} };\n",
  );
  write(
    nm,
    'kindling-backend-string/package.json',
    manifest('kindling-backend-string', { exports: { import: './index.js' } }),
  );
  write(nm, 'kindling-backend-string/index.js', "export default 'not a factory';\n");
  write(
    nm,
    'kindling-backend-wrong/package.json',
    manifest('kindling-backend-wrong', { exports: { '.': './index.js', './partitioner': './index.js' } }),
  );
  write(nm, 'kindling-backend-wrong/index.js', "export default () => ({ specificationVersion: 'v2', id: 'Wrong' });\n");
  write(
    nm,
    'kindling-backend-runtime-only/package.json',
    manifest('kindling-backend-runtime-only', { exports: { '.': './runtime.js' } }),
  );
  write(
    nm,
    'kindling-backend-runtime-only/runtime.js',
    "export { default } from '../kindling-backend-toy/runtime.js';\n",
  );
  write(
    nm,
    'kindling-backend-unbuilt/package.json',
    manifest('kindling-backend-unbuilt', { exports: { '.': { import: './dist/index.js' } } }),
  );
  return root;
}
