import { z } from "@medusajs/framework/zod"
import { text } from "../utils/input-schemas"

export const AcceptOutletInvite = z
  .object({
    token: text().trim().min(20, "Tautan undangan tidak lengkap").max(200),
    first_name: text().trim().min(2, "Tulis nama Anda").max(80),
    last_name: text().trim().max(80).optional(),
    password: text().min(8, "Kata sandi minimal 8 karakter").max(128),
  })
  .strict()
export type AcceptOutletInviteType = z.infer<typeof AcceptOutletInvite>

export const EmptyQuery = z.object({}).strict()
