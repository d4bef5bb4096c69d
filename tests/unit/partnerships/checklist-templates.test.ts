import { CHECKLIST_TEMPLATES } from "@/lib/partnerships/checklist-templates";
import { OPEN_PHASES } from "@/lib/partnerships/phases";

describe("checklist templates", () => {
  it("give every open phase a checklist, in both languages, with unique keys", () => {
    for (const { phase } of OPEN_PHASES) {
      const items = CHECKLIST_TEMPLATES[phase];
      expect(items.length).toBeGreaterThan(0);
      expect(new Set(items.map((item) => item.key)).size).toBe(items.length);
      for (const item of items) {
        expect(item.it.trim()).not.toBe("");
        expect(item.en.trim()).not.toBe("");
        expect(item.en).not.toBe(item.it);
      }
    }
  });
});
