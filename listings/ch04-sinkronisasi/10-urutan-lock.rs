use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Barrier, Mutex};
use std::thread;
use std::time::{Duration, Instant};

// ANCHOR: transfer
const ROUNDS: usize = 10_000;

struct Account {
    id: u32,
    balance: Mutex<i64>,
}

static X: Account = Account {
    id: 1,
    balance: Mutex::new(100),
};
static Y: Account = Account {
    id: 2,
    balance: Mutex::new(100),
};
static DONE: AtomicUsize = AtomicUsize::new(0);
static START: Barrier = Barrier::new(2);

/// Semua thread mengunci dalam SATU urutan yang sama: id kecil dulu,
/// apa pun arah transfernya.
fn transfer(from: &Account, to: &Account, amount: i64) {
    let from_first = from.id < to.id;
    let (first, second) = if from_first { (from, to) } else { (to, from) };
    let mut a = first.balance.lock().unwrap();
    let mut b = second.balance.lock().unwrap();
    let (source, target) = if from_first {
        (&mut *a, &mut *b)
    } else {
        (&mut *b, &mut *a)
    };
    *source -= amount;
    *target += amount;
}
// ANCHOR_END: transfer

// ANCHOR: main
fn main() {
    let run = |from: &'static Account, to: &'static Account| {
        thread::spawn(move || {
            START.wait(); // mulai bersamaan, tanpa memegang lock
            for _ in 0..ROUNDS {
                transfer(from, to, 1);
                DONE.fetch_add(1, Ordering::Relaxed);
            }
        })
    };
    let a = run(&X, &Y); // A: X ke Y
    let b = run(&Y, &X); // B: Y ke X

    // Penjaga: menyerah bila penghitung tidak bergerak selama 1 detik.
    let (mut last, mut since) = (0, Instant::now());
    while !(a.is_finished() && b.is_finished()) {
        let now = DONE.load(Ordering::Relaxed);
        if now != last {
            (last, since) = (now, Instant::now());
        } else if since.elapsed() > Duration::from_secs(1) {
            println!("Penjaga: macet setelah {now} transfer. Deadlock!");
            return;
        }
        thread::sleep(Duration::from_millis(10));
    }
    let (x, y) = (*X.balance.lock().unwrap(), *Y.balance.lock().unwrap());
    println!("Transfer selesai: {}", DONE.load(Ordering::Relaxed));
    println!("Saldo X: {x}, saldo Y: {y}, jumlah: {}", x + y);
    println!("Penjaga tidak pernah turun tangan: tanpa deadlock");
}
// ANCHOR_END: main
