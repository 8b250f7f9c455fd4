//! Soal: Listing 6.1 tanpa `drop(writer)`. Anak-anak selesai, tetapi pembaca
//! pipa tidak mendapat EOF selama induk masih memegang ujung tulisnya.
use std::env;
use std::io::{self, BufRead, BufReader, Write};
use std::process::Command;
use std::thread;

fn main() -> io::Result<()> {
    if env::args().nth(1).as_deref() == Some("--anak") {
        return io::stdout().lock().write_all(b"halo dari anak\n");
    }
    let (reader, writer) = io::pipe()?;
    let mut children = Vec::new();
    for _ in 0..3 {
        children.push(
            Command::new(env::current_exe()?)
                .arg("--anak")
                .stdout(writer.try_clone()?)
                .spawn()?,
        );
    }
    // Tidak ada `drop(writer)` di sini. Pembaca berjalan di thread lain
    // supaya kita bisa melihat keadaannya.
    let lines = thread::spawn(move || BufReader::new(reader).lines().count());
    for mut child in children {
        child.wait()?;
    }
    println!("Semua anak selesai: 3");
    // Semua salinan milik anak sudah tertutup; yang tersisa milik induk.
    println!("Pembaca sudah mendapat EOF: {}", lines.is_finished());
    drop(writer);
    println!(
        "Setelah drop(writer), baris terbaca: {}",
        lines.join().unwrap()
    );
    Ok(())
}
