import { defineSection } from "../../define-section";

// Messages of the partnership page's dashboard part: Italian first, English with exactly the same keys.
export const dashboardSection = defineSection({
  it: {
    title: "TODO",
  },
  en: {
    title: "TODO",
  },
});
