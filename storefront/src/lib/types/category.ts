/** A product category with its direct children (the catalog is two levels deep). */
export type Category = {
  id: string
  handle: string
  name: string
  description: string
  parentId: string | null
  children: Category[]
}
