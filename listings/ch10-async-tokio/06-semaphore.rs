use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use tokio::sync::Semaphore;
use tokio::task::JoinSet;

const REQUESTS: usize = 1_000;
const LIMIT: usize = 50;

// ANCHOR: inti
#[tokio::main]
async fn main() {
    let permits = Arc::new(Semaphore::new(LIMIT));
    let in_flight = Arc::new(AtomicUsize::new(0));
    let peak = Arc::new(AtomicUsize::new(0));
    let start = Instant::now();

    let mut set = JoinSet::new();
    for id in 0..REQUESTS {
        let permits = Arc::clone(&permits);
        let in_flight = Arc::clone(&in_flight);
        let peak = Arc::clone(&peak);
        set.spawn(async move {
            // Tunggu izin; izin kembali otomatis saat `_permit` di-drop.
            let _permit = permits.acquire().await.unwrap();
            let now = in_flight.fetch_add(1, Ordering::SeqCst) + 1;
            peak.fetch_max(now, Ordering::SeqCst);
            // "Request jaringan" 10 ms.
            tokio::time::sleep(Duration::from_millis(10)).await;
            in_flight.fetch_sub(1, Ordering::SeqCst);
            id
        });
    }
    let done = set.join_all().await.len();

    println!("Request selesai: {done} dari {REQUESTS}");
    println!("Batas semaphore: {LIMIT}");
    println!("Puncak request bersamaan: {}", peak.load(Ordering::SeqCst));
    println!("Waktu total: {} ms", start.elapsed().as_millis());
}
// ANCHOR_END: inti
