// Jawaban salah: `Mutex` tanpa `Arc`. Closure `move` pertama memindahkan
// `counts` ke thread-nya, jadi thread berikutnya tidak bisa memakainya lagi;
// compiler menolaknya (use of moved value).
// DITOLAK: E0382
let counts = Mutex::new(HashMap::new());
let mut handles = Vec::new();
for line in lines {
    handles.push(thread::spawn(move || {
        for word in words(line) {
            *counts.lock().unwrap().entry(word).or_insert(0) += 1;
        }
    }));
}
for handle in handles {
    handle.join().unwrap();
}
counts.into_inner().unwrap()
