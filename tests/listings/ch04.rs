//! Pemeriksaan listing Bab 4, primitif sinkronisasi (`listings/ch04-sinkronisasi`).

use crate::harness::Output;

/// Pemeriksaan bersama dua listing pembatas koneksi (semaphore dan pool
/// channel): setiap query 0..8 mendapat koneksi tepat sekali, jumlah pemegang
/// yang dicetak tidak pernah lebih dari 3, puncak yang dilaporkan sama dengan
/// nilai terbesar yang dicetak, kedelapan query selesai, dan waktu total
/// paling sedikit 8 x 200 ms / 3 (batas bawah yang dijamin: paling banyak 3
/// query tidur 200 ms bersamaan).
fn check_limited(o: &Output, got: &str) {
    let mut ids = Vec::new();
    let mut max_active = 0;
    for (_, l) in o.lines_starting("Query ") {
        if l.contains(got) {
            ids.push(o.first_int::<i64>(l));
            let active = o.int_in::<i64>(l, "aktif:");
            if !(1..=3).contains(&active) {
                o.fail(&format!("pemegang aktif {active} di luar 1..=3: {l:?}"));
            }
            max_active = max_active.max(active);
        }
    }
    ids.sort();
    if ids != (0..8).collect::<Vec<_>>() {
        o.fail(&format!(
            "setiap query 0..8 harus mendapat koneksi tepat sekali, tercatat {ids:?}"
        ));
    }
    let peak = o.int_after("Puncak koneksi bersamaan:");
    if !(1..=3).contains(&peak) {
        o.fail(&format!(
            "puncak pemegang {peak}, seharusnya paling banyak 3"
        ));
    }
    if peak != i128::from(max_active) {
        o.fail(&format!(
            "puncak {peak} berbeda dari nilai aktif terbesar yang dicetak ({max_active})"
        ));
    }
    assert_eq!(
        o.int_after("Jumlah query selesai:"),
        8,
        "{}",
        o.describe("kedelapan query harus selesai")
    );
    let ms = o.int_after("Waktu total:");
    if ms < 533 {
        o.fail(&format!(
            "waktu total {ms} ms < 533 ms: lebih dari 3 query berjalan bersamaan?"
        ));
    }
}

crate::listings! {
    // Race condition tanpa data race: update boleh hilang, tetapi total tidak
    // pernah melebihi 1.000.000 dan laporan "hilang" cocok dengan totalnya.
    // Test TIDAK menuntut ada update yang hilang (itu bergantung jadwal).
    ch04_02_counter_load_store => |o: &Output| {
        let total = o.int_after("Load lalu store:");
        let expected = o.int_after("Seharusnya:");
        assert_eq!(expected, 1_000_000, "{}", o.describe("10 x 100.000"));
        if !(1..=1_000_000).contains(&total) {
            o.fail(&format!("total {total} di luar 1..=1.000.000"));
        }
        assert_eq!(
            o.int_after("Update yang hilang:"),
            expected - total,
            "{}",
            o.describe("update yang hilang = seharusnya - total")
        );
    };

    ch04_03_counter_mutex => |o: &Output| {
        assert_eq!(o.int_after("Dengan Mutex:"), 1_000_000, "{}", o.describe("Mutex"));
        o.int_after("Waktu:");
    };

    ch04_04_counter_atomic => |o: &Output| {
        assert_eq!(
            o.int_after("Dengan AtomicUsize:"),
            1_000_000,
            "{}",
            o.describe("fetch_add")
        );
        o.int_after("Waktu:");
    };

    // Satu thread, sepenuhnya deterministik.
    ch04_05_guard_raii => |o: &Output| {
        o.assert_lines(&[
            "Di dalam blok, lock dipegang: ya",
            "Setelah blok, lock dipegang: tidak",
            "Setelah drop(guard), lock dipegang: tidak",
            "Jalur gagal: Err(\"operasi dibatalkan\"), lock dipegang: tidak",
            "Jalur sukses: Ok(()), lock dipegang: tidak",
            "Isi log: [\"blok\", \"drop eksplisit\", \"operasi terlindungi\"]",
        ]);
    };

    // Panic hook mencetak sebelum thread selesai unwinding; join menunggunya.
    ch04_06_poisoning => |o: &Output| {
        o.assert_lines(&[
            "  [panic di thread lain] kredit 30 melebihi batas 20",
            "Thread transfer panic: true",
            "Mutex teracuni: true",
            "lock() mengembalikan Err(PoisonError)",
            "Saldo setelah panic: [70, 0], jumlah = 70",
            "Saldo dipulihkan: [70, 30], jumlah = 100",
            "Teracuni setelah clear_poison: false",
        ]);
    };

    // Lock rekursif naif: kedalaman 5 mengunci, kedalaman 4 mendapat
    // WouldBlock alih-alih menggantung.
    ch04_07_rlock_deadlock => |o: &Output| {
        o.assert_lines(&[
            "Kedalaman: 5",
            "Kedalaman 4: try_lock() -> WouldBlock",
            "  lock masih dipegang oleh pemanggil (thread ini sendiri);",
            "  lock() di sini tidak akan pernah kembali (deadlock)",
            "Tercatat: [5]",
        ]);
    };

    // Lock dipegang selama seluruh rekursi: baris tiap thread membentuk satu
    // blok utuh 5, 4, 3, 2, 1 (urutan kedua blok bebas), dan isi yang
    // tercatat sama dengan urutan cetak.
    ch04_08_rlock_restrukturisasi => |o: &Output| {
        let rows: Vec<(String, i64)> = o.lines_starting("Thread ")
            .into_iter()
            .map(|(_, l)| {
                let who = l["Thread ".len()..].split(',').next().unwrap().to_string();
                (who.clone(), o.int_in::<i64>(l, "kedalaman:"))
            })
            .collect();
        if rows.len() != 10 {
            o.fail("harus ada 10 baris kedalaman (2 thread x 5)");
        }
        for block in rows.chunks(5) {
            let who = &block[0].0;
            let depths: Vec<i64> = block.iter().map(|r| r.1).collect();
            if block.iter().any(|r| &r.0 != who) || depths != [5, 4, 3, 2, 1] {
                o.fail("baris tiap thread harus satu blok utuh kedalaman 5..1");
            }
        }
        let mut whos = [rows[0].0.as_str(), rows[5].0.as_str()];
        whos.sort();
        if whos != ["A", "B"] {
            o.fail("kedua thread A dan B harus masing-masing punya satu blok");
        }
        let recorded: Vec<String> = rows.iter().map(|(w, d)| format!("\"{w}{d}\"")).collect();
        o.assert_contains(&format!("Tercatat: [{}]", recorded.join(", ")));
    };

    // Setiap "data diterima" muncul setelah "data siap!" produsen.
    ch04_09_event => |o: &Output| {
        let ready = o.line_of("Produsen: data siap!");
        assert!(
            o.line_of("Produsen: menyiapkan data") < ready,
            "{}",
            o.describe("produsen menyiapkan sebelum siap")
        );
        let mut ids = Vec::new();
        for i in o.lines_with("data diterima") {
            if i < ready {
                o.fail("seorang konsumen menerima data sebelum produsen memberi sinyal");
            }
            let line = o.lines()[i];
            let id = o.int_in::<i64>(line, "Konsumen-");
            let waiting = o.line_of(&format!("Konsumen-{id}: menunggu data"));
            if waiting > i {
                o.fail(&format!("Konsumen-{id} menerima sebelum menunggu"));
            }
            ids.push(id);
        }
        ids.sort();
        assert_eq!(ids, [0, 1, 2], "{}", o.describe("ketiga konsumen menerima data"));
    };

    // Satu konsumen FIFO: item dikonsumsi tepat 0..4 berurutan, masing-masing
    // setelah dicetak produsen (produsen mencetak sambil memegang lock).
    ch04_10_condition => |o: &Output| {
        let produced = o.lines_starting("Diproduksi: ");
        let consumed = o.lines_starting("Dikonsumsi: ");
        let items = |v: &[(usize, &str)]| v.iter().map(|(_, l)| o.first_int::<i64>(l)).collect::<Vec<_>>();
        assert_eq!(items(&produced), [0, 1, 2, 3, 4], "{}", o.describe("item produksi"));
        assert_eq!(items(&consumed), [0, 1, 2, 3, 4], "{}", o.describe("item konsumsi"));
        for (p, c) in produced.iter().zip(&consumed) {
            if p.0 > c.0 {
                o.fail(&format!("{:?} dicetak sebelum {:?}", c.1, p.1));
            }
        }
        o.assert_contains("Produsen dan konsumen selesai");
    };

    // Semaphore buatan sendiri: selain pemeriksaan bersama, urutan per query
    // (menunggu < mendapat < selesai) dan, di sepanjang keluaran, paling
    // banyak 3 query yang sudah "mendapat" tetapi belum "selesai" (sebuah
    // query mencetak "selesai" sebelum izinnya dikembalikan).
    ch04_11_semaphore => |o: &Output| {
        check_limited(o, "mendapat koneksi");
        for id in 0..8 {
            let wait = o.line_of(&format!("Query {id} menunggu"));
            let got = o.line_of(&format!("Query {id} mendapat"));
            let done = o.line_of(&format!("Query {id} selesai"));
            if !(wait < got && got < done) {
                o.fail(&format!("urutan baris query {id} salah"));
            }
        }
        let mut open: i32 = 0;
        for l in o.lines() {
            if l.contains(" mendapat koneksi") {
                open += 1;
                if open > 3 {
                    o.fail("lebih dari 3 query memegang koneksi bersamaan");
                }
            } else if l.starts_with("Query ") && l.ends_with(" selesai") {
                open -= 1;
            }
        }
    };

    ch04_12_pool_channel => |o: &Output| {
        check_limited(o, "memakai koneksi");
        for (_, l) in o.lines_starting("Query ") {
            let conn = o.int_in::<i64>(l, "#");
            if !(1..=3).contains(&conn) {
                o.fail(&format!("koneksi #{conn} bukan salah satu dari 3 koneksi pool"));
            }
        }
    };

    // Tidak ada yang mulai sebelum ketiganya siap; tepat satu pemimpin.
    ch04_13_barrier => |o: &Output| {
        let ready = o.lines_with("siap, menunggu yang lain");
        let start = o.lines_with("mulai eksekusi bersama");
        assert_eq!(ready.len(), 3, "{}", o.describe("3 baris siap"));
        assert_eq!(start.len(), 3, "{}", o.describe("3 baris mulai"));
        if ready.iter().max() > start.iter().min() {
            o.fail("sebuah worker mulai sebelum semua worker siap");
        }
        assert_eq!(o.count("(pemimpin)"), 1, "{}", o.describe("tepat satu pemimpin"));
        for id in 0..3 {
            assert_eq!(o.count(&format!("Worker {id}: mulai")), 1, "{}", o.describe("tiap worker mulai sekali"));
        }
    };

    // RwLock: penulis menerbitkan versi 1, 2, 3 berurutan; setiap pembaca
    // membaca 4 kali dan melihat versi yang tidak pernah mundur; penulis tidak
    // pernah bertemu pembaca di dalam; puncak pembaca hanya dicetak (tidak
    // dijamin lebih dari 1).
    ch04_14_rwlock => |o: &Output| {
        let versions: Vec<i64> = o.lines_starting("Penulis: versi ")
            .iter()
            .map(|(_, l)| o.first_int::<i64>(l))
            .collect();
        assert_eq!(versions, [1, 2, 3], "{}", o.describe("versi yang diterbitkan"));
        let mut ids = Vec::new();
        for (_, l) in o.lines_starting("Pembaca ") {
            if !l.contains("melihat versi") {
                continue;
            }
            ids.push(o.first_int::<i64>(l));
            let seen = o.list_in::<i64>(l);
            if seen.len() != 4
                || seen.iter().any(|v| !(0..=3).contains(v))
                || seen.windows(2).any(|w| w[0] > w[1])
            {
                o.fail(&format!("versi yang dilihat harus 4 nilai 0..=3 yang tidak mundur: {l:?}"));
            }
        }
        ids.sort();
        assert_eq!(ids, [0, 1, 2, 3], "{}", o.describe("keempat pembaca melapor"));
        o.assert_contains("Versi akhir: 3, timeout: 300 ms");
        let peak = o.int_after("Puncak pembaca bersamaan:");
        if !(1..=4).contains(&peak) {
            o.fail(&format!("puncak pembaca {peak} di luar 1..=4"));
        }
        assert_eq!(
            o.int_after("Pembaca di dalam saat penulis menulis:"),
            0,
            "{}",
            o.describe("penulis harus sendirian")
        );
    };
}

crate::must_not_compile! {
    ch04_01_counter_tanpa_lock => ["E0499"];
}
