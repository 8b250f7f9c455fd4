//! Soal: `drop(guard)` sebelum `.await` belum cukup; compiler melihat
//! cakupan variabelnya.
use std::sync::{Arc, Mutex};
use std::time::Duration;

#[tokio::main]
async fn main() {
    let counter = Arc::new(Mutex::new(0));
    tokio::spawn(async move {
        let mut guard = counter.lock().unwrap();
        *guard += 1;
        drop(guard);
        tokio::time::sleep(Duration::from_millis(10)).await;
    });
}
