import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { AUDIT_ACTIONS } from "@/lib/audit/audit-actions";
import { describeAuditAction } from "@/lib/audit/describe-audit-action";
import { getMessages } from "@/lib/i18n/get-messages";
import { LOCALES } from "@/lib/i18n/locales";

describe("audit rows in words", () => {
  it.each(LOCALES)("every kind of audit row has a sentence with its actor (%s)", (locale) => {
    const t = getMessages(locale).auditActions;
    for (const action of AUDIT_ACTIONS) {
      const sentence = describeAuditAction(action, "Francesca Bellini", t);
      expect([action, sentence.startsWith("Francesca Bellini ")]).toEqual([action, true]);
      expect(sentence).not.toContain(action);
      expect(sentence).not.toMatch(/[{}]/);
    }
  });

  it("says who did it, or the system, in the reader's language", () => {
    expect(describeAuditAction("finalEvaluation.submit", "Francesca Bellini", getMessages("it").auditActions)).toBe("Francesca Bellini ha inviato la valutazione finale");
    expect(describeAuditAction("partnership.opened", null, getMessages("en").auditActions)).toBe("The system started the partnership");
  });

  it("never shows a code for a kind it does not know", () => {
    expect(describeAuditAction("legacy.something", "Anna", getMessages("it").auditActions)).toBe("Anna ha fatto una modifica");
  });

  it("knows every kind that the code records", () => {
    // Kinds written by recordAudit() must be in AUDIT_ACTIONS (the type checks calls; this
    // catches rows written around it, like the demo data's).
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) {
          if (name !== "generated") walk(full);
        } else if (/\.tsx?$/.test(name)) files.push(full);
      }
    };
    for (const root of ["lib", "prisma", "scripts"]) walk(path.join(process.cwd(), root));
    const written = new Set<string>();
    for (const file of files) {
      for (const match of readFileSync(file, "utf8").matchAll(/action: "([a-zA-Z]+\.[a-zA-Z.-]+)"/g)) written.add(match[1]!);
    }
    const unknown = [...written].filter((action) => !(AUDIT_ACTIONS as readonly string[]).includes(action));
    expect(unknown).toEqual([]);
  });
});
