//! Latihan 6.1: `p.exitcode` Python dari `ExitStatus` Rust. Kode keluar
//! apa adanya; anak yang dihentikan sinyal N menjadi -N. (Khusus Unix, seperti
//! Rust Playground: nomor sinyal hanya ada di sana.)
use std::os::unix::process::ExitStatusExt;
use std::panic;
use std::process::ExitStatus;
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

/// Nilai yang akan dilaporkan Python sebagai `p.exitcode` untuk anak yang
/// berakhir dengan `status`.
fn exitcode(status: ExitStatus) -> i32 {
    // LATIHAN: Kembalikan kode keluar anak bila ada (`status.code()`). Bila
    // tidak ada, anak dihentikan sinyal N: kembalikan -N. Nomor sinyalnya
    // dibaca dengan `status.signal()` (trait `ExitStatusExt`).
    match status.code() {
        Some(code) => code,
        None => -status.signal().expect("tanpa kode keluar: ada sinyal"),
    }
    // LATIHAN_END
}

// ---------------------------------------------------------------------------
// Pemeriksa: menjalankan kode Anda lalu mencetak putusan. Tidak perlu diubah.

/// Anak-anak yang "berakhir": keterangan, status mentah dari `waitpid` di
/// Linux (kode keluar di bit 8-15, nomor sinyal di bit 0-6), dan `exitcode`
/// yang dilaporkan Python untuk anak yang sama.
const CHILDREN: [(&str, i32, i32); 5] = [
    ("anak yang selesai normal", 0, 0),
    ("anak yang panic", 101 << 8, 101),
    (
        "anak yang memanggil process::exit(300)",
        (300 & 0xff) << 8,
        44,
    ),
    ("anak yang di-abort", 6, -6),
    ("anak yang dibunuh child.kill()", 9, -9),
];

fn main() {
    let mut got = Vec::new();
    for (what, raw, _) in CHILDREN {
        let status = ExitStatus::from_raw(raw);
        let answer = run_reader(move || exitcode(status));
        match &answer {
            Ok(code) => println!("{what} ({status}): exitcode {code}"),
            Err(e) => println!("{what} ({status}): {e}"),
        }
        got.push(answer);
    }
    for ((what, raw, want), answer) in CHILDREN.into_iter().zip(got) {
        let status = ExitStatus::from_raw(raw);
        let signaled = want < 0;
        let code = match answer {
            Ok(code) if code == want => continue,
            Ok(code) => code,
            Err(e) if signaled => wrong(
                &format!("untuk {what} {e}"),
                "anak yang dihentikan sinyal tidak punya kode keluar: \
                 `status.code()` bernilai `None`. Jangan `unwrap()`; baca \
                 nomor sinyalnya dengan `status.signal()`.",
            ),
            Err(e) => wrong(&format!("untuk {what} {e}"), "baca `code()`."),
        };
        let what = format!("untuk {what} ({status})");
        let what = format!("{what} seharusnya {want}, bukan {code}");
        let hint = if signaled && code == -want {
            "tanpa tanda minus, sinyal 6 tidak bisa dibedakan dari \
             `process::exit(6)`. Python melaporkan sinyal N sebagai -N."
        } else if signaled {
            "anak ini tidak punya kode keluar (`code()` bernilai `None`): ia \
             dihentikan sinyal. Kembalikan minus nomor sinyal dari \
             `status.signal()`, seperti Python."
        } else {
            "bila `status.code()` bernilai `Some(c)`, kembalikan c apa adanya. \
             Hanya 8 bit terbawah kode keluar yang sampai ke induk, jadi \
             `process::exit(300)` memang terlihat sebagai 44."
        };
        wrong(&what, hint);
    }
    println!(
        "Benar: kode keluar apa adanya, sinyal N menjadi -N, \
         seperti Python."
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
