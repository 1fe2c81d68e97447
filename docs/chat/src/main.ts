/**
 * The chat page: picks the model's files (file inputs, or URLs in the query string), hands them to
 * the worker (chat.worker.ts), sends the user's messages and shows the answers as they stream in.
 * `<html data-state>` says where the page is (`ready`, `loading`, `loaded`, `generating`,
 * `answered`, `resetting`, `error`), for scripts that drive it.
 */
import type { FileSource, LoadedModel, Reply, Request, TurnOptions, TurnResult } from './protocol.js';
import { weatherTool } from './weather.js';

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`the page has no #${id}`);
  return el as T;
}

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | undefined> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes)) if (v !== undefined) el.setAttribute(k, v);
  el.append(...children);
  return el;
}

const ui = {
  loadForm: byId<HTMLFormElement>('load-form'),
  program: byId<HTMLInputElement>('program-file'),
  tokenizer: byId<HTMLInputElement>('tokenizer-file'),
  template: byId<HTMLInputElement>('template-file'),
  loadButton: byId<HTMLButtonElement>('load-button'),
  modelStatus: byId<HTMLElement>('model-status'),
  error: byId<HTMLElement>('error'),
  chat: byId<HTMLElement>('chat'),
  transcript: byId<HTMLElement>('transcript'),
  sendForm: byId<HTMLFormElement>('send-form'),
  message: byId<HTMLTextAreaElement>('message'),
  maxNewTokens: byId<HTMLInputElement>('max-new-tokens'),
  useTools: byId<HTMLInputElement>('use-tools'),
  toolChoice: byId<HTMLSelectElement>('tool-choice'),
  compactCalls: byId<HTMLInputElement>('compact-calls'),
  send: byId<HTMLButtonElement>('send-button'),
  stop: byId<HTMLButtonElement>('stop-button'),
  newChat: byId<HTMLButtonElement>('new-chat-button'),
  stats: byId<HTMLElement>('stats'),
};

/** Threads for the CPU delegate: worker threads need SharedArrayBuffer, so cross-origin isolation. */
const threads = crossOriginIsolated ? Math.max(1, Math.min(4, navigator.hardwareConcurrency || 1)) : 1;

const worker = new Worker(new URL('./chat.worker.ts', import.meta.url), { type: 'module', name: 'kindling-chat' });
const request = (r: Request) => worker.postMessage(r);

/** The turn in progress: the user's text, its transcript entries, the answer being streamed. */
let turn: { text: string; entries: HTMLElement[]; answer: HTMLElement } | undefined;

function setState(state: string): void {
  document.documentElement.dataset.state = state;
  const generating = state === 'generating';
  const busy = generating || state === 'loading' || state === 'resetting';
  ui.send.disabled = busy;
  ui.stop.disabled = !generating;
  ui.loadButton.disabled = busy;
  ui.transcript.setAttribute('aria-busy', String(generating));
}

function showError(what: string, message: string, code?: string): void {
  const heading = h('h2', {}, 'Error');
  const codeText = code === undefined ? [] : [h('span', { class: 'code', 'data-code': code }, code), ': '];
  ui.error.replaceChildren(heading, h('p', {}, `${what}: `, ...codeText, message));
  ui.error.hidden = false;
  setState('error');
}

function load(program: FileSource, tokenizer: FileSource, chatTemplate: FileSource | undefined): void {
  ui.error.hidden = true;
  ui.modelStatus.textContent = 'Loading the model in the worker…';
  setState('loading');
  request({ type: 'load', program, tokenizer, ...(chatTemplate !== undefined && { chatTemplate }), threads });
}

function loaded(model: LoadedModel): void {
  const where = model.environment.dedicatedWorker ? 'in a dedicated worker' : 'not in a worker';
  const cpu =
    model.threads === 1 && model.singleThreadReason
      ? `1 thread (${model.singleThreadReason})`
      : `${model.threads} thread(s)`;
  ui.modelStatus.textContent =
    `Loaded ${where} in ${model.loadMs.toFixed(0)} ms: a context of ${model.contextLength} tokens, ` +
    `the CPU delegate on ${cpu}.` +
    (model.hasChatTemplate ? '' : ' No chat template given: the chat is rendered as ChatML (DEFAULT_CHAT_TEMPLATE).');
  ui.modelStatus.dataset.worker = String(model.environment.dedicatedWorker);
  ui.modelStatus.dataset.threads = String(model.threads);
  // What the worker fetched (the model's URLs, the CPU delegate's .wasm), for scripts that check it.
  ui.modelStatus.dataset.fetched = JSON.stringify(model.environment.fetched);
  ui.transcript.replaceChildren();
  ui.stats.textContent = '';
  ui.chat.hidden = false;
  setState('loaded');
}

function addMessage(role: 'user' | 'assistant', text: string): { entry: HTMLElement; body: HTMLElement } {
  const body = h('div', { class: 'text' }, ...(text === '' ? [] : [text]));
  const who = h('p', { class: 'who' }, role === 'user' ? 'You' : 'Model');
  const entry = h('div', { class: `message ${role}`, 'data-role': role }, who, body);
  ui.transcript.append(entry);
  entry.scrollIntoView({ block: 'nearest' });
  return { entry, body };
}

function send(): void {
  const text = ui.message.value;
  if (text.trim() === '' || ui.send.disabled) return;
  ui.error.hidden = true;
  ui.message.value = '';
  const user = addMessage('user', text);
  const assistant = addMessage('assistant', '');
  turn = { text, entries: [user.entry, assistant.entry], answer: assistant.body };
  ui.stats.textContent = '';
  setState('generating');
  const maxNewTokens = Math.max(1, Math.floor(Number(ui.maxNewTokens.value) || 256));
  const choice = ui.toolChoice.value === 'required' ? 'required' : 'auto';
  const tools: TurnOptions['tools'] = { definitions: [weatherTool], choice, compact: ui.compactCalls.checked };
  request({ type: 'send', text, options: { maxNewTokens, ...(ui.useTools.checked && { tools }) } });
}

function answered(result: TurnResult): void {
  const { usage, timings } = result;
  const cached = usage.cachedPromptTokens > 0 ? ` (${usage.cachedPromptTokens} already in the KV cache)` : '';
  ui.stats.textContent =
    `${usage.completionTokens} tokens at ${timings.decodeTokensPerSecond.toFixed(1)} tokens/s, ` +
    `first token after ${timings.timeToFirstTokenMs.toFixed(0)} ms; prompt ${usage.promptTokens} tokens${cached}; ` +
    `finished: ${result.finishReason}.`;
  Object.assign(ui.stats.dataset, {
    finishReason: result.finishReason,
    promptTokens: String(usage.promptTokens),
    cachedPromptTokens: String(usage.cachedPromptTokens),
    completionTokens: String(usage.completionTokens),
    worker: String(result.environment.dedicatedWorker),
  });
  for (const call of result.toolCalls) {
    const args = JSON.stringify(call.parsedArguments, null, 2);
    turn?.answer.parentElement?.append(
      h(
        'div',
        { class: 'tool-call', 'data-name': call.function.name, 'data-arguments': call.function.arguments },
        h('p', {}, 'Tool call: ', h('code', {}, call.function.name)),
        h('pre', {}, args),
      ),
    );
  }
  turn = undefined;
  setState('answered');
}

worker.onmessage = (event: MessageEvent<Reply>) => {
  const reply = event.data;
  if (reply.type === 'loaded') loaded(reply.model);
  else if (reply.type === 'chunk') turn?.answer.append(reply.text);
  else if (reply.type === 'done') answered(reply.result);
  else if (reply.type === 'reset') {
    ui.transcript.replaceChildren();
    ui.stats.textContent = '';
    setState('loaded');
  } else {
    if (turn && reply.dropped) {
      // Not part of the chat: take it out of the transcript and give the text back.
      for (const entry of turn.entries) entry.remove();
      if (ui.message.value === '') ui.message.value = turn.text;
    }
    turn = undefined;
    if (reply.what === 'load') ui.modelStatus.textContent = 'No model loaded.';
    showError(reply.what === 'load' ? 'Loading the model' : 'Answering', reply.message, reply.code);
  }
};
worker.onerror = (event) => showError('The worker', event.message || 'it failed to start');

ui.loadForm.addEventListener('submit', (e) => {
  e.preventDefault();
  const program = ui.program.files?.[0];
  const tokenizer = ui.tokenizer.files?.[0];
  if (program && tokenizer) load(program, tokenizer, ui.template.files?.[0]);
});
ui.sendForm.addEventListener('submit', (e) => {
  e.preventDefault();
  send();
});
ui.message.addEventListener('keydown', (e) => {
  // Enter sends, Shift+Enter starts a new line.
  if (e.key === 'Enter' && !e.shiftKey) {
    e.preventDefault();
    send();
  }
});
ui.stop.addEventListener('click', () => request({ type: 'stop' }));
ui.newChat.addEventListener('click', () => {
  ui.error.hidden = true;
  setState('resetting');
  request({ type: 'reset' });
});

byId('tool-schema').textContent = JSON.stringify(weatherTool, null, 2);
byId('isolation').textContent = crossOriginIsolated
  ? `This page is cross-origin isolated: the CPU delegate may run on ${threads} threads.`
  : 'This page is not cross-origin isolated (no COOP/COEP headers): the model runs on one thread.';

// ?model=…&tokenizer=…[&template=…]: load those URLs (relative ones against this page).
const params = new URLSearchParams(location.search);
const model = params.get('model');
const tokenizer = params.get('tokenizer');
const template = params.get('template');
const url = (s: string) => new URL(s, location.href).href;
setState('ready');
if (model && tokenizer) load(url(model), url(tokenizer), template ? url(template) : undefined);
