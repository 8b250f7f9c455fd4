//! Latihan 10.2: perbaiki kode async yang macet. Tiga kunjungan berjalan
//! bersamaan di `join!`, di runtime satu thread; masing-masing menaikkan
//! penghitung bersama, lalu menyimpan nilai barunya.
use std::panic;
use std::sync::{Mutex, mpsc};
use std::thread;
use std::time::Duration;
use tokio::time::sleep;

/// Nilai yang sudah disimpan ke "basis data" tiruan.
static SAVED: Mutex<Vec<u64>> = Mutex::new(Vec::new());

/// Simpan `value` ke basis data tiruan. Seperti I/O sungguhan, fungsi ini
/// selalu menyerahkan giliran ke task lain sebelum selesai.
async fn save(value: u64) {
    tokio::task::yield_now().await;
    sleep(Duration::from_millis(10)).await;
    SAVED.lock().unwrap().push(value);
}

/// Satu kunjungan: naikkan `counter` satu, lalu simpan nilai barunya.
async fn visit(counter: &Mutex<u64>) {
    // LATIHAN: Kode ini terkompilasi, tetapi programnya macet. Perbaiki
    // tanpa mengubah tanda tangan fungsi (`counter` tetap std Mutex).
    //     let mut n = counter.lock().unwrap();
    //     *n += 1;
    //     save(*n).await;
    let value = {
        let mut n = counter.lock().unwrap();
        *n += 1;
        *n
    };
    save(value).await;
    // LATIHAN_END
}

// ---------------------------------------------------------------------------
// Pemeriksa: menjalankan kode Anda lalu mencetak putusan. Tidak perlu diubah.

fn main() {
    let total = run_reader(Duration::from_secs(2), || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .unwrap();
        let counter = Mutex::new(0);
        runtime.block_on(async {
            tokio::join!(visit(&counter), visit(&counter), visit(&counter));
        });
        counter.into_inner().unwrap()
    })
    .unwrap_or_else(|e| {
        wrong(
            &e,
            "guard `n` masih hidup saat `save(*n).await` menyerahkan giliran. \
             Kunjungan kedua lalu memanggil `lock()` dan memblokir \
             satu-satunya thread runtime, padahal pemegang guard menunggu \
             thread yang sama untuk melanjutkan dan melepasnya. Akhiri guard \
             di blok `{ ... }` sendiri sebelum `.await`, dan bawa keluar \
             nilainya saja.",
        )
    });
    let mut saved = SAVED.lock().unwrap().clone();
    saved.sort();
    println!("Penghitung akhir: {total}");
    println!("Nilai yang disimpan (diurutkan): {saved:?}");
    if total != 3 || saved != [1, 2, 3] {
        wrong(
            "penghitung seharusnya 3, dan ketiga kunjungan menyimpan 1, 2, 3",
            "naikkan dan baca penghitung di bawah SATU lock, lalu lepas lock \
             itu sebelum `.await`. Kalau nilai baru baru ditulis setelah \
             `save(..).await`, kunjungan lain sempat membaca nilai lama di \
             antaranya, dan kenaikannya hilang.",
        );
    }
    println!(
        "Benar: 3 kunjungan bersamaan, tidak ada kenaikan yang hilang, dan \
         tidak ada guard yang melewati .await."
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
