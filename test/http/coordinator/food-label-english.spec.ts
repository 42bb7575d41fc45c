import { beforeAll, describe, expect, it } from "vitest"
import { api } from "../helpers/api"
import { operatorToken } from "../helpers/actors"
import { categoryId, createDraft } from "../helpers/coordinator-products"
import { demoCoordinator, type DemoCoordinator } from "../helpers/coordinators"
import { PRODUCTS } from "../../../backend/src/scripts/seed-data/catalog"

/** The food label the store answers for a product handle, in a locale or the default (Indonesian). */
async function storeLabel(handle: string, locale?: string) {
  const res = await api(`/store/products?handle=${handle}&fields=id,*food_label${locale ? `&locale=${locale}` : ""}`)
  expect(res.status).toBe(200)
  return res.body.products[0]?.food_label as { ingredients: string; allergens: string | null; storage: string | null } | undefined
}

describe("food labels in English", () => {
  let c: DemoCoordinator

  beforeAll(async () => {
    c = await demoCoordinator(1)
  })

  it("the seeded food products answer their label in English under ?locale=en-US", async () => {
    const food = PRODUCTS.filter((p) => p.food_label)
    expect(food.length).toBeGreaterThan(5)
    for (const seed of food.slice(0, 4)) {
      expect(await storeLabel(seed.handle, "en-US"), seed.handle).toMatchObject({
        ingredients: seed.en.food_label!.ingredients,
        allergens: seed.en.food_label!.allergens ?? null,
      })
      expect((await storeLabel(seed.handle))?.ingredients).toBe(seed.food_label!.ingredients)
    }
  })

  it("a coordinator gives a food label English texts, edits them, and the published product shows them in English", async () => {
    const draft = await createDraft(c.token, c.cohortId, await categoryId(), {
      food_label: { halal_status: "in_process", shelf_life_days: 90, ingredients: "Pisang kepok, garam", allergens: "Mengandung kacang tanah." },
      en: { title: "Test Chips EN", food_label: { ingredients: "Kepok banana, salt", allergens: "Contains peanuts." } },
    })
    expect(draft.en.food_label).toEqual({ ingredients: "Kepok banana, salt", allergens: "Contains peanuts." })

    const edited = await api(`/coordinator/products/${draft.id}`, {
      token: c.token,
      body: { en: { food_label: { ingredients: "Kepok banana, sea salt", allergens: null } } },
    })
    expect(edited.status, JSON.stringify(edited.body)).toBe(200)
    // allergens: null drops the English line (the shop then shows the Indonesian one).
    expect(edited.body.product.en.food_label).toEqual({ ingredients: "Kepok banana, sea salt" })
    expect(edited.body.product.en.title).toBe("Test Chips EN")

    const bad = await api(`/coordinator/products/${draft.id}`, { token: c.token, body: { en: { food_label: { bahan: "x" } } } })
    expect(bad.status).toBe(400)

    const operator = await operatorToken()
    expect((await api(`/coordinator/products/${draft.id}/submit`, { token: c.token, body: {} })).status).toBe(200)
    expect((await api(`/admin/listings/${draft.id}/publish`, { token: operator, body: {} })).status).toBe(200)
    expect(await storeLabel(draft.handle, "en-US")).toMatchObject({ ingredients: "Kepok banana, sea salt", allergens: "Mengandung kacang tanah." })
    expect(await storeLabel(draft.handle)).toMatchObject({ ingredients: "Pisang kepok, garam" })
    expect((await api(`/coordinator/products/${draft.id}/archive`, { token: c.token, body: {} })).status).toBe(200)
  })
})
