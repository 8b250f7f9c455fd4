//! Soal: guard `std::sync::Mutex` melewati `.await` di dalam `join!` pada
//! runtime satu thread: terkompilasi, lalu macet. Program soal dijalankan
//! di thread lain; `main` menyerah setelah 1 detik dan melaporkannya.
use std::sync::Mutex;
use std::time::Duration;

fn main() {
    let (done_tx, done_rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        quiz();
        let _ = done_tx.send(());
    });
    match done_rx.recv_timeout(Duration::from_secs(1)) {
        Ok(()) => println!("selesai"),
        Err(_) => println!("macet: masih berjalan setelah 1 detik"),
    }
    // Thread soal masih terblokir di lock(); keluar tanpa menunggunya.
    std::process::exit(0);
}

#[tokio::main(flavor = "current_thread")]
async fn quiz() {
    let m = Mutex::new(0);
    tokio::join!(
        async {
            let guard = m.lock().unwrap();
            tokio::time::sleep(Duration::from_millis(10)).await;
            drop(guard);
            println!("A selesai");
        },
        async {
            let _guard = m.lock().unwrap();
            println!("B selesai");
        },
    );
}
