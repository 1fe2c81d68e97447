/**
 * Text generation on language models exported by ExecuTorch's `export_llm`.
 *
 * @packageDocumentation
 */

// Generation (TextGenerator, sampling, streaming).
export {
  Conversation,
  type ConversationOptions,
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
  readMetadata,
  type SamplingParams,
  sampleToken,
  samplingDistribution,
  TextGenerator,
  type TextGeneratorLoadOptions,
  type UniformSource,
  Xoshiro128,
} from './generator/index.js';
export type { ChatMessage, JsonSchema, LogitConstraint, Tokenizer, ToolCall, ToolDefinition } from './types.js';
