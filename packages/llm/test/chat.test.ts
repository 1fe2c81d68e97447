import { readFileSync } from 'node:fs';
import { ErrorCode, KindlingError } from '@kindling/core';
import { describe, expect, it } from 'vitest';
import { type ChatMessage, DEFAULT_CHAT_TEMPLATE, renderChatTemplate, type ToolDefinition } from '../src/index.js';

const CHAT = new URL('./fixtures/tokenizers/chat/', import.meta.url);

interface Scenario {
  messages: ChatMessage[];
  tools?: ToolDefinition[];
  addGenerationPrompt: boolean;
}

const renderings: {
  extra: { bos_token: string; eos_token: string };
  scenarios: Record<string, Scenario>;
  results: Array<{ template: string; scenario: string; rendered?: string; error?: string }>;
} = JSON.parse(readFileSync(new URL('renderings.json', CHAT), 'utf8'));

const templates: Record<string, string> = {
  smollm2: readFileSync(new URL('smollm2.jinja', CHAT), 'utf8'),
  'llama3-style': readFileSync(new URL('llama3-style.jinja', CHAT), 'utf8'),
  'qwen2.5-style': readFileSync(new URL('qwen2.5-style.jinja', CHAT), 'utf8'),
  default: DEFAULT_CHAT_TEMPLATE,
};

describe('chat templates render as Python jinja2 does in apply_chat_template', () => {
  it.each(renderings.results.map((r) => [r.template, r.scenario, r] as const))('%s / %s', (name, scenario, result) => {
    const s = renderings.scenarios[scenario]!;
    const render = () =>
      renderChatTemplate(templates[name]!, {
        messages: s.messages,
        tools: s.tools,
        addGenerationPrompt: s.addGenerationPrompt,
        bosToken: renderings.extra.bos_token,
        eosToken: renderings.extra.eos_token,
      });
    if (result.error !== undefined) {
      try {
        render();
        expect.unreachable('the template should raise');
      } catch (error) {
        expect(KindlingError.isInstance(error)).toBe(true);
        expect((error as KindlingError).code).toBe(ErrorCode.InvalidArgument);
        expect((error as KindlingError).context.raised).toBe(true);
        expect((error as Error).message).toContain(result.error);
      }
    } else {
      expect(render()).toBe(result.rendered);
    }
  });

  it('a template that does not parse is a KindlingError', () => {
    expect(() => renderChatTemplate('{% for x in %}', { messages: [] })).toThrow(KindlingError);
  });

  it('a failure while rendering is a KindlingError', () => {
    const error = (() => {
      try {
        renderChatTemplate('{{ messages[0].content.nope() }}', { messages: [{ role: 'user', content: 'x' }] });
      } catch (e) {
        return e;
      }
    })();
    expect(KindlingError.isInstance(error)).toBe(true);
    expect((error as KindlingError).context.raised).toBe(false);
  });

  it('extra variables reach the template', () => {
    const template = '{{ date_string }}{% if not add_generation_prompt %}|no prompt{% endif %}';
    expect(renderChatTemplate(template, { messages: [], date_string: '6 Dec' })).toBe('6 Dec|no prompt');
  });
});
