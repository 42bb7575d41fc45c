import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { CoordinatorPlaceConsignment } from "../../admin/outlets/consignment-validators"

export const coordinatorConsignmentMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/coordinator/outlets", middlewares: [validateAndTransformQuery(z.object({}).strict(), {})] },
  { method: ["POST"], matcher: "/coordinator/consignments", middlewares: [validateAndTransformBody(CoordinatorPlaceConsignment)] },
]
