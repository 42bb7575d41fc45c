import type { MedusaContainer } from "@medusajs/framework/types"
import { FeatureFlag } from "@medusajs/framework/utils"
import { beforeAll, describe, expect, it, vi } from "vitest"
import { nameOrderLines } from "./order-lines"

/** A container whose query holds English translations of one product and one variant. */
function container() {
  const graph = vi.fn(async () => ({
    data: [
      { reference_id: "prod_tisu", translations: { title: "Water Hyacinth Tissue Box" } },
      { reference_id: "variant_nat", translations: { title: "Natural (light)" } },
    ],
  }))
  const scope: Pick<MedusaContainer, "resolve"> = { resolve: (() => ({ graph })) as never }
  return { scope: scope as MedusaContainer, graph }
}

describe("nameOrderLines", () => {
  beforeAll(() => {
    // As in the app (medusa-config): catalog translations are on.
    FeatureFlag.setFlag("translation", true)
  })

  it("names each line by its product's and variant's translation in the locale", async () => {
    const { scope, graph } = container()
    const lines = [
      { product_id: "prod_tisu", product_title: "Tempat Tisu Eceng Gondok", variant_id: "variant_nat", variant_title: "Natural" },
      { product_id: "prod_other", product_title: "Sandal Eceng Gondok", variant_id: "variant_38", variant_title: "38" },
    ]
    await nameOrderLines(scope, lines, "en-US")
    expect(lines).toEqual([
      { product_id: "prod_tisu", product_title: "Water Hyacinth Tissue Box", variant_id: "variant_nat", variant_title: "Natural (light)" },
      { product_id: "prod_other", product_title: "Sandal Eceng Gondok", variant_id: "variant_38", variant_title: "38" },
    ])
    expect(graph).toHaveBeenCalledWith(expect.objectContaining({ entity: "translations", filters: expect.objectContaining({ locale_code: "en-US" }) }), expect.anything())
  })

  it("leaves lines as sold when no locale is asked", async () => {
    const { scope, graph } = container()
    const lines = [{ product_id: "prod_tisu", product_title: "Tempat Tisu Eceng Gondok", variant_id: null, variant_title: null }]
    await nameOrderLines(scope, lines, undefined)
    expect(lines[0].product_title).toBe("Tempat Tisu Eceng Gondok")
    expect(graph).not.toHaveBeenCalled()
  })
})
