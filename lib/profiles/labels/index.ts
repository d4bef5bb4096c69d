export { CAUSE_NAMES } from "./causes";
export type { Label } from "./label";
export {
  ATECO_SECTION_NAMES,
  ATECO_SECTIONS,
  HORIZON_NAMES,
  LEGAL_FORM_NAMES,
  RESOURCE_NAMES,
  SENSITIVE_TAG_NAMES,
  type AtecoSection,
} from "./other-codes";
export { SDG_NAMES } from "./sdgs";
