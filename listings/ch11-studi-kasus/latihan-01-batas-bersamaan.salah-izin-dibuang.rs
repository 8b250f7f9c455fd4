// Jawaban salah: izinnya diambil, tetapi `let _ = ...` tidak mengikat nilai
// apa pun, jadi izin langsung di-drop (dan dikembalikan) sebelum `fetch`
// dimulai. Semaphore-nya tidak membatasi apa-apa: kedua belas permintaan
// berjalan bersamaan.
// DITOLAK: 12 halaman diambil bersamaan, batasnya 4
let permits = Arc::new(Semaphore::new(limit));
let mut tasks = JoinSet::new();
for url in urls {
    let permits = Arc::clone(&permits);
    tasks.spawn(async move {
        let _ = permits.acquire_owned().await.unwrap();
        fetch(url).await
    });
}
let mut pages = Vec::new();
while let Some(joined) = tasks.join_next().await {
    pages.push(joined.unwrap());
}
pages
