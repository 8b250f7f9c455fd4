// Jawaban salah: semua hasil terkumpul, tetapi galatnya dimasukkan apa
// adanya. "terpotong (3452 dari 6912 byte piksel)" tidak memberi tahu berkas
// mana yang harus diperiksa.
// DITOLAK: tidak memuat tepat satu pesan dengan nama dan alasan itu
let results: Vec<Result<(String, u32), String>> = images
    .par_iter()
    .map(|img| process_image(img).map(|sum| (img.name.clone(), sum)))
    .collect();
let mut report = Report::default();
for result in results {
    match result {
        Ok(done) => report.done.push(done),
        Err(e) => report.failed.push(e),
    }
}
report
