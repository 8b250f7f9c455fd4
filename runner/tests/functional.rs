//! Uji fungsi runner: listing buku berjalan, crate buku tersedia, pesan
//! compiler, edisi, peringatan, batas keluaran, antrean.

mod common;

use common::{ORIGIN, TestRunner, listing, request};
use runner::api::Status;
use std::sync::{OnceLock, RwLock};
use std::time::{Duration, Instant};

const MAX_OUTPUT: usize = 16 * 1024;
const QUEUE: usize = 3;

fn runner() -> &'static TestRunner {
    static R: OnceLock<TestRunner> = OnceLock::new();
    R.get_or_init(|| {
        common::start(
            "fungsi",
            &[
                "--run-timeout",
                "3",
                "--max-output",
                "16384",
                "--queue",
                "3",
            ],
        )
    })
}

/// Uji antrean penuh memegang kunci tulis; uji lain kunci baca, supaya
/// antrean itu tidak membuat uji lain menerima "sedang sibuk".
static EXCLUSIVE: RwLock<()> = RwLock::new(());

fn shared() -> std::sync::RwLockReadGuard<'static, ()> {
    EXCLUSIVE.read().unwrap_or_else(|e| e.into_inner())
}

#[test]
fn listing_output_comes_back() {
    let _g = shared();
    let code = listing("listings/ch00-pendahuluan/01-halo-thread.rs");
    let r = runner().evaluate(&code);
    assert_eq!(r.status, Status::Ok, "{r:?}");
    // Baris yang sama dengan contoh keluaran yang di-commit, kecuali angkanya
    // (misalnya jumlah CPU boleh berbeda antar-mesin).
    let labels = |text: &str| {
        let mut l: Vec<String> = text
            .lines()
            .map(|line| line.replace(|c: char| c.is_ascii_digit(), "#"))
            .collect();
        l.sort();
        l
    };
    let sample = listing("listings/ch00-pendahuluan/01-halo-thread.out");
    assert_eq!(labels(&r.result), labels(&sample), "{}", r.result);
    assert!(r.result.contains("= 5050"), "{}", r.result);
    // Kode yang diedit pembaca juga berjalan.
    let edited = code.replace("(1..=100u32)", "(1..=10u32)");
    assert_ne!(edited, code);
    let r = runner().evaluate(&edited);
    assert!(r.result.contains("= 55"), "{}", r.result);
}

#[test]
fn book_crates_are_available() {
    let _g = shared();
    let code = r#"
use rayon::prelude::*;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let total: u64 = (1..=100u64).into_par_iter().sum();
    let (tx, rx) = crossbeam::channel::unbounded();
    tx.send(total).unwrap();
    let got = tokio::task::spawn_blocking(move || rx.recv().unwrap()).await.unwrap();
    println!("rayon + crossbeam + tokio: {got}");
}
"#;
    let r = runner().evaluate(code);
    assert!(
        r.result.contains("rayon + crossbeam + tokio: 5050"),
        "{r:?}"
    );
}

#[test]
fn crate_list_is_exactly_the_books_dependencies() {
    let _g = shared();
    let manifest: toml::Table = listing("Cargo.toml").parse().unwrap();
    let mut expected: Vec<String> = manifest["dependencies"]
        .as_table()
        .unwrap()
        .keys()
        .map(|k| k.replace('-', "_"))
        .collect();
    expected.sort();
    let r = runner();
    let host = r.host();
    let reply = request(
        r.port,
        "POST",
        "/meta/crates",
        &[
            ("Host", &host),
            ("Origin", ORIGIN),
            ("X-Runner-Token", &r.token),
        ],
        b"",
    );
    assert_eq!(reply.status, 200, "{}", reply.body);
    assert_eq!(reply.header("access-control-allow-origin"), Some(ORIGIN));
    let list: runner::api::CrateList = serde_json::from_str(&reply.body).unwrap();
    let mut ids: Vec<String> = list.crates.into_iter().map(|c| c.id).collect();
    ids.sort();
    assert_eq!(ids, expected);
}

#[test]
fn compile_error_returns_the_compilers_message() {
    let _g = shared();
    let r =
        runner().evaluate("fn main() {\n    let n: u32 = \"lima\";\n    println!(\"{n}\");\n}\n");
    assert_eq!(r.status, Status::CompileError, "{r:?}");
    for needle in ["error[E0308]", "mismatched types", "src/main.rs:2"] {
        assert!(
            r.result.contains(needle),
            "{needle:?} tidak ada di:\n{}",
            r.result
        );
    }
    // Path folder kerja runner tidak bocor ke halaman.
    assert!(
        !r.result.contains(&*runner().work.to_string_lossy()),
        "{}",
        r.result
    );
}

#[test]
fn edition_is_respected() {
    let _g = shared();
    // `async` adalah identifier biasa di edisi 2015, kata kunci sejak 2018.
    let code = "fn main() {\n    let async = 7;\n    println!(\"nilai: {}\", async);\n}\n";
    let r = runner().evaluate_edition(code, "2015");
    assert!(r.result.contains("nilai: 7"), "{r:?}");
    let r = runner().evaluate(code);
    assert_eq!(r.status, Status::CompileError, "{r:?}");
}

/// Program sah dengan peringatan yang jauh melebihi batas keluaran.
fn noisy_program(extra: &str) -> String {
    let mut code = String::from("fn main() {\n");
    for i in 0..400 {
        // `unused_parens` dilaporkan sebelum pemeriksaan tipe, jadi juga
        // muncul ketika programnya punya galat tipe.
        code.push_str(&format!("    let _variabel_{i} = ({i});\n"));
    }
    code.push_str(extra);
    code.push_str("    println!(\"tetap berjalan\");\n}\n");
    code
}

#[test]
fn many_warnings_do_not_count_toward_the_output_limit() {
    let _g = shared();
    // 400 peringatan x ~350 byte > 16 KiB.
    let r = runner().evaluate(&noisy_program(""));
    assert_eq!(
        r.status,
        Status::Ok,
        "{}",
        &r.result[..r.result.len().min(2000)]
    );
    assert!(r.result.contains("tetap berjalan"), "{r:?}");
    // Bila build gagal, galatnya tampil walau didahului ratusan peringatan,
    // dan yang ditampilkan tetap dibatasi.
    let r = runner().evaluate(&noisy_program("    let n: u32 = \"lima\";\n"));
    assert_eq!(r.status, Status::CompileError, "{r:?}");
    assert!(r.result.contains("error[E0308]"), "{}", r.result);
    assert!(
        r.result.contains("peringatan tidak ditampilkan"),
        "{}",
        r.result
    );
    assert!(
        r.result.len() <= 2 * MAX_OUTPUT + 500,
        "{} byte",
        r.result.len()
    );
}

#[test]
fn output_is_limited() {
    let _g = shared();
    let r = runner().evaluate(
        "fn main() {\n    loop {\n        println!(\"baris yang sama lagi\");\n    }\n}\n",
    );
    assert_eq!(r.status, Status::OutputLimit, "{r:?}");
    assert!(
        r.result.len() <= MAX_OUTPUT + 200,
        "{} byte",
        r.result.len()
    );
    assert!(
        r.result.contains("batas keluaran"),
        "{}",
        &r.result[r.result.len() - 200..]
    );
}

#[test]
fn twenty_simultaneous_requests_are_all_answered() {
    let _g = EXCLUSIVE.write().unwrap_or_else(|e| e.into_inner());
    // Runner dimulai lebih dulu agar persiapannya tidak ikut diukur.
    let r = runner();
    let n = 20;
    let barrier = std::sync::Barrier::new(n);
    let results: Vec<(usize, common::Reply, Duration)> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..n)
            .map(|i| {
                let barrier = &barrier;
                s.spawn(move || {
                    let code =
                        format!("fn main() {{\n    println!(\"halo dari permintaan {i}\");\n}}\n");
                    barrier.wait();
                    let start = Instant::now();
                    let reply = r.post(&code, "2024");
                    (i, reply, start.elapsed())
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let (mut ran, mut busy) = (0, 0);
    for (i, reply, took) in &results {
        match reply.status {
            200 => {
                let run = reply.run();
                assert_eq!(run.status, Status::Ok, "{run:?}");
                assert!(
                    run.result.contains(&format!("halo dari permintaan {i}")),
                    "{run:?}"
                );
                ran += 1;
            }
            503 => {
                let run = reply.run();
                assert_eq!(run.status, Status::Busy, "{run:?}");
                // "Sibuk" menghitung PROGRAM (1 berjalan + QUEUE menunggu),
                // bukan koneksi yang sedang terbuka.
                let expected = format!("sedang sibuk: {} program", QUEUE + 1);
                assert!(run.result.contains(&expected), "{}", run.result);
                assert!(
                    *took < Duration::from_secs(5),
                    "jawaban sibuk lambat: {took:?}"
                );
                busy += 1;
            }
            other => panic!("permintaan {i}: status {other}: {}", reply.body),
        }
    }
    assert_eq!(ran + busy, n);
    assert!(
        ran > QUEUE,
        "minimal {} program dijalankan, bukan {ran}",
        QUEUE + 1
    );
    assert!(
        busy >= 1,
        "antrean (maks {QUEUE}) tidak pernah penuh oleh {n} permintaan serentak"
    );
    let r = r.evaluate("fn main() {\n    println!(\"masih hidup\");\n}\n");
    assert!(r.result.contains("masih hidup"), "{r:?}");
}
