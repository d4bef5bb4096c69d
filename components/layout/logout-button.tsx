"use client";

import { signOut } from "next-auth/react";

export function LogoutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: "/" })}
      className="min-h-11 rounded-md border-2 border-white px-4 py-2 font-semibold text-white hover:bg-white hover:text-primary-dark"
    >
      {label}
    </button>
  );
}
