// The app server: Next's standalone server.js, with the landing page's micro-cache
// (lib/http/landing-micro-cache.mjs) in front of its request handler. npm run build copies
// this file beside server.js in .next/standalone, where it runs (npm start, deploy/Dockerfile).
//
// server.js creates its HTTP server inside Next (startServer), with no hook for a handler of
// our own. Rather than copy that function (listening, keep-alive, upgrades, shutdown), the
// first http.createServer call, which is Next's, gets its listener wrapped; then server.js
// runs as Next wrote it. An end-to-end test checks that the landing page is answered from
// memory, so a Next upgrade that changed this order would be noticed.
import http from "node:http";
import { createRequire } from "node:module";
import { withLandingMicroCache } from "./lib/http/landing-micro-cache.mjs";

const createServer = http.createServer;
http.createServer = function createServerWithLandingCache(...args) {
  http.createServer = createServer;
  const at = args.findIndex((arg) => typeof arg === "function");
  if (at !== -1) args[at] = withLandingMicroCache(args[at]);
  return createServer.apply(this, args);
};

createRequire(import.meta.url)("./server.js");
