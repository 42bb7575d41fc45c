/**
 * Label wording several food products share, in both languages, so the same
 * instruction reads the same on every pack.
 */
export const STORAGE = {
  dry: {
    id: "Simpan di tempat kering dan sejuk, terhindar dari sinar matahari langsung. Tutup rapat kembali setelah dibuka.",
    en: "Store in a cool, dry place away from direct sunlight. Reseal tightly after opening.",
  },
  opened: {
    id: "Simpan di tempat sejuk dan kering. Setelah dibuka, simpan di wadah tertutup dan habiskan dalam 7 hari.",
    en: "Store in a cool, dry place. Once opened, keep in a closed container and finish within 7 days.",
  },
  chilled: {
    id: "Simpan di tempat sejuk. Setelah dibuka, simpan di lemari pendingin dan habiskan dalam 14 hari.",
    en: "Store in a cool place. Once opened, refrigerate and finish within 14 days.",
  },
}

export const ALLERGENS = {
  soy: { id: "Mengandung kedelai.", en: "Contains soy." },
  soyWheat: { id: "Mengandung kedelai dan gandum (tepung terigu).", en: "Contains soy and wheat (wheat flour)." },
  soyPeanut: { id: "Mengandung kedelai dan kacang tanah.", en: "Contains soy and peanuts." },
  wheat: { id: "Mengandung gandum (tepung terigu).", en: "Contains wheat (wheat flour)." },
  milk: { id: "Mengandung susu (dari cokelat).", en: "Contains milk (from the chocolate)." },
  none: {
    id: "Tidak mengandung alergen utama. Diproduksi di dapur yang juga mengolah kacang tanah.",
    en: "No major allergens. Made in a kitchen that also handles peanuts.",
  },
}
