import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { requireOwnCohort } from "../cohort-scope"
import { CoordinatorGetNotesParams, CoordinatorModerateNote } from "./validators"

// Authentication and cohort scoping for /coordinator/* are declared once in ../middlewares.ts.
export const coordinatorNoteMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/coordinator/notes",
    middlewares: [validateAndTransformQuery(CoordinatorGetNotesParams, {}), requireOwnCohort("query", { optional: true })],
  },
  { method: ["POST"], matcher: "/coordinator/notes/:id", middlewares: [validateAndTransformBody(CoordinatorModerateNote)] },
]
