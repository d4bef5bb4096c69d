import type { Database } from "@/lib/db/client";
import type { PartnershipViewer } from "@/lib/partnerships/access/partnership-viewer";
import { requirePartnershipAccess } from "@/lib/partnerships/access/require-partnership-access";
import { readAgreementView } from "@/lib/partnerships/agreement/get-agreement";
import { getPartnershipChecklist } from "@/lib/partnerships/checklist/get-partnership-checklist";
import { getClosing } from "@/lib/partnerships/closing/get-closing";
import { getCommunication } from "@/lib/partnerships/communication/get-communication";
import { listPartnershipHistory } from "@/lib/partnerships/history/list-partnership-history";
import { listPartnershipMessages } from "@/lib/partnerships/messages/list-partnership-messages";
import { listStaffNotes } from "@/lib/partnerships/messages/list-staff-notes";
import { getMonitoring } from "@/lib/partnerships/monitoring/get-monitoring";
import { listPendingCheckIns } from "@/lib/partnerships/monitoring/list-pending-check-ins";
import { getNegotiation } from "@/lib/partnerships/negotiation/get-negotiation";
import { getPartnershipOverview } from "@/lib/partnerships/overview/get-partnership-overview";
import { getProgramme } from "@/lib/partnerships/programme/get-programme";
import { getImpactReport } from "@/lib/partnerships/report/get-impact-report";
import { seedDemoData } from "@/prisma/seed/seed-demo-data";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

// Reads never write (issue 10, item 8): every read the partnership page makes, for a
// partner and for staff, runs inside a READ ONLY transaction, where PostgreSQL refuses any
// INSERT, UPDATE or DELETE. A read that wrote (the checklist once materialised its template
// on first view) fails here instead of holding a write transaction on a GET.

const NOW = new Date("2026-03-02T09:00:00.000Z");

/** Runs `read` with a client whose every statement is inside one read-only transaction. */
async function readOnly<T>(db: Database, read: (tx: Database) => Promise<T>): Promise<T> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe("SET TRANSACTION READ ONLY");
      // The services take the app's client; a transaction client has every model they use.
      return read(tx as unknown as Database);
    },
    { timeout: 60_000 },
  );
}

async function readWholePage(db: Database, viewer: PartnershipViewer, partnershipId: string) {
  const access = await requirePartnershipAccess(db, viewer, partnershipId);
  const input = { partnershipId };
  await getPartnershipOverview(db, access);
  await getPartnershipChecklist(db, viewer, { partnershipId, locale: "it" }, NOW);
  await getNegotiation(db, viewer, input);
  await readAgreementView(db, access);
  await getProgramme(db, viewer, input, NOW);
  await getCommunication(db, viewer, input);
  await getMonitoring(db, viewer, partnershipId);
  await listPendingCheckIns(db, viewer, partnershipId);
  await getImpactReport(db, viewer, input);
  await getClosing(db, viewer, partnershipId);
  await listPartnershipMessages(db, viewer, input);
  if (access.isStaff) {
    await listStaffNotes(db, viewer, input);
    await listPartnershipHistory(db, viewer, input);
  }
}

describe("the partnership page's reads", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemoData(database.db, { now: NOW });
  }, 180_000);
  afterAll(() => database.cleanup());

  it("write nothing, for either partner and for staff, in every phase — even where the current phase's checklist is missing", async () => {
    const { db } = database;
    const staff = await db.user.findFirstOrThrow({ where: { role: "STAFF" }, select: { id: true } });
    const partnerships = await db.partnership.findMany({
      distinct: ["phase"],
      select: { id: true, phase: true, companyId: true, nonprofitId: true },
    });
    expect(partnerships.length).toBeGreaterThanOrEqual(6);
    // As a partnership created before the template was written on entering a phase.
    const open = partnerships.find((row) => row.phase === "NEGOTIATION")!;
    await db.checklistItem.deleteMany({ where: { partnershipId: open.id, phase: open.phase } });
    const itemsBefore = await db.checklistItem.count();

    for (const partnership of partnerships) {
      // Access goes by organisation; the user only marks "my" messages. Some demo
      // organisations have no member account.
      const member = async (organizationId: string) =>
        (await db.membership.findFirst({ where: { organizationId }, select: { userId: true } }))?.userId ?? "nessun-membro";
      const viewers: PartnershipViewer[] = [
        { kind: "partner", userId: await member(partnership.companyId), organizationId: partnership.companyId },
        { kind: "partner", userId: await member(partnership.nonprofitId), organizationId: partnership.nonprofitId },
        { kind: "staff", userId: staff.id, role: "STAFF" },
      ];
      for (const viewer of viewers) await readOnly(db, (tx) => readWholePage(tx, viewer, partnership.id));
    }
    expect(await db.checklistItem.count()).toBe(itemsBefore);
  }, 120_000);

  it("are checked by a transaction that really refuses writes (the control)", async () => {
    const { db } = database;
    await expect(readOnly(db, (tx) => tx.checklistItem.deleteMany({ where: { id: "none" } }))).rejects.toThrow(/read-only transaction/);
  });
});
