// Jawaban salah: semua fetch berjalan bersamaan di `JoinSet`, tetapi tanpa
// `timeout`. Fetch untuk 4 tidak pernah menjawab, jadi perulangan
// `join_next` menunggunya selamanya.
// DITOLAK: tidak selesai dalam 3 detik
let mut set = JoinSet::new();
for (i, id) in ids.into_iter().enumerate() {
    set.spawn(async move { (i, Some(fetch(id).await)) });
}
let mut results = Vec::new();
while let Some(done) = set.join_next().await {
    results.push(done.unwrap());
}
results.sort_by_key(|(i, _)| *i);
results.into_iter().map(|(_, data)| data).collect()
