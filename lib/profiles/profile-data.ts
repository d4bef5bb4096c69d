import { z } from "zod";
import { RUNTS_STATUSES } from "@/lib/registries/runts";
import { AREA_KINDS } from "./questionnaire/area-of-action";
import { companyProfileSchema, nonprofitProfileSchema } from "./exchange-format/schema";

// What OrganizationProfile.data holds once the questionnaire is complete: exactly the
// fields of the exchange format (FORMAT.md) except id, kind, name and comune, which are
// columns of Organization. So a stored profile and an exchange profile map one to one;
// the nonprofit's RUNTS registration is the one addition (the format has no field for it).
const ORGANIZATION_COLUMNS = { id: true, kind: true, name: true, comune: true } as const;

export const companyProfileDataSchema = companyProfileSchema.omit(ORGANIZATION_COLUMNS).extend({
  /**
   * The area of action (the format has only rangeKm): the radius around the seat, or only
   * some provinces (sigle) or comuni (official names).
   */
  areaKind: z.enum(AREA_KINDS).optional(),
  areaProvinces: z.array(z.string().regex(/^[A-Z]{2}$/)).optional(),
  areaComuni: z.array(z.string().trim().min(1).max(100)).optional(),
});

export const nonprofitProfileDataSchema = nonprofitProfileSchema.omit(ORGANIZATION_COLUMNS).extend({
  /** RUNTS (Registro unico nazionale del Terzo settore): section letter and number. */
  runtsStatus: z.enum(RUNTS_STATUSES).optional(),
  runtsSection: z.string().trim().max(40).optional(),
  runtsNumber: z.string().trim().max(40).optional(),
});

export type CompanyProfileData = z.infer<typeof companyProfileDataSchema>;
export type NonprofitProfileData = z.infer<typeof nonprofitProfileDataSchema>;
export type ProfileData = CompanyProfileData | NonprofitProfileData;
