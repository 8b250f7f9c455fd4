//! Pemeriksaan listing Bab 1 (`listings/ch01-konkurensi-paralelisme`).

use crate::harness::Output;

/// Satu baris `jejak mode=.. lajur=.. tugas=.. mulai=.. selesai=..`.
#[derive(Debug)]
struct Trace {
    mode: String,
    lane: u32,
    task: char,
    start: u64,
    end: u64,
}

/// Mengurai semua baris jejak, dengan format yang persis (dipakai juga oleh
/// pembuat diagram SVG).
fn traces(o: &Output) -> Vec<Trace> {
    let mut out = Vec::new();
    for line in o.lines().into_iter().filter(|l| l.starts_with("jejak ")) {
        let fields: Vec<&str> = line["jejak ".len()..].split(' ').collect();
        let keys = ["mode", "lajur", "tugas", "mulai", "selesai"];
        let bad = || -> ! { o.fail(&format!("baris jejak tidak sesuai format: {line:?}")) };
        if fields.len() != keys.len() {
            bad();
        }
        let mut vals = Vec::new();
        for (f, k) in fields.iter().zip(keys) {
            match f.split_once('=') {
                Some((key, v)) if key == k && !v.is_empty() => vals.push(v),
                _ => bad(),
            }
        }
        let num = |v: &str| v.parse::<u64>().unwrap_or_else(|_| bad());
        let mut task = vals[2].chars();
        let t = Trace {
            mode: vals[0].to_string(),
            lane: num(vals[1]) as u32,
            task: task.next().unwrap(),
            start: num(vals[3]),
            end: num(vals[4]),
        };
        if task.next().is_some() || !t.task.is_ascii_uppercase() {
            bad();
        }
        if t.mode != "konkuren" && t.mode != "paralel" {
            bad();
        }
        out.push(t);
    }
    out
}

/// Percepatan yang dicetak (`x`, dua desimal) = waktu lambat / waktu cepat
/// (konvensi buku: lebih besar = lebih cepat). Waktunya dicetak dalam ms
/// bulat ke bawah, jadi rasio aslinya ada di antara `slow / (fast + 1)` dan
/// `(slow + 1) / fast`; pembulatan dua desimal menambah 0,005.
#[track_caller]
fn check_speedup(o: &Output, speedup: f64, slow_ms: u64, fast_ms: u64) {
    let (slow, fast) = (slow_ms as f64, fast_ms as f64);
    let low = slow / (fast + 1.0) - 0.005;
    let high = if fast_ms == 0 { f64::INFINITY } else { (slow + 1.0) / fast + 0.005 };
    assert!(
        (low..=high).contains(&speedup),
        "{}",
        o.describe(&format!(
            "percepatan {speedup} harus {slow_ms} ms / {fast_ms} ms (lambat dibagi cepat)"
        ))
    );
}

/// Listing 1.5, untuk setiap JENIS dan N (`cargo xtask bench` memakai N lain):
/// setiap blok `Jenis: ..` punya N unit yang hidup bersamaan saat diukur, dan
/// angka tambahan serta per unit konsisten dengan angka sebelum/sesudah.
/// Besarnya memori tidak diperiksa: itu bergantung pada mesin.
fn check_memory(o: &Output, kinds: &[&str]) {
    let lines = o.lines();
    let starts = o.lines_with("Jenis: ");
    let found: Vec<&str> = starts
        .iter()
        .map(|&i| lines[i]["Jenis: ".len()..].split(',').next().unwrap_or(""))
        .collect();
    assert_eq!(found, kinds, "{}", o.describe("jenis yang diukur"));
    let pair = |line: &str, label: &str| -> (f64, f64) {
        let rest = line
            .strip_prefix(label)
            .unwrap_or_else(|| o.fail(&format!("baris {line:?} harus diawali {label:?}")));
        let num = |key: &str| -> f64 {
            let after = &rest[rest
                .find(key)
                .unwrap_or_else(|| o.fail(&format!("{key} hilang: {line:?}")))
                + key.len()..];
            after
                .split_whitespace()
                .next()
                .and_then(|x| x.parse().ok())
                .unwrap_or_else(|| o.fail(&format!("bukan bilangan setelah {key}: {line:?}")))
        };
        (num("RSS "), num("USS "))
    };
    for (&i, kind) in starts.iter().zip(kinds) {
        let n: f64 = lines[i].rsplit("N = ").next().unwrap().parse().unwrap();
        let block = lines
            .get(i + 1..i + 6)
            .unwrap_or_else(|| o.fail("blok memori terpotong"));
        let alive = block[0]
            .strip_prefix("Hidup bersamaan: ")
            .and_then(|x| x.parse::<f64>().ok());
        assert_eq!(
            alive,
            Some(n),
            "{}",
            o.describe(&format!("{kind}: N unit hidup bersamaan"))
        );
        let before = pair(block[1], "Sebelum: ");
        let after = pair(block[2], "Sesudah: ");
        let extra = pair(block[3], "Tambahan: ");
        assert_eq!(
            extra,
            (after.0 - before.0, after.1 - before.1),
            "{}",
            o.describe("tambahan = sesudah - sebelum")
        );
        let per = pair(block[4], &format!("Per {kind}: "));
        for (p, e) in [(per.0, extra.0), (per.1, extra.1)] {
            assert!(
                (p - e / n).abs() <= 0.051,
                "{}",
                o.describe("per unit = tambahan / N")
            );
        }
    }
}

crate::listings! {
    ch01_01_giliran => |o: &Output| {
        let want = [
            "Putaran 1: A1 B1 C1",
            "Putaran 2: A2 B2 C2",
            "Putaran 3: A3 C3",
            "Putaran 4: C4",
            "Urutan langkah: A1 B1 C1 A2 B2 C2 A3 C3 C4",
            "Jumlah putaran: 4",
            "Semua langkah dijalankan oleh satu thread: main",
        ];
        assert_eq!(o.lines(), want, "{}", o.describe("urutan giliran round-robin"));
    };

    ch01_02_linimasa => |o: &Output| {
        let slices = o.int_after("Irisan kerja per tugas:") as usize;
        assert!(slices >= 2, "{}", o.describe("minimal 2 irisan per tugas"));
        let all = traces(o);
        let tasks = ['A', 'B', 'C'];
        for mode in ["konkuren", "paralel"] {
            let segs: Vec<&Trace> = all.iter().filter(|t| t.mode == mode).collect();
            // Setiap tugas dikerjakan penuh di setiap mode.
            for task in tasks {
                let n = segs.iter().filter(|t| t.task == task).count();
                assert_eq!(n, slices, "{}", o.describe(&format!(
                    "mode {mode}: tugas {task} harus punya {slices} segmen"
                )));
            }
            assert_eq!(segs.len(), slices * tasks.len(), "{}", o.describe("tugas tak dikenal"));
            let label = format!("Total {mode}:");
            let total = o.int_after(&label) as u64;
            let last = segs.iter().map(|t| t.end).max().unwrap();
            assert!(total >= last, "{}", o.describe(&format!(
                "{label} {total} ms lebih kecil dari akhir segmen terakhir ({last} ms)"
            )));
        }
        for t in &all {
            if t.start > t.end {
                o.fail(&format!("segmen berakhir sebelum mulai: {t:?}"));
            }
        }
        // Lajur = thread yang benar-benar mencatat irisan itu (listing memberi
        // nomor lajur dari `ThreadId`). Konkuren: semua irisan di satu thread.
        let con: Vec<&Trace> = all.iter().filter(|t| t.mode == "konkuren").collect();
        assert!(con.iter().all(|t| t.lane == 1), "{}", o.describe("konkuren: semua irisan harus dikerjakan satu thread"));
        o.assert_contains("tugas bergiliran di 1 thread ==");
        // Paralel: setiap tugas dikerjakan satu thread, dan tiga tugas di tiga
        // thread yang berbeda.
        let mut lanes = Vec::new();
        for task in tasks {
            let segs: Vec<&Trace> =
                all.iter().filter(|t| t.mode == "paralel" && t.task == task).collect();
            let lane = segs[0].lane;
            assert!(segs.iter().all(|t| t.lane == lane), "{}", o.describe(&format!(
                "paralel: tugas {task} dikerjakan lebih dari satu thread"
            )));
            lanes.push(lane);
        }
        lanes.sort();
        lanes.dedup();
        assert_eq!(lanes.len(), tasks.len(), "{}", o.describe("paralel: setiap tugas harus punya thread sendiri"));
        o.assert_contains(&format!("tugas di {} thread ==", tasks.len()));
        // Gambar ASCII: 1 baris lajur untuk konkuren, 3 untuk paralel.
        assert_eq!(o.count("  Lajur "), 1 + tasks.len(), "{}", o.describe("baris linimasa ASCII"));
        o.assert_contains("Hasil hitungan tiap tugas sama di kedua mode: ya");
        // Satu konvensi rasio di seluruh buku: percepatan, lebih besar = lebih cepat.
        let con_total = o.int_after("Total konkuren:") as u64;
        let par_total = o.int_after("Total paralel:") as u64;
        check_speedup(o, o.float_after("Percepatan paralel:"), con_total, par_total);
    };

    ch01_03_menunggu_vs_menghitung => |o: &Output| {
        // Hitung sendiri jumlah prima di bawah 100.000 (saringan Eratosthenes).
        let limit = 100_000;
        let mut sieve = vec![true; limit];
        sieve[0] = false;
        sieve[1] = false;
        for i in 2..limit {
            if sieve[i] {
                for j in (i * i..limit).step_by(i) {
                    sieve[j] = false;
                }
            }
        }
        let primes = sieve.iter().filter(|&&p| p).count() as i128;
        assert_eq!(o.int_after("di bawah 100000 (berurutan):"), primes, "{}", o.describe("prima berurutan"));
        assert_eq!(o.int_after("di bawah 100000 (4 thread):"), primes, "{}", o.describe("prima 4 thread"));
        // Tugas menunggu: bagian pertama keluaran.
        let lines = o.lines();
        let io = o.line_of("tugas menunggu");
        let cpu = o.line_of("tugas menghitung");
        assert!(io < cpu, "{}", o.describe("urutan bagian"));
        let after = |label: &str| -> u64 {
            let line = lines[io..cpu].iter().find(|l| l.contains(label))
                .unwrap_or_else(|| o.fail(&format!("tidak ada {label:?} di bagian menunggu")));
            line.split(':').nth(1).unwrap().trim().trim_end_matches(" ms").parse().unwrap()
        };
        let seq = after("Berurutan:");
        let par = after("4 thread:");
        assert!(seq >= 400, "{}", o.describe("4 x 100 ms berurutan minimal 400 ms"));
        assert!((par as f64) < 0.8 * seq as f64, "{}", o.describe(
            "menunggu dengan 4 thread harus < 0,8 x berurutan"
        ));
        // Kedua bagian mencetak percepatan = berurutan / 4 thread.
        for (from, to) in [(io, cpu), (cpu, lines.len())] {
            let part = |label: &str| -> &str {
                let i = o.lines_with_in(from..to, label);
                if i.len() != 1 {
                    o.fail(&format!("{label:?} harus tepat sekali per bagian"));
                }
                lines[i[0]]
            };
            let ms = |label: &str| o.int_in::<u64>(part(label), label);
            let speedup = part("Percepatan:");
            let speedup = speedup[speedup.find(':').unwrap() + 1..].trim().trim_end_matches('x');
            let speedup: f64 = speedup.parse().unwrap_or_else(|_| o.fail("percepatan bukan bilangan"));
            check_speedup(o, speedup, ms("Berurutan:"), ms("4 thread:"));
        }
        assert!(o.int_after("Core yang tersedia:") >= 1, "{}", o.describe("jumlah core"));
    };

    ch01_04_banyak_koneksi => |o: &Output| {
        assert_eq!(o.int_after("Koneksi terlayani:"), 1000, "{}", o.describe("semua koneksi"));
        // 1000 koneksi terlayani dan 1000 id yang berbeda: setiap id tepat sekali.
        assert_eq!(o.int_after("Id koneksi yang berbeda:"), 1000, "{}",
            o.describe("setiap id dilayani tepat sekali"));
        assert_eq!(o.int_after("Thread OS yang dipakai:"), 1, "{}", o.describe("satu thread OS"));
        let one_by_one = o.int_after("5 koneksi satu per satu:");
        let estimate = o.int_after("Perkiraan 1000 koneksi satu per satu:");
        let at_once = o.int_after("1000 koneksi sekaligus:");
        assert!(one_by_one >= 500, "{}", o.describe("5 x 100 ms minimal 500 ms"));
        assert_eq!(estimate, one_by_one * 200, "{}", o.describe("perkiraan = 200 x fase 5 koneksi"));
        // Fase sekaligus memakai sedikit CPU (membuat 1000 task), jadi di mesin
        // yang sangat sibuk ia bisa lebih lambat dari fase 5 koneksi. Yang
        // dijamin: jauh lebih cepat daripada melayani 1000 koneksi berurutan.
        assert!((at_once as f64) < 0.8 * estimate as f64, "{}", o.describe(
            "1000 koneksi sekaligus harus < 0,8 x perkiraan 1000 koneksi satu per satu"
        ));
    };

    ch01_05_memori => |o: &Output| check_memory(o, &["thread", "task", "proses"]);
    // Latihan: starter dan jawaban salahnya diperiksa harness (harness/latihan.rs).
    ch01_latihan_01_penjadwal => |o: &Output| {
        o.line_once("Urutan langkah: A1 B1 C1 A2 C2 A3");
        o.line_once("Benar: 6 langkah");
    };
    ch01_latihan_02_tebak_waktu => |o: &Output| {
        assert_eq!(o.int_after("Tebakan Anda: "), 300, "{}", o.describe("tebakan solusi"));
        // Tiga kelompok berurutan x 100 ms: `sleep` tidak pernah lebih singkat,
        // jadi 300 ms adalah batas bawah untuk setiap jadwal (tanpa batas atas).
        assert!(o.int_after("Terukur: ") >= 300, "{}", o.describe("waktu terukur"));
        o.line_once("(ideal 300 ms: 3 kelompok x 100 ms)");
        o.line_once("Benar: tebakan 300 ms");
    };
}

/// Satu jenis dengan N dari argumen, seperti yang dijalankan `cargo xtask
/// bench`; argumen yang salah ditolak dengan pesan yang jelas.
#[test]
fn ch01_05_memori_one_kind() {
    use crate::harness::{DEFAULT_TIMEOUT, run_bin};
    for kind in ["thread", "task", "proses"] {
        let o = run_bin("ch01-05-memori", &[kind, "7"], DEFAULT_TIMEOUT);
        assert_eq!(o.code, Some(0), "{}", o.describe("kode keluar"));
        check_memory(&o, &[kind]);
        assert_eq!(
            o.int_after("Hidup bersamaan: "),
            7,
            "{}",
            o.describe("N dari argumen")
        );
    }
    for bad in [&["benang"][..], &["thread", "0"][..], &["task", "x"][..]] {
        run_bin("ch01-05-memori", bad, DEFAULT_TIMEOUT)
            .assert_clean_error("galat: pemakaian: ", "JENIS");
    }
}

crate::must_not_compile! {}
