import { clientIpFrom } from "@/lib/auth/client-ip";

describe("clientIpFrom", () => {
  const original = process.env.TRUSTED_PROXY_HOPS;
  afterEach(() => {
    process.env.TRUSTED_PROXY_HOPS = original;
  });

  it("takes the address added by the nearest proxy, not one the client wrote", () => {
    const headers = new Headers({ "x-forwarded-for": "6.6.6.6, 10.0.0.7" });
    expect(clientIpFrom(headers)).toBe("10.0.0.7");
  });

  it("counts trusted hops from the right", () => {
    process.env.TRUSTED_PROXY_HOPS = "2";
    expect(clientIpFrom({ "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.7" })).toBe("203.0.113.9");
  });

  it("falls back to x-real-ip, then to a fixed bucket", () => {
    expect(clientIpFrom({ "x-real-ip": "198.51.100.4" })).toBe("198.51.100.4");
    expect(clientIpFrom({})).toBe("unknown");
  });
});
