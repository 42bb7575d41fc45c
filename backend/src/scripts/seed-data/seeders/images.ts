import { readFileSync } from "node:fs"
import type { MedusaContainer } from "@medusajs/framework/types"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { imagePath, type ImageKind } from "../images/files"

/**
 * Uploads illustrations through the File module, so they are served like any
 * upload (file-local writes them and builds URLs from MEDUSA_BACKEND_URL).
 * Returns each file's public URL by file name.
 */
export async function uploadImages(container: MedusaContainer, kind: ImageKind, files: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(files)]
  if (!unique.length) return new Map()
  const { result } = await uploadFilesWorkflow(container).run({
    input: {
      files: unique.map((file) => ({
        filename: file,
        mimeType: "image/svg+xml",
        // Base64 so the provider stores the bytes exactly as committed.
        content: readFileSync(imagePath(kind, file)).toString("base64"),
        access: "public" as const,
      })),
    },
  })
  return new Map(unique.map((file, i) => [file, result[i].url]))
}
