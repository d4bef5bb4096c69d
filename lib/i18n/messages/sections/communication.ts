import { defineSection } from "../../define-section";

// Messages of the partnership page's communication part: Italian first, English with exactly the same keys.
export const communicationSection = defineSection({
  it: {
    title: "TODO",
  },
  en: {
    title: "TODO",
  },
});
