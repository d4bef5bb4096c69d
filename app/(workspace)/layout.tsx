// The partners' workspace. Each page calls requirePartner(): layouts are not re-run on
// every navigation, so they are never where access is checked.
export default function WorkspaceLayout({ children }: { children: React.ReactNode }) {
  return <main id="main" className="mx-auto max-w-6xl px-4 py-8">{children}</main>;
}
