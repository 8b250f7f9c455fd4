use std::time::{Duration, Instant};
use tokio::time::sleep;

/// Lima "tick" tiap 20 ms; mengembalikan jeda terlama antara dua tick.
async fn ticker() -> Duration {
    let mut last = Instant::now();
    let mut worst = Duration::ZERO;
    for _ in 0..5 {
        sleep(Duration::from_millis(20)).await;
        worst = worst.max(last.elapsed());
        last = Instant::now();
    }
    worst
}

// ANCHOR: inti
// Satu thread saja: hasilnya tidak bergantung pada jumlah core.
#[tokio::main(flavor = "current_thread")]
async fn main() {
    // Fase 1: std::thread::sleep di dalam tugas async memblokir thread runtime.
    let start = Instant::now();
    let tick = tokio::spawn(ticker());
    let blocker = tokio::spawn(async { std::thread::sleep(Duration::from_millis(200)) });
    blocker.await.unwrap();
    let worst = tick.await.unwrap();
    let blocked = start.elapsed();
    println!("Dengan thread::sleep di tugas async:");
    println!("  Jeda tick terlama: {} ms", worst.as_millis());
    println!("  Waktu ticker: {} ms", blocked.as_millis());

    // Fase 2: pekerjaan yang memblokir dipindah ke thread lain.
    let start = Instant::now();
    let tick = tokio::spawn(ticker());
    let blocker = tokio::task::spawn_blocking(|| std::thread::sleep(Duration::from_millis(200)));
    let worst = tick.await.unwrap();
    let fixed = start.elapsed();
    blocker.await.unwrap();
    println!("Dengan spawn_blocking:");
    println!("  Jeda tick terlama: {} ms", worst.as_millis());
    println!("  Waktu ticker: {} ms", fixed.as_millis());
}
// ANCHOR_END: inti
