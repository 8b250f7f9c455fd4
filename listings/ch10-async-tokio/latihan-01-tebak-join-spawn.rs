//! Latihan 10.1: tebak dulu, lalu ukur. Empat cara menunggu tiga fetch yang
//! masing-masing butuh 100 ms. Mana yang berurutan, mana yang bersamaan?
use std::panic;
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};
use tokio::time::sleep;

const STEP: Duration = Duration::from_millis(100);

/// Satu fetch tiruan: 100 ms menunggu "jaringan".
async fn fetch() {
    sleep(STEP).await;
}

/// A: `.await` satu per satu.
async fn scenario_a() {
    fetch().await;
    fetch().await;
    fetch().await;
}

/// B: `join!`.
async fn scenario_b() {
    tokio::join!(fetch(), fetch(), fetch());
}

/// C: buat ketiga future dulu, baru `.await` satu per satu.
async fn scenario_c() {
    let f1 = fetch();
    let f2 = fetch();
    let f3 = fetch();
    f1.await;
    f2.await;
    f3.await;
}

/// D: `tokio::spawn` ketiganya dulu, baru `.await` handle-nya satu per satu.
async fn scenario_d() {
    let h1 = tokio::spawn(fetch());
    let h2 = tokio::spawn(fetch());
    let h3 = tokio::spawn(fetch());
    h1.await.unwrap();
    h2.await.unwrap();
    h3.await.unwrap();
}

/// Tebakan Anda, dalam milidetik: lama skenario (A, B, C, D).
fn prediction_ms() -> (u64, u64, u64, u64) {
    // LATIHAN: Baca keempat skenario di atas, lalu kembalikan tebakan Anda,
    // misalnya `(200, 200, 200, 200)`. Jangan jalankan dulu!
    (300, 100, 300, 100)
    // LATIHAN_END
}

// ---------------------------------------------------------------------------
// Pemeriksa: menjalankan kode Anda lalu mencetak putusan. Tidak perlu diubah.

fn main() {
    let hint = "kembalikan empat bilangan bulat, \
                misalnya `(200, 200, 200, 200)`.";
    let guess = run_reader(prediction_ms);
    let (a, b, c, d) = guess.unwrap_or_else(|e| wrong(&e, hint));
    let guess = [a, b, c, d];
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let time = |name: &str, ideal: u64, g: u64, f: &dyn Fn()| {
        let start = Instant::now();
        f();
        let ms = start.elapsed().as_millis();
        println!("{name}: tebakan {g} ms, terukur {ms} ms, ideal {ideal} ms");
    };
    // Putusan memakai waktu ideal (tanpa biaya penjadwalan), bukan waktu
    // terukur, supaya tidak bergantung pada seberapa sibuk mesinnya.
    let step = STEP.as_millis() as u64;
    let ideal = [3 * step, step, 3 * step, step];
    time("A (await berurutan)", ideal[0], a, &|| {
        runtime.block_on(scenario_a())
    });
    time("B (join!)", ideal[1], b, &|| runtime.block_on(scenario_b()));
    time("C (buat dulu, await kemudian)", ideal[2], c, &|| {
        runtime.block_on(scenario_c())
    });
    time("D (spawn dulu, await kemudian)", ideal[3], d, &|| {
        runtime.block_on(scenario_d())
    });
    let close = |i: usize| guess[i].abs_diff(ideal[i]) * 4 <= ideal[i];
    let hints = [
        "setiap `.await` menunggu fetch itu selesai sebelum baris \
         berikutnya membuat fetch baru: tiga kali 100 ms.",
        "`join!` mem-poll ketiga future bergantian, jadi ketiga `sleep` \
         berjalan bersamaan: sekitar selama fetch terlama.",
        "future di Rust malas: `fetch()` hanya MEMBUAT future, tidak \
         menjalankannya. `f2` baru mulai saat di-`.await`, yaitu setelah \
         `f1` selesai.",
        "`tokio::spawn` menyerahkan future ke runtime sebagai task, dan task \
         langsung berjalan, tanpa menunggu `.await` pada handle-nya. Saat \
         `h1` selesai, `h2` dan `h3` pun sudah (hampir) selesai.",
    ];
    for (i, name) in ["A", "B", "C", "D"].iter().enumerate() {
        if !close(i) {
            wrong(
                &format!("tebakan untuk skenario {name} terlalu jauh"),
                hints[i],
            );
        }
    }
    println!(
        "Benar: future baru berjalan saat di-poll (await atau join!), task \
         hasil spawn langsung berjalan."
    );
}

/// Jalankan kode pembaca di thread sendiri dengan batas waktu 3 detik. Panic
/// tidak dicetak sebagai jejak, tetapi dilaporkan.
fn run_reader<T, F>(f: F) -> Result<T, String>
where
    T: Send + 'static,
    F: FnOnce() -> T + Send + 'static,
{
    let (panic_tx, panics) = mpsc::channel();
    panic::set_hook(Box::new(move |info| {
        let msg = info.payload_as_str().unwrap_or("panic");
        let _ = panic_tx.send(msg.to_string());
    }));
    let (done_tx, done) = mpsc::channel();
    let f = panic::AssertUnwindSafe(f);
    thread::spawn(move || done_tx.send(panic::catch_unwind(f)));
    let result = done.recv_timeout(Duration::from_secs(3));
    let panics: Vec<String> = panics.try_iter().collect();
    if panics.iter().any(|m| m.starts_with("not yet implemented")) {
        println!("Belum dikerjakan: ganti `todo!()` dengan kode Anda.");
        std::process::exit(1);
    }
    match result {
        Ok(Ok(value)) if panics.is_empty() => Ok(value),
        Ok(_) => Err(format!("kode Anda panic: {}", panics.join("; "))),
        Err(_) => Err("kode Anda tidak selesai dalam 3 detik".to_string()),
    }
}

/// Putusan "belum benar": apa yang salah, petunjuk, kode keluar 1.
fn wrong(what: &str, hint: &str) -> ! {
    println!("Belum benar: {what}.");
    println!("Petunjuk: {hint}");
    std::process::exit(1);
}
