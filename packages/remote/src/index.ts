/**
 * Hybrid device + cloud for Kindling: run tensor models on a server that speaks the Open Inference
 * Protocol (KServe v2: Triton, MLServer, KServe, Seldon), generate text on a server that speaks
 * OpenAI-compatible chat completions (vLLM, llama.cpp's server, TGI, Ollama), and route each call
 * between the device and the server with `hybrid()`.
 *
 * @packageDocumentation
 */
export { type RemoteErrorKind, remoteErrorKind } from './errors.js';
export type { ConnectionOptions } from './http.js';
export {
  type CallRecord,
  type HybridCallOptions,
  type HybridCommonOptions,
  type HybridGenerateOptions,
  HybridGenerator,
  type HybridGeneratorOptions,
  type HybridInput,
  HybridModule,
  type HybridModuleOptions,
  hybrid,
  type Lazy,
  type RoutePolicy,
  type Side,
  type TensorModelLike,
  type TensorOutputsLike,
} from './hybrid.js';
export type { OipDatatype } from './oip/datatypes.js';
export {
  type RemoteExecuteOptions,
  type RemoteHealth,
  type RemoteInput,
  type RemoteModelMeta,
  RemoteModule,
  type RemoteOptions,
  type RemoteOutputs,
  type RemoteTensorMeta,
  remote,
} from './oip/remote-module.js';
export { RemoteGeneration } from './openai/generation.js';
export { RemoteGenerator, type RemoteGeneratorOptions, remoteGenerator } from './openai/remote-generator.js';
export type {
  ChatMessage,
  FinishReason,
  GenerationChunk,
  GenerationLike,
  GenerationResult,
  GenerationTimings,
  GenerationUsage,
  GeneratorLike,
  JsonSchema,
  RemoteGenerateInput,
  RemoteGenerateOptions,
  ResponseFormat,
  ToolCall,
  ToolChoice,
  ToolDefinition,
} from './openai/types.js';
