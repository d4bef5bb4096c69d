import { defineSection } from "../../define-section";

// Messages of the partnership page's report part: Italian first, English with exactly the same keys.
export const reportSection = defineSection({
  it: {
    title: "TODO",
  },
  en: {
    title: "TODO",
  },
});
