use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::sync_channel;
use std::thread;
use std::time::{Duration, Instant};

fn main() {
    let start = Instant::now();
    // Channel berkapasitas 3 berisi 3 "koneksi": channel itulah pool-nya.
    let (give_back, pool) = sync_channel::<u32>(3);
    for conn in 1..=3 {
        give_back.send(conn).unwrap();
    }
    // Receiver std hanya boleh dipakai satu thread pada satu waktu; Mutex
    // membuat 8 thread bisa bergiliran mengambil dari pool.
    let pool = Mutex::new(pool);
    // `Relaxed` cukup untuk penghitung ini: koneksi berpindah tangan lewat
    // channel, dan channel itulah yang mengurutkan `fetch_sub` pemakai lama
    // sebelum `fetch_add` pemakai berikutnya.
    let active = AtomicUsize::new(0);
    let peak = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);

    thread::scope(|s| {
        for id in 0..8 {
            let (pool, give_back) = (&pool, give_back.clone());
            let (active, peak, done) = (&active, &peak, &done);
            s.spawn(move || {
                // Menunggu sampai ada koneksi yang kembali ke pool.
                let conn = pool.lock().unwrap().recv().unwrap();
                let now = active.fetch_add(1, Ordering::Relaxed) + 1;
                peak.fetch_max(now, Ordering::Relaxed);
                println!("Query {id} memakai koneksi #{conn} (aktif: {now})");
                thread::sleep(Duration::from_millis(200));
                active.fetch_sub(1, Ordering::Relaxed);
                done.fetch_add(1, Ordering::Relaxed);
                give_back.send(conn).unwrap(); // kembalikan ke pool
            });
        }
    });

    println!("Puncak koneksi bersamaan: {}", peak.load(Ordering::Relaxed));
    println!("Jumlah query selesai: {}", done.load(Ordering::Relaxed));
    println!("Waktu total: {} ms", start.elapsed().as_millis());
}
