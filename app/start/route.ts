import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/guards";

export const dynamic = "force-dynamic";

/** Where a user lands after login when no page asked for it: their role's home. */
export async function GET() {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  redirect(user.role === "PARTNER" ? "/workspace" : "/staff");
}
