use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::thread;
use std::time::{Duration, Instant};
use timely::dataflow::InputHandle;
use timely::dataflow::operators::vec::{Broadcast, Input, Map};
use timely::dataflow::operators::{Exchange, Inspect, Probe};

const ROUNDS: u32 = 20; // 20 ronde x 50.000 bilangan = 1..1.000.001
const PER_ROUND: u32 = 50_000;
const CHUNK: u32 = 5_000;
const PATIENCE: Duration = Duration::from_secs(5); // batas tanpa kemajuan

fn is_prime(n: u32) -> bool {
    if n < 2 {
        return false;
    }
    if n == 2 {
        return true;
    }
    if n.is_multiple_of(2) {
        return false;
    }
    let mut i = 3;
    while i * i <= n {
        if n.is_multiple_of(i) {
            return false;
        }
        i += 2;
    }
    true
}

/// Banyaknya bilangan prima di `lo..hi`.
fn count_primes(lo: u32, hi: u32) -> u64 {
    (lo..hi).filter(|&n| is_prime(n)).count() as u64
}

fn main() {
    let start = Instant::now();
    let ms = move || start.elapsed().as_millis() as u64;
    // ANCHOR: penjaga
    // 1. Koneksi yang putus muncul sebagai panic di thread jaringan timely.
    //    Ganti jejak panic dengan satu pesan yang jelas, lalu keluar (kode 3).
    static REPORTED: AtomicBool = AtomicBool::new(false);
    std::panic::set_hook(Box::new(|info| {
        let payload = info.payload();
        let cause = payload.downcast_ref::<String>().map(String::as_str);
        let cause = cause
            .or(payload.downcast_ref::<&str>().copied())
            .unwrap_or("?");
        if !REPORTED.swap(true, Ordering::SeqCst) {
            eprintln!(
                "galat: komputasi timely gagal ({cause}); semua proses harus \
                 dijalankan ulang"
            );
        }
        std::process::exit(3);
    }));
    // 2. Proses lain yang macet tidak membuat galat apa pun: semua worker
    //    hanya menunggu. Penjaga ini berhenti bila lama tidak ada kemajuan.
    let progress = Arc::new(AtomicU64::new(0)); // 0 = belum mulai menghitung
    let watched = progress.clone();
    thread::spawn(move || {
        loop {
            thread::sleep(Duration::from_millis(100));
            let last = watched.load(Ordering::SeqCst);
            if last > 0 && ms() - last > PATIENCE.as_millis() as u64 {
                eprintln!(
                    "galat: tidak ada kemajuan selama {} detik; proses lain \
                     mati atau macet. Hentikan semua proses lalu jalankan \
                     ulang dari awal.",
                    PATIENCE.as_secs()
                );
                std::process::exit(4);
            }
        }
    });
    // ANCHOR_END: penjaga
    // ANCHOR: ronde
    let started = timely::execute_from_args(std::env::args(), move |worker| {
        let index = worker.index();
        progress.store(ms().max(1), Ordering::SeqCst);
        let total = Rc::new(Cell::new(0));
        let t = total.clone();
        let mut input = InputHandle::new();
        let probe = worker.dataflow(|scope| {
            let (probe, _) = scope
                .input_from(&mut input)
                .exchange(|&(lo, _): &(u32, u32)| u64::from(lo / CHUNK))
                .map(|(lo, hi)| count_primes(lo, hi))
                .broadcast()
                .inspect(move |n| t.set(t.get() + n))
                .probe();
            probe
        });
        for round in 0..ROUNDS {
            if index == 0 {
                let base = round * PER_ROUND + 1;
                for lo in (base..base + PER_ROUND).step_by(CHUNK as usize) {
                    input.send((lo, lo + CHUNK));
                }
            }
            input.advance_to(round + 1);
            // Ronde ini selesai bila SEMUA worker (di semua proses) selesai.
            while probe.less_than(input.time()) {
                worker.step_or_park(None);
            }
            progress.store(ms(), Ordering::SeqCst);
            println!(
                "Worker {index}: ronde {}/{ROUNDS} selesai, \
                 prima sejauh ini: {}",
                round + 1,
                total.get()
            );
            // Menunggu data ronde berikutnya.
            thread::sleep(Duration::from_millis(30));
        }
        (index, total.get())
    });
    // ANCHOR_END: ronde
    let guards = started.unwrap_or_else(|e| {
        eprintln!("galat: timely tidak bisa dimulai: {e}");
        std::process::exit(2);
    });
    for (index, total) in guards.join().into_iter().flatten() {
        println!("Worker {index}: selesai, total {total} prima");
    }
}
