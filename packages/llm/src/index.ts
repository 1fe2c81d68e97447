/**
 * Text generation on language models exported by ExecuTorch's `export_llm`.
 *
 * @packageDocumentation
 */

export {
  DEFAULT_CHAT_TEMPLATE,
  type RenderChatTemplateOptions,
  renderChatTemplate,
  type TemplateMessage,
  type TemplateTool,
  toTemplateMessage,
  toTemplateTool,
} from './chat/index.js';
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
// Generation (TextGenerator, sampling, streaming).
export {
  Conversation,
  type ConversationOptions,
  DEFAULT_TOOL_CALL_FORMAT,
  type FinishReason,
  type GenerateInput,
  type GenerateOptions,
  Generation,
  type GenerationChunk,
  type GenerationResult,
  type GenerationTimings,
  type GenerationUsage,
  METADATA_METHODS,
  type ModelMetadata,
  type RenderChat,
  type RenderChatOptions,
  readMetadata,
  type SamplingParams,
  sampleToken,
  samplingDistribution,
  TextGenerator,
  type TextGeneratorLoadOptions,
  toolInstructions,
  type UniformSource,
  Xoshiro128,
} from './generator/index.js';
// Tokenizers and chat templates.
export {
  CL100K_BASE_PATTERN,
  createTokenStreamDecoder,
  GPT2_PATTERN,
  HfTokenizer,
  type HfTokenizerOptions,
  type LoadTokenizerOptions,
  loadTokenizer,
  O200K_BASE_PATTERN,
  SentencePieceTokenizer,
  type SentencePieceTokenizerOptions,
  type TiktokenOptions,
  TiktokenTokenizer,
  type TokenizerFormat,
  type TokenizerSource,
  type TokenStreamDecoder,
} from './tokenizers/index.js';
export type { ChatMessage, JsonSchema, LogitConstraint, Tokenizer, ToolCall, ToolDefinition } from './types.js';
