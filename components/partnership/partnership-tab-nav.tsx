import Link from "next/link";
import type { Messages } from "@/lib/i18n/get-messages";
import { PARTNERSHIP_TABS, STAFF_ONLY_TABS, type PartnershipTab } from "./partnership-tabs";

/** Tabs as plain links (?tab=…): they work without JavaScript and keep the URL shareable. */
export function PartnershipTabNav({ basePath, current, isStaff, t }: { basePath: string; current: PartnershipTab; isStaff: boolean; t: Messages }) {
  const tabs = PARTNERSHIP_TABS.filter((tab) => isStaff || !STAFF_ONLY_TABS.includes(tab));
  return (
    <nav aria-label={t.partnership.tabsLabel} className="mb-6 overflow-x-auto border-b border-line">
      <ul className="flex min-w-max gap-1">
        {tabs.map((tab) => {
          const active = tab === current;
          return (
            <li key={tab}>
              <Link
                href={tab === "overview" ? basePath : `${basePath}?tab=${tab}`}
                aria-current={active ? "page" : undefined}
                className={`inline-flex min-h-11 items-center border-b-4 px-4 font-semibold no-underline ${active ? "border-primary text-primary-dark" : "border-transparent text-ink hover:border-line"}`}
              >
                {t.partnership.tabs[tab]}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
