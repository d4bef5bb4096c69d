"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** A navigation link that tells sighted and screen-reader users where they are. */
export function NavLink({ href, label }: { href: string; label: string }) {
  const pathname = usePathname();
  // Section roots ("/workspace", "/staff") are current only on themselves.
  const current = pathname === href || (href.split("/").length > 2 && pathname.startsWith(`${href}/`));
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className="inline-flex min-h-11 items-center rounded-md border-b-4 border-transparent px-3 font-semibold whitespace-nowrap text-white hover:underline aria-[current=page]:border-white"
    >
      {label}
    </Link>
  );
}
