/** What the portal lets a coordinator upload as product photos (the backend checks again). */
export const IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp"] as const
export const IMAGE_MAX_BYTES = 5 * 1024 * 1024
export const IMAGES_MAX = 8

type FileLike = { name: string; size: number; type: string }

/** The files actually chosen (a browser sends one empty file when none is), or an error key. */
export function checkImageFiles(entries: readonly unknown[], kept: number): { files: File[]; error?: string } {
  const files = entries.filter((e): e is File => typeof e === "object" && e !== null && (e as FileLike).size > 0)
  if (files.some((f) => !(IMAGE_TYPES as readonly string[]).includes(f.type))) return { files: [], error: "imageType" }
  if (files.some((f) => f.size > IMAGE_MAX_BYTES)) return { files: [], error: "imageSize" }
  if (files.length + kept > IMAGES_MAX) return { files: [], error: "imageCount" }
  return { files }
}
