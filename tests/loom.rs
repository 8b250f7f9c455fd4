//! Model loom Bab 13 sebagai bagian dari `cargo test`.
//!
//! Paket `loom-models` harus dikompilasi dengan `--cfg loom`, yang mengganti
//! `std::sync` dengan `loom::sync` di listing yang di-include-nya. Flag itu
//! berlaku untuk seluruh build, jadi test ini menjalankan cargo kedua dengan
//! `RUSTFLAGS="--cfg loom"` dan folder target sendiri (`target/loom`): cargo
//! yang sedang menjalankan test ini masih memegang kunci `target/` biasa.
//!
//! Yang diperiksa:
//! - setiap listing lolos dan setiap varian rusak ditolak dengan alasan yang
//!   diharapkan (kode keluar 0 dari `loom-models`);
//! - setiap model yang lolos punya saudara yang ditolak (`event` ->
//!   `event-bocor`, ...): tidak ada model yang belum terbukti bisa gagal;
//! - hasil yang ditampilkan bab (`loom-models/hasil/`) sama dengan run ini:
//!   jumlah eksekusi loom deterministik, jadi harus sama persis; jejak
//!   eksekusi yang ditolak juga. Waktu tidak dibandingkan. `BLESS=1` menulis
//!   ulang folder itu dari run ini.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn blessing() -> bool {
    std::env::var_os("BLESS").is_some_and(|v| !v.is_empty() && v != "0")
}

/// Folder target cargo kedua: `target/loom` (di samping `target/tmp`).
fn loom_target() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("folder target")
        .join("loom")
}

/// Satu baris `ringkasan.txt`: nama model, berkas, hasil, jumlah eksekusi.
#[derive(Debug, PartialEq, Eq)]
struct Row {
    name: String,
    file: String,
    verdict: String,
    executions: u64,
}

fn rows(summary: &str) -> Vec<Row> {
    summary
        .lines()
        .filter(|l| l.contains(" eksekusi "))
        .map(|l| {
            let w: Vec<&str> = l.split_whitespace().collect();
            assert!(
                w.len() == 7 && w[4] == "eksekusi" && w[6] == "ms",
                "baris ringkasan tidak dikenal: {l:?}"
            );
            Row {
                name: w[0].to_string(),
                file: w[1].to_string(),
                verdict: w[2].to_string(),
                executions: w[3].parse().expect("jumlah eksekusi"),
            }
        })
        .collect()
}

/// Isi folder hasil: nama berkas -> isi.
fn read_dir(dir: &Path) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("folder {} tidak terbaca: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .map(|p| {
            (
                p.file_name().unwrap().to_str().unwrap().to_string(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

/// Jalankan `loom-models` dengan cargo kedua; hasilnya ditulis ke `out`.
fn run_models(out: &Path) -> (std::process::Output, Duration) {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut rustflags = std::env::var("RUSTFLAGS").unwrap_or_default();
    rustflags.push_str(" --cfg loom");
    let _ = std::fs::remove_dir_all(out);
    let start = Instant::now();
    let child = Command::new(cargo)
        .current_dir(root())
        .args(["run", "--locked", "--quiet", "-p", "loom-models"])
        .arg("--target-dir")
        .arg(loom_target())
        .arg("--")
        .arg("--tulis")
        .arg(out)
        .env("RUSTFLAGS", rustflags.trim())
        // RUSTFLAGS kalah dari CARGO_ENCODED_RUSTFLAGS bila yang terakhir ada.
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env("CARGO_TERM_COLOR", "never")
        // Batas preemption yang di-commit; LOOM_* dari lingkungan pengguna
        // akan mengubah jumlah eksekusi yang dibandingkan di bawah.
        .env_remove("LOOM_MAX_PREEMPTIONS")
        .env_remove("LOOM_MAX_BRANCHES")
        .env_remove("LOOM_MAX_PERMUTATIONS")
        .env_remove("LOOM_MAX_DURATION")
        .env_remove("LOOM_CHECKPOINT_FILE")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("menjalankan cargo untuk loom-models");
    let output = child.wait_with_output().expect("menunggu loom-models");
    (output, start.elapsed())
}

#[test]
fn loom_models_accept_the_listings_and_reject_every_broken_variant() {
    let fresh = loom_target().join("hasil-run-ini");
    let (output, elapsed) = run_models(&fresh);
    let stderr = String::from_utf8_lossy(&output.stderr);
    if !output.status.success() {
        // Jalur listing yang salah muncul sebagai galat kompilasi
        // "couldn't read `.../NN-nama.rs`"; tampilkan galatnya lebih dulu.
        let errors: Vec<&str> = stderr
            .lines()
            .filter(|l| l.starts_with("error") || l.starts_with("GAGAL"))
            .collect();
        panic!(
            "model loom gagal ({}):\n{}\n\n--- stderr lengkap ---\n{stderr}",
            output.status,
            errors.join("\n")
        );
    }
    eprintln!(
        "model loom (build + run, target/loom): {:.1} s",
        elapsed.as_secs_f64()
    );

    let live = read_dir(&fresh);
    let summary = &live
        .iter()
        .find(|(n, _)| n == "ringkasan.txt")
        .expect("loom-models tidak menulis ringkasan.txt")
        .1;
    let live_rows = rows(summary);
    assert!(
        live_rows.len() >= 10,
        "ringkasan hanya memuat {} model",
        live_rows.len()
    );
    for r in &live_rows {
        if r.verdict == "lolos" {
            let prefix = format!("{}-", r.name);
            assert!(
                live_rows
                    .iter()
                    .any(|o| o.name.starts_with(&prefix) && o.verdict == "ditolak"),
                "model {} lolos, tetapi tidak punya varian rusak ({prefix}...) yang ditolak loom",
                r.name
            );
        }
    }
    let bab4 = live_rows
        .iter()
        .filter(|r| r.verdict == "lolos" && r.file.starts_with("listings/ch04-"))
        .count();
    assert!(bab4 >= 4, "hanya {bab4} primitif Bab 4 yang diperiksa loom");

    let committed_dir = root().join("loom-models/hasil");
    if blessing() {
        let _ = std::fs::remove_dir_all(&committed_dir);
        std::fs::create_dir_all(&committed_dir).unwrap();
        for (name, text) in &live {
            std::fs::write(committed_dir.join(name), text).unwrap();
        }
        return;
    }
    let committed = read_dir(&committed_dir);
    let names = |v: &[(String, String)]| v.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
    assert_eq!(
        names(&committed),
        names(&live),
        "berkas di loom-models/hasil/ berbeda dari run ini; perbarui dengan `BLESS=1 cargo test --test loom`"
    );
    for ((name, old), (_, new)) in committed.iter().zip(&live) {
        if name == "ringkasan.txt" {
            assert_eq!(
                rows(old),
                rows(new),
                "loom-models/hasil/ringkasan.txt (model, berkas, hasil, jumlah eksekusi) berbeda \
                 dari run ini; perbarui dengan `BLESS=1 cargo test --test loom`"
            );
            assert_eq!(
                old.lines().next(),
                new.lines().next(),
                "batas preemption di ringkasan berbeda"
            );
        } else {
            assert_eq!(
                old, new,
                "jejak loom-models/hasil/{name} berbeda dari run ini (loom deterministik); \
                 perbarui dengan `BLESS=1 cargo test --test loom`"
            );
        }
    }
}
