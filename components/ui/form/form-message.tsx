import type { ActionState } from "@/lib/actions/action-state";
import { Notice } from "@/components/ui/notice";
import { fillRetryAfter } from "./translate-key";

type Props = {
  state: ActionState;
  /** The text of the state's message key (translateKey), shown for an error. */
  error?: string;
  /** What to say after a save; nothing is shown when absent. */
  saved?: string;
};

/** The form-level answer of an action (field errors are shown by their fields). */
export function FormMessage({ state, error, saved }: Props) {
  if (state.status === "success" && saved) return <Notice tone="success">{saved}</Notice>;
  // A rate limit names the minutes to wait ("Riprova tra 12 minuti").
  if (state.status === "error" && error) return <Notice tone="error">{fillRetryAfter(error, state.retryAfter)}</Notice>;
  return null;
}
