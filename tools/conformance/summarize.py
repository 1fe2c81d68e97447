#!/usr/bin/env python3
"""Print Markdown tables (zoo sizes per flavour, skipped flavours) from the conformance manifest.

    python3 tools/conformance/summarize.py [--manifest packages/conformance-zoo/cases/manifest.json] [--ops]

Standard library only (no venv needed). Used to refresh the tables in tools/conformance/README.md.
"""

import argparse
import json
from collections import OrderedDict
from pathlib import Path

FLAVOURS = ["portable", "xnnpack", "xnnpack-int8", "xnnpack-dq", "xnnpack-8da4w", "xnnpack-8da4w-pc", "vulkan", "vulkan-fp16", "vulkan-4w"]


def human(n: int) -> str:
    if n >= 1 << 20:
        return f"{n / (1 << 20):.1f} MiB"
    if n >= 1 << 10:
        return f"{n / (1 << 10):.1f} KiB"
    return f"{n} B"


def main() -> None:
    here = Path(__file__).resolve().parent
    ap = argparse.ArgumentParser()
    ap.add_argument("--manifest", default=str(here.parent.parent / "packages" / "conformance-zoo" / "cases" / "manifest.json"))
    ap.add_argument("--ops", action="store_true", help="list every ops/ model instead of one summary row")
    args = ap.parse_args()
    m = json.loads(Path(args.manifest).read_text())
    rows: "OrderedDict[str, dict]" = OrderedDict()
    skipped = {(s["model"], s["flavour"]): s["reason"] for s in m.get("skipped_flavours", [])}
    for c in m["cases"]:
        rows.setdefault(c["model"], {})[c["flavour"]] = c
    for s in m.get("skipped_flavours", []):
        rows.setdefault(s["model"], {})
    ops_models = [k for k in rows if k.startswith("ops/")]
    print("| model | where | " + " | ".join(FLAVOURS) + " |")
    print("|---|---|" + "---|" * len(FLAVOURS))
    if not args.ops and ops_models:
        n_cases = sum(len(rows[k]) for k in ops_models)
        total = sum(c["size"] for k in ops_models for c in rows[k].values())
        counts = [sum(1 for k in ops_models if f in rows[k]) for f in FLAVOURS]
        print(f"| ops/* ({len(ops_models)} models, {n_cases} cases, {human(total)}) | committed | "
              + " | ".join(f"{n} cases" for n in counts) + " |")
    for model, fl in rows.items():
        if model.startswith("ops/") and not args.ops:
            continue
        where = "committed" if all(c["committed"] for c in fl.values()) and fl else "cache"
        cells = []
        for f in FLAVOURS:
            if f in fl:
                cells.append(human(fl[f]["size"]))
            elif (model, f) in skipped:
                cells.append("skipped")
            else:
                cells.append("-")
        print(f"| {model} | {where} | " + " | ".join(cells) + " |")
    print()
    print("| model | flavour | reason |")
    print("|---|---|---|")
    for s in m.get("skipped_flavours", []):
        print(f"| {s['model']} | {s['flavour']} | {s['reason'].replace('|', '/')} |")


if __name__ == "__main__":
    main()
