//! Pemeriksaan listing Bab 5, Rust tidak punya GIL (`listings/ch05-tanpa-gil`).

use crate::harness::Output;

/// Jumlah kuadrat i untuk 0 <= i < n, lewat rumus tertutup
/// (n-1) n (2n-1) / 6, dihitung terpisah dari listing.
fn sum_of_squares_below(n: u128) -> u128 {
    if n == 0 {
        return 0;
    }
    (n - 1) * n * (2 * n - 1) / 6
}

/// Nilai yang dikutip buku untuk n = 10.000.000.
const EXACT_10M: u128 = 333_333_283_333_335_000_000;

/// `N` yang dipakai listing beserta jumlahnya. Bawaannya 1.000.000 (debug)
/// atau 10.000.000 (release); `cargo xtask bench` memberi N lain lewat
/// argumen, jadi pemeriksaannya berlaku untuk setiap N.
#[track_caller]
fn n_and_expected(o: &Output) -> (u128, u128) {
    let n = o.int_in_line::<u128>("Build: ", "N = ");
    assert!(n > 0, "{}", o.describe("N harus positif"));
    let expected = sum_of_squares_below(n);
    if n == 10_000_000 {
        assert_eq!(expected, EXACT_10M);
    }
    (n, expected)
}

/// Pemeriksaan Listing 5.3 (dipakai juga untuk N dari argumen).
fn check_gil(o: &Output) {
    let (_, expected) = n_and_expected(o);
    // Percepatan hanya dicetak, tidak diperiksa: bergantung pada mesin.
    for variant in ["Berurutan: ", "2 thread: ", "Rayon: "] {
        for label in ["hasil 1 = ", "hasil 2 = "] {
            assert_eq!(
                o.int_in_line::<u128>(variant, label),
                expected,
                "{}",
                o.describe(&format!("{variant}{label}harus sama dengan varian lain"))
            );
        }
        let line = o.lines()[o.line_of(variant)];
        assert!(
            line.contains("waktu = ") && line.contains("percepatan = "),
            "{}",
            o.describe("waktu dan percepatan dicetak")
        );
    }
}

/// Ukuran dari argumen (dipakai `cargo xtask bench`): pemeriksaan yang sama
/// berlaku, dan argumen yang bukan bilangan ditolak dengan pesan yang jelas.
#[test]
fn ch05_sizes_from_arguments() {
    use crate::harness::{DEFAULT_TIMEOUT, run_bin};
    let o = run_bin("ch05-03-eksperimen-gil", &["300000"], DEFAULT_TIMEOUT);
    assert_eq!(
        o.int_in_line::<u128>("Build: ", "N = "),
        300_000,
        "{}",
        o.describe("N dari argumen")
    );
    check_gil(&o);
    let o = run_bin("ch05-02-optimizer", &["300000"], DEFAULT_TIMEOUT);
    assert_eq!(
        o.int_in_line::<u128>("Dengan black_box", "hasil = "),
        sum_of_squares_below(300_000),
        "{}",
        o.describe("hasil untuk N dari argumen")
    );
    for bin in ["ch05-02-optimizer", "ch05-03-eksperimen-gil"] {
        for bad in ["abc", "0"] {
            run_bin(bin, &[bad], DEFAULT_TIMEOUT).assert_clean_error("galat: N ", "bilangan bulat");
        }
    }
}

crate::listings! {
    ch05_01_luapan_u64 => |o: &Output| {
        let n: u128 = 10_000_000;
        let exact = sum_of_squares_below(n);
        assert_eq!(exact, EXACT_10M, "rumus tertutup vs angka yang dikutip buku");
        let wrapped = exact % (1u128 << 64);
        assert_eq!(o.int_in_line::<u128>("u128: ", "u128: "), exact, "{}", o.describe("u128"));
        assert_eq!(
            o.int_in_line::<u128>("wrapping_add", ": "), wrapped,
            "{}", o.describe("wrapping_add harus sama dengan jumlah benar modulo 2^64")
        );
        assert_eq!(o.int_in_line::<u128>("u128 mod 2^64", "2^64: "), wrapped, "{}", o.describe("mod 2^64"));
        assert_eq!(o.int_in_line::<u128>("u64::MAX", ": "), u128::from(u64::MAX), "{}", o.describe("u64::MAX"));
        // Indeks pertama yang membuat jumlah 0..=i melewati u64::MAX.
        let max = u128::from(u64::MAX);
        // Pencarian biner atas rumus tertutup (jumlahnya naik monoton).
        let (mut lo, mut hi) = (0, n);
        while lo < hi {
            let mid = (lo + hi) / 2;
            if sum_of_squares_below(mid + 1) > max {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        let first = lo;
        assert_eq!(first, 3_810_778);
        assert_eq!(
            o.int_in_line::<u128>("checked_add", "i = "), first,
            "{}", o.describe("indeks luapan dari checked_add")
        );
        // `+` biasa: panic dengan pesan overflow (debug), atau hasil yang
        // terbungkus (release). Keduanya sah; yang lain tidak.
        let plain = o.lines()[o.line_of("+ biasa")];
        if plain.contains("tidak panic") {
            assert_eq!(o.int_in_line::<u128>("+ biasa", "hasil = "), wrapped, "{}", o.describe("hasil terbungkus"));
        } else {
            assert!(
                plain.contains("panic \"attempt to add with overflow\""),
                "{}", o.describe("`+` biasa harus panic karena overflow atau membungkus")
            );
        }
    };
    ch05_02_optimizer => |o: &Output| {
        let (_, expected) = n_and_expected(o);
        assert_eq!(o.int_in_line::<u128>("Naif", "hasil = "), expected, "{}", o.describe("hasil naif"));
        assert_eq!(
            o.int_in_line::<u128>("Dengan black_box", "hasil = "), expected,
            "{}", o.describe("hasil dengan black_box")
        );
        for label in ["Naif", "Dengan black_box"] {
            assert!(o.lines()[o.line_of(label)].contains("waktu = "), "{}", o.describe("waktu dicetak"));
        }
    };
    ch05_03_eksperimen_gil => |o: &Output| check_gil(o);
    // Latihan: starter dan jawaban salahnya diperiksa harness (harness/latihan.rs).
    // Latihan 5.1: deterministik, jadi seluruh keluarannya.
    ch05_latihan_01_jumlah_u64 => |o: &Output| {
        o.assert_lines(&[
            "n = 0: Some(0)",
            "n = 1: Some(0)",
            "n = 10: Some(285)",
            "n = 1000000: Some(333332833333500000)",
            "n = 3810778: Some(18446735571075162805)",
            "n = 3810779: None",
            "n = 10000000: None",
            "Benar: jumlah yang muat dihitung tepat, dan luapan mulai n = 3810779 \
             dilaporkan sebagai None.",
        ]);
    };
    ch05_latihan_02_arc_mutex => |o: &Output| {
        o.assert_lines(&[
            "Daftar bersama (diurutkan): [1, 4, 9, 16]",
            "Benar: 4 thread mengisi satu daftar lewat Arc<Mutex<Vec<u64>>>.",
        ]);
    };
    // Latihan 5.3: jawaban compiler tetap, jadi seluruh keluarannya.
    ch05_latihan_03_tebak_send_sync => |o: &Output| {
        o.assert_lines(&[
            "Rc<i32>: tebakan Send tidak, Sync tidak; compiler: Send tidak, Sync tidak",
            "Cell<i32>: tebakan Send ya, Sync tidak; compiler: Send ya, Sync tidak",
            "Arc<RefCell<i32>>: tebakan Send tidak, Sync tidak; compiler: Send tidak, Sync tidak",
            "Arc<Mutex<i32>>: tebakan Send ya, Sync ya; compiler: Send ya, Sync ya",
            "Mutex<Cell<i32>>: tebakan Send ya, Sync ya; compiler: Send ya, Sync ya",
            "&RefCell<i32>: tebakan Send tidak, Sync tidak; compiler: Send tidak, Sync tidak",
            "Benar: keenam tebakan sama dengan jawaban compiler.",
        ]);
    };
    ch05_06_arc_mutex => |o: &Output| {
        assert_eq!(o.int_after("Counter: "), 4000, "{}", o.describe("4 thread x 1000"));
        assert_eq!(o.int_after("setelah join: "), 1, "{}", o.describe("hanya main yang tersisa"));
    };
}

crate::must_not_compile! {
    ch05_04_rc_ke_thread => ["E0277"];
    ch05_05_refcell_dibagi => ["E0277"];
}
