// The response types of Karya Binaan's own routes, in the domain's words. The
// backend types its handlers with them (MedusaResponse<T>), the storefront's
// data layer and Medusa Admin read them: a renamed field fails `npm run typecheck`.
// Medusa's own shapes come from @medusajs/types (HttpTypes), not from here.
export * from "./admin"
export * from "./common"
export * from "./coordinator"
export * from "./outlet"
export * from "./store"
