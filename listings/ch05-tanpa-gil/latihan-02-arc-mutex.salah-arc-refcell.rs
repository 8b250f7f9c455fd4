// Jawaban salah: hanya `Rc` yang diganti `Arc`. Penghitung pemiliknya kini
// atomik, tetapi isinya tetap `RefCell`, yang tidak `Sync`. `Arc<T>` hanya
// `Send` bila `T` `Send + Sync`, jadi compiler tetap menolak.
// DITOLAK: E0277
use std::cell::RefCell;
let results = Arc::new(RefCell::new(Vec::new()));
let mut handles = Vec::new();
for x in 1..=4 {
    let results = Arc::clone(&results);
    handles.push(thread::spawn(move || {
        results.borrow_mut().push(square(x));
    }));
}
for handle in handles {
    handle.join().unwrap();
}
results.take()
