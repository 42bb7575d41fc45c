import { MIN_GROUP } from "./suppression"

export const METHOD_VERSION = "2026-12"

/**
 * How the impact figures are made, for the sponsor report, the exports and the
 * public page (Indonesian first; English the same text). One source so every
 * place says the same thing.
 */
export const METHOD_NOTE = {
  version: METHOD_VERSION,
  min_group: MIN_GROUP,
  id: {
    title: "Catatan metode",
    sections: [
      {
        heading: "Penerima manfaat",
        text: "Penerima manfaat adalah peserta program: warga binaan (WBP) di lapas/rutan, klien pemasyarakatan di bawah bimbingan Bapas, dan mantan klien yang tetap berproduksi. Setiap peserta hanya dikenal dengan kode samaran; nama tidak pernah dicetak. Peserta yang pindah ke kelompok Bapas setelah bebas tetap memakai kode dan riwayat yang sama. Wilayah peserta adalah wilayah tempat tinggalnya, atau wilayah kelompoknya bila tidak dicatat (ring 1: Kecamatan Plaju dan Kecamatan Banyuasin I). Rincian per status memakai status peserta saat ini (WBP di dalam, klien pembebasan bersyarat, atau sudah bebas), bukan statusnya pada tanggal penjualan.",
      },
      {
        heading: "Apa yang dihitung sebagai pendapatan",
        text: "Pendapatan peserta adalah bagian peserta dari setiap penjualan yang pembayarannya sudah diterima, menurut aturan bagi hasil, dicatat di buku besar pada tanggal pembayaran diterima; refund dan pembatalan mengurangi pada tanggal terjadinya. Angka 'dibayarkan' adalah bagian yang sudah diserahkan lewat laporan pembayaran berstatus dibayar, menurut tanggal pembayarannya. Penjualan adalah pendapatan bersih baris pesanan (setelah diskon, tanpa ongkos kirim) menurut buku besar; unit dihitung pada tanggal penjualan dan dikurangi bila baris itu dikembalikan seluruhnya. Dana bahan adalah jumlah bagian dana bahan kelompok sejak awal sampai akhir periode. Pelatihan dan input program tidak pernah diketik sebagai angka hasil: pelatihan dihitung dari daftar hadir, input dari catatan operator per bulan. Pendapatan per rupiah input = total pendapatan peserta dalam pilihan ÷ seluruh input program pada bulan-bulan periode.",
      },
      {
        heading: "Kelompok kecil",
        text: `Jumlah orang selalu ditampilkan, tetapi rupiah dan median dari kelompok dengan 1 sampai ${MIN_GROUP - 1} orang tidak pernah ditampilkan: nilainya dikosongkan dan ditandai 'disembunyikan'. Bila hanya satu kelompok dalam satu rincian (wilayah, kelompok) yang disembunyikan, kelompok terkecil berikutnya ikut disembunyikan agar nilainya tidak dapat dihitung dari total. Median hanya ditampilkan untuk sedikitnya ${MIN_GROUP} peserta berpendapatan.`,
      },
      {
        heading: "Kemandirian",
        text: `Indikator kemandirian: dari klien Bapas dalam pilihan, berapa yang memperoleh pendapatan bersih di sedikitnya 3 dari 6 bulan kalender terakhir yang berakhir pada bulan akhir periode (dari kelompok dan saluran mana pun). Bila klien kurang dari ${MIN_GROUP}, angkanya disembunyikan.`,
      },
    ],
  },
  en: {
    title: "Method note",
    sections: [
      {
        heading: "Beneficiaries",
        text: "Beneficiaries are the programme's participants: inmates (WBP) in prisons and remand centres, parolees (klien) supervised by Bapas, and released people who keep producing. Each participant is known only by a pseudonymous code; names are never printed. A participant who moves to a Bapas cohort after release keeps the same code and history. A participant's area is where they live, or their cohort's area when not recorded (ring 1: Kecamatan Plaju and Kecamatan Banyuasin I). The breakdown by status uses each participant's status now (WBP inside, klien on parole, or released), not their status on the day of the sale.",
      },
      {
        heading: "What counts as income",
        text: "A participant's income is their share of each sale whose payment was received, under the revenue-share rule, booked in the ledger on the day the payment was received; refunds and cancellations subtract on the day they happen. 'Paid' is the share handed over through payout statements marked paid, by the day they were paid. Sales are the order lines' net revenue (after discounts, without shipping) as the ledger has it; units count on the day of the sale and come off when the whole line is returned. The material fund is the cohort's material-fund share from the start to the end of the period. Trainings and programme inputs are never typed in as results: trainings are counted from attendance, inputs from the operator's monthly records. Income per rupiah of input = total income of the selected participants ÷ all programme input in the period's months.",
      },
      {
        heading: "Small groups",
        text: `Numbers of people are always shown, but the rupiah and medians of a group of 1 to ${MIN_GROUP - 1} people never are: the value is left empty and marked 'suppressed'. When only one group of a breakdown (area, cohort) is suppressed, the next smallest is suppressed too, so its value cannot be worked out from the total. Medians are shown only for at least ${MIN_GROUP} earners.`,
      },
      {
        heading: "Kemandirian (independence)",
        text: `The independence indicator: of the selected Bapas parolees (klien), how many had net income in at least 3 of the 6 calendar months ending with the period's last month (from any cohort or channel). With fewer than ${MIN_GROUP} klien it is suppressed.`,
      },
    ],
  },
} as const
