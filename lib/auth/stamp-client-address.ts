import http from "node:http";
import { CLIENT_ADDRESS_HEADER } from "./client-ip";

const STAMPED = Symbol.for("insieme.client-address-stamped");

/**
 * Makes every request of this process carry its TCP peer's address in
 * CLIENT_ADDRESS_HEADER, overwriting any value the client sent. Next.js offers app code no
 * socket address, and `next start` gives us no server of our own to read it from, so
 * instrumentation.ts installs this once at start-up, before Next reads the request: the
 * "request" event of every HTTP server is where Node hands over the socket.
 *
 * What it is worth: the address of whoever opened the TCP connection — the client when
 * it reaches the app directly, our proxy otherwise (then TRUSTED_PROXY_HOPS applies).
 */
export function stampClientAddress(): void {
  const proto = http.Server.prototype as http.Server & { [STAMPED]?: boolean };
  if (proto[STAMPED]) return;
  proto[STAMPED] = true;
  const emit = proto.emit;
  proto.emit = function stampingEmit(this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      request.headers[CLIENT_ADDRESS_HEADER] = request.socket?.remoteAddress ?? "unknown";
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof proto.emit;
}
