import { ActionButton, type FormServerAction } from "@/components/ui/form";

type Props = {
  action: FormServerAction;
  fields: Record<string, string>;
  /** The button that opens the confirmation ("Rimuovi"). */
  label: string;
  accessibleLabel?: string;
  /** What will happen, said before it does. */
  question: string;
  confirmLabel: string;
  catalogues: Array<Record<string, string>>;
};

/**
 * A change that cannot be undone by the person making it (removing someone, handing over
 * ownership, leaving) asks once more: a disclosure with the consequence and the real
 * button. Plain HTML, so it works before hydration too.
 */
export function ConfirmAction({ action, fields, label, accessibleLabel, question, confirmLabel, catalogues }: Props) {
  return (
    <details className="group">
      <summary className="inline-flex min-h-11 cursor-pointer items-center rounded-md border-2 border-danger px-3 font-semibold text-danger" aria-label={accessibleLabel}>
        {label}
      </summary>
      <div className="mt-2 max-w-sm rounded-md border border-line bg-surface p-3">
        <p className="mb-2">{question}</p>
        <ActionButton action={action} fields={fields} label={confirmLabel} accessibleLabel={accessibleLabel ? `${confirmLabel}: ${accessibleLabel}` : undefined} variant="danger" catalogues={catalogues} />
      </div>
    </details>
  );
}
