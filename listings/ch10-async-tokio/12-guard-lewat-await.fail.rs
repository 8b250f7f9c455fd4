use std::sync::{Arc, Mutex};
use std::time::Duration;

#[tokio::main]
async fn main() {
    let hits = Arc::new(Mutex::new(0));
    let shared = Arc::clone(&hits);
    let handle = tokio::spawn(async move {
        let mut guard = shared.lock().unwrap();
        *guard += 1;
        // Ditolak: `guard` (MutexGuard milik std) masih hidup melewati
        // `.await`, padahal task boleh pindah thread di titik ini.
        tokio::time::sleep(Duration::from_millis(10)).await;
        *guard += 1;
    });
    handle.await.unwrap();
    println!("hits = {}", hits.lock().unwrap());
}
