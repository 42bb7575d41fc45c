import "server-only"
import type { CoordinatorProductListResponse, CoordinatorProductResponse } from "@karya-binaan/contract"
import type { CoordinatorProduct } from "@/lib/types/coordinator"
import { portalRead } from "./read"
import { reshapeCoordinatorProduct } from "./reshape"

export async function listCohortProducts(cohortId: string): Promise<CoordinatorProduct[]> {
  const { products } = await portalRead<CoordinatorProductListResponse>("/coordinator/products", { cohort_id: cohortId })
  return products.map(reshapeCoordinatorProduct)
}

export async function getCohortProduct(id: string): Promise<CoordinatorProduct> {
  const { product } = await portalRead<CoordinatorProductResponse>(`/coordinator/products/${encodeURIComponent(id)}`)
  return reshapeCoordinatorProduct(product)
}
