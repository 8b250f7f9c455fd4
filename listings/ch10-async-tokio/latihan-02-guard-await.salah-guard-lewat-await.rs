// Jawaban salah: kode semula. Guard std `Mutex` masih hidup saat
// `save(*n).await` menyerahkan giliran; kunjungan kedua memanggil `lock()` dan
// memblokir satu-satunya thread runtime, jadi guard itu tidak pernah dilepas.
// DITOLAK: tidak selesai dalam 2 detik
let mut n = counter.lock().unwrap();
*n += 1;
save(*n).await;
