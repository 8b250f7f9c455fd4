// Jawaban salah: ukuran potongan `len / workers`, dibulatkan ke bawah. Untuk
// 10 elemen dan 2 pekerja hasilnya pas (5 + 5), tetapi untuk 10 elemen dan
// 3 pekerja potongannya 3 elemen, jadi ada 4 potongan: satu thread lebih banyak
// daripada pekerjanya. (Untuk 3 elemen dan 5 pekerja ukurannya malah 0, dan
// `chunks_mut(0)` panic.)
// DITOLAK: untuk 10 elemen, 3 pekerja Anda memakai 4 thread
let size = data.len() / workers;
thread::scope(|s| {
    for (n, part) in data.chunks_mut(size).enumerate() {
        s.spawn(move || fill(part, n * size));
    }
});
