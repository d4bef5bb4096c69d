import { SubmitButton } from "@/components/ui/form";
import { IDLE } from "@/lib/actions/action-state";
import { signOutEverywhereAction } from "@/lib/actions/account/sign-out-everywhere";
import type { Messages } from "@/lib/i18n/get-messages";

// A plain form (the action's answer is the redirect to the login): bound to the idle state,
// it posts without JavaScript too.
export function SignOutEverywhereForm({ t }: { t: Messages }) {
  return (
    <form action={signOutEverywhereAction.bind(null, IDLE)} className="mt-12 rounded-lg border border-line p-5">
      <p className="mb-3 text-muted">{t.users.signOutEverywhereHelp}</p>
      <SubmitButton variant="secondary">{t.users.signOutEverywhere}</SubmitButton>
    </form>
  );
}
