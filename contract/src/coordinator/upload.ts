/** Product photos stored through Medusa's file module. */
export type CoordinatorUploadResponse = {
  /** `url`: the photo at web size (product page); `thumbnail_url`: its card-sized rendition (catalog cards, cart, orders), the photo itself when small. */
  files: { url: string; thumbnail_url: string }[]
}
