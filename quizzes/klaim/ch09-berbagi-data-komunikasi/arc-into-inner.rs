//! Soal: kapan `Arc::into_inner` mengembalikan `None`.
use std::sync::{Arc, Mutex};

fn main() {
    let shared = Arc::new(Mutex::new(vec![1, 2]));
    let copy = Arc::clone(&shared);
    let other = Arc::clone(&shared);
    println!(
        "Masih ada salinan lain: {:?}",
        Arc::into_inner(copy).map(|_| "Some")
    );
    drop(other);
    let last = Arc::into_inner(shared).map(|m| m.into_inner().unwrap());
    println!("Satu-satunya pemilik: {last:?}");
}
