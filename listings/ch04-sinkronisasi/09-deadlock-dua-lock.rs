use std::sync::{Barrier, Mutex};
use std::thread;
use std::time::{Duration, Instant};

// ANCHOR: transfer
struct Account {
    name: &'static str,
    balance: Mutex<i64>,
}

static X: Account = Account {
    name: "X",
    balance: Mutex::new(100),
};
static Y: Account = Account {
    name: "Y",
    balance: Mutex::new(100),
};
/// Dicatat sebelum meminta lock kedua: (thread, memegang, menunggu).
static WAITING: Mutex<Vec<(&str, &str, &str)>> = Mutex::new(Vec::new());
/// Titik temu dua thread transfer dan penjaga di `main`.
static BOTH_HOLD: Barrier = Barrier::new(3);

/// Kunci rekening asal, lalu rekening tujuan.
fn transfer(who: &'static str, from: &Account, to: &Account, amount: i64) {
    let mut source = from.balance.lock().unwrap();
    WAITING.lock().unwrap().push((who, from.name, to.name));
    // Jadwal terburuk, dibuat pasti: kedua thread sudah memegang lock
    // pertamanya sebelum ada yang meminta lock kedua.
    BOTH_HOLD.wait();
    let mut target = to.balance.lock().unwrap(); // menunggu selamanya
    *source -= amount;
    *target += amount;
}
// ANCHOR_END: transfer

// ANCHOR: main
fn main() {
    let a = thread::spawn(|| transfer("A", &X, &Y, 10)); // X lalu Y
    let b = thread::spawn(|| transfer("B", &Y, &X, 20)); // Y lalu X
    BOTH_HOLD.wait();

    // Penjaga: thread yang macet tidak bisa dihentikan dari luar,
    // tetapi `main` bisa berhenti menunggunya.
    let deadline = Instant::now() + Duration::from_secs(1);
    while !(a.is_finished() && b.is_finished()) {
        if Instant::now() > deadline {
            report_deadlock();
            return; // A dan B ikut berakhir bersama proses
        }
        thread::sleep(Duration::from_millis(10));
    }
    println!("Kedua transfer selesai");
}

/// Cetak siapa menunggu siapa, dari catatan di `WAITING`.
fn report_deadlock() {
    let mut waiting = WAITING.lock().unwrap().clone();
    waiting.sort();
    println!("Penjaga: tidak ada transfer yang selesai dalam 1 detik.");
    let mut all_wait_for_waiters = true;
    for &(who, holds, wants) in &waiting {
        // Pemegang lock yang ditunggu: apakah ia sendiri sedang menunggu?
        match waiting.iter().find(|w| w.1 == wants) {
            Some(owner) => {
                print!("  Thread {who} memegang {holds}, menunggu {wants}");
                println!(" (dipegang {})", owner.0);
            }
            None => all_wait_for_waiters = false,
        }
    }
    if all_wait_for_waiters {
        println!("Setiap thread menunggu thread lain yang juga menunggu:");
        println!("deadlock. Program berhenti tanpa menunggu A dan B.");
    }
}
// ANCHOR_END: main
