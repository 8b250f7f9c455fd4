use rayon::prelude::*;
use std::net::TcpListener;
use std::process::{Command, Stdio};
use std::time::Instant;
use timely::dataflow::operators::vec::{Broadcast, Map, ToStream};
use timely::dataflow::operators::{Exchange, Inspect, Probe};
use timely::{CommunicationConfig, Config, WorkerConfig};

// Argumen: [BATAS] [ULANGAN]. Bawaan kecil untuk `cargo test`; contoh keluaran
// di buku: `cargo run --release --bin ch14-03-ukur-timely -- 7000001 5`.
const LIMIT: u32 = 200_001;
const CHUNK: u32 = 10_000;

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

// ANCHOR: timely
/// Hitungan prima di timely dengan konfigurasi `config`. Hasil: (jumlah prima,
/// waktu hitung dalam ms) menurut worker 0, diukur setelah semua worker siap.
fn count_timely(config: Config, limit: u32) -> Option<(u64, f64)> {
    let guards = timely::execute(config, move |worker| {
        let index = worker.index();
        // Penghalang: dataflow kecil yang baru selesai bila semua worker ada.
        let barrier = worker.dataflow::<u32, _, _>(|s| {
            let (probe, _) = vec![()].to_stream(s).broadcast().probe();
            probe
        });
        while !barrier.done() {
            worker.step_or_park(None);
        }
        let start = Instant::now();
        let total = std::rc::Rc::new(std::cell::Cell::new(0));
        let t = total.clone();
        let probe = worker.dataflow::<u32, _, _>(|scope| {
            let starts = (1..limit).step_by(CHUNK as usize);
            let starts = starts.filter(|_| index == 0);
            let chunk = |lo: u32| (lo, (lo + CHUNK).min(limit));
            let chunks: Vec<(u32, u32)> = starts.map(chunk).collect();
            let stream = chunks
                .to_stream(scope)
                .exchange(|&(lo, _)| u64::from(lo / CHUNK));
            let counts = stream.map(|(lo, hi)| count_primes(lo, hi));
            // Semua hasil potongan ke worker 0.
            counts
                .exchange(|_| 0)
                .inspect(move |n| t.set(t.get() + n))
                .probe()
                .0
        });
        while !probe.done() {
            worker.step_or_park(None);
        }
        (index, total.get(), start.elapsed().as_secs_f64() * 1000.0)
    });
    let results = guards.ok()?.join();
    let ok: Vec<_> = results.into_iter().collect::<Result<_, _>>().ok()?;
    // Worker dengan indeks terkecil di proses ini (worker 0 bila ada di sini).
    ok.into_iter().min_by_key(|r| r.0).map(|(_, n, ms)| (n, ms))
}
// ANCHOR_END: timely

fn cluster(process: usize, ports: &[u16]) -> Config {
    let addresses = ports.iter().map(|p| format!("127.0.0.1:{p}")).collect();
    let communication = CommunicationConfig::Cluster {
        threads: 1,
        process,
        addresses,
        report: false,
        zerocopy: false,
    };
    Config {
        communication,
        worker: WorkerConfig::default(),
    }
}

fn fail(msg: &str) -> ! {
    eprintln!("galat: {msg}");
    std::process::exit(2);
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // Mode anak: proses 1 dari varian dua proses (dijalankan oleh proses ini
    // sendiri).
    if args.first().map(String::as_str) == Some("--proses-1") {
        let numbers = args[1..].iter().filter_map(|a| a.parse().ok());
        let n: Vec<u32> = numbers.collect();
        let [limit, p0, p1] = n[..] else {
            fail("mode --proses-1 butuh BATAS PORT0 PORT1")
        };
        count_timely(cluster(1, &[p0 as u16, p1 as u16]), limit)
            .unwrap_or_else(|| fail("proses 1 gagal"));
        return;
    }
    let number = |i: usize, default: u32, min: u32| match args.get(i) {
        None => default,
        Some(a) => a
            .replace('_', "")
            .parse()
            .ok()
            .filter(|&n| n >= min)
            .unwrap_or_else(|| {
                fail(&format!(
                    "argumen {a:?} harus bilangan bulat >= {min}; \
                     contoh: -- 7000001 5"
                ))
            }),
    };
    let (limit, reps) = (number(0, LIMIT, 2), number(1, 1, 1));
    let build = if cfg!(debug_assertions) {
        "debug"
    } else {
        "release"
    };
    println!(
        "Build: {build}, rentang 1..{limit}, {reps} ulangan, \
         pool rayon: {} thread",
        rayon::current_num_threads()
    );
    // Beban mesin saat mulai (Linux): angka di atas jumlah core berarti ada
    // yang antre.
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let load = load.split_whitespace().next().unwrap_or("tidak diketahui");
    println!("Beban mesin saat mulai (load average 1 menit): {load}");
    let mut counts = Vec::new();
    for rep in 1..=reps {
        let tag = format!("Ulangan {rep}/{reps}");
        // ANCHOR: varian
        let result = count_timely(Config::thread(), limit);
        let (n, ms) = result.unwrap_or_else(|| fail("1x1 gagal"));
        println!(
            "{tag}, timely 1 proses x 1 worker: {n} prima, \
             waktu {ms:.1} ms"
        );
        counts.push(n);
        let result = count_timely(Config::process(2), limit);
        let (n, ms) = result.unwrap_or_else(|| fail("1x2 gagal"));
        println!(
            "{tag}, timely 1 proses x 2 worker: {n} prima, \
             waktu {ms:.1} ms"
        );
        counts.push(n);
        // Dua proses di loopback: proses ini (0) dan salinannya sendiri (1).
        let ports: Vec<u16> = (0..2)
            .map(|_| {
                TcpListener::bind("127.0.0.1:0")
                    .and_then(|l| l.local_addr())
                    .map(|a| a.port())
            })
            .collect::<Result<_, _>>()
            .unwrap_or_else(|e| fail(&format!("tidak ada port bebas: {e}")));
        let exe = std::env::current_exe();
        let exe = exe.unwrap_or_else(|e| fail(&e.to_string()));
        let args = [
            "--proses-1".to_string(),
            limit.to_string(),
            ports[0].to_string(),
            ports[1].to_string(),
        ];
        let setup = Instant::now();
        let mut child = Command::new(exe)
            .args(args)
            .stdout(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| fail(&e.to_string()));
        let result = count_timely(cluster(0, &ports), limit);
        let (n, ms) = result.unwrap_or_else(|| fail("2 proses gagal"));
        let setup_ms = setup.elapsed().as_secs_f64() * 1000.0 - ms;
        if !child.wait().is_ok_and(|s| s.success()) {
            fail("proses 1 tidak selesai dengan normal");
        }
        println!(
            "{tag}, timely 2 proses x 1 worker (loopback): {n} prima, \
             waktu {ms:.1} ms (persiapan dan koneksi: {setup_ms:.0} ms)"
        );
        counts.push(n);
        let start = Instant::now();
        let primes = (1..limit).into_par_iter().filter(|&n| is_prime(n));
        let n = primes.count() as u64;
        println!(
            "{tag}, rayon (pool global): {n} prima, waktu {:.1} ms",
            start.elapsed().as_secs_f64() * 1000.0
        );
        counts.push(n);
        // ANCHOR_END: varian
    }
    if counts.iter().any(|&n| n != counts[0]) {
        fail(&format!("varian tidak sepakat: {counts:?}"));
    }
    println!(
        "Semua {} pengukuran sepakat: {} prima di 1..{limit}",
        counts.len(),
        counts[0]
    );
}
