import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { imageRefusal, sniffImageType, storableImage, storedImageName, type ImageType } from "./image-upload"
import type { CoordinatorUploadResponse } from "@karya-binaan/contract"

type Received = { originalname: string; mimetype: string; buffer: Buffer }

/** Product photos through Medusa's file module; every file is checked (and made web-sized) before any is stored. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<CoordinatorUploadResponse>) {
  const files = (req as AuthenticatedMedusaRequest & { files?: Received[] }).files ?? []
  if (!files.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, 'Pilih setidaknya satu gambar (field "files")')
  }
  const refused = files.map(imageRefusal).filter(Boolean)
  if (refused.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, refused.join("; "))
  // Decoded, upright, at most MAX_IMAGE_SIDE and without camera metadata (see storableImage);
  // one at a time, so eight 12-megapixel photos never sit decoded in memory together.
  const prepared: { name: string; type: ImageType; bytes: Buffer | null }[] = []
  for (const f of files) {
    const type = sniffImageType(f.buffer)!
    prepared.push({ name: f.originalname, type, bytes: await storableImage(f.buffer, type) })
  }
  const unreadable = prepared.filter((p) => !p.bytes).map((p) => `${p.name}: berkas rusak atau bukan gambar ${p.type.replace("image/", "").toUpperCase()} yang utuh`)
  if (unreadable.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, unreadable.join("; "))
  const { result } = await uploadFilesWorkflow(req.scope).run({
    input: {
      // Name and type from the verified bytes, never from what the client called the file.
      files: prepared.map((p) => ({
        filename: storedImageName(p.name, p.type),
        mimeType: p.type,
        content: p.bytes!.toString("base64"),
        access: "public" as const,
      })),
    },
  })
  res.status(201).json({ files: result.map((f) => ({ url: f.url })) })
}
