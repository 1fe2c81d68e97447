/**
 * The chat template used when a tokenizer carries none: ChatML (`<|im_start|>role\n...<|im_end|>\n`),
 * with tools listed in the system turn and tool calls written as `<tool_call>` JSON.
 * `tools/llm/tokenizers_chat_fixtures.py` reads this text to render it with Python's jinja2.
 */
export const DEFAULT_CHAT_TEMPLATE: string = `{%- if tools %}
{{- '<|im_start|>system\\n' }}
{%- if messages[0].role == 'system' %}{{- messages[0].content + '\\n\\n' }}{%- endif %}
{{- 'Tools you may call (write <tool_call>{"name": ..., "arguments": {...}}</tool_call>):' }}
{%- for tool in tools %}{{- '\\n' + (tool | tojson) }}{%- endfor %}
{{- '<|im_end|>\\n' }}
{%- endif %}
{%- for message in messages %}
{%- if not (tools and loop.first and message.role == 'system') %}
{{- '<|im_start|>' + message.role + '\\n' + message.content }}
{%- if message.tool_calls %}
{%- for call in message.tool_calls %}
{{- '\\n<tool_call>{"name": "' + call.function.name + '", "arguments": ' + (call.function.arguments | tojson) + '}</tool_call>' }}
{%- endfor %}
{%- endif %}
{{- '<|im_end|>\\n' }}
{%- endif %}
{%- endfor %}
{%- if add_generation_prompt %}{{- '<|im_start|>assistant\\n' }}{%- endif %}`;
