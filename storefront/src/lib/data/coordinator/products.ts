import "server-only"
import type { CoordinatorProduct } from "@/lib/types/coordinator"
import { portalRead } from "./read"
import { reshapeCoordinatorProduct, type RawProduct } from "./reshape"

export async function listCohortProducts(cohortId: string): Promise<CoordinatorProduct[]> {
  const { products } = await portalRead<{ products: RawProduct[] }>("/coordinator/products", { cohort_id: cohortId })
  return products.map(reshapeCoordinatorProduct)
}

export async function getCohortProduct(id: string): Promise<CoordinatorProduct> {
  const { product } = await portalRead<{ product: RawProduct }>(`/coordinator/products/${encodeURIComponent(id)}`)
  return reshapeCoordinatorProduct(product)
}
