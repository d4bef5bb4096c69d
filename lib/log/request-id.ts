export const REQUEST_ID_HEADER = "x-request-id";

// A request id from a proxy in front of us is kept so logs can be joined across systems,
// but only if it is a plain token: it ends up in log lines and response headers.
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** The incoming `x-request-id` if it is a safe token, otherwise a new random id. */
export function requestIdFrom(incoming: string | null | undefined): string {
  return incoming && SAFE_REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
}
