"""Record portable-kernel test cases from PyTorch.

Writes packages/runtime/src/kernels/__fixtures__/kernel-cases.json: for each case the operator, its
arguments in schema order (defaults materialised) and the outputs PyTorch computes with `out=`
(or the error it raises). Run with the conformance venv:

    tools/conformance/.venv/bin/python tools/conformance/kernel_cases.py
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parent.parent.parent
OUT = ROOT / "packages" / "runtime" / "src" / "kernels" / "__fixtures__" / "kernel-cases.json"

DT = {
    torch.float32: "float32",
    torch.float64: "float64",
    torch.float16: "float16",
    torch.int64: "int64",
    torch.int32: "int32",
    torch.int16: "int16",
    torch.int8: "int8",
    torch.uint8: "uint8",
    torch.bool: "bool",
}
SCALAR_TYPE = {
    torch.uint8: 0, torch.int8: 1, torch.int16: 2, torch.int32: 3, torch.int64: 4,
    torch.float16: 5, torch.float32: 6, torch.float64: 7, torch.bool: 11,
}

torch.manual_seed(0)
CASES: list[dict] = []


class CL:
    """Marks a tensor argument to be given in channels-last dim order."""

    def __init__(self, t: torch.Tensor):
        self.t = t


def num(x):
    if isinstance(x, bool):
        return int(x)
    if isinstance(x, float):
        if math.isnan(x):
            return "nan"
        if math.isinf(x):
            return "inf" if x > 0 else "-inf"
    return x


def enc_tensor(t: torch.Tensor, cl: bool = False) -> dict:
    t = t.detach()
    if cl:
        phys = t.permute(0, 2, 3, 1).contiguous().flatten()
        dim_order = [0, 2, 3, 1]
    else:
        phys = t.contiguous().flatten()
        dim_order = list(range(t.dim()))
    vals = phys.to(torch.float64).tolist() if t.dtype != torch.int64 else phys.tolist()
    if t.dtype == torch.int64:
        # beyond 2**53 a JSON number loses digits in JavaScript: such values are written as strings
        return {"dtype": DT[t.dtype], "sizes": list(t.shape), "dimOrder": dim_order,
                "data": [str(v) if abs(v) > 2**53 else v for v in vals]}
    return {"dtype": DT[t.dtype], "sizes": list(t.shape), "dimOrder": dim_order, "data": [num(v) for v in vals]}


def rnd(*shape, dtype=torch.float32, lo=-3.0, hi=3.0):
    if dtype == torch.bool:
        return torch.rand(*shape) > 0.5
    if dtype.is_floating_point:
        return (torch.rand(*shape, dtype=torch.float64) * (hi - lo) + lo).to(dtype)
    return torch.randint(int(lo), int(hi) + 1, shape, dtype=dtype)


def enc_arg(v, typ: str):
    if isinstance(v, CL):
        return {"tensor": enc_tensor(v.t, True)}
    if v is None:
        return {"none": True}
    if isinstance(v, torch.Tensor):
        return {"tensor": enc_tensor(v)}
    if isinstance(v, torch.dtype):
        return {"int": SCALAR_TYPE[v]}
    if isinstance(v, torch.memory_format):
        return {"int": {torch.contiguous_format: 0, torch.preserve_format: 1}[v]}
    if isinstance(v, str):
        return {"string": v}
    if isinstance(v, bool):
        return {"bool": v}
    if isinstance(v, int):
        if typ.startswith("List[int]") or typ.startswith("Optional[List[int]]") or "SymInt[]" in typ:
            return {"ints": [v]}
        if "float" in typ and "List" not in typ:
            return {"double": float(v)}
        return {"int": v}
    if isinstance(v, float):
        return {"double": num(v)}
    if isinstance(v, (list, tuple)):
        if "Tensor" in typ:
            if "Optional" in typ.split("List")[-1] or "Optional[Tensor]" in typ:
                return {"optTensors": [None if x is None else enc_tensor(x.t if isinstance(x, CL) else x, isinstance(x, CL)) for x in v]}
            return {"tensors": [enc_tensor(x.t if isinstance(x, CL) else x, isinstance(x, CL)) for x in v]}
        if "float" in typ:
            return {"doubles": [float(x) for x in v]}
        if "bool" in typ:
            return {"bools": [bool(x) for x in v]}
        return {"ints": [int(x) for x in v]}
    raise TypeError(f"cannot encode {v!r} as {typ}")


def torch_val(v):
    if isinstance(v, CL):
        return v.t.contiguous(memory_format=torch.channels_last)
    if isinstance(v, list):
        return [torch_val(x) for x in v]
    return v


def case(op: str, *args, name: str = "", out=None, out_cl=False, error=False, tol=None, inplace=False, outs_list=0, **kwargs):
    """Record `op` (e.g. 'aten::add.out') applied to args (schema order; remaining args may be kwargs)."""
    ns, rest = op.split("::")
    opname, overload = rest.split(".") if "." in rest else (rest, "default")
    fn = getattr(getattr(getattr(torch.ops, ns), opname), overload)
    schema = fn._schema.arguments
    ins = [a for a in schema if not a.is_out]
    outs = [a for a in schema if a.is_out]
    values = list(args)
    for a in ins[len(values):]:
        if a.name in kwargs:
            values.append(kwargs[a.name])
        elif a.has_default_value():
            values.append(a.default_value)
        else:
            raise ValueError(f"{op}: missing argument {a.name}")
    enc = [enc_arg(v, str(a.type)) for v, a in zip(values, ins)]
    first_dtype = None
    for v in values:
        for x in (v if isinstance(v, list) else [v]):
            x = x.t if isinstance(x, CL) else x
            if isinstance(x, torch.Tensor):
                first_dtype = x.dtype if first_dtype is None else torch.promote_types(first_dtype, x.dtype)
    tvals = [torch_val(v) for v in values]
    tvals = [v.clone() if isinstance(v, torch.Tensor) else v for v in tvals]
    call = {a.name: v for a, v in zip(ins, tvals)}
    out_dtypes = out if isinstance(out, list) else [out] * max(1, len(outs))
    out_tensors = []
    for i, a in enumerate(outs):
        d = out_dtypes[i] if i < len(out_dtypes) and out_dtypes[i] is not None else first_dtype
        if str(a.type).startswith("List"):
            out_tensors.append([torch.empty(sh, dtype=d) for sh in outs_list])
        else:
            out_tensors.append(torch.empty(0, dtype=d))
    for a, t in zip(outs, out_tensors):
        call[a.name] = t
    rec = {"name": name or op, "op": op, "args": enc, "tol": tol}
    try:
        res = fn(**call)
        if inplace:
            out_tensors = [tvals[0]]
        flat = []
        for t in out_tensors:
            flat.append({"list": [enc_tensor(x) for x in t]} if isinstance(t, list) else enc_tensor(t))
        if error:
            raise RuntimeError(f"{name or op}: expected an error, PyTorch returned {res}")
        rec["outs"] = flat
        rec["outCl"] = out_cl
        rec["inplace"] = inplace
    except (RuntimeError, IndexError, ValueError, TypeError) as e:
        if not error:
            raise RuntimeError(f"{name or op}: unexpected error {e}") from e
        rec["error"] = True
        rec["outs"] = [
            ({"list": [{"dtype": DT[x.dtype], "sizes": [0], "dimOrder": [0], "data": []} for x in t]} if isinstance(t, list)
             else {"dtype": DT[t.dtype], "sizes": list(t.shape), "dimOrder": list(range(t.dim())), "data": []})
            for t in out_tensors
        ]
        rec["inplace"] = inplace
    CASES.append(rec)


f32, f64, i64, i32, b = torch.float32, torch.float64, torch.int64, torch.int32, torch.bool

# ---- elementwise binary -------------------------------------------------------------------------
case("aten::add.out", rnd(2, 3), rnd(2, 3), alpha=1)
case("aten::add.out", rnd(2, 3), rnd(3), alpha=2.5, name="add broadcast alpha")
case("aten::add.out", rnd(4, 1, 3), rnd(2, 1), name="add broadcast both")
case("aten::add.out", rnd(2, 3, dtype=i64), rnd(2, 3), name="add long+float")
case("aten::add.out", rnd(2, 3, dtype=i64), rnd(2, 3, dtype=i32), alpha=3, name="add long+int alpha")
case("aten::add.out", rnd(2, 3, dtype=b), rnd(2, 3, dtype=b), name="add bool")
case("aten::add.out", rnd(2, 3, dtype=i32), torch.tensor(2.5), name="add int + 0-dim float")
case("aten::add.out", rnd(2, 3), torch.tensor(2, dtype=i64), name="add float + 0-dim long")
case("aten::add.out", CL(rnd(1, 3, 2, 2)), rnd(1, 3, 2, 2), name="add channels-last + contiguous")
case("aten::add.out", CL(rnd(2, 3, 2, 2)), CL(rnd(2, 3, 2, 2)), out_cl=True, name="add channels-last out")
case("aten::add.out", rnd(2, 3, 1, 2), rnd(3, 1, 1), out_cl=True, name="add broadcast into channels-last out")
case("aten::add.out", rnd(0, 3), rnd(3), name="add empty")
case("aten::add.out", rnd(2, 3), rnd(4), error=True, name="add bad shapes")
case("aten::add.out", rnd(2, 3), rnd(2, 3), out=i64, error=True, name="add float into long out")
case("aten::add.out", rnd(2, 3, dtype=i64), rnd(2, 3, dtype=i64), alpha=1.5, error=True, name="add float alpha for ints")
case("aten::add.out", rnd(2, 3, dtype=i32), rnd(2, 3, dtype=i32), out=f32, name="add int into float out")
case("aten::add.Scalar_out", rnd(2, 3), 1.5, alpha=2)
case("aten::add.Scalar_out", rnd(2, 3, dtype=i64), 2, name="add.Scalar long+int")
case("aten::add.Scalar_out", rnd(2, 3, dtype=i64), 2.5, out=f32, name="add.Scalar long+float")
case("aten::add.Scalar_out", rnd(2, 3, dtype=b), True, name="add.Scalar bool+bool")
case("aten::sub.out", rnd(3, 4), rnd(4), alpha=2)
case("aten::sub.out", rnd(3, dtype=i64), rnd(3, dtype=i64), name="sub long")
case("aten::sub.out", rnd(3, dtype=b), rnd(3, dtype=b), error=True, name="sub bool")
case("aten::sub.Scalar_out", rnd(2, 3), 0.5, alpha=1)
case("aten::rsub.Scalar_out", rnd(2, 3), 1.0, alpha=2)
case("aten::rsub.Scalar_out", rnd(2, 3, dtype=i64), 5, name="rsub long")
case("aten::mul.out", rnd(2, 3), rnd(2, 1))
case("aten::mul.out", rnd(2, 3, dtype=i64), rnd(2, 3, dtype=i64), name="mul long")
case("aten::mul.out", rnd(2, 3, dtype=b), rnd(2, 3), name="mul bool*float")
case("aten::mul.out", CL(rnd(1, 2, 3, 3)), rnd(1, 2, 1, 1), name="mul channels-last by channel")
case("aten::mul.Scalar_out", rnd(2, 3), 0.125)
case("aten::mul.Scalar_out", rnd(2, 3, dtype=i32), 3, name="mul.Scalar int")
case("aten::div.out", rnd(2, 3), rnd(2, 3, lo=0.5, hi=2))
case("aten::div.out", rnd(2, 3, dtype=i64), torch.tensor([2, -3, 4]), out=f32, name="div long true division")
case("aten::div.out", rnd(2, 3, dtype=i64), rnd(3, dtype=i64), error=True, name="div long into long out")
case("aten::div.out", torch.tensor([1.0, -1.0, 0.0]), torch.tensor([0.0, 0.0, 0.0]), name="div by zero")
case("aten::div.out_mode", torch.tensor([7.0, -7.0, 7.5, -7.5]), torch.tensor([2.0, 2.0, -2.0, -2.0]), rounding_mode="trunc", name="div trunc float")
case("aten::div.out_mode", torch.tensor([7.0, -7.0, 7.5, -7.5]), torch.tensor([2.0, 2.0, -2.0, -2.0]), rounding_mode="floor", name="div floor float")
case("aten::div.out_mode", torch.tensor([7, -7, 7, -7]), torch.tensor([2, 2, -2, -2]), rounding_mode="floor", name="div floor long")
case("aten::div.out_mode", torch.tensor([7, -7, 7, -7]), torch.tensor([2, 2, -2, -2]), rounding_mode="trunc", name="div trunc long")
case("aten::div.out_mode", torch.tensor([7, -7]), torch.tensor([2, 2]), rounding_mode=None, out=f32, name="div mode None")
case("aten::div.Scalar_out", rnd(2, 3), 4.0)
case("aten::div.Scalar_out", rnd(2, 3, dtype=i64), 2, out=f32, name="div.Scalar long")
case("aten::pow.Tensor_Scalar_out", rnd(2, 3, lo=0.1, hi=3), 2.5)
case("aten::pow.Tensor_Scalar_out", rnd(2, 3, dtype=i64), 3, name="pow long^int")
case("aten::pow.Tensor_Scalar_out", rnd(2, 3), 2, name="pow float^2")
case("aten::pow.Tensor_Tensor_out", rnd(2, 3, lo=0.1, hi=3), rnd(3))
case("aten::pow.Scalar_out", 2.0, rnd(2, 3), name="pow scalar^tensor")
case("aten::maximum.out", torch.tensor([1.0, float("nan"), 3.0]), torch.tensor([2.0, 1.0, float("nan")]))
case("aten::maximum.out", rnd(2, 3, dtype=i64), rnd(3), name="maximum long,float")
case("aten::minimum.out", rnd(2, 3), rnd(2, 1))
for cmp in ["eq", "ne", "lt", "le", "gt", "ge"]:
    a = torch.tensor([[1.0, 2.0, 3.0], [float("nan"), 2.0, -1.0]])
    case(f"aten::{cmp}.Tensor_out", a, torch.tensor([2.0, 2.0, 2.0]), out=b)
    case(f"aten::{cmp}.Scalar_out", a, 2, out=b)
    case(f"aten::{cmp}.Tensor_out", torch.tensor([1, 2, 3]), torch.tensor([1.5, 2.0, 2.5]), out=b, name=f"{cmp} long vs float")
case("aten::eq.Scalar_out", torch.tensor([1, 2, 3]), 2.5, out=b, name="eq long vs 2.5")
case("aten::lt.Tensor_out", rnd(2, 3), rnd(2, 3), out=f32, name="lt into float out")
case("aten::logical_and.out", torch.tensor([0.0, 1.0, 2.0, 0.0]), torch.tensor([1, 1, 0, 0]), out=b)
case("aten::logical_or.out", torch.tensor([0.0, 1.0, 2.0, 0.0]), torch.tensor([1, 1, 0, 0]), out=b)
case("aten::logical_xor.out", torch.tensor([True, True, False, False]), torch.tensor([True, False, True, False]))
case("aten::logical_not.out", torch.tensor([0.0, 1.0, float("nan")]), out=b)
case("aten::logical_not.out", torch.tensor([0, 3, -1]), out=f32, name="logical_not long into float")
case("aten::bitwise_not.out", torch.tensor([True, False]))
case("aten::bitwise_not.out", torch.tensor([0, 5, -6], dtype=i64), name="bitwise_not long")
case("aten::bitwise_not.out", torch.tensor([0, 5, 250], dtype=torch.uint8), name="bitwise_not byte")
case("aten::bitwise_and.Tensor_out", torch.tensor([12, 10, -1]), torch.tensor([10, 6, 2**40]))
case("aten::bitwise_or.Tensor_out", torch.tensor([True, False, False]), torch.tensor([False, False, True]))
case("aten::bitwise_xor.Tensor_out", torch.tensor([12, 10], dtype=i32), torch.tensor([10, 6], dtype=i32))
case("aten::bitwise_and.Scalar_out", torch.tensor([12, 10, 7]), 6)
case("aten::bitwise_and.Tensor_out", rnd(3), rnd(3), error=True, name="bitwise_and float")

# ---- elementwise unary --------------------------------------------------------------------------
X = torch.tensor([-2.5, -1.5, -0.5, 0.0, 0.5, 1.5, 2.5, 3.7, -3.7, 10.0])
POS = torch.tensor([0.01, 0.5, 1.0, 2.0, 10.0, 100.0])
for u in ["neg", "abs", "exp", "sin", "cos", "tanh", "sigmoid", "relu", "floor", "ceil", "round", "erf", "trunc", "sign",
          "hardswish", "hardsigmoid", "expm1", "atan"]:
    case(f"aten::{u}.out", X, tol=[1e-5, 1e-6])
for u in ["log", "sqrt", "rsqrt", "reciprocal", "log1p", "log2", "log10"]:
    case(f"aten::{u}.out", POS, tol=[1e-5, 1e-6])
case("aten::exp.out", rnd(2, 3, dtype=i64), out=f32, name="exp long")
case("aten::exp.out", rnd(2, 3, dtype=i64), out=i64, error=True, name="exp long into long")
case("aten::sqrt.out", torch.tensor([-1.0, 4.0]), name="sqrt negative")
case("aten::abs.out", torch.tensor([-3, 0, 4]), name="abs long")
case("aten::neg.out", torch.tensor([-3, 0, 4], dtype=i32), name="neg int")
case("aten::relu.out", torch.tensor([-3, 0, 4]), name="relu long")
case("aten::round.out", torch.tensor([0.5, 1.5, 2.5, -0.5, -2.5, 2.4999]), name="round half even")
case("aten::floor.out", torch.tensor([-3, 4]), name="floor long")
case("aten::sigmoid.out", CL(rnd(1, 2, 2, 3)), name="sigmoid channels-last")
case("aten::tanh.out", rnd(2, 2, 3)[:, :, :2].transpose(0, 1), name="tanh non-contiguous input (materialised)")
case("aten::gelu.out", X, approximate="none", tol=[1e-5, 1e-6])
case("aten::gelu.out", X, approximate="tanh", tol=[1e-5, 1e-6], name="gelu tanh")
case("aten::gelu.out", torch.tensor([-10.0, -6.0, -4.0, 4.0]), approximate="none", tol=[1e-2, 1e-6], name="gelu tails (PyTorch float32 loses precision in 1 + erf)")
case("aten::hardtanh.out", X, -1.0, 2.0)
case("aten::hardtanh.out", torch.tensor([-3, 0, 4]), 0, 6, name="hardtanh long")
case("aten::leaky_relu.out", X, 0.2)
case("aten::clamp.out", X, -1.0, 2.0)
case("aten::clamp.out", X, None, 0.5, name="clamp max only")
case("aten::clamp.out", torch.tensor([-3, 0, 4]), 0.5, None, out=f32, name="clamp long with float min")
case("aten::clamp.out", torch.tensor([-3, 0, 4]), 0, 2, name="clamp long")
case("aten::clamp.out", torch.tensor([1.0, float("nan")]), 2.0, 1.0, name="clamp min>max and nan")
case("aten::clamp.Tensor_out", rnd(2, 3), rnd(3, lo=-1, hi=0), rnd(2, 1, lo=0, hi=1))
case("aten::clamp.Tensor_out", rnd(2, 3), None, rnd(3), name="clamp.Tensor max only")
case("aten::where.self_out", rnd(2, 3, dtype=b), rnd(2, 3), rnd(3))
case("aten::where.self_out", rnd(2, 1, dtype=b), rnd(2, 3, dtype=i64), rnd(3), name="where promote long,float")
case("aten::where.self_out", rnd(3, dtype=b), torch.tensor(1.0), torch.tensor(0.0), name="where 0-dim")
case("aten::masked_fill.Scalar_out", rnd(2, 3), rnd(3, dtype=b), -1e9)
case("aten::masked_fill.Scalar_out", rnd(2, 3, dtype=i64), rnd(2, 3, dtype=b), 7, name="masked_fill long")
case("aten::masked_fill.Scalar_out", rnd(2, 3), rnd(2, 2, dtype=b), 1.0, error=True, name="masked_fill bad mask")
case("aten::scalar_tensor.out", 2.5)
case("aten::full.out", [2, 3], 1.5)
case("aten::full.out", [2, 2], 7, out=i64, name="full long")
case("aten::full_like.out", rnd(2, 3), 3.0)
case("aten::zeros.out", [2, 3], out=f32)
case("aten::ones.out", [3, 1], out=i64)
case("aten::arange.out", 5, out=i64)
case("aten::arange.start_out", 1.0, 2.0, 0.25, out=f32)
case("aten::arange.start_out", 10, 0, -3, out=i64, name="arange negative step")
case("aten::fill.Scalar_out", rnd(2, 3), 4.0)

# ---- linear algebra, conv, norms ----------------------------------------------------------------
case("aten::mm.out", rnd(3, 4), rnd(4, 5), tol=[1e-5, 1e-5])
case("aten::mm.out", rnd(3, 4, dtype=i64), rnd(4, 2, dtype=i64), name="mm long")
case("aten::mm.out", rnd(3, 4), rnd(3, 5), error=True, name="mm bad shapes")
case("aten::mm.out", rnd(3, 0), rnd(0, 2), name="mm empty k")
case("aten::mm.out", rnd(4, 3).t(), rnd(4, 5), tol=[1e-5, 1e-5], name="mm transposed input (materialised)")
case("aten::bmm.out", rnd(2, 3, 4), rnd(2, 4, 2), tol=[1e-5, 1e-5])
case("aten::addmm.out", rnd(5), rnd(3, 4), rnd(4, 5), beta=0.5, alpha=2.0, tol=[1e-5, 1e-5])
case("aten::addmm.out", rnd(3, 5), rnd(3, 4), rnd(4, 5), tol=[1e-5, 1e-5], name="addmm full self")
case("aten::linear.out", rnd(2, 3, 4), rnd(5, 4), rnd(5), tol=[1e-5, 1e-5])
case("aten::linear.out", rnd(3, 4), rnd(5, 4), None, tol=[1e-5, 1e-5], name="linear no bias")


def conv(x, w, bias, stride, padding, dilation, transposed, output_padding, groups, name, cl=False, out_cl=False):
    case("aten::convolution.out", CL(x) if cl else x, w, bias, stride, padding, dilation, transposed, output_padding, groups,
         name=name, tol=[1e-4, 1e-5], out_cl=out_cl)


conv(rnd(1, 3, 6, 6), rnd(4, 3, 3, 3), rnd(4), [1, 1], [1, 1], [1, 1], False, [0, 0], 1, "conv2d 3x3 pad 1")
conv(rnd(2, 4, 7, 5), rnd(6, 2, 3, 2), None, [2, 1], [1, 0], [1, 2], False, [0, 0], 2, "conv2d grouped strided dilated")
conv(rnd(1, 4, 5, 5), rnd(4, 1, 3, 3), rnd(4), [2, 2], [1, 1], [1, 1], False, [0, 0], 4, "conv2d depthwise stride 2")
conv(rnd(1, 4, 5, 5), rnd(4, 1, 3, 3), rnd(4), [1, 1], [1, 1], [1, 1], False, [0, 0], 4, "conv2d depthwise channels-last", cl=True, out_cl=True)
conv(rnd(1, 3, 4, 4), rnd(2, 3, 1, 1), rnd(2), [1, 1], [0, 0], [1, 1], False, [0, 0], 1, "conv2d pointwise channels-last in", cl=True)
conv(rnd(2, 3, 10), rnd(4, 3, 3), rnd(4), [2], [1], [1], False, [0], 1, "conv1d")
conv(rnd(1, 4, 3, 3), rnd(4, 3, 3, 3), rnd(3), [2, 2], [1, 1], [1, 1], True, [1, 1], 1, "conv_transpose2d")
conv(rnd(1, 4, 3, 3), rnd(4, 1, 2, 2), None, [2, 2], [0, 0], [1, 1], True, [0, 0], 2, "conv_transpose2d grouped")
conv(rnd(1, 3, 6, 6), rnd(4, 2, 3, 3), rnd(4), [1, 1], [1, 1], [1, 1], False, [0, 0], 1, "conv2d wrong in channels") if False else None
case("aten::convolution.out", rnd(1, 3, 6, 6), rnd(4, 2, 3, 3), rnd(4), [1, 1], [1, 1], [1, 1], False, [0, 0], 1, error=True,
     name="conv2d wrong in channels")
case("aten::_native_batch_norm_legit_no_training.out", rnd(2, 3, 2, 2), rnd(3), rnd(3), rnd(3), rnd(3, lo=0.5, hi=2), 0.1, 1e-5,
     tol=[1e-5, 1e-5])
case("aten::_native_batch_norm_legit_no_training.out", CL(rnd(2, 3, 2, 2)), None, None, rnd(3), rnd(3, lo=0.5, hi=2), 0.1, 1e-5,
     tol=[1e-5, 1e-5], name="batch_norm channels-last no affine")
case("aten::native_layer_norm.out", rnd(2, 3, 4), [4], rnd(4), rnd(4), 1e-5, tol=[1e-5, 1e-5])
case("aten::native_layer_norm.out", rnd(2, 3, 4), [3, 4], None, None, 1e-5, tol=[1e-5, 1e-5], name="layer_norm 2-D no affine")
case("aten::native_layer_norm.out", rnd(2, 3, 4), [5], None, None, 1e-5, error=True, name="layer_norm bad shape")
case("aten::_softmax.out", rnd(2, 3, 4), -1, False, tol=[1e-5, 1e-6])
case("aten::_softmax.out", rnd(2, 3, 4), 1, False, tol=[1e-5, 1e-6], name="softmax dim 1")
case("aten::_softmax.out", CL(rnd(1, 3, 2, 2)), 1, False, tol=[1e-5, 1e-6], name="softmax channels-last dim 1")
case("aten::_softmax.out", torch.tensor([[0.0, float("-inf")], [1.0, 1.0]]), 1, False, name="softmax -inf")
case("aten::_log_softmax.out", rnd(2, 5), 1, False, tol=[1e-5, 1e-6])
case("aten::avg_pool2d.out", rnd(1, 2, 5, 5), [2, 2], [2, 2], [0, 0], False, True, None, tol=[1e-5, 1e-6])
case("aten::avg_pool2d.out", rnd(1, 2, 5, 5), [3, 3], [2, 2], [1, 1], True, False, None, tol=[1e-5, 1e-6], name="avg_pool2d ceil no pad count")
case("aten::avg_pool2d.out", rnd(1, 2, 5, 5), [3, 3], [2, 2], [1, 1], False, True, None, tol=[1e-5, 1e-6], name="avg_pool2d pad count")
case("aten::avg_pool2d.out", rnd(2, 4, 4), [2, 2], [], [0, 0], False, True, 3, tol=[1e-5, 1e-6], name="avg_pool2d 3-D divisor")
case("aten::max_pool2d_with_indices.out", rnd(1, 2, 5, 5), [3, 3], [2, 2], [1, 1], [1, 1], False, out=[f32, i64])
case("aten::max_pool2d_with_indices.out", CL(rnd(1, 2, 6, 6)), [2, 2], [2, 2], [0, 0], [1, 1], True, out=[f32, i64], name="max_pool2d channels-last ceil")
case("aten::max_pool2d_with_indices.out", rnd(1, 1, 7, 7), [3, 3], [1, 1], [0, 0], [2, 2], False, out=[f32, i64], name="max_pool2d dilated")
case("aten::_adaptive_avg_pool2d.out", rnd(1, 2, 5, 7), [2, 3], tol=[1e-5, 1e-6])
case("aten::_adaptive_avg_pool2d.out", rnd(1, 2, 4, 4), [1, 1], tol=[1e-5, 1e-6], name="adaptive avg pool global")

# ---- reductions ---------------------------------------------------------------------------------
case("aten::mean.out", rnd(2, 3, 4), [-1], True, None, tol=[1e-5, 1e-6])
case("aten::mean.out", rnd(2, 3, 4), [0, 2], False, None, tol=[1e-5, 1e-6], name="mean two dims")
case("aten::mean.out", CL(rnd(2, 3, 2, 2)), [2, 3], True, None, tol=[1e-5, 1e-6], name="mean channels-last spatial")
case("aten::mean.out", rnd(2, 3), None, False, None, tol=[1e-5, 1e-6], name="mean all")
case("aten::sum.IntList_out", rnd(2, 3, 4), [1], False, None, tol=[1e-5, 1e-5])
case("aten::sum.IntList_out", rnd(2, 3, dtype=i64), None, False, None, name="sum long all")
case("aten::sum.IntList_out", rnd(2, 3, dtype=b), [1], True, None, out=i64, name="sum bool -> long")
case("aten::sum.IntList_out", rnd(2, 0), [1], False, None, name="sum empty dim")
case("aten::amax.out", rnd(2, 3, 4), [1], False)
case("aten::amax.out", torch.tensor([[1.0, float("nan")], [2.0, 3.0]]), [1], True, name="amax nan")
case("aten::amin.out", rnd(2, 3, 4), [0, 2], True)
case("aten::argmax.out", rnd(2, 3, 4), 1, False, out=i64)
case("aten::argmax.out", torch.tensor([[1.0, 3.0, 3.0], [2.0, 1.0, 0.0]]), None, False, out=i64, name="argmax flat ties")
case("aten::argmin.out", rnd(2, 3, 4), -1, True, out=i64)
case("aten::var.correction_out", rnd(2, 3, 4), [-1], correction=1, keepdim=True, tol=[1e-5, 1e-6])
case("aten::var.correction_out", rnd(2, 3, 4), [0, 1], correction=0, keepdim=False, tol=[1e-5, 1e-6], name="var biased")
case("aten::any.all_out", torch.tensor([[0, 0], [0, 1]]), out=b)
case("aten::any.dims_out", torch.tensor([[0.0, 0.0], [0.0, 1.0]]), [1], False, out=b)
case("aten::cumsum.out", rnd(2, 3), 1, None)
case("aten::cumsum.out", rnd(2, 3, dtype=i64), 0, None, name="cumsum long")

# ---- embedding, padding, upsampling -------------------------------------------------------------
case("aten::embedding.out", rnd(5, 3), torch.tensor([[0, 4], [2, 2]]), -1, False, False)
case("aten::embedding.out", rnd(5, 3), torch.tensor([5]), -1, False, False, error=True, name="embedding out of range")
case("aten::constant_pad_nd.out", rnd(2, 3), [1, 2], 0.5)
case("aten::constant_pad_nd.out", rnd(1, 2, 3, 3), [1, 1, -1, 2], 0.0, name="constant_pad_nd 2-D with crop")
case("aten::upsample_nearest2d.vec_out", rnd(1, 2, 3, 3), [6, 6], None)
case("aten::upsample_nearest2d.vec_out", rnd(1, 2, 3, 4), [5, 7], None, name="upsample_nearest2d odd")
case("aten::upsample_nearest2d.vec_out", rnd(1, 2, 3, 4), None, [1.5, 2.0], name="upsample_nearest2d scales")
case("aten::upsample_bilinear2d.vec_out", rnd(1, 2, 3, 3), [5, 6], False, None, tol=[1e-5, 1e-6])
case("aten::upsample_bilinear2d.vec_out", rnd(1, 2, 3, 3), [5, 6], True, None, tol=[1e-5, 1e-6], name="bilinear align_corners")
case("aten::upsample_bilinear2d.vec_out", rnd(1, 1, 4, 4), None, False, [2.0, 2.0], tol=[1e-5, 1e-6], name="bilinear scales")

# ---- views and copies ---------------------------------------------------------------------------
case("aten::view_copy.out", rnd(2, 3, 4), [4, -1])
case("aten::view_copy.out", CL(rnd(1, 2, 2, 3)), [2, 6], name="view_copy of channels-last")
case("aten::view_copy.out", rnd(2, 3), [4, 2], error=True, name="view_copy bad size")
case("aten::permute_copy.out", rnd(2, 3, 4), [2, 0, 1])
case("aten::permute_copy.out", rnd(2, 3, 4, dtype=i64), [1, 2, 0], name="permute long")
case("aten::transpose_copy.int_out", rnd(2, 3, 4), 0, -1)
case("aten::t_copy.out", rnd(2, 3))
case("aten::expand_copy.out", rnd(3, 1), [2, 3, 4])
case("aten::expand_copy.out", rnd(3, 1), [-1, 5], name="expand -1")
case("aten::squeeze_copy.dim_out", rnd(2, 1, 3), 1)
case("aten::squeeze_copy.dims_out", rnd(1, 2, 1, 3), [0, 2])
case("aten::unsqueeze_copy.out", rnd(2, 3), -1)
case("aten::slice_copy.Tensor_out", rnd(4, 5), 1, 1, 2**63 - 1, 2)
case("aten::slice_copy.Tensor_out", rnd(4, 5), 0, -3, -1, 1, name="slice negative")
case("aten::slice_copy.Tensor_out", rnd(4, 5, dtype=b), 0, None, None, 1, name="slice bool full")
case("aten::select_copy.int_out", rnd(3, 4), 1, -1)
case("aten::select_copy.int_out", rnd(3, 4), 0, 3, error=True, name="select out of range")
case("aten::cat.out", [rnd(2, 3), rnd(1, 3)], 0)
case("aten::cat.out", [rnd(2, 1), rnd(2, 3, dtype=i64)], 1, out=f32, name="cat mixed dtypes")
case("aten::cat.out", [rnd(2, 3), torch.empty(0), rnd(2, 2)], 1, name="cat legacy empty")
case("aten::cat.out", [CL(rnd(1, 2, 2, 2)), rnd(1, 3, 2, 2)], 1, name="cat channels-last")
case("aten::cat.out", [rnd(2, 3), rnd(2, 4)], 0, error=True, name="cat mismatched")
case("aten::stack.out", [rnd(2, 3), rnd(2, 3)], 1)
case("aten::split_with_sizes_copy.out", rnd(5, 2), [2, 3], 0, outs_list=[[2, 2], [3, 2]])
case("aten::split_copy.Tensor_out", rnd(2, 5), 2, 1, outs_list=[[2, 2], [2, 2], [2, 1]])
case("aten::unbind_copy.int_out", rnd(3, 2), 0, outs_list=[[2], [2], [2]])
case("aten::clone.out", CL(rnd(1, 2, 2, 2)), None, out_cl=True)
case("aten::_to_copy.out", rnd(2, 3), False, None, out=i64)
case("aten::_to_copy.out", torch.tensor([0.0, 0.5, -2.0]), False, None, out=b, name="_to_copy float->bool")
case("aten::_to_copy.out", torch.tensor([1, 2, 3]), False, None, out=torch.float16, name="_to_copy long->half")
case("aten::_to_copy.out", torch.tensor([0.1, 65504.0, 1e-5, -2.5]), False, None, out=torch.float16, name="_to_copy float->half")
case("aten::copy.out", rnd(2, 3), rnd(3), False)
case("aten::copy_", rnd(2, 3), rnd(2, 1), False, inplace=True)
case("aten::index.Tensor_out", rnd(4, 3), [torch.tensor([0, 2, -1])])
case("aten::index.Tensor_out", rnd(4, 3, 2), [None, torch.tensor([[0, 2], [1, 1]])], name="index second dim 2-D index")
case("aten::index.Tensor_out", rnd(4, 3, 2), [torch.tensor([0, 3]), None, torch.tensor([1, 0])], name="index non-adjacent")
case("aten::index.Tensor_out", rnd(3, 2), [torch.tensor([True, False, True])], name="index bool mask")
case("aten::index.Tensor_out", rnd(3, 2), [torch.tensor([3])], error=True, name="index out of range")
case("aten::index_put.out", rnd(4, 3), [torch.tensor([0, 2])], rnd(2, 3), False)
case("aten::index_put.out", rnd(4, 3), [torch.tensor([0, 0])], rnd(3), True, name="index_put accumulate")
case("aten::index_put_", torch.zeros(1, 2, 6, 3), [None, None, torch.tensor([2, 3])], rnd(1, 2, 2, 3), False, inplace=True,
     name="index_put_ kv cache")
case("aten::index_select.out", rnd(4, 3), 0, torch.tensor([3, 0, 0]))
case("aten::index_select.out", rnd(4, 3), 1, torch.tensor([2]), name="index_select dim 1")
case("aten::gather.out", rnd(3, 4), 1, torch.tensor([[0, 3], [1, 1], [2, 0]]), False)
case("aten::repeat.out", rnd(2, 3), [2, 1, 2])
case("aten::tril.out", rnd(3, 4), 0)
case("aten::tril.out", rnd(2, 3, 3), -1, name="tril batched")
case("aten::slice_scatter.out", rnd(4, 5), rnd(4, 2), 1, 1, 5, 2)
case("aten::select_scatter.out", rnd(3, 4), rnd(3), 1, 2)
case("aten::index_copy.out", torch.zeros(2, 5, 3), 1, torch.tensor([4, 1]), rnd(2, 2, 3))
case("aten::alias_copy.out", rnd(2, 2))
case("aten::detach_copy.out", rnd(2, 2))

# ---- group norm, indexed reductions, products, flips, fmod, elu, topk ---------------------------
case("aten::native_group_norm.out", rnd(2, 6, 2, 3), rnd(6), rnd(6), 2, 6, 6, 3, 1e-5, out=[f32, f32, f32], tol=[1e-5, 1e-5])
case("aten::native_group_norm.out", CL(rnd(1, 4, 2, 2)), None, None, 1, 4, 4, 2, 1e-3, out=[f32, f32, f32], tol=[1e-5, 1e-5],
     name="native_group_norm channels-last no affine")
case("aten::max.dim_max", torch.tensor([[1.0, 3.0, 3.0], [float("nan"), 1.0, float("nan")]]), 1, False, out=[f32, i64],
     name="max.dim_max ties and nan")
case("aten::max.dim_max", rnd(2, 3, 4, dtype=i64), 0, True, out=[i64, i64], name="max.dim_max long keepdim")
case("aten::max.dim_max", torch.tensor(2.5), 0, False, out=[f32, i64], name="max.dim_max rank 0")
case("aten::min.dim_min", torch.tensor([[2.0, 1.0, 1.0], [0.0, float("nan"), -1.0]]), -1, True, out=[f32, i64],
     name="min.dim_min ties and nan")
case("aten::min.dim_min", rnd(2, 0), 1, False, out=[f32, i64], error=True, name="min.dim_min empty dim")
case("aten::prod.int_out", rnd(2, 3, 4), 1, False, None, tol=[1e-5, 1e-5])
case("aten::prod.int_out", torch.tensor([[2**40, 2**30], [3, -5]]), 1, True, None, name="prod.int_out long wraps")
case("aten::prod.int_out", rnd(2, 3, dtype=b), 0, False, None, out=i64, name="prod.int_out bool -> long")
case("aten::prod.out", rnd(2, 3), None, tol=[1e-5, 1e-5])
case("aten::prod.out", rnd(3, 2, dtype=i32), torch.float64, out=f64, name="prod.out int -> double")
case("aten::prod.out", torch.empty(0, 3), None, name="prod.out empty")
case("aten::flip.out", CL(rnd(1, 2, 3, 2)), [1, -1])
case("aten::flip.out", rnd(2, 3, dtype=b), [], name="flip no dims")
case("aten::flip.out", rnd(2, 3), [0, -2], error=True, name="flip repeated dim")
case("aten::fmod.Scalar_out", torch.tensor([-7, -1, 0, 5, 9]), 3, name="fmod.Scalar_out long")
case("aten::fmod.Scalar_out", torch.tensor([-7.5, 2.25, 0.0, 5.0]), -2.0, name="fmod.Scalar_out float")
case("aten::fmod.Scalar_out", torch.tensor([1, 2]), 0, error=True, name="fmod.Scalar_out integer by zero")
case("aten::fmod.Tensor_out", rnd(2, 3), torch.tensor([1.5, -2.0, 0.75]))
case("aten::elu.out", rnd(3, 4), 1.0, 1.0, 1.0, tol=[1e-6, 1e-6])
case("aten::elu.out", rnd(3, 4), 0.5, 2.0, 1.5, tol=[1e-6, 1e-6], name="elu scaled")
case("aten::topk.values", torch.tensor([[1.0, float("nan"), 3.0, 2.0], [4.0, 5.0, -1.0, 0.0]]), 2, out=[f32, i64],
     name="topk nan largest")
case("aten::topk.values", torch.tensor([[1.0, float("nan"), 3.0, 2.0], [4.0, 5.0, -1.0, 0.0]]), 3, 1, False, out=[f32, i64],
     name="topk smallest")
case("aten::topk.values", rnd(4, 3, dtype=i64), 2, 0, out=[i64, i64], name="topk long dim 0")
case("aten::topk.values", rnd(2, 3), 4, out=[f32, i64], error=True, name="topk k too large")

# ---- scatter, batch norm without stats, nonzero, remainder, cumsum, leaky_relu, exact int64 -------
case("aten::scatter.src_out", rnd(3, 5), 1, torch.tensor([[4, 0, 2], [1, 3, 0], [2, 2, 2]]), rnd(3, 4))
case("aten::scatter.src_out", rnd(4, 2, dtype=i64), 0, torch.tensor([[3], [0]]), rnd(2, 2, dtype=i64), name="scatter.src_out long dim 0")
case("aten::scatter.src_out", rnd(2, 3), -1, torch.tensor([[0, 3]]), rnd(2, 3), error=True, name="scatter.src_out index out of range")
case("aten::scatter.src_out", rnd(2, 3), 1, torch.tensor([[0, 1]]), rnd(2, 3, dtype=i64), error=True, name="scatter.src_out src dtype differs")
case("aten::scatter.value_out", rnd(3, 4), 0, torch.tensor([[2, 0, 1, 2]]), -1.5)
case("aten::scatter.value_out", rnd(2, 3, dtype=i32), 1, torch.tensor([[2], [0]]), 7, out=i32, name="scatter.value_out int")
case("aten::scatter.value_out", rnd(2, 3), 2, torch.tensor([[0]]), 1.0, error=True, name="scatter.value_out bad dim")
case("aten::scatter_add.out", rnd(2, 4), 1, torch.tensor([[0, 0, 3], [1, 1, 1]]), rnd(2, 3))
case("aten::scatter_add.out", rnd(3, 2, dtype=i64), 0, torch.tensor([[2, 0], [2, 2]]), rnd(2, 2, dtype=i64), name="scatter_add long dups")
case("aten::scatter_add.out", rnd(2, 2), 0, torch.tensor([[-1, 0]]), rnd(1, 2), error=True, name="scatter_add negative index")
case("aten::_native_batch_norm_legit.no_stats_out", rnd(2, 3, 4), rnd(3), rnd(3), True, 0.1, 1e-5, out=[f32, f32, f32],
     tol=[1e-5, 1e-5])
# (no channels-last case: ExecuTorch takes contiguous inputs only, and PyTorch 2.15's out= variant
# writes a channels-last result into a contiguous out in the wrong order)
case("aten::_native_batch_norm_legit.no_stats_out", rnd(2, 4, 2, 3), None, None, True, 0.1, 1e-3, out=[f32, f32, f32],
     tol=[1e-5, 1e-5], name="batch_norm no_stats rank 4 no affine")
case("aten::_native_batch_norm_legit.no_stats_out", rnd(2, 3, 4), rnd(4), None, True, 0.1, 1e-5, out=[f32, f32, f32],
     error=True, name="batch_norm no_stats weight of the wrong size")
case("aten::nonzero.out", torch.tensor([[0.0, 1.5, 0.0], [float("nan"), 0.0, -2.0]]), out=i64)
case("aten::nonzero.out", torch.tensor([[[True, False], [False, True]]]), out=i64, name="nonzero bool rank 3")
case("aten::nonzero.out", torch.zeros(2, 3, dtype=i32), out=i64, name="nonzero none")
case("aten::nonzero.out", torch.tensor(3.0), out=i64, name="nonzero rank 0")
# positive integers only: for a negative operand ExecuTorch's integer remainder (C %) differs from
# PyTorch's, see the conformance case ops/remainder/int64
case("aten::remainder.Tensor_out", rnd(3, 4, lo=-6, hi=6), torch.tensor([1.5, -2.0, 0.75, -0.5]), tol=[1e-6, 1e-6])
case("aten::remainder.Tensor_out", torch.tensor([7, 9, 2**62 + 5, 0]), torch.tensor([3, 4, 1000003, 5]), name="remainder long positive")
case("aten::remainder.Tensor_out", torch.tensor([7, 9]), torch.tensor([3, 0]), error=True, name="remainder long by zero")
case("aten::remainder.Tensor_out", rnd(3, dtype=b), rnd(3, dtype=b), error=True, name="remainder bool")
case("aten::remainder.Scalar_out", rnd(2, 3, lo=-5, hi=5), -1.25, tol=[1e-6, 1e-6])
case("aten::remainder.Scalar_out", torch.tensor([5, 17, 2**60 + 1], dtype=i64), 7, name="remainder.Scalar long")
case("aten::remainder.Scalar_out", torch.tensor([5, 6], dtype=i32), 2.5, out=f32, name="remainder.Scalar int by float")
case("aten::remainder.Scalar_out", torch.tensor([5, 6]), 0, error=True, name="remainder.Scalar long by zero")
case("aten::cumsum.out", torch.tensor([[-1.5, 0.7, 2.5, -0.2]]), 1, i64, out=i64, name="cumsum float -> long truncates each element")
case("aten::cumsum.out", torch.tensor([2**62, 2**62, 2**62, 5]), 0, None, name="cumsum long wraps")
case("aten::cumsum.out", rnd(2, 3, dtype=b), 1, i64, out=i64, name="cumsum bool -> long")
case("aten::leaky_relu.out", rnd(64), 0.2, tol=[0, 0], name="leaky_relu float32 slope exact")
case("aten::leaky_relu.out", rnd(3, dtype=f64), 0.1, tol=[0, 0], name="leaky_relu double")
case("aten::div.out_mode", torch.tensor([2**62 + 1, -(2**61) - 7, 9007199254740993]), torch.tensor([3, 5, 1]),
     rounding_mode="floor", name="div floor long exact")
case("aten::div.out_mode", torch.tensor([7, -7]), torch.tensor([0, 2]), rounding_mode="floor", error=True, name="div floor long by zero")
case("aten::add.Scalar_out", torch.tensor([2**62, -(2**62), 2**53 + 1]), 3_000_000_007, alpha=3_000_000_019, name="add.Scalar long wraps")
case("aten::sub.Scalar_out", torch.tensor([-(2**63) + 5, 2**53 + 1]), 9, name="sub.Scalar long wraps")
case("aten::mul.Scalar_out", torch.tensor([2**40 + 3, -(2**41) - 1, 9007199254740993]), 3_000_000_007, name="mul.Scalar long wraps")
case("aten::rsub.Scalar_out", torch.tensor([2**62 + 1, -(2**62)]), 2**62, alpha=3, name="rsub.Scalar long wraps")
case("aten::mul.out", torch.tensor([2**40 + 3, -(2**41) - 1]), torch.tensor([2**31 - 1, -(2**31)], dtype=i32), name="mul long by int exact")

BIG = torch.tensor([2**62 + 1, -(2**61) - 1, 2**53 + 1, 5])
BIG2 = torch.tensor([2**62, -(2**61), 2**53 + 1, 7])
case("aten::eq.Tensor_out", BIG, BIG2, out=b, name="eq long above 2^53")
case("aten::lt.Tensor_out", BIG, BIG2, out=b, name="lt long above 2^53")
case("aten::ge.Scalar_out", torch.tensor([2**53 + 1, 2**53 - 1]), 2**53, out=b, name="ge.Scalar long above 2^53")
case("aten::maximum.out", BIG, BIG2, name="maximum long above 2^53")
case("aten::minimum.out", BIG, BIG2, name="minimum long above 2^53")
case("aten::bitwise_xor.Tensor_out", BIG, BIG2, name="bitwise_xor long above 2^53")
case("aten::bitwise_or.Scalar_out", BIG, 6, name="bitwise_or.Scalar long above 2^53")

case("aten::where.self_out", torch.tensor([True, False, True, False]), BIG, BIG2, name="where long above 2^53")
case("aten::constant_pad_nd.out", BIG, [1, 2], 3, name="constant_pad_nd long above 2^53")
case("aten::neg.out", torch.tensor([2**62 + 1, -(2**63), 2**53 + 1]), name="neg long above 2^53 (minimum wraps)")
case("aten::abs.out", torch.tensor([-(2**62) - 1, -(2**63), 2**53 + 1]), name="abs long above 2^53 (minimum wraps)")
case("aten::amax.out", torch.stack([BIG, BIG2]), [0], False, name="amax long above 2^53")
case("aten::amin.out", torch.stack([BIG, BIG2]), [1], True, name="amin long above 2^53")
case("aten::prod.int_out", torch.stack([BIG, BIG2]), 1, False, None, name="prod.int_out long above 2^53 wraps")
case("aten::max.dim_max", torch.stack([BIG, BIG2]), 0, False, out=[i64, i64], name="max.dim_max long above 2^53")
case("aten::min.dim_min", torch.stack([BIG, BIG2]), 0, True, out=[i64, i64], name="min.dim_min long above 2^53")
case("aten::topk.values", torch.stack([BIG, BIG2]), 3, out=[i64, i64], name="topk long above 2^53")

cases = [c for c in CASES]
OUT.parent.mkdir(parents=True, exist_ok=True)
text = json.dumps({"generator": "tools/conformance/kernel_cases.py", "torch": torch.__version__, "cases": cases}, separators=(",", ":"))
OUT.write_text(text + "\n")
print(f"wrote {len(cases)} cases, {len(text)} bytes to {OUT.relative_to(ROOT)}")
