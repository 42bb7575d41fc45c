import type { IncomingMessage, ServerResponse } from "node:http"
import { securityHeaders } from "./src/api/security-headers/policy"

type RequestHandler = (handler: () => Promise<void>, req: IncomingMessage, res: ServerResponse, handlerPath?: string) => Promise<void>

/**
 * Security headers on every response the server sends, the Medusa Admin at
 * /app included. Medusa mounts the Admin on its Express app before our API
 * middlewares (src/api/middlewares.ts), so a middleware never sees /app;
 * `medusa start` calls register() before it builds the app, and hands every
 * request to `traceRequestHandler` first (the hook its OpenTelemetry
 * instrumentation uses; a handler already there is kept and called).
 * Medusa logs "OTEL registered" for any instrumentation file: no telemetry is sent.
 */
export function register(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const startCommand: { traceRequestHandler?: RequestHandler } = require("@medusajs/medusa/commands/start")
  const previous = startCommand.traceRequestHandler
  const headers = securityHeaders(process.env.MEDUSA_ADMIN_BACKEND_URL)
  startCommand.traceRequestHandler = async (handler, req, res, handlerPath) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
    // Express adds X-Powered-By as it starts on a request; take it off just before the head is written.
    const writeHead = res.writeHead
    res.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse["writeHead"]>) {
      this.removeHeader("X-Powered-By")
      return writeHead.apply(this, args)
    } as ServerResponse["writeHead"]
    return previous ? previous(handler, req, res, handlerPath) : handler()
  }
}
