import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { requireOwnCohort } from "../cohort-scope"
import { CoordinatorCreateParticipant, CoordinatorGetParticipantsParams, CoordinatorUpdateParticipant } from "./validators"

// Authentication and cohort scoping for /coordinator/* are declared once in ../middlewares.ts.
export const coordinatorParticipantMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/coordinator/participants",
    middlewares: [validateAndTransformQuery(CoordinatorGetParticipantsParams, {}), requireOwnCohort("query")],
  },
  {
    method: ["POST"],
    matcher: "/coordinator/participants",
    middlewares: [validateAndTransformBody(CoordinatorCreateParticipant), requireOwnCohort("body")],
  },
  {
    method: ["POST"],
    matcher: "/coordinator/participants/:id",
    middlewares: [validateAndTransformBody(CoordinatorUpdateParticipant)],
  },
]
