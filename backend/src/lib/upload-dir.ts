import path from "node:path"

/**
 * Where the local file provider writes uploads. `npm start` points it at
 * `.data/<stack>/uploads` so uploads survive rebuilds; a plain
 * `medusa develop` falls back to Medusa's default `<cwd>/static`.
 */
export function uploadDir(): string {
  return process.env.MEDUSA_UPLOAD_DIR || path.join(process.cwd(), "static")
}
