import {
  bytesOf,
  CheckedByteBuffer,
  guardDecode,
  readList as list,
  requireTable as need,
} from '@kindling/backend-utils';
import { ErrorCode, KindlingError, type ScalarType } from '@kindling/core';
import { Builder, type Offset } from 'flatbuffers';
import { alignedByteVector, offsetVector } from './builder-util.js';
import { Bool } from './generated/bundled-program-flatbuffer/bool.js';
import { BundledMethodTestCase } from './generated/bundled-program-flatbuffer/bundled-method-test-case.js';
import { BundledMethodTestSuite } from './generated/bundled-program-flatbuffer/bundled-method-test-suite.js';
import { BundledProgram } from './generated/bundled-program-flatbuffer/bundled-program.js';
import { Double } from './generated/bundled-program-flatbuffer/double.js';
import { Int } from './generated/bundled-program-flatbuffer/int.js';
import { Tensor } from './generated/bundled-program-flatbuffer/tensor.js';
import { Value } from './generated/bundled-program-flatbuffer/value.js';
import { ValueUnion } from './generated/bundled-program-flatbuffer/value-union.js';
import { fileIdentifier } from './headers.js';

/** The file identifier of bundled programs. */
export const BUNDLED_PROGRAM_IDENTIFIER = 'BP08';

/** A test input or expected output of a bundled program. */
export type BundledValue =
  | { type: 'Tensor'; scalarType: ScalarType; sizes: number[]; dimOrder: number[]; data: Uint8Array }
  | { type: 'Int'; value: bigint }
  | { type: 'Bool'; value: boolean }
  | { type: 'Double'; value: number };

export interface BundledTestCase {
  inputs: BundledValue[];
  expectedOutputs: BundledValue[];
}

export interface BundledTestSuite {
  methodName: string;
  testCases: BundledTestCase[];
}

/** A bundled program (`.bpte`): an ExecuTorch program plus test cases per method. */
export interface BundledProgramData {
  version: number;
  /** The wrapped `.pte` bytes (a view). */
  program: Uint8Array;
  suites: BundledTestSuite[];
}

function decodeValue(bb: CheckedByteBuffer, v: Value, where: string): BundledValue {
  const type = v.valType();
  const table = <T>(obj: T): T => need(bb, v.val(obj) as T | null, `${where} payload`);
  switch (type) {
    case ValueUnion.Tensor: {
      const t = table(new Tensor());
      return {
        type: 'Tensor',
        scalarType: t.scalarType() as number as ScalarType,
        sizes: list(bb, t.sizesLength(), (i) => t.sizes(i) as number),
        dimOrder: list(bb, t.dimOrderLength(), (i) => t.dimOrder(i) as number),
        data: bytesOf(bb, t.dataArray()),
      };
    }
    case ValueUnion.Int:
      return { type: 'Int', value: table(new Int()).intVal() };
    case ValueUnion.Bool:
      return { type: 'Bool', value: table(new Bool()).boolVal() };
    case ValueUnion.Double:
      return { type: 'Double', value: table(new Double()).doubleVal() };
    default:
      return bb.fail(`${where} has unknown value type ${type}`);
  }
}

/** True when `bytes` look like a bundled program (identifier `BP08`). */
export function isBundledProgram(bytes: Uint8Array): boolean {
  return fileIdentifier(bytes) === BUNDLED_PROGRAM_IDENTIFIER;
}

/** Reads a bundled program. The wrapped program is returned as bytes; read it with `PteFile.read`. */
export function readBundledProgram(bytes: Uint8Array): BundledProgramData {
  const id = fileIdentifier(bytes);
  if (id !== BUNDLED_PROGRAM_IDENTIFIER) {
    throw new KindlingError(
      ErrorCode.InvalidProgram,
      `not a bundled program (identifier "${id.replace(/[^\x20-\x7e]/g, '?')}", expected ${BUNDLED_PROGRAM_IDENTIFIER})`,
    );
  }
  return guardDecode('bundled program', () => {
    const bb = new CheckedByteBuffer(bytes, 'bundled program');
    const root = bb.readUint32(0);
    if (root < 8 || root > bytes.byteLength - 4) bb.fail(`root table offset ${root} is out of range`, 0);
    const bp = BundledProgram.getRootAsBundledProgram(bb);
    return {
      version: bp.version(),
      program: bytesOf(bb, bp.programArray()),
      suites: list(bb, bp.methodTestSuitesLength(), (i) => {
        const s = need(bb, bp.methodTestSuites(i), `method_test_suites[${i}]`);
        return {
          methodName: s.methodName() ?? '',
          testCases: list(bb, s.testCasesLength(), (j) => {
            const c = need(bb, s.testCases(j), `method_test_suites[${i}].test_cases[${j}]`);
            const where = `method_test_suites[${i}].test_cases[${j}]`;
            return {
              inputs: list(bb, c.inputsLength(), (k) =>
                decodeValue(bb, need(bb, c.inputs(k), `${where}.inputs[${k}]`), `${where}.inputs[${k}]`),
              ),
              expectedOutputs: list(bb, c.expectedOutputsLength(), (k) =>
                decodeValue(
                  bb,
                  need(bb, c.expectedOutputs(k), `${where}.expected_outputs[${k}]`),
                  `${where}.expected_outputs[${k}]`,
                ),
              ),
            };
          }),
        };
      }),
    };
  });
}

function encodeValue(b: Builder, v: BundledValue): Offset {
  let type: ValueUnion;
  let val: Offset;
  switch (v.type) {
    case 'Tensor': {
      const sizes = Tensor.createSizesVector(b, v.sizes);
      const data = alignedByteVector(b, v.data, 16);
      const dimOrder = alignedByteVector(b, Uint8Array.from(v.dimOrder));
      type = ValueUnion.Tensor;
      val = Tensor.createTensor(b, v.scalarType as number, sizes, data, dimOrder);
      break;
    }
    case 'Int':
      type = ValueUnion.Int;
      val = Int.createInt(b, v.value);
      break;
    case 'Bool':
      type = ValueUnion.Bool;
      val = Bool.createBool(b, v.value);
      break;
    case 'Double':
      type = ValueUnion.Double;
      val = Double.createDouble(b, v.value);
      break;
  }
  return Value.createValue(b, type, val);
}

/** Writes a bundled program (`BP08`); the program bytes are aligned to 32 as the schema requires. */
export function writeBundledProgram(data: BundledProgramData): Uint8Array {
  const b = new Builder(data.program.byteLength + 1024);
  const suites = offsetVector(
    b,
    data.suites.map((s) => {
      const name = b.createString(s.methodName);
      const cases = offsetVector(
        b,
        s.testCases.map((c) => {
          const inputs = offsetVector(
            b,
            c.inputs.map((v) => encodeValue(b, v)),
          );
          const outputs = offsetVector(
            b,
            c.expectedOutputs.map((v) => encodeValue(b, v)),
          );
          return BundledMethodTestCase.createBundledMethodTestCase(b, inputs, outputs);
        }),
      );
      return BundledMethodTestSuite.createBundledMethodTestSuite(b, name, cases);
    }),
  );
  const program = alignedByteVector(b, data.program, 32);
  b.finish(BundledProgram.createBundledProgram(b, data.version, suites, program), BUNDLED_PROGRAM_IDENTIFIER);
  return b.asUint8Array().slice();
}
