import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { FormMessage } from "@/components/ui/form/form-message";
import { fillRetryAfter, translateKey } from "@/components/ui/form/translate-key";
import { failure, formErrorKeyOf, type ActionState } from "@/lib/actions/action-state";
import { getMessages } from "@/lib/i18n/get-messages";

// A rate-limited action answers 429 with the seconds to wait; the form says the minutes.

const limited = (seconds: number): ActionState => ({ ...failure("rateLimited", 429), retryAfter: seconds });

describe("the answer to a rate-limited action", () => {
  it("is the key that names the wait, when the action said how long", () => {
    expect(formErrorKeyOf(limited(600))).toBe("rateLimitedFor");
    expect(formErrorKeyOf(failure("rateLimited", 429))).toBe("rateLimited");
    expect(formErrorKeyOf(failure("conflict", 409))).toBe("conflict");
    expect(formErrorKeyOf({ status: "success" })).toBeUndefined();
  });

  it("rounds the wait up to whole minutes, with the word in the right number", () => {
    const it = getMessages("it").forms.rateLimitedFor;
    const en = getMessages("en").forms.rateLimitedFor;
    expect(fillRetryAfter(it, 599)).toBe("Troppe richieste in poco tempo. Riprova tra 10 minuti.");
    expect(fillRetryAfter(it, 30)).toBe("Troppe richieste in poco tempo. Riprova tra 1 minuto.");
    expect(fillRetryAfter(en, 61)).toBe("Too many requests in a short time. Try again in 2 minutes.");
    expect(fillRetryAfter(en, 60)).toBe("Too many requests in a short time. Try again in 1 minute.");
    expect(fillRetryAfter("Riprova più tardi.", 60)).toBe("Riprova più tardi.");
  });

  it("is shown by the form kit as 'riprova tra N minuti'", () => {
    const t = getMessages("it");
    const state = limited(12 * 60);
    const html = renderToStaticMarkup(createElement(FormMessage, { state, error: translateKey(formErrorKeyOf(state), t.forms) }));
    expect(html).toContain("Riprova tra 12 minuti.");
  });
});
