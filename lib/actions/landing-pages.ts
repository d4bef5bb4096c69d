import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import type { RevalidateTarget } from "./define-action";

/**
 * The landing page's two routes, refreshed by every save that changes what its showcase shows
 * (a story approved, withdrawn or edited, a photo added to it or removed): "/" as rendered per
 * request, and its cached twin, which without this would keep showing the old showcase until
 * its time-based revalidation. The twin is named by its path, not by its route pattern: Next
 * tags a cached page with its route file's path, route group included
 * ("/(public)/landing/[locale]/page"), which "/landing/[locale]" with type "page" does not name.
 */
export const LANDING_PAGES: RevalidateTarget[] = ["/", `/landing/${DEFAULT_LOCALE}`];
