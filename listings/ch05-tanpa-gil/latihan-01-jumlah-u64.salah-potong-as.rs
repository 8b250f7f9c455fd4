// Jawaban salah: menghitung dengan `u128` (benar), lalu memotongnya ke `u64`
// dengan `as`. `as` tidak pernah gagal: bit yang tidak muat dibuang, jadi
// jumlah yang terlalu besar menjadi sisa baginya dengan 2^64, persis seperti
// `wrapping_add`.
// DITOLAK: tidak muat di u64, tetapi Anda mengembalikan Some
let mut total: u128 = 0;
for i in 0..n {
    total += u128::from(i * i);
}
Some(total as u64)
