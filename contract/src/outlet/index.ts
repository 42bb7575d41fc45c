export * from "./catalog"
export * from "./consignment"
export * from "./me"
export * from "./order"
