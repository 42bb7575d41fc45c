import { z } from "@medusajs/framework/zod"
import { text } from "../utils/input-schemas"

export const AcceptCoordinatorInvite = z
  .object({
    token: text().trim().min(20, "Tautan undangan tidak lengkap").max(200),
    name: text().trim().min(2, "Tulis nama Anda").max(120),
    password: text().min(8, "Kata sandi minimal 8 karakter").max(128),
  })
  .strict()
export type AcceptCoordinatorInviteType = z.infer<typeof AcceptCoordinatorInvite>

export const EmptyQuery = z.object({}).strict()
