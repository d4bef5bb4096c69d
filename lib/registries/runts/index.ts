export {
  isRuntsSection,
  legalFormFitsSection,
  RUNTS_SECTION_NAMES,
  RUNTS_SECTIONS,
  RUNTS_STATUS_NAMES,
  RUNTS_STATUSES,
  SECTION_LEGAL_FORMS,
  sectionsForLegalForm,
  type RuntsSection,
  type RuntsStatus,
} from "./runts-sections";
export { parseRuntsNumber } from "./runts-number";
