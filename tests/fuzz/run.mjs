#!/usr/bin/env node
// `pnpm fuzz [--cases N] [--seed S] [--only K]`: the full-path fuzz job with more cases (nightly-style
// runs), through vitest so that the packages run from their TypeScript sources.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const env = { ...process.env, KINDLING_FUZZ_CASES: '500000' };
const names = { '--cases': 'KINDLING_FUZZ_CASES', '--seed': 'KINDLING_FUZZ_SEED', '--only': 'KINDLING_FUZZ_ONLY' };
for (let i = 0; i < args.length; i++) {
  const [flag, inline] = args[i].split('=', 2);
  const name = names[flag];
  const value = inline ?? args[++i];
  if (!name || value === undefined || !/^\d+$/.test(value)) {
    console.error('usage: pnpm fuzz [--cases N] [--seed S] [--only K]');
    process.exit(2);
  }
  env[name] = value;
}
const root = fileURLToPath(new URL('../..', import.meta.url));
const vitest = spawnSync('npx', ['vitest', 'run', 'tests/fuzz/'], { cwd: root, env, stdio: 'inherit' });
process.exit(vitest.status ?? 1);
