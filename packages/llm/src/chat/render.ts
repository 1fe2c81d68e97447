/**
 * Chat templates: renders a model's Jinja chat template (HuggingFace `chat_template`) with
 * `@huggingface/jinja`, passing messages and tools in the shape transformers'
 * `apply_chat_template` gives templates.
 */

import { Environment, Interpreter, Template } from '@huggingface/jinja';
import { ErrorCode, KindlingError } from '@kindling/core';
import type { ChatMessage, ToolDefinition } from '../types.js';

/** Options of {@link renderChatTemplate}; other keys are passed to the template as variables. */
export interface RenderChatTemplateOptions {
  messages: readonly ChatMessage[];
  tools?: readonly ToolDefinition[] | undefined;
  /** Whether to end with the header of an assistant turn (default false, as transformers). */
  addGenerationPrompt?: boolean;
  bosToken?: string;
  eosToken?: string;
  [variable: string]: unknown;
}

/** A message as HuggingFace templates read it (`tool_calls[].function.arguments` is an object). */
export interface TemplateMessage {
  role: string;
  content: string;
  tool_calls?: Array<{ id: string; type: 'function'; function: { name: string; arguments: unknown } }>;
  tool_call_id?: string;
  name?: string;
}

/** A tool as HuggingFace templates read it. */
export interface TemplateTool {
  type: 'function';
  function: { name: string; description?: string; parameters: unknown };
}

function parseArguments(call: NonNullable<ChatMessage['toolCalls']>[number]): unknown {
  if (call.parsedArguments !== undefined) return call.parsedArguments;
  try {
    return JSON.parse(call.function.arguments);
  } catch {
    return call.function.arguments;
  }
}

/** Converts a {@link ChatMessage} into the dict shape transformers passes to chat templates. */
export function toTemplateMessage(message: ChatMessage): TemplateMessage {
  const out: TemplateMessage = { role: message.role, content: message.content };
  if (message.toolCalls && message.toolCalls.length > 0) {
    out.tool_calls = message.toolCalls.map((call) => ({
      id: call.id,
      type: 'function',
      function: { name: call.function.name, arguments: parseArguments(call) },
    }));
  }
  if (message.toolCallId !== undefined) out.tool_call_id = message.toolCallId;
  if (message.name !== undefined) out.name = message.name;
  return out;
}

/** Converts a {@link ToolDefinition} into `{ type: 'function', function: { name, description, parameters } }`. */
export function toTemplateTool(tool: ToolDefinition): TemplateTool {
  // Key order as transformers writes it: name, description, parameters (tojson keeps it).
  const fn: TemplateTool['function'] =
    tool.description === undefined
      ? { name: tool.name, parameters: tool.parameters }
      : { name: tool.name, description: tool.description, parameters: tool.parameters };
  return { type: 'function', function: fn };
}

class TemplateRaise extends Error {}

/** Python's `range(stop)` / `range(start, stop[, step])`. */
function range(start: number, stop?: number, step = 1): number[] {
  const [from, to] = stop === undefined ? [0, start] : [start, stop];
  if (step === 0) throw new Error('range() step must not be zero');
  const out: number[] = [];
  for (let i = from; step > 0 ? i < to : i > to; i += step) out.push(i);
  return out;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** transformers' `strftime_now(format)` for the directives chat templates use. */
function strftimeNow(format: string): string {
  const now = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  const month = MONTHS[now.getMonth()] as string;
  const values: Record<string, string> = {
    Y: String(now.getFullYear()),
    m: pad(now.getMonth() + 1),
    d: pad(now.getDate()),
    B: month,
    b: month.slice(0, 3),
    H: pad(now.getHours()),
    M: pad(now.getMinutes()),
    S: pad(now.getSeconds()),
    '%': '%',
  };
  return format.replace(/%([YmdBbHMS%])/g, (_, d: string) => values[d] as string);
}

/** The globals transformers gives every chat template. */
const GLOBALS: Record<string, unknown> = {
  true: true,
  false: false,
  none: null,
  range,
  strftime_now: strftimeNow,
};

const cache = new Map<string, Template>();

function compile(template: string): Template {
  const cached = cache.get(template);
  if (cached) return cached;
  let compiled: Template;
  try {
    compiled = new Template(template);
  } catch (cause) {
    throw new KindlingError(
      ErrorCode.InvalidArgument,
      `the chat template does not parse: ${(cause as Error).message}`,
      {
        cause,
        context: { component: 'chat_template' },
      },
    );
  }
  if (cache.size > 16) cache.clear();
  cache.set(template, compiled);
  return compiled;
}

/**
 * Renders `template` for `messages` (and `tools`), as transformers' `apply_chat_template` with
 * `tokenize=False`. A template that does not parse or fails while rendering, and a
 * `raise_exception(...)` in the template, give a `KindlingError` (`InvalidArgument`).
 */
export function renderChatTemplate(template: string, options: RenderChatTemplateOptions): string {
  const { messages, tools, addGenerationPrompt, bosToken, eosToken, ...extra } = options;
  const compiled = compile(template);
  const variables: Record<string, unknown> = {
    ...GLOBALS,
    ...extra,
    messages: messages.map(toTemplateMessage),
    tools: tools && tools.length > 0 ? tools.map(toTemplateTool) : null,
    add_generation_prompt: addGenerationPrompt === true,
    raise_exception: (message: unknown) => {
      throw new TemplateRaise(String(message));
    },
  };
  if (bosToken !== undefined) variables.bos_token = bosToken;
  if (eosToken !== undefined) variables.eos_token = eosToken;
  try {
    const env = new Environment();
    for (const [name, value] of Object.entries(variables)) env.set(name, value);
    return new Interpreter(env).run(compiled.parsed).value as string;
  } catch (cause) {
    const raised = cause instanceof TemplateRaise;
    const message = raised
      ? `the chat template refused the messages: ${(cause as Error).message}`
      : `the chat template failed: ${(cause as Error).message}`;
    throw new KindlingError(ErrorCode.InvalidArgument, message, {
      cause,
      context: { component: 'chat_template', raised },
    });
  }
}
