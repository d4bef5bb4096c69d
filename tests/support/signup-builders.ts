import type { RegistrationResult } from "@/lib/signup/register-organization";
import { randomInt, randomUUID } from "node:crypto";
import { SMTPServer } from "smtp-server";
import type { SignupFormValues, SignupInput } from "@/lib/signup/signup-schema";
import { signupServerSchema } from "@/lib/signup/signup-server-schema";
import { partitaIvaCheckDigit } from "@/lib/tax-codes";

/** A valid partita IVA nobody else in the test uses. */
export function newPartitaIva(): string {
  const firstTen = `0${String(randomInt(0, 1_000_000_000)).padStart(9, "0")}`;
  return `${firstTen}${partitaIvaCheckDigit(firstTen)}`;
}

/** What a visitor types in the signup form, valid unless overridden. */
export function signupFormValues(overrides: Partial<SignupFormValues> = {}): SignupFormValues {
  const id = randomUUID().slice(0, 8);
  return {
    kind: "COMPANY",
    organizationName: `Impresa ${id} S.r.l.`,
    taxCode: newPartitaIva(),
    comune: "Vigevano",
    phone: "0382 123456",
    website: "www.esempio.it",
    name: `Anna Rossi ${id}`,
    email: `anna-${id}@example.it`,
    password: "una frase lunga e segreta",
    privacyConsent: true,
    newsletterConsent: false,
    ...overrides,
  };
}

/** The same, parsed by the shared schema as the server action does. */
export function signupInput(overrides: Partial<SignupFormValues> = {}): SignupInput {
  return signupServerSchema.parse(signupFormValues(overrides));
}

export type ReceivedMail = { from: string; to: string[]; raw: string };

/**
 * A real SMTP server on a loopback port, without TLS or authentication: the test points
 * SMTP_URL at it and reads what nodemailer delivered. `port` restarts one where an
 * earlier one listened (a mail server coming back).
 */
export async function startLoopbackSmtpServer(port = 0) {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((recipient) => recipient.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.server.address();
  if (!address || typeof address === "string") throw new Error("the SMTP server has no port");
  return {
    url: `smtp://127.0.0.1:${address.port}/?ignoreTLS=true`,
    port: address.port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The body of a received message with quoted-printable soft line breaks undone. */
export function decodedBody(raw: string): string {
  return raw.replace(/=\r?\n/g, "").replace(/=3D/g, "=");
}

/** The token of the first link to `path` in a text. */
export function tokenFromLink(text: string, path: string): string {
  const match = new RegExp(`${path}\\?token=([A-Za-z0-9_-]+)`).exec(text);
  if (!match?.[1]) throw new Error(`no ${path} link in: ${text}`);
  return match[1];
}

/** The result of a signup that created an account (not the answer to a taken e-mail). */
export function registered(result: RegistrationResult) {
  if (result.outcome !== "registered") throw new Error(`expected a registration, got ${result.outcome}`);
  return result;
}
