import { z } from "zod";

// One schema per operation, shared by the forms and the server actions.
export const setUserDisabledSchema = z.object({
  userId: z.string().min(1).max(64),
  disabled: z.enum(["true", "false"]).transform((value) => value === "true"),
});

export const changeUserRoleSchema = z.object({
  userId: z.string().min(1).max(64),
  role: z.enum(["PARTNER", "STAFF", "ADMIN"]),
});
