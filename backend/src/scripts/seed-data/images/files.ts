import path from "node:path"
import { COHORT_ART } from "./cohort-art"
import { PRODUCT_ART } from "./product-art"

export type ImageKind = "products" | "cohorts"

/** The drawing behind each committed SVG file, by folder and file name. */
export const ART: Record<ImageKind, Record<string, () => string>> = {
  products: PRODUCT_ART,
  cohorts: COHORT_ART,
}

/** Where an illustration lives in the repo: images/<kind>/<file>. */
export function imagePath(kind: ImageKind, file: string): string {
  return path.join(__dirname, kind, file)
}
