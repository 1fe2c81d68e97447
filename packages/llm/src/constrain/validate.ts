/**
 * A value-level check of the JSON Schema subset `compileJsonSchema` accepts (the compiler rejects
 * every other keyword first). Used to filter `enum` values and to validate parsed tool calls.
 */

type SchemaObject = { readonly [k: string]: unknown };

function isObject(v: unknown): v is SchemaObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The value a local JSON pointer (`#/$defs/x`) names in `root`, or undefined. */
export function resolvePointer(root: unknown, ref: string): unknown {
  if (ref === '#') return root;
  if (!ref.startsWith('#/')) return undefined;
  let cur: unknown = root;
  for (const raw of ref.slice(2).split('/')) {
    const part = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isObject(cur) && !Array.isArray(cur)) return undefined;
    if (!Object.hasOwn(cur, part)) return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

function deepEqual(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (Array.isArray(x)) return Array.isArray(y) && x.length === y.length && x.every((v, k) => deepEqual(v, y[k]));
  if (isObject(x) && isObject(y)) {
    const kx = Object.keys(x);
    return kx.length === Object.keys(y).length && kx.every((k) => Object.hasOwn(y, k) && deepEqual(x[k], y[k]));
  }
  return false;
}

function typeMatches(type: unknown, v: unknown): boolean {
  switch (type) {
    case 'null':
      return v === null;
    case 'boolean':
      return typeof v === 'boolean';
    case 'string':
      return typeof v === 'string';
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v);
    case 'array':
      return Array.isArray(v);
    case 'object':
      return isObject(v);
    default:
      return false;
  }
}

const patterns = new Map<string, RegExp | null>();

/** The `RegExp` of a schema's `pattern` (ECMAScript, unicode mode, unanchored); null when invalid. */
function patternRegExp(pattern: string): RegExp | null {
  let r = patterns.get(pattern);
  if (r === undefined) {
    try {
      r = new RegExp(pattern, 'u');
    } catch {
      r = null;
    }
    if (patterns.size > 256) patterns.clear();
    patterns.set(pattern, r);
  }
  return r;
}

/** Whether `value` satisfies `schema` (`root` resolves `$ref`s). */
export function validateValue(schema: unknown, value: unknown, root: unknown = schema, depth = 0): boolean {
  if (schema === true) return true;
  if (schema === false || !isObject(schema) || depth > 256) return false;
  const s = schema;
  const sub = (x: unknown, v: unknown): boolean => validateValue(x, v, root, depth + 1);
  if (typeof s.$ref === 'string' && !sub(resolvePointer(root, s.$ref), value)) return false;
  if (Array.isArray(s.anyOf) && !s.anyOf.some((b) => sub(b, value))) return false;
  if (Array.isArray(s.oneOf) && s.oneOf.filter((b) => sub(b, value)).length !== 1) return false;
  if (s.const !== undefined && !deepEqual(s.const, value)) return false;
  if (Array.isArray(s.enum) && !s.enum.some((e) => deepEqual(e, value))) return false;
  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? s.type : [s.type];
    if (!types.some((t) => typeMatches(t, value))) return false;
  }
  if (typeof value === 'string') {
    const len = [...value].length;
    if (typeof s.pattern === 'string' && !patternRegExp(s.pattern)?.test(value)) return false;
    if (typeof s.minLength === 'number' && len < s.minLength) return false;
    if (typeof s.maxLength === 'number' && len > s.maxLength) return false;
  }
  if (typeof value === 'number') {
    if (typeof s.minimum === 'number' && value < s.minimum) return false;
    if (typeof s.maximum === 'number' && value > s.maximum) return false;
    if (typeof s.exclusiveMinimum === 'number' && value <= s.exclusiveMinimum) return false;
    if (typeof s.exclusiveMaximum === 'number' && value >= s.exclusiveMaximum) return false;
    if (typeof s.multipleOf === 'number' && s.multipleOf > 0 && !Number.isInteger(value / s.multipleOf)) return false;
  }
  if (Array.isArray(value)) {
    if (typeof s.minItems === 'number' && value.length < s.minItems) return false;
    if (typeof s.maxItems === 'number' && value.length > s.maxItems) return false;
    const prefix = Array.isArray(s.prefixItems) ? s.prefixItems : [];
    for (let k = 0; k < value.length; k++) {
      const itemSchema = k < prefix.length ? prefix[k] : s.items;
      if (itemSchema !== undefined && !sub(itemSchema, value[k])) return false;
    }
  }
  if (isObject(value)) {
    const props = isObject(s.properties) ? s.properties : {};
    if (Array.isArray(s.required) && !s.required.every((r) => typeof r === 'string' && Object.hasOwn(value, r)))
      return false;
    for (const [k, v] of Object.entries(value)) {
      if (Object.hasOwn(props, k)) {
        if (!sub(props[k], v)) return false;
      } else if (s.additionalProperties !== undefined && !sub(s.additionalProperties, v)) return false;
    }
  }
  return true;
}
