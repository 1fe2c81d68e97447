// The site's lists stay complete: every published package is in docs/packages.mjs (its API
// reference), every entry point of a package's `exports` is in its typedoc.json, and every guide is
// in the sidebar of docs/.vitepress/config.mts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PACKAGES } from '../packages.mjs';

const docs = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const packagesDir = resolve(docs, '../packages');
const json = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

const published = readdirSync(packagesDir).filter((d) => {
  const manifest = join(packagesDir, d, 'package.json');
  return existsSync(manifest) && json(manifest).private !== true;
});

describe('the documentation site', () => {
  it('documents every published package', () => {
    expect(published.length).toBeGreaterThan(0);
    expect([...PACKAGES].sort()).toEqual([...published].sort());
  });

  for (const dir of published) {
    it(`@kindling/${dir}: the API reference covers every entry point of its exports`, () => {
      const exports = json(join(packagesDir, dir, 'package.json')).exports as Record<string, unknown>;
      const sources = Object.values(exports)
        .map((e) => (typeof e === 'object' && e !== null ? (e as Record<string, unknown>)['@kindling/source'] : null))
        .filter((s): s is string => typeof s === 'string')
        .map((s) => s.replace(/^\.\//, ''));
      expect(sources.length).toBeGreaterThan(0);
      const typedoc = json(join(packagesDir, dir, 'typedoc.json')) as { entryPoints: string[] };
      expect([...typedoc.entryPoints].sort()).toEqual([...sources].sort());
    });
  }

  it('lists every guide in the sidebar', () => {
    const config = readFileSync(join(docs, '.vitepress/config.mts'), 'utf8');
    const guides = readdirSync(join(docs, 'guides')).filter((f) => f.endsWith('.md'));
    expect(guides.length).toBeGreaterThan(0);
    for (const g of guides) expect(config).toContain(`'/guides/${g.replace(/\.md$/, '')}'`);
  });
});
