//! Latihan 9.1: perbaiki penerima yang tidak pernah berhenti. Setiap pekerja
//! mengirim laporannya lewat channel; perulangan penerima harus berakhir
//! sendiri setelah semua pekerja selesai.
use std::panic;
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

const JOBS: [u64; 4] = [3, 1, 4, 2];

/// Satu pekerja per pekerjaan; setiap pekerja mengirim `job * 10`. Hasilnya
/// dikumpulkan dari channel sampai channel tertutup.
fn collect_reports(jobs: Vec<u64>) -> Vec<u64> {
    // LATIHAN: Kode ini terkompilasi, tetapi perulangan penerimanya tidak
    // pernah berhenti. Perbaiki supaya channel tertutup setelah pekerja
    // terakhir selesai (tanpa nilai penanda seperti `None`).
    //     let (tx, rx) = mpsc::channel();
    //     for job in jobs {
    //         let tx = tx.clone();
    //         thread::spawn(move || tx.send(job * 10).unwrap());
    //     }
    //     rx.iter().collect()
    let (tx, rx) = mpsc::channel();
    for job in jobs {
        let tx = tx.clone();
        thread::spawn(move || tx.send(job * 10).unwrap());
    }
    drop(tx);
    rx.iter().collect()
    // LATIHAN_END
}

// ---------------------------------------------------------------------------
// Pemeriksa: menjalankan kode Anda lalu mencetak putusan. Tidak perlu diubah.

fn main() {
    let limit = Duration::from_secs(2);
    let got = run_reader(limit, || collect_reports(JOBS.to_vec()));
    let mut got = got.unwrap_or_else(|e| {
        wrong(
            &e,
            "keempat laporan sudah terkirim, tetapi `rx.iter()` baru \
             berhenti setelah SEMUA `Sender` di-drop. Klon milik pekerja \
             di-drop saat thread-nya selesai; `tx` asli masih dipegang \
             fungsi ini. Buang dengan `drop(tx)` setelah membagikan \
             klon-klonnya.",
        )
    });
    println!("Laporan diterima: {}", got.len());
    got.sort();
    println!("Laporan (diurutkan): {got:?}");
    let mut want: Vec<u64> = JOBS.iter().map(|j| j * 10).collect();
    want.sort();
    if got != want {
        wrong(
            &format!("laporan seharusnya {want:?} (dalam urutan apa pun)"),
            "setiap pekerja mengirim tepat satu laporan, `job * 10`, dan \
             penerima mengumpulkan semuanya.",
        );
    }
    println!(
        "Benar: {} laporan diterima, lalu perulangan berhenti sendiri karena \
         Sender terakhir sudah di-drop.",
        got.len()
    );
}

/// Jalankan kode pembaca di thread sendiri dengan batas waktu. Panic (juga di
/// thread yang ia buat) tidak dicetak sebagai jejak, tetapi dilaporkan.
fn run_reader<T: Send + 'static>(
    limit: Duration,
    f: impl FnOnce() -> T + Send + 'static,
) -> Result<T, String> {
    let (panic_tx, panics) = mpsc::channel();
    panic::set_hook(Box::new(move |info| {
        let msg = info.payload_as_str().unwrap_or("panic");
        let _ = panic_tx.send(msg.to_string());
    }));
    let (done_tx, done) = mpsc::channel();
    let f = panic::AssertUnwindSafe(f);
    thread::spawn(move || done_tx.send(panic::catch_unwind(f)));
    let result = done.recv_timeout(limit);
    let panics: Vec<String> = panics.try_iter().collect();
    if panics.iter().any(|m| m.starts_with("not yet implemented")) {
        println!("Belum dikerjakan: ganti `todo!()` dengan kode Anda.");
        std::process::exit(1);
    }
    match result {
        Ok(Ok(value)) if panics.is_empty() => Ok(value),
        Ok(_) => Err(format!("kode Anda panic: {}", panics.join("; "))),
        Err(_) => Err(format!(
            "kode Anda tidak selesai dalam {} detik",
            limit.as_secs()
        )),
    }
}

/// Putusan "belum benar": apa yang salah, petunjuk, kode keluar 1.
fn wrong(what: &str, hint: &str) -> ! {
    println!("Belum benar: {what}.");
    println!("Petunjuk: {hint}");
    std::process::exit(1);
}
