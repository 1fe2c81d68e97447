#!/usr/bin/env node
// Builds the documentation site into docs/site: the guides in docs/guides and the API reference of
// every package (TypeDoc, packages mode). Fails on TypeDoc errors.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
execFileSync('typedoc', ['--options', 'typedoc.json'], {
  cwd: root,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
for (const page of ['index.html', 'documents/Getting_started.html', 'documents/The_program_format.html']) {
  if (!existsSync(`${root}docs/site/${page}`)) {
    console.error(`error: the site has no ${page}`);
    process.exit(1);
  }
}
console.log('documentation site written to docs/site/');
