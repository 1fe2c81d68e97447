// ---------------------------------------------------------------------------------------------
// Data movement.

import { min_i32 } from './common';

/**
 * `[outer, rows, cols, inner] -> [outer, cols, rows, inner]` for elements of `innerBytes` bytes
 * (the `inner` block moves as one). The runtime reduces every transpose that is a swap of two
 * blocks of dims to this form. Blocks of 16 source rows are walked column by column, so each
 * source cache line is reused for consecutive columns.
 */
export function transpose4(outer: i32, rows: i32, cols: i32, innerBytes: i32, src: usize, dst: usize): void {
  const ib = <usize>innerBytes;
  const srcRow = <usize>cols * ib;
  const dstRow = <usize>rows * ib;
  const plane = <usize>rows * srcRow;
  for (let o = 0; o < outer; o++) {
    const s = src + <usize>o * plane;
    const d = dst + <usize>o * plane;
    for (let r0 = 0; r0 < rows; r0 += 16) {
      const n = min_i32(16, rows - r0);
      for (let c = 0; c < cols; c++) {
        let sp = s + <usize>r0 * srcRow + <usize>c * ib;
        let dp = d + <usize>c * dstRow + <usize>r0 * ib;
        if (ib === 4) {
          for (let r = 0; r < n; r++) {
            store<u32>(dp, load<u32>(sp));
            sp += srcRow;
            dp += 4;
          }
        } else if (ib === 1) {
          for (let r = 0; r < n; r++) {
            store<u8>(dp, load<u8>(sp));
            sp += srcRow;
            dp += 1;
          }
        } else {
          for (let r = 0; r < n; r++) {
            memory.copy(dp, sp, ib);
            sp += srcRow;
            dp += ib;
          }
        }
      }
    }
  }
}
