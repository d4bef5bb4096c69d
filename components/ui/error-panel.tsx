"use client";

import { buttonStyles } from "./button-styles";

/**
 * The body of every error.tsx. Error boundaries are client components and cannot read the
 * request's catalog, so the texts come from the document language set by the server.
 */
export function ErrorPanel({ reset }: { reset: () => void }) {
  const english = typeof document !== "undefined" && document.documentElement.lang === "en";
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-3xl font-bold">{english ? "Something went wrong" : "Qualcosa è andato storto"}</h1>
      <p className="mt-4 text-lg text-muted">
        {english
          ? "An unexpected error occurred. Please try again shortly."
          : "Si è verificato un errore inatteso. Riprova tra poco."}
      </p>
      <button type="button" className={`${buttonStyles.primary} mt-8`} onClick={reset}>
        {english ? "Try again" : "Riprova"}
      </button>
    </div>
  );
}
