//! Menunggu thread latar dengan rapi: beri tahu ia untuk berhenti, lalu
//! `join`. Nilai kembaliannya sampai ke main.
use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread;
use std::time::Duration;

fn main() {
    // ANCHOR: inti
    let (stop_tx, stop_rx) = mpsc::channel::<()>();
    let heartbeat = thread::spawn(move || {
        let mut beats = 0;
        loop {
            beats += 1;
            println!("  [detak] detak ke-{beats}");
            // Tidur 50 ms, tetapi bangun segera bila diminta berhenti.
            match stop_rx.recv_timeout(Duration::from_millis(50)) {
                Err(RecvTimeoutError::Timeout) => continue,
                Ok(()) | Err(RecvTimeoutError::Disconnected) => break,
            }
        }
        println!("  [detak] berhenti dengan rapi");
        beats
    });

    println!("Program utama berjalan...");
    thread::sleep(Duration::from_millis(120));
    stop_tx.send(()).unwrap();
    let beats = heartbeat.join().unwrap();
    println!("Thread detak berhenti setelah {beats} detak; program selesai.");
    // ANCHOR_END: inti
}
