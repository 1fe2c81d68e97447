/**
 * The chat page's model, in a dedicated module worker: it loads the program, the tokenizer and the
 * chat template, keeps one `Conversation` (and so the KV cache) across turns, and streams each
 * answer back to the page chunk by chunk. The page stays free for typing and scrolling, and Stop
 * reaches the generation through an `AbortSignal`.
 */
// #region worker
import { xnnpack } from '@kindling/backend-xnnpack';
import { KindlingError } from '@kindling/core';
import { Conversation, DEFAULT_CHAT_TEMPLATE, loadTokenizer, TextGenerator } from '@kindling/llm';
import { llmKernels } from '@kindling/llm/kernels';
import { portableKernels } from '@kindling/runtime';
import type { FileSource, Reply, Request, TurnOptions, WorkerEnvironment } from './protocol.js';

let generator: TextGenerator | undefined;
let chat: Conversation | undefined;
let stop: AbortController | undefined;
let turn: Promise<void> | undefined;

const post = (reply: Reply) => self.postMessage(reply);

/** Resolves on the worker's next task, after the messages already queued (a MessageChannel hop, no timer clamping). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

async function bytesOf(source: FileSource): Promise<Uint8Array> {
  if (typeof source !== 'string') return new Uint8Array(await source.arrayBuffer());
  const response = await fetch(source);
  if (!response.ok) throw new Error(`GET ${source}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

async function load(request: Extract<Request, { type: 'load' }>): Promise<void> {
  const started = performance.now();
  await generator?.dispose();
  generator = undefined;
  const [program, tokenizerBytes, template] = await Promise.all([
    bytesOf(request.program),
    bytesOf(request.tokenizer),
    request.chatTemplate === undefined ? undefined : bytesOf(request.chatTemplate),
  ]);
  const chatTemplate = template && new TextDecoder().decode(template);
  // Without a template of its own, the chat is rendered as ChatML (the package's default template).
  const tokenizer = loadTokenizer(tokenizerBytes, { chatTemplate: chatTemplate ?? DEFAULT_CHAT_TEMPLATE });
  let threads = 1;
  let singleThreadReason: string | undefined;
  generator = await TextGenerator.load(program, {
    tokenizer,
    backends: [
      xnnpack({
        threads: request.threads,
        onDelegateReady: (info) => {
          threads = info.threads;
          singleThreadReason = info.singleThreadReason;
        },
      }),
    ],
    kernels: [...portableKernels, ...llmKernels],
  });
  chat = new Conversation(generator);
  post({
    type: 'loaded',
    model: {
      threads,
      ...(singleThreadReason !== undefined && { singleThreadReason }),
      contextLength: generator.maxContextLength,
      tokensPerCall: generator.maxTokensPerCall,
      hasChatTemplate: chatTemplate !== undefined,
      loadMs: performance.now() - started,
      environment: environment(),
    },
  });
}

async function send(text: string, options: TurnOptions): Promise<void> {
  if (!chat) throw new Error('no model is loaded');
  stop = new AbortController();
  const { tools } = options;
  const generation = chat.send(text, {
    maxNewTokens: options.maxNewTokens,
    signal: stop.signal,
    ...(tools && {
      tools: tools.definitions,
      toolChoice: tools.choice,
      ...(tools.compact && { toolCallFormat: { whitespace: 'none' } }),
    }),
  });
  for await (const chunk of generation) {
    post({ type: 'chunk', text: chunk.text });
    // Decoding a token never waits for a task, so let the worker take its messages (Stop) now.
    await nextTask();
  }
  const { text: answer, finishReason, usage, timings, toolCalls = [] } = await generation.result;
  post({ type: 'done', result: { text: answer, finishReason, usage, timings, toolCalls, environment: environment() } });
}

self.onmessage = async (event: MessageEvent<Request>) => {
  const request = event.data;
  const messages = chat?.messages.length;
  try {
    if (request.type === 'load') await load(request);
    else if (request.type === 'send') {
      turn = send(request.text, request.options);
      await turn;
    } else if (request.type === 'stop') stop?.abort();
    else if (request.type === 'reset' && generator) {
      stop?.abort();
      await turn?.catch(() => undefined);
      chat = new Conversation(generator);
      generator.resetCache();
      post({ type: 'reset' });
    }
  } catch (error) {
    const code = KindlingError.isInstance(error) ? { code: error.codeName } : {};
    const message = error instanceof Error ? error.message : String(error);
    const dropped = request.type === 'send' && chat?.messages.length === messages;
    post({ type: 'error', what: request.type, ...code, message, dropped });
  }
};
// #endregion worker

function environment(): WorkerEnvironment {
  const scope = (globalThis as { DedicatedWorkerGlobalScope?: abstract new () => unknown }).DedicatedWorkerGlobalScope;
  return {
    dedicatedWorker: scope !== undefined && self instanceof scope && typeof document === 'undefined',
    crossOriginIsolated,
    fetched: performance.getEntriesByType('resource').map((e) => e.name),
  };
}
