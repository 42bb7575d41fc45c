import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { throttleRegistrations } from "./throttle"
import { StoreConfirmRegistration, StoreRequestRegistration } from "./validators"

// Public (publishable key only): a registration is who asks for an account.
export const storeRegistrationMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/registrations", middlewares: [validateAndTransformBody(StoreRequestRegistration), throttleRegistrations] },
  { method: ["POST"], matcher: "/store/registrations/confirm", middlewares: [validateAndTransformBody(StoreConfirmRegistration)] },
]
