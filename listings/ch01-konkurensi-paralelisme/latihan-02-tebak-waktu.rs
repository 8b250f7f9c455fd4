//! Latihan 1.2: tebak dulu, lalu ukur. Delapan tugas yang masing-masing
//! MENUNGGU 100 ms dijalankan dengan paling banyak tiga thread sekaligus.
use std::panic;
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

/// Satu tugas I/O-bound: hampir seluruh waktunya menunggu.
fn wait_task() {
    thread::sleep(Duration::from_millis(100));
}

/// Jalankan delapan tugas dalam kelompok berisi paling banyak tiga: semua
/// tugas satu kelompok berjalan bersamaan, kelompok berikutnya baru mulai
/// setelah seluruh kelompok sebelumnya selesai.
fn run_in_groups() {
    let tasks: Vec<u32> = (1..=8).collect();
    for group in tasks.chunks(3) {
        let mut handles = Vec::new();
        for _ in group {
            handles.push(thread::spawn(wait_task));
        }
        for h in handles {
            h.join().unwrap();
        }
    }
}

/// Tebakan Anda: berapa milidetik `run_in_groups` berjalan?
fn prediction_ms() -> u64 {
    // LATIHAN: Baca `run_in_groups` di atas, lalu kembalikan tebakan Anda
    // dalam milidetik (bilangan bulat, misalnya `500`). Jangan jalankan dulu!
    300
    // LATIHAN_END
}

// ---------------------------------------------------------------------------
// Pemeriksa: menjalankan kode Anda lalu mencetak putusan. Tidak perlu diubah.

fn main() {
    let failed_hint = "kembalikan satu bilangan, misalnya `500`.";
    let guess = run_reader(Duration::from_secs(5), prediction_ms)
        .unwrap_or_else(|e| wrong(&e, failed_hint));
    let start = Instant::now();
    run_in_groups();
    let measured = start.elapsed().as_millis() as u64;
    // Waktu ideal (tanpa biaya membuat dan membangunkan thread): kelompok
    // berjalan berurutan, tugas di dalam satu kelompok menunggu bersamaan.
    // Putusan memakai angka ini, bukan waktu terukur, supaya tidak bergantung
    // pada seberapa sibuk mesinnya; waktu terukur selalu sedikit di atasnya.
    let groups = 8_u64.div_ceil(3);
    let ideal = groups * 100;
    println!("Tebakan Anda: {guess} ms");
    println!(
        "Terukur: {measured} ms (ideal {ideal} ms: {groups} kelompok \
         x 100 ms)"
    );
    if guess.abs_diff(ideal) * 4 <= ideal {
        println!(
            "Benar: tebakan {guess} ms; {groups} kelompok berjalan berurutan, \
             tugas dalam satu kelompok menunggu bersamaan."
        );
        return;
    }
    let hint = if guess > ideal {
        "tugas dalam satu kelompok menunggu BERSAMAAN, jadi satu kelompok \
         hanya selama tugas terlamanya. Hitung ada berapa kelompok."
    } else {
        "kelompok berikutnya baru mulai setelah kelompok sebelumnya selesai \
         (`join`), jadi waktu kelompok-kelompok itu dijumlahkan."
    };
    wrong(
        &format!("tebakan {guess} ms terlalu jauh dari {measured} ms terukur"),
        hint,
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
        println!(
            "Belum dikerjakan: ganti `todo!()` dengan kode Anda, lalu \
             jalankan lagi."
        );
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
