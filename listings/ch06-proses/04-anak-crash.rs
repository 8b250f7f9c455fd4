use std::env;
use std::io;
use std::process::{self, Command};

fn main() -> io::Result<()> {
    let args: Vec<String> = env::args().collect();
    match args.as_slice() {
        [_, flag, mode] if flag == "--worker" => worker(mode),
        _ => parent(),
    }
}

// ANCHOR: worker
/// Proses anak: berhasil, panic, atau mati mendadak, sesuai argumennya.
fn worker(mode: &str) -> io::Result<()> {
    match mode {
        "normal" => Ok(()),
        "panic" => panic!("anak gagal memproses data"),
        "abort" => process::abort(), // tanpa unwinding, tanpa destruktor
        _ => {
            eprintln!("mode tidak dikenal: {mode:?}");
            process::exit(2);
        }
    }
}
// ANCHOR_END: worker

// ANCHOR: induk
fn parent() -> io::Result<()> {
    let exe = env::current_exe()?;
    let mut failed = 0;
    for mode in ["normal", "panic", "abort"] {
        // `status()` menjalankan anak dan menunggunya selesai.
        let status = Command::new(&exe).args(["--worker", mode]).status()?;
        let verdict = match status.code() {
            Some(0) => "selesai normal, kode keluar 0".to_string(),
            Some(code) => format!("gagal, kode keluar {code}"),
            None => format!("dihentikan tanpa kode keluar ({status})"),
        };
        println!("Anak {mode:?}: {verdict}");
        if !status.success() {
            failed += 1;
        }
    }
    println!("Induk tetap berjalan: 3 anak dijalankan, {failed} gagal");
    println!("Induk selesai dengan normal");
    Ok(())
}
// ANCHOR_END: induk
