// Jawaban salah: ujung tulis induk sudah ditutup, tetapi induk menunggu semua
// pekerja (`join`) sebelum membaca. Pipa hanya memuat sekitar 64 KiB; setelah
// penuh, `write_all` pekerja tertahan sampai ada yang membaca, sementara induk
// menunggu pekerja itu selesai. Keduanya saling menunggu selamanya.
// DITOLAK: tertahan di `write_all`
let (reader, writer) = io::pipe()?;
let mut workers = Vec::new();
for task in 0..WORKERS {
    let out = writer.try_clone()?;
    workers.push(thread::spawn(move || worker(task, out)));
}
drop(writer);
for w in workers {
    w.join().unwrap();
}
BufReader::new(reader).lines().collect()
