// Jawaban salah: `map` + `collect` ke `Result<Vec<_>, _>`, pola yang biasa
// untuk "semua atau tidak sama sekali". Di sini justru salah: begitu satu
// gambar gagal, hasilnya `Err` dengan galat itu saja, dan semua gambar yang
// berhasil ikut terbuang (pesannya pun tanpa nama berkas).
// DITOLAK: gambar utuh ada di laporan
let all: Result<Vec<(String, u32)>, String> = images
    .par_iter()
    .map(|img| process_image(img).map(|sum| (img.name.clone(), sum)))
    .collect();
match all {
    Ok(done) => Report {
        done,
        failed: Vec::new(),
    },
    Err(e) => Report {
        done: Vec::new(),
        failed: vec![e],
    },
}
