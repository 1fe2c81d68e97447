#!/usr/bin/env bash
# SmolLM2-135M-Instruct as a transformers.js model folder (ONNX, fp32 and 4-bit), on demand, for
# bench/llm: installs onnxruntime (Python) with `pip install --target` next to the output (never
# into the conformance venv) and runs tools/llm/smollm2_onnx.py with the conformance venv.
# Reads the checkpoint of tools/llm/smollm2.sh from $KINDLING_LLM_CACHE (default .cache/llm) and
# writes $KINDLING_LLM_OUT (default: the same cache) /smollm2-onnx. A few CPU minutes, ~1.5 GB.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cache="${KINDLING_LLM_CACHE:-$root/.cache/llm}"
out="${KINDLING_LLM_OUT:-$cache}"
python="$root/tools/conformance/.venv/bin/python"
if [ ! -x "$python" ]; then
  echo "the conformance venv is missing: run bash tools/conformance/install.sh first" >&2
  exit 1
fi
mkdir -p "$out"
if [ ! -d "$out/py-onnx/onnxruntime" ]; then
  "$python" -m pip install --quiet --target "$out/py-onnx" --no-deps onnxruntime==1.30.0
fi
exec "$python" "$root/tools/llm/smollm2_onnx.py" --cache "$cache" --out "$out/smollm2-onnx" --py-onnx "$out/py-onnx" "$@"
