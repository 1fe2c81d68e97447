/**
 * What `generate` does with `tools`, `toolChoice` and `responseFormat`: the chat rendering that
 * tells the model about the tools, the constraint that makes its output a valid call (or a value of
 * the response schema), and the structured result read back from the text.
 */
import { ErrorCode, KindlingError } from '@kindling/core';
import { renderChatTemplate } from '../chat/index.js';
import {
  createResponseFormatConstraint,
  createToolCallConstraint,
  parseToolCalls,
  type ToolCallOptions,
} from '../constrain/index.js';
import type { ChatMessage, LogitConstraint, Tokenizer, ToolCall, ToolDefinition } from '../types.js';
import type { FinishReason, GenerateOptions, GenerationResult, RenderChat } from './types.js';

/**
 * How calls are written unless `toolCallFormat` says otherwise: one JSON object
 * `{"name": ..., "arguments": {...}}` between `<tool_call>` lines, the form Hermes, Qwen 2.5 and
 * SmolLM2's function-calling data use.
 */
export const DEFAULT_TOOL_CALL_FORMAT: Readonly<ToolCallOptions> = Object.freeze({
  open: '<tool_call>\n',
  close: '\n</tool_call>',
});

/**
 * A system-prompt paragraph that lists the tools and the call format, for chat templates that do
 * not render `tools` themselves.
 */
export function toolInstructions(tools: readonly ToolDefinition[], format: ToolCallOptions): string {
  const list = tools
    .map((t) => JSON.stringify({ name: t.name, description: t.description ?? '', parameters: t.parameters }))
    .join('\n');
  const example = `${format.open ?? ''}{"name": <tool name>, "arguments": <arguments object>}${format.close ?? ''}`;
  return `You can call these tools (JSON Schema of each tool's arguments):\n${list}\nTo call a tool, answer with exactly:\n${example}`;
}

/** `messages` with the tool instructions added to the first system message (or a new one). */
function withToolInstructions(
  messages: readonly ChatMessage[],
  tools: readonly ToolDefinition[],
  format: ToolCallOptions,
): ChatMessage[] {
  const text = toolInstructions(tools, format);
  const [first, ...rest] = messages;
  if (first?.role === 'system') return [{ ...first, content: `${first.content}\n\n${text}` }, ...rest];
  return [{ role: 'system', content: text }, ...messages];
}

/**
 * The chat renderer made from a tokenizer's chat template: passes `tools` to the template, and when
 * the template never mentions `tools`, puts the tool instructions in the system message instead.
 */
export function templateRenderer(template: string, tokenizer: Tokenizer): RenderChat {
  const special = (id: number | undefined): string | undefined =>
    id === undefined ? undefined : tokenizer.decode([id], { skipSpecialTokens: false });
  const bosToken = special(tokenizer.bosTokenId);
  const eosToken = special(tokenizer.eosTokenIds[0]);
  const readsTools = /\btools\b/.test(template);
  return (messages, options) => {
    const tools = options.tools ?? [];
    const format = options.toolCallFormat ?? DEFAULT_TOOL_CALL_FORMAT;
    const withTools = tools.length > 0 && !readsTools ? withToolInstructions(messages, tools, format) : messages;
    return renderChatTemplate(template, {
      messages: withTools,
      tools: readsTools && tools.length > 0 ? tools : undefined,
      addGenerationPrompt: options.addGenerationPrompt,
      ...(bosToken !== undefined && { bosToken }),
      ...(eosToken !== undefined && { eosToken }),
    });
  };
}

/** What a generation with tools or a response format constrains and reads back. */
export interface StructuredOutput {
  constraint: LogitConstraint | undefined;
  /** Reads the finished text into the result's structured fields. */
  finish(result: GenerationResult): GenerationResult;
}

/** The constraint and result reader for `options` (tools, toolChoice, responseFormat). */
export function structuredOutput(options: GenerateOptions, tokenizer: Tokenizer): StructuredOutput {
  const tools = options.tools ?? [];
  const format = options.responseFormat;
  if (tools.length > 0 && format && format.type !== 'text')
    throw new KindlingError(ErrorCode.InvalidArgument, 'pass either tools or a JSON responseFormat, not both', {
      context: { option: 'responseFormat' },
    });
  if (options.constraint && (tools.length > 0 || (format && format.type !== 'text')))
    throw new KindlingError(ErrorCode.InvalidArgument, 'constraint cannot be combined with tools or responseFormat', {
      context: { option: 'constraint' },
    });
  if (tools.length > 0) {
    const callFormat = options.toolCallFormat ?? DEFAULT_TOOL_CALL_FORMAT;
    const choice = options.toolChoice ?? 'auto';
    return {
      constraint: createToolCallConstraint(tools, choice, tokenizer, callFormat),
      finish: (result) => {
        let toolCalls: ToolCall[] = [];
        try {
          toolCalls = parseToolCalls(result.text, tools, callFormat);
        } catch (e) {
          // Only a generation cut short (length, abort) can leave a call unfinished: the constraint
          // makes every finished one parse and validate.
          if (result.finishReason !== 'length' && result.finishReason !== 'abort') throw e;
        }
        const finishReason: FinishReason = toolCalls.length > 0 ? 'tool_calls' : result.finishReason;
        return { ...result, finishReason, toolCalls };
      },
    };
  }
  if (format && format.type !== 'text') {
    return {
      constraint: createResponseFormatConstraint(format, tokenizer),
      finish: (result) => {
        if (result.finishReason !== 'constraint' && result.finishReason !== 'eos') return result;
        return { ...result, json: JSON.parse(result.text) as unknown };
      },
    };
  }
  return { constraint: options.constraint, finish: (result) => result };
}
