//! Pemeriksaan keluaran listing Bab 14: fakta yang dijamin program untuk
//! setiap pembagian kerja yang sah, dipakai untuk run nyata dan untuk contoh
//! keluaran/transkrip yang di-commit.

use crate::harness::Output;

/// Jumlah prima di 1..limit, dihitung sendiri oleh test (saringan), bukan
/// dengan kode listing.
pub fn primes_below(limit: usize) -> u64 {
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
    is_prime.iter().filter(|&&p| p).count() as u64
}

/// Semua bilangan bulat di sebuah baris, berurutan.
fn numbers(line: &str) -> Vec<u64> {
    line.split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .map(|s| s.parse().unwrap())
        .collect()
}

/// Bilangan di setiap baris yang memuat `pat`, dari semua keluaran.
fn rows(outs: &[&Output], pat: &str) -> Vec<Vec<u64>> {
    outs.iter()
        .flat_map(|o| o.lines_with(pat).into_iter().map(|i| numbers(o.lines()[i])))
        .collect()
}

/// Indeks worker di kolom pertama harus tepat 0..peers, masing-masing sekali.
fn assert_workers(o: &Output, rows: &[Vec<u64>], peers: u64) {
    let mut idx: Vec<u64> = rows.iter().map(|r| r[0]).collect();
    idx.sort();
    let want: Vec<u64> = (0..peers).collect();
    assert_eq!(
        idx,
        want,
        "{}",
        o.describe(&format!("setiap worker 0..{peers} melapor tepat sekali"))
    );
}

/// Listing 14.1: potongan dan prima dibagi habis di antara worker, dan setiap
/// worker (di proses mana pun) melihat total yang sama.
pub fn check_primes(outs: &[&Output], peers: u64) {
    let o = outs[0];
    let rows = rows(outs, " potongan, ");
    assert_workers(o, &rows, peers);
    for r in &rows {
        let [_, p, _, _, total] = r[..] else {
            o.fail("baris worker tidak berbentuk yang diharapkan")
        };
        assert_eq!(p, peers, "{}", o.describe("jumlah worker (peers)"));
        assert_eq!(
            total,
            78_498,
            "{}",
            o.describe("total yang dilihat setiap worker")
        );
    }
    let chunks: u64 = rows.iter().map(|r| r[2]).sum();
    let primes: u64 = rows.iter().map(|r| r[3]).sum();
    assert_eq!(
        chunks,
        100,
        "{}",
        o.describe("100 potongan, masing-masing sekali")
    );
    assert_eq!(primes, 78_498, "{}", o.describe("prima milik semua worker"));
}

/// Listing 14.2: setiap kata dihitung oleh tepat satu worker, dan bagian
/// setiap worker sama dengan hitungan satu thread.
pub fn check_words(outs: &[&Output], peers: u64) {
    let o = outs[0];
    let totals = rows(outs, "Hitungan satu thread:");
    assert_eq!(
        totals.len(),
        outs.len(),
        "{}",
        o.describe("setiap proses menghitung pembanding")
    );
    let (words, distinct) = (totals[0][0], totals[0][1]);
    assert!(
        totals.iter().all(|t| t[..] == [words, distinct]),
        "{}",
        o.describe("pembanding sama")
    );
    let rows = rows(outs, " kata berbeda, ");
    assert_workers(o, &rows, peers);
    assert!(
        rows.iter().all(|r| r[1] == peers),
        "{}",
        o.describe("jumlah worker (peers)")
    );
    let same = outs
        .iter()
        .map(|o| o.count("satu thread: ya"))
        .sum::<usize>();
    assert_eq!(
        same as u64,
        peers,
        "{}",
        o.describe("setiap worker: sama dengan hitungan satu thread")
    );
    assert_eq!(
        rows.iter().map(|r| r[2]).sum::<u64>(),
        distinct,
        "{}",
        o.describe("kata dibagi habis")
    );
    assert_eq!(
        rows.iter().map(|r| r[3]).sum::<u64>(),
        words,
        "{}",
        o.describe("kemunculan dibagi habis")
    );
}

/// Listing 14.4: baris ronde setiap worker berurutan, total sementara sama
/// dengan jumlah prima di 1..(50.000 x ronde + 1). `finished`: semua 20 ronde.
pub fn check_rounds(o: &Output, finished: bool) {
    let rounds = rows(&[o], "selesai, prima sejauh ini:");
    assert!(
        !rounds.is_empty(),
        "{}",
        o.describe("minimal satu ronde selesai")
    );
    let mut next = std::collections::BTreeMap::new();
    for r in &rounds {
        let [worker, round, 20, total] = r[..] else {
            o.fail("baris ronde tidak berbentuk yang diharapkan")
        };
        let want = next.entry(worker).or_insert(1);
        assert_eq!(
            round,
            *want,
            "{}",
            o.describe(&format!("worker {worker}: ronde berurutan"))
        );
        *want += 1;
        let limit = 50_000 * round as usize + 1;
        assert_eq!(
            total,
            primes_below(limit),
            "{}",
            o.describe(&format!("prima di 1..{limit}"))
        );
    }
    let done = rows(&[o], "selesai, total");
    if finished {
        assert!(
            next.values().all(|&n| n == 21),
            "{}",
            o.describe("semua 20 ronde")
        );
        assert_eq!(
            done.len(),
            next.len(),
            "{}",
            o.describe("setiap worker selesai")
        );
        assert!(
            done.iter().all(|r| r[1] == 78_498),
            "{}",
            o.describe("total akhir")
        );
    } else {
        assert!(
            done.is_empty(),
            "{}",
            o.describe("tanpa proses lain, komputasi tidak boleh selesai")
        );
    }
}

/// Listing 14.3: empat varian per ulangan, semuanya menemukan jumlah prima
/// yang benar untuk batas yang dicetak.
pub fn check_bench(o: &Output) {
    let header = numbers(o.lines()[o.line_of("Build: ")]);
    let [_, limit, reps, _threads] = header[..] else {
        o.fail("baris Build tidak berbentuk yang diharapkan")
    };
    let want = primes_below(limit as usize);
    let labels = [
        "timely 1 proses x 1 worker:",
        "timely 1 proses x 2 worker:",
        "timely 2 proses x 1 worker (loopback):",
        "rayon (pool global):",
    ];
    for rep in 1..=reps {
        for label in labels {
            let tag = format!("Ulangan {rep}/{reps}, {label}");
            assert_eq!(
                o.count(&tag),
                1,
                "{}",
                o.describe(&format!("{tag:?} tepat sekali"))
            );
            assert_eq!(
                o.int_after(&tag) as u64,
                want,
                "{}",
                o.describe(&format!("{tag} prima"))
            );
            let line = o.lines()[o.line_of(&tag)];
            let ms = line
                .split("waktu ")
                .nth(1)
                .and_then(|r| r.split(" ms").next());
            let ms: f64 = ms.and_then(|m| m.parse().ok()).unwrap_or(-1.0);
            assert!(
                ms > 0.0,
                "{}",
                o.describe(&format!("{tag}: waktu dalam ms"))
            );
        }
    }
    let summary = numbers(o.lines()[o.line_of("pengukuran sepakat:")]);
    assert_eq!(
        summary[..2],
        [4 * reps, want],
        "{}",
        o.describe("ringkasan")
    );
}
