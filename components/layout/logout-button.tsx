"use client";

export function LogoutButton({ label }: { label: string }) {
  // next-auth's client is loaded on click only: every page carries this button's code,
  // and most visitors of public pages never log out.
  async function logOut() {
    const { signOut } = await import("next-auth/react");
    await signOut({ callbackUrl: "/" });
  }
  return (
    <button
      type="button"
      onClick={() => void logOut()}
      className="min-h-11 rounded-md border-2 border-white px-4 py-2 font-semibold text-white hover:bg-white hover:text-primary-dark"
    >
      {label}
    </button>
  );
}
