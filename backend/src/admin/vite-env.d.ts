// The admin is bundled by Vite, which fills import.meta.env; declared here so
// type-checking needs no Vite types.
interface ImportMetaEnv {
  readonly VITE_BACKEND_URL?: string
  readonly DEV: boolean
}
interface ImportMeta {
  readonly env: ImportMetaEnv
}
