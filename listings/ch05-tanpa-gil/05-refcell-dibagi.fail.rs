use std::cell::RefCell;
use std::thread;

fn main() {
    // RefCell memeriksa peminjaman saat runtime, dengan penghitung biasa.
    let counter = RefCell::new(0);
    thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| {
                *counter.borrow_mut() += 1;
            });
        }
    });
    println!("Counter: {}", counter.borrow());
}
