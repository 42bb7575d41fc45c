/** Store-wide settings of the demo marketplace. */
export const STORE = {
  name: "Karya Binaan",
  salesChannel: {
    name: "Toko Online Karya Binaan",
    description: "Toko online Karya Binaan: pesanan dari pembeli perorangan.",
  },
  publishableKeyTitle: "Karya Binaan Storefront",
  currency: "idr",
  // Indonesian first: the base language of all data. English comes from translations.
  locales: ["id-ID", "en-US"],
  region: { name: "Indonesia", country: "id", paymentProviders: ["pp_system_default", "pp_pay-at-outlet_pay-at-outlet"] },
  // Producer groups are home industries far below the Rp 4,8 miliar yearly
  // turnover at which a business must register for VAT (PKP), so they charge
  // no PPN: prices are final and the default rate is 0%.
  taxRate: { rate: 0, code: "NON-PKP", name: "Tanpa PPN (industri rumahan non-PKP)" },
}
