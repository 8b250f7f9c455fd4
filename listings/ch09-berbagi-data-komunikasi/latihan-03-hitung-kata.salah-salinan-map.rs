// Jawaban salah: setiap thread mendapat `clone()` dari sebuah `HashMap` biasa
// dan menghitung ke salinannya sendiri, seperti proses Python yang mengubah
// dict tanpa `Manager`. Map milik pemanggil tetap kosong.
// DITOLAK: map yang dikembalikan kosong
let counts: HashMap<&'static str, usize> = HashMap::new();
let mut handles = Vec::new();
for line in lines {
    let mut counts = counts.clone();
    handles.push(thread::spawn(move || {
        for word in words(line) {
            *counts.entry(word).or_insert(0) += 1;
        }
    }));
}
for handle in handles {
    handle.join().unwrap();
}
counts
