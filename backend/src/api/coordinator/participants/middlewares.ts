import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { CoordinatorCreateParticipant, CoordinatorGetParticipantsParams, CoordinatorUpdateParticipant } from "./validators"

// Authentication for /coordinator/* is declared once in ../middlewares.ts.
export const coordinatorParticipantMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/coordinator/participants",
    middlewares: [validateAndTransformQuery(CoordinatorGetParticipantsParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/coordinator/participants",
    middlewares: [validateAndTransformBody(CoordinatorCreateParticipant)],
  },
  {
    method: ["POST"],
    matcher: "/coordinator/participants/:id",
    middlewares: [validateAndTransformBody(CoordinatorUpdateParticipant)],
  },
]
