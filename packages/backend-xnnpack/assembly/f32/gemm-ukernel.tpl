// Template of the fp32 GEMM MRx8 microkernels: scripts/gen-asm.mjs expands it once per tile height
// into assembly/f32/generated/gemm-ukernels.ts (git-ignored; written by scripts/build-wasm.mjs
// before it compiles). Substitutions: {MR}, {ACCS} (2 * MR), {r} and {p} (= r - 1) inside
// `//@for r = FROM..TO` ... `//@end` blocks (TO may be below FROM: then the rows run downwards;
// `MR1` stands for MR - 1). Lines starting with `//!` are left out of the output.
//! The rest of the file is the kernel; it is not compiled itself.

// {MR} rows x 8 columns: {ACCS} f32x4 accumulators. Rows past `mr` alias the last valid row (they
// compute the same values and store to the same place), so one kernel serves every mr in 1..{MR}.
export function ukernel{MR}x8(
  mr: i32,
  nc: i32,
  kc: i32,
  a: usize,
  lda: usize,
  w: usize,
  c: usize,
  ldc: usize,
  lo: v128,
  hi: v128,
): void {
  let a0 = a;
  const c0 = c;
  //@for r = 1..MR1
  let a{r} = a{p} + lda;
  let c{r} = c{p} + ldc;
  if (mr <= {r}) {
    a{r} = a{p};
    c{r} = c{p};
  }
  //@end
  let acc00 = v128.load(w);
  let acc01 = v128.load(w, 16);
  //@for r = 1..MR1
  let acc{r}0 = acc00;
  let acc{r}1 = acc01;
  //@end
  w += 32;
  for (let k = kc; k > 0; k--) {
    const b0 = v128.load(w);
    const b1 = v128.load(w, 16);
    w += 32;
    //@for r = 0..MR1
    const v{r} = v128.load32_splat(a{r});
    a{r} += 4;
    acc{r}0 = madd(v{r}, b0, acc{r}0);
    acc{r}1 = madd(v{r}, b1, acc{r}1);
    //@end
  }
  //@for r = 0..MR1
  acc{r}0 = clamp(acc{r}0, lo, hi);
  acc{r}1 = clamp(acc{r}1, lo, hi);
  //@end
  if (nc === 8) {
    //@for r = MR1..0
    v128.store(c{r}, acc{r}0);
    v128.store(c{r}, acc{r}1, 16);
    //@end
  } else {
    //@for r = MR1..0
    storePartial8(c{r}, acc{r}0, acc{r}1, nc);
    //@end
  }
}
