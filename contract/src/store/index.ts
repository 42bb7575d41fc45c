export * from "./bank-transfer"
export * from "./cohort"
export * from "./order-lookup"
