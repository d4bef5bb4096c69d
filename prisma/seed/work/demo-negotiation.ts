import type { WorkSeedContext } from "./seed-context";

/** Demo negotiation for the seeded partnerships (placeholder until the feature exists). */
export async function seedNegotiation(context: WorkSeedContext): Promise<void> {
  void context;
}
