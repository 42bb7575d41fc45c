import { CATEGORIES } from "./categories"
import { COHORTS } from "./cohorts"
import { ECENG_GONDOK_PRODUCTS } from "./products-eceng-gondok"
import { PISANG_PRODUCTS } from "./products-pisang"
import { TALI_MEIWA_PRODUCTS } from "./products-tali-meiwa"
import { TEMPE_PRODUCTS } from "./products-tempe"
import type { ProductSeed } from "./types"

// The whole demo catalog, fiction from end to end: invented groups, stories,
// permit numbers and stock, at real facilities, naming no real person.
export { CATEGORIES, COHORTS }

export const PRODUCTS: ProductSeed[] = [
  ...PISANG_PRODUCTS,
  ...TEMPE_PRODUCTS,
  ...TALI_MEIWA_PRODUCTS,
  ...ECENG_GONDOK_PRODUCTS,
]
