//! Thread yang masih berjalan saat `main` selesai tidak ditunggu: ia ikut
//! berhenti bersama prosesnya (seperti thread `daemon=True` di Python).
use std::thread;
use std::time::Duration;

fn main() {
    // ANCHOR: inti
    let heartbeat = thread::spawn(|| {
        for n in 1.. {
            println!("  [detak] detak ke-{n}");
            thread::sleep(Duration::from_millis(50));
        }
    });

    println!("Program utama berjalan...");
    thread::sleep(Duration::from_millis(120));
    println!("Thread detak masih berjalan? {}", !heartbeat.is_finished());
    println!("Program utama selesai; thread detak tidak ditunggu.");
    // `heartbeat` tidak di-join: ketika main kembali, prosesnya berakhir
    // dan thread detak berhenti di mana pun ia sedang berada.
    // ANCHOR_END: inti
}
