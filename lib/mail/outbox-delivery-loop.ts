import type { Database } from "@/lib/db/client";
import { logger } from "@/lib/log/logger";
import { deliverOutbox } from "./deliver-outbox";

// The app server's delivery loop, started by instrumentation.ts: every EVERY_MS, and soon
// after a request puts a message in the outbox, so a verification link arrives within
// seconds while the request itself never waits for the mail server. Runs never overlap
// in one process; across processes deliverOutbox's claims keep them apart.

const EVERY_MS = 20_000;
// Two nudges after an enqueue: the first for messages written outside a transaction, the
// second for those whose transaction commits a little later.
const NUDGES_MS = [200, 3_000];
const log = logger.child({ job: "outbox" });

let loop: { run(): Promise<void> } | undefined;

/** Starts the loop once per process; later calls do nothing. */
export function startOutboxDelivery(db: Database): void {
  if (loop) return;
  let running = false;
  let again = false;
  const run = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        const report = await deliverOutbox(db);
        if (report.claimed > 0) log.info(report, "outbox delivery");
        // A full batch: more may be waiting.
        if (report.claimed >= 20) again = true;
      } while (again);
    } catch (error) {
      // Never crash the server for mail: the rows wait for the next run.
      log.error({ err: error }, "outbox delivery run failed");
    } finally {
      running = false;
    }
  };
  loop = { run };
  setInterval(() => void run(), EVERY_MS).unref();
  setTimeout(() => void run(), 1_000).unref();
}

/** Asks the loop, if this process runs one, to deliver soon. Never waits, never throws. */
export function requestDelivery(): void {
  const current = loop;
  if (!current) return;
  for (const delay of NUDGES_MS) setTimeout(() => void current.run(), delay).unref();
}
