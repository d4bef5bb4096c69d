import { defineSection } from "../../define-section";

// Messages of the partnership page's monitoring part: Italian first, English with exactly the same keys.
export const monitoringSection = defineSection({
  it: {
    title: "TODO",
  },
  en: {
    title: "TODO",
  },
});
