import path from "node:path"
import { sniffImageType } from "../../coordinator/uploads/image-upload"

/**
 * The type a stored file is served as, from what its bytes prove: JPEG, PNG or
 * WebP by their magic bytes, whatever the name says; an SVG (the demo catalog's
 * pictures, an operator's upload through the Admin) only when named .svg and
 * starting as markup. Anything else is no image: null.
 */
export function servedImageType(name: string, bytes: Uint8Array): string | null {
  const raster = sniffImageType(bytes)
  if (raster) return raster
  const start = new TextDecoder().decode(bytes).replace(/^\uFEFF/, "").trimStart()
  return path.extname(name).toLowerCase() === ".svg" && start.startsWith("<") ? "image/svg+xml" : null
}
