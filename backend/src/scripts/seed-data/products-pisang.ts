import { ALLERGENS, STORAGE } from "./food-label-text"
import type { ProductSeed } from "./types"

// P-IRT numbers here are fictional but shaped like real ones (15 digits):
// 1 type digit, 2 food-type digits, 4 digits for the regency (1671 Palembang,
// 1607 Banyuasin), 2 + 4 digits for the producer and product, 2 for the year
// the permit lapses. One halal certificate covers a producer's product list.
const LAPAS_PEREMPUAN_HALAL = "ID16110004123450925"

const KERIPIK_INGREDIENTS = {
  id: "Pisang kepok, minyak kelapa sawit, garam",
  en: "Kepok banana, palm oil, salt",
}

export const PISANG_PRODUCTS: ProductSeed[] = [
  {
    handle: "keripik-pisang-original",
    cohort: "lapas-perempuan-palembang-pisang",
    category: "pisang",
    title: "Keripik Pisang Original",
    subtitle: "Pisang kepok iris tipis, gurih dan renyah",
    description:
      "Pisang kepok mengkal diiris tipis lalu digoreng sedikit demi sedikit sampai kering keemasan, hanya dengan sejumput garam. " +
      "Renyah tanpa pengawet dan tanpa penyedap, cocok untuk teman minum kopi atau oleh-oleh dari Palembang.",
    image: "keripik-pisang-original.svg",
    options: [{ title: "Berat bersih", values: ["200 g", "500 g"] }],
    variants: [
      { sku: "KB-PSG-KRP-ORI-200", options: { "Berat bersih": "200 g" }, price: 15_000, weight: 230, stock: 120 },
      { sku: "KB-PSG-KRP-ORI-500", options: { "Berat bersih": "500 g" }, price: 30_000, weight: 545, stock: 60 },
    ],
    food_label: {
      pirt_number: "206167101001229",
      halal_status: "certified",
      halal_certificate_number: LAPAS_PEREMPUAN_HALAL,
      shelf_life_days: 180,
      ingredients: KERIPIK_INGREDIENTS.id,
      allergens: ALLERGENS.none.id,
      storage: STORAGE.dry.id,
    },
    en: {
      title: "Original Banana Chips",
      subtitle: "Thin-sliced kepok banana, savoury and crisp",
      description:
        "Just-ripe kepok bananas are sliced thin and fried a little at a time until golden and dry, with only a pinch of salt. " +
        "Crisp with no preservatives or flavour enhancers: good with coffee, or as a gift from Palembang.",
      food_label: { ingredients: KERIPIK_INGREDIENTS.en, allergens: ALLERGENS.none.en, storage: STORAGE.dry.en },
    },
  },
  {
    handle: "keripik-pisang-balado",
    cohort: "lapas-perempuan-palembang-pisang",
    category: "pisang",
    title: "Keripik Pisang Balado",
    subtitle: "Keripik pisang berbalut bumbu cabai merah manis-pedas",
    description:
      "Keripik pisang kepok yang dibalut bumbu balado dari cabai merah, bawang merah dan gula, dimasak di wajan sampai bumbunya meresap. " +
      "Pedasnya sedang: manis di awal, hangat di akhir.",
    image: "keripik-pisang-balado.svg",
    options: [{ title: "Berat bersih", values: ["200 g", "500 g"] }],
    variants: [
      { sku: "KB-PSG-KRP-BLD-200", options: { "Berat bersih": "200 g" }, price: 15_000, weight: 230, stock: 95 },
      { sku: "KB-PSG-KRP-BLD-500", options: { "Berat bersih": "500 g" }, price: 30_000, weight: 545, stock: 40 },
    ],
    food_label: {
      pirt_number: "206167101001329",
      halal_status: "certified",
      halal_certificate_number: LAPAS_PEREMPUAN_HALAL,
      shelf_life_days: 150,
      ingredients: "Pisang kepok, minyak kelapa sawit, cabai merah, bawang merah, bawang putih, gula pasir, garam",
      allergens: ALLERGENS.none.id,
      storage: STORAGE.dry.id,
    },
    en: {
      title: "Balado Banana Chips",
      subtitle: "Banana chips coated in sweet-hot red chilli paste",
      description:
        "Kepok banana chips tossed in a balado paste of red chilli, shallot and sugar, cooked in the wok until the coating clings. " +
        "Medium heat: sweet at first, warm at the end.",
      food_label: {
        ingredients: "Kepok banana, palm oil, red chilli, shallot, garlic, sugar, salt",
        allergens: ALLERGENS.none.en,
        storage: STORAGE.dry.en,
      },
    },
  },
  {
    handle: "keripik-pisang-cokelat",
    cohort: "lapas-perempuan-palembang-pisang",
    category: "pisang",
    title: "Keripik Pisang Cokelat",
    subtitle: "Keripik pisang dengan lapisan cokelat",
    description:
      "Keripik pisang kepok yang dilapisi bubuk cokelat dan sedikit gula, kesukaan anak-anak. " +
      "Dikemas dalam kantong ber-zip agar tetap renyah setelah dibuka.",
    image: "keripik-pisang-cokelat.svg",
    options: [{ title: "Berat bersih", values: ["200 g", "500 g"] }],
    variants: [
      { sku: "KB-PSG-KRP-CKL-200", options: { "Berat bersih": "200 g" }, price: 15_000, weight: 230, stock: 70 },
      // Nearly sold out: shows the storefront's low-stock state.
      { sku: "KB-PSG-KRP-CKL-500", options: { "Berat bersih": "500 g" }, price: 30_000, weight: 545, stock: 4 },
    ],
    food_label: {
      pirt_number: "206167101001429",
      halal_status: "certified",
      halal_certificate_number: LAPAS_PEREMPUAN_HALAL,
      shelf_life_days: 120,
      ingredients: "Pisang kepok, minyak kelapa sawit, cokelat bubuk (kakao, gula, susu bubuk), gula pasir",
      allergens: ALLERGENS.milk.id,
      storage: STORAGE.dry.id,
    },
    en: {
      title: "Chocolate Banana Chips",
      subtitle: "Banana chips with a chocolate coating",
      description:
        "Kepok banana chips coated in cocoa powder and a little sugar, a favourite with children. " +
        "Packed in a zip pouch so they stay crisp after opening.",
      food_label: {
        ingredients: "Kepok banana, palm oil, chocolate powder (cocoa, sugar, milk powder), sugar",
        allergens: ALLERGENS.milk.en,
        storage: STORAGE.dry.en,
      },
    },
  },
  {
    handle: "keripik-pisang-gula-aren",
    cohort: "lapas-perempuan-palembang-pisang",
    category: "pisang",
    title: "Keripik Pisang Gula Aren",
    subtitle: "Keripik pisang tanduk berlapis karamel gula aren",
    description:
      "Irisan memanjang pisang tanduk yang digoreng lalu disiram karamel gula aren. " +
      "Resep baru kelompok ini: sertifikasi halalnya sedang diproses.",
    image: "keripik-pisang-gula-aren.svg",
    options: [{ title: "Berat bersih", values: ["200 g"] }],
    variants: [
      { sku: "KB-PSG-KGA-200", options: { "Berat bersih": "200 g" }, price: 14_000, weight: 230, stock: 45 },
    ],
    food_label: {
      pirt_number: "206167101001529",
      halal_status: "in_process",
      shelf_life_days: 120,
      ingredients: "Pisang tanduk, minyak kelapa sawit, gula aren, garam",
      allergens: ALLERGENS.none.id,
      storage: STORAGE.dry.id,
    },
    en: {
      title: "Palm Sugar Banana Chips",
      subtitle: "Plantain chips glazed with palm sugar caramel",
      description:
        "Long slices of tanduk plantain, fried and then glazed with palm sugar caramel. " +
        "The group's newest recipe: its halal certification is in process.",
      food_label: {
        ingredients: "Tanduk plantain, palm oil, palm sugar, salt",
        allergens: ALLERGENS.none.en,
        storage: STORAGE.dry.en,
      },
    },
  },
  {
    handle: "sale-pisang",
    cohort: "bapas-palembang-sale-pisang",
    category: "pisang",
    title: "Sale Pisang Basah",
    subtitle: "Pisang ambon dijemur matahari, legit dan kenyal",
    description:
      "Pisang ambon matang dari kebun warga Banyuasin I, dibelah dan dijemur di rumah jemur beratap plastik selama empat hari " +
      "sampai legit dan kenyal. Tanpa gula tambahan: manisnya dari pisang sendiri.",
    image: "sale-pisang.svg",
    options: [{ title: "Berat bersih", values: ["120 g", "250 g"] }],
    variants: [
      { sku: "KB-PSG-SLE-120", options: { "Berat bersih": "120 g" }, price: 9_000, weight: 140, stock: 110 },
      { sku: "KB-PSG-SLE-250", options: { "Berat bersih": "250 g" }, price: 17_000, weight: 275, stock: 55 },
    ],
    food_label: {
      pirt_number: "206160702003128",
      halal_status: "in_process",
      shelf_life_days: 90,
      ingredients: "Pisang ambon",
      allergens: ALLERGENS.none.id,
      storage: STORAGE.opened.id,
    },
    en: {
      title: "Sun-Dried Banana (Sale Pisang)",
      subtitle: "Ripe ambon bananas dried in the sun, sweet and chewy",
      description:
        "Ripe ambon bananas from gardens in Banyuasin I, split and dried for four days in a plastic-roofed drying house " +
        "until sweet and chewy. No added sugar: the sweetness is the banana's own.",
      food_label: { ingredients: "Ambon banana", allergens: ALLERGENS.none.en, storage: STORAGE.opened.en },
    },
  },
  {
    handle: "pisang-sale-madu",
    cohort: "bapas-palembang-sale-pisang",
    category: "pisang",
    title: "Pisang Sale Madu",
    subtitle: "Sale pisang diolesi madu hutan Sumatera",
    description:
      "Sale pisang yang diolesi madu hutan lalu dijemur sekali lagi, sehingga permukaannya mengilap dan rasanya lebih dalam. " +
      "Produksinya mengikuti musim madu, jadi stoknya sering cepat habis.",
    image: "pisang-sale-madu.svg",
    options: [{ title: "Berat bersih", values: ["150 g"] }],
    variants: [
      // Out of stock until the next honey harvest: shows the sold-out state.
      { sku: "KB-PSG-SLM-150", options: { "Berat bersih": "150 g" }, price: 14_000, weight: 175, stock: 0 },
    ],
    food_label: {
      pirt_number: "206160702003228",
      halal_status: "in_process",
      shelf_life_days: 120,
      ingredients: "Pisang ambon, madu hutan",
      allergens: ALLERGENS.none.id,
      storage: STORAGE.opened.id,
    },
    en: {
      title: "Honey Sun-Dried Banana",
      subtitle: "Sale pisang brushed with Sumatran wild honey",
      description:
        "Sun-dried banana brushed with wild honey and dried once more, for a glossy surface and a deeper taste. " +
        "Production follows the honey season, so it often sells out fast.",
      food_label: { ingredients: "Ambon banana, wild honey", allergens: ALLERGENS.none.en, storage: STORAGE.opened.en },
    },
  },
  {
    handle: "sale-pisang-goreng",
    cohort: "bapas-palembang-sale-pisang",
    category: "pisang",
    title: "Sale Pisang Goreng Tepung",
    subtitle: "Sale pisang berbalut tepung, digoreng renyah",
    description:
      "Lembaran sale pisang yang dicelup adonan tepung tipis lalu digoreng: renyah di luar, legit di dalam. " +
      "Camilan khas yang dijual di warung-warung Banyuasin.",
    image: "sale-pisang-goreng.svg",
    options: [{ title: "Berat bersih", values: ["200 g"] }],
    variants: [
      { sku: "KB-PSG-SLG-200", options: { "Berat bersih": "200 g" }, price: 12_000, weight: 230, stock: 80 },
    ],
    food_label: {
      pirt_number: "206160702003328",
      halal_status: "in_process",
      shelf_life_days: 60,
      ingredients: "Sale pisang (pisang ambon), tepung terigu, tepung beras, minyak kelapa sawit, gula pasir, garam",
      allergens: ALLERGENS.wheat.id,
      storage: STORAGE.dry.id,
    },
    en: {
      title: "Battered Fried Sale Pisang",
      subtitle: "Sun-dried banana in a light batter, fried crisp",
      description:
        "Strips of sun-dried banana dipped in a thin batter and fried: crisp outside, sweet and chewy inside. " +
        "A classic snack of Banyuasin's roadside stalls.",
      food_label: {
        ingredients: "Sun-dried banana (ambon banana), wheat flour, rice flour, palm oil, sugar, salt",
        allergens: ALLERGENS.wheat.en,
        storage: STORAGE.dry.en,
      },
    },
  },
]
