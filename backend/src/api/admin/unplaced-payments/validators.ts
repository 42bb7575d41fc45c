import { z } from "@medusajs/framework/zod"
import { pagination } from "../../utils/input-schemas"

export const AdminGetUnplacedPaymentsParams = z.object({ ...pagination({ limit: 20, max: 100 }) }).strict()
export type AdminGetUnplacedPaymentsParamsType = z.infer<typeof AdminGetUnplacedPaymentsParams>
