use std::sync::RwLock;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::Duration;

struct Config {
    version: u32,
    timeout_ms: u32, // selalu version * 100: dua field yang harus cocok
}

fn main() {
    // ANCHOR: inti
    let config = RwLock::new(Config {
        version: 0,
        timeout_ms: 0,
    });
    // Penghitung statistik. `Relaxed` cukup: pembaca menaikkan dan
    // menurunkannya sambil memegang read lock, penulis membacanya sambil
    // memegang write lock, dan RwLock sudah mengurutkan keduanya.
    let readers_inside = AtomicUsize::new(0);
    let peak_readers = AtomicUsize::new(0);
    let readers_during_write = AtomicUsize::new(0);

    thread::scope(|s| {
        for id in 0..4 {
            let (config, inside, peak) = (&config, &readers_inside, &peak_readers);
            s.spawn(move || {
                let mut seen = Vec::new();
                for _ in 0..4 {
                    let cfg = config.read().unwrap(); // banyak pembaca sekaligus
                    let now = inside.fetch_add(1, Ordering::Relaxed) + 1;
                    peak.fetch_max(now, Ordering::Relaxed);
                    assert_eq!(cfg.timeout_ms, cfg.version * 100, "data setengah jadi!");
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
                let mut cfg = config.write().unwrap(); // menunggu semua pembaca keluar
                readers_during_write
                    .fetch_add(readers_inside.load(Ordering::Relaxed), Ordering::Relaxed);
                cfg.version += 1;
                cfg.timeout_ms = cfg.version * 100;
                println!("Penulis: versi {} diterbitkan", cfg.version);
            }
        });
    });

    let cfg = config.into_inner().unwrap();
    println!(
        "Versi akhir: {}, timeout: {} ms",
        cfg.version, cfg.timeout_ms
    );
    println!(
        "Puncak pembaca bersamaan: {}",
        peak_readers.load(Ordering::Relaxed)
    );
    println!(
        "Pembaca di dalam saat penulis menulis: {}",
        readers_during_write.load(Ordering::Relaxed)
    );
    // ANCHOR_END: inti
}
