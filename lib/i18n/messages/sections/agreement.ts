import { defineSection } from "../../define-section";

// Messages of the partnership page's agreement part: Italian first, English with exactly the same keys.
export const agreementSection = defineSection({
  it: {
    title: "TODO",
  },
  en: {
    title: "TODO",
  },
});
