//! Soal: task B memanggil `std::thread::sleep(200 ms)` di runtime
//! `current_thread`, setelah task A menunggu tick pertamanya.
use std::time::{Duration, Instant};
use tokio::sync::oneshot;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (first_tick, after_first_tick) = oneshot::channel();
    let a = tokio::spawn(async move {
        let mut ticks = vec![Instant::now()];
        let mut first_tick = Some(first_tick);
        for _ in 0..15 {
            tokio::time::sleep(Duration::from_millis(20)).await;
            ticks.push(Instant::now());
            if let Some(tx) = first_tick.take() {
                let _ = tx.send(());
            }
        }
        ticks
    });
    let b = tokio::spawn(async move {
        after_first_tick.await.unwrap();
        std::thread::sleep(Duration::from_millis(200)); // memblokir satu-satunya thread
        Instant::now()
    });
    let b_done = b.await.unwrap();
    let ticks = a.await.unwrap();
    let longest = ticks.windows(2).map(|w| w[1] - w[0]).max().unwrap();
    println!("Jeda tick terpanjang: {} ms", longest.as_millis());
    println!(
        "Tick A setelah B selesai: {}",
        ticks.iter().filter(|&&t| t > b_done).count()
    );
}
