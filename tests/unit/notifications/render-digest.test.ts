import { renderDigest } from "@/lib/notifications/render-digest";

const message = (partnershipId: string, title: string, excerpt: string) => ({
  kind: "partnership.message",
  params: { partnershipTitle: title, authorName: "Francesca", excerpt },
  link: `/workspace/partnerships/${partnershipId}?tab=messages`,
});

describe("the daily digest e-mail", () => {
  it("groups the updates by partnership, one link each, and lists the others last with their own link", () => {
    const { subject, text } = renderDigest({
      name: "Sara",
      locale: "it",
      siteUrl: "https://insieme.example.org",
      items: [
        message("p1", "Pane di ieri", "primo"),
        { kind: "interest.received", params: { organizationName: "Impresa Due" }, link: "/workspace/interests" },
        message("p2", "Orti in città", "secondo"),
        message("p1", "Pane di ieri", "terzo"),
      ],
    });
    expect(subject).toBe("Il tuo riepilogo di Insieme: 4 aggiornamenti");
    expect(text.split("\n\n")).toEqual([
      "Ciao Sara,\necco gli aggiornamenti su Insieme dall'ultimo riepilogo.",
      "«Pane di ieri»\n- Nuovo messaggio su «Pane di ieri»\n  Francesca ha scritto: primo\n- Nuovo messaggio su «Pane di ieri»\n  Francesca ha scritto: terzo\nApri: https://insieme.example.org/workspace/partnerships/p1?tab=messages",
      "«Orti in città»\n- Nuovo messaggio su «Orti in città»\n  Francesca ha scritto: secondo\nApri: https://insieme.example.org/workspace/partnerships/p2?tab=messages",
      "Altri aggiornamenti\n- Impresa Due vorrebbe conoscervi\n  Impresa Due ha espresso interesse per una partnership con voi. Leggete il messaggio e rispondete entro 14 giorni.\n  Apri: https://insieme.example.org/workspace/interests",
    ]);
  });

  it("speaks English to an English reader, phase names included", () => {
    const { subject, text } = renderDigest({
      name: "Sara",
      locale: "en",
      siteUrl: "https://x.org",
      items: [{ kind: "partnership.phaseChanged", params: { partnershipTitle: "Bread", phase: "NEGOTIATION" }, link: "/workspace/partnerships/p1" }],
    });
    expect(subject).toBe("Your Insieme digest: 1 update");
    expect(text).toContain("Hello Sara,");
    expect(text).toMatch(/“Bread” moved to: \w/);
    expect(text).not.toContain("NEGOTIATION");
  });
});
