import { defineSection } from "../../define-section";

// Messages of the partnership page's programme part: Italian first, English with exactly the same keys.
export const programmeSection = defineSection({
  it: {
    title: "TODO",
  },
  en: {
    title: "TODO",
  },
});
