import { SubmitButton } from "@/components/ui/form";
import { plainFormAction } from "@/lib/actions/plain-form-action";
import { signOutEverywhereAction } from "@/lib/actions/account/sign-out-everywhere";
import type { Messages } from "@/lib/i18n/get-messages";

// A plain form: the action's answer is the redirect to the login, with or without JavaScript.
export function SignOutEverywhereForm({ t, className = "mt-12 rounded-lg border border-line p-5" }: { t: Messages; className?: string }) {
  return (
    <form action={plainFormAction(signOutEverywhereAction)} className={className}>
      <p className="mb-3 text-muted">{t.users.signOutEverywhereHelp}</p>
      <SubmitButton variant="secondary">{t.users.signOutEverywhere}</SubmitButton>
    </form>
  );
}
