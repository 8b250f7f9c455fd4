//! Latihan 10.3: jalankan lima fetch bersamaan dengan `JoinSet`, masing-masing
//! dengan batas waktunya sendiri, dan kembalikan hasilnya dalam urutan MASUKAN.
use std::panic;
use std::sync::{LazyLock, mpsc};
use std::thread;
use std::time::Duration;
use tokio::sync::watch;
use tokio::task::JoinSet;
use tokio::time::timeout;

const IDS: [u64; 5] = [1, 2, 3, 4, 5];
/// Layanan yang tidak pernah menjawab.
const HANGS: u64 = 4;
/// Batas waktu untuk SETIAP fetch.
const LIMIT: Duration = Duration::from_millis(300);

/// Id yang fetch-nya sudah selesai, dalam urutan selesai.
static FINISHED: LazyLock<watch::Sender<Vec<u64>>> =
    LazyLock::new(|| watch::Sender::new(Vec::new()));

/// Ambil data `id` dari layanan tiruan. Layanan `HANGS` tidak pernah menjawab.
/// Yang lain sengaja menjawab dalam urutan terbalik: fetch untuk `id` baru
/// selesai setelah fetch untuk semua id yang lebih besar (selain `HANGS`)
/// selesai, seperti layanan yang lamanya tidak bisa ditebak.
async fn fetch(id: u64) -> String {
    if id == HANGS {
        std::future::pending::<()>().await;
    }
    let mut finished = FINISHED.subscribe();
    let waits_for = |x: &u64| *x > id && *x != HANGS;
    finished
        .wait_for(|done| {
            IDS.iter()
                .filter(|x| waits_for(x))
                .all(|x| done.contains(x))
        })
        .await
        .unwrap();
    FINISHED.send_modify(|done| done.push(id));
    format!("data {id}")
}

/// Fetch semua `ids` bersamaan; fetch yang melewati `LIMIT` menjadi `None`.
/// Hasilnya dalam urutan `ids`.
async fn fetch_all(ids: Vec<u64>) -> Vec<Option<String>> {
    // LATIHAN: Buat satu task per id di sebuah `JoinSet`. Setiap task
    // membungkus `fetch(id)` dengan `timeout(LIMIT, ...)` dan membawa
    // indeksnya, supaya hasilnya bisa dikembalikan dalam urutan `ids`.
    let mut set = JoinSet::new();
    for (i, id) in ids.into_iter().enumerate() {
        set.spawn(async move { (i, timeout(LIMIT, fetch(id)).await.ok()) });
    }
    let mut results = Vec::new();
    while let Some(done) = set.join_next().await {
        results.push(done.unwrap());
    }
    results.sort_by_key(|(i, _)| *i);
    results.into_iter().map(|(_, data)| data).collect()
    // LATIHAN_END
}

// ---------------------------------------------------------------------------
// Pemeriksa: menjalankan kode Anda lalu mencetak putusan. Tidak perlu diubah.

fn main() {
    let got = run_reader(Duration::from_secs(3), || {
        let runtime = tokio::runtime::Runtime::new().unwrap();
        runtime.block_on(fetch_all(IDS.to_vec()))
    })
    .unwrap_or_else(|e| {
        wrong(
            &e,
            "fetch untuk 4 tidak pernah menjawab. Tanpa `timeout(LIMIT, ...)` \
             di sekeliling SETIAP `fetch(id)`, menunggu semua task berarti \
             menunggu selamanya.",
        )
    });
    let finished = FINISHED.borrow().clone();
    let expected: Vec<Option<String>> = IDS
        .iter()
        .map(|&id| (id != HANGS).then(|| format!("data {id}")))
        .collect();
    println!("Urutan selesai: {finished:?}");
    println!("Hasil Anda: {got:?}");
    if got == expected {
        println!(
            "Benar: {} hasil dalam urutan masukan, fetch {HANGS} dibatalkan \
             setelah {} ms, yang lain tidak ikut menunggu.",
            got.len(),
            LIMIT.as_millis()
        );
        return;
    }
    let mut sorted = got.clone();
    sorted.sort();
    let mut want_sorted = expected.clone();
    want_sorted.sort();
    let timed_out = got.iter().filter(|r| r.is_none()).count();
    let hint = if sorted == want_sorted {
        "hasilnya lengkap, tetapi tersusun menurut urutan SELESAI: \
         `join_next` mengembalikan task yang lebih dulu selesai. Bawa indeks \
         masukan di setiap task, lalu urutkan dengan `sort_by_key`."
    } else if timed_out > 1 {
        "lebih dari satu fetch kehabisan waktu. Di sini sebuah fetch baru \
         menjawab setelah fetch untuk id yang lebih besar selesai. Kalau Anda \
         menunggu (`.await`) satu fetch sebelum memulai yang berikutnya, ia \
         menunggu fetch yang belum dimulai. Buat semua task di `JoinSet` \
         dulu, baru tunggu."
    } else {
        "setiap id punya tepat satu hasil di posisinya: `Some(data)`, atau \
         `None` bila fetch-nya melewati `LIMIT`."
    };
    wrong(&format!("hasil seharusnya {expected:?}"), hint);
}

/// Jalankan kode pembaca di thread sendiri dengan batas waktu. Panic (juga di
/// task yang ia buat) tidak dicetak sebagai jejak, tetapi dilaporkan.
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
