use std::sync::atomic::Ordering;
use std::thread;

// Saklar loom (Bab 13): dengan `--cfg loom`, model loom memakai berkas ini
// apa adanya, hanya tipe atomiknya diganti versi loom.
#[allow(unexpected_cfgs)] // Playground tidak mengenal cfg `loom`
mod sync {
    #[cfg(loom)]
    pub use crate::loom_sync::atomic::{AtomicBool, AtomicU64};
    #[cfg(not(loom))]
    pub use std::sync::atomic::{AtomicBool, AtomicU64};
}
use self::sync::{AtomicBool, AtomicU64};

// ANCHOR: pesan
/// Penulis: isi data dulu, baru naikkan bendera.
fn publish(data: &AtomicU64, ready: &AtomicBool, value: u64) {
    data.store(value, Ordering::Relaxed);
    // SALAH: Relaxed hanya menjamin urutan di `ready` sendiri; tulisan ke
    // `data` di atas tidak dijanjikan ikut terlihat.
    ready.store(true, Ordering::Relaxed);
}

/// Pembaca: bila bendera sudah naik, ambil datanya.
fn try_read(data: &AtomicU64, ready: &AtomicBool) -> Option<u64> {
    if ready.load(Ordering::Relaxed) {
        Some(data.load(Ordering::Relaxed))
    } else {
        None
    }
}
// ANCHOR_END: pesan

const RUNS: u32 = 5_000;

fn main() {
    // ANCHOR: stres
    let mut stale = 0;
    for _ in 0..RUNS {
        let data = AtomicU64::new(0);
        let ready = AtomicBool::new(false);
        thread::scope(|s| {
            s.spawn(|| publish(&data, &ready, 42));
            // Tunggu sampai bendera naik, lalu lihat data apa yang terbaca.
            let seen = loop {
                if let Some(value) = try_read(&data, &ready) {
                    break value;
                }
                thread::yield_now();
            };
            if seen != 42 {
                stale += 1;
            }
        });
    }
    println!("Pesan dengan Relaxed: {RUNS} run");
    println!("Data basi terbaca: {stale}");
    // ANCHOR_END: stres
}
