//! Soal: `abort()` baru berlaku di titik `.await` berikutnya.
use std::time::Duration;

#[tokio::main]
async fn main() {
    let (started_tx, started_rx) = tokio::sync::oneshot::channel();
    let handle = tokio::spawn(async move {
        started_tx.send(()).unwrap();
        let start = std::time::Instant::now();
        while start.elapsed() < Duration::from_millis(100) {} // tanpa .await
        println!("loop selesai");
        std::future::pending::<()>().await; // menunggu selamanya
    });
    started_rx.await.unwrap();
    handle.abort();
    println!("dibatalkan: {}", handle.await.unwrap_err().is_cancelled());
}
