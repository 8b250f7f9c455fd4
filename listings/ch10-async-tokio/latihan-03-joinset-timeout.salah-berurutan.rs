// Jawaban salah: setiap fetch punya batas waktunya sendiri, tetapi ditunggu
// satu per satu. Fetch untuk 1 menunggu fetch 2, 3, dan 5, yang belum
// dimulai, jadi ia (dan 2 dan 3) kehabisan waktu.
// DITOLAK: lebih dari satu fetch kehabisan waktu
let mut results = Vec::new();
for id in ids {
    results.push(timeout(LIMIT, fetch(id)).await.ok());
}
results
