//! Pemeriksaan listing Bab 10, async dengan tokio (`listings/ch10-async`).

use crate::harness::Output;

/// Indeks baris yang sama persis (setelah trim) dengan `text`; harus tepat satu.
#[track_caller]
fn exact_line(o: &Output, text: &str) -> usize {
    let hits: Vec<usize> = o
        .lines()
        .iter()
        .enumerate()
        .filter(|(_, l)| l.trim() == text)
        .map(|(i, _)| i)
        .collect();
    if hits.len() != 1 {
        o.fail(&format!(
            "baris {text:?} seharusnya muncul tepat sekali, muncul {} kali",
            hits.len()
        ));
    }
    hits[0]
}

/// Baris-baris `lo..hi` yang sama persis dengan `text`.
fn exact_in(o: &Output, lo: usize, hi: usize, text: &str) -> Vec<usize> {
    o.lines()[lo..hi]
        .iter()
        .enumerate()
        .filter(|(_, l)| l.trim() == text)
        .map(|(i, _)| lo + i)
        .collect()
}

/// Rentang "dari-sampai ms" pada baris yang memuat `label`.
#[track_caller]
fn span(o: &Output, label: &str) -> (i128, i128) {
    let line = o.lines()[o.line_of(label)];
    let range = line.rsplit(", ").next().unwrap().trim_end_matches(" ms");
    let (from, to) = range
        .split_once('-')
        .unwrap_or_else(|| o.fail(&format!("tidak ada rentang ms di {line:?}")));
    (from.parse().unwrap(), to.parse().unwrap())
}

crate::listings! {
    ch10_01_berurutan_vs_join => |o: &Output| {
        let split = o.line_of("=== Bersamaan dengan join! ===");
        let n = o.lines().len();
        // Fase berurutan: satu fetch selesai sebelum yang berikutnya mulai.
        let seq: Vec<usize> = ["API-1: mulai fetch...", "API-1: selesai!", "API-2: mulai fetch...", "API-2: selesai!"]
            .iter()
            .map(|t| {
                let hits = exact_in(o, 0, split, t);
                if hits.len() != 1 {
                    o.fail(&format!("fase berurutan: {t:?} harus muncul tepat sekali"));
                }
                hits[0]
            })
            .collect();
        assert!(seq.windows(2).all(|w| w[0] < w[1]), "{}", o.describe("urutan fase berurutan"));
        // Fase join!: setiap fetch mulai lalu selesai, masing-masing sekali.
        for api in ["API-1", "API-2", "API-3"] {
            let start = exact_in(o, split, n, &format!("{api}: mulai fetch..."));
            let end = exact_in(o, split, n, &format!("{api}: selesai!"));
            assert!(start.len() == 1 && end.len() == 1 && start[0] < end[0], "{}", o.describe(api));
        }
        let results = o.lines_with("Hasil: ");
        assert_eq!(results.len(), 2, "{}", o.describe("dua baris hasil"));
        assert_eq!(o.lines()[results[0]].trim(), r#"Hasil: ["Data dari API-1", "Data dari API-2"]"#);
        assert_eq!(
            o.lines()[results[1]].trim(),
            r#"Hasil: ["Data dari API-1", "Data dari API-2", "Data dari API-3"]"#,
            "{}",
            o.describe("join! mengembalikan hasil menurut urutan argumen")
        );
        let sequential = o.int_after("Waktu berurutan: ");
        let concurrent = o.int_after("Waktu join!: ");
        assert!(sequential >= 500, "{}", o.describe("berurutan = 200 + 300 ms"));
        assert!(concurrent >= 300, "{}", o.describe("join! menunggu yang terlama"));
        assert!(
            (concurrent as f64) < 0.8 * sequential as f64,
            "{}",
            o.describe("join! harus jauh lebih cepat daripada berurutan")
        );
    };
    ch10_02_joinset => |o: &Output| {
        for (api, delay) in [("API-1", 200), ("API-2", 300), ("API-3", 100)] {
            let label = format!("Selesai: Data dari {api} (tugas itu berjalan ");
            assert_eq!(o.count(&label), 1, "{}", o.describe(&format!("{api} selesai tepat sekali")));
            assert!(o.int_after(&label) >= delay, "{}", o.describe(&format!("{api} tidur >= {delay} ms")));
        }
        assert_eq!(o.count("Selesai: "), 3, "{}", o.describe("tiga tugas"));
        let ordered = o.line_of("Hasil urut input: ");
        assert_eq!(
            o.lines()[ordered].trim(),
            r#"Hasil urut input: ["Data dari API-1", "Data dari API-2", "Data dari API-3"]"#,
            "{}",
            o.describe("urutan input dipulihkan")
        );
        let busy = o.int_after("Jumlah durasi semua tugas: ");
        let total = o.int_after("Waktu total JoinSet: ");
        assert!(busy >= 600, "{}", o.describe("jumlah durasi >= 200 + 300 + 100 ms"));
        assert!(total >= 300, "{}", o.describe("total >= tugas terlama"));
        assert!(
            (total as f64) < 0.8 * busy as f64,
            "{}",
            o.describe("tugas-tugas JoinSet harus berjalan tumpang tindih")
        );
    };
    ch10_03_timeout => |o: &Output| {
        let fast = exact_line(o, "Fast-API: selesai!");
        let ok = exact_line(o, "Berhasil: Data dari Fast-API");
        assert!(fast < ok, "{}", o.describe("Fast-API selesai lalu berhasil"));
        exact_line(o, "Slow-API: mulai fetch...");
        assert_eq!(o.count("Slow-API: selesai!"), 0, "{}", o.describe("Slow-API tidak pernah selesai"));
        assert_eq!(o.count("Timeout!"), 1, "{}", o.describe("tepat satu timeout"));
        assert!(
            o.int_after("Timeout! Slow-API menyerah setelah ") >= 300,
            "{}",
            o.describe("timeout tidak terjadi sebelum 300 ms")
        );
    };
    ch10_04_spawn_vs_join => |o: &Output| {
        for label in ["join! A:", "join! B:"] {
            let line = o.lines()[o.line_of(label)];
            assert!(line.contains("thread 'main'"), "{}", o.describe("join! berjalan di tugas main"));
        }
        let (a0, a1) = span(o, "join! A:");
        let (b0, b1) = span(o, "join! B:");
        for (x0, x1) in [(a0, a1), (b0, b1)] {
            assert!(x1 - x0 >= 50, "{}", o.describe("setiap kerja >= 50 ms"));
        }
        assert!(a1 <= b0 || b1 <= a0, "{}", o.describe("dalam join!, kerja tanpa await tidak tumpang tindih"));
        for label in ["spawn C:", "spawn D:"] {
            let line = o.lines()[o.line_of(label)];
            assert!(line.contains("thread 'tokio-rt-worker'"), "{}", o.describe("tugas spawn di thread worker"));
            let (x0, x1) = span(o, label);
            assert!(x1 - x0 >= 50, "{}", o.describe("setiap kerja >= 50 ms"));
        }
    };
    ch10_05_blocking => |o: &Output| {
        let split = o.line_of("Dengan spawn_blocking:");
        let times = o.lines_with("Waktu ticker: ");
        let gaps = o.lines_with("Jeda tick terlama: ");
        assert!(times.len() == 2 && gaps.len() == 2, "{}", o.describe("dua fase"));
        assert!(times[0] < split && split < times[1], "{}", o.describe("urutan fase"));
        let parse = |i: usize| {
            let l = o.lines()[i];
            l[l.find(": ").unwrap() + 2..].trim_end_matches(" ms").parse::<f64>().unwrap()
        };
        let (blocked, fixed) = (parse(times[0]), parse(times[1]));
        assert!(blocked >= 200.0, "{}", o.describe("fase 1 menunggu sleep 200 ms"));
        assert!(fixed >= 100.0, "{}", o.describe("ticker butuh >= 5 x 20 ms"));
        assert!(
            fixed < 0.8 * blocked,
            "{}",
            o.describe("dengan spawn_blocking, ticker harus jauh lebih cepat")
        );
    };
    ch10_06_semaphore => |o: &Output| {
        assert_eq!(o.int_after("Request selesai: "), 1000, "{}", o.describe("semua 1000 selesai"));
        o.assert_contains("Request selesai: 1000 dari 1000");
        let limit = o.int_after("Batas semaphore: ");
        assert_eq!(limit, 50);
        let peak = o.int_after("Puncak request bersamaan: ");
        assert!((1..=limit).contains(&peak), "{}", o.describe("puncak tidak boleh melewati batas"));
        // 1000 x 10 ms kerja, paling banyak 50 sekaligus: minimal 200 ms.
        assert!(o.int_after("Waktu total: ") >= 200, "{}", o.describe("batas bawah waktu"));
    };
}

crate::must_not_compile! {}
