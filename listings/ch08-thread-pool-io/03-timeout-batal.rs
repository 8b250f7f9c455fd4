use crossbeam::channel::{self, RecvTimeoutError};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread;
use std::time::{Duration, Instant};

// ANCHOR: slow
/// Hasil fetch: isi halaman, atau pesan galat.
type FetchResult = Result<String, String>;

/// Fetch yang bisa dibatalkan: pekerjaannya dipecah menjadi langkah 10 ms,
/// dan sebelum setiap langkah ia memeriksa bendera `cancel`. Thread tidak bisa
/// dibunuh dari luar; ia hanya bisa diminta berhenti, lalu berhenti sendiri.
fn fetch_url(url: &str, steps: u32, cancel: &AtomicBool) -> FetchResult {
    for step in 0..steps {
        if cancel.load(Ordering::Relaxed) {
            let msg = format!("dibatalkan setelah {step} dari {steps} langkah");
            return Err(msg);
        }
        thread::sleep(Duration::from_millis(10));
    }
    Ok(format!("{url} → 200"))
}
// ANCHOR_END: slow

// ANCHOR: submit
/// Tugas yang sedang berjalan: penerima hasil (semacam "future"), bendera
/// pembatalan, dan handle untuk join.
type Task = (
    channel::Receiver<FetchResult>,
    Arc<AtomicBool>,
    thread::JoinHandle<()>,
);

/// Jalankan fetch di thread lain dan langsung kembali, seperti executor.submit.
fn submit(url: &'static str, steps: u32) -> Task {
    let (tx, rx) = channel::bounded(1);
    let cancel = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&cancel);
    let handle = thread::spawn(move || {
        let _ = tx.send(fetch_url(url, steps, &flag));
    });
    (rx, cancel, handle)
}
// ANCHOR_END: submit

fn main() {
    let start = Instant::now();
    // ANCHOR: inti
    // Server normal: 100 ms (1 detik di tutorial asli), batas tunggu 500 ms.
    let (rx, _cancel, handle) = submit("https://api.example.com/users", 10);
    match rx.recv_timeout(Duration::from_millis(500)) {
        Ok(result) => println!("Hasil: {result:?}"),
        Err(RecvTimeoutError::Timeout) => println!("Timeout!"),
        Err(RecvTimeoutError::Disconnected) => {
            println!("Tugas mati tanpa hasil")
        }
    }
    handle.join().unwrap();

    // Server macet: butuh 3 detik (300 langkah), tetapi kita hanya mau
    // menunggu 200 ms.
    let (rx, cancel, handle) = submit("https://api.example.com/posts", 300);
    match rx.recv_timeout(Duration::from_millis(200)) {
        Ok(result) => println!("Hasil: {result:?}"),
        Err(_) => {
            println!("Timeout! 200 ms tanpa hasil; minta tugas berhenti");
            cancel.store(true, Ordering::Relaxed);
        }
    }
    // Tugas melihat bendera pada langkah berikutnya, mengirim Err, lalu
    // selesai.
    println!("Laporan tugas: {:?}", rx.recv().unwrap());
    handle.join().unwrap();
    println!(
        "Thread tugas sudah di-join setelah {} ms",
        start.elapsed().as_millis()
    );
    // ANCHOR_END: inti
}
