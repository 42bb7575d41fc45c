import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import {
  AdminListParticipantsParams,
  CreateProgrammeInput,
  CreateTraining,
  ImpactFiguresParams,
  ListTrainingsParams,
  MoveParticipant,
  NoImpactQuery,
  UpdateParticipantProfile,
} from "../../utils/impact-schemas"

// Operator-only by living under /admin (Medusa's user authentication).
export const adminImpactMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/impact/figures", middlewares: [validateAndTransformQuery(ImpactFiguresParams, {})] },
  { method: ["GET"], matcher: "/admin/impact/trainings", middlewares: [validateAndTransformQuery(ListTrainingsParams, {})] },
  { method: ["POST"], matcher: "/admin/impact/trainings", middlewares: [validateAndTransformBody(CreateTraining)] },
  { method: ["GET"], matcher: "/admin/impact/inputs", middlewares: [validateAndTransformQuery(NoImpactQuery, {})] },
  { method: ["POST"], matcher: "/admin/impact/inputs", middlewares: [validateAndTransformBody(CreateProgrammeInput)] },
  { method: ["GET"], matcher: "/admin/participants", middlewares: [validateAndTransformQuery(AdminListParticipantsParams, {})] },
  { method: ["POST"], matcher: "/admin/participants/:id/profile", middlewares: [validateAndTransformBody(UpdateParticipantProfile)] },
  { method: ["POST"], matcher: "/admin/participants/:id/move", middlewares: [validateAndTransformBody(MoveParticipant)] },
]
