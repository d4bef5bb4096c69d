import net from "node:net";

export type ConnectionGate = { port: number; activeClients(): number; close(): Promise<void> };

/**
 * A loopback TCP front door that lets one client through to `upstreamPort` at a time and
 * makes the others wait their turn instead of being turned away.
 *
 * PGlite is a single-session database. pglite-socket can multiplex several connections,
 * but it interleaves their protocol messages one by one, so two clients sending
 * extended-protocol queries at once could run each other's statements. Queueing whole
 * connections here keeps every session intact, and a client that connects while the
 * previous one is still closing simply waits.
 */
export async function openConnectionGate(options: { upstreamPort: number; port?: number }): Promise<ConnectionGate> {
  const { upstreamPort } = options;
  const waiting: net.Socket[] = [];
  let active: net.Socket | null = null;

  const admitNext = () => {
    while (!active && waiting.length > 0) {
      const client = waiting.shift();
      if (!client || client.destroyed) continue;
      active = client;
      const upstream = net.connect({ host: "127.0.0.1", port: upstreamPort });
      const finish = () => {
        client.destroy();
        upstream.destroy();
        if (active === client) {
          active = null;
          setImmediate(admitNext);
        }
      };
      client.on("close", finish).on("error", finish);
      upstream.on("close", finish).on("error", finish);
      client.pipe(upstream);
      upstream.pipe(client);
      client.resume();
    }
  };

  const server = net.createServer({ pauseOnConnect: true }, (client) => {
    client.setNoDelay(true);
    client.on("close", () => {
      const index = waiting.indexOf(client);
      if (index >= 0) waiting.splice(index, 1);
    });
    waiting.push(client);
    admitNext();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", resolve);
  });
  const address = server.address();
  if (!address || typeof address !== "object") throw new Error("The connection gate has no address.");

  return {
    port: address.port,
    activeClients: () => (active ? 1 : 0) + waiting.length,
    async close() {
      for (const client of waiting.splice(0)) client.destroy();
      active?.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
