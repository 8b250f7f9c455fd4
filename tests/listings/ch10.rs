//! Pemeriksaan listing Bab 10, async dengan tokio (`listings/ch10-async`).

use crate::harness::Output;

/// Pemeriksaan listing halaman Bab 10.1 (Listing 10.9 dan seterusnya).
mod kendali;

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
        let seq: Vec<usize> = ["API-1: mulai", "API-1: selesai!", "API-2: mulai", "API-2: selesai!"]
            .iter()
            .map(|t| {
                let hits = o.lines_with_in(0..split, t);
                if hits.len() != 1 {
                    o.fail(&format!("fase berurutan: {t:?} harus muncul tepat sekali"));
                }
                hits[0]
            })
            .collect();
        assert!(seq.windows(2).all(|w| w[0] < w[1]), "{}", o.describe("urutan fase berurutan"));
        // Fase join!: setiap fetch mulai lalu selesai, masing-masing sekali.
        for api in ["API-1", "API-2", "API-3"] {
            let start = o.lines_with_in(split..n, &format!("{api}: mulai"));
            let end = o.lines_with_in(split..n, &format!("{api}: selesai!"));
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
        // Durasi setiap fetch, diukur oleh fetch itu sendiri.
        let took = |lo: usize, hi: usize, apis: &[(&str, i128)]| -> Vec<i128> {
            apis.iter()
                .map(|&(api, delay)| {
                    let i = o.lines_with_in(lo..hi, &format!("{api}: selesai! ("))[0];
                    let l = o.lines()[i];
                    let t: i128 = l[l.find('(').unwrap() + 1..].trim_end_matches(" ms)").parse().unwrap();
                    assert!(t >= delay, "{}", o.describe(&format!("{api} tidur >= {delay} ms")));
                    t
                })
                .collect()
        };
        let seq_took = took(0, split, &[("API-1", 200), ("API-2", 300)]);
        let join_took = took(split, n, &[("API-1", 200), ("API-2", 300), ("API-3", 100)]);
        let sequential = o.int_after("Waktu berurutan: ");
        let concurrent = o.int_after("Waktu join!: ");
        // Berurutan: total >= jumlah durasi (dijamin: satu per satu).
        assert!(
            sequential >= seq_took.iter().sum::<i128>(),
            "{}",
            o.describe("waktu berurutan = jumlah durasi")
        );
        // join!: durasi tumpang tindih, jadi total jauh di bawah jumlahnya.
        // Keterlambatan bangun thread ikut terhitung di durasi setiap fetch,
        // sehingga rasio ini tahan terhadap mesin yang sibuk.
        let busy: i128 = join_took.iter().sum();
        assert!(
            (concurrent as f64) < 0.8 * busy as f64,
            "{}",
            o.describe("join! harus menjalankan ketiga fetch tumpang tindih")
        );
    };
    ch10_02_joinset => |o: &Output| {
        let mut starts = Vec::new();
        let mut ends = Vec::new();
        for (api, delay) in [("API-1", 200), ("API-2", 300), ("API-3", 100)] {
            let label = format!("Selesai: Data dari {api} (mulai ");
            assert_eq!(o.count(&label), 1, "{}", o.describe(&format!("{api} selesai tepat sekali")));
            let from = o.int_after(&label);
            let to = o.int_after(&format!("Selesai: Data dari {api} (mulai {from} ms, selesai "));
            assert!(to - from >= delay, "{}", o.describe(&format!("{api} tidur >= {delay} ms")));
            starts.push(from);
            ends.push(to);
        }
        assert_eq!(o.count("Selesai: "), 3, "{}", o.describe("tiga tugas"));
        // Bukti konkurensi yang tidak bergantung pada kecepatan mesin: semua
        // tugas sudah mulai sebelum ada satu pun yang selesai.
        assert!(
            starts.iter().max() < ends.iter().min(),
            "{}",
            o.describe("tugas-tugas JoinSet harus berjalan tumpang tindih")
        );
        assert!(
            o.int_after("Waktu total JoinSet: ") >= *ends.iter().max().unwrap(),
            "{}",
            o.describe("total >= tugas terakhir selesai")
        );
        let ordered = o.line_of("Hasil urut input: ");
        assert_eq!(
            o.lines()[ordered].trim(),
            r#"Hasil urut input: ["Data dari API-1", "Data dari API-2", "Data dari API-3"]"#,
            "{}",
            o.describe("urutan input dipulihkan")
        );
    };
    ch10_03_timeout => |o: &Output| {
        let fast = o.exact_line("Fast-API: selesai!");
        let ok = o.exact_line("Berhasil: Data dari Fast-API");
        assert!(fast < ok, "{}", o.describe("Fast-API selesai lalu berhasil"));
        o.exact_line("Slow-API: mulai fetch...");
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
        let first = o.line_of("Dengan thread::sleep di dalam tugas async:");
        assert!(first < split, "{}", o.describe("urutan fase"));
        let ticks = o.lines_with("Tick selama pekerjaan blocking: ");
        let gaps = o.lines_with("Jeda tick terlama: ");
        assert!(ticks.len() == 2 && gaps.len() == 2, "{}", o.describe("dua fase"));
        assert!(ticks[0] < split && split < ticks[1], "{}", o.describe("urutan fase"));
        let value = |i: usize| {
            let l = o.lines()[i];
            l[l.rfind(": ").unwrap() + 2..].trim_end_matches(" ms").parse::<i128>().unwrap()
        };
        // Fase 1: satu-satunya thread runtime sedang tidur, jadi ticker
        // mustahil berdetak selama itu (dijamin).
        assert_eq!(value(ticks[0]), 0, "{}", o.describe("thread::sleep menahan ticker"));
        // Fase 2: 300 ms di thread lain; ticker tetap berdetak.
        assert!(value(ticks[1]) >= 1, "{}", o.describe("spawn_blocking membebaskan ticker"));
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
    ch10_09_select_balapan => kendali::select_balapan;
    ch10_10_aman_batal => kendali::aman_batal;
    ch10_11_mpsc_backpressure => kendali::mpsc_backpressure;
    ch10_13_guard_dalam_blok => kendali::guard_dalam_blok;
    ch10_14_mutex_tokio => kendali::mutex_tokio;
    ch10_15_abort_lepas_joinset => kendali::abort_lepas_joinset;
    ch10_16_batal_kooperatif => kendali::batal_kooperatif;
    // Latihan: starter dan jawaban salahnya diperiksa harness (harness/latihan.rs).
    // Latihan 10.1 (solusi): putusan dari waktu ideal; waktu terukur hanya
    // batas bawah yang dijamin (A dan C tiga sleep berurutan, B dan D
    // paling sedikit satu) dan rasio longgar bersamaan < 0,8 x berurutan.
    ch10_latihan_01_tebak_join_spawn => |o: &Output| {
        let mut ms = Vec::new();
        for (name, guess, ideal) in
            [("A (", 300, 300), ("B (", 100, 100), ("C (", 300, 300), ("D (", 100, 100)]
        {
            let line = o.lines()[o.line_of(name)];
            assert_eq!(o.int_in::<u64>(line, "tebakan"), guess, "{}", o.describe(name));
            assert_eq!(o.int_in::<u64>(line, "ideal"), ideal, "{}", o.describe(name));
            let measured: u64 = o.int_in(line, "terukur");
            if measured < ideal {
                o.fail(&format!("skenario {name}: {measured} ms < {ideal} ms"));
            }
            ms.push(measured);
        }
        if ms[1] * 5 >= ms[0] * 4 || ms[3] * 5 >= ms[2] * 4 {
            o.fail(&format!("B dan D harus < 0,8 x A dan C: {ms:?}"));
        }
        o.assert_contains("Benar: future baru berjalan saat di-poll");
    };
    ch10_latihan_02_guard_await => |o: &Output| {
        o.assert_lines(&[
            "Penghitung akhir: 3",
            "Nilai yang disimpan (diurutkan): [1, 2, 3]",
            "Benar: 3 kunjungan bersamaan, tidak ada kenaikan yang hilang, dan \
             tidak ada guard yang melewati .await.",
        ]);
    };
    ch10_latihan_03_joinset_timeout => |o: &Output| {
        o.assert_lines(&[
            "Urutan selesai: [5, 3, 2, 1]",
            "Hasil Anda: [Some(\"data 1\"), Some(\"data 2\"), Some(\"data 3\"), None, \
             Some(\"data 5\")]",
            "Benar: 5 hasil dalam urutan masukan, fetch 4 dibatalkan setelah 300 ms, \
             yang lain tidak ikut menunggu.",
        ]);
    };
}

crate::must_not_compile! {
    ch10_07_spawn_pinjam => ["E0373"];
    ch10_08_rc_lewat_await => ["future cannot be sent between threads safely"];
    ch10_12_guard_lewat_await => ["future cannot be sent between threads safely"];
}
