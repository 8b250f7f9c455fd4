// Jawaban salah: rekursinya benar dan berhenti di cut-off, tetapi kedua paruh
// dijumlahkan satu demi satu di thread yang sama. Jumlahnya benar, tidak ada
// yang paralel: potongan pertama menunggu pasangan yang tidak pernah datang.
// DITOLAK: tidak pernah ada dua potongan yang berjalan bersamaan
if v.len() <= CUTOFF {
    return leaf_sum(v);
}
let (left, right) = v.split_at(v.len() / 2);
parallel_sum(left) + parallel_sum(right)
