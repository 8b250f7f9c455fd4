//! Soal: 1000 task, `Semaphore::new(50)`, masing-masing tidur 10 ms.
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::Semaphore;
use tokio::task::JoinSet;

#[tokio::main]
async fn main() {
    let permits = Arc::new(Semaphore::new(50));
    let start = Instant::now();
    let mut tasks = JoinSet::new();
    for _ in 0..1000 {
        let permits = Arc::clone(&permits);
        tasks.spawn(async move {
            let _permit = permits.acquire().await.unwrap();
            tokio::time::sleep(Duration::from_millis(10)).await;
        });
    }
    let mut done = 0;
    while tasks.join_next().await.is_some() {
        done += 1;
    }
    println!("Selesai: {done}");
    println!("Waktu total: {} ms", start.elapsed().as_millis());
}
