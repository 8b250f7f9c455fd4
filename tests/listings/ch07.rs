//! Pemeriksaan listing Bab 7, rayon (`listings/ch07-rayon`).

use crate::harness::Output;
use std::collections::BTreeSet;

/// Jumlah prima di 1..1_000_001 (fakta yang diperiksa setiap versi).
const PRIMES_BELOW_1M: i128 = 78_498;

/// Jumlah prima di `lo..hi`, dihitung terpisah dengan saringan Eratosthenes
/// (bukan dengan kode listing), untuk memeriksa setiap potongan.
fn primes_between(lo: usize, hi: usize) -> usize {
    let mut is_prime = vec![true; hi];
    is_prime[0] = false;
    if hi > 1 {
        is_prime[1] = false;
    }
    let mut i = 2;
    while i * i < hi {
        if is_prime[i] {
            for m in (i * i..hi).step_by(i) {
                is_prime[m] = false;
            }
        }
        i += 1;
    }
    is_prime[lo..hi].iter().filter(|&&p| p).count()
}

fn squares(n: u64) -> Vec<u64> {
    (0..n).map(|x| x * x).collect()
}

/// Listing 7.1 untuk rentang apa pun (`cargo xtask bench` memberi batas lain
/// lewat argumen): jumlah prima sama dengan hitungan saringan di test ini.
fn check_primes(o: &Output) {
    let limit = o.int_after("Rentang: 1..");
    let want = primes_between(1, limit as usize) as i128;
    if limit == 1_000_001 {
        assert_eq!(want, PRIMES_BELOW_1M);
    }
    assert_eq!(
        o.int_after("Berurutan:"),
        want,
        "{}",
        o.describe("prima berurutan")
    );
    assert_eq!(o.int_after("Rayon:"), want, "{}", o.describe("prima rayon"));
    assert!(
        o.float_after("Percepatan:") > 0.0,
        "{}",
        o.describe("percepatan dicetak")
    );
    assert!(
        o.int_after("pool global rayon:") >= 1,
        "{}",
        o.describe("jumlah thread")
    );
}

#[test]
fn ch07_01_prima_limit_from_argument() {
    use crate::harness::{DEFAULT_TIMEOUT, run_bin};
    let bin = "ch07-01-prima-berurutan-vs-rayon";
    let o = run_bin(bin, &["200001"], DEFAULT_TIMEOUT);
    assert_eq!(
        o.int_after("Rentang: 1.."),
        200_001,
        "{}",
        o.describe("batas dari argumen")
    );
    check_primes(&o);
    for bad in ["sejuta", "1", "5000000000"] {
        run_bin(bin, &[bad], DEFAULT_TIMEOUT).assert_clean_error("galat: batas ", "bilangan bulat");
    }
}

/// Banyaknya pembelahan (join) Listing 7.7 dan 7.8: potongan di atas
/// `cutoff` dibelah dua di tengah. Dihitung terpisah dari listing.
fn splits(n: i128, cutoff: i128) -> i128 {
    if n <= cutoff {
        0
    } else {
        1 + splits(n / 2, cutoff) + splits(n - n / 2, cutoff)
    }
}

/// Listing 7.8 untuk batas apa pun (`cargo xtask bench` memberi batas lain
/// lewat argumen): setiap cut-off menemukan jumlah prima yang sama dengan
/// saringan di test ini, dengan banyak potongan yang bisa dihitung dari
/// panjang rentang dan cut-off. Waktu dan percepatan hanya dicetak.
fn check_cutoffs(o: &Output) {
    let limit = o.int_after("Rentang: 1..");
    let want = primes_between(1, limit as usize) as i128;
    assert_eq!(
        o.int_after("Berurutan: "),
        want,
        "{}",
        o.describe("prima berurutan")
    );
    let half = limit / 2; // separuh dari limit - 1 bilangan, dibulatkan ke atas
    for cutoff in [1, 100, 10_000, half] {
        let label = format!("Cut-off {cutoff}: ");
        assert_eq!(
            o.count(&label),
            1,
            "{}",
            o.describe(&format!("satu baris {label:?}"))
        );
        assert_eq!(
            o.int_after(&label),
            want,
            "{}",
            o.describe(&format!("prima, {label}"))
        );
        let line = o.lines()[o.line_of(&label)];
        let pieces = line
            .split(", ")
            .find_map(|part| part.strip_suffix(" potongan"))
            .and_then(|n| n.parse::<i128>().ok())
            .unwrap_or_else(|| o.fail(&format!("banyak potongan tidak terbaca di {line:?}")));
        assert_eq!(
            pieces,
            splits(limit - 1, cutoff) + 1,
            "{}",
            o.describe(&format!("banyak potongan, {label}"))
        );
        assert!(
            line.contains(" ms, percepatan "),
            "{}",
            o.describe("waktu dan percepatan dicetak")
        );
    }
    assert_eq!(
        o.int_after("into_par_iter: "),
        want,
        "{}",
        o.describe("prima into_par_iter")
    );
}

#[test]
fn ch07_08_cutoff_limit_from_argument() {
    use crate::harness::{DEFAULT_TIMEOUT, run_bin};
    let bin = "ch07-08-cutoff-prima";
    let o = run_bin(bin, &["30001"], DEFAULT_TIMEOUT);
    assert_eq!(
        o.int_after("Rentang: 1.."),
        30_001,
        "{}",
        o.describe("batas dari argumen")
    );
    check_cutoffs(&o);
    for bad in ["banyak", "1"] {
        run_bin(bin, &[bad], DEFAULT_TIMEOUT).assert_clean_error("galat: batas ", "bilangan bulat");
    }
}

crate::listings! {
    ch07_01_prima_berurutan_vs_rayon => |o: &Output| check_primes(o);
    ch07_02_pool_eksplisit => |o: &Output| {
        let done = o.lines_with("Selesai ke-");
        assert_eq!(done.len(), 10, "{}", o.describe("harus ada 10 hasil potongan"));
        let mut starts = BTreeSet::new();
        let mut sum = 0;
        for (rank, &i) in done.iter().enumerate() {
            let line = o.lines()[i];
            // "Selesai ke- k: potongan lo..hi berisi n prima"
            let [k, lo, hi, n] = o.ints_in::<u64>(line)[..] else {
                o.fail(&format!("baris tidak berbentuk yang diharapkan: {line:?}"));
            };
            assert_eq!(k as usize, rank + 1, "{}", o.describe("nomor urut selesai"));
            assert_eq!(hi, (lo + 100_000).min(1_000_001), "{}", o.describe("batas potongan"));
            assert_eq!((lo - 1) % 100_000, 0, "{}", o.describe("awal potongan"));
            assert!(starts.insert(lo), "{}", o.describe(&format!("potongan {lo} dilaporkan dua kali")));
            let want = primes_between(lo as usize, hi as usize);
            assert_eq!(n as usize, want, "{}", o.describe(&format!("jumlah prima di {lo}..{hi}")));
            sum += n;
        }
        assert_eq!(starts.len(), 10, "{}", o.describe("sepuluh potongan berbeda"));
        o.assert_contains("potongan 1..100001 berisi 9592 prima");
        assert_eq!(sum as i128, PRIMES_BELOW_1M, "{}", o.describe("jumlah potongan"));
        assert_eq!(o.int_after("10 potongan):"), PRIMES_BELOW_1M, "{}", o.describe("total paralel"));
    };
    ch07_03_with_min_len => |o: &Output| {
        for label in ["Bawaan:", "with_min_len(100000):", "with_max_len(1000):"] {
            let line = o.lines()[o.line_of(label)];
            let rest = &line[line.find(label).unwrap() + label.len()..];
            let [sum, pieces] = o.ints_in::<u64>(rest)[..] else {
                o.fail(&format!("baris {line:?} tidak berbentuk yang diharapkan"));
            };
            assert_eq!(sum, 500_000_500_000, "{}", o.describe(&format!("{label} jumlah 1..=1.000.000")));
            assert!(pieces >= 1, "{}", o.describe("minimal satu potongan"));
            if label.starts_with("with_min_len") {
                // Setiap potongan >= 100.000 elemen: paling banyak 10.
                assert!(pieces <= 10, "{}", o.describe("with_min_len membatasi jumlah potongan"));
            }
            if label.starts_with("with_max_len") {
                // Setiap potongan <= 1.000 elemen: minimal 1.000 potongan.
                assert!(pieces >= 1_000, "{}", o.describe("with_max_len memaksa potongan kecil"));
            }
        }
    };
    ch07_04_map_starmap => |o: &Output| {
        assert_eq!(o.list_after::<u64>("map:"), squares(20), "{}", o.describe("map dalam urutan masukan"));
        assert_eq!(o.list_after::<u64>("map per potongan:"), squares(20), "{}", o.describe("map per potongan"));
        assert_eq!(o.list_after::<u64>("starmap:"), vec![3, 7, 11, 15], "{}", o.describe("starmap"));
        // 20 tidur @50 ms di 4 thread: tidak mungkin di bawah 250 ms.
        assert!(o.int_after("Waktu map:") >= 250, "{}", o.describe("batas bawah waktu map"));
        assert!(o.int_after("Waktu map per potongan:") >= 250, "{}", o.describe("batas bawah waktu"));
    };
    ch07_05_imap_berurutan_vs_acak => |o: &Output| {
        let lines = o.lines();
        let a = o.line_of("imap (urutan masukan):");
        let b = o.line_of("tanpa urutan");
        assert!(a < b, "{}", o.describe("bagian imap lebih dulu"));
        let ordered: Vec<u64> = lines[a + 1..b].iter().map(|l| o.ints_in::<u64>(l)[0]).collect();
        assert_eq!(ordered, squares(8), "{}", o.describe("imap dalam urutan masukan"));
        let mut seen = BTreeSet::new();
        for l in &lines[b + 1..] {
            let nums = o.ints_in::<u64>(l);
            let (result, item) = (nums[0], nums[1]);
            assert_eq!(result, item * item, "{}", o.describe(&format!("hasil item {item}")));
            assert!(seen.insert(item), "{}", o.describe(&format!("item {item} dua kali")));
        }
        assert_eq!(seen, (0..8).collect(), "{}", o.describe("setiap item tepat sekali"));
    };
    ch07_06_apply_async => |o: &Output| {
        o.assert_contains("20 tugas terkirim");
        assert_eq!(o.list_after::<u64>("async:"), squares(20), "{}", o.describe("hasil apply_async"));
        // Tugas 300 ms tidak mungkin selesai dalam penantian 100 ms.
        let timeout = o.line_of("Timeout!");
        let later = o.line_of("Tugas lambat tetap selesai");
        assert!(timeout < later, "{}", o.describe("timeout dulu, hasil kemudian"));
        assert_eq!(o.count("Tugas lambat: "), 0, "{}", o.describe("tidak boleh dapat hasil dalam 100 ms"));
    };
    ch07_07_join_merge_sort => |o: &Output| {
        let n = o.int_after("Elemen: ");
        let cutoff = o.int_after("cut-off: ");
        o.assert_contains("Hasil sama dengan sort_unstable(): ya\n");
        // Pohon rekursinya hanya bergantung pada n dan cut-off (selalu dibelah
        // di tengah), jadi banyaknya join bisa dihitung di sini.
        let joins = o.int_after("rayon::join dipanggil: ");
        assert_eq!(joins, splits(n, cutoff), "{}", o.describe("banyaknya join"));
        // Setiap join menjalankan kedua closure tepat sekali, apa pun thread
        // yang mengerjakannya.
        assert_eq!(o.int_after("Closure kiri berjalan: "), joins, "{}", o.describe("closure kiri per join"));
        assert_eq!(o.int_after("Closure kanan berjalan: "), joins, "{}", o.describe("closure kanan per join"));
        assert!(o.int_after("dicuri thread lain: ") <= joins, "{}", o.describe("pencurian <= join"));
    };
    ch07_08_cutoff_prima => |o: &Output| check_cutoffs(o);
    ch07_09_scope_pohon => |o: &Output| {
        let folders = o.int_after("Folder dikunjungi, berurutan: ");
        assert!(folders > 1, "{}", o.describe("pohon punya subfolder"));
        assert_eq!(
            o.int_after("Folder dikunjungi, paralel: "), folders,
            "{}", o.describe("satu tugas per folder, semuanya selesai sebelum scope kembali")
        );
        let bytes = o.int_after("Total berurutan: ");
        assert!(bytes > 0, "{}", o.describe("ada berkas"));
        assert_eq!(o.int_after("Total paralel: "), bytes, "{}", o.describe("total paralel = berurutan"));
    };
    // Latihan: starter dan jawaban salahnya diperiksa harness (harness/latihan.rs).
    ch07_latihan_01_jumlah_join => |o: &Output| {
        o.line_once("Jumlah 1..=20000: 200010000 (seharusnya 200010000)");
        o.line_once("Potongan dijumlahkan leaf_sum: 32");
        o.line_once("Potongan terpendek: 625, terpanjang: 625");
        assert!(o.int_after("bersamaan paling banyak: ") >= 2, "{}", o.describe("dua potongan bersamaan"));
        o.line_once("Benar: jumlah 200010000, 32 potongan lewat rayon::join, tiap potongan <= 1000.");
    };
    ch07_latihan_02_scope_dokumen => |o: &Output| {
        o.line_once("Banyak kata per dokumen: [10, 20, 30, 40, 50, 60]");
        o.line_once("count_words dipanggil: 6 kali");
        assert!(o.int_after("bersamaan paling banyak: ") >= 2, "{}", o.describe("dua dokumen bersamaan"));
        o.line_once("Benar: 6 dokumen, masing-masing dalam tugas rayon::scope.");
    };
    // Latihan 7.3 (solusi): putusan dari waktu ideal; waktu terukur hanya
    // batas bawah (4 x 100 ms dibagi jumlah thread) dan rasio longgar
    // 4 thread < 0,8 x 1 thread.
    ch07_latihan_03_tebak_join => |o: &Output| {
        o.assert_contains("Tebakan Anda: 1 thread 400 ms, 2 thread 200 ms, 4 thread 100 ms");
        o.assert_contains("Ideal: 1 thread 400 ms, 2 thread 200 ms, 4 thread 100 ms");
        let t1: u64 = o.int_in_line("Terukur:", "1 thread");
        let t2: u64 = o.int_in_line("Terukur:", "2 thread");
        let t4: u64 = o.int_in_line("Terukur:", "4 thread");
        if t1 < 400 || t2 < 200 || t4 < 100 {
            o.fail("tidak mungkin lebih cepat daripada 400 ms dibagi jumlah thread");
        }
        if t4 * 5 >= t1 * 4 {
            o.fail(&format!("4 thread {t4} ms tidak < 0,8 x 1 thread {t1} ms"));
        }
        o.assert_contains("Benar: join paralel sebanyak thread yang menganggur.");
    };
    ch07_10_io_memblokir_pool => |o: &Output| {
        assert_eq!(o.int_after("Pool rayon 2 thread:"), 8, "{}", o.describe("8 tugas di pool"));
        assert_eq!(o.int_after("8 thread biasa:"), 8, "{}", o.describe("8 tugas di thread"));
        let pool_ms = o.int_after("tugas I/O, waktu");
        let line = o.lines()[o.line_of("8 thread biasa:")];
        let threads_ms = o.ints_in::<u64>(line)[2] as i128;
        // Total tidur 8 x 50 ms dibagi 2 thread: pool tidak mungkin < 200 ms.
        assert!(pool_ms >= 200, "{}", o.describe("pool 2 thread butuh >= 4 putaran"));
        assert!(
            (threads_ms as f64) < 0.8 * pool_ms as f64,
            "{}",
            o.describe("thread biasa harus jauh lebih cepat daripada pool 2 thread")
        );
    };
}

crate::must_not_compile! {}
