// multer ships with @medusajs/medusa (its own /admin/uploads uses it) but without
// types; this declares the little this route uses.
declare module "multer" {
  import type { RequestHandler } from "express"
  type Options = { storage?: unknown; limits?: { fileSize?: number; files?: number; fields?: number } }
  type Multer = { array(field: string, maxCount?: number): RequestHandler }
  function multer(options?: Options): Multer
  namespace multer {
    function memoryStorage(): unknown
  }
  export default multer
}
