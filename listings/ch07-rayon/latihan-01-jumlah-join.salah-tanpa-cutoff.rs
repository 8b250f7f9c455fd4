// Jawaban salah: `join` dipakai, tetapi pembelahan baru berhenti di satu
// elemen. Jumlahnya benar, namun 20.000 potongan berarti hampir 20.000 `join`,
// masing-masing lebih mahal daripada menjumlahkan satu bilangan.
// DITOLAK: potongan terpendek hanya 1 elemen
if v.len() <= 1 {
    return leaf_sum(v);
}
let (left, right) = v.split_at(v.len() / 2);
let (a, b) = rayon::join(|| parallel_sum(left), || parallel_sum(right));
a + b
