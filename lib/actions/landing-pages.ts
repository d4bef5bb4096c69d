import type { RevalidateTarget } from "./define-action";

/**
 * The landing page's two routes, refreshed by every save that changes what its showcase shows
 * (a story approved, withdrawn or edited, a photo added to it or removed): "/" as rendered per
 * request, and its cached twin (app/(public)/landing/[locale]), which without this would keep
 * showing the old showcase until its time-based revalidation.
 */
export const LANDING_PAGES: RevalidateTarget[] = ["/", ["/landing/[locale]", "page"]];
