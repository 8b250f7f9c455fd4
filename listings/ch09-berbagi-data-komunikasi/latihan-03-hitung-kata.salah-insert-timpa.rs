// Jawaban salah: `insert(word, 1)` menimpa hitungan yang sudah ada, jadi
// setiap kata tercatat 1, berapa pun kemunculannya.
// DITOLAK: hitungan seharusnya
let counts = Arc::new(Mutex::new(HashMap::new()));
let mut handles = Vec::new();
for line in lines {
    let counts = Arc::clone(&counts);
    handles.push(thread::spawn(move || {
        for word in words(line) {
            counts.lock().unwrap().insert(word, 1);
        }
    }));
}
for handle in handles {
    handle.join().unwrap();
}
Arc::into_inner(counts).unwrap().into_inner().unwrap()
