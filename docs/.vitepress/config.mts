// The documentation site (VitePress): the pages are the Markdown files of docs/ (the landing page,
// the install page, the guides) and the API reference TypeDoc writes into docs/api (docs/build.mjs).
import { existsSync, readFileSync } from 'node:fs';
import { type DefaultTheme, defineConfig } from 'vitepress';

/** The guides in reading order: [title, page]. */
export const GUIDES: [string, string][] = [
  ['Getting started', '/guides/getting-started'],
  ['From a PyTorch model to a .pte', '/guides/pytorch-to-pte'],
  ['Running a model', '/guides/running-a-model'],
  ['Running in the browser', '/guides/running-in-the-browser'],
  ['Choosing backends and threads', '/guides/backends-and-threads'],
  ['Selective build', '/guides/selective-build'],
  ['The CPU delegate (XNNPACK)', '/guides/cpu-delegate-xnnpack'],
  ['The GPU delegate (WebGPU)', '/guides/gpu-delegate-webgpu'],
  ['Apple devices (Core ML)', '/guides/apple-devices-coreml'],
  ['Generating text', '/guides/generating-text'],
  ['Hybrid: device and cloud', '/guides/hybrid-device-and-cloud'],
  ['Writing a backend', '/guides/writing-a-backend'],
  ['The program format', '/guides/program-format'],
];

/**
 * The API reference's sidebar, as typedoc-vitepress-theme writes it (absent before the first
 * build), down to the entry points of each package: every page carries the site's sidebar, and one
 * listing every symbol would make each page's HTML hundreds of kilobytes. A module's page lists its
 * symbols.
 */
function apiSidebar(): DefaultTheme.SidebarItem[] {
  const file = new URL('../api/typedoc-sidebar.json', import.meta.url);
  if (!existsSync(file)) return [];
  // Packages, then their entry points (a package with one entry point is one page: no children).
  const prune = (items: DefaultTheme.SidebarItem[], depth: number): DefaultTheme.SidebarItem[] =>
    items
      .filter((item) => item.link)
      .map(({ items: children, collapsed, ...item }) => {
        const kept = depth > 1 && children ? prune(children, depth - 1) : [];
        return kept.length > 0 ? { ...item, collapsed, items: kept } : item;
      });
  return prune(JSON.parse(readFileSync(file, 'utf8')), 2);
}

export default defineConfig({
  title: 'Kindling',
  description: 'On-device inference of ExecuTorch programs in browsers, Node, Deno, Bun and workers.',
  outDir: './site',
  cleanUrls: false,
  lastUpdated: false,
  // Pages are the Markdown files of docs/ except these: the examples are code (a README among
  // them), the playground and the chat page are their own apps, the built site is output.
  srcExclude: ['examples/**', 'playground/**', 'chat/**', 'site/**', '**/node_modules/**', '**/README.md'],
  markdown: { theme: { light: 'github-light', dark: 'github-dark' } },
  themeConfig: {
    nav: [
      { text: 'Guides', link: '/guides/getting-started', activeMatch: '^/guides/' },
      { text: 'Install', link: '/install' },
      { text: 'API', link: '/api/', activeMatch: '^/api/' },
      // The playground is a separate Vite app (docs/playground), copied to /playground/ by
      // docs/build.mjs when it is built: a full page load, not a route of this site.
      { text: 'Playground', link: '/playground/', target: '_self' },
      // The chat page (docs/chat), likewise a Vite app, copied to /chat/.
      { text: 'Chat', link: '/chat/', target: '_self' },
    ],
    sidebar: {
      '/guides/': [
        { text: 'Introduction', items: [{ text: 'Install', link: '/install' }] },
        { text: 'Guides', items: GUIDES.map(([text, link]) => ({ text, link })) },
      ],
      '/install': [
        { text: 'Introduction', items: [{ text: 'Install', link: '/install' }] },
        { text: 'Guides', items: GUIDES.map(([text, link]) => ({ text, link })) },
      ],
      '/api/': [{ text: 'API reference', link: '/api/', items: apiSidebar() }],
    },
    outline: { level: [2, 3] },
    search: { provider: 'local' },
    footer: { message: 'Released under the Apache-2.0 license.' },
  },
});
