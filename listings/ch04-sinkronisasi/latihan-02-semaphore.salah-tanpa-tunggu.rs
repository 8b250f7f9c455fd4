// Jawaban salah: `acquire` mengambil izin bila masih ada, tetapi tidak
// menunggu bila izinnya habis. Pekerja keempat langsung lewat, jadi batas tiga
// pemegang tidak berarti apa-apa.
// DITOLAK: pekerja memegang izin bersamaan
let mut permits = self.permits.lock().unwrap();
if *permits > 0 {
    *permits -= 1;
}
Permit { sem: self }
// LATIHAN_BERIKUTNYA
*self.sem.permits.lock().unwrap() += 1;
self.sem.cond.notify_one();
