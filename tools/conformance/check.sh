#!/usr/bin/env bash
# Regenerates conformance-zoo programs and tensors with the real ExecuTorch into a temporary
# directory and compares every byte with packages/conformance-zoo/cases (export_zoo.py --check).
# Needs the Python venv (bash tools/conformance/install.sh), so it is not part of `pnpm test`.
#
#   bash tools/conformance/check.sh                 # the committed cases (--committed-only)
#   bash tools/conformance/check.sh --only digits   # any export_zoo.py selection instead
#   KINDLING_INSTALL_VENV=1 bash tools/conformance/check.sh   # install the venv first if missing
#
# Without arguments it also regenerates the Core ML fixtures of @kindling/backend-coreml in memory and
# compares them (coreml_fixtures.py --check), and runs the Python of the guide "From a PyTorch model
# to a .pte", checking that the programs it writes run in Kindling as in ExecuTorch (guide_check.py;
# needs `pnpm build`).
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=tools/conformance/.venv/bin/python
if [ ! -x "$PY" ]; then
  if [ "${KINDLING_INSTALL_VENV:-}" = 1 ]; then
    bash tools/conformance/install.sh
  else
    echo "conformance check: no Python venv at tools/conformance/.venv." >&2
    echo "Install it with 'bash tools/conformance/install.sh' (about 3 GB of wheels), or run with KINDLING_INSTALL_VENV=1." >&2
    exit 2
  fi
fi
if [ "$#" -eq 0 ]; then
  "$PY" tools/conformance/export_zoo.py --check --committed-only
  "$PY" tools/conformance/coreml_fixtures.py --check
  exec "$PY" tools/conformance/guide_check.py
fi
exec "$PY" tools/conformance/export_zoo.py --check "$@"
