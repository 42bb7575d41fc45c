import type { ProductSeed } from "./types"

const LAPAS_PALEMBANG = "lapas-palembang-eceng-gondok"
const LAPAS_NARKOTIKA = "lapas-narkotika-banyuasin-eceng-gondok"
const MATERIAL = { id: "Eceng gondok kering, dipernis", en: "Dried water hyacinth, varnished" }

/** Everything but the handle, cohort and copy is the same for each eceng gondok product. */
const craft = { category: "eceng-gondok", material: MATERIAL.id } as const

export const ECENG_GONDOK_PRODUCTS: ProductSeed[] = [
  {
    ...craft,
    handle: "tas-tangan-eceng-gondok",
    cohort: LAPAS_PALEMBANG,
    title: "Tas Tangan Eceng Gondok",
    subtitle: "Tas tangan anyaman alami berlapis kain",
    description:
      "Tas tangan berbentuk trapesium dari anyaman eceng gondok, dengan lapisan kain katun dan kancing magnet. " +
      "Warna natural dari batang yang dijemur, atau cokelat tua dari pewarna alami kulit kayu.",
    image: "tas-tangan-eceng-gondok.svg",
    options: [{ title: "Warna", values: ["Natural", "Cokelat tua"] }],
    variants: [
      { sku: "KB-ECG-TTG-NAT", options: { Warna: "Natural" }, price: 75_000, weight: 350, stock: 24 },
      { sku: "KB-ECG-TTG-CKT", options: { Warna: "Cokelat tua" }, price: 75_000, weight: 350, stock: 20 },
    ],
    en: {
      title: "Water Hyacinth Handbag",
      subtitle: "A natural woven handbag with a cloth lining",
      description:
        "A trapeze-shaped handbag of woven water hyacinth, lined with cotton and closed with a magnetic button. " +
        "Natural, the colour of the sun-dried stems, or dark brown from a natural bark dye.",
      material: MATERIAL.en,
    },
  },
  {
    ...craft,
    handle: "topi-eceng-gondok",
    cohort: LAPAS_PALEMBANG,
    title: "Topi Pantai Eceng Gondok",
    subtitle: "Topi lebar yang teduh dan ringan",
    description:
      "Topi berlingkar lebar dari anyaman eceng gondok halus dengan pita kain. " +
      "Ringan dan berongga sehingga kepala tetap sejuk di bawah matahari.",
    image: "topi-eceng-gondok.svg",
    options: [{ title: "Ukuran", values: ["M", "L"] }],
    variants: [
      { sku: "KB-ECG-TOP-M", options: { Ukuran: "M" }, price: 120_000, weight: 200, stock: 20 },
      // Few left: the storefront's low-stock state.
      { sku: "KB-ECG-TOP-L", options: { Ukuran: "L" }, price: 125_000, weight: 220, stock: 2 },
    ],
    en: {
      title: "Water Hyacinth Sun Hat",
      subtitle: "A wide, light hat that keeps you in the shade",
      description:
        "A wide-brimmed hat of fine water hyacinth weave with a cloth band. " +
        "Light and airy, so your head stays cool under the sun.",
      material: MATERIAL.en,
    },
  },
  {
    ...craft,
    handle: "kotak-pensil-eceng-gondok",
    cohort: LAPAS_PALEMBANG,
    title: "Kotak Pensil Eceng Gondok",
    subtitle: "Tempat pensil beritsleting dengan lapisan kain",
    description:
      "Tempat pensil pipih dari anyaman eceng gondok dengan ritsleting dan lapisan kain di dalamnya. " +
      "Muat sekitar dua puluh alat tulis.",
    image: "kotak-pensil-eceng-gondok.svg",
    options: [{ title: "Warna", values: ["Natural", "Cokelat tua"] }],
    variants: [
      { sku: "KB-ECG-KPS-NAT", options: { Warna: "Natural" }, price: 25_000, weight: 90, stock: 55 },
      { sku: "KB-ECG-KPS-CKT", options: { Warna: "Cokelat tua" }, price: 25_000, weight: 90, stock: 48 },
    ],
    en: {
      title: "Water Hyacinth Pencil Case",
      subtitle: "A zipped, cloth-lined pencil case",
      description:
        "A flat pencil case of woven water hyacinth with a zip and a cloth lining. " +
        "Holds about twenty pens and pencils.",
      material: MATERIAL.en,
    },
  },
  {
    ...craft,
    handle: "kotak-penyimpanan-eceng-gondok",
    cohort: LAPAS_PALEMBANG,
    title: "Kotak Penyimpanan Eceng Gondok",
    subtitle: "Kotak bertutup berangka kardus tebal",
    description:
      "Kotak persegi bertutup dari anyaman eceng gondok di atas rangka kardus tebal. " +
      "Untuk dokumen, kain atau perlengkapan jahit; bisa ditumpuk.",
    image: "kotak-penyimpanan-eceng-gondok.svg",
    options: [{ title: "Ukuran", values: ["S", "M", "L"] }],
    variants: [
      { sku: "KB-ECG-KTK-S", options: { Ukuran: "S" }, price: 45_000, weight: 300, stock: 30 },
      { sku: "KB-ECG-KTK-M", options: { Ukuran: "M" }, price: 60_000, weight: 450, stock: 26 },
      { sku: "KB-ECG-KTK-L", options: { Ukuran: "L" }, price: 80_000, weight: 650, stock: 20 },
    ],
    en: {
      title: "Water Hyacinth Storage Box",
      subtitle: "A lidded box on a sturdy board frame",
      description:
        "A square lidded box of woven water hyacinth over a sturdy board frame. " +
        "For papers, fabric or sewing kit; stackable.",
      material: MATERIAL.en,
    },
  },
  {
    ...craft,
    handle: "tas-selempang-eceng-gondok",
    cohort: LAPAS_PALEMBANG,
    title: "Tas Selempang Eceng Gondok",
    subtitle: "Tas bulat dengan tali selempang kulit sintetis",
    description:
      "Tas bulat pipih dari anyaman eceng gondok melingkar, dengan tali selempang yang bisa diatur panjangnya. " +
      "Dibuat satu per satu, jadi jumlahnya terbatas.",
    image: "tas-selempang-eceng-gondok.svg",
    options: [{ title: "Warna", values: ["Natural"] }],
    variants: [
      // Made one at a time: only a few on hand.
      { sku: "KB-ECG-TSL-NAT", options: { Warna: "Natural" }, price: 95_000, weight: 380, stock: 3 },
    ],
    en: {
      title: "Water Hyacinth Crossbody Bag",
      subtitle: "A round bag with an adjustable faux-leather strap",
      description:
        "A flat, round bag of spiral-woven water hyacinth, with an adjustable crossbody strap. " +
        "Made one at a time, so numbers are limited.",
      material: MATERIAL.en,
    },
  },
  {
    ...craft,
    handle: "sandal-eceng-gondok",
    cohort: LAPAS_NARKOTIKA,
    title: "Sandal Eceng Gondok",
    subtitle: "Sandal anyaman dengan sol karet antiselip",
    description:
      "Sandal selop dengan tali anyaman eceng gondok dan sol karet antiselip. " +
      "Nyaman untuk di rumah, hotel atau spa; ukuran mengikuti ukuran sepatu Indonesia.",
    image: "sandal-eceng-gondok.svg",
    options: [{ title: "Ukuran", values: ["38", "39", "40", "41", "42"] }],
    variants: [
      { sku: "KB-ECG-SDL-38", options: { Ukuran: "38" }, price: 85_000, weight: 400, stock: 20 },
      { sku: "KB-ECG-SDL-39", options: { Ukuran: "39" }, price: 85_000, weight: 410, stock: 26 },
      { sku: "KB-ECG-SDL-40", options: { Ukuran: "40" }, price: 85_000, weight: 420, stock: 30 },
      { sku: "KB-ECG-SDL-41", options: { Ukuran: "41" }, price: 85_000, weight: 430, stock: 22 },
      // Sold out in the largest size: a variant the storefront must disable.
      { sku: "KB-ECG-SDL-42", options: { Ukuran: "42" }, price: 85_000, weight: 440, stock: 0 },
    ],
    en: {
      title: "Water Hyacinth Sandals",
      subtitle: "Woven slides with a non-slip rubber sole",
      description:
        "Slide sandals with a woven water hyacinth strap and a non-slip rubber sole. " +
        "Comfortable at home, in a hotel or a spa; sizes follow Indonesian (EU) shoe sizes.",
      material: MATERIAL.en,
    },
  },
  {
    ...craft,
    handle: "tikar-eceng-gondok",
    cohort: LAPAS_NARKOTIKA,
    title: "Tikar Anyaman Eceng Gondok",
    subtitle: "Tikar lesehan yang sejuk dan bisa digulung",
    description:
      "Tikar lesehan berpinggiran kain dari anyaman eceng gondok yang rapat. " +
      "Sejuk diduduki, mudah digulung dan dibersihkan dengan lap lembap.",
    image: "tikar-eceng-gondok.svg",
    options: [{ title: "Ukuran", values: ["90 × 150 cm", "120 × 180 cm"] }],
    variants: [
      { sku: "KB-ECG-TKR-090", options: { Ukuran: "90 × 150 cm" }, price: 150_000, weight: 1_200, stock: 20 },
      { sku: "KB-ECG-TKR-120", options: { Ukuran: "120 × 180 cm" }, price: 220_000, weight: 1_900, stock: 20 },
    ],
    en: {
      title: "Woven Water Hyacinth Mat",
      subtitle: "A cool floor mat that rolls up",
      description:
        "A tightly woven water hyacinth floor mat with a cloth border. " +
        "Cool to sit on, easy to roll up and to wipe clean with a damp cloth.",
      material: MATERIAL.en,
    },
  },
  {
    ...craft,
    handle: "tatakan-piring-eceng-gondok",
    cohort: LAPAS_NARKOTIKA,
    title: "Tatakan Piring Eceng Gondok (isi 4)",
    subtitle: "Empat tatakan bulat anyaman melingkar",
    description:
      "Satu set empat tatakan piring bulat berdiameter 35 cm, dianyam melingkar dari eceng gondok pilihan. " +
      "Melindungi meja dari panas dan memberi suasana hangat di meja makan.",
    image: "tatakan-piring-eceng-gondok.svg",
    options: [{ title: "Warna", values: ["Natural", "Cokelat tua"] }],
    variants: [
      { sku: "KB-ECG-TTP-NAT", options: { Warna: "Natural" }, price: 40_000, weight: 500, stock: 35 },
      { sku: "KB-ECG-TTP-CKT", options: { Warna: "Cokelat tua" }, price: 40_000, weight: 500, stock: 30 },
    ],
    en: {
      title: "Water Hyacinth Placemats (set of 4)",
      subtitle: "Four round, spiral-woven placemats",
      description:
        "A set of four round placemats, 35 cm across, spiral-woven from selected water hyacinth. " +
        "They protect the table from heat and warm up the dining table.",
      material: MATERIAL.en,
    },
  },
  {
    ...craft,
    handle: "tempat-tisu-eceng-gondok",
    cohort: LAPAS_NARKOTIKA,
    title: "Tempat Tisu Eceng Gondok",
    subtitle: "Kotak tisu anyaman alami berangka kokoh",
    description:
      "Kotak tisu persegi panjang dari anyaman eceng gondok dengan rangka kokoh dan alas geser. " +
      "Serasi dengan tatakan piring dan kotak penyimpanan dari bahan yang sama.",
    image: "tempat-tisu-eceng-gondok.svg",
    options: [{ title: "Warna", values: ["Natural"] }],
    variants: [
      { sku: "KB-ECG-TTS-NAT", options: { Warna: "Natural" }, price: 35_000, weight: 250, stock: 40 },
    ],
    en: {
      title: "Water Hyacinth Tissue Box",
      subtitle: "A natural woven tissue box on a firm frame",
      description:
        "A rectangular tissue box of woven water hyacinth with a firm frame and a sliding base. " +
        "Matches the placemats and storage boxes in the same material.",
      material: MATERIAL.en,
    },
  },
  {
    ...craft,
    handle: "keranjang-cucian-eceng-gondok",
    cohort: LAPAS_NARKOTIKA,
    title: "Keranjang Cucian Eceng Gondok",
    subtitle: "Keranjang tinggi bertutup dengan kantong kain",
    description:
      "Keranjang cucian tinggi bertutup dengan kantong kain yang bisa dilepas dan dicuci. " +
      "Rangka rotan di dalam anyaman menjaga bentuknya tetap tegak.",
    image: "keranjang-cucian-eceng-gondok.svg",
    options: [{ title: "Ukuran", values: ["M", "L"] }],
    variants: [
      { sku: "KB-ECG-KRC-M", options: { Ukuran: "M" }, price: 90_000, weight: 1_100, stock: 20 },
      { sku: "KB-ECG-KRC-L", options: { Ukuran: "L" }, price: 125_000, weight: 1_500, stock: 20 },
    ],
    en: {
      title: "Water Hyacinth Laundry Basket",
      subtitle: "A tall lidded basket with a cloth liner",
      description:
        "A tall lidded laundry basket with a removable, washable cloth liner. " +
        "A rattan frame inside the weave keeps it standing upright.",
      material: MATERIAL.en,
    },
  },
  {
    ...craft,
    handle: "keranjang-buah-eceng-gondok",
    cohort: LAPAS_NARKOTIKA,
    title: "Keranjang Buah Eceng Gondok",
    subtitle: "Keranjang bulat rendah untuk meja makan",
    description:
      "Keranjang bulat rendah dengan bibir anyaman tebal, untuk buah, roti atau kerupuk di meja makan.",
    image: "keranjang-buah-eceng-gondok.svg",
    options: [{ title: "Ukuran", values: ["M", "L"] }],
    variants: [
      { sku: "KB-ECG-KRB-M", options: { Ukuran: "M" }, price: 45_000, weight: 300, stock: 32 },
      { sku: "KB-ECG-KRB-L", options: { Ukuran: "L" }, price: 55_000, weight: 380, stock: 28 },
    ],
    en: {
      title: "Water Hyacinth Fruit Basket",
      subtitle: "A low round basket for the dining table",
      description: "A low, round basket with a thick woven rim, for fruit, bread or crackers on the dining table.",
      material: MATERIAL.en,
    },
  },
]
