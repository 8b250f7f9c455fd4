use std::sync::RwLock;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::Duration;

struct Config {
    version: u32,
    timeout_ms: u32, // selalu version * 100: dua field yang harus cocok
}

fn main() {
    let config = RwLock::new(Config {
        version: 0,
        timeout_ms: 0,
    });
    // Penghitung statistik. `Relaxed` cukup: pembaca menaikkan dan
    // menurunkannya sambil memegang read lock, penulis membacanya sambil
    // memegang write lock, dan RwLock sudah mengurutkan keduanya.
    let inside = AtomicUsize::new(0); // pembaca di dalam saat ini
    let peak = AtomicUsize::new(0);
    let seen_by_writer = AtomicUsize::new(0);

    thread::scope(|s| {
        for id in 0..4 {
            let (config, inside, peak) = (&config, &inside, &peak);
            s.spawn(move || {
                let mut seen = Vec::new();
                for _ in 0..4 {
                    // Banyak pembaca boleh masuk sekaligus.
                    let cfg = config.read().unwrap();
                    let now = inside.fetch_add(1, Ordering::Relaxed) + 1;
                    peak.fetch_max(now, Ordering::Relaxed);
                    let whole = cfg.timeout_ms == cfg.version * 100;
                    assert!(whole, "data setengah jadi!");
                    seen.push(cfg.version);
                    thread::sleep(Duration::from_millis(20));
                    inside.fetch_sub(1, Ordering::Relaxed);
                    drop(cfg);
                    thread::sleep(Duration::from_millis(10));
                }
                println!("Pembaca {id} melihat versi: {seen:?}");
            });
        }
        s.spawn(|| {
            for _ in 0..3 {
                thread::sleep(Duration::from_millis(25));
                // Menunggu sampai semua pembaca keluar.
                let mut cfg = config.write().unwrap();
                let readers = inside.load(Ordering::Relaxed);
                seen_by_writer.fetch_add(readers, Ordering::Relaxed);
                cfg.version += 1;
                cfg.timeout_ms = cfg.version * 100;
                println!("Penulis: versi {} diterbitkan", cfg.version);
            }
        });
    });

    let cfg = config.into_inner().unwrap();
    let (version, timeout) = (cfg.version, cfg.timeout_ms);
    println!("Versi akhir: {version}, timeout: {timeout} ms");
    let peak = peak.load(Ordering::Relaxed);
    println!("Puncak pembaca bersamaan: {peak}");
    let seen = seen_by_writer.load(Ordering::Relaxed);
    println!("Pembaca di dalam saat penulis menulis: {seen}");
}
