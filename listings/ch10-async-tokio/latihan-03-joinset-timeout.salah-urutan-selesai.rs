// Jawaban salah: hasil dikumpulkan dalam urutan `join_next`, yaitu urutan
// task SELESAI, tanpa indeks masukan.
// DITOLAK: urutan SELESAI
let mut set = JoinSet::new();
for id in ids {
    set.spawn(timeout(LIMIT, fetch(id)));
}
let mut results = Vec::new();
while let Some(done) = set.join_next().await {
    results.push(done.unwrap().ok());
}
results
