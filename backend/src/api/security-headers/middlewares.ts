import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { securityHeaders } from "./policy"

const HEADERS = securityHeaders(process.env.MEDUSA_ADMIN_BACKEND_URL)

function setSecurityHeaders(_req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  res.set(HEADERS)
  // Express announces itself on every response; a version hint helps nobody but an attacker.
  res.removeHeader("X-Powered-By")
  next()
}

// No method: mounted with app.use, so it runs for every path and method, /app included.
export const securityHeaderMiddlewares: MiddlewareRoute[] = [{ matcher: "/", middlewares: [setSecurityHeaders] }]
