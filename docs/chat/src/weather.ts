import type { ToolDefinition } from '@kindling/llm';

/**
 * The page's example tool. With tool calling on, decoding is constrained by this schema, so every
 * call the model writes parses and its arguments validate (a short city name, one of two units).
 */
export const weatherTool: ToolDefinition = {
  name: 'get_weather',
  description: 'Get the current weather in a city',
  parameters: {
    type: 'object',
    properties: {
      city: { type: 'string', maxLength: 24 },
      unit: { enum: ['celsius', 'fahrenheit'] },
    },
    required: ['city', 'unit'],
    additionalProperties: false,
  },
};
