//! Soal: apa yang terjadi pada task bila `JoinHandle`-nya di-drop.
use std::time::Duration;

#[tokio::main]
async fn main() {
    let (tx, rx) = tokio::sync::oneshot::channel();
    let handle = tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(50)).await;
        tx.send("task selesai").unwrap();
    });
    drop(handle);
    match rx.await {
        Ok(msg) => println!("{msg}"),
        Err(_) => println!("task dibatalkan"),
    }
}
