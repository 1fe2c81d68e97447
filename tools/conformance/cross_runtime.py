#!/usr/bin/env python3
"""Run .pte programs in ExecuTorch's own runtime and compare with the recorded truth.

Manifest mode (programs written by Kindling, laid out like the manifest's `file` entries):

    python tools/conformance/cross_runtime.py --dir DIR [--manifest packages/conformance-zoo/cases/manifest.json]
                                              [--only PREFIX] [--require-all]

  For every manifest case whose DIR/<file> exists: load it, execute its steps in order on one loaded
  method (state persists), compare each output with the recorded ExecuTorch output within the case
  tolerance. Cases whose file is missing are skipped (or failed with --require-all).

Files mode (programs without a manifest entry, e.g. round-tripped upstream fixtures):

    python tools/conformance/cross_runtime.py --files a.pte b.pte [--reference-dir ORIG_DIR] [--inputs zeros|random]

  Loads each program and runs every method with generated inputs (floats: seeded uniform [0,1) or
  zeros; integers: zeros; bools: false). A `<name>.ptd` beside `<name>.pte` is passed as its data file.
  `.bpte` bundled programs are run on their bundled inputs and checked against their bundled outputs.
  With --reference-dir, the file of the same name in ORIG_DIR is run with the same inputs and the
  outputs must match (within 1e-5 abs + 1e-5 rel for floats, exactly otherwise); if the reference
  itself cannot run, the file is skipped with the reference's error.

Prints one line per case and finally exactly `N passed, N failed, N skipped`; exits 1 on any failure.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any, List, Optional, Tuple

os.environ.setdefault("OMP_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import torch  # noqa: E402

import common  # noqa: E402
from common import FIXTURES_DIR, MANIFEST_PATH  # noqa: E402


def short(e: BaseException) -> str:
    first = (str(e).strip().splitlines() or [""])[0]
    return f"{type(e).__name__}: {first}"[:300]


# --------------------------------------------------------------------------------------------------
# manifest mode
# --------------------------------------------------------------------------------------------------


def run_case(case, pte: Path, tensors_root: Path) -> Tuple[bool, str]:
    try:
        prog = common.load_program(pte)
        method = prog.load_method(case["steps"][0]["method"])
    except Exception as e:  # noqa: BLE001
        return False, f"load failed: {short(e)}"
    tol = case.get("tolerance", {})
    atol, rtol = float(tol.get("atol", 0.0)), float(tol.get("rtol", 0.0))
    worst = 0.0
    methods = {case["steps"][0]["method"]: method}
    for si, step in enumerate(case["steps"]):
        name = step["method"]
        try:
            if name not in methods:
                methods[name] = prog.load_method(name)
            inputs = [common.decode_value(tensors_root, d) for d in step["inputs"]]
            outs = methods[name].execute(inputs)
        except Exception as e:  # noqa: BLE001
            return False, f"step {si}: execute failed: {short(e)}"
        expected = step["outputs"]
        if len(outs) != len(expected):
            return False, f"step {si}: {len(outs)} outputs, expected {len(expected)}"
        for oi, (actual, exp) in enumerate(zip(outs, expected)):
            exp_value = common.decode_value(tensors_root, exp)
            if isinstance(exp_value, torch.Tensor):
                exp_value = exp_value.contiguous()
            if isinstance(actual, torch.Tensor):
                actual = actual.contiguous()
            ok, diff, msg = common.compare_values(actual, exp, exp_value, atol, rtol)
            if not ok:
                return False, f"step {si} output {oi}: {msg}"
            worst = max(worst, diff)
    return True, f"max_abs_diff={worst:.3g}"


def manifest_mode(args) -> Tuple[int, int, int]:
    manifest_path = Path(args.manifest)
    manifest = json.loads(manifest_path.read_text())
    tensors_root = Path(args.tensors) if args.tensors else manifest_path.parent
    root = Path(args.dir)
    passed = failed = skipped = 0
    for case in manifest["cases"]:
        if args.only and not any(case["id"].startswith(p) for p in args.only):
            continue
        pte = root / case["file"]
        if not pte.exists():
            if args.require_all:
                failed += 1
                print(f"FAIL {case['id']}: {pte} not found", flush=True)
            else:
                skipped += 1
                print(f"SKIP {case['id']}: not found in {root}", flush=True)
            continue
        ok, msg = run_case(case, pte, tensors_root)
        if ok:
            passed += 1
            print(f"PASS {case['id']} ({msg})", flush=True)
        else:
            failed += 1
            print(f"FAIL {case['id']}: {msg}", flush=True)
    return passed, failed, skipped


# --------------------------------------------------------------------------------------------------
# files mode
# --------------------------------------------------------------------------------------------------


def make_inputs(meta, kind: str, seed: int) -> List[Any]:
    g = torch.Generator()
    g.manual_seed(seed)
    inputs = []
    for i in range(meta.num_inputs()):
        try:
            info = meta.input_tensor_meta(i)
        except Exception as e:  # noqa: BLE001 - not a tensor input
            raise RuntimeError(f"input {i} is not a tensor; files mode only generates tensor inputs ({short(e)})")
        dtype = common.SCALAR_TYPE_TO_TORCH.get(int(info.dtype()))
        if dtype is None:
            raise RuntimeError(f"input {i}: unsupported scalar type {info.dtype()}")
        sizes = tuple(int(s) for s in info.sizes())
        if dtype.is_floating_point and kind == "random":
            t = torch.rand(sizes, generator=g).to(dtype)
        else:
            t = torch.zeros(sizes, dtype=dtype)
        inputs.append(t)
    return inputs


def run_program_file(path: Path, kind: str, inputs_by_method=None):
    """Returns (results, inputs_by_method): results = list of (method, ok, outputs or error)."""
    data_path = path.with_suffix(".ptd")
    prog = common.load_program(path, data_path=data_path if data_path.exists() else None)
    results = []
    made = {}
    for name in sorted(prog.method_names):
        try:
            meta = prog.metadata(name)
            if inputs_by_method is not None and name in inputs_by_method:
                inputs = inputs_by_method[name]
            else:
                inputs = make_inputs(meta, kind, common.stable_seed(name))
            made[name] = inputs
            method = prog.load_method(name)
            outs = method.execute([x.clone() if isinstance(x, torch.Tensor) else x for x in inputs])
            results.append((name, True, [o.clone() if isinstance(o, torch.Tensor) else o for o in outs]))
        except Exception as e:  # noqa: BLE001
            results.append((name, False, short(e)))
    return results, made


def run_bundled(path: Path) -> List[Tuple[str, bool, str]]:
    """Run every bundled test set of a .bpte and check it against its bundled expected outputs."""
    from executorch.devtools.bundled_program.serialize import deserialize_from_flatbuffer_to_bundled_program
    from executorch.extension.pybindings import portable_lib

    data = path.read_bytes()
    suites = deserialize_from_flatbuffer_to_bundled_program(data).method_test_suites
    bundle = portable_lib._load_bundled_program_from_buffer(data)
    results = []
    for suite in suites:
        n = len(suite.test_cases)
        bad = None
        for idx in range(n):
            try:
                bundle.verify_result_with_bundled_expected_output(suite.method_name, idx, 1e-5, 1e-5)
            except Exception as e:  # noqa: BLE001
                bad = f"bundled test set {idx}/{n}: {short(e)}"
                break
        if bad:
            results.append((suite.method_name, False, bad))
        else:
            results.append((suite.method_name, n > 0, f"{n} bundled test set(s) matched" if n else "no bundled test set"))
    return results


def outputs_match(a: List[Any], b: List[Any]) -> Tuple[bool, str]:
    if len(a) != len(b):
        return False, f"{len(a)} outputs vs {len(b)} in the reference"
    for i, (x, y) in enumerate(zip(a, b)):
        if isinstance(y, torch.Tensor):
            entry = {"kind": "tensor", "shape": list(y.shape), "dtype": common.DTYPE_NAMES.get(y.dtype, str(y.dtype))}
            ok, _, msg = common.compare_values(x, entry, y.contiguous(), 1e-5, 1e-5)
        else:
            ok, msg = (x == y), f"{x!r} != {y!r}"
        if not ok:
            return False, f"output {i}: {msg}"
    return True, ""


def files_mode(args) -> Tuple[int, int, int]:
    passed = failed = skipped = 0
    for f in args.files:
        path = Path(f)
        label = str(path)
        if path.suffix == ".bpte":
            try:
                res = run_bundled(path)
            except Exception as e:  # noqa: BLE001
                failed += 1
                print(f"FAIL {label}: bundled program failed to load: {short(e)}", flush=True)
                continue
            for name, ok, msg in res:
                passed, failed = (passed + 1, failed) if ok else (passed, failed + 1)
                print(f"{'PASS' if ok else 'FAIL'} {label}::{name} ({msg})", flush=True)
            continue
        ref_results = None
        ref_inputs = None
        if args.reference_dir:
            ref = Path(args.reference_dir) / path.name
            if not ref.exists():
                skipped += 1
                print(f"SKIP {label}: no reference {ref}", flush=True)
                continue
            try:
                ref_results, ref_inputs = run_program_file(ref, args.inputs)
            except Exception as e:  # noqa: BLE001
                skipped += 1
                print(f"SKIP {label}: reference does not load in ExecuTorch either: {short(e)}", flush=True)
                continue
        try:
            results, _ = run_program_file(path, args.inputs, ref_inputs)
        except Exception as e:  # noqa: BLE001
            failed += 1
            print(f"FAIL {label}: load failed: {short(e)}", flush=True)
            continue
        ref_map = {n: (ok, v) for n, ok, v in (ref_results or [])}
        for name, ok, value in results:
            tag = f"{label}::{name}"
            if ref_results is not None:
                if name not in ref_map:
                    failed += 1
                    print(f"FAIL {tag}: method not in the reference program", flush=True)
                    continue
                rok, rval = ref_map[name]
                if not rok:
                    skipped += 1
                    print(f"SKIP {tag}: reference method fails in ExecuTorch too: {rval}", flush=True)
                    continue
                if not ok:
                    failed += 1
                    print(f"FAIL {tag}: {value}", flush=True)
                    continue
                same, msg = outputs_match(value, rval)
                if same:
                    passed += 1
                    print(f"PASS {tag} ({len(value)} outputs match the reference)", flush=True)
                else:
                    failed += 1
                    print(f"FAIL {tag}: {msg}", flush=True)
                continue
            if ok:
                passed += 1
                print(f"PASS {tag} (ran, {len(value)} outputs)", flush=True)
            else:
                failed += 1
                print(f"FAIL {tag}: {value}", flush=True)
        if ref_results is not None:
            for name in sorted(set(ref_map) - {n for n, _, _ in results}):
                failed += 1
                print(f"FAIL {label}::{name}: method missing (present in the reference)", flush=True)
    return passed, failed, skipped


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", help="directory holding .pte files at the manifest's relative paths")
    ap.add_argument("--manifest", default=str(MANIFEST_PATH))
    ap.add_argument("--tensors", help="root of the tensor files (default: the manifest's folder)")
    ap.add_argument("--only", action="append", default=[], help="case id prefix (repeatable)")
    ap.add_argument("--require-all", action="store_true", help="a manifest case missing from --dir is a failure")
    ap.add_argument("--files", nargs="+", help="programs without a manifest entry")
    ap.add_argument("--reference-dir", help="with --files: originals to compare against (same file names)")
    ap.add_argument("--inputs", choices=["random", "zeros"], default="random", help="with --files: float input values")
    args = ap.parse_args()
    if bool(args.dir) == bool(args.files):
        ap.error("give exactly one of --dir or --files")
    common.single_thread()
    try:
        from executorch.extension.pybindings import portable_lib

        portable_lib._unsafe_reset_threadpool(1)
    except Exception:  # noqa: BLE001
        pass
    passed, failed, skipped = manifest_mode(args) if args.dir else files_mode(args)
    print(f"{passed} passed, {failed} failed, {skipped} skipped", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
