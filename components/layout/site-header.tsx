import Link from "next/link";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Messages } from "@/lib/i18n/get-messages";
import type { Locale } from "@/lib/i18n/locales";
import { LanguageSwitch } from "./language-switch";
import { LogoutButton } from "./logout-button";
import { NavLink } from "./nav-link";
import { SessionKeepAlive } from "./session-keep-alive";

type NavLink = { href: string; label: string };

function navigationFor(user: SessionUser | null, t: Messages): NavLink[] {
  if (!user) return [];
  if (user.role === "PARTNER") {
    return [
      { href: "/workspace", label: t.nav.workspace },
      { href: "/workspace/profile", label: t.nav.profile },
      { href: "/workspace/suggestions", label: t.nav.suggestions },
      { href: "/workspace/directory", label: t.directory.nav },
      { href: "/workspace/interests", label: t.nav.interests },
      { href: "/workspace/notifications", label: t.nav.notifications },
      { href: "/workspace/organization/members", label: t.members.navLabel },
      { href: "/workspace/account", label: t.account.nav },
    ];
  }
  const links = [
    { href: "/staff", label: t.nav.partnerships },
    { href: "/staff/dashboard", label: t.dashboard.nav },
    { href: "/staff/reports", label: t.programmeReport.nav },
    { href: "/staff/organizations", label: t.nav.organizations },
    { href: "/staff/introductions", label: t.nav.introductions },
    { href: "/staff/profiles", label: t.nav.profiles },
    { href: "/staff/outbox", label: t.nav.outbox },
    { href: "/staff/notifications", label: t.nav.notifications },
    { href: "/staff/account", label: t.account.nav },
  ];
  if (user.role === "ADMIN") links.push({ href: "/admin/users", label: t.nav.users });
  return links;
}

export function SiteHeader({ user, locale, t }: { user: SessionUser | null; locale: Locale; t: Messages }) {
  const links = navigationFor(user, t);
  return (
    <header className="bg-primary-dark text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="flex flex-col text-white no-underline">
          <span className="text-2xl font-bold leading-tight">{t.common.appName}</span>
          <span className="text-sm">
            {t.common.programme} · {t.common.csv}
          </span>
        </Link>
        <div className="flex flex-wrap items-center gap-2">
          {user ? <span className="hidden text-sm sm:inline">{user.name}</span> : null}
          <LanguageSwitch locale={locale} t={t} />
          {user ? <SessionKeepAlive /> : null}
          {user ? (
            <LogoutButton label={t.common.logout} />
          ) : (
            <Link href="/login" className="inline-flex min-h-11 items-center rounded-md border-2 border-white px-4 font-semibold text-white hover:bg-white hover:text-primary-dark">
              {t.common.login}
            </Link>
          )}
        </div>
      </div>
      {links.length > 0 ? (
        // A second row of its own: on a phone it scrolls sideways instead of piling up.
        <nav aria-label={t.common.mainNavigation} className="border-t border-white/30 bg-primary">
          <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2">
            {links.map((link) => (
              <li key={link.href} className="shrink-0">
                <NavLink href={link.href} label={link.label} />
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}
