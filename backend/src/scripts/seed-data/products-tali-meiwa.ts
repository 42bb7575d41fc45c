import type { ProductSeed } from "./types"

const COHORT = "rutan-palembang-tali-meiwa"
const MATERIAL = { id: "Tali meiwa (tali plastik polipropilena)", en: "Tali meiwa (polypropylene plastic strap)" }

export const TALI_MEIWA_PRODUCTS: ProductSeed[] = [
  {
    handle: "tas-belanja-tali-meiwa",
    cohort: COHORT,
    category: "tali-meiwa",
    title: "Tas Belanja Tali Meiwa",
    subtitle: "Tas pasar anyaman rapat, kuat mengangkat belanjaan",
    description:
      "Tas belanja klasik dari anyaman tali meiwa yang rapat, dengan pegangan ganda yang dililit agar nyaman di tangan. " +
      "Ukuran S untuk belanja kecil, M untuk pasar mingguan, L untuk belanja keluarga. Bisa dicuci dengan air sabun.",
    material: MATERIAL.id,
    image: "tas-belanja-tali-meiwa.svg",
    options: [
      { title: "Ukuran", values: ["S", "M", "L"] },
      { title: "Warna", values: ["Merah-putih", "Biru-kuning"] },
    ],
    variants: [
      { sku: "KB-TMW-TBL-S-MP", options: { Ukuran: "S", Warna: "Merah-putih" }, price: 25_000, weight: 180, stock: 40 },
      { sku: "KB-TMW-TBL-S-BK", options: { Ukuran: "S", Warna: "Biru-kuning" }, price: 25_000, weight: 180, stock: 35 },
      { sku: "KB-TMW-TBL-M-MP", options: { Ukuran: "M", Warna: "Merah-putih" }, price: 30_000, weight: 250, stock: 30 },
      { sku: "KB-TMW-TBL-M-BK", options: { Ukuran: "M", Warna: "Biru-kuning" }, price: 30_000, weight: 250, stock: 28 },
      { sku: "KB-TMW-TBL-L-MP", options: { Ukuran: "L", Warna: "Merah-putih" }, price: 35_000, weight: 320, stock: 20 },
      { sku: "KB-TMW-TBL-L-BK", options: { Ukuran: "L", Warna: "Biru-kuning" }, price: 35_000, weight: 320, stock: 22 },
    ],
    en: {
      title: "Tali Meiwa Shopping Bag",
      subtitle: "Tightly woven market bag, strong enough for a full load",
      description:
        "A classic shopping bag of tightly woven tali meiwa strap, with double handles wrapped for a comfortable grip. " +
        "S for small errands, M for the weekly market, L for the family shop. Washable with soapy water.",
      material: MATERIAL.en,
    },
  },
  {
    handle: "tas-jinjing-motif-songket",
    cohort: COHORT,
    category: "tali-meiwa",
    title: "Tas Jinjing Motif Songket",
    subtitle: "Motif songket Palembang dalam anyaman tali meiwa",
    description:
      "Pola belah ketupat kain songket Palembang dianyam ulang dengan tali meiwa berwarna emas di atas dasar merah atau hijau. " +
      "Tas jinjing yang pantas dibawa ke kondangan maupun ke kantor.",
    material: MATERIAL.id,
    image: "tas-jinjing-motif-songket.svg",
    options: [{ title: "Warna", values: ["Merah", "Hijau"] }],
    variants: [
      { sku: "KB-TMW-TJS-MRH", options: { Warna: "Merah" }, price: 35_000, weight: 260, stock: 25 },
      { sku: "KB-TMW-TJS-HJU", options: { Warna: "Hijau" }, price: 35_000, weight: 260, stock: 20 },
    ],
    en: {
      title: "Songket Pattern Tote",
      subtitle: "Palembang songket motifs in tali meiwa weaving",
      description:
        "The diamond pattern of Palembang's songket cloth, rewoven in gold-coloured strap over a red or green ground. " +
        "A tote smart enough for a wedding party or the office.",
      material: MATERIAL.en,
    },
  },
  {
    handle: "keranjang-serbaguna-tali-meiwa",
    cohort: COHORT,
    category: "tali-meiwa",
    title: "Keranjang Serbaguna Tali Meiwa",
    subtitle: "Keranjang bulat untuk dapur, kamar mandi atau mainan",
    description:
      "Keranjang bulat berdinding tegak dengan dua lubang pegangan. Ringan, tahan air dan mudah dibersihkan, " +
      "cocok untuk menyimpan bumbu dapur, handuk atau mainan anak.",
    material: MATERIAL.id,
    image: "keranjang-serbaguna-tali-meiwa.svg",
    options: [{ title: "Ukuran", values: ["S", "M", "L"] }],
    variants: [
      { sku: "KB-TMW-KRS-S", options: { Ukuran: "S" }, price: 20_000, weight: 150, stock: 50 },
      { sku: "KB-TMW-KRS-M", options: { Ukuran: "M" }, price: 28_000, weight: 230, stock: 40 },
      { sku: "KB-TMW-KRS-L", options: { Ukuran: "L" }, price: 35_000, weight: 320, stock: 25 },
    ],
    en: {
      title: "Tali Meiwa Storage Basket",
      subtitle: "A round basket for the kitchen, bathroom or toys",
      description:
        "A round, straight-sided basket with two hand holes. Light, water-resistant and easy to clean: " +
        "for kitchen spices, towels or children's toys.",
      material: MATERIAL.en,
    },
  },
  {
    handle: "keranjang-parsel-tali-meiwa",
    cohort: COHORT,
    category: "tali-meiwa",
    title: "Keranjang Parsel Tali Meiwa",
    subtitle: "Keranjang berpegangan untuk parsel dan buah",
    description:
      "Keranjang oval dengan pegangan melengkung, ukuran pas untuk parsel Lebaran, hantaran atau wadah buah di meja makan.",
    material: MATERIAL.id,
    image: "keranjang-parsel-tali-meiwa.svg",
    options: [{ title: "Warna", values: ["Merah", "Kuning"] }],
    variants: [
      { sku: "KB-TMW-KPR-MRH", options: { Warna: "Merah" }, price: 30_000, weight: 300, stock: 30 },
      { sku: "KB-TMW-KPR-KNG", options: { Warna: "Kuning" }, price: 30_000, weight: 300, stock: 24 },
    ],
    en: {
      title: "Tali Meiwa Hamper Basket",
      subtitle: "A handled basket for hampers and fruit",
      description:
        "An oval basket with an arched handle, the right size for an Eid hamper, a wedding gift or the fruit on the dining table.",
      material: MATERIAL.en,
    },
  },
  {
    handle: "tempat-tisu-tali-meiwa",
    cohort: COHORT,
    category: "tali-meiwa",
    title: "Tempat Tisu Tali Meiwa",
    subtitle: "Kotak tisu anyaman dengan alas yang bisa dibuka",
    description:
      "Sarung kotak tisu dari anyaman tali meiwa, dengan alas berkancing agar tisu mudah diganti. " +
      "Muat satu kotak tisu wajah ukuran standar.",
    material: MATERIAL.id,
    image: "tempat-tisu-tali-meiwa.svg",
    options: [{ title: "Warna", values: ["Biru", "Merah", "Hijau"] }],
    variants: [
      { sku: "KB-TMW-TTS-BRU", options: { Warna: "Biru" }, price: 15_000, weight: 120, stock: 60 },
      { sku: "KB-TMW-TTS-MRH", options: { Warna: "Merah" }, price: 15_000, weight: 120, stock: 45 },
      { sku: "KB-TMW-TTS-HJU", options: { Warna: "Hijau" }, price: 15_000, weight: 120, stock: 38 },
    ],
    en: {
      title: "Tali Meiwa Tissue Box Cover",
      subtitle: "A woven tissue box with an opening base",
      description:
        "A tissue box cover of woven tali meiwa strap, with a buttoned base so refills are easy. " +
        "Fits one standard box of facial tissues.",
      material: MATERIAL.en,
    },
  },
  {
    handle: "tas-bekal-tali-meiwa",
    cohort: COHORT,
    category: "tali-meiwa",
    title: "Tas Bekal Tali Meiwa",
    subtitle: "Tas kecil untuk kotak makan dan botol minum",
    description:
      "Tas jinjing kecil berdasar lebar yang muat satu kotak makan dan satu botol minum. " +
      "Anyamannya rapat sehingga tidak mudah berubah bentuk.",
    material: MATERIAL.id,
    image: "tas-bekal-tali-meiwa.svg",
    options: [{ title: "Warna", values: ["Hijau-kuning", "Biru-kuning"] }],
    variants: [
      { sku: "KB-TMW-TBK-HK", options: { Warna: "Hijau-kuning" }, price: 20_000, weight: 150, stock: 42 },
      { sku: "KB-TMW-TBK-BK", options: { Warna: "Biru-kuning" }, price: 20_000, weight: 150, stock: 36 },
    ],
    en: {
      title: "Tali Meiwa Lunch Bag",
      subtitle: "A small bag for a lunchbox and a water bottle",
      description:
        "A small, wide-based tote that holds one lunchbox and one water bottle. " +
        "The tight weave keeps its shape.",
      material: MATERIAL.en,
    },
  },
]
