// Jawaban salah: membaca sudah sebelum menunggu, tetapi induk lupa menutup
// salinan ujung tulisnya sendiri. Semua pekerja selesai dan menutup salinan
// mereka, namun selama satu salinan masih terbuka pipa tidak pernah mencapai
// EOF, dan `lines()` menunggu baris berikutnya selamanya.
// DITOLAK: induk tidak pernah mendapat EOF
let (reader, writer) = io::pipe()?;
let mut workers = Vec::new();
for task in 0..WORKERS {
    let out = writer.try_clone()?;
    workers.push(thread::spawn(move || worker(task, out)));
}
let lines = BufReader::new(reader).lines().collect();
for w in workers {
    w.join().unwrap();
}
lines
