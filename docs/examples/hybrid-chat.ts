// Text generation on an OpenAI-compatible server (llama.cpp's server, vLLM, TGI, Ollama, ...),
// streamed with the same interface as the on-device generator.
import { remoteGenerator } from '@kindling/remote';

/** Streams the server's answer to `question` into `write`; returns why it ended and the token counts. */
export async function ask(serverUrl: string, question: string, write: (text: string) => void) {
  const chat = remoteGenerator({ url: serverUrl, model: 'smollm2', timeoutMs: 60_000, retries: 2 });
  const generation = chat.generate(
    [
      { role: 'system', content: 'You are a helpful assistant. Answer briefly.' },
      { role: 'user', content: question },
    ],
    { maxNewTokens: 32, temperature: 0 },
  );
  for await (const chunk of generation) write(chunk.text);
  const { finishReason, usage } = await generation.result;
  return { finishReason, usage };
}
