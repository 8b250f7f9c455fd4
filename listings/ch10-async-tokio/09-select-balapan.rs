use std::time::Duration;
use tokio::sync::oneshot;
use tokio::time::{Instant, sleep_until};

/// Milidetik sejak `start`.
fn ms(start: Instant) -> u128 {
    start.elapsed().as_millis()
}

// ANCHOR: request
/// Mencetak pesan bila future pemiliknya di-drop sebelum selesai.
struct DropGuard {
    start: Instant,
    done: bool,
}

impl Drop for DropGuard {
    fn drop(&mut self) {
        if !self.done {
            println!(
                "  request: di-drop pada {} ms, belum selesai",
                ms(self.start)
            );
        }
    }
}

/// Request tiruan yang selesai `delay` ms setelah `start`.
async fn request(start: Instant, delay: u64) -> &'static str {
    let mut guard = DropGuard { start, done: false };
    sleep_until(start + Duration::from_millis(delay)).await;
    guard.done = true;
    println!("  request: selesai pada {} ms", ms(start));
    "200 OK"
}
// ANCHOR_END: request

// ANCHOR: balapan
/// Request melawan batas waktu 200 ms dan sinyal berhenti (bila ada).
async fn race(request_ms: u64, stop_ms: Option<u64>) {
    let start = Instant::now();
    let (stop_tx, stop_rx) = oneshot::channel::<()>();
    if let Some(ms) = stop_ms {
        // Task lain "menekan tombol berhenti" setelah `ms` milidetik.
        tokio::spawn(async move {
            sleep_until(start + Duration::from_millis(ms)).await;
            let _ = stop_tx.send(());
        });
    } // Tanpa sinyal: `stop_tx` tetap hidup sampai akhir fungsi.
    let limit = start + Duration::from_millis(200);

    tokio::select! {
        r = request(start, request_ms) => println!("  menang: request ({r})"),
        _ = sleep_until(limit) => println!("  menang: batas waktu"),
        _ = stop_rx => println!("  menang: sinyal berhenti"),
    }
    println!("  select! selesai pada {} ms", ms(start));
}

#[tokio::main]
async fn main() {
    println!("Putaran 1: request 50 ms, batas 200 ms, tanpa sinyal");
    race(50, None).await;
    println!("Putaran 2: request 1000 ms, batas 200 ms, tanpa sinyal");
    race(1000, None).await;
    println!("Putaran 3: request 1000 ms, batas 200 ms, sinyal 100 ms");
    race(1000, Some(100)).await;
}
// ANCHOR_END: balapan
