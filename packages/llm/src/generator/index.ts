export { Conversation, type ConversationOptions } from './conversation.js';
export { Generation } from './generation.js';
export { METADATA_METHODS, type ModelMetadata, readMetadata } from './metadata.js';
export { type UniformSource, Xoshiro128 } from './prng.js';
export { type SamplingParams, sampleToken, samplingDistribution } from './sampler.js';
export { TextGenerator } from './text-generator.js';
export { DEFAULT_TOOL_CALL_FORMAT, toolInstructions } from './tools.js';
export type {
  FinishReason,
  GenerateInput,
  GenerateOptions,
  GenerationChunk,
  GenerationResult,
  GenerationTimings,
  GenerationUsage,
  RenderChat,
  RenderChatOptions,
  TextGeneratorLoadOptions,
} from './types.js';
