import { floatToHalf, halfToFloat } from '@kindling/backend-utils';
import { ErrorCode, KindlingError } from '@kindling/core';
import { MIL_OPS } from '../interpreter/ops/index.js';
import { type PreparedFunction, prepareFunction, runFunction } from '../interpreter/program.js';
import type { MilTensor } from '../interpreter/tensor.js';
import { openMlPackage } from '../serialization/model-package.js';
import type { CoreMLHost, CoreMLHostTensor } from './host.js';

class Compiled {
  constructor(readonly pkg: ReturnType<typeof openMlPackage>) {}
}

class Loaded {
  constructor(readonly fn: PreparedFunction) {}
}

function fail(message: string, code = ErrorCode.InvalidArgument): never {
  throw new KindlingError(code, `Core ML reference host: ${message}`, { context: { backend: 'CoreMLBackend' } });
}

function toMil(t: CoreMLHostTensor): MilTensor {
  if (t.dtype === 'int32') return { dtype: 'int32', shape: t.shape, data: Int32Array.from(t.data) };
  const data = t.dtype === 'float16' ? Float32Array.from(t.data, (b) => halfToFloat(b)) : Float32Array.from(t.data);
  return { dtype: t.dtype === 'float16' ? 'fp16' : 'fp32', shape: t.shape, data };
}

function fromMil(name: string, t: MilTensor): CoreMLHostTensor {
  switch (t.dtype) {
    case 'fp32':
      return { name, dtype: 'float32', shape: t.shape, data: Float32Array.from(t.data as Float32Array) };
    case 'fp16':
      return {
        name,
        dtype: 'float16',
        shape: t.shape,
        data: Uint16Array.from(t.data as Float32Array, (v) => floatToHalf(v)),
      };
    case 'int32':
      return { name, dtype: 'int32', shape: t.shape, data: Int32Array.from(t.data as Int32Array) };
    default:
      return fail(`output ${name} is ${t.dtype}, which a Core ML prediction does not return`, ErrorCode.NotSupported);
  }
}

/**
 * A {@link CoreMLHost} that runs ML Programs in Kindling's TypeScript reference interpreter, on any
 * platform: for tests, and to debug Core ML programs without an Apple device. fp16 programs are
 * emulated by rounding every operation's result to fp16 (arithmetic inside an operation is done in
 * double precision), so results match a device's within an fp16 tolerance, not bit for bit.
 * Compute units are accepted and ignored. Slow: one plain loop per operation.
 */
export function referenceHost(): CoreMLHost {
  return {
    name: 'reference',
    isAvailable: () => ({ available: true }),
    compile(model) {
      return new Compiled(openMlPackage(model.files, model.packagePath));
    },
    load(compiled, options) {
      if (!(compiled instanceof Compiled)) return fail('load() was given a handle compile() did not return');
      return new Loaded(prepareFunction(compiled.pkg, options.functionName, MIL_OPS));
    },
    predict(loaded, inputs) {
      if (!(loaded instanceof Loaded)) return fail('predict() was given a handle load() did not return');
      const outputs = runFunction(loaded.fn, new Map(inputs.map((t) => [t.name, toMil(t)])));
      return [...outputs].map(([name, t]) => fromMil(name, t));
    },
    release() {},
  };
}
