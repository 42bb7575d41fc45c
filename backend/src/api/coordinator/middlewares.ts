import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"

/**
 * Every /coordinator/* route needs a signed-in coordinator (auth actor type
 * `coordinator`, emailpass). Declared once here, with no method, so Express
 * mounts it before any route's own body/query validation: an anonymous caller
 * gets 401, never a validation error that would hint at the route's shape.
 * `app.use("/coordinator")` matches /coordinator/... but not /coordinator-invites.
 */
export const coordinatorAuthMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/coordinator",
    middlewares: [authenticate("coordinator", ["bearer", "session"])],
  },
]
