import { defineSection } from "../../define-section";

// Messages of the partnership page's messages part: Italian first, English with exactly the same keys.
export const messagesSection = defineSection({
  it: {
    title: "TODO",
  },
  en: {
    title: "TODO",
  },
});
