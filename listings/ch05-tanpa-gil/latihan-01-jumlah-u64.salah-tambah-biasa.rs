// Jawaban salah: terjemahan harfiah `cpu_bound` dengan `+` biasa, seperti
// Listing 5.1. Di build debug penjumlahan yang meluap membuat program panic;
// di build release (Run di Playground bisa memilihnya) hasilnya terbungkus
// diam-diam. Keduanya ditolak; `cargo test` memakai build debug.
// DITOLAK: kode Anda panic: attempt to add with overflow
let mut total: u64 = 0;
for i in 0..n {
    total += i * i;
}
Some(total)
