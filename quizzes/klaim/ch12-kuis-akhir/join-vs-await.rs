//! Soal: `tokio::join!` dibanding `.await` satu per satu atas `async fn`,
//! ditambah `Sleep` yang dibuat di awal (klaim di penjelasan soal).
use std::time::{Duration, Instant};

async fn tidur(ms: u64) {
    tokio::time::sleep(Duration::from_millis(ms)).await;
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    tokio::join!(tidur(100), tidur(200), tidur(300));
    println!("A: {} ms", start.elapsed().as_millis());

    let start = Instant::now();
    tidur(100).await;
    tidur(200).await;
    tidur(300).await;
    println!("B: {} ms", start.elapsed().as_millis());

    let start = Instant::now();
    let a = tokio::time::sleep(Duration::from_millis(100));
    let b = tokio::time::sleep(Duration::from_millis(200));
    let c = tokio::time::sleep(Duration::from_millis(300));
    a.await;
    b.await;
    c.await;
    println!("Sleep dibuat di awal: {} ms", start.elapsed().as_millis());
}
