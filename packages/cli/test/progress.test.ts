import { describe, expect, it } from 'vitest';
import { createProgress, noColorRequested, type ProgressStream } from '../src/progress.js';

function stream(isTTY: boolean | undefined, colours = true): ProgressStream & { written: string[] } {
  const written: string[] = [];
  return { isTTY, columns: 40, hasColors: () => colours, write: (t: string) => written.push(t), written };
}

/** A clock that moves 1 s per reading, so that every update redraws. */
function clock() {
  let t = 0;
  return () => {
    t += 1000;
    return t;
  };
}

describe('the progress line', () => {
  it('writes nothing at all when the stream is not a terminal or TERM is dumb', () => {
    for (const [s, env] of [
      [stream(undefined), {}],
      [stream(false), {}],
      [stream(true), { TERM: 'dumb' }],
    ] as const) {
      const p = createProgress(s, env, clock());
      p.update('lowering 1/2');
      p.done();
      expect(s.written).toEqual([]);
    }
  });

  it('rewrites one line in place on a terminal, dimmed where colours are on, and clears it', () => {
    const s = stream(true);
    const p = createProgress(s, {}, clock());
    p.update('run 1/2');
    p.update('run 2/2');
    p.done();
    expect(s.written).toEqual(['\r\x1b[2mrun 1/2\x1b[22m\x1b[K', '\r\x1b[2mrun 2/2\x1b[22m\x1b[K', '\r\x1b[K']);
  });

  it('NO_COLOR (set and not empty) or a stream without colours: no colour codes, still in place', () => {
    for (const [s, env] of [
      [stream(true), { NO_COLOR: '1' }],
      [stream(true, false), {}],
    ] as const) {
      const p = createProgress(s, env, clock());
      p.update('run 1/2');
      p.done();
      expect(s.written).toEqual(['\rrun 1/2\x1b[K', '\r\x1b[K']);
    }
    expect(noColorRequested({ NO_COLOR: '' })).toBe(false);
    expect(noColorRequested({ NO_COLOR: '0' })).toBe(true);
  });

  it('cuts text to the terminal width and redraws at most every 80 ms', () => {
    const s = stream(true, false);
    let t = 0;
    const p = createProgress(s, {}, () => t);
    p.update('x'.repeat(100));
    t = 10;
    p.update('skipped');
    t = 100;
    p.update('shown');
    expect(s.written).toEqual([`\r${'x'.repeat(38)}…\x1b[K`, '\rshown\x1b[K']);
  });
});
