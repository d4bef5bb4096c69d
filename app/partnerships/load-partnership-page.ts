import "server-only";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { reportRefusedPartnership, requirePartnershipViewer } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { getRequestMessages } from "@/lib/i18n/request-locale";
import { requirePartnershipAccess } from "@/lib/partnerships/access/require-partnership-access";
import { getPartnershipOverview } from "@/lib/partnerships/overview/get-partnership-overview";
import { parseTab } from "@/components/partnership/partnership-tabs";

/** Guard → access (404 for a partnership the viewer may not see) → header data. Once per request (metadata and page share it). */
const loadPartnership = cache(async (id: string) => {
  const viewer = await requirePartnershipViewer();
  const access = await requirePartnershipAccess(db, viewer, id).catch(async (error: unknown) => {
    if (error instanceof NotFoundError) {
      await reportRefusedPartnership(viewer, id);
      notFound();
    }
    throw error;
  });
  const [{ t, locale }, overview] = await Promise.all([getRequestMessages(), getPartnershipOverview(db, access)]);
  return { access, overview, t, locale };
});

/** Shared by the workspace and staff pages. */
export async function loadPartnershipPage(id: string, tabParam: unknown) {
  const loaded = await loadPartnership(id);
  return { ...loaded, tab: parseTab(tabParam, loaded.access.isStaff) };
}

export async function partnershipPageMetadata(id: string): Promise<Metadata> {
  const { overview } = await loadPartnership(id);
  return { title: overview.title };
}
