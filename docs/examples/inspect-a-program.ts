// Read a program file and list what is inside: methods, their inputs and outputs, operators, delegates.
import { readFileSync } from 'node:fs';
import { describeProgram, PteFile } from '@kindling/ir';

export function inspectProgram(path: string): string[] {
  const file = PteFile.read(new Uint8Array(readFileSync(path)));
  const summary = describeProgram(file);
  const lines: string[] = [];
  for (const method of summary.methods) {
    if (method.constant) {
      lines.push(`${method.name} = ${JSON.stringify(method.outputs[0]?.value)}`);
      continue;
    }
    const inputs = method.inputs.map((i) => `${i.dtype}[${i.shape?.join(',')}]`).join(', ');
    const ops = method.operators.map((o) => `${o.name} x${o.count}`).join(', ');
    const delegates = method.delegates.map((d) => d.id).join(', ');
    lines.push(`${method.name}(${inputs}) ops: ${ops || 'none'} delegates: ${delegates || 'none'}`);
  }
  return lines;
}
