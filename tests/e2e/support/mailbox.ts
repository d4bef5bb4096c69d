import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// The e2e server runs a real SMTP server on loopback (scripts/e2e-server.ts) and the app
// sends to it through SMTP_URL; every message it receives lands here as one .eml file.
export function mailDirectory(): string {
  const directory = process.env.E2E_MAILDIR;
  if (!directory) throw new Error("E2E_MAILDIR is not set: run the tests through playwright.config.ts");
  return directory;
}

export type ReceivedMail = { to: string; subject: string; body: string };

function decodeQuotedPrintable(text: string): string {
  const bytes = text
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/gi, (_match, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}

function decodeHeader(value: string): string {
  // RFC 2047: white space between two adjacent encoded words (a folded long subject) is not text.
  return value.replace(/\?=\s+=\?/g, "?==?").replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_match, encoding: string, data: string) =>
    encoding.toUpperCase() === "B"
      ? Buffer.from(data, "base64").toString("utf8")
      : decodeQuotedPrintable(data.replace(/_/g, " ")),
  );
}

function parse(raw: string): ReceivedMail {
  const [head = "", ...rest] = raw.split(/\r?\n\r?\n/);
  const header = (name: string) => decodeHeader(new RegExp(`^${name}: (.*(?:\\r?\\n[ \\t].*)*)`, "mi").exec(head)?.[1]?.replace(/\r?\n[ \t]/g, " ") ?? "");
  return { to: header("To"), subject: header("Subject"), body: decodeQuotedPrintable(rest.join("\n\n")) };
}

/** Every message received so far for `to`, oldest first. */
export function mailsTo(to: string): ReceivedMail[] {
  const directory = mailDirectory();
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((file) => file.endsWith(".eml"))
    .sort()
    .map((file) => parse(readFileSync(path.join(directory, file), "utf8")))
    .filter((mail) => mail.to.toLowerCase().includes(to.toLowerCase()));
}

/** Waits for a message to `to` containing a link to `pathPrefix`, and returns the link. */
export async function waitForLink(to: string, pathPrefix: string, timeoutMs = 30_000): Promise<string> {
  const pattern = new RegExp(`https?://[^\\s"<>]*${pathPrefix.replace(/[/?]/g, "\\$&")}[^\\s"<>]*`);
  for (let waited = 0; waited <= timeoutMs; waited += 250) {
    for (const mail of mailsTo(to).reverse()) {
      const link = pattern.exec(mail.body)?.[0];
      if (link) return link;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`No e-mail to ${to} with a link to ${pathPrefix} within ${timeoutMs} ms`);
}
