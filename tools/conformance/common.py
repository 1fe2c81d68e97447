"""Shared helpers for the Kindling conformance tooling (tensor files, manifest values, ET runtime).

Tensor files are raw little-endian C-contiguous bytes with no header. bool is 1 byte per element.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence

import numpy as np
import torch

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parent.parent
FIXTURES_DIR = REPO_ROOT / "packages" / "conformance-zoo" / "cases"
CACHE_DIR = REPO_ROOT / ".cache" / "conformance"
MANIFEST_PATH = FIXTURES_DIR / "manifest.json"

DTYPE_NAMES: Dict[torch.dtype, str] = {
    torch.float32: "float32",
    torch.float16: "float16",
    torch.float64: "float64",
    torch.int8: "int8",
    torch.uint8: "uint8",
    torch.int16: "int16",
    torch.int32: "int32",
    torch.int64: "int64",
    torch.bool: "bool",
}
NAME_DTYPES = {v: k for k, v in DTYPE_NAMES.items()}
NP_DTYPES = {
    "float32": "<f4",
    "float16": "<f2",
    "float64": "<f8",
    "int8": "i1",
    "uint8": "u1",
    "int16": "<i2",
    "int32": "<i4",
    "int64": "<i8",
    "bool": "?",
}
# ExecuTorch ScalarType numbering (schema/scalar_type.fbs) -> torch dtype.
SCALAR_TYPE_TO_TORCH = {
    0: torch.uint8,
    1: torch.int8,
    2: torch.int16,
    3: torch.int32,
    4: torch.int64,
    5: torch.float16,
    6: torch.float32,
    7: torch.float64,
    11: torch.bool,
    15: torch.bfloat16,
    27: torch.uint16,
    28: torch.uint32,
    29: torch.uint64,
}
FLOAT_DTYPES = ("float32", "float16", "float64")
CHANNELS_LAST_DIM_ORDER = [0, 2, 3, 1]


def stable_seed(name: str) -> int:
    """Seed derived from a name, independent of iteration order and of PYTHONHASHSEED."""
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:4], "little") & 0x7FFFFFFF


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def tensor_bytes(t: torch.Tensor) -> bytes:
    t = t.detach().cpu().contiguous()
    if t.dtype not in DTYPE_NAMES:
        raise TypeError(f"unsupported dtype for tensor files: {t.dtype}")
    return t.numpy().astype(NP_DTYPES[DTYPE_NAMES[t.dtype]], copy=False).tobytes(order="C")


def write_tensor(root: Path, rel: str, t: torch.Tensor) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    data = tensor_bytes(t)
    if path.exists() and path.read_bytes() == data:
        return  # keep mtime stable
    path.write_bytes(data)


def read_tensor(root: Path, rel: str, dtype: str, shape: Sequence[int]) -> torch.Tensor:
    raw = (root / rel).read_bytes()
    arr = np.frombuffer(raw, dtype=NP_DTYPES[dtype]).copy()
    expected = int(np.prod(shape)) if len(shape) else 1
    if arr.size != expected:
        raise ValueError(f"{rel}: {arr.size} elements, expected {expected} for shape {list(shape)}")
    return torch.from_numpy(arr.reshape(tuple(shape)))


def dim_order_of(t: torch.Tensor) -> Optional[List[int]]:
    """The non-default dim order of a tensor (None if it is contiguous / default)."""
    if t.dim() == 4 and not t.is_contiguous() and t.is_contiguous(memory_format=torch.channels_last):
        return list(CHANNELS_LAST_DIM_ORDER)
    return None


def apply_dim_order(t: torch.Tensor, dim_order: Optional[Sequence[int]]) -> torch.Tensor:
    if dim_order is None or list(dim_order) == list(range(t.dim())):
        return t
    if list(dim_order) == CHANNELS_LAST_DIM_ORDER:
        return t.contiguous(memory_format=torch.channels_last)
    raise ValueError(f"unsupported dim order {dim_order}")


def encode_value(root: Path, rel: Optional[str], v: Any) -> Dict[str, Any]:
    """Manifest entry for one value; tensors are written to root/rel."""
    if v is None:
        return {"kind": "none"}
    if isinstance(v, bool):
        return {"kind": "bool", "value": v}
    if isinstance(v, int):
        return {"kind": "int", "value": v}
    if isinstance(v, float):
        return {"kind": "float", "value": v}
    if isinstance(v, torch.Tensor):
        assert rel is not None
        write_tensor(root, rel, v)
        d: Dict[str, Any] = {
            "kind": "tensor",
            "dtype": DTYPE_NAMES[v.dtype],
            "shape": list(v.shape),
            "file": rel,
        }
        order = dim_order_of(v)
        if order is not None:
            d["dim_order"] = order
        return d
    raise TypeError(f"cannot encode {type(v)}")


def decode_value(root: Path, d: Dict[str, Any]) -> Any:
    k = d["kind"]
    if k == "none":
        return None
    if k in ("int", "float", "bool"):
        return d["value"]
    if k == "tensor":
        t = read_tensor(root, d["file"], d["dtype"], d["shape"])
        return apply_dim_order(t, d.get("dim_order"))
    raise ValueError(f"unknown value kind {k}")


def compare_values(actual: Any, expected: Dict[str, Any], expected_value: Any,
                   atol: float, rtol: float) -> (bool, float, str):
    """Compare one runtime output with its manifest entry. Returns (ok, max_abs_diff, message)."""
    k = expected["kind"]
    if k != "tensor":
        if isinstance(actual, torch.Tensor) and actual.numel() == 1:
            actual = actual.item()
        ok = actual == expected_value if k != "float" else abs(actual - expected_value) <= atol + rtol * abs(expected_value)
        return ok, 0.0, "" if ok else f"value {actual!r} != {expected_value!r}"
    if not isinstance(actual, torch.Tensor):
        return False, float("inf"), f"expected a tensor, got {type(actual).__name__}"
    if list(actual.shape) != list(expected["shape"]):
        return False, float("inf"), f"shape {list(actual.shape)} != {expected['shape']}"
    if DTYPE_NAMES.get(actual.dtype) != expected["dtype"]:
        return False, float("inf"), f"dtype {actual.dtype} != {expected['dtype']}"
    if actual.numel() == 0:
        return True, 0.0, ""
    a = actual.contiguous()
    b = expected_value.contiguous()
    if expected["dtype"] in FLOAT_DTYPES:
        a64, b64 = a.double(), b.double()
        nan_mismatch = torch.isnan(a64) != torch.isnan(b64)
        if bool(nan_mismatch.any()):
            return False, float("nan"), "NaN positions differ"
        both = ~torch.isnan(a64)
        inf_a, inf_b = torch.isinf(a64), torch.isinf(b64)
        if bool(((inf_a | inf_b) & both & (a64 != b64)).any()):
            return False, float("inf"), "infinities differ"
        finite = both & ~inf_a & ~inf_b
        diff = (a64 - b64).abs()[finite]
        maxdiff = float(diff.max()) if diff.numel() else 0.0
        bound = atol + rtol * b64.abs()[finite]
        bad = int((diff > bound).sum()) if diff.numel() else 0
        if bad:
            return False, maxdiff, f"{bad}/{a.numel()} elements outside atol={atol:g} rtol={rtol:g} (max abs diff {maxdiff:.3g})"
        return True, maxdiff, ""
    eq = a == b
    if bool(eq.all()):
        return True, 0.0, ""
    return False, float((a.long() - b.long()).abs().max()), f"{int((~eq).sum())}/{a.numel()} integer elements differ"


_RUNTIME = None


def runtime():
    global _RUNTIME
    if _RUNTIME is None:
        from executorch.runtime import Runtime

        _RUNTIME = Runtime.get()
    return _RUNTIME


def load_program(path_or_bytes, data_path: Optional[Path] = None):
    rt = runtime()
    if isinstance(path_or_bytes, (bytes, bytearray)):
        return rt.load_program(bytes(path_or_bytes), data_path=data_path)
    return rt.load_program(Path(path_or_bytes), data_path=data_path)


def json_dump(obj: Any, path: Path) -> None:
    text = json.dumps(obj, indent=1, sort_keys=False, allow_nan=False) + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and path.read_text() == text:
        return
    path.write_text(text)


def single_thread() -> None:
    torch.set_num_threads(1)
    try:
        torch.set_num_interop_threads(1)
    except RuntimeError:
        pass
    os.environ.setdefault("OMP_NUM_THREADS", "1")


def eprint(*a: Any) -> None:
    print(*a, file=sys.stderr, flush=True)
