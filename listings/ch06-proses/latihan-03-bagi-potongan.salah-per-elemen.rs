// Jawaban salah: satu thread per elemen. Isinya benar, tetapi 10 elemen
// berarti 10 thread untuk 2 pekerja. Di Python, itu 10 proses untuk mengisi
// 10 bilangan.
// DITOLAK: Anda memakai 10 thread
thread::scope(|s| {
    for (i, part) in data.chunks_mut(1).enumerate() {
        s.spawn(move || fill(part, i));
    }
});
