#!/usr/bin/env node
// Generates the TypeScript FlatBuffers accessors of @kindling/ir from packages/ir/schema/*.fbs with a
// pinned flatc (Debian's flatbuffers-compiler 2.0.8). `--check` regenerates into a temporary folder
// and fails when the committed files differ.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const PINNED = '2.0.8';
const root = fileURLToPath(new URL('..', import.meta.url));
const targets = [
  {
    schemaDir: 'packages/ir/schema',
    schemas: ['scalar_type.fbs', 'program.fbs', 'flat_tensor.fbs', 'bundled_program.fbs'],
    outDir: 'packages/ir/src/generated',
  },
  {
    schemaDir: 'packages/backend-xnnpack/schema',
    schemas: ['xnnpack.fbs'],
    outDir: 'packages/backend-xnnpack/src/serialization/generated',
  },
].filter((t) => t.schemas.every((s) => existsSync(join(root, t.schemaDir, s))));

function flatcVersion() {
  try {
    return execFileSync('flatc', ['--version'], { encoding: 'utf8' })
      .trim()
      .replace(/^flatc version /, '');
  } catch {
    return undefined;
  }
}

function listFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

const check = process.argv.includes('--check');
const version = flatcVersion();
if (version !== PINNED) {
  console.error(
    `error: flatc ${PINNED} is required (found ${version ?? 'none'}); install it with ` +
      `\`apt-get install flatbuffers-compiler=2.0.8+dfsg1-2\``,
  );
  process.exit(1);
}

let failed = false;
for (const t of targets) {
  const outDir = join(root, t.outDir);
  const dest = check ? mkdtempSync(join(tmpdir(), 'kindling-gen-')) : outDir;
  if (!check) rmSync(outDir, { recursive: true, force: true });
  execFileSync('flatc', ['--ts', '-o', dest, ...t.schemas.map((s) => join(root, t.schemaDir, s))], {
    stdio: 'inherit',
  });
  if (check) {
    const want = listFiles(dest);
    let have = [];
    try {
      have = listFiles(outDir);
    } catch {}
    const names = new Set([...want, ...have]);
    for (const name of names) {
      const a = want.includes(name) ? readFileSync(join(dest, name), 'utf8') : undefined;
      const b = have.includes(name) ? readFileSync(join(outDir, name), 'utf8') : undefined;
      if (a !== b) {
        failed = true;
        console.error(`generated file differs from its schema: ${join(t.outDir, name)}`);
      }
    }
    rmSync(dest, { recursive: true, force: true });
  }
}
if (failed) {
  console.error('error: run `pnpm gen` and commit the result');
  process.exit(1);
}
console.log(check ? 'generated FlatBuffers code is up to date' : 'generated FlatBuffers code written');
