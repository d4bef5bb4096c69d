import { buttonStyles } from "@/components/ui/button-styles";
import { inputClass } from "@/components/ui/form/control-styles";
import { Field } from "@/components/ui/form/field";
import type { DirectorySearchField } from "@/lib/directory/directory-search-schema";
import { MAX_QUERY_LENGTH, MAX_RADIUS_KM } from "@/lib/directory/directory-search-schema";
import { format } from "@/lib/i18n/define-section";
import type { Messages } from "@/lib/i18n/get-messages";
import type { Locale } from "@/lib/i18n/locales";
import { CAUSE_LABELS, RESOURCE_LABELS } from "@/lib/match/labels";
import { CAUSE_CODES, type ResourceCode } from "@/lib/profiles/vocabulary";

export type DirectoryFormValues = Partial<Record<DirectorySearchField, string>>;

/**
 * The directory's search: a plain GET form, so results are a link (bookmarkable, pageable,
 * usable without JavaScript). Its fields are those of directorySearchSchema; the errors are
 * that schema's keys, shown under each field.
 */
export function DirectorySearchForm({
  action,
  values,
  errors,
  offerCodes,
  needCodes,
  staff,
  hidden,
  locale,
  t,
}: {
  action: string;
  values: DirectoryFormValues;
  errors: DirectoryFormValues;
  offerCodes: readonly ResourceCode[];
  needCodes: readonly ResourceCode[];
  staff: boolean;
  /** Fields the page keeps (the staff tab's status). */
  hidden?: Record<string, string>;
  locale: Locale;
  t: Pick<Messages, "directory" | "organizationKinds">;
}) {
  const d = t.directory;
  const error = (field: DirectorySearchField) => {
    const key = errors[field];
    return key ? (d.validation[key as keyof typeof d.validation] ?? d.validation.invalid) : undefined;
  };
  const byLabel = (codes: readonly ResourceCode[]) => [...codes].sort((a, b) => RESOURCE_LABELS[a][locale].localeCompare(RESOURCE_LABELS[b][locale], locale));
  const selectClass = inputClass;
  const FILTERS = ["cause", "comune", "radiusKm", "offers", "needs", "kind"] as const;
  const activeFilters = FILTERS.filter((field) => (values[field] ?? "").trim() !== "").length;
  const hasFilterError = FILTERS.some((field) => errors[field] !== undefined);
  return (
    <form method="get" action={action} role="search" aria-labelledby="directory-search-title" className="mb-8 rounded-lg border border-line bg-surface p-4">
      <h2 id="directory-search-title" className="sr-only">{d.searchTitle}</h2>
      {Object.entries(hidden ?? {}).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      {errors.page ? <p className="mb-3 text-danger">{error("page")}</p> : null}
      <Field id="directory-q" label={d.query} hint={d.queryHint} error={error("q")}>
        {(control) => <input {...control} type="search" name="q" defaultValue={values.q ?? ""} maxLength={MAX_QUERY_LENGTH} className={inputClass} />}
      </Field>
      {/* The filters fold away (a phone sees the results sooner) unless one is in use or wrong. */}
      <details open={activeFilters > 0 || hasFilterError} className="group mt-4">
        <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-primary">
          {activeFilters > 0 ? format(d.filtersActive, { count: activeFilters }) : d.filters}
        </summary>
        <div className="mt-2 grid gap-4 md:grid-cols-2 lg:grid-cols-3">
          <Field id="directory-cause" label={d.cause} error={error("cause")}>
            {(control) => (
              <select {...control} name="cause" defaultValue={values.cause ?? ""} className={selectClass}>
                <option value="">{d.anyCause}</option>
                {CAUSE_CODES.map((code) => <option key={code} value={code}>{CAUSE_LABELS[code][locale]}</option>)}
              </select>
            )}
          </Field>
          <Field id="directory-comune" label={d.comune} hint={d.comuneHint} error={error("comune")}>
            {(control) => <input {...control} name="comune" defaultValue={values.comune ?? ""} autoComplete="off" className={inputClass} />}
          </Field>
          <Field id="directory-radius" label={d.radius} hint={staff ? d.radiusHintStaff : d.radiusHintPartner} error={error("radiusKm")}>
            {(control) => <input {...control} name="radiusKm" type="number" inputMode="numeric" min={1} max={MAX_RADIUS_KM} step={1} defaultValue={values.radiusKm ?? ""} className={inputClass} />}
          </Field>
          <Field id="directory-offers" label={d.offers} error={error("offers")}>
            {(control) => (
              <select {...control} name="offers" defaultValue={values.offers ?? ""} className={selectClass}>
                <option value="">{d.anyResource}</option>
                {byLabel(offerCodes).map((code) => <option key={code} value={code}>{RESOURCE_LABELS[code][locale]}</option>)}
              </select>
            )}
          </Field>
          <Field id="directory-needs" label={d.needs} error={error("needs")}>
            {(control) => (
              <select {...control} name="needs" defaultValue={values.needs ?? ""} className={selectClass}>
                <option value="">{d.anyResource}</option>
                {byLabel(needCodes).map((code) => <option key={code} value={code}>{RESOURCE_LABELS[code][locale]}</option>)}
              </select>
            )}
          </Field>
          {staff ? (
            <Field id="directory-kind" label={d.kind} error={error("kind")}>
              {(control) => (
                <select {...control} name="kind" defaultValue={values.kind ?? ""} className={selectClass}>
                  <option value="">{d.anyKind}</option>
                  <option value="COMPANY">{t.organizationKinds.COMPANY}</option>
                  <option value="NONPROFIT">{t.organizationKinds.NONPROFIT}</option>
                </select>
              )}
            </Field>
          ) : null}
        </div>
      </details>
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="submit" className={buttonStyles.primary}>{d.search}</button>
        <a href={hidden && Object.keys(hidden).length > 0 ? `${action}?${new URLSearchParams(hidden).toString()}` : action} className={buttonStyles.quiet}>{d.reset}</a>
      </div>
    </form>
  );
}
