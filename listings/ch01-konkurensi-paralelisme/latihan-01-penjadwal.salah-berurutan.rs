// Jawaban salah: setiap tugas dikerjakan sampai selesai, baru tugas
// berikutnya. Hasil akhirnya sama (semua langkah dikerjakan), tetapi tidak
// ada yang bergiliran.
// DITOLAK: itu berurutan, bukan bergiliran
let mut order = Vec::new();
for task in tasks.iter_mut() {
    while !task.finished() {
        order.push(task.step());
    }
}
order
