import { seedAgreements } from "./demo-agreements";
import { seedChecklists } from "./demo-checklists";
import { seedHistory } from "./demo-history";
import { seedCommunication } from "./demo-communication";
import { seedMessages } from "./demo-messages";
import { seedMonitoring } from "./demo-monitoring";
import { seedNegotiation } from "./demo-negotiation";
import { seedProgramme } from "./demo-programme";
import type { WorkSeedContext } from "./seed-context";

/**
 * What happened inside each demo partnership, consistent with its phase: a partnership
 * in phase 4 or later has a signed agreement, one in phase 6 an indicator with a target,
 * a completed one both final evaluations — so the board's gates tell the truth.
 */
export async function seedPartnershipWork(context: WorkSeedContext): Promise<void> {
  await seedChecklists(context);
  await seedNegotiation(context);
  await seedAgreements(context);
  await seedProgramme(context);
  await seedCommunication(context);
  await seedMonitoring(context);
  await seedMessages(context);
  await seedHistory(context);
}
