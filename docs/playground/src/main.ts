/**
 * The playground page: open a program (file input, drop, or an example), show what it holds, run a
 * method and show its outputs and timings. `<html data-state>` says where the page is (`ready`,
 * `reading`, `inspected`, `running`, `ran`, `error`), for scripts that drive it.
 */
import type { Module } from '@kindling/runtime';
import { byId, h } from './dom.js';
import { fileInputs, randomInputs } from './inputs.js';
import { type ProgramInfo, readProgram } from './program-info.js';
import { runMethod } from './run-method.js';
import { errorView, programView, resultView } from './views.js';

interface Example {
  readonly id: string;
  readonly title: string;
  readonly file: string;
}

const panels = {
  error: byId<HTMLElement>('error'),
  program: byId<HTMLElement>('program'),
  run: byId<HTMLElement>('run'),
  result: byId<HTMLElement>('result'),
};
const controls = {
  file: byId<HTMLInputElement>('pte-file'),
  drop: byId<HTMLElement>('drop'),
  example: byId<HTMLSelectElement>('example'),
  form: byId<HTMLFormElement>('run-form'),
  method: byId<HTMLSelectElement>('method'),
  xnnpack: byId<HTMLInputElement>('use-xnnpack'),
  threads: byId<HTMLSelectElement>('threads'),
  webgpu: byId<HTMLInputElement>('use-webgpu'),
  seed: byId<HTMLInputElement>('seed'),
  inputFiles: byId<HTMLInputElement>('input-files'),
  runButton: byId<HTMLButtonElement>('run-button'),
};

let program: ProgramInfo | undefined;

function setState(state: string): void {
  document.documentElement.dataset.state = state;
}

function show(panel: HTMLElement, children: readonly (Node | string)[]): void {
  panel.replaceChildren(...children);
  panel.hidden = false;
}

function showError(error: unknown, what: string): void {
  show(panels.error, [h('h2', {}, 'Error'), ...errorView(error, what)]);
  setState('error');
}

function open(name: string, bytes: Uint8Array): void {
  panels.error.hidden = true;
  panels.result.hidden = true;
  panels.program.hidden = true;
  panels.run.hidden = true;
  program = undefined;
  try {
    program = readProgram(bytes);
  } catch (e) {
    showError(e, `Reading ${name}`);
    return;
  }
  show(panels.program, [h('h2', {}, 'What it holds'), ...programView(name, program)]);
  const runnable = program.methods.filter((m) => !m.summary.constant).map((m) => m.summary.name);
  controls.method.replaceChildren(...runnable.map((n) => h('option', { value: n, selected: n === 'forward' }, n)));
  const ids = new Set(program.methods.flatMap((m) => m.delegates.map((d) => d.id)));
  if (ids.has('VulkanBackend') && !controls.webgpu.disabled) controls.webgpu.checked = true;
  panels.run.hidden = runnable.length === 0;
  setState('inspected');
}

async function openFile(file: File): Promise<void> {
  setState('reading');
  open(file.name, new Uint8Array(await file.arrayBuffer()));
}

async function openExample(example: Example): Promise<void> {
  setState('reading');
  try {
    const response = await fetch(new URL(example.file, location.href));
    if (!response.ok) throw new Error(`GET ${example.file}: HTTP ${response.status}`);
    open(`${example.id}.pte`, new Uint8Array(await response.arrayBuffer()));
  } catch (e) {
    showError(e, `Fetching the example ${example.id}`);
  }
}

async function run(): Promise<void> {
  if (!program) return;
  const useFiles = (controls.form.elements.namedItem('inputs') as RadioNodeList).value === 'files';
  const seed = Number(controls.seed.value);
  const files = Array.from(controls.inputFiles.files ?? []);
  const inputsText = useFiles ? `files ${files.map((f) => f.name).join(', ')}` : `random, seed ${seed}`;
  const inputs = (module: Module, meta: Parameters<typeof randomInputs>[1]) =>
    useFiles ? fileInputs(module, meta, files) : randomInputs(module, meta, seed);
  panels.error.hidden = true;
  panels.result.hidden = true;
  controls.runButton.disabled = true;
  setState('running');
  try {
    const result = await runMethod(program.bytes, {
      method: controls.method.value,
      xnnpackThreads: controls.xnnpack.checked ? Number(controls.threads.value) : null,
      webgpu: controls.webgpu.checked,
      inputs,
    });
    show(panels.result, [h('h2', {}, `Outputs of ${controls.method.value}`), ...resultView(result, inputsText)]);
    setState('ran');
  } catch (e) {
    showError(e, `Running ${controls.method.value}`);
  } finally {
    controls.runButton.disabled = false;
  }
}

function setUpBackends(): void {
  const hardware = navigator.hardwareConcurrency || 1;
  const counts = [...new Set([1, 2, 4, hardware])].filter((n) => n <= Math.max(hardware, 2)).sort((a, b) => a - b);
  controls.threads.replaceChildren(...counts.map((n) => h('option', { value: n }, String(n))));
  controls.threads.value = crossOriginIsolated ? '2' : '1';
  byId('isolation').textContent = crossOriginIsolated
    ? 'This page is cross-origin isolated: the CPU delegate can run on worker threads.'
    : 'This page is not cross-origin isolated (no COOP/COEP headers): the CPU delegate runs on one thread.';
  const gpu = 'gpu' in navigator && navigator.gpu !== undefined;
  controls.webgpu.disabled = !gpu;
  byId('gpu-note').textContent = gpu ? '' : 'navigator.gpu is absent: this browser offers no WebGPU.';
}

async function setUpExamples(): Promise<void> {
  try {
    const response = await fetch(new URL('examples/examples.json', location.href));
    if (!response.ok) return;
    const examples = (await response.json()) as Example[];
    controls.example.append(...examples.map((e, i) => h('option', { value: i }, e.title)));
    controls.example.addEventListener('change', () => {
      const example = examples[Number(controls.example.value)];
      if (controls.example.value !== '' && example) void openExample(example);
    });
  } catch {
    // A page without examples still opens files.
  }
}

controls.file.addEventListener('change', () => {
  const file = controls.file.files?.[0];
  // Cleared, so that choosing the same file again (after editing it) opens it again.
  controls.file.value = '';
  if (file) void openFile(file);
});
controls.drop.addEventListener('dragover', (e) => {
  e.preventDefault();
  controls.drop.classList.add('over');
});
controls.drop.addEventListener('dragleave', () => controls.drop.classList.remove('over'));
controls.drop.addEventListener('drop', (e) => {
  e.preventDefault();
  controls.drop.classList.remove('over');
  const file = e.dataTransfer?.files[0];
  if (file) void openFile(file);
});
controls.form.addEventListener('submit', (e) => {
  e.preventDefault();
  void run();
});
// Anything thrown outside the handlers above still reaches the page, never a blank one.
window.addEventListener('unhandledrejection', (e) => showError(e.reason, 'The page'));
window.addEventListener('error', (e) => showError(e.error ?? e.message, 'The page'));

setUpBackends();
await setUpExamples();
setState('ready');
