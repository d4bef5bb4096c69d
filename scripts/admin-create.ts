// npm run admin:create -- --email E --name "N": the first administrator of a real
// installation (further staff are invited by administrators). The password is read from
// standard input (`… < file`, a pipe), or asked twice without echo on a terminal, never
// taken from the command line, where `ps` and the shell history would keep it.
import { parseArgs } from "node:util";
import { createDatabaseClient } from "@/lib/db/client";
import { openDatabase } from "@/lib/db/open-database";
import { applyMigrations } from "@/lib/db/schema-engine";
import { ValidationError } from "@/lib/errors";
import { createAdministrator } from "@/lib/users/create-administrator";

const MESSAGES: Record<string, string> = {
  emailRequired: "--email is required.",
  emailInvalid: "--email is not a valid e-mail address.",
  nameRequired: "--name is required.",
  tooLong: "A value is too long.",
  passwordTooShort: "The password needs at least 12 characters.",
  passwordTooLong: "The password may have at most 200 characters.",
  passwordIsEmail: "The password cannot be the e-mail address.",
  emailTaken: "A user with this e-mail already exists: nothing was changed.",
};

/** Reads one line from the terminal without showing what is typed. */
function askHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const input = process.stdin;
    process.stderr.write(question);
    input.setRawMode(true);
    input.resume();
    let typed = "";
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString("utf8")) {
        if (char === "\r" || char === "\n") {
          input.setRawMode(false);
          input.pause();
          input.off("data", onData);
          process.stderr.write("\n");
          return resolve(typed);
        }
        if (char === "\u0003") {
          input.setRawMode(false);
          return reject(new Error("Cancelled."));
        }
        typed = char === "\u007f" ? typed.slice(0, -1) : typed + char;
      }
    };
    input.on("data", onData);
  });
}

async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) {
    const first = await askHidden("Password (at least 12 characters): ");
    const again = await askHidden("The same password again: ");
    if (first !== again) throw new Error("The two passwords differ: nothing was changed.");
    return first;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // One line: the newline that echo or a file adds is not part of the password.
  return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
}

async function main() {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
  if (!values.email || !values.name) {
    console.error('Usage: npm run admin:create -- --email E --name "N"   (the password on standard input)');
    process.exit(2);
  }
  const password = await readPassword();
  const database = await openDatabase();
  try {
    await applyMigrations(database.url);
    const client = createDatabaseClient(database.url);
    try {
      const admin = await createAdministrator(client, { email: values.email, name: values.name, password });
      console.log(`Administrator ${admin.email} created: log in at /login.`);
    } finally {
      await client.$disconnect();
    }
  } finally {
    await database.release();
  }
}

main().catch((error: unknown) => {
  if (error instanceof ValidationError) {
    console.error(MESSAGES[error.message] ?? error.message);
    process.exit(1);
  }
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
