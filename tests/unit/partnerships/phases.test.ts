import { ALL_PHASES, OPEN_PHASES, phasesOfStage } from "@/lib/partnerships/phases";

describe("partnership phases", () => {
  it("are six, numbered 1 to 6, in three stages", () => {
    expect(OPEN_PHASES.map((entry) => entry.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(phasesOfStage("preparatory").map((entry) => entry.phase)).toEqual(["PLANNING", "NEGOTIATION", "AGREEMENT"]);
    expect(phasesOfStage("executive").map((entry) => entry.phase)).toEqual(["MANAGEMENT", "COMMUNICATION"]);
    expect(phasesOfStage("control").map((entry) => entry.phase)).toEqual(["MONITORING"]);
  });

  it("end in COMPLETED or DISCONTINUED", () => {
    expect(ALL_PHASES.slice(-2)).toEqual(["COMPLETED", "DISCONTINUED"]);
    expect(new Set(ALL_PHASES).size).toBe(8);
  });
});
