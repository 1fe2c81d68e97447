#!/usr/bin/env bash
# One-shot installer for tools/conformance: creates tools/conformance/.venv with pinned packages.
# Usage: bash tools/conformance/install.sh        (PYTHON=python3.11 to pick the interpreter)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PY="${PYTHON:-python3}"
VENV="$HERE/.venv"
if [ ! -x "$VENV/bin/python" ]; then
  "$PY" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install --quiet --upgrade "pip==26.3"
CONSTRAINTS=()
if [ -f "$HERE/requirements.lock.txt" ]; then CONSTRAINTS=(-c "$HERE/requirements.lock.txt"); fi
"$VENV/bin/python" -m pip install "${CONSTRAINTS[@]}" -r "$HERE/requirements.txt"
"$VENV/bin/python" -m pip install --no-deps -r "$HERE/requirements-nodeps.txt"
"$VENV/bin/python" - <<'PY'
import torch, executorch.version, sklearn, numpy
from executorch.runtime import Runtime
Runtime.get()
print("conformance venv ok: torch", torch.__version__, "executorch", executorch.version.__version__,
      "numpy", numpy.__version__, "sklearn", sklearn.__version__)
PY
