/**
 * Redraws the committed illustrations from their drawings:
 *   npx tsx backend/src/scripts/seed-data/images/render.ts
 * catalog.test.ts fails when a file and its drawing disagree, so run this
 * after changing any *-art.ts file.
 */
import { mkdirSync, writeFileSync } from "node:fs"
import path from "node:path"
import { ART, imagePath, type ImageKind } from "./files"

for (const kind of Object.keys(ART) as ImageKind[]) {
  for (const [file, draw] of Object.entries(ART[kind])) {
    const target = imagePath(kind, file)
    mkdirSync(path.dirname(target), { recursive: true })
    writeFileSync(target, draw())
  }
  process.stdout.write(`${Object.keys(ART[kind]).length} ${kind} illustrations written\n`)
}
