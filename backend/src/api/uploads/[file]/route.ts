import { open } from "node:fs/promises"
import path from "node:path"
import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { uploadDir } from "../../../lib/upload-dir"
import { servedImageType } from "./served-type"

// One flat file name as written by the local file provider. Private uploads
// ("private-…") share the folder and must never be served here.
const FileName = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/, "Invalid file name")
  .refine((name) => !name.startsWith("private-"), "Not found")

/** The first bytes of a file in the upload folder, or null when there is no such file. */
async function firstBytes(name: string): Promise<Uint8Array | null> {
  const handle = await open(path.join(uploadDir(), name), "r").catch(() => null)
  if (!handle) return null
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(64), 0, 64, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

/**
 * Serves public uploads (product and cohort images) from the upload folder.
 * Medusa's own `/static` serves `<cwd>/static`, which `medusa build` wipes;
 * uploads live outside the build so a rebuild never loses them.
 *
 * The content type comes from the file's bytes (servedImageType), never from
 * its name alone: an image is served inline as its type; anything else (a file
 * named .html) as an opaque download. With nosniff, no browser renders an
 * upload as a page of our origin, and the sandbox CSP keeps an SVG's script dead.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  // Before the lookup, so a refusal (404) carries them too.
  res.setHeader("X-Content-Type-Options", "nosniff")
  // Uploaded SVGs could carry script: opened directly, they get no powers.
  res.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
  const parsed = FileName.safeParse(req.params.file)
  const bytes = parsed.success ? await firstBytes(parsed.data) : null
  if (!parsed.success || !bytes) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "File not found")
  }
  const image = servedImageType(parsed.data, bytes)
  res.setHeader("Content-Type", image ?? "application/octet-stream")
  res.setHeader("Content-Disposition", image ? "inline" : "attachment")
  await new Promise<void>((resolve, reject) =>
    res.sendFile(parsed.data, { root: uploadDir(), maxAge: "7d", immutable: true }, (err) => {
      if (!err) return resolve()
      reject(new MedusaError(MedusaError.Types.NOT_FOUND, "File not found"))
    })
  )
}
