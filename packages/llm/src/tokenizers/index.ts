/** Tokenizers: HuggingFace `tokenizer.json`, SentencePiece `.model`, tiktoken ranks. */
export { HfTokenizer, type HfTokenizerOptions } from './hf-tokenizer.js';
export { type LoadTokenizerOptions, loadTokenizer, type TokenizerFormat, type TokenizerSource } from './load.js';
export { CL100K_BASE_PATTERN, GPT2_PATTERN, O200K_BASE_PATTERN } from './regex.js';
export { SentencePieceTokenizer, type SentencePieceTokenizerOptions } from './sentencepiece.js';
export { createTokenStreamDecoder, type TokenStreamDecoder } from './stream.js';
export { type TiktokenOptions, TiktokenTokenizer } from './tiktoken.js';
