import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformQuery } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import multer from "multer"
import { MAX_IMAGE_BYTES, MAX_IMAGES_PER_UPLOAD } from "./image-upload"

// In memory, size- and count-limited before anything is stored.
const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_IMAGE_BYTES, files: MAX_IMAGES_PER_UPLOAD, fields: 0 },
}).array("files", MAX_IMAGES_PER_UPLOAD)

const MESSAGES: Record<string, string> = {
  LIMIT_FILE_SIZE: `Setiap gambar paling besar ${MAX_IMAGE_BYTES / 1024 / 1024} MB`,
  LIMIT_FILE_COUNT: `Paling banyak ${MAX_IMAGES_PER_UPLOAD} gambar sekali unggah`,
  LIMIT_UNEXPECTED_FILE: `Kirim gambar di field "files" (paling banyak ${MAX_IMAGES_PER_UPLOAD})`,
}

/** multer's own errors become a 400 with a message a person can act on. */
function receiveImages(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  upload(req as any, res as any, (error: unknown) => {
    if (!error) return next()
    const code = (error as { code?: string }).code ?? ""
    next(new MedusaError(MedusaError.Types.INVALID_DATA, MESSAGES[code] ?? `Unggahan tidak dapat dibaca: ${(error as Error).message}`))
  })
}

export const coordinatorUploadMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/coordinator/uploads",
    middlewares: [validateAndTransformQuery(z.object({}).strict(), {}), receiveImages],
  },
]
