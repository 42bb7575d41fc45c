import type { HttpTypes } from "@medusajs/types"
import { describe, expect, it } from "vitest"
import { categoryTree, categoryWithDescendantIds } from "./reshape-category"

type Wire = Pick<HttpTypes.StoreProductCategory, "id" | "name" | "handle" | "description" | "rank" | "parent_category_id"> & {
  category_children: Wire[]
}

const wire = (id: string, handle: string, rank: number, parent: string | null, children: Wire[] = []): Wire => ({
  id,
  handle,
  name: handle,
  description: `${handle} description`,
  rank,
  parent_category_id: parent,
  category_children: children,
})

// What /store/product-categories returns: parents and children, both at the top level.
const response = [
  wire("c2", "kerajinan", 1, null, [wire("c2b", "eceng-gondok", 1, "c2"), wire("c2a", "tali-meiwa", 0, "c2")]),
  wire("c1", "pangan-olahan", 0, null, [wire("c1a", "pisang", 0, "c1"), wire("c1b", "tempe", 1, "c1")]),
  wire("c1a", "pisang", 0, "c1"),
] as HttpTypes.StoreProductCategory[]

describe("categoryTree", () => {
  const tree = categoryTree(response)

  it("keeps only top categories, in rank order, each with ranked children", () => {
    expect(tree.map((c) => c.handle)).toEqual(["pangan-olahan", "kerajinan"])
    expect(tree[1]!.children.map((c) => c.handle)).toEqual(["tali-meiwa", "eceng-gondok"])
    expect(tree[0]!.children[0]).toEqual(expect.objectContaining({ parentId: "c1", description: "pisang description" }))
  })

  it("lists a parent with every category below it", () => {
    expect(categoryWithDescendantIds(tree[0]!)).toEqual(["c1", "c1a", "c1b"])
    expect(categoryWithDescendantIds(tree[0]!.children[0]!)).toEqual(["c1a"])
  })
})
