import http from "node:http";
import { CLIENT_ADDRESS_HEADER, clientIpFrom } from "@/lib/auth/client-ip";
import { ConfigError, parseServerConfig } from "@/lib/config/server-config";
import { stampClientAddress } from "@/lib/auth/stamp-client-address";

describe("clientIpFrom", () => {
  it("with no proxy in front (the default) takes the socket's address and ignores X-Forwarded-For", () => {
    const headers = new Headers({ "x-forwarded-for": "6.6.6.6", [CLIENT_ADDRESS_HEADER]: "198.51.100.4" });
    expect(clientIpFrom(headers)).toBe("198.51.100.4");
    expect(parseServerConfig({}).trustedProxyHops).toBe(0);
  });

  it("behind N proxies takes the N-th entry from the right, not what the client wrote", () => {
    const headers = { "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.7", [CLIENT_ADDRESS_HEADER]: "10.0.0.2" };
    expect(clientIpFrom(headers, 1)).toBe("10.0.0.7");
    expect(clientIpFrom(headers, 2)).toBe("203.0.113.9");
  });

  it("falls back to the socket when the chain is shorter than the proxies we run (a proxy was bypassed)", () => {
    expect(clientIpFrom({ "x-forwarded-for": "6.6.6.6", [CLIENT_ADDRESS_HEADER]: "198.51.100.4" }, 2)).toBe("198.51.100.4");
    expect(clientIpFrom({})).toBe("unknown");
  });

  it("reads TRUSTED_PROXY_HOPS as a small whole number", () => {
    expect(parseServerConfig({ TRUSTED_PROXY_HOPS: "1" }).trustedProxyHops).toBe(1);
    expect(() => parseServerConfig({ TRUSTED_PROXY_HOPS: "-1" })).toThrow(ConfigError);
    expect(() => parseServerConfig({ TRUSTED_PROXY_HOPS: "abc" })).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});

describe("stampClientAddress", () => {
  it("overwrites a client-sent address header with the socket's address", async () => {
    stampClientAddress();
    const server = http.createServer((request, response) => response.end(String(request.headers[CLIENT_ADDRESS_HEADER])));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    const answer = await fetch(`http://127.0.0.1:${port}/`, { headers: { [CLIENT_ADDRESS_HEADER]: "6.6.6.6", "x-forwarded-for": "6.6.6.6" } });
    expect(await answer.text()).toBe("127.0.0.1");
    await new Promise((resolve) => server.close(resolve));
  });
});
