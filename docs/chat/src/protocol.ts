/**
 * The messages between the chat page (main.ts) and its worker (chat.worker.ts). Everything the
 * model needs is loaded, run and kept in the worker; the page only sends text and shows what
 * comes back.
 */
import type { ToolCall, ToolDefinition } from '@kindling/llm';

/** A file the user picked, or the URL of one (the worker fetches it). */
export type FileSource = File | string;

/** The page asks the worker to… */
export type Request =
  /** …load a model (a program, its tokenizer, optionally a chat template). */
  | {
      type: 'load';
      program: FileSource;
      tokenizer: FileSource;
      chatTemplate?: FileSource;
      /** Threads of the CPU delegate (1 where the page is not cross-origin isolated). */
      threads: number;
    }
  /** …answer a user message in the conversation. */
  | { type: 'send'; text: string; options: TurnOptions }
  /** …stop the answer being generated (the text so far is kept). */
  | { type: 'stop' }
  /** …start a new conversation (an empty chat and KV cache). */
  | { type: 'reset' };

/** Options of one turn. */
export interface TurnOptions {
  maxNewTokens: number;
  /** Tools the model may call, with the tool choice and how calls are written. */
  tools?: {
    definitions: ToolDefinition[];
    choice: 'auto' | 'required';
    compact: boolean;
  };
}

/** What the worker reports about where it runs (it is a worker: no `document`, its own fetches). */
export interface WorkerEnvironment {
  /** `self` is a `DedicatedWorkerGlobalScope`. */
  dedicatedWorker: boolean;
  crossOriginIsolated: boolean;
  /** The URLs this worker fetched (its Resource Timing entries). */
  fetched: string[];
}

/** The model the worker loaded. */
export interface LoadedModel {
  /** Threads each CPU delegate runs on, and why only one where fewer were asked for. */
  threads: number;
  singleThreadReason?: string;
  contextLength: number;
  tokensPerCall: number;
  /** A chat template was given (otherwise the package's default, ChatML, renders the chat). */
  hasChatTemplate: boolean;
  loadMs: number;
  environment: WorkerEnvironment;
}

/** The outcome of a turn (a `GenerationResult` without its tokens). */
export interface TurnResult {
  text: string;
  finishReason: string;
  usage: { promptTokens: number; cachedPromptTokens: number; completionTokens: number };
  timings: { timeToFirstTokenMs: number; decodeTokensPerSecond: number; prefillTokensPerSecond: number };
  toolCalls: ToolCall[];
  environment: WorkerEnvironment;
}

/** The worker tells the page… */
export type Reply =
  | { type: 'loaded'; model: LoadedModel }
  /** …a piece of the answer (one per generated token; `text` may be empty). */
  | { type: 'chunk'; text: string }
  | { type: 'done'; result: TurnResult }
  | { type: 'reset' }
  /**
   * …that something failed (a `KindlingError`'s code name when it is one). `dropped`: the user
   * message was not added to the conversation (e.g. the chat no longer fits the context).
   */
  | { type: 'error'; what: string; code?: string; message: string; dropped?: boolean };
