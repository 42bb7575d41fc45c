/** Product photos stored through Medusa's file module. */
export type CoordinatorUploadResponse = { files: { url: string }[] }
