// Jawaban salah: seperti `shutdown(wait=False)` di Python. Antrean ditutup dan
// handle pekerja dibuang tanpa ditunggu, jadi `shutdown` kembali saat tugas
// masih mengantre; bila `main` selesai sekarang, tugas-tugas itu hilang.
// Jumlah yang dilaporkan pun hanya tebakan dari banyaknya tugas yang dikirim.
// DITOLAK: shutdown kembali saat baru
let mut done = 0;
while let Ok(job) = receiver.recv() {
    job();
    done += 1;
}
done
// LATIHAN_BERIKUTNYA
drop(self.sender);
drop(self.workers);
JOBS
