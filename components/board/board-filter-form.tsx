import Link from "next/link";
import { buttonStyles } from "@/components/ui/button-styles";
import type { Messages } from "@/lib/i18n/get-messages";
import type { Locale } from "@/lib/i18n/locales";
import { CAUSE_CODES } from "@/lib/profiles/vocabulary";
import type { BoardFilters } from "@/lib/partnerships/board/board-filters";
import { CAUSE_NAMES } from "@/lib/profiles/labels";

type Props = {
  filters: BoardFilters;
  staff: { id: string; name: string }[];
  comuni: string[];
  active: boolean;
  locale: Locale;
  t: Messages["board"];
};

const field = "min-h-11 w-full rounded-md border-2 border-muted bg-white px-2";

/** The board's filters: a plain GET form, so they live in the URL and work without JavaScript. */
export function BoardFilterForm({ filters, staff, comuni, active, locale, t }: Props) {
  return (
    <form method="get" action="/staff" role="search" aria-label={t.filtersTitle} className="mb-4 rounded-md border-2 border-line bg-surface p-4">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr]">
        <div className="flex min-w-0 flex-col">
          <label htmlFor="board-q" className="text-sm font-semibold">
            {t.filterSearch}
          </label>
          <input id="board-q" name="q" type="search" defaultValue={filters.q} aria-describedby="board-q-hint" maxLength={100} className={field} />
          <p id="board-q-hint" className="text-sm text-muted">
            {t.filterSearchHint}
          </p>
        </div>
        <div className="flex min-w-0 flex-col">
          <label htmlFor="board-owner" className="text-sm font-semibold">
            {t.filterOwner}
          </label>
          <select id="board-owner" name="owner" defaultValue={filters.owner} className={field}>
            <option value="">{t.filterOwnerAny}</option>
            <option value="mine">{t.filterOwnerMine}</option>
            <option value="unassigned">{t.filterOwnerUnassigned}</option>
            {staff.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex min-w-0 flex-col">
          <label htmlFor="board-cause" className="text-sm font-semibold">
            {t.filterCause}
          </label>
          <select id="board-cause" name="cause" defaultValue={filters.cause} className={field}>
            <option value="">{t.filterCauseAny}</option>
            {CAUSE_CODES.map((code) => (
              <option key={code} value={code}>
                {CAUSE_NAMES[code][locale]}
              </option>
            ))}
          </select>
        </div>
        <div className="flex min-w-0 flex-col">
          <label htmlFor="board-comune" className="text-sm font-semibold">
            {t.filterComune}
          </label>
          <select id="board-comune" name="comune" defaultValue={filters.comune} className={field}>
            <option value="">{t.filterComuneAny}</option>
            {comuni.map((comune) => (
              <option key={comune} value={comune}>
                {comune}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-4">
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="flagged" value="1" defaultChecked={filters.flagged} className="size-5" />
          {t.filterFlagged}
        </label>
        <button type="submit" className={buttonStyles.primary}>
          {t.filterApply}
        </button>
        {active ? (
          <Link href="/staff" className={buttonStyles.secondary}>
            {t.filterReset}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
