import { signOutEverywhere } from "@/app/actions/sign-out-everywhere";
import { buttonStyles } from "@/components/ui/button-styles";
import type { Messages } from "@/lib/i18n/get-messages";

export function SignOutEverywhereForm({ t }: { t: Messages }) {
  return (
    <form action={signOutEverywhere} className="mt-12 rounded-lg border border-line p-5">
      <p className="mb-3 text-muted">{t.users.signOutEverywhereHelp}</p>
      <button type="submit" className={buttonStyles.secondary}>{t.users.signOutEverywhere}</button>
    </form>
  );
}
