import { createRequire } from "node:module"

/**
 * Project files loaded the way Medusa loads them (Node's require through
 * ts-node), so a test shares module instances with the running app.
 */
export const nativeRequire = createRequire(__filename)
