// Jawaban salah: `acquire` benar, tetapi `drop` hanya mengembalikan izinnya
// tanpa membangunkan siapa pun. Pekerja yang sudah tidur di `wait_while` tidak
// tahu bahwa izinnya kembali, dan tidur selamanya (Condvar tidak punya
// ingatan); `thread::scope` menunggu mereka, jadi programnya macet.
// DITOLAK: kode Anda tidak selesai dalam 3 detik
let permits = self.permits.lock().unwrap();
let mut permits = self.cond.wait_while(permits, |p| *p == 0);
*permits -= 1;
Permit { sem: self }
// LATIHAN_BERIKUTNYA
*self.sem.permits.lock().unwrap() += 1;
