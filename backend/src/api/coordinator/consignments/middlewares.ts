import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { CoordinatorPlaceConsignment } from "../../admin/outlets/consignment-validators"

export const coordinatorConsignmentMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/coordinator/consignments", middlewares: [validateAndTransformBody(CoordinatorPlaceConsignment)] },
]
