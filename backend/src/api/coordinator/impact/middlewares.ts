import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { requireOwnCohort } from "../cohort-scope"
import { CreateTraining, ImpactFiguresParams, ListTrainingsParams, UpdateParticipantProfile } from "../../utils/impact-schemas"

// Authentication and cohort scoping for /coordinator/* are declared once in ../middlewares.ts.
export const coordinatorImpactMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/coordinator/impact/figures",
    middlewares: [validateAndTransformQuery(ImpactFiguresParams, {}), requireOwnCohort("query", { optional: true })],
  },
  {
    method: ["GET"],
    matcher: "/coordinator/trainings",
    middlewares: [validateAndTransformQuery(ListTrainingsParams, {}), requireOwnCohort("query", { optional: true })],
  },
  { method: ["POST"], matcher: "/coordinator/trainings", middlewares: [validateAndTransformBody(CreateTraining), requireOwnCohort("body")] },
  { method: ["POST"], matcher: "/coordinator/participants/:id/profile", middlewares: [validateAndTransformBody(UpdateParticipantProfile)] },
]
