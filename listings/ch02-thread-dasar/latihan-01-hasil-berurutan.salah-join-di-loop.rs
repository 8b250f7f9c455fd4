// Jawaban salah: setiap thread langsung di-join setelah dibuat. Thread
// berikutnya baru dibuat setelah yang sebelumnya selesai, jadi tidak ada yang
// berjalan bersamaan; di sini `slow_square(3)` menunggu thread 4 dan 5
// selamanya.
// DITOLAK: tidak selesai dalam 3 detik
let mut results = Vec::new();
for x in inputs {
    let handle = thread::spawn(move || slow_square(x));
    results.push(handle.join().unwrap());
}
results
