use std::cell::Cell;
use std::rc::Rc;
use timely::dataflow::operators::vec::{Broadcast, Map, ToStream};
use timely::dataflow::operators::{Exchange, Inspect, Probe};

const LIMIT: u32 = 1_000_001; // hitung prima di 1..1.000.001, seperti Bab 7
const CHUNK: u32 = 10_000; // satu pesan = satu potongan berisi 10.000 bilangan

/// Uji pembagian yang sama dengan Bab 7.
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
    // ANCHOR: inti
    // Argumen timely: `-w 2` = dua worker (thread) di proses ini;
    // `-n 2 -p 0` dan `-n 2 -p 1` = dua proses yang bekerja sama.
    let started = timely::execute_from_args(std::env::args(), |worker| {
        let (index, peers) = (worker.index(), worker.peers());
        let (chunks, mine, total) = (
            Rc::new(Cell::new(0)),
            Rc::new(Cell::new(0)),
            Rc::new(Cell::new(0)),
        );
        let (c, m, t) = (chunks.clone(), mine.clone(), total.clone());
        let probe = worker.dataflow::<u32, _, _>(|scope| {
            // Hanya worker 0 yang punya masukan: daftar potongan (lo, hi).
            let input: Vec<(u32, u32)> = if index == 0 {
                let starts = (1..LIMIT).step_by(CHUNK as usize);
                starts.map(|lo| (lo, (lo + CHUNK).min(LIMIT))).collect()
            } else {
                Vec::new()
            };
            let (probe, _) = input
                .to_stream(scope)
                // Potongan ke-k ke worker k % peers, mungkin di proses lain.
                .exchange(|&(lo, _)| u64::from(lo / CHUNK))
                .map(|(lo, hi)| count_primes(lo, hi))
                .inspect(move |n| {
                    c.set(c.get() + 1);
                    m.set(m.get() + n);
                })
                // Setiap hasil potongan dikirim ke SEMUA worker.
                .broadcast()
                .inspect(move |n| t.set(t.get() + n))
                .probe();
            probe
        });
        // Jalankan worker sampai tidak ada lagi data yang bisa datang.
        while !probe.done() {
            worker.step_or_park(None);
        }
        (index, peers, chunks.get(), mine.get(), total.get())
    });
    // ANCHOR_END: inti
    let guards = started.unwrap_or_else(|e| {
        eprintln!("galat: timely tidak bisa dimulai: {e}");
        std::process::exit(2);
    });
    for result in guards.join() {
        let Ok((index, peers, chunks, mine, total)) = result else {
            eprintln!("galat: sebuah worker gagal");
            std::process::exit(1);
        };
        println!(
            "Worker {index} dari {peers}: {chunks} potongan, {mine} prima; \
             total semua worker: {total}"
        );
    }
}
