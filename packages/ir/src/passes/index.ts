export { deduplicateConstants } from './deduplicate-constants.js';
export { eliminateDeadCode } from './eliminate-dead-code.js';
