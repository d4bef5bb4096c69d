import type { WorkSeedContext } from "./seed-context";

/** Demo messages for the seeded partnerships (placeholder until the feature exists). */
export async function seedMessages(context: WorkSeedContext): Promise<void> {
  void context;
}
