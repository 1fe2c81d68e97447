import { defineConfig } from 'vitest/config';
import base from '../../vitest.config.js';

// Runs only the on-demand SmolLM2 tokenizer check (never part of the everyday tests).
export default defineConfig({ ...base, test: { ...base.test, include: ['tools/llm/tokenizers-smollm2.check.ts'] } });
