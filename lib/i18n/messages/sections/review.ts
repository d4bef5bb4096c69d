import { defineSection } from "../../define-section";

// Messages of this feature: Italian first, English with exactly the same keys.
export const reviewSection = defineSection({
  it: {},
  en: {},
});
