"use client";

import { useEffect, useMemo, useState } from "react";
import type { PartnershipPhase } from "@/lib/generated/prisma/enums";
import { FIRST_PAGE_SIZE, NEXT_PAGE_SIZE } from "@/lib/partnerships/board/board-page-size";
import { CLOSED_PHASES } from "@/lib/partnerships/phases";
import { appendPage, cardsOf, mergeFresh, partialOf, replaceColumn } from "./column-state";
import type { BoardCard, BoardColumns } from "./types";

type Page = { cards: BoardCard[]; nextCursor: string | null };

/** A page of a column from /staff/board/column, filtered as the board is (`filterQuery`). */
async function fetchColumnPage(phase: PartnershipPhase, after: string | null, limit: number, filterQuery: string): Promise<Page> {
  const params = new URLSearchParams(filterQuery);
  params.set("phase", phase);
  params.set("limit", String(limit));
  if (after) params.set("after", after);
  const response = await fetch(`/staff/board/column?${params.toString()}`, { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`The column did not load (${response.status}).`);
  return (await response.json()) as Page;
}

/**
 * The board's columns as the browser holds them: the first page of each open column from
 * the server, then "Mostra altre" page by page, and the closed columns once their section
 * is opened. A fresh board from the server (router.refresh) keeps what the person had read
 * further, then reads it again from the server.
 */
export function useBoardColumns(initial: BoardColumns, filterQuery: string) {
  const [columns, setColumns] = useState(initial);
  const [seen, setSeen] = useState(initial);
  const [reread, setReread] = useState<{ phase: PartnershipPhase; count: number }[]>([]);
  const [loading, setLoading] = useState<ReadonlySet<PartnershipPhase>>(new Set());
  const [failed, setFailed] = useState<PartnershipPhase | null>(null);
  if (seen !== initial) {
    setSeen(initial);
    const merged = mergeFresh(columns, initial);
    setColumns(merged.columns);
    setReread(merged.reread);
  }

  async function read(phase: PartnershipPhase, run: () => Promise<void>) {
    setLoading((current) => new Set(current).add(phase));
    setFailed(null);
    try {
      await run();
    } catch {
      setFailed(phase);
    } finally {
      setLoading((current) => {
        const next = new Set(current);
        next.delete(phase);
        return next;
      });
    }
  }

  useEffect(() => {
    // Quietly: until the answer, the column shows what the person had already read.
    for (const { phase, count } of reread) {
      fetchColumnPage(phase, null, count, filterQuery).then(
        (page) => setColumns((current) => replaceColumn(current, phase, page)),
        () => undefined,
      );
    }
  }, [reread, filterQuery]);

  /** The next page of a long column. */
  function showMore(phase: PartnershipPhase) {
    const cursor = columns[phase].nextCursor;
    if (!cursor || loading.has(phase)) return;
    void read(phase, async () => {
      const page = await fetchColumnPage(phase, cursor, NEXT_PAGE_SIZE, filterQuery);
      setColumns((current) => appendPage(current, phase, page));
    });
  }

  /** The closed columns' first pages, when their section is opened the first time. */
  function loadClosed() {
    for (const phase of CLOSED_PHASES) {
      if (columns[phase].loaded || loading.has(phase)) continue;
      void read(phase, async () => {
        const page = await fetchColumnPage(phase, null, FIRST_PAGE_SIZE, filterQuery);
        setColumns((current) => replaceColumn(current, phase, page));
      });
    }
  }

  const board = useMemo(() => cardsOf(columns), [columns]);
  const partial = useMemo(() => partialOf(columns), [columns]);
  return { columns, setColumns, board, partial, showMore, loadClosed, loading, failed };
}
