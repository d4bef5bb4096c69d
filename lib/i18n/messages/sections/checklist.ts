import { defineSection } from "../../define-section";

// Messages of the partnership page's checklist part: Italian first, English with exactly the same keys.
export const checklistSection = defineSection({
  it: {
    title: "TODO",
  },
  en: {
    title: "TODO",
  },
});
