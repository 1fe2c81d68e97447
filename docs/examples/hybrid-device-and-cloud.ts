// One model, two places to run it: on the device when it can, on a server that speaks the Open
// Inference Protocol when it must, and a record of which side served each call.
import { Tensor } from '@kindling/core';
import { type CallRecord, hybrid, type RoutePolicy, remote } from '@kindling/remote';
import { Module, portableKernels } from '@kindling/runtime';

/** The digits model on the device (loaded on first use) with a server behind it. */
export function digitsEverywhere(program: Uint8Array, serverUrl: string, onCall: (record: CallRecord) => void) {
  return hybrid({
    // A loader: if it fails (no WebGPU adapter, a backend missing, too little memory), the device
    // side is unavailable and calls go to the server.
    local: () => Module.load(program, { kernels: portableKernels }),
    // Only because this is configured can anything leave the device.
    remote: remote({ url: serverUrl, model: 'digits', binary: false, timeoutMs: 10_000, retries: 2 }),
    policy: 'prefer-local',
    onCall,
  });
}

/** The app code: the same whichever side runs the model. */
export async function classify(
  model: ReturnType<typeof digitsEverywhere>,
  pixels: Float32Array,
  route?: RoutePolicy,
): Promise<number> {
  const input = Tensor.from('float32', [1, 1, 8, 8], pixels);
  const logits = (await model.forward([input], route ? { route } : {})).tensor(0).toArray();
  return logits.indexOf(Math.max(...logits));
}
