import { ErrorCode, KindlingError } from '@kindling/core';
import { VkDataType } from '../serialization/vk-graph.js';
import type { Plan, PlanTensor } from './plan.js';

/**
 * Which tensors share one storage buffer: ExecuTorch's memory planner gives intermediate tensors
 * whose lifetimes do not overlap the same `mem_obj_id`. That id is only trusted as a hint: tensors
 * of one id share a buffer only where the launches of the plan confirm that their lifetimes (first
 * to last launch binding the tensor or a view of it) are disjoint; any that overlap get a buffer of
 * their own. Graph inputs and outputs (and the tensors they view), constants and tensors filled at
 * init never share.
 */
export interface BufferSharing {
  /** The tensor whose buffer each sharing tensor uses (itself for the one that makes it). */
  readonly owner: ReadonlyMap<number, number>;
  /** Bytes of each shared buffer, by owner id: the largest of its tensors. */
  readonly size: ReadonlyMap<number, number>;
}

/** The tensor whose buffer `id` uses in `plan` (views use their source's). */
const rootOf = (plan: Plan, id: number): number => plan.tensors.get(id)?.alias ?? id;

/** First and last launch (index in `plan.dispatches`) binding each buffer-owning tensor. */
function lifetimes(plan: Plan): Map<number, [number, number]> {
  const spans = new Map<number, [number, number]>();
  for (const [i, d] of plan.dispatches.entries()) {
    for (const id of d.bindings) {
      if (id === -1) continue;
      const root = rootOf(plan, id);
      const span = spans.get(root);
      if (span) span[1] = i;
      else spans.set(root, [i, i]);
    }
  }
  return spans;
}

/** Plans the sharing of buffers among the tensors of `plan` (the payload's shapes). */
export function planSharing(plan: Plan, bufferSize: (t: PlanTensor) => number): BufferSharing {
  const pinned = new Set<number>();
  for (const id of [...plan.inputs, ...plan.outputs]) if (plan.tensors.has(id)) pinned.add(rootOf(plan, id));
  const groups = new Map<number, PlanTensor[]>();
  for (const t of plan.tensors.values()) {
    const memObj = t.memObj ?? -1;
    if (memObj < 0 || t.alias !== undefined || pinned.has(t.id)) continue;
    if (t.constant !== -1 || t.fill || t.dtype === VkDataType.UInt8) continue;
    const group = groups.get(memObj);
    if (group) group.push(t);
    else groups.set(memObj, [t]);
  }
  const spans = lifetimes(plan);
  const owner = new Map<number, number>();
  const size = new Map<number, number>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    // tensors no launch binds hold nothing anyone reads: they may join any buffer
    const start = (t: PlanTensor) => spans.get(t.id)?.[0] ?? -1;
    group.sort((a, b) => start(a) - start(b));
    // each buffer: its owner and the last launch of its tensors so far
    const buffers: { owner: number; last: number }[] = [];
    for (const t of group) {
      const span = spans.get(t.id) ?? [-1, -1];
      let buffer = buffers.find((b) => b.last < span[0] || span[0] === -1);
      if (!buffer) {
        buffer = { owner: t.id, last: -1 };
        buffers.push(buffer);
      }
      buffer.last = Math.max(buffer.last, span[1]);
      owner.set(t.id, buffer.owner);
      size.set(buffer.owner, Math.max(size.get(buffer.owner) ?? 0, bufferSize(t)));
    }
  }
  return { owner, size };
}

/**
 * Checks that the launches of `plan` (the payload's shapes or those of a call) keep the lifetimes
 * of tensors that share a buffer disjoint; throws a `KindlingError` where they do not.
 */
export function checkSharing(plan: Plan, sharing: BufferSharing): void {
  if (sharing.owner.size === 0) return;
  const spans = lifetimes(plan);
  const byOwner = new Map<number, [number, number][]>();
  for (const [id, o] of sharing.owner) {
    const span = spans.get(id);
    if (!span) continue;
    const list = byOwner.get(o);
    if (list) list.push(span);
    else byOwner.set(o, [span]);
  }
  for (const [o, list] of byOwner) {
    list.sort((a, b) => a[0] - b[0]);
    let last = -1;
    for (const [first, end] of list) {
      if (first <= last) {
        throw new KindlingError(
          ErrorCode.Internal,
          `WebGPU backend: tensors sharing the buffer of tensor ${o} are live at the same launch`,
          { context: { backend: 'VulkanBackend', value: o } },
        );
      }
      last = Math.max(last, end);
    }
  }
}
