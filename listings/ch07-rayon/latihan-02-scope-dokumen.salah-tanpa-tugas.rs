// Jawaban salah: lolos compiler dengan membuang tugasnya. Hasilnya benar,
// tetapi keenam dokumen dihitung satu per satu oleh thread yang sama.
// DITOLAK: tidak pernah ada dua dokumen yang dihitung bersamaan
docs.iter().map(|doc| count_words(doc)).collect()
