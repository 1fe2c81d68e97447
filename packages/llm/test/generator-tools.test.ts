// generate() with tools, toolChoice and responseFormat on the tiny Llama (KV cache, 8da4w,
// XNNPACK): every call the sampled output makes parses and validates against its schema (checked
// with ajv, independently of the constraint's own validator), the chat is rendered with the tools,
// and a conversation records the calls.
import { ErrorCode, KindlingError } from '@kindling/core';
import Ajv from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { templateRenderer } from '../src/generator/tools.js';
import {
  Conversation,
  DEFAULT_CHAT_TEMPLATE,
  DEFAULT_TOOL_CALL_FORMAT,
  type RenderChatOptions,
  TextGenerator,
  type ToolDefinition,
} from '../src/index.js';
import type { ChatMessage } from '../src/types.js';
import { backends, MODEL_VARIANTS, programBytes } from './generator-models.js';
import { TestTokenizer, testRenderChat } from './generator-test-tokenizer.js';

const tokenizer = new TestTokenizer();
const variant = MODEL_VARIANTS.find((v) => v.name === 'tiny-llama-kv-8da4w');
const ajv = new Ajv({ strict: false });

// Bounded schemas with short names: a random model cannot wander inside an unbounded string, and a
// call fits the tiny Llama's 96-token context with the byte-level test tokenizer.
const weather: ToolDefinition = {
  name: 'weather',
  description: 'Current weather in a city',
  parameters: {
    type: 'object',
    properties: {
      city: { enum: ['Paris', 'Tokyo', 'Lima'] },
      unit: { enum: ['C', 'F'] },
      days: { type: 'integer', minimum: 1, maximum: 7 },
    },
    required: ['city', 'unit'],
    additionalProperties: false,
  },
};
const time: ToolDefinition = {
  name: 'time',
  parameters: {
    type: 'object',
    properties: { zone: { enum: ['UTC', 'CET'] } },
    required: ['zone'],
    additionalProperties: false,
  },
};
/** Compact calls without the `<tool_call>` lines. */
const compact = { whitespace: 'none' } as const;
const validators = new Map([weather, time].map((t) => [t.name, ajv.compile(t.parameters as object)]));

describe('generate with tools (tiny Llama, seeded sampling)', () => {
  let generator: TextGenerator;
  const rendered: { messages: readonly ChatMessage[]; options: RenderChatOptions }[] = [];
  beforeAll(async () => {
    generator = await TextGenerator.load(programBytes(variant?.name ?? ''), {
      tokenizer,
      backends: backends(),
      kernels: variant?.kernels ?? [],
      renderChat: (messages, options) => {
        rendered.push({ messages, options });
        return testRenderChat(messages, options);
      },
    });
  });
  afterAll(() => generator.dispose());

  it('toolChoice required: 40 seeded generations all end in calls that validate', async () => {
    for (let seed = 0; seed < 40; seed++) {
      const r = await generator.generate([{ role: 'user', content: 'Weather?' }], {
        tools: [weather, time],
        toolChoice: 'required',
        toolCallFormat: compact,
        temperature: 1,
        seed,
        maxNewTokens: 160,
      }).result;
      expect(r.finishReason, `seed ${seed}: ${r.text}`).toBe('tool_calls');
      expect(r.toolCalls).toHaveLength(1);
      const call = r.toolCalls?.[0];
      expect(call?.type).toBe('function');
      // Independent checks: the text is JSON of the promised shape, and the arguments validate with ajv.
      const body = JSON.parse(r.text) as { name: string; arguments: unknown };
      expect(call?.function.name).toBe(body.name);
      expect(JSON.parse(call?.function.arguments ?? 'null')).toEqual(body.arguments);
      expect(call?.parsedArguments).toEqual(body.arguments);
      const validate = validators.get(body.name);
      expect(validate, body.name).toBeDefined();
      expect(validate?.(body.arguments), JSON.stringify(validate?.errors)).toBe(true);
    }
  });

  it('a named tool choice only ever calls that tool', async () => {
    for (let seed = 0; seed < 10; seed++) {
      const r = await generator.generate([{ role: 'user', content: 'What time is it?' }], {
        tools: [weather, time],
        toolChoice: { type: 'function', function: { name: 'time' } },
        toolCallFormat: compact,
        temperature: 1,
        seed,
        maxNewTokens: 120,
      }).result;
      expect(r.toolCalls?.map((c) => c.function.name)).toEqual(['time']);
    }
  });

  it('the default format: one call between <tool_call> lines', async () => {
    for (let seed = 0; seed < 5; seed++) {
      const r = await generator.generate('Time?', {
        tools: [time],
        toolChoice: 'required',
        temperature: 1,
        seed,
        maxNewTokens: 80,
      }).result;
      expect(r.finishReason, r.text).toBe('tool_calls');
      const open = DEFAULT_TOOL_CALL_FORMAT.open ?? '';
      const close = DEFAULT_TOOL_CALL_FORMAT.close ?? '';
      expect(r.text.startsWith(open) && r.text.endsWith(close)).toBe(true);
      const body = JSON.parse(r.text.slice(open.length, -close.length)) as { name: string; arguments: unknown };
      expect(body.name).toBe('time');
      expect(r.toolCalls?.[0]?.parsedArguments).toEqual(body.arguments);
      expect(validators.get('time')?.(body.arguments)).toBe(true);
    }
  });

  it('the renderer receives the tools and the call format', async () => {
    rendered.length = 0;
    await generator.generate([{ role: 'user', content: 'Hi' }], {
      tools: [weather],
      toolChoice: 'required',
      maxNewTokens: 120,
    }).result;
    expect(rendered).toHaveLength(1);
    expect(rendered[0]?.options.tools).toEqual([weather]);
    expect(rendered[0]?.options.addGenerationPrompt).toBe(true);
  });

  it('toolChoice none never starts a call', async () => {
    for (let seed = 0; seed < 10; seed++) {
      const r = await generator.generate([{ role: 'user', content: 'Hi' }], {
        tools: [weather],
        toolChoice: 'none',
        temperature: 1,
        seed,
        maxNewTokens: 24,
      }).result;
      expect(r.toolCalls).toEqual([]);
      expect(r.text.includes(DEFAULT_TOOL_CALL_FORMAT.open ?? '')).toBe(false);
    }
  });

  it('responseFormat json_schema: the answer is a value of the schema, parsed into json', async () => {
    const schema = {
      type: 'object',
      properties: { answer: { enum: ['yes', 'no'] }, confidence: { type: 'integer', minimum: 0, maximum: 100 } },
      required: ['answer', 'confidence'],
      additionalProperties: false,
    };
    const validate = ajv.compile(schema);
    for (let seed = 0; seed < 20; seed++) {
      const r = await generator.generate('Is it raining?', {
        responseFormat: { type: 'json_schema', schema },
        temperature: 1,
        seed,
        maxNewTokens: 120,
      }).result;
      expect(['constraint', 'eos']).toContain(r.finishReason);
      expect(r.json).toEqual(JSON.parse(r.text));
      expect(validate(r.json), `${r.text} ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('tools together with a JSON responseFormat is an InvalidArgument', () => {
    let err: unknown;
    try {
      generator.generate('x', { tools: [weather], responseFormat: { type: 'json_object' } });
    } catch (e) {
      err = e;
    }
    expect(KindlingError.isInstance(err)).toBe(true);
    expect((err as KindlingError).code).toBe(ErrorCode.InvalidArgument);
  });

  it('a conversation records the assistant turn with its tool calls, then takes the tool result', async () => {
    const chat = new Conversation(generator);
    const r = await chat.send('Lima?', {
      tools: [weather],
      toolChoice: 'required',
      toolCallFormat: compact,
      temperature: 1,
      seed: 3,
      maxNewTokens: 160,
    }).result;
    expect(r.finishReason).toBe('tool_calls');
    const assistant = chat.messages.at(-1);
    expect(assistant?.role).toBe('assistant');
    expect(assistant?.toolCalls).toEqual(r.toolCalls);
    const call = r.toolCalls?.[0];
    const next = await chat.send(
      { role: 'tool', content: '18', toolCallId: call?.id ?? '', name: 'weather' },
      { maxNewTokens: 4 },
    ).result;
    expect(next.usage.cachedPromptTokens).toBeGreaterThan(0);
    expect(chat.messages.map((m) => m.role)).toEqual(['user', 'assistant', 'tool', 'assistant']);
  });
});

describe('chat templates and tools', () => {
  it('a template without tools support gets the tools in the system message; one with it gets them as `tools`', () => {
    const plain = templateRenderer('{% for m in messages %}<{{ m.role }}>{{ m.content }}{% endfor %}', tokenizer);
    const text = plain([{ role: 'user', content: 'Hi' }], { addGenerationPrompt: true, tools: [weather] });
    expect(text).toContain('"name":"weather"');
    expect(text).toContain('<tool_call>');
    expect(text.startsWith('<system>You can call these tools')).toBe(true);
    expect(text.endsWith('<user>Hi')).toBe(true);
    // ChatML, the default template, renders tools itself.
    const chatml = templateRenderer(DEFAULT_CHAT_TEMPLATE, tokenizer);
    expect(chatml([{ role: 'user', content: 'Hi' }], { addGenerationPrompt: true, tools: [weather] })).not.toContain(
      'You can call these tools',
    );
    const withTools = templateRenderer(
      '{% for t in tools %}[{{ t.function.name }}]{% endfor %}{% for m in messages %}{{ m.content }}{% endfor %}',
      tokenizer,
    );
    expect(withTools([{ role: 'user', content: 'Hi' }], { addGenerationPrompt: false, tools: [weather, time] })).toBe(
      '[weather][time]Hi',
    );
  });
});
