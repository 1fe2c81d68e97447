import { resolve } from 'node:path';
import { checkLayering, formatViolation } from './check.js';

// Usage: kindling-layering [repository root]   (default: the current directory)
const root = resolve(process.argv[2] ?? '.');
const violations = checkLayering(root);
for (const violation of violations) console.log(formatViolation(violation));
if (violations.length > 0) {
  console.error(`\n${violations.length} layering violation(s); the rules are in tools/layering/src/rules.ts`);
  process.exitCode = 1;
} else {
  console.log('layering: no violations');
}
