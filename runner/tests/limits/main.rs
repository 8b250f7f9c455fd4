//! Uji batas dan pembendungan: program yang berjalan terlalu lama, kabur ke
//! sesi lain, memakai terlalu banyak memori, proses, atau disk, atau ketika
//! runner sendiri mati di tengah Run. Setiap uji dijalankan dengan runner
//! bawaan (cgroup bila bisa ditulis, Landlock bila ada) DAN runner tanpa
//! cgroup dan tanpa Landlock (`--isolation rlimit --no-landlock`), dan
//! mencetak mekanisme yang dipakainya.
//!
//! Bom memori berhenti sendiri di 1 GiB dan bom fork hanya dijalankan bila
//! batas proses terbukti bekerja lebih dulu dengan 100 proses saja.

mod cleanup;
#[path = "../common/mod.rs"]
mod common;
mod resources;

use common::TestRunner;
use std::sync::OnceLock;

const LIMITS: &[&str] = &[
    "--run-timeout",
    "5",
    "--max-procs",
    "64",
    "--max-memory-mib",
    "256",
    "--max-address-space-mib",
    "512",
    "--max-file-mib",
    "16",
    "--max-disk-mib",
    "64",
];

pub fn default_runner() -> &'static TestRunner {
    static R: OnceLock<TestRunner> = OnceLock::new();
    R.get_or_init(|| common::start("batas", LIMITS))
}

fn rlimit_runner() -> &'static TestRunner {
    static R: OnceLock<TestRunner> = OnceLock::new();
    R.get_or_init(|| {
        let args: Vec<&str> = LIMITS
            .iter()
            .copied()
            .chain(["--isolation", "rlimit", "--no-landlock"])
            .collect();
        common::start("batas-rlimit", &args)
    })
}

fn both() -> [&'static TestRunner; 2] {
    [default_runner(), rlimit_runner()]
}

fn pids(output: &str, key: &str) -> Vec<u32> {
    output
        .lines()
        .filter_map(|l| l.strip_prefix(key)?.strip_prefix(": ")?.trim().parse().ok())
        .collect()
}

fn tag(n: u32) -> String {
    format!("9{}.{n}", std::process::id())
}
