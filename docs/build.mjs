#!/usr/bin/env node
// Builds the documentation site into docs/site (VitePress): the pages of docs/ (landing page,
// install page, guides) and the API reference of every package of docs/packages.mjs, which TypeDoc
// writes as Markdown into docs/api (typedoc-plugin-markdown, typedoc-vitepress-theme). Fails on
// TypeDoc errors, on dead links between pages (VitePress's check) and on missing pages.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vitepress';
import { PACKAGES } from './packages.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const docs = fileURLToPath(new URL('.', import.meta.url));
/** A package's file as docs/ resolves it (the docs workspace's own dependencies). */
const resolve = (specifier) => fileURLToPath(import.meta.resolve(specifier));

// 1. The API reference: one module per package, one page per entry point of its `exports`.
rmSync(`${docs}api`, { recursive: true, force: true });
const plugins = ['typedoc-plugin-markdown', 'typedoc-vitepress-theme'].flatMap((p) => ['--plugin', resolve(p)]);
const entryPoints = PACKAGES.flatMap((p) => ['--entryPoints', `packages/${p}`]);
execFileSync(
  process.execPath,
  [
    resolve('typedoc/package.json').replace(/package\.json$/, 'bin/typedoc'),
    '--options',
    'typedoc.json',
    ...plugins,
    ...entryPoints,
  ],
  {
    cwd: root,
    stdio: 'inherit',
  },
);

// The packages' READMEs (each package's page) link to the guides; TypeDoc copies those as media:
// link to the site's guides instead.
const media = `${docs}api/_media/`;
for (const file of readdirSync(`${docs}api`, { recursive: true }).map(String)) {
  if (!file.endsWith('.md')) continue;
  const text = readFileSync(`${docs}api/${file}`, 'utf8');
  const linked = text.replace(/\]\((?:\.\.\/)*_media\/([a-z-]+)\.md(#[^)]*)?\)/g, (m, guide, hash) =>
    existsSync(`${docs}guides/${guide}.md`) ? `](/guides/${guide}.md${hash ?? ''})` : m,
  );
  if (linked !== text) writeFileSync(`${docs}api/${file}`, linked);
}
if (existsSync(media)) {
  for (const f of readdirSync(media)) if (existsSync(`${docs}guides/${f}`)) rmSync(`${media}${f}`);
}

// 2. The site.
await build(docs);

// 3. PLAYGROUND: the playground is its own Vite app (docs/playground); it is built into
// /playground/ (the "Playground" link of the nav) with the Vite of tests/bundle/bundlers (installed
// by `pnpm run bundlers:install`). Its COOP/COEP headers (threads) go into the site's `_headers`.
try {
  const { buildPlayground } = await import('./playground/build.mjs');
  await buildPlayground({ outDir: `${docs}site/playground` });
  const headers = readFileSync(`${docs}site/playground/_headers`, 'utf8').split('\n').slice(1).filter(Boolean);
  writeFileSync(`${docs}site/_headers`, ['/playground/*', ...headers, ''].join('\n'));
  rmSync(`${docs}site/playground/_headers`);
  console.log('playground built into docs/site/playground/');
} catch (e) {
  if (process.env.KINDLING_REQUIRE_BUNDLERS === '1') throw e;
  console.log(
    `the site has no playground: ${e instanceof Error ? e.message.split('\n')[0] : e} (pnpm run bundlers:install)`,
  );
}

// 3b. CHAT: the chat page (docs/chat), a Vite app built the same way into /chat/ (the "Chat" link of
// the nav); its COOP/COEP headers go into the site's `_headers` too.
try {
  const { buildChat } = await import('./chat/build.mjs');
  await buildChat({ outDir: `${docs}site/chat` });
  const headers = readFileSync(`${docs}site/chat/_headers`, 'utf8').split('\n').slice(1).filter(Boolean);
  const before = existsSync(`${docs}site/_headers`) ? readFileSync(`${docs}site/_headers`, 'utf8') : '';
  writeFileSync(`${docs}site/_headers`, `${before}${['/chat/*', ...headers, ''].join('\n')}`);
  rmSync(`${docs}site/chat/_headers`);
  console.log('chat page built into docs/site/chat/');
} catch (e) {
  if (process.env.KINDLING_REQUIRE_BUNDLERS === '1') throw e;
  console.log(
    `the site has no chat page: ${e instanceof Error ? e.message.split('\n')[0] : e} (pnpm run bundlers:install)`,
  );
}

// 4. The pages the site must have.
const site = `${docs}site/`;
const expected = [
  'index.html',
  'install.html',
  ...readdirSync(`${docs}guides`)
    .filter((f) => f.endsWith('.md'))
    .map((f) => `guides/${f.replace(/\.md$/, '.html')}`),
  'api/index.html',
  ...PACKAGES.map((p) => `api/${p}/index.html`),
];
const missing = expected.filter((page) => !existsSync(`${site}${page}`));
if (missing.length > 0) {
  console.error(`error: the site lacks ${missing.join(', ')}`);
  process.exit(1);
}
const api = readFileSync(`${site}api/index.html`, 'utf8');
const unlisted = PACKAGES.filter((p) => !api.includes(`@kindling/${p}`));
if (unlisted.length > 0) {
  console.error(`error: the API reference's index does not list ${unlisted.join(', ')}`);
  process.exit(1);
}
console.log(`documentation site written to docs/site/ (${expected.length} pages checked)`);
