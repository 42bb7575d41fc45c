/** Product photos only: JPEG, PNG or WebP (no SVG: it can carry script). */
export const IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp"] as const
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024
export const MAX_IMAGES_PER_UPLOAD = 8

/** The file extension each accepted type is stored under: the type proven by the bytes, never the client's name. */
export const IMAGE_EXTENSIONS: Record<(typeof IMAGE_TYPES)[number], string> = {
  "image/jpeg": ".jpg",
  "image/png": ".png",
  "image/webp": ".webp",
}

/** The image type the file's first bytes prove, whatever its name or declared type says. */
export function sniffImageType(bytes: Uint8Array): (typeof IMAGE_TYPES)[number] | null {
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
export function storedImageName(originalname: string, type: (typeof IMAGE_TYPES)[number]): string {
  const stem = (originalname.split(/[\\/]/).pop() ?? "")
    .replace(/\.[^.]*$/, "")
    .replace(/[^A-Za-z0-9_-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(-60)
  return `${stem || "gambar"}${IMAGE_EXTENSIONS[type]}`
}
