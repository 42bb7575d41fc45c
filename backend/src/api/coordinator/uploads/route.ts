import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { imageRefusal, sniffImageType, storedImageName } from "./image-upload"
import type { CoordinatorUploadResponse } from "@karya-binaan/contract"

type Received = { originalname: string; mimetype: string; buffer: Buffer }

/** Product photos through Medusa's file module; every file is checked before any is stored. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<CoordinatorUploadResponse>) {
  const files = (req as AuthenticatedMedusaRequest & { files?: Received[] }).files ?? []
  if (!files.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, 'Pilih setidaknya satu gambar (field "files")')
  }
  const refused = files.map(imageRefusal).filter(Boolean)
  if (refused.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, refused.join("; "))
  const { result } = await uploadFilesWorkflow(req.scope).run({
    input: {
      // Name and type from the verified bytes, never from what the client called the file.
      files: files.map((f) => {
        const type = sniffImageType(f.buffer)!
        return {
          filename: storedImageName(f.originalname, type),
          mimeType: type,
          content: f.buffer.toString("base64"),
          access: "public" as const,
        }
      }),
    },
  })
  res.status(201).json({ files: result.map((f) => ({ url: f.url })) })
}
