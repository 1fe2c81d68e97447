// Read a program, change it, and write it back as a new .pte.
import { PteFile, writePte } from '@kindling/ir';

/** Renames a method and returns the new file's bytes. */
export function renameMethod(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const file = PteFile.read(bytes);
  const program = {
    ...file.program,
    executionPlan: file.program.executionPlan.map((plan) => (plan.name === from ? { ...plan, name: to } : plan)),
  };
  // Segment contents are carried over; the writer lays them out again (128-byte aligned).
  const segments = file.program.segments.map((_, i) => file.segmentBytes(i));
  return writePte(program, segments);
}
