import http from "node:http";

export type ProxiedRequest = { backend: number; method: string; path: string; serverAction: boolean; document: boolean };

/**
 * A load balancer in miniature: a loopback HTTP proxy that hands each request to the
 * next backend in turn (no stickiness), and remembers who served what.
 */
export async function startRoundRobinProxy(backends: number[]) {
  const log: ProxiedRequest[] = [];
  let turn = 0;
  // A test may pin Server Action posts to one backend: the page's own background requests
  // (prefetches, chunks) otherwise make "the next turn" impossible to predict.
  let serverActionBackend: number | null = null;
  const server = http.createServer((request, response) => {
    const serverAction = request.headers["next-action"] !== undefined;
    let backend = turn % backends.length;
    if (serverAction && serverActionBackend !== null) backend = serverActionBackend;
    else turn += 1;
    log.push({
      backend,
      method: request.method ?? "GET",
      path: request.url ?? "/",
      serverAction,
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
    /** From now on, every Server Action post goes to this backend (null: round robin again). */
    sendServerActionsTo: (backend: number | null) => {
      serverActionBackend = backend;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
