"""ExecuTorch's own runtime (C++ via the executorch.runtime Python bindings, XNNPACK delegate) as a
peer of bench/peers/run.mjs: times Method.execute on the same xnnpack .pte Kindling runs.

Reads a JSON job on stdin: {"threads": n, "warmup": w, "runs": [{"model", "pte", "inputs": [{"file",
"dtype", "shape"}], "runs": n, "warmup": w}]}; writes one JSON object on the last stdout line:
{"runtime": ..., "threads": n, "results": [{"model", "initMs", "firstMs", "timesMs": [...], "output":
[floats of output 0] or "error"}]}. Timing only; numerical comparison happens in run.mjs.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import numpy as np
import torch

NP = {"float32": np.float32, "int64": np.int64, "int32": np.int32, "bool": np.bool_}


def main() -> int:
    job = json.loads(sys.stdin.read())
    threads = int(job["threads"])
    torch.set_num_threads(1)  # torch itself does no work here; keep it off the cores
    from executorch.extension.pybindings import portable_lib
    from executorch.runtime import Runtime

    portable_lib._unsafe_reset_threadpool(threads)
    rt = Runtime.get()
    out = {"runtime": "executorch", "threads": portable_lib._threadpool_get_thread_count(), "results": []}
    for m in job["runs"]:
        r = {"model": m["model"]}
        try:
            inputs = [torch.from_numpy(np.fromfile(i["file"], dtype=NP[i["dtype"]]).reshape(i["shape"]).copy())
                      for i in m["inputs"]]
            data = Path(m["pte"]).read_bytes()
            t0 = time.perf_counter()
            prog = rt.load_program(data)
            method = prog.load_method("forward")
            r["initMs"] = (time.perf_counter() - t0) * 1e3
            t0 = time.perf_counter()
            res = method.execute([x.clone() for x in inputs])
            r["firstMs"] = (time.perf_counter() - t0) * 1e3
            r["output"] = res[0].detach().reshape(-1).double().tolist()
            for _ in range(max(0, m["warmup"] - 1)):
                method.execute(inputs)
            times = []
            for _ in range(m["runs"]):
                t0 = time.perf_counter()
                res = method.execute(inputs)
                res[0].numpy()  # read the output, as the JS peers do
                times.append((time.perf_counter() - t0) * 1e3)
            r["timesMs"] = times
            del method, prog
        except Exception as e:  # report, keep going with the other models
            r["error"] = f"{type(e).__name__}: {(str(e).strip().splitlines() or [''])[0]}"
        out["results"].append(r)
        print(f"  executorch x{threads} {m['model']}: done", file=sys.stderr, flush=True)
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
