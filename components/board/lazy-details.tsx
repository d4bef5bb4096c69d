"use client";

import { useState, type ReactNode } from "react";

type Props = {
  summary: ReactNode;
  summaryClassName: string;
  className?: string;
  initiallyOpen?: boolean;
  /** Called each time it opens (the board reads its closed columns then). */
  onOpen?: () => void;
  children: ReactNode;
};

/**
 * A disclosure whose content is rendered only once opened: a board of hundreds of cards
 * would otherwise carry hundreds of hidden forms, and hydrate them all.
 */
export function LazyDetails({ summary, summaryClassName, className, initiallyOpen = false, onOpen, children }: Props) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <details className={className} open={open} onToggle={(event) => {
        const opened = event.currentTarget.open;
        setOpen(opened);
        if (opened) onOpen?.();
      }}>
      <summary className={summaryClassName}>{summary}</summary>
      {open ? children : null}
    </details>
  );
}
