/**
 * Schema-constrained decoding: JSON Schema compiled to a byte-level pushdown automaton, token masks
 * from the vocabulary trie, tool calls and response formats built on them.
 */
export { createJsonSchemaConstraint, createResponseFormatConstraint, type ResponseFormat } from './json-constraint.js';
export { type CompiledSchema, type CompileOptions, compileJsonSchema } from './schema-compiler.js';
export {
  createToolCallConstraint,
  type ParseToolCallsOptions,
  parseToolCalls,
  type ToolCallOptions,
  type ToolChoice,
} from './tool-calls.js';
