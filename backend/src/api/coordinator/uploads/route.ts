import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { cardImage, imageRefusal, sniffImageType, storableImage, storedImageName, type ImageType } from "./image-upload"
import type { CoordinatorUploadResponse } from "@karya-binaan/contract"

type Received = { originalname: string; mimetype: string; buffer: Buffer }

/**
 * Product photos through Medusa's file module; every file is checked (and made
 * web-sized) before any is stored. Each photo larger than a catalog card is
 * stored twice: at web size for the product page, and card-sized as the
 * product's thumbnail (`thumbnail_url`, the photo itself when it is small).
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<CoordinatorUploadResponse>) {
  const files = (req as AuthenticatedMedusaRequest & { files?: Received[] }).files ?? []
  if (!files.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, 'Pilih setidaknya satu gambar (field "files")')
  }
  const refused = files.map(imageRefusal).filter(Boolean)
  if (refused.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, refused.join("; "))
  // Decoded, upright, at most MAX_IMAGE_SIDE and without camera metadata (see storableImage);
  // one at a time, so eight 12-megapixel photos never sit decoded in memory together.
  const prepared: { name: string; type: ImageType; bytes: Buffer | null; card: Buffer | null }[] = []
  for (const f of files) {
    const type = sniffImageType(f.buffer)!
    const bytes = await storableImage(f.buffer, type)
    prepared.push({ name: f.originalname, type, bytes, card: bytes && (await cardImage(bytes, type)) })
  }
  const unreadable = prepared.filter((p) => !p.bytes).map((p) => `${p.name}: berkas rusak atau bukan gambar ${p.type.replace("image/", "").toUpperCase()} yang utuh`)
  if (unreadable.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, unreadable.join("; "))
  // Name and type from the verified bytes, never from what the client called the file.
  const stored = (name: string, type: ImageType, bytes: Buffer) => ({ filename: storedImageName(name, type), mimeType: type, content: bytes.toString("base64"), access: "public" as const })
  const cards = prepared.filter((p) => p.card)
  const { result } = await uploadFilesWorkflow(req.scope).run({
    input: {
      files: [...prepared.map((p) => stored(p.name, p.type, p.bytes!)), ...cards.map((p) => stored(`kartu-${p.name}`, p.type, p.card!))],
    },
  })
  // The workflow answers in the order it was given: the photos, then the cards of those that have one.
  const photos = result.slice(0, prepared.length)
  const cardUrls = new Map(cards.map((p, i) => [p, result[prepared.length + i].url]))
  res.status(201).json({ files: prepared.map((p, i) => ({ url: photos[i].url, thumbnail_url: cardUrls.get(p) ?? photos[i].url })) })
}
