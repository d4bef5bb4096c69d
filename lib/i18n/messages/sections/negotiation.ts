import { defineSection } from "../../define-section";

// Messages of the partnership page's negotiation part: Italian first, English with exactly the same keys.
export const negotiationSection = defineSection({
  it: {
    title: "TODO",
  },
  en: {
    title: "TODO",
  },
});
