import { ALLERGENS, STORAGE } from "./food-label-text"
import type { ProductSeed } from "./types"

// Fictional P-IRT and halal numbers, shaped like real ones (see products-pisang.ts).
const BAPAS_TEMPE_HALAL = "ID16110005234560426"
const COHORT = "bapas-palembang-tempe"

export const TEMPE_PRODUCTS: ProductSeed[] = [
  {
    handle: "keripik-tempe",
    cohort: COHORT,
    category: "tempe",
    title: "Keripik Tempe Sagu",
    subtitle: "Tempe iris tipis berbalut tepung bumbu kencur",
    description:
      "Tempe buatan kelompok diiris setipis kartu, dicelup adonan tepung beras, sagu dan bumbu kencur-daun jeruk, " +
      "lalu digoreng sampai garing. Tersedia rasa original dan pedas; kemasan 1 kg cocok untuk warung dan arisan.",
    image: "keripik-tempe.svg",
    options: [
      { title: "Rasa", values: ["Original", "Pedas"] },
      { title: "Berat bersih", values: ["250 g", "1 kg"] },
    ],
    variants: [
      { sku: "KB-TMP-KRP-ORI-250", options: { Rasa: "Original", "Berat bersih": "250 g" }, price: 10_000, weight: 280, stock: 140 },
      { sku: "KB-TMP-KRP-ORI-1000", options: { Rasa: "Original", "Berat bersih": "1 kg" }, price: 38_000, weight: 1_060, stock: 35 },
      { sku: "KB-TMP-KRP-PDS-250", options: { Rasa: "Pedas", "Berat bersih": "250 g" }, price: 10_000, weight: 280, stock: 150 },
      { sku: "KB-TMP-KRP-PDS-1000", options: { Rasa: "Pedas", "Berat bersih": "1 kg" }, price: 38_000, weight: 1_060, stock: 25 },
    ],
    food_label: {
      pirt_number: "206167103002130",
      halal_status: "certified",
      halal_certificate_number: BAPAS_TEMPE_HALAL,
      shelf_life_days: 90,
      ingredients:
        "Tempe (kedelai, ragi tempe), tepung beras, tepung sagu, minyak kelapa sawit, bawang putih, kencur, ketumbar, daun jeruk, garam; varian pedas: cabai bubuk",
      allergens: ALLERGENS.soy.id,
      storage: STORAGE.dry.id,
    },
    en: {
      title: "Tempe Chips with Sago",
      subtitle: "Thin-sliced tempe in a kencur-spiced batter",
      description:
        "The group's own tempe, sliced as thin as a card, dipped in a batter of rice flour, sago and kencur with lime leaf, " +
        "then fried until crisp. Original or spicy; the 1 kg pack suits food stalls and family gatherings.",
      food_label: {
        ingredients:
          "Tempe (soybeans, tempe starter), rice flour, sago flour, palm oil, garlic, kencur (aromatic ginger), coriander, lime leaf, salt; spicy variant: chilli powder",
        allergens: ALLERGENS.soy.en,
        storage: STORAGE.dry.en,
      },
    },
  },
  {
    handle: "tempe-chips",
    cohort: COHORT,
    category: "tempe",
    title: "Tempe Chips",
    subtitle: "Keripik tempe tanpa tepung, tipis dan ringan",
    description:
      "Tempe diiris sangat tipis dan digoreng tanpa adonan tepung, sehingga rasa kedelainya terasa. " +
      "Kemasan kecil untuk bekal, dalam rasa original atau taburan rumput laut.",
    image: "tempe-chips.svg",
    options: [
      { title: "Rasa", values: ["Original", "Rumput laut"] },
      { title: "Berat bersih", values: ["100 g"] },
    ],
    variants: [
      { sku: "KB-TMP-CHP-ORI-100", options: { Rasa: "Original", "Berat bersih": "100 g" }, price: 12_000, weight: 120, stock: 90 },
      { sku: "KB-TMP-CHP-RLT-100", options: { Rasa: "Rumput laut", "Berat bersih": "100 g" }, price: 13_000, weight: 120, stock: 65 },
    ],
    food_label: {
      pirt_number: "206167103002230",
      halal_status: "certified",
      halal_certificate_number: BAPAS_TEMPE_HALAL,
      shelf_life_days: 90,
      ingredients: "Tempe (kedelai, ragi tempe), minyak kelapa sawit, garam, bawang putih bubuk; varian rumput laut: rumput laut kering",
      allergens: ALLERGENS.soy.id,
      storage: STORAGE.dry.id,
    },
    en: {
      title: "Tempe Chips",
      subtitle: "Flour-free tempe chips, thin and light",
      description:
        "Tempe sliced very thin and fried without batter, so the taste of the soybeans comes through. " +
        "Small packs for lunchboxes, plain or with a seaweed sprinkle.",
      food_label: {
        ingredients: "Tempe (soybeans, tempe starter), palm oil, salt, garlic powder; seaweed variant: dried seaweed",
        allergens: ALLERGENS.soy.en,
        storage: STORAGE.dry.en,
      },
    },
  },
  {
    handle: "kerupuk-tempe",
    cohort: COHORT,
    category: "tempe",
    title: "Kerupuk Tempe Mentah",
    subtitle: "Kerupuk tempe siap goreng di rumah",
    description:
      "Kerupuk dari tempe dan tepung tapioka yang sudah dijemur kering: goreng di minyak panas dan kerupuk mengembang dalam hitungan detik. " +
      "Awet disimpan, cocok untuk lauk pendamping sehari-hari.",
    image: "kerupuk-tempe.svg",
    options: [{ title: "Berat bersih", values: ["250 g", "500 g"] }],
    variants: [
      { sku: "KB-TMP-KRU-250", options: { "Berat bersih": "250 g" }, price: 12_000, weight: 270, stock: 75 },
      { sku: "KB-TMP-KRU-500", options: { "Berat bersih": "500 g" }, price: 22_000, weight: 525, stock: 40 },
    ],
    food_label: {
      pirt_number: "206167103002330",
      halal_status: "in_process",
      shelf_life_days: 180,
      ingredients: "Tepung tapioka, tempe (kedelai, ragi tempe), bawang putih, garam, gula pasir",
      allergens: ALLERGENS.soy.id,
      storage: STORAGE.dry.id,
    },
    en: {
      title: "Uncooked Tempe Crackers",
      subtitle: "Tempe crackers to fry at home",
      description:
        "Sun-dried crackers of tempe and tapioca: drop them into hot oil and they puff up in seconds. " +
        "They keep well, an everyday side for rice meals.",
      food_label: {
        ingredients: "Tapioca flour, tempe (soybeans, tempe starter), garlic, salt, sugar",
        allergens: ALLERGENS.soy.en,
        storage: STORAGE.dry.en,
      },
    },
  },
  {
    handle: "sambal-tempe-kering",
    cohort: COHORT,
    category: "tempe",
    title: "Sambal Tempe Kering",
    subtitle: "Kering tempe kacang, manis-pedas, dalam toples",
    description:
      "Tempe korek dan kacang tanah yang digoreng kering lalu dimasak dengan cabai, gula merah dan asam jawa. " +
      "Lauk tahan lama untuk anak kos dan perantau; dikemas dalam toples kaca bertutup rapat.",
    image: "sambal-tempe-kering.svg",
    options: [{ title: "Berat bersih", values: ["200 g"] }],
    variants: [
      { sku: "KB-TMP-SBL-200", options: { "Berat bersih": "200 g" }, price: 20_000, weight: 420, stock: 30 },
    ],
    food_label: {
      pirt_number: "206167103002430",
      halal_status: "in_process",
      shelf_life_days: 60,
      ingredients:
        "Tempe (kedelai, ragi tempe), kacang tanah, minyak kelapa sawit, gula merah, cabai merah, bawang merah, bawang putih, asam jawa, daun salam, garam",
      allergens: ALLERGENS.soyPeanut.id,
      storage: STORAGE.chilled.id,
    },
    en: {
      title: "Dry Tempe Relish",
      subtitle: "Sweet-spicy fried tempe with peanuts, in a jar",
      description:
        "Matchstick tempe and peanuts fried crisp, then cooked with chilli, palm sugar and tamarind. " +
        "A long-keeping side dish for students and workers far from home, in a tightly closed glass jar.",
      food_label: {
        ingredients:
          "Tempe (soybeans, tempe starter), peanuts, palm oil, palm sugar, red chilli, shallot, garlic, tamarind, bay leaf, salt",
        allergens: ALLERGENS.soyPeanut.en,
        storage: STORAGE.chilled.en,
      },
    },
  },
]
