//! Latihan 5.1: jumlah kuadrat di bawah `n` dalam `u64` yang jujur: `None`
//! bila hasilnya tidak muat, bukan panic dan bukan angka yang terbungkus.
use std::panic;
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

/// Jumlah `i * i` untuk semua `i` di bawah `n`, atau `None` bila jumlah itu
/// melewati `u64::MAX`.
fn sum_of_squares(n: u64) -> Option<u64> {
    // LATIHAN: Jumlahkan `i * i` untuk `i` di `0..n` dalam `u64`, dan
    // kembalikan `None` begitu jumlahnya tidak muat (lihat `checked_add`).
    let mut total: u64 = 0;
    for i in 0..n {
        total = total.checked_add(i * i)?;
    }
    Some(total)
    // LATIHAN_END
}

// ---------------------------------------------------------------------------
// Pemeriksa: menjalankan kode Anda lalu mencetak putusan. Tidak perlu diubah.

/// Nilai `n` yang diperiksa: kecil, tepat sebelum luapan, tepat sesudahnya.
const CASES: [u64; 7] = [0, 1, 10, 1_000_000, 3_810_778, 3_810_779, 10_000_000];

/// Jumlah sebenarnya, dari rumus tertutup (n - 1) n (2n - 1) / 6 dalam u128.
fn exact(n: u64) -> u128 {
    let n = u128::from(n);
    if n == 0 {
        0
    } else {
        (n - 1) * n * (2 * n - 1) / 6
    }
}

fn main() {
    let limit = Duration::from_secs(5);
    let got = run_reader(limit, || CASES.map(sum_of_squares));
    let got = got.unwrap_or_else(|e| {
        let hint = if e.contains("overflow") {
            "di build debug, `+` memeriksa luapan dan panic begitu jumlahnya \
             melewati `u64::MAX`. `total.checked_add(x)` tidak panic: ia \
             mengembalikan `None` bila hasilnya tidak muat."
        } else {
            "jumlahkan `i * i` untuk `i` di `0..n` dengan `checked_add`."
        };
        wrong(&e, hint)
    });
    for (n, sum) in CASES.iter().zip(&got) {
        println!("n = {n}: {sum:?}");
    }
    for (&n, &sum) in CASES.iter().zip(&got) {
        let want = exact(n);
        let fits = u64::try_from(want).ok();
        if sum == fits {
            continue;
        }
        match (fits, sum) {
            (None, Some(x)) => {
                let what = format!(
                    "untuk n = {n} jumlah sebenarnya {want} tidak muat di u64, \
                     tetapi Anda mengembalikan Some({x})"
                );
                let hint = if u128::from(x) == want % (1 << 64) {
                    "angka itu jumlah yang TERBUNGKUS, sisa bagi jumlah \
                     sebenarnya dengan 2^64: hasil `wrapping_add`, `as u64`, \
                     atau `+` di build release. Kembalikan `None` begitu \
                     `checked_add` gagal."
                } else {
                    "kembalikan `None` begitu `checked_add` gagal."
                };
                wrong(&what, hint);
            }
            (Some(_), None) => wrong(
                &format!("untuk n = {n} jumlahnya {want} masih muat di u64"),
                "kembalikan `None` hanya bila `checked_add` gagal; \
                 `u64::MAX` sendiri masih muat.",
            ),
            _ => wrong(
                &format!("untuk n = {n} seharusnya {fits:?}, bukan {sum:?}"),
                "jumlahkan `i * i` untuk i = 0, 1, ..., n - 1 (n sendiri tidak \
                 ikut), seperti `cpu_bound`.",
            ),
        }
    }
    println!(
        "Benar: jumlah yang muat dihitung tepat, dan luapan mulai n = 3810779 \
         dilaporkan sebagai None."
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
