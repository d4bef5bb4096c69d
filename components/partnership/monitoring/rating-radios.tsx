"use client";

import type { UseFormRegisterReturn } from "react-hook-form";

type Props = {
  legend: string;
  words: Record<"1" | "2" | "3" | "4" | "5", string>;
  error?: string;
  errorId: string;
  registration: UseFormRegisterReturn;
};

/** A 1–5 scale as a radio group: each choice says its number and its word. */
export function RatingRadios({ legend, words, error, errorId, registration }: Props) {
  return (
    <fieldset aria-describedby={error ? errorId : undefined}>
      <legend className="font-semibold">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-2">
        {(["1", "2", "3", "4", "5"] as const).map((value) => (
          <label
            key={value}
            className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-md border-2 border-line px-3 has-[:checked]:border-primary has-[:checked]:bg-primary-soft"
          >
            <input type="radio" value={value} className="size-5" {...registration} />
            <span>{value} · {words[value]}</span>
          </label>
        ))}
      </div>
      {error ? <p id={errorId} className="mt-1 text-danger">{error}</p> : null}
    </fieldset>
  );
}
