import { api } from "./api"

/** The Indonesian region the seed creates (IDR). */
export async function idrRegionId(): Promise<string> {
  const res = await api<{ regions: { id: string; currency_code: string }[] }>("/store/regions")
  const region = res.body.regions.find((r) => r.currency_code === "idr")
  if (!region) throw new Error("No IDR region: is the demo seed in the database?")
  return region.id
}
