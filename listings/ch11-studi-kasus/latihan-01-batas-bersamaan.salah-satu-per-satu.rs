// Jawaban salah: semaphore dipakai dengan benar, tetapi tanpa tugas. `.await`
// pada `fetch` di dalam loop menunggu halaman ini selesai sebelum halaman
// berikutnya diminta, jadi tidak pernah ada dua permintaan bersamaan (server
// tiruan menahan jawabannya sampai ada empat, sehingga kodenya macet).
// DITOLAK: paling banyak 1 halaman pernah diambil bersamaan
let permits = Semaphore::new(limit);
let mut pages = Vec::new();
for url in urls {
    let _permit = permits.acquire().await.unwrap();
    pages.push(fetch(url).await);
}
pages
