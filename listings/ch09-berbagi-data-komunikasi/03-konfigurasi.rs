use std::sync::{Arc, Barrier, RwLock};
use std::thread;

// ANCHOR: inti
#[derive(Debug)]
struct Config {
    app_name: String,
    version: String,
}

fn main() {
    let config = Arc::new(RwLock::new(Config {
        app_name: "MyApp".to_string(),
        version: "1.0".to_string(),
    }));

    // Tiga pembaca memegang read lock *bersamaan*: masing-masing menunggu di
    // barrier sambil tetap memegang guard-nya. Dengan Mutex, program ini
    // akan macet selamanya.
    let barrier = Arc::new(Barrier::new(3));
    let readers: Vec<_> = (1..=3)
        .map(|i| {
            let config = Arc::clone(&config);
            let barrier = Arc::clone(&barrier);
            thread::spawn(move || {
                let cfg = config.read().unwrap();
                barrier.wait();
                println!("Pembaca {i}: {} v{}", cfg.app_name, cfg.version);
            })
        })
        .collect();
    for r in readers {
        r.join().unwrap();
    }
    println!("Ketiga pembaca memegang read lock pada saat yang sama");

    // Penulis butuh akses eksklusif: write() menunggu semua pembaca selesai.
    config.write().unwrap().version = "1.1".to_string();
    let cfg = config.read().unwrap();
    println!(
        "Namespace setelah diperbarui: {} v{}",
        cfg.app_name, cfg.version
    );
}
// ANCHOR_END: inti
