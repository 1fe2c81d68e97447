import { describe, expect, it } from 'vitest';
import {
  DYNAMIC_SHAPES,
  declaredRequirements,
  dtypeRequirement,
  operatorRequirement,
  quantizationRequirement,
  THREADS,
  unmet,
  withoutCapability,
} from '../src/index.js';

const caps = {
  operators: ['aten.add.Tensor', 'aten.relu.default'],
  dtypes: ['float32'],
  quantization: ['int8-static'],
  dynamicShapes: true,
  threads: true,
};

describe('capabilities as requirements', () => {
  it('declares one requirement per operator, dtype and scheme, plus the flags', () => {
    expect([...declaredRequirements(caps)].sort()).toEqual(
      [
        'operator:aten.add.Tensor',
        'operator:aten.relu.default',
        'dtype:float32',
        'quantization:int8-static',
        'dynamic-shapes',
        'threads',
      ].sort(),
    );
    expect([...declaredRequirements({ operators: [], dtypes: [] })]).toEqual([]);
  });

  it('lists what a case needs and the backend lacks, in order', () => {
    const declared = declaredRequirements(caps);
    const needs = [operatorRequirement('aten.mm.default'), dtypeRequirement('float32'), dtypeRequirement('int8')];
    expect(unmet(needs, declared)).toEqual(['operator:aten.mm.default', 'dtype:int8']);
  });

  it('removes exactly one capability', () => {
    for (const r of declaredRequirements(caps)) {
      const reduced = declaredRequirements(withoutCapability(caps, r));
      expect(reduced.has(r)).toBe(false);
      expect(reduced.size).toBe(declaredRequirements(caps).size - 1);
    }
    expect(withoutCapability(caps, quantizationRequirement('int8-static')).quantization).toEqual([]);
    expect(withoutCapability(caps, DYNAMIC_SHAPES).dynamicShapes).toBe(false);
    expect(withoutCapability(caps, THREADS).threads).toBe(false);
    expect(withoutCapability(caps, 'unknown:x')).toBe(caps);
  });
});
