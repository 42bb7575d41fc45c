import sharp from "sharp"

/** Product photos only: JPEG, PNG or WebP (no SVG: it can carry script). */
export const IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp"] as const
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024
export const MAX_IMAGES_PER_UPLOAD = 8

export type ImageType = (typeof IMAGE_TYPES)[number]

/**
 * The longest side a stored photo keeps: twice the widest the shop shows one
 * (a product page's picture, about 600 CSS pixels), so it is sharp on a phone's
 * screen without sending a camera's 12 megapixels to every product card.
 */
export const MAX_IMAGE_SIDE = 1200
/** Decompression bombs: a few kilobytes that claim a giant canvas are refused before decoding. */
const MAX_INPUT_PIXELS = 40_000_000

const SHARP_FORMAT: Record<ImageType, "jpeg" | "png" | "webp"> = { "image/jpeg": "jpeg", "image/png": "png", "image/webp": "webp" }

/**
 * The bytes to store for an image whose header passed sniffImageType, or null
 * when the whole file does not decode as that image. A photo larger than
 * MAX_IMAGE_SIDE, or one carrying camera metadata (EXIF: where, when and with
 * what it was taken), is turned upright, scaled to fit and re-encoded in its own
 * format without metadata; a small clean image is stored byte for byte.
 */
export async function storableImage(bytes: Buffer, type: ImageType): Promise<Buffer | null> {
  try {
    const image = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS })
    const meta = await image.metadata()
    if (meta.format !== SHARP_FORMAT[type] || !meta.width || !meta.height) return null
    const tooLarge = Math.max(meta.width, meta.height) > MAX_IMAGE_SIDE
    if (!tooLarge && !meta.exif) {
      // Decoding proves the rest of the file is image data, not a header in front of something else.
      await image.raw().toBuffer()
      return bytes
    }
    return await encoded(image.rotate().resize({ width: MAX_IMAGE_SIDE, height: MAX_IMAGE_SIDE, fit: "inside", withoutEnlargement: true }), type)
  } catch {
    return null
  }
}

/** The image re-encoded in its own format, without metadata (sharp drops it unless asked to keep it). */
function encoded(image: sharp.Sharp, type: ImageType): Promise<Buffer> {
  if (type === "image/jpeg") return image.jpeg({ quality: 82, mozjpeg: true }).toBuffer()
  if (type === "image/png") return image.png({ compressionLevel: 9 }).toBuffer()
  return image.webp({ quality: 80 }).toBuffer()
}

/**
 * The longest side of a product's thumbnail: a catalog card is at most about
 * 300 CSS px wide (two columns on a phone, four on a desktop), so 480 px stays
 * sharp on a 1.5x phone screen, at a tenth of the bytes of the 1,200 px photo.
 */
export const CARD_IMAGE_SIDE = 480

/**
 * The card-sized rendition of a stored image (the product's thumbnail, shown
 * in catalog cards, the cart and orders), or null when the image is no larger
 * than a card already (it is then its own thumbnail) or cannot be read.
 * Takes storableImage's output: already upright and without metadata.
 */
export async function cardImage(bytes: Buffer, type: ImageType): Promise<Buffer | null> {
  try {
    const image = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS })
    const meta = await image.metadata()
    if (!meta.width || !meta.height || Math.max(meta.width, meta.height) <= CARD_IMAGE_SIDE) return null
    return await encoded(image.resize({ width: CARD_IMAGE_SIDE, height: CARD_IMAGE_SIDE, fit: "inside" }), type)
  } catch {
    return null
  }
}

/** The file extension each accepted type is stored under: the type proven by the bytes, never the client's name. */
export const IMAGE_EXTENSIONS: Record<ImageType, string> = {
  "image/jpeg": ".jpg",
  "image/png": ".png",
  "image/webp": ".webp",
}

/** The image type the file's first bytes prove, whatever its name or declared type says. */
export function sniffImageType(bytes: Uint8Array): ImageType | null {
  const starts = (sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b)
  if (starts([0xff, 0xd8, 0xff])) return "image/jpeg"
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png"
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return "image/webp"
  return null
}

/** null when the file is an accepted image whose declared type matches its bytes; else why not. */
export function imageRefusal(file: { originalname: string; mimetype: string; buffer: Uint8Array }): string | null {
  if (!(IMAGE_TYPES as readonly string[]).includes(file.mimetype)) {
    return `${file.originalname}: hanya gambar JPEG, PNG atau WebP yang diterima`
  }
  const sniffed = sniffImageType(file.buffer)
  if (sniffed !== file.mimetype) {
    return `${file.originalname}: isi berkas bukan gambar ${file.mimetype.replace("image/", "").toUpperCase()}`
  }
  return null
}

/**
 * The name a verified image is stored under: the client's name without any
 * extension (letters, digits, "-" and "_" only), plus the extension of the type
 * its bytes prove. "x.html" holding a JPEG is stored as "x.jpg".
 */
export function storedImageName(originalname: string, type: ImageType): string {
  const stem = (originalname.split(/[\\/]/).pop() ?? "")
    .replace(/\.[^.]*$/, "")
    .replace(/[^A-Za-z0-9_-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(-60)
  return `${stem || "gambar"}${IMAGE_EXTENSIONS[type]}`
}
