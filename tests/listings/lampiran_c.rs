//! Pemeriksaan listing Lampiran C, pengukuran (`listings/lampiran-c-pengukuran`).
//!
//! Hanya hasil yang dijamin yang diperiksa (total penghitung, jumlah prima);
//! waktu dan percepatan tidak pernah di-assert: itu urusan `cargo xtask bench`.

use crate::harness::Output;

/// Jumlah prima di 1..limit, dihitung di test ini (bukan dengan kode listing).
fn primes_below(limit: usize) -> i64 {
    let mut is_prime = vec![true; limit.max(2)];
    is_prime[0] = false;
    is_prime[1] = false;
    let mut i = 2;
    while i * i < limit {
        if is_prime[i] {
            for m in (i * i..limit).step_by(i) {
                is_prime[m] = false;
            }
        }
        i += 1;
    }
    is_prime[..limit].iter().filter(|&&p| p).count() as i64
}

/// Setiap varian penghitung mencapai total yang tepat, THREADS x tambahan per
/// thread (bawaan 10 x 100.000; `cargo xtask bench` memberi ukuran lain).
fn check_counters(o: &Output) {
    assert_eq!(
        o.int_after("Thread:"),
        10,
        "{}",
        o.describe("jumlah thread")
    );
    let per_thread = o.int_in::<i64>(o.only_line("tambahan per thread:"), "thread:");
    for label in ["Mutex:", "AtomicUsize:", "Jumlah lokal:"] {
        let total = o.int_in::<i64>(o.only_line(label), "total");
        assert_eq!(
            total,
            10 * per_thread,
            "{}",
            o.describe(&format!("total {label}"))
        );
        o.int_in::<i64>(o.only_line(label), "waktu");
    }
}

/// Kedua algoritma menemukan jumlah prima yang benar untuk rentangnya
/// (78.498 di 1..1.000.001).
fn check_sieve(o: &Output) {
    let limit = o.int_in::<i64>(o.only_line("Rentang: "), "1..") as usize;
    let want = primes_below(limit);
    if limit == 1_000_001 {
        assert_eq!(want, 78_498);
    }
    assert!(
        o.int_in::<i64>(o.only_line("Pembagian percobaan"), "rayon") >= 1,
        "{}",
        o.describe("jumlah thread rayon harus >= 1")
    );
    for label in ["Pembagian percobaan", "Saringan Eratosthenes"] {
        let count = o.int_in::<i64>(o.only_line(label), ":");
        assert_eq!(
            count,
            want,
            "{}",
            o.describe(&format!("jumlah prima {label}"))
        );
        o.int_in::<i64>(o.only_line(label), "waktu");
    }
    o.assert_contains("Saringan lebih cepat:");
}

/// Ukuran dari argumen (dipakai `cargo xtask bench`): pemeriksaan yang sama
/// berlaku, dan argumen yang salah ditolak dengan pesan yang jelas.
#[test]
fn lampiran_c_sizes_from_arguments() {
    use crate::harness::{DEFAULT_TIMEOUT, run_bin};
    let o = run_bin(
        "lampiran-c-01-counter-kontensi",
        &["2000", "3"],
        DEFAULT_TIMEOUT,
    );
    assert_eq!(
        o.int_in::<i64>(o.only_line("Mutex:"), "total"),
        20_000,
        "{}",
        o.describe("10 x 2000")
    );
    assert_eq!(
        o.int_in::<i64>(o.only_line("Thread:"), "diulang"),
        3,
        "{}",
        o.describe("ULANG dari argumen")
    );
    check_counters(&o);
    for bad in [&["-5"][..], &["2000", "0"][..]] {
        run_bin("lampiran-c-01-counter-kontensi", bad, DEFAULT_TIMEOUT)
            .assert_clean_error("galat: TAMBAHAN dan ULANG ", "bilangan bulat positif");
    }

    let o = run_bin(
        "lampiran-c-02-saringan-vs-thread",
        &["100001", "3"],
        DEFAULT_TIMEOUT,
    );
    assert_eq!(
        o.int_in::<i64>(o.only_line("Rentang: "), "diulang"),
        3,
        "{}",
        o.describe("ULANG dari argumen")
    );
    check_sieve(&o);
    assert_eq!(
        o.int_in::<i64>(o.only_line("Saringan Eratosthenes"), ":"),
        9_592,
        "{}",
        o.describe("prima < 100.001")
    );
    for bad in [&["1"][..], &["100001", "0"][..], &["x"][..]] {
        run_bin("lampiran-c-02-saringan-vs-thread", bad, DEFAULT_TIMEOUT)
            .assert_clean_error("galat: pemakaian: ", "BATAS");
    }
}

crate::listings! {
    lampiran_c_01_counter_kontensi => |o: &Output| check_counters(o);
    lampiran_c_02_saringan_vs_thread => |o: &Output| check_sieve(o);
}

crate::must_not_compile! {}
