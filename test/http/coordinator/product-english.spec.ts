import { beforeAll, describe, expect, it } from "vitest"
import { api } from "../helpers/api"
import { operatorToken, unique } from "../helpers/actors"
import { categoryId, createDraft, productBody } from "../helpers/coordinator-products"
import { demoCoordinator, type DemoCoordinator } from "../helpers/coordinators"

type StoreProduct = {
  title: string
  subtitle: string | null
  options: { title: string; values: { value: string }[] }[]
  variants: { title: string; sku: string }[]
}

/** The product the store answers for a handle, in a locale or the default (Indonesian). */
async function storeProduct(handle: string, locale?: string): Promise<StoreProduct> {
  const res = await api(`/store/products?handle=${handle}&fields=title,subtitle,*options,*options.values,*variants${locale ? `&locale=${locale}` : ""}`)
  expect(res.status).toBe(200)
  return res.body.products[0]
}

const valuesOf = (p: StoreProduct) => p.options[0]!.values.map((v) => v.value).sort()

describe("a coordinator's product in English, under a readable handle", () => {
  let c: DemoCoordinator
  let category: string

  beforeAll(async () => {
    c = await demoCoordinator(1)
    category = await categoryId()
  })

  it("stores the English title, subtitle, option name and values; the published product answers them under ?locale=en-US", async () => {
    const draft = await createDraft(c.token, c.cohortId, category, {
      subtitle: "Renyah tanpa pengawet",
      en: {
        title: "Test Chips EN",
        subtitle: "Crisp, no preservatives",
        options: { "Berat bersih": { title: "Net weight", values: { "100 g": "100 g (3.5 oz)" } } },
      },
    })
    expect(draft.en).toMatchObject({
      title: "Test Chips EN",
      subtitle: "Crisp, no preservatives",
      options: { "Berat bersih": { title: "Net weight", values: { "100 g": "100 g (3.5 oz)" } } },
    })

    // An edit renames the English option and drops one English value (null).
    const edited = await api(`/coordinator/products/${draft.id}`, {
      token: c.token,
      body: { en: { options: { "Berat bersih": { title: "Net wt.", values: { "100 g": null, "200 g": "200 g (7 oz)" } } } } },
    })
    expect(edited.status, JSON.stringify(edited.body)).toBe(200)
    expect(edited.body.product.en.options).toEqual({ "Berat bersih": { title: "Net wt.", values: { "200 g": "200 g (7 oz)" } } })

    const operator = await operatorToken()
    expect((await api(`/coordinator/products/${draft.id}/submit`, { token: c.token, body: {} })).status).toBe(200)
    expect((await api(`/admin/listings/${draft.id}/publish`, { token: operator, body: {} })).status).toBe(200)

    const en = await storeProduct(draft.handle, "en-US")
    expect(en).toMatchObject({ title: "Test Chips EN", subtitle: "Crisp, no preservatives" })
    expect(en.options[0]!.title).toBe("Net wt.")
    expect(valuesOf(en)).toEqual(["100 g", "200 g (7 oz)"])
    // Variant titles follow the English values (cart and order lines read in English).
    expect(en.variants.map((v) => v.title).sort()).toEqual(["100 g", "200 g (7 oz)"])

    const id = await storeProduct(draft.handle)
    expect(id).toMatchObject({ title: draft.title, subtitle: "Renyah tanpa pengawet" })
    expect(id.options[0]!.title).toBe("Berat bersih")
    expect(valuesOf(id)).toEqual(["100 g", "200 g"])
    expect((await api(`/coordinator/products/${draft.id}/archive`, { token: c.token, body: {} })).status).toBe(200)
  })

  it("refuses English for an option or value the product doesn't have, with a message", async () => {
    const unknownOption = await api("/coordinator/products", {
      token: c.token,
      body: {
        ...productBody(c.cohortId, category),
        en: { options: { Warna: { title: "Colour" } } },
      },
    })
    expect(unknownOption.status).toBe(400)
    expect(unknownOption.body.message).toMatch(/Warna/)

    const draft = await createDraft(c.token, c.cohortId, category)
    const unknownValue = await api(`/coordinator/products/${draft.id}`, {
      token: c.token,
      body: { en: { options: { "Berat bersih": { values: { "5 kg": "5 kg" } } } } },
    })
    expect(unknownValue.status).toBe(400)
    expect(unknownValue.body.message).toMatch(/5 kg/)
  })

  it("names the handle after the title, with -2 only when another product has it", async () => {
    const title = `Keripik Handle ${unique("h").replace(/[^a-z0-9]/gi, "")}`
    const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, "-")
    const first = await createDraft(c.token, c.cohortId, category, { title })
    const second = await createDraft(c.token, c.cohortId, category, { title })
    expect(first.handle).toBe(slug)
    expect(second.handle).toBe(`${slug}-2`)
  })
})
