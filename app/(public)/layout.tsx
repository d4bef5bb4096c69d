// Public pages: the landing page and login. No guard: anyone may read them.
export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return children;
}
