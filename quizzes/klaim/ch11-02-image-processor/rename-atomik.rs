//! Soal: program yang menulis lewat berkas sementara + `rename` (tanpa
//! `sync_all`) dibunuh dengan SIGKILL di tengah pekerjaan. Apa yang tersisa?
//!
//! Program ini menjalankan dirinya sendiri sebagai anak yang terus menulis
//! `hasil.bin` (256 KiB berisi satu nilai byte, berganti setiap putaran) lewat
//! `.hasil.bin.tmp` + `rename`, lalu membunuhnya pada saat yang berbeda-beda,
//! 20 kali. Setelah setiap kill, `hasil.bin` harus utuh: panjangnya penuh dan
//! semua byte-nya sama.
use std::path::Path;
use std::process::Command;
use std::time::Duration;
use std::{env, fs, thread};

const SIZE: usize = 256 * 1024;

fn child(dir: &Path) -> ! {
    let (tmp, target) = (dir.join(".hasil.bin.tmp"), dir.join("hasil.bin"));
    for i in 0u64.. {
        fs::write(&tmp, vec![i as u8; SIZE]).unwrap();
        fs::rename(&tmp, &target).unwrap();
    }
    unreachable!()
}

fn main() {
    let args: Vec<String> = env::args().collect();
    if args.len() == 3 && args[1] == "anak" {
        child(Path::new(&args[2]));
    }
    let dir = env::temp_dir().join(format!("kuis-rename-{}", std::process::id()));
    let (mut whole, mut tmp_left) = (0, 0);
    for round in 0..20u64 {
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        let target = dir.join("hasil.bin");
        let mut kid = Command::new(env::current_exe().unwrap())
            .args(["anak", dir.to_str().unwrap()])
            .spawn()
            .unwrap();
        while !target.exists() {
            thread::sleep(Duration::from_millis(1));
        }
        // Saat kill berbeda-beda: 0..9 ms setelah berkas pertama ada.
        thread::sleep(Duration::from_micros(round * 450));
        kid.kill().unwrap(); // SIGKILL di Unix: tanpa kesempatan membereskan
        kid.wait().unwrap();
        let data = fs::read(&target).unwrap();
        if data.len() == SIZE && data.iter().all(|&b| b == data[0]) {
            whole += 1;
        }
        tmp_left += usize::from(dir.join(".hasil.bin.tmp").exists());
    }
    let _ = fs::remove_dir_all(&dir);
    println!("Berkas akhir utuh setelah kill: {whole} dari 20");
    println!("Putaran yang meninggalkan berkas sementara: {tmp_left}");
}
