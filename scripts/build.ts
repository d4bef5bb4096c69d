// npm run build: one production build that any number of app servers can run.
//  - `next build` with output "standalone" (next.config.js): .next/standalone holds a
//    server.js and only the node_modules it needs; the static files are copied beside it,
//    with app-server.mjs (server.js behind the landing page's micro-cache, what npm start runs),
//    as Next leaves that to us;
//  - the deployment id is the git commit (or INSIEME_BUILD_ID), so a browser holding a
//    page of one build is told when a server runs another;
//  - .next/standalone/insieme-build.json records the commit: `npm start` never rebuilds it.
import { buildApp } from "./build-app";

buildApp().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
