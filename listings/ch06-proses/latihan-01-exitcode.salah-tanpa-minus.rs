// Jawaban salah: nomor sinyal dikembalikan apa adanya. Hasil 6 untuk anak yang
// di-abort sama dengan hasil anak yang memanggil `process::exit(6)`; Python
// memberi tanda minus supaya keduanya bisa dibedakan.
// DITOLAK: seharusnya -6, bukan 6
match status.code() {
    Some(code) => code,
    None => status.signal().unwrap_or(0),
}
