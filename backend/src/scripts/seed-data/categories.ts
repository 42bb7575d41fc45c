import type { CategorySeed } from "./types"

/** The category tree the storefront navigates: two lines of goods, two crafts each. */
export const CATEGORIES: CategorySeed[] = [
  {
    handle: "pangan-olahan",
    name: "Pangan Olahan",
    description: "Camilan rumahan dari pisang dan tempe, berizin P-IRT, dibuat oleh kelompok binaan.",
    rank: 0,
    en: {
      name: "Processed Foods",
      description: "Home-made snacks from banana and tempe, P-IRT registered, made by the programme's producer groups.",
    },
    children: [
      {
        handle: "pisang",
        name: "Olahan Pisang",
        description: "Keripik pisang, sale pisang dan pisang sale madu dari pisang petani Sumatera Selatan.",
        rank: 0,
        en: {
          name: "Banana Snacks",
          description: "Banana chips, sale pisang and honey-glazed dried banana from South Sumatran farmers' bananas.",
        },
      },
      {
        handle: "tempe",
        name: "Olahan Tempe",
        description: "Keripik tempe, kerupuk tempe dan sambal tempe kering dari tempe buatan sendiri.",
        rank: 1,
        en: {
          name: "Tempe Snacks",
          description: "Tempe chips, tempe crackers and dry tempe relish from tempe the groups ferment themselves.",
        },
      },
    ],
  },
  {
    handle: "kerajinan",
    name: "Kerajinan",
    description: "Anyaman tangan dari tali meiwa dan eceng gondok: tas, keranjang, kotak, tikar dan sandal.",
    rank: 1,
    en: {
      name: "Handicrafts",
      description: "Hand-woven tali meiwa and water hyacinth goods: bags, baskets, boxes, mats and sandals.",
    },
    children: [
      {
        handle: "tali-meiwa",
        name: "Anyaman Tali Meiwa",
        description: "Tas dan keranjang warna-warni dari tali meiwa (tali plastik), kuat dan mudah dicuci.",
        rank: 0,
        en: {
          name: "Tali Meiwa Weaving",
          description: "Colourful bags and baskets woven from tali meiwa plastic strap: sturdy and washable.",
        },
      },
      {
        handle: "eceng-gondok",
        name: "Anyaman Eceng Gondok",
        description: "Anyaman alami dari batang eceng gondok kering yang dipanen dari perairan Sumatera Selatan.",
        rank: 1,
        en: {
          name: "Water Hyacinth Weaving",
          description: "Natural weaving from dried water hyacinth stems harvested from South Sumatra's waterways.",
        },
      },
    ],
  },
]
