import { IDLE, type ActionState } from "./action-state";

/**
 * A server action as the `action` of a plain form rendered on the server (no state to show:
 * its answer is a redirect, or the page rendered again). Binding keeps it a server
 * reference, so the form posts without JavaScript; the answer the form ignores is typed away.
 */
export function plainFormAction(action: (state: ActionState, input: FormData) => Promise<ActionState>): (formData: FormData) => Promise<void> {
  return action.bind(null, IDLE) as unknown as (formData: FormData) => Promise<void>;
}
