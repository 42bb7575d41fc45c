import { z } from "zod"
import { PASSWORD_MIN } from "./account"

/**
 * Invitation forms of the two portals (coordinator, outlet buyer): the same
 * fields and rules in both; their logins take the shop's login schema, and
 * both are parsed with the shop's parseForm.
 * Every issue's message is a key under "CoordinatorForm.errors".
 */

/** Accepting an invitation: a name and a password typed twice. */
export const acceptInvitationSchema = z
  .object({
    token: z.string().trim().min(1, { message: "inviteInvalid" }),
    name: z.string().trim().min(2, { message: "required" }).max(80, { message: "tooLong" }),
    password: z.string().min(PASSWORD_MIN, { message: "passwordShort" }).max(128, { message: "tooLong" }),
    password_confirm: z.string(),
  })
  .refine((data) => data.password === data.password_confirm, { message: "passwordMismatch", path: ["password_confirm"] })
