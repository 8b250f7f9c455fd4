// Jawaban salah: kode semula. Tugas `rayon::spawn` boleh hidup lebih lama
// daripada `word_counts`, jadi compiler menolak closure yang meminjam `docs`
// (E0521) dan `counts` (E0597, lalu E0505 karena `counts` dikembalikan selagi
// masih dipinjam).
// DITOLAK: E0505, E0521, E0597
let mut counts = vec![0; docs.len()];
for (slot, doc) in counts.iter_mut().zip(docs) {
    rayon::spawn(move || *slot = count_words(doc));
}
counts
