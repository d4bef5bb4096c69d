import type { Database } from "@/lib/db/client";
import { listDemoUsers } from "./demo-rows";

/** True when any of the demo accounts (whose passwords the README publishes) exists. */
export async function holdsDemoAccounts(db: Database): Promise<boolean> {
  const emails = listDemoUsers().map((user) => user.email);
  return (await db.user.count({ where: { email: { in: emails } } })) > 0;
}
