"""Pin every numerics knob that would otherwise depend on the machine or on the environment.

Import this module and call ``pin_environment()`` BEFORE the first ``import torch``: PyTorch reads
ATEN_CPU_CAPABILITY when it loads and MKL reads MKL_CBWR on its first call. ``pin_torch()`` and
``pin_executorch()`` then fix what can only be set through the libraries.

What varies from one machine to another if left alone (each one seen to change the zoo's bytes):

- ATen's CPU kernels are compiled for several instruction sets and chosen at load time from the CPU
  (AVX512 on an AVX512 machine, AVX2 elsewhere): vectorized reductions, softmax, layer norm and the
  Sleef transcendental functions round differently in each. Pinned to the AVX2 kernels
  (``ATEN_CPU_CAPABILITY=avx2``), which every x86-64 machine of the last decade runs.
- MKL (PyTorch's BLAS, and its vector math for exp/log/...) dispatches on the CPU too (and runs
  another code path on non-Intel CPUs). Pinned with MKL's conditional numerical reproducibility
  mode ``MKL_CBWR=COMPATIBLE``: the same results on every x86-64 CPU for a given MKL build and
  thread count.
- oneDNN (mkldnn) convolutions JIT-compile kernels for the CPU's ISA (AVX2, AVX512, AMX) and pick
  blockings from its cache sizes; NNPACK dispatches on the CPU as well. Both are switched off, so
  convolutions run ATen's im2col + MKL GEMM path (pinned above).
- Thread counts: intra-op parallel reductions split work by thread. PyTorch, OpenMP, MKL and
  ExecuTorch's own thread pool (XNNPACK runs on it) all run with one thread.
- Determinism of algorithms: ``torch.use_deterministic_algorithms(True)``.

The environment variables are set unconditionally (a caller's OMP_NUM_THREADS=8 or
ATEN_CPU_CAPABILITY=avx512 would change the bytes).

Not pinnable from here (no switch exists), so left to the machine: XNNPACK, inside ExecuTorch's
runtime that records the xnnpack-flavour outputs, selects its micro-kernels from the CPU (its float
GEMM/convolution kernels accumulate along K in one order whatever the vector width, its integer
kernels are exact, but this was only checked on one CPU); the system's libm (glibc) serves the
scalar tails of ATen's vector loops and ExecuTorch's portable kernels. Both are Linux x86-64
assumptions of the pinned venv; `export_zoo.py --check` reports any file they would change.
"""

from __future__ import annotations

import os
import sys
from typing import Dict

PINNED_ENV: Dict[str, str] = {
    "ATEN_CPU_CAPABILITY": "avx2",
    "MKL_CBWR": "COMPATIBLE",
    "OMP_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
    "OPENBLAS_NUM_THREADS": "1",
    "MKL_DYNAMIC": "FALSE",
}
# the capability PyTorch must report once ATEN_CPU_CAPABILITY is honoured
EXPECTED_CAPABILITY = "AVX2"


def pin_environment() -> None:
    if "torch" in sys.modules:
        raise RuntimeError("determinism.pin_environment() must run before torch is imported")
    for k, v in PINNED_ENV.items():
        os.environ[k] = v


def pin_torch(torch) -> None:
    torch.set_num_threads(1)
    try:
        torch.set_num_interop_threads(1)
    except RuntimeError:  # already set (only possible once per process)
        pass
    torch.backends.mkldnn.enabled = False
    torch.backends.nnpack.set_flags(False)
    torch.use_deterministic_algorithms(True, warn_only=True)
    cap = torch.backends.cpu.get_cpu_capability()
    if cap != EXPECTED_CAPABILITY:
        print(f"warning: PyTorch runs its {cap} CPU kernels, not {EXPECTED_CAPABILITY} (this CPU lacks AVX2 "
              "or ATEN_CPU_CAPABILITY was not honoured): recorded values will differ from the committed zoo",
              file=sys.stderr, flush=True)


def pin_executorch() -> None:
    from executorch.extension.pybindings import portable_lib

    portable_lib._unsafe_reset_threadpool(1)
    n = portable_lib._threadpool_get_thread_count()
    if n != 1:
        raise RuntimeError(f"ExecuTorch's thread pool has {n} threads after a reset to 1")


def describe() -> Dict[str, object]:
    """The pinned settings, as the manifest records them."""
    return {
        "env": dict(PINNED_ENV),
        "torch_threads": 1,
        "executorch_threads": 1,
        "mkldnn": False,
        "nnpack": False,
        "deterministic_algorithms": True,
    }


class pinned_coreml:
    """Context manager: what ExecuTorch's Core ML lowering draws at random or from the clock, drawn
    from `seed` instead, so that a `coreml` program's bytes depend on the model alone.

    - the delegate's identifier (`executorch_` + a random UUID, written to `metadata.json`);
    - coremltools' `conversion_date` metadata (today's date) in `model.mlmodel`;
    - the `.mlpackage` item ids (random UUIDs from libuuid) of `Manifest.json`: replaced, once the
      package is saved and before ExecuTorch flattens it, by UUIDs derived from the seed and the
      item's name; the file keeps its layout (4-space indent, sorted keys);
    - the order of protobuf map entries in `model.mlmodel` (upb writes them in its hash table's
      order, which changes from one process to the next): the saved spec is written again with
      protobuf's deterministic serialization (map entries sorted by key), the same message.

    None of these change what the program computes.
    """

    FIXED_DATE = (2026, 1, 1)

    def __init__(self, seed: int):
        self.seed = seed
        self._undo = []

    def _uuid(self, salt: str):
        import hashlib
        import uuid

        digest = hashlib.sha256(f"{self.seed}:{salt}".encode()).digest()
        return uuid.UUID(bytes=digest[:16], version=4)

    def __enter__(self):
        import datetime
        import json
        from pathlib import Path

        import coremltools as ct
        import coremltools.converters._converters_entry as entry
        from executorch.backends.apple.coreml.compiler import coreml_preprocess

        counter = iter(range(1 << 30))
        pin = self

        class _Uuid:
            def __getattr__(self, name):
                import uuid

                return getattr(uuid, name)

            def uuid4(self):
                return pin._uuid(f"identifier:{next(counter)}")

        class _Date(datetime.date):
            @classmethod
            def today(cls):
                return cls(*pinned_coreml.FIXED_DATE)

        original_save = ct.models.MLModel.save

        def save(model, save_path: str):
            original_save(model, save_path)
            manifest = Path(save_path) / "Manifest.json"
            if not manifest.exists():
                return
            data = json.loads(manifest.read_text())
            renamed = {old: str(pin._uuid(f"item:{entry_['name']}")) for old, entry_ in data["itemInfoEntries"].items()}
            data["itemInfoEntries"] = {renamed[k]: v for k, v in data["itemInfoEntries"].items()}
            data["rootModelIdentifier"] = renamed.get(data["rootModelIdentifier"], data["rootModelIdentifier"])
            manifest.write_text(json.dumps(data, indent=4, sort_keys=True) + "\n")
            for item in data["itemInfoEntries"].values():
                if item["name"] != "model.mlmodel":
                    continue
                spec_path = Path(save_path) / "Data" / item["path"]
                spec = ct.proto.Model_pb2.Model()
                spec.ParseFromString(spec_path.read_bytes())
                spec_path.write_bytes(spec.SerializeToString(deterministic=True))

        self._undo = [
            (coreml_preprocess, "uuid", coreml_preprocess.uuid),
            (entry, "date", entry.date),
            (ct.models.MLModel, "save", original_save),
        ]
        coreml_preprocess.uuid = _Uuid()
        entry.date = _Date
        ct.models.MLModel.save = save
        return self

    def __exit__(self, *exc):
        for obj, name, value in reversed(self._undo):
            setattr(obj, name, value)
        self._undo = []
        return False
