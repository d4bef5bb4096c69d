import { defineSection } from "../../define-section";

// Messages of the partnership page's closing part: Italian first, English with exactly the same keys.
export const closingSection = defineSection({
  it: {
    title: "TODO",
  },
  en: {
    title: "TODO",
  },
});
