import { z } from "@medusajs/framework/zod"

export const AcceptOutletInvite = z
  .object({
    token: z.string().trim().min(20, "Tautan undangan tidak lengkap").max(200),
    first_name: z.string().trim().min(2, "Tulis nama Anda").max(80),
    last_name: z.string().trim().max(80).optional(),
    password: z.string().min(8, "Kata sandi minimal 8 karakter").max(128),
  })
  .strict()
export type AcceptOutletInviteType = z.infer<typeof AcceptOutletInvite>

export const EmptyQuery = z.object({}).strict()
