"use client";

import { usePathname } from "next/navigation";
import { useEffect } from "react";
import { isSessionRefreshDue } from "@/lib/auth/session-refresh";

// Pages read the session through getServerSession, which cannot set a cookie from a
// server component: the cookie (and its 8-hour idle end) would only move forward when
// something called /api/auth/session. This asks next-auth to re-issue it on the person's
// activity — a page opened, a click, a key — at most every few minutes. next-auth's own
// endpoint checks revocation, the account and both limits before it re-issues anything,
// and a person who does nothing for 8 hours is logged out as before.

let lastRefresh: number | null = null;

function refreshIfDue() {
  const now = Date.now();
  if (!isSessionRefreshDue(lastRefresh, now)) return;
  lastRefresh = now;
  void fetch("/api/auth/session", { credentials: "same-origin", cache: "no-store" }).catch(() => {
    // Offline or the server restarting: the next activity tries again.
    lastRefresh = null;
  });
}

export function SessionKeepAlive() {
  const pathname = usePathname();
  useEffect(refreshIfDue, [pathname]);
  useEffect(() => {
    const events = ["pointerdown", "keydown"] as const;
    for (const event of events) window.addEventListener(event, refreshIfDue, { passive: true });
    return () => {
      for (const event of events) window.removeEventListener(event, refreshIfDue);
    };
  }, []);
  return null;
}
