import { averageDaysInPhase, type PhaseHistory } from "@/lib/dashboard/average-days-in-phase";

const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000);
const NOW = day(100);

function history(partial: Partial<PhaseHistory> & Pick<PhaseHistory, "phase">): PhaseHistory {
  return { id: "p", startedAt: day(0), phaseEnteredAt: day(0), moves: [], ...partial };
}
const averageOf = (result: ReturnType<typeof averageDaysInPhase>, phase: string) => result.find((entry) => entry.phase === phase);

describe("average days in each phase", () => {
  it("lists the six open phases, in order, with no data when there are no partnerships", () => {
    const result = averageDaysInPhase([], NOW);
    expect(result.map((entry) => entry.phase)).toEqual(["PLANNING", "NEGOTIATION", "AGREEMENT", "MANAGEMENT", "COMMUNICATION", "MONITORING"]);
    expect(result.every((entry) => entry.averageDays === null && entry.partnerships === 0)).toBe(true);
  });

  it("measures each stint between entering and leaving a phase, and the current one up to now", () => {
    const result = averageDaysInPhase(
      [
        history({
          phase: "AGREEMENT",
          startedAt: day(0),
          phaseEnteredAt: day(30),
          moves: [
            { from: "NEGOTIATION", to: "AGREEMENT", at: day(30) },
            { from: "PLANNING", to: "NEGOTIATION", at: day(10) },
          ],
        }),
      ],
      NOW,
    );
    expect(averageOf(result, "PLANNING")).toEqual({ phase: "PLANNING", averageDays: 10, partnerships: 1 });
    expect(averageOf(result, "NEGOTIATION")).toEqual({ phase: "NEGOTIATION", averageDays: 20, partnerships: 1 });
    expect(averageOf(result, "AGREEMENT")).toEqual({ phase: "AGREEMENT", averageDays: 70, partnerships: 1 });
    expect(averageOf(result, "MANAGEMENT")).toEqual({ phase: "MANAGEMENT", averageDays: null, partnerships: 0 });
  });

  it("averages over partnerships, adding up the stints of one that went back and forth", () => {
    const result = averageDaysInPhase(
      [
        history({
          id: "a",
          phase: "MANAGEMENT",
          phaseEnteredAt: day(40),
          moves: [
            { from: "PLANNING", to: "NEGOTIATION", at: day(5) },
            { from: "NEGOTIATION", to: "PLANNING", at: day(10) }, // back for 10 more days in PLANNING
            { from: "PLANNING", to: "NEGOTIATION", at: day(20) },
            { from: "NEGOTIATION", to: "MANAGEMENT", at: day(40) },
          ],
        }),
        history({ id: "b", phase: "PLANNING", startedAt: day(99), phaseEnteredAt: day(99) }),
      ],
      NOW,
    );
    // a: 5 + 10 = 15 days in PLANNING; b: 1 day so far → (15 + 1) / 2
    expect(averageOf(result, "PLANNING")).toEqual({ phase: "PLANNING", averageDays: 8, partnerships: 2 });
    // a: 5 + 20 = 25 days in NEGOTIATION
    expect(averageOf(result, "NEGOTIATION")?.averageDays).toBe(25);
    expect(averageOf(result, "MANAGEMENT")?.averageDays).toBe(60);
  });

  it("does not measure the end states, but keeps the time spent before closing", () => {
    const result = averageDaysInPhase(
      [history({ phase: "DISCONTINUED", phaseEnteredAt: day(12), moves: [{ from: "PLANNING", to: "DISCONTINUED", at: day(12) }] })],
      NOW,
    );
    expect(averageOf(result, "PLANNING")?.averageDays).toBe(12);
    expect(result.some((entry) => (entry.phase as string) === "DISCONTINUED")).toBe(false);
  });

  it("leaves out a first stint with no known start (loaded without history), never guessing it", () => {
    const result = averageDaysInPhase(
      [history({ phase: "MONITORING", startedAt: day(0), phaseEnteredAt: day(90), moves: [{ from: "COMMUNICATION", to: "MONITORING", at: day(90) }] })],
      NOW,
    );
    expect(averageOf(result, "COMMUNICATION")?.averageDays).toBeNull();
    expect(averageOf(result, "MONITORING")?.averageDays).toBe(10);
  });

  it("ignores moves inside a column and rounds to one decimal", () => {
    const result = averageDaysInPhase(
      [
        history({ id: "a", phase: "NEGOTIATION", phaseEnteredAt: new Date(NOW.getTime() - 36 * 3_600_000), moves: [{ from: "NEGOTIATION", to: "NEGOTIATION", at: day(99) }] }),
        history({ id: "b", phase: "NEGOTIATION", phaseEnteredAt: day(99) }),
        history({ id: "c", phase: "NEGOTIATION", phaseEnteredAt: day(99) }),
      ],
      NOW,
    );
    // (1.5 + 1 + 1) / 3 = 1.1666…
    expect(averageOf(result, "NEGOTIATION")).toEqual({ phase: "NEGOTIATION", averageDays: 1.2, partnerships: 3 });
  });
});
