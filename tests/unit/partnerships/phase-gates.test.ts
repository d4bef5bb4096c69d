import { judgeMove, type PhaseFacts } from "@/lib/partnerships/phase-gates";

const NOTHING: PhaseFacts = { agreementSignedByBoth: false, indicatorsWithTarget: 0, finalEvaluations: { company: false, nonprofit: false } };
const EVERYTHING: PhaseFacts = { agreementSignedByBoth: true, indicatorsWithTarget: 2, finalEvaluations: { company: true, nonprofit: true } };

describe("judgeMove (the phase gates)", () => {
  it("lets the preparatory phases follow each other freely", () => {
    expect(judgeMove("PLANNING", "NEGOTIATION", NOTHING)).toEqual({ kind: "allowed" });
    expect(judgeMove("NEGOTIATION", "AGREEMENT", NOTHING)).toEqual({ kind: "allowed" });
  });

  it("keeps phase 4 shut until both parties signed the agreement", () => {
    expect(judgeMove("AGREEMENT", "MANAGEMENT", NOTHING)).toEqual({ kind: "gated", gates: ["agreement-not-signed"] });
    expect(judgeMove("AGREEMENT", "MANAGEMENT", { ...NOTHING, agreementSignedByBoth: true })).toEqual({ kind: "allowed" });
  });

  it("keeps phase 6 shut without an indicator with a target", () => {
    const signed = { ...NOTHING, agreementSignedByBoth: true };
    expect(judgeMove("COMMUNICATION", "MONITORING", signed)).toEqual({ kind: "gated", gates: ["no-indicator-with-target"] });
    expect(judgeMove("COMMUNICATION", "MONITORING", { ...signed, indicatorsWithTarget: 1 })).toEqual({ kind: "allowed" });
  });

  it("names every gate a long jump crosses", () => {
    expect(judgeMove("PLANNING", "MONITORING", NOTHING)).toEqual({ kind: "gated", gates: ["agreement-not-signed", "no-indicator-with-target"] });
    expect(judgeMove("PLANNING", "MONITORING", EVERYTHING)).toEqual({ kind: "allowed" });
  });

  it("completes only from phase 6 and only with both final evaluations", () => {
    const oneEvaluation = { ...EVERYTHING, finalEvaluations: { company: true, nonprofit: false } };
    expect(judgeMove("MONITORING", "COMPLETED", oneEvaluation)).toEqual({ kind: "gated", gates: ["final-evaluations-missing"] });
    expect(judgeMove("MONITORING", "COMPLETED", EVERYTHING)).toEqual({ kind: "allowed" });
    expect(judgeMove("COMMUNICATION", "COMPLETED", EVERYTHING)).toEqual({ kind: "forbidden", why: "completion-from-open-phase" });
  });

  it("allows going back and discontinuing from any open phase, without gates", () => {
    expect(judgeMove("MONITORING", "NEGOTIATION", NOTHING)).toEqual({ kind: "allowed" });
    expect(judgeMove("PLANNING", "DISCONTINUED", NOTHING)).toEqual({ kind: "allowed" });
    expect(judgeMove("MANAGEMENT", "DISCONTINUED", NOTHING)).toEqual({ kind: "allowed" });
  });

  it("never moves a closed partnership, nor a card onto its own column", () => {
    expect(judgeMove("COMPLETED", "PLANNING", EVERYTHING)).toEqual({ kind: "forbidden", why: "closed" });
    expect(judgeMove("DISCONTINUED", "MONITORING", EVERYTHING)).toEqual({ kind: "forbidden", why: "closed" });
    expect(judgeMove("NEGOTIATION", "NEGOTIATION", EVERYTHING)).toEqual({ kind: "forbidden", why: "same-phase" });
  });
});
