#!/usr/bin/env node
// Checks what npm users get: packs every published package (packages/*, not private) with
// `pnpm pack`, as `pnpm publish` would, then checks each tarball: README.md, LICENSE (the
// repository's, byte for byte) and the packed package.json (no `workspace:` ranges, the license,
// an `engines.node` range), and runs arethetypeswrong on it.
//
// arethetypeswrong runs with its `esm-only` profile: the packages are ES modules only, on purpose
// (a CommonJS copy beside them would give an app two `Tensor` and `KindlingError` classes). That
// profile leaves out TypeScript's `node10` and `node16` CommonJS resolutions, where importing an ES
// module is reported as needing `import()`; Node ^20.19 || >=22.12 and Bun do load them from
// `require()` (tests/bundle/require.test.ts runs a CommonJS app in Node 20 and 22), and TypeScript
// 5.8+ with `"module": "nodenext"` accepts it (tests/bundle/readme.test.ts). Every other problem
// (missing or wrong types, false ESM/CJS, named exports) still fails.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const license = readFileSync(join(root, 'LICENSE'), 'utf8');

const published = readdirSync(join(root, 'packages'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => join(root, 'packages', d.name))
  .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }))
  .filter((p) => p.manifest.private !== true);

/** The pnpm that runs this script (`pnpm run`), else the one the repository pins, through npx. */
function pnpm(args) {
  const execpath = process.env.npm_execpath ?? '';
  const [cmd, ...pre] = /pnpm\.c?js$/.test(execpath)
    ? [process.execPath, execpath]
    : ['npx', '--yes', rootManifest.packageManager];
  return execFileSync(cmd, [...pre, ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
}

/**
 * Export subpaths that lead to assets (a `.wasm` file, say) rather than modules: TypeScript does not
 * resolve them, so arethetypeswrong would report them as unresolved; they are left out of its run.
 */
function assetEntrypoints(manifest) {
  const targets = (value) =>
    typeof value === 'string'
      ? [value]
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(targets)
        : [];
  const exports = manifest.exports && typeof manifest.exports === 'object' ? manifest.exports : {};
  return Object.entries(exports)
    .filter(([subpath]) => subpath.startsWith('.'))
    .filter(([, value]) => targets(value).every((t) => !/\.(c|m)?(js|ts)$|\.json$/.test(t)))
    .map(([subpath]) => subpath);
}

function attwBin() {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve('@arethetypeswrong/cli/package.json');
  return join(dirname(manifestPath), JSON.parse(readFileSync(manifestPath, 'utf8')).bin.attw);
}

const out = mkdtempSync(join(tmpdir(), 'kindling-tarballs-'));
const failures = [];
try {
  const filters = published.flatMap((p) => ['--filter', p.manifest.name]);
  const packed = [pnpm(['-r', ...filters, 'pack', '--pack-destination', out, '--json'])].flatMap((s) => JSON.parse(s));
  const attw = attwBin();
  for (const { manifest } of published) {
    const name = manifest.name;
    const fail = (message) => failures.push(`${name}: ${message}`);
    const entry = packed.find((p) => p.name === name);
    if (!entry) {
      fail('pnpm pack wrote no tarball');
      continue;
    }
    const files = new Set(entry.files.map((f) => f.path));
    for (const f of ['package.json', 'README.md', 'LICENSE']) if (!files.has(f)) fail(`${f} is not in the tarball`);
    const read = (f) => execFileSync('tar', ['-xzOf', entry.filename, `package/${f}`], { encoding: 'utf8' });
    if (files.has('LICENSE') && read('LICENSE') !== license) fail('LICENSE differs from the repository LICENSE');
    const packedManifest = JSON.parse(read('package.json'));
    for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
      for (const [dep, range] of Object.entries(packedManifest[field] ?? {})) {
        if (String(range).startsWith('workspace:')) fail(`${field}.${dep} is still "${range}" in the tarball`);
      }
    }
    if (packedManifest.license !== 'Apache-2.0') fail(`license is ${packedManifest.license}, not Apache-2.0`);
    if (!packedManifest.engines?.node) fail('no engines.node range');

    const assets = assetEntrypoints(packedManifest);
    const exclude = assets.length > 0 ? ['--exclude-entrypoints', ...assets] : [];
    const args = [attw, entry.filename, '--profile', 'esm-only', '--format', 'ascii', ...exclude];
    const r = spawnSync(process.execPath, args, {
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    if (r.status !== 0) fail(`arethetypeswrong:\n${r.stdout}${r.stderr}`);
    else console.log(`${name}: ${files.size} files, arethetypeswrong clean (esm-only)`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(failures.join('\n'));
  process.exit(1);
}
console.log(`${published.length} packages: tarballs checked`);
