/**
 * The thread pool's control block: a small region at the start of the shared kernel memory that the
 * main thread and the workers synchronise on with `Atomics`. Layout (Int32 words, then float64
 * arguments at byte {@link ARGS_OFFSET}):
 *
 * - `CLAIM`: `(generation << 12) | next part`; a participant takes part `p` of the current job by a
 *   compare-exchange from `p` to `p + 1` under the same generation (a worker still holding an
 *   older job's descriptor fails the exchange and takes nothing).
 * - `SEQ`: the job sequence number; workers `Atomics.wait` on it and wake when it changes.
 * - `DONE`: parts finished; whoever finishes the last one notifies the main thread.
 * - `KERNEL`, `NARGS`, `PARTS`, `SCRATCH_ARG`, `SCRATCH_STRIDE`: the job descriptor. The kernel is
 *   called as `kernel(...args, part, parts)`; argument `SCRATCH_ARG` (when >= 0) is offset by
 *   `participant * SCRATCH_STRIDE` so each thread gathers into its own scratch.
 * - `QUIT`: set to stop the workers.
 * - `READY`: workers that have instantiated the kernels.
 * - `FAILED`: index of a worker whose kernel threw while computing a part (0: none). It stops
 *   serving; the main thread sees the word (it is woken through `DONE`) and fails the job.
 * - `FAULT`: test hook, `(mode << 8) | worker index`: that worker misbehaves right after it claims
 *   its next part ({@link FAULT_MODES}: throw, exit its thread, or hang as if killed).
 */
export const CLAIM = 0;
export const SEQ = 1;
export const DONE = 2;
export const KERNEL = 3;
export const NARGS = 4;
export const PARTS = 5;
export const SCRATCH_ARG = 6;
export const SCRATCH_STRIDE = 7;
export const QUIT = 8;
const READY = 9;
export const FAILED = 10;
export const FAULT = 11;
/** A word nothing ever notifies: the `hang` fault waits on it forever. */
const HANG = 12;

/** Faults the `FAULT` test hook can inject into a worker, by mode number (index + 1). */
export const FAULT_MODES = ['throw', 'exit', 'hang'] as const;

/** Byte offset of the float64 arguments inside the control block. */
export const ARGS_OFFSET = 64;
/** Most arguments a job carries (besides `part`, `parts`). */
export const MAX_ARGS = 32;
/** Bytes of the control block. */
export const CONTROL_BYTES = ARGS_OFFSET + MAX_ARGS * 8;
/** Most parts one job splits into (the low 12 bits of `CLAIM`). */
export const MAX_PARTS = 4095;
/** Mask of the generation kept in `CLAIM`. */
export const GENERATION_MASK = 0xfffff;

/** Kernels a job may run, by id (the exports of the kernel module). */
export const KERNEL_NAMES = [
  'gemm_part',
  'conv2d_part',
  'dwconv2d_part',
  'maxpool2d_part',
  'bmm_part',
  'qs8_conv2d_part',
  'qs8_dwconv2d_part',
  'qd8_dots_part',
  'qd8_gemm_qb4w_part',
  'qd8_gemm_qc_part',
  'bmm_exact_part',
  'qd8_gemm_qb4n_part',
] as const;
export type PoolKernel = (typeof KERNEL_NAMES)[number];

/** Busy-wait iterations before a worker blocks in `Atomics.wait` (jobs come in quick bursts). */
const SPIN = 20000;

/**
 * Source of the worker: plain script that runs as a Node `worker_threads` eval worker and as a
 * classic browser Worker (from a Blob URL). It receives `{ module, memory, control, index }`,
 * instantiates the kernels over the shared memory and serves jobs until `QUIT`.
 */
export const WORKER_SOURCE = `'use strict';
var KERNEL_NAMES = ${JSON.stringify(KERNEL_NAMES)};
function fault(ctl, mode) {
  Atomics.store(ctl, ${FAULT}, 0);
  if (mode === 1) throw new Error('fault injected into kernel worker');
  if (mode === 2) {
    if (typeof importScripts === 'function') self.close();
    else process.exit(3);
  }
  for (;;) Atomics.wait(ctl, ${HANG}, 0);
}
function serve(data, ready) {
  var memory = data.memory, control = data.control, index = data.index;
  var ex = new WebAssembly.Instance(data.module, { env: { memory: memory } }).exports;
  var ctl = new Int32Array(memory.buffer, control, ${ARGS_OFFSET / 4});
  var args = new Float64Array(memory.buffer, control + ${ARGS_OFFSET}, ${MAX_ARGS});
  var seen = Atomics.load(ctl, ${SEQ});
  Atomics.add(ctl, ${READY}, 1);
  Atomics.notify(ctl, ${READY});
  ready();
  for (;;) {
    var s = Atomics.load(ctl, ${SEQ});
    for (var i = 0; s === seen && i < ${SPIN}; i++) s = Atomics.load(ctl, ${SEQ});
    if (s === seen) {
      Atomics.wait(ctl, ${SEQ}, seen);
      s = Atomics.load(ctl, ${SEQ});
    }
    if (Atomics.load(ctl, ${QUIT}) !== 0) return;
    if (s === seen) continue;
    seen = s;
    var gen = s & ${GENERATION_MASK};
    var fn = ex[KERNEL_NAMES[ctl[${KERNEL}]]];
    var nargs = ctl[${NARGS}], parts = ctl[${PARTS}], scratchArg = ctl[${SCRATCH_ARG}];
    var call = new Array(nargs + 2);
    for (var j = 0; j < nargs; j++) call[j] = args[j];
    if (scratchArg >= 0) call[scratchArg] += index * ctl[${SCRATCH_STRIDE}];
    call[nargs + 1] = parts;
    for (;;) {
      var cur = Atomics.load(ctl, ${CLAIM});
      if (cur >>> 12 !== gen) break;
      var p = cur & 0xfff;
      if (p >= parts) break;
      if (Atomics.compareExchange(ctl, ${CLAIM}, cur, cur + 1) !== cur) continue;
      call[nargs] = p;
      try {
        if (ctl[${FAULT}] !== 0 && (ctl[${FAULT}] & 0xff) === index) fault(ctl, ctl[${FAULT}] >> 8);
        fn.apply(null, call);
      } catch (e) {
        Atomics.store(ctl, ${FAILED}, index);
        Atomics.notify(ctl, ${DONE});
        throw e;
      }
      if (Atomics.add(ctl, ${DONE}, 1) + 1 === parts) Atomics.notify(ctl, ${DONE});
    }
  }
}
if (typeof importScripts === 'function') {
  self.onmessage = function (e) {
    self.onmessage = null;
    serve(e.data, function () { self.postMessage('ready'); });
    self.close();
  };
} else {
  var port = require('node:worker_threads').parentPort;
  port.once('message', function (data) {
    serve(data, function () { port.postMessage('ready'); });
    port.close();
  });
}
`;
