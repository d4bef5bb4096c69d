import type { Database } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import type { InterestStatus } from "@/lib/generated/prisma/enums";
import { isStaffRole, type StaffActor } from "@/lib/auth/actors";

export type IntroductionItem = {
  id: string;
  status: InterestStatus;
  message: string;
  createdAt: Date;
  expiresAt: Date;
  company: { name: string; accepted: boolean };
  nonprofit: { name: string; accepted: boolean };
  introducedBy: string | null;
};

export type IntroductionOptions = {
  companies: { id: string; name: string; comune: string }[];
  nonprofits: { id: string; name: string; comune: string }[];
};

/** Staff: the ACTIVE organisations an introduction can name, by name. */
export async function listIntroductionOptions(db: Database, actor: StaffActor): Promise<IntroductionOptions> {
  if (!isStaffRole(actor.role)) throw new ForbiddenError("Staff only.");
  const rows = await db.organization.findMany({
    where: { status: "ACTIVE" },
    orderBy: { name: "asc" },
    select: { id: true, name: true, comune: true, kind: true },
  });
  const pick = ({ id, name, comune }: (typeof rows)[number]) => ({ id, name, comune });
  return {
    companies: rows.filter((row) => row.kind === "COMPANY").map(pick),
    nonprofits: rows.filter((row) => row.kind === "NONPROFIT").map(pick),
  };
}

/** Staff: introductions, those still waiting first, then the 30 most recent others. */
export async function listIntroductions(db: Database, actor: StaffActor): Promise<IntroductionItem[]> {
  if (!isStaffRole(actor.role)) throw new ForbiddenError("Staff only.");
  const select = {
    id: true,
    status: true,
    message: true,
    createdAt: true,
    expiresAt: true,
    fromAcceptedAt: true,
    toAcceptedAt: true,
    from: { select: { name: true } },
    to: { select: { name: true } },
  } as const;
  const rows = await db.interest.findMany({
    where: { introducedById: { not: null } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: { ...select, introducedById: true },
  });
  const names = new Map(
    (await db.user.findMany({ where: { id: { in: rows.flatMap((row) => (row.introducedById ? [row.introducedById] : [])) } }, select: { id: true, name: true } })).map(
      (user) => [user.id, user.name],
    ),
  );
  const items = rows.map((row) => ({
    id: row.id,
    status: row.status,
    message: row.message,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    // Introductions always go from the company to the nonprofit.
    company: { name: row.from.name, accepted: row.fromAcceptedAt !== null },
    nonprofit: { name: row.to.name, accepted: row.toAcceptedAt !== null },
    introducedBy: row.introducedById ? (names.get(row.introducedById) ?? null) : null,
  }));
  const pending = items.filter((item) => item.status === "PENDING");
  const others = items.filter((item) => item.status !== "PENDING").slice(0, 30);
  return [...pending, ...others];
}
