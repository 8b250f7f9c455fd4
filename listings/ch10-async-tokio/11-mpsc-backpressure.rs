use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::{Instant, sleep};

// ANCHOR: inti
/// Produsen cepat: `send().await` menunggu selama buffer penuh.
async fn producer(name: &str, tx: mpsc::Sender<String>, start: Instant) {
    for i in 1..=3 {
        let item = format!("{name}-{i}");
        tx.send(item.clone()).await.expect("konsumen masih hidup");
        println!("{item} masuk pada {} ms", start.elapsed().as_millis());
    }
} // `tx` di-drop di sini

#[tokio::main]
async fn main() {
    let start = Instant::now();
    // Channel terbatas: paling banyak 2 item menunggu di buffer.
    let (tx, mut rx) = mpsc::channel(2);
    tokio::spawn(producer("A", tx.clone(), start));
    tokio::spawn(producer("B", tx, start)); // `tx` asli ikut pindah

    // Konsumen lambat: 50 ms per item. `recv()` mengembalikan None
    // setelah semua Sender di-drop dan buffer kosong.
    let mut count = 0;
    while let Some(item) = rx.recv().await {
        sleep(Duration::from_millis(50)).await;
        count += 1;
        println!("  konsumen: item ke-{count} ({item}) selesai diproses");
    }
    println!("Channel ditutup: semua Sender di-drop, {count} item diterima");
    println!("Selesai pada {} ms", start.elapsed().as_millis());
}
// ANCHOR_END: inti
