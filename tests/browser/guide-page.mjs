/**
 * The guide "Running in the browser" (docs/guides/running-in-the-browser.md) as the browser tests
 * read it: its fenced code blocks, each with the section (the `##`/`###` heading) it stands in, its
 * language and the file name in brackets after the language (```ts [src/main.ts]), and the prose of
 * each section (for the code the page shows inline). guide-app.mjs writes, builds and serves the
 * app from what this returns; nothing of the app is written in the tests.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
export const GUIDE = join(repo, 'docs/guides/running-in-the-browser.md');

/** Reads the page: `{ blocks, sections }`, with helpers to find what a test needs (or throw). */
export function readGuide(path = GUIDE) {
  const markdown = readFileSync(path, 'utf8');
  const blocks = [];
  const sections = [{ title: '', prose: '' }];
  let fence = null;
  for (const line of markdown.split('\n')) {
    const section = sections.at(-1);
    if (fence) {
      if (line.startsWith('```')) {
        blocks.push(fence);
        fence = null;
      } else fence.code += `${line}\n`;
      continue;
    }
    const open = /^```(\w*)(?: \[([^\]]+)\])?/.exec(line);
    if (open) {
      fence = { lang: open[1] ?? '', label: open[2], code: '', section: section.title };
      continue;
    }
    const heading = /^#{2,3} (.+)$/.exec(line);
    if (heading) sections.push({ title: heading[1], prose: '' });
    else section.prose += `${line}\n`;
  }
  if (fence) throw new Error('the guide has a code block that is never closed');

  const where = (title) => {
    const found = sections.filter((s) => s.title.startsWith(title));
    if (found.length !== 1) throw new Error(`the guide has ${found.length} sections titled "${title}…"`);
    return found[0];
  };
  const one = (found, what) => {
    if (found.length !== 1) throw new Error(`the guide has ${found.length} ${what}, expected one`);
    return found[0].code;
  };

  return {
    blocks,
    /** The text of the block labelled `label` (```lang [label]). */
    file: (label) =>
      one(
        blocks.filter((b) => b.label === label),
        `\`\`\` [${label}] blocks`,
      ),
    /** The one block of section `title` in language `lang` whose text contains `containing`. */
    block: (title, lang, containing) =>
      one(
        blocks.filter((b) => b.section === where(title).title && b.lang === lang && b.code.includes(containing)),
        `\`\`\`${lang} blocks with "${containing}" in "${title}"`,
      ),
    /** The inline code spans (`…`) of section `title`'s prose that contain `containing`. */
    inline: (title, containing) =>
      [
        ...where(title)
          .prose.replace(/\n/g, ' ')
          .matchAll(/`([^`]+)`/g),
      ]
        .map((m) => m[1])
        .filter((code) => code.includes(containing)),
    /** The Content-Security-Policy header the page shows (its ```text block that sets one). */
    csp: () => {
      const text = one(
        blocks.filter((b) => b.lang === 'text' && b.code.startsWith('Content-Security-Policy: ')),
        'Content-Security-Policy blocks',
      );
      return text.slice('Content-Security-Policy: '.length).trim();
    },
  };
}

/**
 * Parses a `_headers` file (Netlify's and Cloudflare Pages' format): a path pattern on a line of
 * its own (`*` matches anything, `:name` one path segment), then its headers indented, `Name: value`.
 */
export function parseHeadersFile(text) {
  const rules = [];
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .split(/(\*|:[A-Za-z]\w*)/)
        .map((part) =>
          part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
        )
        .join('');
      rules.push({ pattern: line, regex: new RegExp(`^${source}$`), headers: [] });
      continue;
    }
    const header = /^\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(line);
    const rule = rules.at(-1);
    if (!header || !rule) throw new Error(`_headers: cannot read the line ${JSON.stringify(raw)}`);
    rule.headers.push([header[1], header[2]]);
  }
  if (rules.length === 0) throw new Error('_headers: no rule');
  return rules;
}

/** The headers the `_headers` rules give a path (every matching rule's). */
export function headersFor(rules, path) {
  const headers = {};
  for (const rule of rules) if (rule.regex.test(path)) for (const [name, value] of rule.headers) headers[name] = value;
  return headers;
}
