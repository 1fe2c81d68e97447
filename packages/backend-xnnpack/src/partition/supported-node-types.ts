/** XNNPACK node types the Kindling runtime implements; the partitioner only emits these. */
export { IMPLEMENTED_NODE_TYPES as SUPPORTED_NODE_TYPES } from '../runtime/implemented-node-types.js';
