use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread;
use std::time::{Duration, Instant};

/// Simulasi memproses satu item: 0,5 detik di tutorial asli, 50 ms di sini.
fn process_item(item: u64) -> u64 {
    thread::sleep(Duration::from_millis(50));
    item * item
}

fn main() {
    // ANCHOR: inti
    let start = Instant::now();
    // Seperti apply_async: kirim semua tugas sekarang, ambil hasilnya nanti.
    // Setiap tugas punya channel sendiri: `receivers[i]` adalah
    // "AsyncResult" untuk item i.
    let receivers: Vec<mpsc::Receiver<u64>> = (0..20)
        .map(|x| {
            let (tx, rx) = mpsc::channel();
            rayon::spawn(move || {
                let _ = tx.send(process_item(x));
            });
            rx
        })
        .collect();
    println!(
        "20 tugas terkirim dalam {} ms; main bebas bekerja",
        start.elapsed().as_millis()
    );

    // Seperti r.get(timeout=10): 10 detik di tutorial asli, 1 detik di sini.
    let results: Vec<u64> = receivers
        .iter()
        .map(|rx| {
            rx.recv_timeout(Duration::from_secs(1))
                .expect("hasil tepat waktu")
        })
        .collect();
    println!("async: {results:?}");
    println!("Waktu semua hasil: {} ms", start.elapsed().as_millis());
    // ANCHOR_END: inti

    // ANCHOR: timeout
    // Tugas yang butuh 300 ms, tetapi kita hanya mau menunggu 100 ms.
    let (tx, rx) = mpsc::channel();
    rayon::spawn(move || {
        thread::sleep(Duration::from_millis(300));
        let _ = tx.send("selesai");
    });
    match rx.recv_timeout(Duration::from_millis(100)) {
        Ok(msg) => println!("Tugas lambat: {msg}"),
        Err(RecvTimeoutError::Timeout) => {
            println!("Timeout! Berhenti menunggu setelah 100 ms")
        }
        Err(RecvTimeoutError::Disconnected) => {
            println!("Tugas mati tanpa hasil")
        }
    }
    // Timeout hanya menghentikan penantian, bukan tugasnya: ia tetap berjalan.
    let msg = rx.recv().expect("tugas tetap mengirim hasil");
    println!(
        "Tugas lambat tetap {msg} setelah {} ms",
        start.elapsed().as_millis()
    );
    // ANCHOR_END: timeout
}
