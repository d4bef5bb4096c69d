import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import type { Database } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { emailSchema } from "@/lib/signup/signup-schema";

export const createAdministratorSchema = z
  .object({
    email: emailSchema,
    name: z.string().trim().min(1, "nameRequired").max(200, "tooLong"),
    password: z.string(),
  })
  .superRefine(async (value, context) => {
    const problem = await passwordProblem(value.password, { email: value.email, name: value.name });
    if (problem) context.addIssue({ code: "custom", path: ["password"], message: problem });
  });

export type CreateAdministratorInput = z.input<typeof createAdministratorSchema>;

/**
 * Creates an administrator with a verified e-mail: how a real installation gets its first
 * account (`npm run admin:create`), run by whoever operates the server, so there is no
 * actor to check. A taken e-mail is refused, never overwritten.
 */
export async function createAdministrator(db: Database, input: CreateAdministratorInput): Promise<{ id: string; email: string }> {
  const parsed = await createAdministratorSchema.safeParseAsync(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ValidationError(issue.message, String(issue.path[0] ?? ""));
  }
  const { email, name, password } = parsed.data;
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) throw new ValidationError("emailTaken", "email");
  const passwordHash = await hashPassword(password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email, name, passwordHash, role: "ADMIN", emailVerifiedAt: new Date() },
        select: { id: true, email: true },
      });
      await recordAudit(tx, { actorId: null, action: "user.create-administrator", targetType: "User", targetId: user.id, after: { email, role: "ADMIN" } });
      return user;
    });
  } catch (error) {
    // Two runs at once: the unique e-mail lets one through.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new ValidationError("emailTaken", "email");
    throw error;
  }
}
