use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

// ANCHOR: worker
type SharedMap = Arc<Mutex<HashMap<String, String>>>;

fn worker_dict(shared: SharedMap, key: String, value: String) {
    thread::sleep(Duration::from_millis(50)); // 0,5 detik di tutorial asli
    // Lock hanya dipegang selama satu pernyataan ini.
    shared.lock().unwrap().insert(key.clone(), value.clone());
    println!("  Set {key} = {value}");
}
// ANCHOR_END: worker

fn main() {
    // ANCHOR: inti
    let shared = Arc::new(Mutex::new(HashMap::new()));

    let handles: Vec<_> = (0..5)
        .map(|i| {
            let shared = Arc::clone(&shared);
            let (key, value) = (format!("key{i}"), format!("val{i}"));
            thread::spawn(move || worker_dict(shared, key, value))
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }

    // Semua worker sudah selesai: `main` memegang satu-satunya Arc, jadi
    // HashMap-nya bisa diambil kembali tanpa lock.
    let map = Arc::into_inner(shared).unwrap().into_inner().unwrap();
    // HashMap tidak berurutan; BTreeMap mencetaknya urut per kunci.
    let sorted: BTreeMap<_, _> = map.into_iter().collect();
    println!("Dict bersama: {sorted:?}");
    // ANCHOR_END: inti
}
