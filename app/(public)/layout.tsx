// Public pages: the landing page, login and signup. No guard: anyone may read them.
// Every route group's layout provides the one <main> landmark; pages never add another.
// No loading.tsx here on purpose: these pages are quick to render, and a loading boundary
// would make the landing page stream a skeleton first and reveal its content only once
// JavaScript runs, which costs a phone its largest paint.
export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return <main id="main">{children}</main>;
}
