import { requireAdmin } from "@/lib/auth/guards";

// Administrators only. Pages check again (see the staff layout for why both do). This
// layout sits outside the admin loading boundary, so a refusal keeps its 403 status.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await requireAdmin();
  return children;
}
