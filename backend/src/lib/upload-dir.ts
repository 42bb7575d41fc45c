import path from "node:path"

/**
 * Where the local file provider writes uploads. `npm start` points it at
 * `.data/<stack>/uploads` so uploads survive rebuilds; a plain
 * `medusa develop` falls back to Medusa's default `<cwd>/static`.
 */
export function uploadDir(): string {
  return process.env.MEDUSA_UPLOAD_DIR || path.join(process.cwd(), "static")
}

/**
 * The URL every public upload starts with, as the file provider writes it:
 * the S3 bucket's public URL when S3_BUCKET is set (S3_FILE_URL, or the
 * endpoint's or AWS's bucket URL), else the backend's own `/uploads` folder.
 * medusa-config.ts configures the provider from this, and image URLs sent by
 * clients are checked against it, so the two cannot drift apart.
 */
export function publicUploadBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const bucket = env.S3_BUCKET
  if (bucket) {
    if (env.S3_FILE_URL) return env.S3_FILE_URL.replace(/\/+$/, "")
    if (env.S3_ENDPOINT) return `${env.S3_ENDPOINT.replace(/\/+$/, "")}/${bucket}`
    return `https://${bucket}.s3.${env.S3_REGION || "us-east-1"}.amazonaws.com`
  }
  return `${(env.MEDUSA_BACKEND_URL || "http://localhost:9000").replace(/\/+$/, "")}/uploads`
}

/**
 * True only for a file under our own upload URL: same scheme, host and port,
 * a path below the upload folder, no credentials, no `..`. Any other origin,
 * `javascript:` and look-alike paths on a foreign host are refused.
 */
export function isOwnUploadUrl(value: string, env: NodeJS.ProcessEnv = process.env): boolean {
  let url: URL
  let base: URL
  try {
    url = new URL(value)
    base = new URL(`${publicUploadBaseUrl(env)}/`)
  } catch {
    return false
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return false
  if (url.origin !== base.origin || url.username || url.password) return false
  // URL() already resolved "." and ".." segments; what is left must be a file below the folder.
  const rest = url.pathname.slice(base.pathname.length)
  return url.pathname.startsWith(base.pathname) && rest.length > 0 && !rest.includes("..")
}
