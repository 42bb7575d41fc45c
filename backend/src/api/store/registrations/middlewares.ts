import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreConfirmRegistration, StoreRequestRegistration } from "./validators"

// Public (publishable key only): a registration is who asks for an account.
export const storeRegistrationMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/registrations", middlewares: [validateAndTransformBody(StoreRequestRegistration)] },
  { method: ["POST"], matcher: "/store/registrations/confirm", middlewares: [validateAndTransformBody(StoreConfirmRegistration)] },
]
