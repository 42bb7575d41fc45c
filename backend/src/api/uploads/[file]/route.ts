import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { uploadDir } from "../../../lib/upload-dir"

// One flat file name as written by the local file provider. Private uploads
// ("private-…") share the folder and must never be served here.
const FileName = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/, "Invalid file name")
  .refine((name) => !name.startsWith("private-"), "Not found")

/**
 * Serves public uploads (product and cohort images) from the upload folder.
 * Medusa's own `/static` serves `<cwd>/static`, which `medusa build` wipes;
 * uploads live outside the build so a rebuild never loses them.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const parsed = FileName.safeParse(req.params.file)
  if (!parsed.success) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "File not found")
  }
  // Uploaded SVGs could carry script: opened directly, they get no powers.
  res.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
  res.setHeader("X-Content-Type-Options", "nosniff")
  await new Promise<void>((resolve, reject) =>
    res.sendFile(parsed.data, { root: uploadDir(), maxAge: "7d", immutable: true }, (err) => {
      if (!err) return resolve()
      reject(new MedusaError(MedusaError.Types.NOT_FOUND, "File not found"))
    })
  )
}
