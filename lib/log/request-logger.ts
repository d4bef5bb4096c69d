import "server-only";
import { headers } from "next/headers";
import type { Logger } from "pino";
import { logger } from "./logger";
import { REQUEST_ID_HEADER } from "./request-id";

/**
 * The logger for the current request, every line tagged with its request id (set by
 * proxy.ts on the request and echoed on the response, so a user's report can be matched).
 */
export async function requestLogger(): Promise<Logger> {
  let requestId: string | undefined;
  try {
    requestId = (await headers()).get(REQUEST_ID_HEADER) ?? undefined;
  } catch {
    // Outside a request (a job, a test calling a handler directly): no id to attach.
  }
  return requestId ? logger.child({ requestId }) : logger;
}
