/**
 * Text generation on language models exported by ExecuTorch's `export_llm`.
 *
 * @packageDocumentation
 */
export type { ChatMessage, JsonSchema, LogitConstraint, ToolCall, ToolDefinition, Tokenizer } from './types.js';
