// A small HTTP load driver: a fixed number of connections, each sending requests back to back for a fixed time.
import { Agent, request } from 'node:http';

export interface LoadResult {
  requests: number;
  errors: number;
  perSecond: number;
  p50: number;
  p99: number;
}

export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  headers?: Record<string, string>;
}

function send(agent: Agent, base: URL, r: LoadRequest): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: base.hostname,
        port: base.port,
        method: r.method,
        path: r.path,
        headers: { ...(r.body ? { 'content-type': 'application/json' } : {}), ...r.headers },
      },
      (res) => {
        res.resume();
        res.on('end', () => {
          resolve(res.statusCode ?? 0);
        });
      },
    );
    req.on('error', reject);
    req.end(r.body);
  });
}

/** Runs `connections` loops for `seconds`; `next(i)` gives each request. Latencies in milliseconds. */
export async function load(
  url: string,
  options: { connections: number; seconds: number; next: (i: number) => LoadRequest; okStatus: number },
): Promise<LoadResult> {
  const base = new URL(url);
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const latencies: number[] = [];
  let errors = 0;
  let n = 0;
  const end = performance.now() + options.seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.connections }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        const status = await send(agent, base, options.next(n++)).catch(() => 0);
        latencies.push(performance.now() - t0);
        if (status !== options.okStatus) errors++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { requests: latencies.length, errors, perSecond: latencies.length / elapsed, p50: at(0.5), p99: at(0.99) };
}

export const formatLoad = (name: string, r: LoadResult): string =>
  `${name.padEnd(48)} ${Math.round(r.perSecond).toLocaleString('en').padStart(8)} req/s   p50 ${r.p50.toFixed(2).padStart(7)} ms   p99 ${r.p99.toFixed(2).padStart(7)} ms${r.errors > 0 ? `   (${r.errors} errors)` : ''}`;
