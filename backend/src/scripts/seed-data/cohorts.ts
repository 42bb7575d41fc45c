import type { CohortSeed } from "./types"

// Demo data, fiction: the facilities are real institutions of South Sumatra,
// but these groups, their stories and their numbers are invented. No member
// is named or described; public stories speak of the group only.
export const COHORTS: CohortSeed[] = [
  {
    handle: "lapas-perempuan-palembang-pisang",
    name: "Lapas Perempuan Palembang — olahan pisang",
    facility_name: "Lapas Perempuan Kelas IIA Palembang",
    facility_type: "lapas",
    area: "other",
    craft_line: "pisang",
    tagline: "Keripik renyah, dan keterampilan untuk dibawa pulang.",
    story:
      "Di dapur produksi lapas, kelompok ini mengupas, mengiris dan menggoreng pisang kepok menjadi keripik tiga rasa. " +
      "Pelatihan dari program TJSL Kilang Pertamina Plaju bersama Kanwil Ditjenpas Sumatera Selatan mengajarkan higiene pangan, " +
      "takaran resep yang tetap dan cara mengurus izin P-IRT. Bagian penghasilan anggota dicatat oleh lapas dan diserahkan saat bebas, " +
      "sebagai modal untuk membuka usaha camilan sendiri.",
    image: "lapas-perempuan-palembang-pisang.svg",
    address: {
      address_1: "Dapur produksi, Lapas Perempuan Kelas IIA Palembang",
      city: "Palembang",
      province: "Sumatera Selatan",
      country_code: "id",
    },
    en: {
      name: "Palembang Women's Prison — banana snacks",
      tagline: "Crisp chips, and a skill to take home.",
      story:
        "In the prison's production kitchen, this group peels, slices and fries kepok bananas into chips in three flavours. " +
        "Training from Kilang Pertamina Plaju's CSR programme (TJSL) and the South Sumatra corrections office covers food hygiene, " +
        "consistent recipes and how to register a home-industry food permit (P-IRT). Each member's share of the income is recorded " +
        "by the prison and handed over on release, as capital for a snack business of her own.",
    },
  },
  {
    handle: "bapas-palembang-tempe",
    name: "Bapas Palembang — olahan tempe Plaju",
    facility_name: "Bapas Kelas I Palembang",
    facility_type: "bapas",
    area: "plaju",
    craft_line: "tempe",
    tagline: "Dari dapur tempe di Plaju, penghasilan yang halal dan tetap.",
    story:
      "Kelompok ini beranggotakan klien pemasyarakatan yang tinggal di Kecamatan Plaju, di ring 1 Kilang Pertamina Plaju. " +
      "Mereka membuat tempe sendiri dari kedelai pilihan, lalu mengolahnya menjadi keripik, kerupuk dan sambal tempe kering. " +
      "Program TJSL menyediakan peralatan dapur, pelatihan pengemasan dan pendampingan pemasaran, " +
      "sementara pembimbing kemasyarakatan Bapas mendampingi setiap anggota sampai usahanya berjalan sendiri.",
    image: "bapas-palembang-tempe.svg",
    address: {
      address_1: "Rumah produksi kelompok, Kecamatan Plaju",
      city: "Palembang",
      province: "Sumatera Selatan",
      country_code: "id",
    },
    en: {
      name: "Palembang Probation Office — Plaju tempe snacks",
      tagline: "From a tempe kitchen in Plaju, a steady and honest income.",
      story:
        "This group is made up of parolees living in Plaju district, in the ring around Kilang Pertamina Plaju. " +
        "They ferment their own tempe from selected soybeans and turn it into chips, crackers and dry tempe relish. " +
        "The CSR programme (TJSL) provided kitchen equipment, packaging training and marketing support, " +
        "while the probation office's officers stand by each member until their business runs on its own.",
    },
  },
  {
    handle: "bapas-palembang-sale-pisang",
    name: "Bapas Palembang — sale pisang Banyuasin I",
    facility_name: "Bapas Kelas I Palembang",
    facility_type: "bapas",
    area: "banyuasin_i",
    craft_line: "pisang",
    tagline: "Pisang petani tetangga, dijemur dan diolah bersama.",
    story:
      "Di Kecamatan Banyuasin I, klien pemasyarakatan yang dulu sulit mendapat pekerjaan kini mengolah pisang dari kebun tetangga " +
      "menjadi sale pisang yang dijemur di bawah matahari dan diolesi madu. Pelatihan program TJSL Kilang Pertamina Plaju " +
      "mengajarkan pengeringan yang higienis, pencatatan kode produksi dan pembukuan sederhana. " +
      "Penghasilan dari setiap kemasan dibagi kepada anggota yang membuatnya.",
    image: "bapas-palembang-sale-pisang.svg",
    address: {
      address_1: "Rumah jemur kelompok, Kecamatan Banyuasin I",
      city: "Banyuasin",
      province: "Sumatera Selatan",
      country_code: "id",
    },
    en: {
      name: "Palembang Probation Office — Banyuasin I dried banana",
      tagline: "Neighbours' bananas, sun-dried and made together.",
      story:
        "In Banyuasin I district, parolees who once struggled to find work now turn bananas from neighbouring gardens " +
        "into sale pisang, sun-dried and brushed with honey. Training from Kilang Pertamina Plaju's CSR programme (TJSL) " +
        "covers hygienic drying, production codes and simple bookkeeping. " +
        "The income from every pack is shared among the members who made it.",
    },
  },
  {
    handle: "rutan-palembang-tali-meiwa",
    name: "Rutan Palembang — anyaman tali meiwa",
    facility_name: "Rutan Kelas I Palembang",
    facility_type: "rutan",
    area: "other",
    craft_line: "tali_meiwa",
    tagline: "Anyaman warna-warni yang kuat dipakai bertahun-tahun.",
    story:
      "Di bengkel kerja rutan, gulungan tali meiwa berubah menjadi tas belanja, keranjang dan tempat tisu. " +
      "Satu tas sedang memerlukan sekitar satu hari kerja, dan setiap pola diajarkan dari anggota yang lebih dulu mahir " +
      "kepada anggota yang baru bergabung. Pelatihan dan bahan awal datang dari program TJSL Kilang Pertamina Plaju; " +
      "sebagian hasil penjualan kembali menjadi dana bahan kelompok.",
    image: "rutan-palembang-tali-meiwa.svg",
    address: {
      address_1: "Bengkel kerja, Rutan Kelas I Palembang",
      city: "Palembang",
      province: "Sumatera Selatan",
      country_code: "id",
    },
    en: {
      name: "Palembang Detention Centre — tali meiwa weaving",
      tagline: "Bright weaving built to last for years.",
      story:
        "In the detention centre's workshop, coils of tali meiwa plastic strap become shopping bags, baskets and tissue boxes. " +
        "A medium bag takes about a day's work, and every pattern is taught by members who mastered it first " +
        "to those who have just joined. Training and the first materials came from Kilang Pertamina Plaju's CSR programme (TJSL); " +
        "part of every sale goes back into the group's materials fund.",
    },
  },
  {
    handle: "lapas-palembang-eceng-gondok",
    name: "Lapas Palembang — anyaman eceng gondok",
    facility_name: "Lapas Kelas I Palembang",
    facility_type: "lapas",
    area: "other",
    craft_line: "eceng_gondok",
    tagline: "Gulma sungai menjadi tas dan topi yang layak disimpan.",
    story:
      "Eceng gondok yang menyumbat perairan dipanen, dijemur hingga kering, lalu dianyam menjadi tas, topi, kotak dan tempat pensil. " +
      "Kelompok ini belajar teknik anyam, pewarnaan alami dan penyelesaian rapi dari pelatih yang didatangkan program TJSL " +
      "Kilang Pertamina Plaju. Premi setiap anggota dicatat oleh lapas, dan keterampilannya menjadi bekal untuk bekerja " +
      "di sentra kerajinan setelah bebas.",
    image: "lapas-palembang-eceng-gondok.svg",
    address: {
      address_1: "Bengkel kerajinan, Lapas Kelas I Palembang",
      city: "Palembang",
      province: "Sumatera Selatan",
      country_code: "id",
    },
    en: {
      name: "Palembang Prison — water hyacinth weaving",
      tagline: "A river weed turned into bags and hats worth keeping.",
      story:
        "Water hyacinth that chokes the waterways is harvested, sun-dried and woven into bags, hats, boxes and pencil cases. " +
        "The group learned weaving, natural dyeing and neat finishing from trainers brought in by Kilang Pertamina Plaju's " +
        "CSR programme (TJSL). Each member's pay is recorded by the prison, and the skill prepares them for work " +
        "in a craft centre after release.",
    },
  },
  {
    handle: "lapas-narkotika-banyuasin-eceng-gondok",
    name: "Lapas Narkotika Banyuasin — sandal dan tikar eceng gondok",
    facility_name: "Lapas Narkotika Kelas IIA Banyuasin",
    facility_type: "lapas",
    area: "other",
    craft_line: "eceng_gondok",
    tagline: "Langkah baru, dianyam helai demi helai.",
    story:
      "Kelompok ini menganyam sandal, tikar, keranjang dan tempat tisu dari eceng gondok kering. " +
      "Pekerjaan yang tekun dan teratur menjadi bagian dari program pembinaan, dan pelatihan dari program TJSL " +
      "Kilang Pertamina Plaju menambahkan ukuran baku, kontrol mutu dan pengemasan untuk dijual. " +
      "Hasil penjualan dibagi sesuai aturan lapas: premi untuk anggota, dana bahan dan PNBP.",
    image: "lapas-narkotika-banyuasin-eceng-gondok.svg",
    address: {
      address_1: "Bengkel kerja, Lapas Narkotika Kelas IIA Banyuasin",
      city: "Banyuasin",
      province: "Sumatera Selatan",
      country_code: "id",
    },
    en: {
      name: "Banyuasin Narcotics Prison — water hyacinth sandals and mats",
      tagline: "A new start, woven strand by strand.",
      story:
        "This group weaves sandals, mats, baskets and tissue boxes from dried water hyacinth. " +
        "Patient, steady work is part of the rehabilitation programme, and training from Kilang Pertamina Plaju's " +
        "CSR programme (TJSL) added standard sizes, quality control and retail packaging. " +
        "Sales are shared by the prison's rules: pay for the members, a materials fund and state revenue (PNBP).",
    },
  },
]
