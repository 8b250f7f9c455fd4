// Jawaban salah: tidak ada guard yang melewati `.await`, tetapi baca dan tulis
// penghitung dipisah oleh `.await`. Ketiga kunjungan membaca 0 sebelum ada
// yang menulis, jadi semuanya menyimpan 1 dan dua kenaikan hilang.
// DITOLAK: penghitung seharusnya 3
let value = *counter.lock().unwrap() + 1;
save(value).await;
*counter.lock().unwrap() = value;
