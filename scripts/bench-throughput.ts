// Requests per second a server answers for one URL: `concurrency` keep-alive connections,
// each sending the next GET as soon as the last answer's body has been read, for `seconds`.
// A few lines of node:http rather than a load tool, so both servers of bench:landing are
// measured by the same client in the same process.
import http from "node:http";

export type Throughput = { requestsPerSecond: number; requests: number; failures: number; seconds: number };

export async function measureThroughput(url: string, { concurrency = 50, seconds = 10 } = {}): Promise<Throughput> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const deadline = Date.now() + seconds * 1000;
  let requests = 0;
  let failures = 0;
  const once = () =>
    new Promise<void>((resolve) => {
      const request = http.get(url, { agent }, (response) => {
        response.on("data", () => {});
        response.on("end", () => {
          if (response.statusCode === 200) requests += 1;
          else failures += 1;
          resolve();
        });
      });
      request.on("error", () => {
        failures += 1;
        resolve();
      });
    });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < deadline) await once();
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  return { requestsPerSecond: requests / elapsed, requests, failures, seconds: elapsed };
}
