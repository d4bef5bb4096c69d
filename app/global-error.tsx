"use client";

// The last resort when the root layout itself fails: no catalog is reachable here, so
// it speaks both languages.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="it">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem", textAlign: "center" }}>
        <h1>Qualcosa è andato storto · Something went wrong</h1>
        <button type="button" onClick={reset} style={{ minHeight: 44, padding: "0.5rem 1.25rem" }}>
          Riprova · Try again
        </button>
      </body>
    </html>
  );
}
