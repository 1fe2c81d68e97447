/**
 * Text generation on language models exported by ExecuTorch's `export_llm`.
 *
 * @packageDocumentation
 */
export type { ChatMessage, JsonSchema, LogitConstraint, Tokenizer, ToolCall, ToolDefinition } from './types.js';
