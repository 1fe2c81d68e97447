/**
 * The documentation site's playground (docs/playground), built by its own build script and served
 * under `/isolated/playground/` (COOP/COEP, as its `_headers` asks) and `/plain/playground/`:
 *
 * - a zoo program opened through the file input is shown as `@kindling/ir` reads the same file here
 *   (methods, inputs, outputs, operator counts, delegates and payload sizes, planned memory), read
 *   from the program's tables directly rather than through the summary the page uses;
 * - run on the zoo's recorded input with the portable kernels and with the CPU delegate on 2 threads,
 *   the outputs it prints match ExecuTorch's recorded ones, and the timing chart has one bar per
 *   operator or delegate call, in the program's instruction order;
 * - a robustness fixture and a wrong-sized input file show a `KindlingError`'s code;
 * - screenshots: checked for layout (panels in order, none overlapping, inside the viewport) and by
 *   their pixels (the chart's bars are counted in the image; the panels are neither blank nor flat;
 *   the error panel has the error colours). Fonts differ between machines, so no image is compared
 *   with a reference image; every check fails on a blank or half-drawn page. The screenshots are
 *   written to `KINDLING_SCREENSHOTS` (a folder) when it is set.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '@kindling/backend-utils';
import { decodeVkGraph, parseVkPayload } from '@kindling/backend-webgpu';
import { decodeXnnPayload, nodeTypeName, xnnpack } from '@kindling/backend-xnnpack';
import { dtypeName, KindlingError } from '@kindling/core';
import { PteFile } from '@kindling/ir';
import { Module, portableKernels } from '@kindling/runtime';
import { bundlersInstalled } from '../bundle/bundlers/build.mjs';

const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const cases = join(repo, 'packages/conformance-zoo/cases');
const robustness = join(repo, 'fixtures/robustness');

/** Files the fuzz campaign produced: one the program reader refuses, one whose XNNPACK payload is unreadable. */
const BAD_PROGRAM = 'wrapped-8490353b23.pte';
const BAD_PAYLOAD = 'wrapped-25791b9c2b.pte';

/** Colours the page draws with (docs/playground/src/timing-chart.ts and style.css). */
const BAR_COLOURS = [
  [0x25, 0x63, 0xeb],
  [0xd9, 0x77, 0x06],
];
const ERROR_BACKGROUND = [0xfe, 0xf2, 0xf2];

/** Builds the playground; `{ folders, close }`, or `{ skip }` without Vite. */
export async function preparePlayground() {
  if (!bundlersInstalled()) {
    const why = 'Vite is not installed (`pnpm run bundlers:install`)';
    if (process.env.KINDLING_REQUIRE_BUNDLERS === '1') throw new Error(`${why} and KINDLING_REQUIRE_BUNDLERS=1`);
    return { folders: {}, skip: why, close() {} };
  }
  const out = mkdtempSync(join(tmpdir(), 'kindling-playground-'));
  const { buildPlayground } = await import('../../docs/playground/build.mjs');
  const { examples } = await buildPlayground({ outDir: out });
  return { folders: { 'playground/': out }, out, examples, close: () => rmSync(out, { recursive: true, force: true }) };
}

const manifest = () =>
  new Map(JSON.parse(readFileSync(join(cases, 'manifest.json'), 'utf8')).cases.map((c) => [c.id, c]));

const operatorName = (op) => (op.overload ? `${op.name}.${op.overload}` : op.name);

/** What the page must show for a program, from its tables (`PteFile`), not from `describeProgram`. */
function reference(bytes) {
  const file = PteFile.read(bytes);
  return file.program.executionPlan.map((plan) => {
    const value = (i) => {
      const v = plan.values[i];
      return v.type === 'Tensor'
        ? { dtype: dtypeName(v.tensor.scalarType), shape: v.tensor.sizes.join(',') }
        : { dtype: v.type, shape: '' };
    };
    const ops = new Map(plan.operators.map((op) => [operatorName(op), 0]));
    const delegateCalls = plan.delegates.map(() => 0);
    const calls = [];
    for (const chain of plan.chains) {
      for (const ins of chain.instructions) {
        if (ins.type === 'KernelCall') {
          const name = operatorName(plan.operators[ins.opIndex]);
          ops.set(name, ops.get(name) + 1);
          calls.push(name);
        } else if (ins.type === 'DelegateCall') {
          delegateCalls[ins.delegateIndex]++;
          calls.push(plan.delegates[ins.delegateIndex].id);
        }
      }
    }
    return {
      name: plan.name,
      inputs: plan.inputs.map(value),
      outputs: plan.outputs.map(value),
      operators: [...ops].map(([op, count]) => ({ op, count })),
      delegates: plan.delegates.map((d, i) => {
        const payload = file.delegatePayload(d);
        const names =
          d.id === 'XnnpackBackend'
            ? decodeXnnPayload(payload).graph.nodes.map((n) => nodeTypeName(n.type))
            : d.id === 'VulkanBackend'
              ? decodeVkGraph(parseVkPayload(payload).flatbuffer).chain.map((op) => op.name)
              : null;
        const nodeTypes = names ? [...new Set(names)].sort().join(', ') || 'none' : 'no reader for this backend';
        return { id: d.id, payload: payload.byteLength, calls: delegateCalls[i], nodeTypes };
      }),
      planned: plan.nonConstBufferSizes.slice(1).map(Number),
      calls,
    };
  });
}

/** What the page shows about the program, read from its DOM. */
function shownProgram() {
  const rows = (el, selector) => [...el.querySelectorAll(selector)];
  return [...document.querySelectorAll('#program [data-method]')].map((m) => {
    const [inputs, outputs] = rows(m, 'table').slice(0, 2);
    const values = (t) => rows(t, 'tbody tr').map((r) => ({ dtype: r.dataset.dtype, shape: r.dataset.shape }));
    return {
      name: m.dataset.method,
      inputs: values(inputs),
      outputs: values(outputs),
      operators: rows(m, 'tr[data-op]').map((r) => ({ op: r.dataset.op, count: Number(r.dataset.count) })),
      delegates: rows(m, 'tr[data-delegate]').map((r) => ({
        id: r.dataset.delegate,
        payload: Number(r.dataset.payload),
        calls: Number(r.dataset.calls),
        nodeTypes: r.cells[4]?.textContent,
      })),
      planned: rows(m, 'tr[data-bytes]').map((r) => Number(r.dataset.bytes)),
    };
  });
}

/** The outputs and the chart the page shows after a run. */
function shownRun() {
  const outputs = [...document.querySelectorAll('#result tr[data-output]')].map((r) => ({
    dtype: r.dataset.dtype,
    shape: r.dataset.shape,
    values: r.cells[3].textContent.split(', ').map(Number),
    argmax: r.cells[4].textContent,
  }));
  const bars = [...document.querySelectorAll('#timing-chart rect.bar')].map((b) => b.dataset.name);
  const threads = [...document.querySelectorAll('#result .delegate-info li')].map((li) => ({
    threads: Number(li.dataset.threads),
    text: li.textContent,
  }));
  return { outputs, bars, threads };
}

/**
 * Counts the runs of bar colour down column `x` of a PNG, and the share of pixels that differ from
 * the most common colour (in the page: `createImageBitmap` decodes the PNG).
 */
async function pixelStats([base64, x, colours, tolerance]) {
  const blob = new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/png' });
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(bitmap, 0, 0);
  const { data, width, height } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
  const near = (i, c) =>
    Math.abs(data[i] - c[0]) + Math.abs(data[i + 1] - c[1]) + Math.abs(data[i + 2] - c[2]) <= tolerance;
  let runs = 0;
  let inside = false;
  for (let y = 0; y < height; y++) {
    const hit = colours.some((c) => near((y * width + x) * 4, c));
    if (hit && !inside) runs++;
    inside = hit;
  }
  const counts = new Map();
  for (let i = 0; i < data.length; i += 4) {
    const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const [top, topCount] = [...counts].sort((a, b) => b[1] - a[1])[0];
  const share = (c) => {
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if (near(i, c)) n++;
    return n / (width * height);
  };
  return {
    width,
    height,
    runs,
    background: [top >> 16, (top >> 8) & 255, top & 255],
    other: 1 - topCount / (width * height),
    shares: colours.map(share),
  };
}

function floats(path) {
  const b = readFileSync(path);
  return new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
}

/**
 * Runs the playground's tests; `test` is the runner's (name, fn) reporter, `check` its assertion,
 * `skip` reports a skipped test.
 */
export async function runPlaygroundTests({ context, server, playground, test, check, skip, limits }) {
  if (playground.skip) return skip(`playground: ${playground.skip}`);
  const zoo = manifest();
  const shots = process.env.KINDLING_SCREENSHOTS;
  if (shots) mkdirSync(shots, { recursive: true });
  const equal = (actual, expected, what) =>
    check(
      JSON.stringify(actual) === JSON.stringify(expected),
      `${what}: the page shows ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`,
    );

  const pages = new Map();
  /** The playground page of a variant, opened once; errors on it fail the tests that use it. */
  const open = async (variant) => {
    if (pages.has(variant)) return pages.get(variant);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
    page.setDefaultTimeout(limits.page);
    const response = await page.goto(`${server.origin}/${variant}/playground/`);
    check(response?.ok(), `loading the playground: HTTP ${response?.status()}`);
    await page
      .waitForFunction(() => document.documentElement.dataset.state === 'ready')
      .catch(() => {
        check(false, `the playground did not start: ${errors.join('; ') || 'no data-state=ready'}`);
      });
    const session = { page, errors };
    pages.set(variant, session);
    return session;
  };
  /** Waits until the page's state is one of `states`; a page error meanwhile fails the test. */
  const waitFor = async ({ page, errors }, states) => {
    try {
      await page.waitForFunction((s) => s.includes(document.documentElement.dataset.state), states);
    } catch (error) {
      check(false, `waiting for ${states.join(' or ')}: ${errors.join('; ') || error.message}`);
    }
    return page.evaluate(() => document.documentElement.dataset.state);
  };
  const openProgram = async (session, path) => {
    await session.page.evaluate(() => {
      document.documentElement.dataset.state = 'choosing';
    });
    await session.page.setInputFiles('#pte-file', path);
    return waitFor(session, ['inspected', 'error']);
  };
  const errorText = (session) => session.page.evaluate(() => document.querySelector('#error')?.textContent ?? '');
  /** Runs the open program on the zoo's recorded inputs; returns what the page shows. */
  const runOnRecordedInputs = async (session, c, { xnnpack, threads }) => {
    const { page } = session;
    await page.setChecked('#use-xnnpack', xnnpack);
    await page.selectOption('#threads', String(threads));
    await page.check('input[name="inputs"][value="files"]');
    await page.setInputFiles(
      '#input-files',
      c.steps[0].inputs.map((v) => join(cases, v.file)),
    );
    await page.click('#run-button');
    const state = await waitFor(session, ['ran', 'error']);
    if (state === 'error') check(false, `the run failed: ${await errorText(session)}`);
    return page.evaluate(shownRun);
  };
  /** The outputs the page printed (6 significant digits) against ExecuTorch's. */
  const checkOutputs = (shown, c) => {
    const step = c.steps[0];
    equal(shown.outputs.length, step.outputs.length, `${c.id}: outputs`);
    let worst = 0;
    for (const [i, want] of step.outputs.entries()) {
      const got = shown.outputs[i];
      equal([got.dtype, got.shape], [want.dtype, want.shape.join(',')], `${c.id}: output ${i} dtype and shape`);
      const expected = floats(join(cases, want.file));
      const n = Math.min(16, expected.length);
      equal(got.values.length, n, `${c.id}: output ${i}: values shown`);
      for (let k = 0; k < n; k++) {
        const e = expected[k];
        const d = Math.abs(got.values[k] - e);
        // The page prints 6 significant digits: half a unit of the 6th digit more.
        const allowed = c.tolerance.atol + c.tolerance.rtol * Math.abs(e) + 5e-6 * Math.abs(e);
        check(d <= allowed, `${c.id}: output ${i}[${k}]: the page shows ${got.values[k]}, ExecuTorch ${e}`);
        worst = Math.max(worst, d);
      }
      if (want.shape.filter((s) => s > 1).length === 1) {
        const argmax = expected.indexOf(Math.max(...expected));
        equal(got.argmax, String(argmax), `${c.id}: output ${i}: argmax`);
      }
    }
    return worst;
  };
  const checkBars = (shown, calls, id) => {
    equal(shown.bars.length, calls.length, `${id}: bars in the timing chart (one per operator or delegate call)`);
    equal(shown.bars, calls, `${id}: bars in execution order`);
  };
  const save = (name, png) => {
    if (shots) writeFileSync(join(shots, name), png);
  };

  const inspected = async (variant, id) => {
    const c = zoo.get(id);
    check(c?.committed, `no committed zoo case ${id}`);
    const path = join(cases, c.file);
    const session = await open(variant);
    const state = await openProgram(session, path);
    if (state === 'error') check(false, `opening ${id}: ${await errorText(session)}`);
    const want = reference(new Uint8Array(readFileSync(path)));
    const shown = await session.page.evaluate(shownProgram);
    equal(
      shown.map((m) => m.name),
      want.map((m) => m.name),
      `${id}: methods`,
    );
    for (const [i, { calls: _, ...expected }] of want.entries())
      equal(shown[i], expected, `${id}: method ${expected.name}`);
    return { session, c, want };
  };

  await test('playground: a zoo program (digits/portable) opened with the file input is shown as @kindling/ir reads it', async () => {
    const { want } = await inspected('isolated', 'digits/portable');
    const ops = want[0].operators.map((o) => `${o.op} x${o.count}`).join(', ');
    return `${want.length} method(s); ${ops}; planned ${want[0].planned.join(', ')} B`;
  });

  await test('playground: digits/portable run with the portable kernels on the zoo input matches ExecuTorch; one bar per call', async () => {
    const { session, c, want } = await inspected('isolated', 'digits/portable');
    const shown = await runOnRecordedInputs(session, c, { xnnpack: false, threads: 1 });
    const worst = checkOutputs(shown, c);
    checkBars(shown, want[0].calls, c.id);
    equal(shown.threads, [], `${c.id}: CPU delegates`);
    const geometry = await screenshotChecks(session, shown.bars.length, 'portable');
    return `${shown.bars.length} bars; max |diff| vs ExecuTorch ${worst.toExponential(2)} (as printed); ${geometry}`;
  });

  await test('playground: digits/xnnpack with xnnpack({ threads: 2 }) on the isolated page matches ExecuTorch; screenshot checked', async () => {
    const { session, c, want } = await inspected('isolated', 'digits/xnnpack');
    check(want[0].delegates.length > 0, `${c.id}: the program has no delegate`);
    const shown = await runOnRecordedInputs(session, c, { xnnpack: true, threads: 2 });
    const worst = checkOutputs(shown, c);
    checkBars(shown, want[0].calls, c.id);
    check(shown.threads.length === want[0].delegates.length, `${c.id}: ${shown.threads.length} CPU delegate line(s)`);
    for (const d of shown.threads) equal(d.threads, 2, `${c.id}: threads of a CPU delegate`);
    const geometry = await screenshotChecks(session, shown.bars.length, 'xnnpack');
    check(session.errors.length === 0, session.errors.join('; '));
    return `${shown.bars.length} bars (${shown.bars.join(', ')}); max |diff| ${worst.toExponential(2)}; ${geometry}`;
  });

  /** Layout boxes and pixels of the page after a run of a program with `bars` calls. */
  async function screenshotChecks({ page }, bars, name) {
    save(`playground-${name}.png`, await page.screenshot({ fullPage: true }));
    const boxes = await page.evaluate(() =>
      ['header', '#open', '#program', '#run', '#result', '#timing-chart'].map((s) => {
        const r = document.querySelector(s)?.getBoundingClientRect();
        return r ? { s, top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right } : { s };
      }),
    );
    const viewport = page.viewportSize();
    let previous;
    for (const b of boxes) {
      check(b.top !== undefined, `${b.s} is not on the page`);
      check(b.bottom - b.top > 20, `${b.s} is ${b.bottom - b.top} px high`);
      check(b.left >= 0 && b.right <= viewport.width, `${b.s} spans x ${b.left}..${b.right}, outside the viewport`);
      // The panels follow one another; the chart lies inside the result panel.
      if (previous && b.s !== '#timing-chart') check(b.top >= previous.bottom, `${b.s} overlaps ${previous.s}`);
      if (b.s !== '#timing-chart') previous = b;
    }
    const result = boxes.find((b) => b.s === '#result');
    const chart = boxes.find((b) => b.s === '#timing-chart');
    check(chart.top >= result.top && chart.bottom <= result.bottom, 'the chart is outside the result panel');

    const png = await page.locator('#timing-chart').screenshot();
    save(`playground-${name}-chart.png`, png);
    // Down the column just right of where the bars start: one run of bar colour per bar.
    const x = Number(await page.locator('#timing-chart rect.bar').first().getAttribute('x'));
    const c = await page.evaluate(pixelStats, [png.toString('base64'), x + 1, BAR_COLOURS, 24]);
    equal(c.runs, bars, 'bars counted in the chart screenshot');
    for (const name of ['#program', '#result']) {
      const shot = await page.locator(name).screenshot();
      const s = await page.evaluate(pixelStats, [shot.toString('base64'), 0, [], 0]);
      // Text and rules on a white panel: neither blank nor filled.
      check(
        s.other > 0.01 && s.other < 0.6,
        `${name}: ${(s.other * 100).toFixed(1)}% of the pixels differ from its background`,
      );
      equal(s.background, [255, 255, 255], `${name}: background colour`);
    }
    return `screenshot: ${c.runs} bars counted, panels laid out in order`;
  }

  await test('playground: a robustness fixture shows the KindlingError code @kindling/ir gives; the page stays usable', async () => {
    const bytes = new Uint8Array(readFileSync(join(robustness, BAD_PROGRAM)));
    let expected;
    try {
      PteFile.read(bytes);
    } catch (e) {
      expected = KindlingError.isInstance(e) ? e.codeName : `not a KindlingError: ${e}`;
    }
    check(expected !== undefined, `${BAD_PROGRAM}: @kindling/ir reads it without an error`);
    const session = await open('isolated');
    const state = await openProgram(session, join(robustness, BAD_PROGRAM));
    equal(state, 'error', `${BAD_PROGRAM}: state`);
    const shown = await session.page.evaluate(() => ({
      code: document.querySelector('#error [data-code]')?.dataset.code,
      message: document.querySelector('#error .message')?.textContent ?? '',
      open: !document.querySelector('#open').hidden && document.querySelector('#pte-file') !== null,
    }));
    equal(shown.code, expected, `${BAD_PROGRAM}: error code`);
    check(shown.message.length > 10, `${BAD_PROGRAM}: no message`);
    check(shown.open, 'the file input is gone');
    const png = await session.page.locator('#error').screenshot();
    save('playground-error.png', png);
    const s = await session.page.evaluate(pixelStats, [png.toString('base64'), 0, [ERROR_BACKGROUND], 6]);
    equal(s.background, ERROR_BACKGROUND, 'error panel: background colour');
    check(s.other > 0.01, 'error panel: no text drawn');
    // The page still opens a good program afterwards.
    const again = await openProgram(session, join(cases, zoo.get('digits/portable').file));
    equal(again, 'inspected', 'opening a good program after the error');
    return `${shown.code}: ${shown.message.slice(0, 80)}`;
  });

  await test('playground: a program with an unreadable XNNPACK payload is shown; running it shows the error Node gets', async () => {
    const path = join(robustness, BAD_PAYLOAD);
    let expected;
    try {
      const module = await Module.load(new Uint8Array(readFileSync(path)), {
        kernels: portableKernels,
        backends: [xnnpack({ threads: 1 })],
      });
      await module.loadMethod('forward');
    } catch (e) {
      expected = KindlingError.isInstance(e) ? e.codeName : `not a KindlingError: ${e}`;
    }
    check(expected !== undefined, `${BAD_PAYLOAD}: loads in Node without an error`);
    const session = await open('isolated');
    equal(await openProgram(session, path), 'inspected', `${BAD_PAYLOAD}: state`);
    const [method] = await session.page.evaluate(shownProgram);
    const noted = method.delegates.map((d) => d.nodeTypes);
    check(noted.length > 0 && noted.every((t) => t.startsWith('unreadable payload: ')), `node types: ${noted}`);
    await session.page.setChecked('#use-xnnpack', true);
    await session.page.selectOption('#threads', '1');
    await session.page.check('input[name="inputs"][value="random"]');
    await session.page.click('#run-button');
    equal(await waitFor(session, ['ran', 'error']), 'error', `${BAD_PAYLOAD}: state after Run`);
    const code = await session.page.evaluate(() => document.querySelector('#error [data-code]')?.dataset.code);
    equal(code, expected, `${BAD_PAYLOAD}: error code`);
    return `${noted[0].slice(0, 60)}…; Run: ${code}`;
  });

  await test('playground: an input file of the wrong size shows InvalidArgument', async () => {
    const c = zoo.get('digits/portable');
    const session = await open('isolated');
    await openProgram(session, join(cases, c.file));
    await session.page.check('input[name="inputs"][value="files"]');
    await session.page.setInputFiles('#input-files', join(cases, c.steps[0].outputs[0].file));
    await session.page.click('#run-button');
    equal(await waitFor(session, ['ran', 'error']), 'error', 'state');
    const code = await session.page.evaluate(() => document.querySelector('#error [data-code]')?.dataset.code);
    equal(code, 'InvalidArgument', 'error code');
  });

  await test('playground: an example from the list (digits/vulkan) shows its Vulkan payload and runs on WebGPU', async () => {
    const session = await open('isolated');
    const example = playground.examples.find((e) => e.id === 'digits/vulkan');
    check(example, 'no digits/vulkan example');
    await session.page.evaluate(() => {
      document.documentElement.dataset.state = 'choosing';
    });
    await session.page.selectOption('#example', { label: example.title });
    const state = await waitFor(session, ['inspected', 'error']);
    if (state === 'error') check(false, await errorText(session));
    const want = reference(new Uint8Array(readFileSync(join(cases, zoo.get('digits/vulkan').file))));
    const shown = await session.page.evaluate(shownProgram);
    equal(shown[0].delegates, want[0].delegates, 'delegates (with their node types)');
    // Chromium's software adapter (--enable-unsafe-webgpu) runs the Vulkan payload.
    check(await session.page.isChecked('#use-webgpu'), 'WebGPU is not chosen for a Vulkan program');
    const c = zoo.get('digits/vulkan');
    const ran = await runOnRecordedInputs(session, c, { xnnpack: false, threads: 1 });
    const worst = checkOutputs(ran, c);
    checkBars(ran, want[0].calls, c.id);
    return `${shown[0].delegates[0].id}: ${shown[0].delegates[0].nodeTypes}; on WebGPU: max |diff| ${worst.toExponential(2)}`;
  });

  await test('playground: a dropped file (split into three outputs) runs on seeded random inputs, as seededRandom makes them', async () => {
    const c = zoo.get('ops/split/chunks/portable');
    const example = playground.examples.find((e) => e.id === c.id);
    check(example, `no ${c.id} example`);
    const session = await open('isolated');
    await session.page.evaluate(async (file) => {
      document.documentElement.dataset.state = 'choosing';
      const bytes = await (await fetch(file)).arrayBuffer();
      const data = new DataTransfer();
      data.items.add(new File([bytes], 'split.pte'));
      const drop = document.querySelector('#drop');
      for (const type of ['dragover', 'drop'])
        drop.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    }, example.file);
    equal(await waitFor(session, ['inspected', 'error']), 'inspected', 'state after the drop');
    const [method] = await session.page.evaluate(shownProgram);
    const { calls, ...want } = reference(new Uint8Array(readFileSync(join(cases, c.file))))[0];
    equal(method, want, `${c.id}: method forward`);
    const seed = 7;
    await session.page.check('input[name="inputs"][value="random"]');
    await session.page.fill('#seed', String(seed));
    await session.page.click('#run-button');
    equal(await waitFor(session, ['ran', 'error']), 'ran', 'state after Run');
    const shown = await session.page.evaluate(shownRun);
    const ran = await session.page.textContent('#result .ran');
    check(ran.includes(`random, seed ${seed}`), `the page does not show the seed: ${ran}`);
    // The input: [2, 6] float32 values from seededRandom(seed), uniform in [-1, 1); split(2, -1).
    const next = seededRandom(seed);
    const x = Array.from({ length: 12 }, () => Math.fround(next() * 2 - 1));
    equal(shown.outputs.length, 3, 'outputs');
    for (const [k, out] of shown.outputs.entries()) {
      const expected = [0, 1].flatMap((row) => x.slice(row * 6 + 2 * k, row * 6 + 2 * k + 2));
      equal(out.shape, '2,2', `output ${k}: shape`);
      const worst = Math.max(...expected.map((e, i) => Math.abs(out.values[i] - e) / Math.max(Math.abs(e), 1e-30)));
      check(worst <= 5e-6, `output ${k}: the page shows ${out.values}, the input's chunk is ${expected}`);
    }
    checkBars(shown, calls, c.id);
    return `${shown.bars.length} bars; outputs are the chunks of the seeded input`;
  });

  await test('playground: on a page that is not cross-origin isolated, says so; xnnpack({ threads: 2 }) runs on 1', async () => {
    const c = zoo.get('digits/xnnpack');
    const session = await open('plain');
    const note = await session.page.textContent('#isolation');
    check(note.includes('not cross-origin isolated'), `isolation note: ${note}`);
    await openProgram(session, join(cases, c.file));
    const shown = await runOnRecordedInputs(session, c, { xnnpack: true, threads: 2 });
    checkOutputs(shown, c);
    for (const d of shown.threads) {
      equal(d.threads, 1, `${c.id}: threads of a CPU delegate`);
      check(d.text.includes('not cross-origin isolated'), `delegate line: ${d.text}`);
    }
    return shown.threads[0]?.text;
  });

  for (const { page } of pages.values()) await page.close({ runBeforeUnload: false }).catch(() => {});
}
