/**
 * Text generation on language models exported by ExecuTorch's `export_llm`.
 *
 * @packageDocumentation
 */

// Schema-constrained decoding and tool calling.
export type {
  CompiledSchema,
  CompileOptions,
  ParseToolCallsOptions,
  ResponseFormat,
  ToolCallOptions,
  ToolChoice,
} from './constrain/index.js';
export {
  compileJsonSchema,
  createJsonSchemaConstraint,
  createResponseFormatConstraint,
  createToolCallConstraint,
  parseToolCalls,
} from './constrain/index.js';
export type { ChatMessage, JsonSchema, LogitConstraint, Tokenizer, ToolCall, ToolDefinition } from './types.js';
