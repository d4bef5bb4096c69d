import { requirePartner } from "@/lib/auth/guards";

// The partners' workspace. Every page calls requirePartner() itself: that is the gate,
// because layouts are not re-rendered on client-side navigation. The layout calls it too
// so that a full page load is refused before streaming starts, with a real 401/403
// status instead of a 200 that later shows the refusal.
export default async function WorkspaceLayout({ children }: { children: React.ReactNode }) {
  await requirePartner();
  return <main id="main" className="mx-auto max-w-6xl px-4 py-8">{children}</main>;
}
