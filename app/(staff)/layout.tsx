import { requireStaff } from "@/lib/auth/guards";

// CSV staff pages. Every page calls requireStaff() or requireAdmin() itself: that is the
// gate, because layouts are not re-rendered on client-side navigation. The layout calls
// it too so that a full page load is refused before streaming starts, with a real
// 401/403 status instead of a 200 that later shows the refusal.
// The board marks itself data-board-wide: its seven columns need a laptop's whole width.
export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  await requireStaff();
  return <main id="main" className="mx-auto max-w-6xl px-4 py-8 has-[[data-board-wide]]:max-w-[96rem]">{children}</main>;
}
