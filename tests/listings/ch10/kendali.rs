//! Pemeriksaan listing halaman Bab 10.1 (`select!`, channel, lock, dan
//! pembatalan), didaftarkan di `ch10.rs`.

use crate::harness::Output;

/// Baris-baris satu putaran Listing 10.9: dari judul `Putaran N` sampai
/// judul berikutnya.
fn round(o: &Output, n: usize) -> Vec<&str> {
    let lines = o.lines();
    let from = o.line_of(&format!("Putaran {n}:"));
    let to = lines[from + 1..]
        .iter()
        .position(|l| l.starts_with("Putaran "))
        .map_or(lines.len(), |i| from + 1 + i);
    lines[from..to].to_vec()
}

/// Bilangan bulat pertama setelah `label` di `line`.
fn number_after(line: &str, label: &str) -> Option<u64> {
    let rest = &line[line.find(label)? + label.len()..];
    rest.split(|c: char| !c.is_ascii_digit())
        .find(|s| !s.is_empty())?
        .parse()
        .ok()
}

/// Satu putaran balapan `select!`: pemenang harus konsisten dengan waktu
/// keputusan, untuk setiap penjadwalan. Pada saat `select!` selesai (waktu
/// `t`), hanya cabang yang tenggatnya <= `t` yang mungkin siap; bila `t`
/// masih di bawah tenggat kedua terkecil, pemenangnya pasti cabang dengan
/// tenggat terkecil.
fn check_round(o: &Output, n: usize, expected: &str) {
    let lines = round(o, n);
    let fail = |msg: &str| -> ! { o.fail(&format!("putaran {n}: {msg}")) };
    let header = lines[0];
    let request = number_after(header, "request ").unwrap_or_else(|| fail("judul"));
    let signal = number_after(header, "sinyal ").unwrap_or(u64::MAX);
    let deadlines = [
        ("request", request),
        ("batas waktu", 200),
        ("sinyal berhenti", signal),
    ];
    let winners: Vec<&str> = lines
        .iter()
        .filter(|l| l.contains("menang: "))
        .copied()
        .collect();
    if winners.len() != 1 {
        fail("harus ada tepat satu pemenang");
    }
    let (winner, deadline) = *deadlines
        .iter()
        .find(|(name, _)| winners[0].contains(&format!("menang: {name}")))
        .unwrap_or_else(|| fail("pemenang tidak dikenal"));
    let t = lines
        .iter()
        .find_map(|l| number_after(l, "select! selesai pada "))
        .unwrap_or_else(|| fail("waktu keputusan"));
    if t < deadline {
        fail(&format!(
            "{winner} menang pada {t} ms, sebelum tenggatnya {deadline} ms"
        ));
    }
    let mut sorted = deadlines.map(|(_, d)| d);
    sorted.sort();
    if t < sorted[1] && winner != expected {
        fail(&format!("pada {t} ms hanya {expected} yang bisa siap"));
    }
    // Request yang kalah di-drop (sebelum handler pemenang berjalan), dan
    // request yang di-drop tidak pernah mencetak "selesai".
    let done = lines
        .iter()
        .filter(|l| l.contains("request: selesai pada"))
        .count();
    let dropped: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].contains("request: di-drop pada"))
        .collect();
    let win_at = lines.iter().position(|l| l.contains("menang: ")).unwrap();
    match winner {
        "request" if done == 1 && dropped.is_empty() => {}
        "request" => fail("request menang: harus selesai dan tidak di-drop"),
        _ if done == 0 && dropped.len() == 1 && dropped[0] < win_at => {}
        _ => fail("request yang kalah harus di-drop sekali, sebelum handler"),
    }
}

/// Listing 10.9: `ch10_09_select_balapan`.
pub fn select_balapan(o: &Output) {
        check_round(o, 1, "request");
        check_round(o, 2, "batas waktu");
        check_round(o, 3, "sinyal berhenti");
}

/// Listing 10.10: `ch10_10_aman_batal`.
pub fn aman_batal(o: &Output) {
        // Urutan kejadian dipaksa oleh program (satu thread, `biased;`,
        // pengirim menunggu tick dibalas): hasilnya sama di setiap run.
        let lost = o.exact_line("read_message di dalam select!: [5, 6, 7, 8]");
        let kept = o.exact_line("recv() di dalam select!:        [1, 2, 3, 4, 5, 6, 7, 8]");
        assert!(lost < kept, "{}", o.describe("urutan kedua versi"));
}

/// Listing 10.11: `ch10_11_mpsc_backpressure`.
pub fn mpsc_backpressure(o: &Output) {
        // Urutan per produsen terjaga dan setiap item diterima tepat sekali.
        let got: Vec<String> = o
            .lines()
            .iter()
            .filter_map(|l| l.split_once(" (").map(|(_, r)| r))
            .filter_map(|r| r.split_once(") selesai diproses").map(|(i, _)| i.to_string()))
            .collect();
        assert_eq!(got.len(), 6, "{}", o.describe("enam item diterima"));
        for p in ["A", "B"] {
            let mine: Vec<&String> = got.iter().filter(|i| i.starts_with(p)).collect();
            let want: Vec<String> = (1..=3).map(|i| format!("{p}-{i}")).collect();
            assert_eq!(mine, want.iter().collect::<Vec<_>>(), "{}", o.describe("urutan per produsen"));
        }
        // Kapasitas 2, konsumen 50 ms per item: item ke-k yang masuk
        // menunggu sampai konsumen menerima item ke-(k-2), yang paling cepat
        // terjadi pada 50 x (k-3) ms.
        let mut entered: Vec<i128> = o
            .lines_with(" masuk pada ")
            .iter()
            .map(|&i| {
                let l = o.lines()[i];
                l[l.find(" masuk pada ").unwrap() + 12..].trim_end_matches(" ms").parse().unwrap()
            })
            .collect();
        assert_eq!(entered.len(), 6, "{}", o.describe("enam item masuk"));
        entered.sort();
        for (k, t) in entered.iter().enumerate().skip(3) {
            let min = 50 * (k as i128 - 2);
            assert!(*t >= min, "{}", o.describe(&format!("item ke-{} masuk >= {min} ms", k + 1)));
        }
        let closed = o.exact_line("Channel ditutup: semua Sender di-drop, 6 item diterima");
        assert!(closed > *o.lines_with("selesai diproses").last().unwrap(), "{}", o.describe("tutup"));
        // Konsumen memproses 6 item satu per satu: paling cepat 300 ms.
        assert!(o.int_after("Selesai pada ") >= 300, "{}", o.describe("batas bawah waktu"));
}

/// Listing 10.13: `ch10_13_guard_dalam_blok`.
pub fn guard_dalam_blok(o: &Output) {
        o.exact_line("Task selesai: 100, hits: 200");
}

/// Listing 10.14: `ch10_14_mutex_tokio`.
pub fn mutex_tokio(o: &Output) {
        // Guard dipegang melewati `.await`: kedua langkah satu perintah
        // selalu berdampingan, urutan antarperintah bebas.
        let log: Vec<&str> = o.lines().iter().map(|l| l.trim()).filter(|l| l.contains(": ")).collect();
        let log: Vec<&str> = log.into_iter().filter(|l| !l.starts_with("Waktu")).collect();
        assert_eq!(log.len(), 6, "{}", o.describe("enam baris log"));
        let mut names = Vec::new();
        for pair in log.chunks(2) {
            let name = pair[0].strip_suffix(": kirim").unwrap_or_else(|| o.fail("kirim dulu"));
            assert_eq!(pair[1], format!("{name}: jawaban"), "{}", o.describe("perintah diselingi"));
            names.push(name);
        }
        names.sort();
        assert_eq!(names, ["A", "B", "C"], "{}", o.describe("setiap perintah sekali"));
        // Tiga perintah 20 ms yang tidak boleh tumpang tindih: >= 60 ms.
        assert!(o.int_after("Waktu total: ") >= 60, "{}", o.describe("perintah berurutan"));
}

/// Listing 10.15: `ch10_15_abort_lepas_joinset`.
pub fn abort_lepas_joinset(o: &Output) {
        o.exact_line("B: JoinError, is_cancelled() = true");
        o.exact_line("A: selesai");
        for task in ["B", "C", "D"] {
            o.exact_line(&format!("{task}: future di-drop sebelum selesai"));
            assert_eq!(o.count(&format!("{task}: selesai")), 0, "{}", o.describe("tidak selesai"));
        }
        assert_eq!(o.count("A: future di-drop"), 0, "{}", o.describe("A tidak dibatalkan"));
        let last = o.lines().len() - 1;
        assert_eq!(o.exact_line("Semua future sudah selesai atau di-drop"), last);
}

/// Listing 10.16: `ch10_16_batal_kooperatif`.
pub fn batal_kooperatif(o: &Output) {
        let signal = o.exact_line("Mengirim sinyal berhenti");
        let stops = o.lines_with(": berhenti rapi, progres ");
        assert_eq!(stops.len(), 3, "{}", o.describe("tiga pekerja berhenti sendiri"));
        assert!(stops.iter().all(|&i| i > signal), "{}", o.describe("berhenti setelah sinyal"));
        for id in 1..=3 {
            assert_eq!(o.count(&format!("pekerja {id}: berhenti rapi")), 1, "{}", o.describe("sekali"));
        }
        let summary = o.exact_line("Pekerja yang berhenti sendiri: 3");
        assert!(stops.iter().all(|&i| i < summary), "{}", o.describe("join_all menunggu"));
}
