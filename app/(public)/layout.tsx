// Public pages: the landing page, login and signup. No guard: anyone may read them.
// Every route group's layout provides the one <main> landmark; pages never add another.
export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return <main id="main">{children}</main>;
}
