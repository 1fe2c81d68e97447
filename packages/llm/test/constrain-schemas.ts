/** Schemas and tools the constraint tests generate for (shared by the tests and the benchmark's ideas). */
import type { JsonSchema, ToolDefinition } from '../src/types.js';

export const weatherTool: ToolDefinition = {
  name: 'get_weather',
  description: 'Current weather and forecast for a city.',
  parameters: {
    type: 'object',
    properties: {
      location: { type: 'string', description: 'City name, e.g. Paris' },
      unit: { type: 'string', enum: ['celsius', 'fahrenheit'] },
      days: { type: 'integer', minimum: 1, maximum: 14 },
    },
    required: ['location'],
    additionalProperties: false,
  },
};

export const searchTool: ToolDefinition = {
  name: 'search',
  parameters: {
    type: 'object',
    properties: {
      query: { type: 'string', minLength: 1, maxLength: 40 },
      limit: { type: 'integer', minimum: 1, maximum: 100 },
      tags: { type: 'array', items: { type: 'string', maxLength: 10 }, maxItems: 3 },
    },
    required: ['query'],
    additionalProperties: false,
  },
};

export const noteTool: ToolDefinition = {
  name: 'add_note',
  parameters: {
    type: 'object',
    properties: { text: { type: 'string' }, pinned: { type: 'boolean' } },
    required: ['text', 'pinned'],
  },
};

export const SCHEMAS: Record<string, JsonSchema> = {
  weather: weatherTool.parameters,
  nested: {
    type: 'object',
    properties: {
      user: {
        type: 'object',
        properties: {
          name: { type: 'string', minLength: 1, maxLength: 20 },
          age: { type: 'integer', minimum: 0, maximum: 150 },
          email: { type: 'string', format: 'email' },
          address: {
            type: 'object',
            properties: { street: { type: 'string' }, zip: { type: 'string', minLength: 5, maxLength: 5 } },
            required: ['zip'],
            additionalProperties: false,
          },
        },
        required: ['name', 'address'],
        additionalProperties: false,
      },
      tags: { type: 'array', items: { type: 'string', maxLength: 8 }, minItems: 1, maxItems: 3 },
      score: { type: 'number' },
    },
    required: ['user', 'tags'],
    additionalProperties: false,
  },
  boundedArray: { type: 'array', items: { type: 'integer', minimum: -50, maximum: 50 }, minItems: 2, maxItems: 4 },
  tuple: {
    type: 'array',
    prefixItems: [{ type: 'string', maxLength: 3 }, { type: 'boolean' }, { type: 'null' }],
    items: false,
    minItems: 2,
  },
  tupleThenNumbers: { type: 'array', prefixItems: [{ const: 'head' }], items: { type: 'number' }, maxItems: 5 },
  enumMixed: { enum: ['a', 1, 12, null, true, { x: [1, 2] }, 'é"\\', 'naïve 日本'] },
  constObject: {
    type: 'object',
    properties: { version: { const: 2 }, kind: { const: 'fixed' }, extra: { type: 'boolean' } },
    required: ['version', 'kind'],
    additionalProperties: false,
  },
  shapes: {
    anyOf: [
      {
        type: 'object',
        properties: { kind: { const: 'circle' }, radius: { type: 'number' } },
        required: ['kind', 'radius'],
        additionalProperties: false,
      },
      {
        type: 'object',
        properties: { kind: { const: 'square' }, side: { type: 'integer', minimum: 1 } },
        required: ['kind', 'side'],
        additionalProperties: false,
      },
    ],
  },
  anyOfScalars: {
    anyOf: [
      { type: 'string', maxLength: 5 },
      { type: 'integer', exclusiveMinimum: 10, exclusiveMaximum: 1000 },
      { type: 'null' },
    ],
  },
  overlapping: {
    type: 'array',
    items: {
      anyOf: [{ type: 'string', maxLength: 6 }, { type: 'string', minLength: 3, maxLength: 30 }, { type: 'integer' }],
    },
    maxItems: 4,
  },
  oneOfDisjoint: { oneOf: [{ type: 'string', minLength: 3 }, { type: 'integer' }, { type: 'boolean' }] },
  string: { type: 'string', minLength: 2, maxLength: 12 },
  freeString: { type: 'string' },
  scalars: {
    type: 'object',
    properties: {
      i: { type: 'integer' },
      n: { type: 'number' },
      b: { type: 'boolean' },
      z: { type: 'null' },
      maybe: { type: ['string', 'null'] },
      negative: { type: 'integer', maximum: -7 },
    },
    required: ['i', 'n', 'b', 'z', 'maybe', 'negative'],
    additionalProperties: false,
  },
  tree: {
    $defs: {
      node: {
        type: 'object',
        properties: {
          label: { type: 'string', maxLength: 8 },
          children: { type: 'array', items: { $ref: '#/$defs/node' }, maxItems: 2 },
        },
        required: ['label'],
        additionalProperties: false,
      },
    },
    $ref: '#/$defs/node',
  },
  extraProperties: {
    type: 'object',
    properties: { id: { type: 'integer', minimum: 0 }, name: { type: 'string' } },
    required: ['id'],
    additionalProperties: { type: 'boolean' },
  },
  openObject: { type: 'object', properties: { a: { type: 'integer' } } },
  patternsAndRanges: {
    type: 'object',
    properties: {
      code: { type: 'string', pattern: '^[A-Z]{2}\\d{2,3}$' },
      tag: { type: 'string', pattern: 'na|ok', maxLength: 12 },
      name: { type: 'string', pattern: '^[a-z\u00e9\u65e5]+', minLength: 2 },
      price: { type: 'number', minimum: 0.5, exclusiveMaximum: 99.95 },
      delta: { type: 'number', exclusiveMinimum: -1, maximum: 1 },
      step: { type: 'integer', multipleOf: 5, minimum: -20, maximum: 40 },
    },
    required: ['code', 'price', 'delta', 'step'],
    additionalProperties: false,
  },
  anything: true,
};
