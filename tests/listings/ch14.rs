//! Pemeriksaan listing Bab 14, timely dataflow (`listings/ch14-banyak-mesin`).
//!
//! Selain run biasa (1 worker), setiap listing dijalankan dengan `-w 2` dan
//! sebagai dua proses sungguhan di loopback (lihat `proses.rs`). Run itu
//! ditampilkan buku sebagai transkrip terminal (`NN-nama--dua-proses.out`:
//! keluaran lain listing `NN-nama`), dibuat dengan `BLESS=1` dan diperiksa
//! dengan pemeriksaan yang sama seperti run nyatanya.

mod periksa;
mod proses;
mod transkrip;

use crate::harness::{self, DEFAULT_TIMEOUT, Output, Source, check_listing, run_bin};
use periksa::{check_bench, check_primes, check_rounds, check_words};
use proses::{Peer, run_pair};
use std::time::Duration;
use transkrip::{bless_or_check, merged, pair_transcript, session};

pub const LISTINGS: &[&str] = &[
    "ch14_01_prima_timely",
    "ch14_02_hitung_kata",
    "ch14_03_ukur_timely",
    "ch14_04_rekan_mati",
];
pub const MUST_NOT_COMPILE: &[&str] = &[];

// ---------------------------------------------------------------------------
// Test
// ---------------------------------------------------------------------------

#[test]
fn ch14_01_prima_timely() {
    check_listing("ch14_01_prima_timely", |o| check_primes(&[o], 1));
}

#[test]
fn ch14_01_prima_timely_dua_thread() {
    let o = run_bin("ch14-01-prima-timely", &["-w", "2"], DEFAULT_TIMEOUT);
    assert_eq!(o.code, Some(0), "{}", o.describe("kode keluar"));
    check_primes(&[&o], 2);
    let t = session(&o, "-w 2", "");
    bless_or_check(
        "01-prima-timely--dua-thread",
        "ch14-01-prima-timely",
        t,
        |outs| {
            assert_eq!(outs.len(), 1);
            check_primes(&[&outs[0]], 2);
        },
    );
}

fn check_pair_finished(outs: &[Output], check: fn(&[&Output], u64)) {
    assert_eq!(outs.len(), 2, "dua proses");
    for o in outs {
        assert_eq!(
            o.code,
            Some(0),
            "{}",
            o.describe("kedua proses keluar dengan kode 0")
        );
    }
    check(&[&outs[0], &outs[1]], 2);
}

#[test]
fn ch14_01_prima_timely_dua_proses() {
    let bin = "ch14-01-prima-timely";
    let pair = run_pair(bin, &[], Peer::Finish, "");
    let outs = [merged(&pair.p0), merged(&pair.p1)];
    check_pair_finished(&outs, check_primes);
    let t = pair_transcript(&pair, "", "");
    bless_or_check("01-prima-timely--dua-proses", bin, t, |outs| {
        check_pair_finished(outs, check_primes)
    });
}

#[test]
fn ch14_01_prima_timely_argumen_salah() {
    let o = run_bin("ch14-01-prima-timely", &["-w", "dua"], DEFAULT_TIMEOUT);
    o.assert_clean_error("galat: timely tidak bisa dimulai", "invalid digit");
    let o = run_bin(
        "ch14-01-prima-timely",
        &["-n", "2", "-h", "tidak-ada.txt"],
        DEFAULT_TIMEOUT,
    );
    o.assert_clean_error("galat: timely tidak bisa dimulai", "No such file");
}

#[test]
fn ch14_02_hitung_kata() {
    check_listing("ch14_02_hitung_kata", |o| check_words(&[o], 1));
}

#[test]
fn ch14_02_hitung_kata_beberapa_thread() {
    for w in [2, 3] {
        let o = run_bin(
            "ch14-02-hitung-kata",
            &["-w", &w.to_string()],
            DEFAULT_TIMEOUT,
        );
        assert_eq!(o.code, Some(0), "{}", o.describe("kode keluar"));
        check_words(&[&o], w);
    }
}

#[test]
fn ch14_02_hitung_kata_dua_proses() {
    let bin = "ch14-02-hitung-kata";
    let pair = run_pair(bin, &[], Peer::Finish, "");
    check_pair_finished(&[merged(&pair.p0), merged(&pair.p1)], check_words);
    let t = pair_transcript(&pair, "", "");
    bless_or_check("02-hitung-kata--dua-proses", bin, t, |outs| {
        check_pair_finished(outs, check_words)
    });
}

#[test]
fn ch14_04_rekan_mati() {
    check_listing("ch14_04_rekan_mati", |o| check_rounds(o, true));
}

/// Proses 0 setelah proses 1 dibunuh atau dibekukan: berhenti sendiri
/// dengan pesan yang jelas dan kode bukan nol, tanpa jejak panic, tanpa
/// mengaku selesai.
fn check_survivor(o: &Output, code: i32, message: &str) {
    assert_eq!(o.code, Some(code), "{}", o.describe("kode keluar proses 0"));
    o.assert_contains(message);
    assert_eq!(
        o.count("panicked"),
        0,
        "{}",
        o.describe("tanpa jejak panic")
    );
    check_rounds(o, false);
}

const KILLED: &str = "galat: komputasi timely gagal (timely communication error";
const FROZEN: &str = "galat: tidak ada kemajuan selama 5 detik";

fn killed_peer(peer: Peer, stem: &str, code: i32, message: &'static str, kill: &str) {
    let bin = "ch14-04-rekan-mati";
    let pair = run_pair(bin, &[], peer, "ronde 1/20");
    let waited = pair.after_trigger.expect("proses 1 dihentikan");
    check_survivor(&merged(&pair.p0), code, message);
    assert!(
        pair.p0.stderr.starts_with("galat: "),
        "{}",
        pair.p0.describe("pesan di stderr")
    );
    // Batas longgar: penjaga 5 detik + mesin sibuk; tanpa penjaga, proses 0
    // yang ditinggal proses beku menunggu selamanya.
    assert!(
        waited < Duration::from_secs(20),
        "{}",
        pair.p0.describe(&format!("berhenti setelah {waited:?}"))
    );
    let note = format!(
        "# terminal 3, setelah \"ronde 1/20\" tampil di terminal 2\n$ {kill} <PID proses 1>\n"
    );
    let t = pair_transcript(&pair, "", &note);
    bless_or_check(stem, bin, t, |outs| {
        assert_eq!(outs.len(), 2, "dua proses");
        check_survivor(&outs[0], code, message);
    });
}

#[test]
#[cfg(unix)]
fn ch14_04_rekan_mati_dibunuh() {
    killed_peer(Peer::Kill, "04-rekan-mati--dibunuh", 3, KILLED, "kill -9");
}

#[test]
#[cfg(unix)]
fn ch14_04_rekan_mati_dibekukan() {
    killed_peer(
        Peer::Freeze,
        "04-rekan-mati--dibekukan",
        4,
        FROZEN,
        "kill -STOP",
    );
}

#[test]
fn ch14_04_rekan_mati_hostfile_salah() {
    let o = run_bin(
        "ch14-04-rekan-mati",
        &["-n", "2", "-h", "tidak-ada.txt"],
        DEFAULT_TIMEOUT,
    );
    o.assert_clean_error("galat: timely tidak bisa dimulai", "No such file");
}

/// Run debug kecil di `cargo test`; contoh keluaran yang di-commit adalah run
/// release berukuran bench (dibuat dengan tangan, lihat komentar listing),
/// jadi `BLESS=1` tidak menimpanya.
#[test]
fn ch14_03_ukur_timely() {
    let o = run_bin("ch14-03-ukur-timely", &[], Duration::from_secs(60));
    assert_eq!(o.code, Some(0), "{}", o.describe("kode keluar"));
    check_bench(&o);
    let sample = harness::root().join("listings/ch14-banyak-mesin/03-ukur-timely.out");
    let text = std::fs::read_to_string(&sample).expect("contoh keluaran 03-ukur-timely.out");
    let committed = Output {
        source: Source::Sample(sample),
        stdout: text,
        stderr: String::new(),
        code: Some(0),
        ..o
    };
    check_bench(&committed);
    committed.assert_contains("Build: release");
}

#[test]
fn ch14_03_ukur_timely_argumen_salah() {
    let o = run_bin("ch14-03-ukur-timely", &["sejuta"], DEFAULT_TIMEOUT);
    o.assert_clean_error("galat: ", "bilangan bulat");
    let o = run_bin(
        "ch14-03-ukur-timely",
        &["--proses-1", "10"],
        DEFAULT_TIMEOUT,
    );
    o.assert_clean_error("galat: ", "PORT0");
}
