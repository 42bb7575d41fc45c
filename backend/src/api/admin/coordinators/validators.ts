import { z } from "@medusajs/framework/zod"
import { pagination } from "../../utils/input-schemas"

export const AdminGetCoordinators = z.object({ ...pagination({ limit: 100, max: 200 }) }).strict()
export type AdminGetCoordinatorsType = z.infer<typeof AdminGetCoordinators>

/** Revoking takes no options: the body is {} (or none). */
export const AdminRevokeCoordinator = z.object({}).strict()
