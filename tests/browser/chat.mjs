/**
 * The documentation site's chat page (docs/chat), built by its own build script and served under
 * `/isolated/chat/` (COOP/COEP, as its `_headers` asks) and `/plain/chat/`, with the committed tiny
 * Llama of packages/llm (random weights: its text is gibberish, but greedy decoding makes it
 * exact) loaded through the page's query string (`?model=…&tokenizer=…&template=…`):
 *
 * - two turns stream the text `TextGenerator` gives in Node for the same messages and settings
 *   (a `Conversation`, greedy), token counts included; the second reuses the KV cache;
 * - the model ran in the page's dedicated worker: the worker says so, and it (not the page) fetched
 *   the model's files and the CPU delegate's kernels;
 * - Stop, pressed when the first chunk arrives, ends the answer early (`abort`) with a prefix of
 *   Node's full answer, and the next turn is Node's after the same answer cut at as many tokens;
 * - a message the chat cannot hold shows the `KindlingError` Node gets and leaves the chat as it was;
 * - with tool calling on (`required`, compact calls), the page shows the call Node's generator
 *   makes, and its arguments parse and validate against the tool's JSON Schema (checked here);
 * - on a page that is not cross-origin isolated, the page says so and the model runs on 1 thread;
 *   there the program and tokenizer are picked with the page's file inputs instead, without a
 *   chat template: the chat is rendered with the package's default template (ChatML).
 *
 * A screenshot of the chat is checked for layout (messages in order, inside the panel, not
 * overlapping) and written to `KINDLING_SCREENSHOTS` (a folder) when it is set.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { xnnpack } from '@kindling/backend-xnnpack';
import { Conversation, DEFAULT_CHAT_TEMPLATE, loadTokenizer, TextGenerator } from '@kindling/llm';
import { llmKernels } from '@kindling/llm/kernels';
import { portableKernels } from '@kindling/runtime';
import { bundlersInstalled } from '../bundle/bundlers/build.mjs';

const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const models = join(repo, 'packages/llm/test/fixtures/models');
/** The program the page loads: llama:: SDPA and cache ops (llmKernels), 8da4w linears in XNNPACK delegates. */
const PROGRAM = 'tiny-llama-sdpa-8da4w.pte';
const TOKENIZER = 'tiny-llama-tokenizer.json';
const TEMPLATE = 'tiny-llama-chat-template.jinja';

/** Builds the chat page; `{ folders, close }`, or `{ skip }` without Vite. */
export async function prepareChat() {
  if (!bundlersInstalled()) {
    const why = 'Vite is not installed (`pnpm run bundlers:install`)';
    if (process.env.KINDLING_REQUIRE_BUNDLERS === '1') throw new Error(`${why} and KINDLING_REQUIRE_BUNDLERS=1`);
    return { folders: {}, skip: why, close() {} };
  }
  const out = mkdtempSync(join(tmpdir(), 'kindling-chat-'));
  const { buildChat } = await import('../../docs/chat/build.mjs');
  await buildChat({ outDir: out });
  return {
    folders: { 'chat/': out, 'llm-models/': models },
    close: () => rmSync(out, { recursive: true, force: true }),
  };
}

/**
 * The reference: the same model in Node, one `Conversation` at a time, as the page's worker runs it,
 * with the model's chat template or the package's default one.
 */
async function nodeGenerator(chatTemplate) {
  const tokenizer = loadTokenizer(readFileSync(join(models, TOKENIZER), 'utf8'), { chatTemplate });
  return TextGenerator.load(new Uint8Array(readFileSync(join(models, PROGRAM))), {
    tokenizer,
    backends: [xnnpack({ threads: 1 })],
    kernels: [...portableKernels, ...llmKernels],
  });
}

/** What the page shows: the transcript, the last answer's stats and tool calls. */
function shownChat() {
  const messages = [...document.querySelectorAll('#transcript .message')].map((m) => ({
    role: m.dataset.role,
    text: m.querySelector('.text')?.textContent ?? '',
    toolCalls: [...m.querySelectorAll('.tool-call')].map((c) => ({
      name: c.dataset.name,
      arguments: c.dataset.arguments,
    })),
  }));
  const stats = document.getElementById('stats');
  return { messages, stats: { ...stats?.dataset }, statsText: stats?.textContent ?? '' };
}

/**
 * Validates `args` against the tool's parameters schema, for the keywords the page's tool uses
 * (object with properties, required, additionalProperties false; string maxLength; enum). Returns
 * the problems found.
 */
function schemaProblems(schema, args) {
  const problems = [];
  if (typeof args !== 'object' || args === null || Array.isArray(args)) return ['the arguments are not an object'];
  for (const key of schema.required ?? []) if (!(key in args)) problems.push(`missing ${key}`);
  for (const [key, value] of Object.entries(args)) {
    const property = schema.properties?.[key];
    if (!property) {
      if (schema.additionalProperties === false) problems.push(`unexpected property ${key}`);
      continue;
    }
    if (property.enum && !property.enum.includes(value))
      problems.push(`${key}: ${JSON.stringify(value)} not in the enum`);
    if (property.type === 'string' && typeof value !== 'string') problems.push(`${key} is not a string`);
    if (property.maxLength !== undefined && [...String(value)].length > property.maxLength)
      problems.push(`${key} is longer than ${property.maxLength}`);
  }
  return problems;
}

/** Runs the chat page's tests; `test` is the runner's (name, fn) reporter, `check` its assertion, `skip` reports a skip. */
export async function runChatTests({ context, server, chat, test, check, skip, limits }) {
  if (chat.skip) return skip(`chat page: ${chat.skip}`);
  const shots = process.env.KINDLING_SCREENSHOTS;
  if (shots) mkdirSync(shots, { recursive: true });
  const equal = (actual, expected, what) =>
    check(
      JSON.stringify(actual) === JSON.stringify(expected),
      `${what}: the page shows ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`,
    );
  const reference = await nodeGenerator(readFileSync(join(models, TEMPLATE), 'utf8'));
  const withDefaultTemplate = await nodeGenerator(DEFAULT_CHAT_TEMPLATE);
  /** A new conversation in Node: `turns` of [message, options], each turn's result. */
  const inNode = async (turns, generator = reference) => {
    generator.resetCache();
    const conversation = new Conversation(generator);
    const results = [];
    for (const [message, options] of turns) results.push(await conversation.send(message, options).result);
    return results;
  };

  const pages = new Map();
  const query = `?model=../llm-models/${PROGRAM}&tokenizer=../llm-models/${TOKENIZER}&template=../llm-models/${TEMPLATE}`;
  /**
   * The chat page of a variant with the tiny Llama loaded, opened once: through the query string,
   * or (`pick`) with the file inputs.
   */
  const open = async (variant, { pick = false } = {}) => {
    if (pages.has(variant)) return pages.get(variant);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
    page.setDefaultTimeout(limits.page);
    const response = await page.goto(`${server.origin}/${variant}/chat/${pick ? '' : query}`);
    check(response?.ok(), `loading the chat page: HTTP ${response?.status()}`);
    const session = { page, errors };
    if (pick) {
      equal(await waitFor(session, ['ready', 'error']), 'ready', 'state without a model');
      await page.setInputFiles('#program-file', join(models, PROGRAM));
      await page.setInputFiles('#tokenizer-file', join(models, TOKENIZER));
      await page.click('#load-button');
    }
    const state = await waitFor(session, ['loaded', 'error']);
    if (state === 'error') check(false, `loading the model: ${await errorText(session)}`);
    pages.set(variant, session);
    return session;
  };
  const waitFor = async ({ page, errors }, states) => {
    try {
      await page.waitForFunction((s) => s.includes(document.documentElement.dataset.state), states);
    } catch (error) {
      check(false, `waiting for ${states.join(' or ')}: ${errors.join('; ') || error.message}`);
    }
    return page.evaluate(() => document.documentElement.dataset.state);
  };
  const errorText = (session) => session.page.evaluate(() => document.querySelector('#error')?.textContent ?? '');
  const newChat = async (session) => {
    await session.page.click('#new-chat-button');
    equal(await waitFor(session, ['loaded', 'error']), 'loaded', 'state after New chat');
    equal((await session.page.evaluate(shownChat)).messages, [], 'the transcript after New chat');
  };
  /** Sends a message with the page's controls; resolves to what the page shows once it answered. */
  const send = async (session, text, { maxNewTokens, tools = false, choice = 'auto', compact = false }) => {
    const { page } = session;
    await page.fill('#max-new-tokens', String(maxNewTokens));
    await page.setChecked('#use-tools', tools);
    await page.selectOption('#tool-choice', choice);
    await page.setChecked('#compact-calls', compact);
    await page.fill('#message', text);
    await page.click('#send-button');
    const state = await waitFor(session, ['answered', 'error']);
    if (state === 'error') check(false, `answering ${JSON.stringify(text)}: ${await errorText(session)}`);
    return page.evaluate(shownChat);
  };
  /** The page's answer (the last message, its stats) against a Node result. */
  const checkAnswer = (shown, expected, what) => {
    const last = shown.messages.at(-1);
    equal(last?.role, 'assistant', `${what}: the last message's role`);
    equal(last?.text, expected.text, `${what}: the streamed answer`);
    equal(shown.stats.finishReason, expected.finishReason, `${what}: finish reason`);
    equal(
      [shown.stats.promptTokens, shown.stats.cachedPromptTokens, shown.stats.completionTokens].map(Number),
      [expected.usage.promptTokens, expected.usage.cachedPromptTokens, expected.usage.completionTokens],
      `${what}: prompt, cached and generated tokens`,
    );
    check(/tokens\/s/.test(shown.statsText) && /first token after \d+ ms/.test(shown.statsText), shown.statsText);
  };
  const turns = [
    ['Hello!', { maxNewTokens: 8 }],
    ['Tell me more.', { maxNewTokens: 16 }],
  ];

  await test('chat page: two turns stream what TextGenerator gives in Node; the second reuses the KV cache', async () => {
    const session = await open('isolated');
    const expected = await inNode(turns);
    let shown;
    for (const [i, [message, options]] of turns.entries()) {
      shown = await send(session, message, options);
      checkAnswer(shown, expected[i], `turn ${i + 1}`);
    }
    equal(
      shown.messages.map((m) => m.role),
      ['user', 'assistant', 'user', 'assistant'],
      'the transcript',
    );
    check(Number(shown.stats.cachedPromptTokens) > 0, 'the second turn ran its whole prompt again');
    const png = await session.page.locator('#chat').screenshot();
    if (shots) writeFileSync(join(shots, 'chat.png'), png);
    // The messages in order, inside the chat panel, none overlapping.
    const boxes = await session.page.evaluate(() => {
      const panel = document.getElementById('chat').getBoundingClientRect();
      const rects = [...document.querySelectorAll('#transcript .message')].map((m) => m.getBoundingClientRect());
      return {
        panel: { left: panel.left, right: panel.right },
        rects: rects.map((r) => [r.left, r.top, r.right, r.bottom]),
      };
    });
    for (const [i, [left, top, right, bottom]] of boxes.rects.entries()) {
      check(bottom > top && right > left, `message ${i} is not drawn`);
      check(left >= boxes.panel.left && right <= boxes.panel.right, `message ${i} is outside the chat panel`);
      if (i > 0) check(top >= boxes.rects[i - 1][3], `message ${i} overlaps the one before`);
    }
    return `${expected.map((r) => `${r.usage.completionTokens} tokens`).join(', ')}; cached ${shown.stats.cachedPromptTokens} of ${shown.stats.promptTokens} prompt tokens`;
  });

  await test('chat page: the model runs in a dedicated worker, which fetched the files; the page fetched none', async () => {
    const { page } = await open('isolated');
    const status = await page.evaluate(() => ({ ...document.getElementById('model-status')?.dataset }));
    equal(status.worker, 'true', 'the worker runs in a DedicatedWorkerGlobalScope');
    equal((await page.evaluate(shownChat)).stats.worker, 'true', 'the last answer came from the worker');
    const byWorker = JSON.parse(status.fetched ?? '[]');
    const byPage = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    for (const file of [PROGRAM, TOKENIZER, TEMPLATE]) {
      check(
        byWorker.some((u) => u.endsWith(`/llm-models/${file}`)),
        `the worker did not fetch ${file}`,
      );
      check(!byPage.some((u) => u.includes(file)), `the page fetched ${file}`);
    }
    check(
      byWorker.some((u) => /\/kernels-[\w-]+\.wasm$/.test(u)),
      "the worker did not fetch the CPU delegate's kernels",
    );
    check(!byPage.some((u) => u.endsWith('.wasm')), 'the page fetched a .wasm');
    return `worker fetches: ${byWorker.map((u) => u.slice(u.lastIndexOf('/') + 1)).join(', ')}; threads ${status.threads}`;
  });

  await test('chat page: a message the context cannot hold shows the KindlingError Node gets; the chat stays as it was', async () => {
    const session = await open('isolated');
    await newChat(session);
    await send(session, ...turns[0]);
    const message = 'Tell me about the weather in every city you know, day by day, for a week. '.repeat(3);
    reference.resetCache();
    const conversation = new Conversation(reference);
    await conversation.send(...turns[0]).result;
    let expected;
    try {
      await conversation.send(message, { maxNewTokens: 8 }).result;
    } catch (error) {
      expected = error;
    }
    check(expected?.codeName, `Node answered a message of ${message.length} characters`);
    const before = await session.page.evaluate(shownChat);
    await session.page.fill('#message', message);
    await session.page.click('#send-button');
    equal(await waitFor(session, ['answered', 'error']), 'error', 'state after sending');
    const code = await session.page.evaluate(() => document.querySelector('#error [data-code]')?.dataset.code);
    equal(code, expected.codeName, 'error code');
    equal((await session.page.evaluate(shownChat)).messages, before.messages, 'the transcript');
    equal(await session.page.inputValue('#message'), message, 'the message box (the text given back)');
    await session.page.fill('#message', '');
    return `${code}: ${expected.message}`;
  });

  /** Makes the page press Stop itself as soon as the answer's first chunk is in the transcript. */
  const pressStopAtFirstChunk = (session) =>
    session.page.evaluate(() => {
      const observer = new MutationObserver(() => {
        const answer = document.querySelector('#transcript .assistant .text');
        if (answer && answer.childNodes.length > 0) {
          observer.disconnect();
          document.getElementById('stop-button')?.click();
        }
      });
      observer.observe(document.getElementById('transcript'), { childList: true, subtree: true });
    });

  await test('chat page: Stop, pressed at the first chunk, ends the answer early with a prefix of the full one; the chat goes on as in Node', async () => {
    const session = await open('isolated');
    const message = 'Write a long story.';
    const [full] = await inNode([[message, { maxNewTokens: 256 }]]);
    // The page presses Stop within the message hops between it and the worker, while the worker
    // goes on generating (a few ms per token): on a machine busy enough to hold the page that long,
    // the answer may be complete first. Stop must take effect in one of three tries.
    const tries = [];
    for (let i = 0; i < 3 && tries.at(-1)?.finishReason !== 'abort'; i++) {
      await newChat(session);
      await pressStopAtFirstChunk(session);
      const shown = await send(session, message, { maxNewTokens: 256 });
      const text = shown.messages.at(-1)?.text ?? '';
      check(full.text.startsWith(text), `the stopped answer ${JSON.stringify(text)} is not a prefix of Node's`);
      tries.push({ finishReason: shown.stats.finishReason, tokens: Number(shown.stats.completionTokens), text });
    }
    const last = tries.at(-1);
    check(last.finishReason === 'abort', `Stop did not end the answer: ${JSON.stringify(tries)}`);
    check(last.tokens >= 1, 'Stop was pressed after the first chunk, yet no token is counted');
    check(last.tokens < full.usage.completionTokens, `${last.tokens} tokens after Stop, as many as without it`);
    const buttons = await session.page.evaluate(() =>
      ['send', 'stop'].map((b) => document.getElementById(`${b}-button`)?.disabled),
    );
    equal(buttons, [false, true], 'Send and Stop disabled');
    // The conversation kept the stopped answer: in Node, the same answer cut at as many tokens, then
    // one more turn, which the page must answer alike (or refuse alike, when the chat no longer fits).
    reference.resetCache();
    const conversation = new Conversation(reference);
    const cut = await conversation.send(message, { maxNewTokens: last.tokens }).result;
    equal(last.text, cut.text, 'the stopped answer vs Node cut at as many tokens');
    let expected;
    try {
      expected = await conversation.send(...turns[0]).result;
    } catch (error) {
      expected = { code: error.codeName ?? String(error) };
    }
    await session.page.fill('#max-new-tokens', String(turns[0][1].maxNewTokens));
    await session.page.fill('#message', turns[0][0]);
    await session.page.click('#send-button');
    const state = await waitFor(session, ['answered', 'error']);
    if (expected.code !== undefined) {
      const code = await session.page.evaluate(() => document.querySelector('#error [data-code]')?.dataset.code);
      equal([state, code], ['error', expected.code], 'the turn after Stop (Node refuses it)');
      await session.page.fill('#message', '');
    } else {
      checkAnswer(await session.page.evaluate(shownChat), expected, 'the turn after Stop');
    }
    const after = expected.code ?? `${expected.usage.completionTokens} tokens`;
    return `${last.tokens} of ${full.usage.completionTokens} tokens (${full.finishReason} without Stop), tries: ${tries.length}; the next turn as in Node: ${after}`;
  });

  await test('chat page: with the tool toggle on, the call Node makes is shown, and it validates', async () => {
    const session = await open('isolated');
    await newChat(session);
    const tool = JSON.parse(await session.page.textContent('#tool-schema'));
    equal(tool.name, 'get_weather', 'the example tool');
    const [expected] = await inNode([
      ['Hi', { maxNewTokens: 128, tools: [tool], toolChoice: 'required', toolCallFormat: { whitespace: 'none' } }],
    ]);
    const shown = await send(session, 'Hi', { maxNewTokens: 128, tools: true, choice: 'required', compact: true });
    checkAnswer(shown, expected, 'tool call');
    const calls = shown.messages.at(-1)?.toolCalls ?? [];
    equal(
      calls,
      (expected.toolCalls ?? []).map((c) => ({ name: c.function.name, arguments: c.function.arguments })),
      'tool calls',
    );
    check(calls.length > 0, 'the page shows no tool call');
    for (const call of calls) {
      equal(call.name, tool.name, 'the called tool');
      const problems = schemaProblems(tool.parameters, JSON.parse(call.arguments));
      check(problems.length === 0, `${call.arguments}: ${problems.join('; ')}`);
    }
    if (shots) writeFileSync(join(shots, 'chat-tool-call.png'), await session.page.locator('#chat').screenshot());
    return `${calls[0].name}(${calls[0].arguments})`;
  });

  await test('chat page: files picked with its inputs, no template (ChatML); not cross-origin isolated, 1 thread; same answer', async () => {
    const session = await open('plain', { pick: true });
    const note = await session.page.textContent('#isolation');
    check(note.includes('not cross-origin isolated'), `isolation note: ${note}`);
    const status = await session.page.evaluate(() => ({ ...document.getElementById('model-status')?.dataset }));
    equal(status.threads, '1', 'threads of the CPU delegate');
    const said = await session.page.textContent('#model-status');
    check(said.includes('No chat template given'), `model status: ${said}`);
    const [expected] = await inNode(turns.slice(0, 1), withDefaultTemplate);
    const shown = await send(session, ...turns[0]);
    checkAnswer(shown, expected, 'turn 1');
    return `a ChatML prompt of ${expected.usage.promptTokens} tokens`;
  });

  await reference.dispose();
  await withDefaultTemplate.dispose();
  for (const { page } of pages.values()) await page.close({ runBeforeUnload: false }).catch(() => {});
}
