// Preloaded into the app server by scripts/start.ts (node --require): the server exits
// when the start script that spawned it is gone. A start script killed with SIGKILL
// cannot stop its children, and an orphaned server would keep the port (and serve on
// after its database stopped).
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) process.exit(1);
}, 1000).unref();
