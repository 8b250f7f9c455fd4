use std::sync::{Arc, Mutex};
use std::thread;

// ANCHOR: inti
fn worker_list(shared: Arc<Mutex<Vec<u32>>>, items: [u32; 2]) {
    for item in items {
        shared.lock().unwrap().push(item);
    }
}

fn main() {
    let shared = Arc::new(Mutex::new(Vec::new()));

    let handles: Vec<_> = (0..3)
        .map(|i| {
            let shared = Arc::clone(&shared);
            thread::spawn(move || worker_list(shared, [i * 10, i * 10 + 1]))
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }

    let mut list = shared.lock().unwrap().clone();
    println!("Urutan masuk: {list:?}");
    list.sort();
    println!("List bersama (urut): {list:?}");
}
// ANCHOR_END: inti
