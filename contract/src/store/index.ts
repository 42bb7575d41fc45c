export * from "./bank-transfer"
export * from "./cohort"
export * from "./order-access"
export * from "./order-lookup"
