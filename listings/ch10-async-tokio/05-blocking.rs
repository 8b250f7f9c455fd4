use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering::SeqCst};
use std::time::{Duration, Instant};
use tokio::time::sleep;

// ANCHOR: pembantu
/// Penanda yang dibagi antara ticker dan pekerjaan blocking.
#[derive(Default)]
struct Flags {
    busy: AtomicBool, // pekerjaan blocking sedang berjalan
    done: AtomicBool, // pekerjaan blocking sudah selesai
}

/// Pekerjaan yang memblokir thread-nya selama 300 ms.
fn blocking_work(flags: &Flags) {
    flags.busy.store(true, SeqCst);
    std::thread::sleep(Duration::from_millis(300));
    flags.busy.store(false, SeqCst);
    flags.done.store(true, SeqCst);
}

/// Berdetak setiap 20 ms sampai pekerjaan blocking selesai. Mengembalikan
/// jumlah tick yang terjadi *selama* pekerjaan itu berjalan, dan jeda terlama.
async fn ticker(flags: Arc<Flags>) -> (u32, Duration) {
    let (mut during, mut worst, mut last) = (0, Duration::ZERO, Instant::now());
    while !flags.done.load(SeqCst) {
        sleep(Duration::from_millis(20)).await;
        worst = worst.max(last.elapsed());
        last = Instant::now();
        if flags.busy.load(SeqCst) {
            during += 1;
        }
    }
    (during, worst)
}
// ANCHOR_END: pembantu

// ANCHOR: inti
// Satu thread saja: hasilnya tidak bergantung pada jumlah core.
#[tokio::main(flavor = "current_thread")]
async fn main() {
    // Fase 1: std::thread::sleep di dalam tugas async memblokir thread runtime.
    let flags = Arc::new(Flags::default());
    let tick = tokio::spawn(ticker(flags.clone()));
    let work = tokio::spawn(async move { blocking_work(&flags) });
    work.await.unwrap();
    let (during, worst) = tick.await.unwrap();
    println!("Dengan thread::sleep di dalam tugas async:");
    println!("  Tick selama pekerjaan blocking: {during}");
    println!("  Jeda tick terlama: {} ms", worst.as_millis());

    // Fase 2: pekerjaan yang sama dipindah ke thread blocking milik tokio.
    let flags = Arc::new(Flags::default());
    let tick = tokio::spawn(ticker(flags.clone()));
    let work = tokio::task::spawn_blocking(move || blocking_work(&flags));
    let (during, worst) = tick.await.unwrap();
    work.await.unwrap();
    println!("Dengan spawn_blocking:");
    println!("  Tick selama pekerjaan blocking: {during}");
    println!("  Jeda tick terlama: {} ms", worst.as_millis());
}
// ANCHOR_END: inti
