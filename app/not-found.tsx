import { NotFoundBody } from "@/components/ui/not-found-body";

// Unknown addresses: rendered in the root layout alone, so it brings its own <main>.
export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-6xl px-4">
      <NotFoundBody />
    </main>
  );
}
