import type { WorkSeedContext } from "./seed-context";

/** Demo communication for the seeded partnerships (placeholder until the feature exists). */
export async function seedCommunication(context: WorkSeedContext): Promise<void> {
  void context;
}
