use std::io::{self, BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::thread;
use std::time::Duration;

// ANCHOR: anak
/// Proses anak: membaca baris dari stdin sampai EOF, membalas lewat stdout.
fn child() -> io::Result<()> {
    let mut out = io::stdout();
    writeln!(out, "PID anak: {}", std::process::id())?;
    out.flush()?;
    for line in io::stdin().lock().lines() {
        let msg = line?;
        writeln!(out, "diterima {msg}")?;
        out.flush()?; // kirim sekarang juga, induk sedang menunggu balasan
    }
    // EOF: induk sudah menutup ujung tulisnya. Tidak perlu pesan `None`.
    Ok(())
}
// ANCHOR_END: anak

// ANCHOR: induk
fn main() -> io::Result<()> {
    if std::env::args().nth(1).as_deref() == Some("--anak") {
        return child();
    }
    println!("PID induk: {}", std::process::id());

    // Jalankan program ini sendiri sekali lagi, dengan stdin dan stdout
    // yang tersambung ke pipe milik induk.
    let mut proc = Command::new(std::env::current_exe()?)
        .arg("--anak")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()?;
    let mut to_child = proc.stdin.take().unwrap();
    let mut from_child = BufReader::new(proc.stdout.take().unwrap()).lines();

    // `None` berarti anak menutup stdout-nya (berhenti) sebelum membalas.
    let mut reply = || match from_child.next() {
        Some(line) => line,
        None => Err(io::Error::other("anak berhenti sebelum membalas")),
    };

    let first = reply()?;
    println!("Dari anak: {first}");
    for msg in ["Hello", "World", "From", "Sender"] {
        writeln!(to_child, "{msg}")?;
        println!("  Terkirim: {msg}");
        println!("  Dari anak: {}", reply()?);
        thread::sleep(Duration::from_millis(50));
    }
    drop(to_child); // tutup pipe: anak membaca EOF dan berhenti
    let status = proc.wait()?;
    println!("Anak selesai dengan status: {status}");
    println!("Komunikasi antarproses selesai!");
    Ok(())
}
// ANCHOR_END: induk
