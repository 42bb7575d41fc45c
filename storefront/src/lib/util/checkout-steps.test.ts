import { describe, expect, it } from "vitest"
import { currentStep, doneSteps } from "./checkout-steps"

const empty = {}
const withEmail = { email: "a@b.test" }
const withAddress = { ...withEmail, shipping_address: { address_1: "Jl. Kapten Robani Kadir 1" } }
const withDelivery = { ...withAddress, shipping_methods: [{}] }
const withPayment = { ...withDelivery, payment_collection: { payment_sessions: [{ provider_id: "pp_system_default" }] } }

describe("doneSteps", () => {
  it("reads each answered step from the cart", () => {
    expect([...doneSteps(empty)]).toEqual([])
    expect([...doneSteps(withPayment)]).toEqual(["contact", "address", "delivery", "payment"])
    expect(doneSteps({ ...withDelivery, shipping_address: { address_1: "" } }).has("address")).toBe(false)
  })
})

describe("currentStep", () => {
  it("opens the first unanswered step when none is asked for", () => {
    expect(currentStep(empty, undefined)).toBe("contact")
    expect(currentStep(withAddress, undefined)).toBe("delivery")
    expect(currentStep(withPayment, undefined)).toBe("review")
  })

  it("lets the shopper go back to any answered step", () => {
    expect(currentStep(withPayment, "address")).toBe("address")
    expect(currentStep(withDelivery, "delivery")).toBe("delivery")
  })

  it("never skips ahead of an open step, and ignores unknown steps", () => {
    expect(currentStep(withEmail, "review")).toBe("address")
    expect(currentStep(withDelivery, "review")).toBe("payment")
    expect(currentStep(withAddress, "nonsense")).toBe("delivery")
  })
})
