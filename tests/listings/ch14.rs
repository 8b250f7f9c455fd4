//! Pemeriksaan listing Bab 14, timely dataflow (`listings/ch14-banyak-mesin`).
//!
//! Selain run biasa (1 worker), setiap listing dijalankan dengan `-w 2` dan
//! sebagai dua proses sungguhan di loopback (lihat `proses.rs`). Run dua
//! proses ditampilkan buku sebagai transkrip terminal
//! (`NN-nama-dua-proses.out`), dibuat dengan `BLESS=1` dan diperiksa dengan
//! pemeriksaan yang sama seperti run nyatanya.

mod proses;

use crate::harness::{self, DEFAULT_TIMEOUT, Output, Source, blessing, check_listing, run_bin};
use proses::{Pair, Peer, run_pair};
use std::time::Duration;

pub const LISTINGS: &[&str] = &[
    "ch14_01_prima_timely",
    "ch14_02_hitung_kata",
    "ch14_03_rekan_mati",
    "ch14_04_ukur_timely",
];
pub const MUST_NOT_COMPILE: &[&str] = &[];

/// Jumlah prima di 1..limit, dihitung sendiri oleh test (saringan), bukan
/// dengan kode listing.
fn primes_below(limit: usize) -> u64 {
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
fn check_primes(outs: &[&Output], peers: u64) {
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
fn check_words(outs: &[&Output], peers: u64) {
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

/// Listing 14.3: baris ronde setiap worker berurutan, total sementara sama
/// dengan jumlah prima di 1..(50.000 x ronde + 1). `finished`: semua 20 ronde.
fn check_rounds(o: &Output, finished: bool) {
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

/// Listing 14.4: empat varian per ulangan, semuanya menemukan jumlah prima
/// yang benar untuk batas yang dicetak.
fn check_bench(o: &Output) {
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

// ---------------------------------------------------------------------------
// Transkrip terminal: `$ cargo run ...`, keluarannya, `$ echo $?`, kode.
// ---------------------------------------------------------------------------

/// Satu terminal dalam transkrip: perintah, keluaran (stdout lalu stderr),
/// dan kode keluar bila proses keluar sendiri.
fn session(o: &Output, args: &str, note: &str) -> String {
    let bin = o.bin.split(' ').next().unwrap();
    let mut s = format!(
        "{note}$ cargo run --bin {bin} -- {args}\n{}{}",
        o.stdout, o.stderr
    );
    if let Some(code) = o.code {
        s.push_str(&format!("$ echo $?\n{code}\n"));
    }
    s
}

/// Kebalikan `session`: setiap `$ cargo run` menjadi satu `Output` (stdout
/// berisi stdout + stderr, seperti terminal), untuk diperiksa ulang.
fn parse_transcript(bin: &str, text: &str) -> Vec<Output> {
    let mut outs: Vec<Output> = Vec::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        if line.starts_with("$ cargo run") {
            let mut o = Output {
                bin: bin.to_string(),
                source: Source::Live,
                stdout: String::new(),
                stderr: String::new(),
                code: None,
            };
            while let Some(l) = lines
                .peek()
                .filter(|l| !l.starts_with("$ ") && !l.starts_with("# "))
            {
                o.stdout.push_str(l);
                o.stdout.push('\n');
                lines.next();
            }
            outs.push(o);
        } else if line == "$ echo $?" {
            let code = lines.next().and_then(|c| c.parse().ok());
            outs.last_mut().expect("echo setelah cargo run").code = code;
        }
    }
    outs
}

/// Keluaran live dengan stderr digabung ke stdout, seperti di transkrip.
fn merged(o: &Output) -> Output {
    Output {
        stdout: format!("{}{}", o.stdout, o.stderr),
        stderr: String::new(),
        ..o.clone()
    }
}

/// `BLESS=1`: tulis transkrip; selain itu: periksa transkrip yang di-commit.
fn bless_or_check(stem: &str, bin: &str, transcript: String, check: impl Fn(&[Output])) {
    let path = harness::root()
        .join("listings/ch14-banyak-mesin")
        .join(format!("{stem}.out"));
    if blessing() {
        std::fs::write(&path, transcript).unwrap();
        return;
    }
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{}: belum ada; buat dengan BLESS=1", path.display()));
    let outs = parse_transcript(&format!("{bin}, transkrip {stem}.out"), &text);
    // `Output::describe` hanya mengenal contoh keluaran `NN-nama.out`; beri
    // konteks sendiri supaya jelas bahwa yang gagal adalah transkrip ini.
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check(&outs)));
    if let Err(e) = result {
        let msg = e
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default();
        panic!(
            "transkrip yang di-commit {} tidak lolos pemeriksaan yang sama dengan run nyata \
             (buat ulang dengan BLESS=1): {msg}",
            path.display()
        );
    }
}

fn pair_transcript(pair: &Pair, extra: &str, note: &str) -> String {
    let args = |p: u8| format!("-n 2 -p {p} -h hosts.txt{extra}");
    format!(
        "$ cat hosts.txt\n{}# terminal 1\n{}# terminal 2\n{}{note}",
        pair.hosts,
        session(&pair.p0, &args(0), ""),
        session(&pair.p1, &args(1), "")
    )
}

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
        "01-prima-timely-dua-thread",
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
    bless_or_check("01-prima-timely-dua-proses", bin, t, |outs| {
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
    bless_or_check("02-hitung-kata-dua-proses", bin, t, |outs| {
        check_pair_finished(outs, check_words)
    });
}

#[test]
fn ch14_03_rekan_mati() {
    check_listing("ch14_03_rekan_mati", |o| check_rounds(o, true));
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
    let bin = "ch14-03-rekan-mati";
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
fn ch14_03_rekan_mati_dibunuh() {
    killed_peer(Peer::Kill, "03-rekan-mati-dibunuh", 3, KILLED, "kill -9");
}

#[test]
#[cfg(unix)]
fn ch14_03_rekan_mati_dibekukan() {
    killed_peer(
        Peer::Freeze,
        "03-rekan-mati-dibekukan",
        4,
        FROZEN,
        "kill -STOP",
    );
}

#[test]
fn ch14_03_rekan_mati_hostfile_salah() {
    let o = run_bin(
        "ch14-03-rekan-mati",
        &["-n", "2", "-h", "tidak-ada.txt"],
        DEFAULT_TIMEOUT,
    );
    o.assert_clean_error("galat: timely tidak bisa dimulai", "No such file");
}

/// Run debug kecil di `cargo test`; contoh keluaran yang di-commit adalah run
/// release berukuran bench (dibuat dengan tangan, lihat komentar listing),
/// jadi `BLESS=1` tidak menimpanya.
#[test]
fn ch14_04_ukur_timely() {
    let o = run_bin("ch14-04-ukur-timely", &[], Duration::from_secs(60));
    assert_eq!(o.code, Some(0), "{}", o.describe("kode keluar"));
    check_bench(&o);
    let sample = harness::sample_path("ch14-04-ukur-timely");
    let text = std::fs::read_to_string(&sample).expect("contoh keluaran 04-ukur-timely.out");
    let committed = Output {
        source: Source::Sample,
        stdout: text,
        stderr: String::new(),
        code: Some(0),
        ..o
    };
    check_bench(&committed);
    committed.assert_contains("Build: release");
}

#[test]
fn ch14_04_ukur_timely_argumen_salah() {
    let o = run_bin("ch14-04-ukur-timely", &["sejuta"], DEFAULT_TIMEOUT);
    o.assert_clean_error("galat: ", "bilangan bulat");
    let o = run_bin(
        "ch14-04-ukur-timely",
        &["--proses-1", "10"],
        DEFAULT_TIMEOUT,
    );
    o.assert_clean_error("galat: ", "PORT0");
}
