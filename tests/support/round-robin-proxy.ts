import http from "node:http";

export type ProxiedRequest = { backend: number; method: string; path: string; serverAction: boolean; document: boolean };

/**
 * A load balancer in miniature: a loopback HTTP proxy that hands each request to the
 * next backend in turn (no stickiness), and remembers who served what.
 */
export async function startRoundRobinProxy(backends: number[]) {
  const log: ProxiedRequest[] = [];
  let turn = 0;
  const server = http.createServer((request, response) => {
    const backend = turn % backends.length;
    turn += 1;
    log.push({
      backend,
      method: request.method ?? "GET",
      path: request.url ?? "/",
      serverAction: request.headers["next-action"] !== undefined,
      document: request.method === "GET" && (request.headers.accept ?? "").includes("text/html") && request.headers.rsc === undefined,
    });
    const upstream = http.request(
      { host: "127.0.0.1", port: backends[backend], method: request.method, path: request.url, headers: request.headers },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on("error", () => response.destroy());
    request.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return {
    port: typeof address === "object" && address ? address.port : 0,
    log,
    /** The backend the next request goes to. */
    nextBackend: () => turn % backends.length,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
