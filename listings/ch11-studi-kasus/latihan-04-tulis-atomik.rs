//! Latihan 11.4: tulis `write_atomically` di atas disk tiruan. Enam belas
//! hasil ditulis paralel; dua di antaranya gagal di tengah penulisan.
use std::collections::BTreeMap;
use std::panic;
use std::sync::{Arc, Mutex, mpsc};
use std::thread;
use std::time::Duration;

use rayon::prelude::*;

/// Tulis `bytes` ke `path` sehingga siapa pun yang membaca `path` hanya
/// pernah melihat isi lama atau isi baru yang utuh. Bila gagal, `path` tetap
/// seperti semula dan tidak ada berkas sementara yang tertinggal.
///
/// `path` berbentuk `keluaran/gambar-01.gmbr`. `disk` punya tiga operasi
/// seperti `std::fs`, masing-masing mengembalikan `IoResult`
/// (`Result<(), String>`): `disk.write(path, bytes)`,
/// `disk.rename(from, to)`, dan `disk.remove_file(path)`.
fn write_atomically(disk: &Disk, path: &str, bytes: &[u8]) -> IoResult {
    // LATIHAN: Tulis dulu ke berkas sementara di folder yang sama, yang
    // namanya berbeda untuk setiap `path` (ingat: banyak thread menulis
    // bersamaan). Lalu `disk.rename` ke `path`. Bila ada langkah yang gagal,
    // hapus berkas sementara dengan `disk.remove_file` dan kembalikan galatnya.
    let (dir, name) = path.rsplit_once('/').unwrap_or((".", path));
    let tmp = format!("{dir}/.{name}.tmp");
    let result = disk
        .write(&tmp, bytes)
        .and_then(|()| disk.rename(&tmp, path));
    if result.is_err() {
        let _ = disk.remove_file(&tmp);
    }
    result
    // LATIHAN_END
}

// ---------------------------------------------------------------------------
// Pemeriksa: menjalankan kode Anda lalu mencetak putusan. Tidak perlu diubah.

/// Disk tiruan di memori dengan tiga operasi seperti `std::fs`: `write`
/// (buat atau kosongkan berkas, lalu tulis per potongan 512 byte), `rename`
/// (atomik, mengganti tujuan yang sudah ada, hanya di dalam satu folder), dan
/// `remove_file`. Berkas lebih dari 4096 byte gagal di tengah jalan, seperti
/// disk yang penuh. Disk mencatat setiap keadaan berkas tujuan yang pernah
/// bisa dilihat pembaca.
struct Disk {
    files: Mutex<BTreeMap<String, Vec<u8>>>,
    /// Isi yang sah untuk setiap berkas tujuan: isi awal dan isi baru.
    allowed: BTreeMap<String, [Option<Vec<u8>>; 2]>,
    /// Keadaan terlarang yang pernah terlihat.
    seen: Mutex<Vec<String>>,
    /// Berkas sementara -> tujuan-tujuan yang pernah menerimanya.
    renames: Mutex<BTreeMap<String, Vec<String>>>,
}

const CHUNK: usize = 512;
const MAX_FILE: usize = 4096;

impl Disk {
    fn write(&self, path: &str, bytes: &[u8]) -> IoResult {
        self.update(path, |f| {
            f.insert(path.to_string(), Vec::new());
        });
        for chunk in bytes.chunks(CHUNK) {
            let mut result = Ok(());
            self.update(path, |f| match f.get_mut(path) {
                // Berkasnya dipindah atau dihapus orang lain di tengah jalan.
                None => result = Err("Stale file handle (os error 116)"),
                Some(file) if file.len() + chunk.len() > MAX_FILE => {
                    result = Err("No space left on device (os error 28)");
                }
                Some(file) => file.extend_from_slice(chunk),
            });
            result?;
        }
        Ok(())
    }

    fn rename(&self, from: &str, to: &str) -> IoResult {
        let folder = |p: &str| p.rsplit_once('/').map(|(d, _)| d.to_string());
        if folder(from) != folder(to) {
            return Err("Invalid cross-device link (os error 18)".into());
        }
        let mut result = Ok(());
        self.update(to, |f| match f.remove(from) {
            Some(bytes) => {
                f.insert(to.to_string(), bytes);
            }
            None => result = Err("No such file or directory (os error 2)"),
        });
        if result.is_ok() {
            let mut renames = self.renames.lock().unwrap();
            let targets = renames.entry(from.to_string()).or_default();
            if !targets.iter().any(|t| t == to) {
                targets.push(to.to_string());
            }
        }
        result.map_err(String::from)
    }

    fn remove_file(&self, path: &str) -> IoResult {
        let mut result = Ok(());
        self.update(path, |f| {
            if f.remove(path).is_none() {
                result = Err("No such file or directory (os error 2)".into());
            }
        });
        result
    }

    /// Ubah isi disk, lalu (masih memegang lock) periksa keadaan `path`
    /// yang kini bisa dilihat pembaca.
    fn update(&self, path: &str, change: impl FnOnce(&mut Files)) {
        let mut files = self.files.lock().unwrap();
        change(&mut files);
        if let Some([old, new]) = self.allowed.get(path) {
            let now = files.get(path);
            if now != old.as_ref() && now != new.as_ref() {
                let msg = match now {
                    None => format!("{path} sempat hilang"),
                    Some(b) => format!(
                        "{path} sempat berisi {} byte (bukan versi lama \
                         maupun versi baru yang utuh)",
                        b.len()
                    ),
                };
                self.seen.lock().unwrap().push(msg);
            }
        }
    }
}

type Files = BTreeMap<String, Vec<u8>>;

/// Seperti `std::io::Result<()>`, dengan galat berupa teks.
type IoResult = Result<(), String>;

/// Satu hasil olahan yang akan disimpan.
struct Output {
    path: String,
    bytes: Vec<u8>,
}

const OUTPUTS: usize = 16;
const TOO_BIG: [usize; 2] = [6, 11];
const HAD_OLD: [usize; 3] = [3, 6, 14];

fn outputs() -> Vec<Output> {
    (1..=OUTPUTS)
        .map(|i| {
            let len = if TOO_BIG.contains(&i) {
                6000
            } else {
                2000 + i * 97
            };
            let bytes = (0..len).map(|j| (j * 7 + i * 13) as u8).collect();
            let path = format!("keluaran/gambar-{i:02}.gmbr");
            Output { path, bytes }
        })
        .collect()
}

fn old_version(i: usize) -> Option<Vec<u8>> {
    HAD_OLD.contains(&i).then(|| vec![b'L'; 1500 + i])
}

fn main() {
    let outputs = outputs();
    let mut files = BTreeMap::new();
    let mut allowed = BTreeMap::new();
    for (i, out) in (1..).zip(&outputs) {
        let old = old_version(i);
        if let Some(old) = &old {
            files.insert(out.path.clone(), old.clone());
        }
        let new = (!TOO_BIG.contains(&i)).then(|| out.bytes.clone());
        allowed.insert(out.path.clone(), [old, new]);
    }
    let disk = Disk {
        files: Mutex::new(files),
        allowed,
        seen: Mutex::default(),
        renames: Mutex::default(),
    };
    let disk = Arc::new(disk);
    let reader_disk = Arc::clone(&disk);
    let results = run_reader(move || {
        let results: Vec<IoResult> = outputs
            .par_iter()
            .map(|o| write_atomically(&reader_disk, &o.path, &o.bytes))
            .collect();
        results
    })
    .unwrap_or_else(|e| {
        wrong(
            &e,
            "kembalikan galat dengan `?` atau `Err`, jangan `unwrap`.",
        )
    });
    let renames = disk.renames.lock().unwrap().clone();
    if let Some((tmp, targets)) = renames.iter().find(|(_, t)| t.len() > 1) {
        wrong(
            &format!(
                "berkas sementara {tmp} yang sama dipakai untuk {} tujuan",
                targets.len()
            ),
            "rayon menulis beberapa berkas BERSAMAAN; dua tugas yang memakai \
             nama sementara yang sama saling menimpa. Masukkan nama tujuan ke \
             nama sementaranya, misalnya `.gambar-01.gmbr.tmp`.",
        );
    }
    let seen = disk.seen.lock().unwrap().clone();
    println!("Keadaan terlarang yang terlihat pembaca: {}", seen.len());
    if let Some(first) = seen.first() {
        wrong(
            &format!("pembaca bisa melihat berkas setengah jadi: {first}"),
            "jangan menulis langsung ke tujuan: tulis ke berkas sementara di \
             folder yang sama, lalu `disk.rename(&tmp, path)`.",
        );
    }
    let failed: Vec<usize> = (1..)
        .zip(&results)
        .filter_map(|(i, r)| r.is_err().then_some(i))
        .collect();
    println!("Penulisan yang gagal: {failed:?}");
    let mut errors = results.iter().filter_map(|r| r.as_ref().err());
    if let Some(e) = errors.find(|e| e.contains("cross-device")) {
        wrong(
            &format!("`rename` gagal: {e}"),
            "`rename` hanya atomik di dalam satu sistem berkas; buat \
             berkas sementara di folder yang SAMA dengan tujuannya.",
        );
    }
    if failed != TOO_BIG {
        wrong(
            &format!("yang melapor gagal: {failed:?}, bukan {TOO_BIG:?}"),
            "kembalikan galat dari `disk.write` dan `disk.rename` (operator \
             `?` atau `and_then`), jangan diabaikan.",
        );
    }
    let files = disk.files.lock().unwrap().clone();
    let leftover: Vec<&String> = files
        .keys()
        .filter(|p| !disk.allowed.contains_key(*p))
        .collect();
    if let Some(tmp) = leftover.first() {
        wrong(
            &format!("berkas sementara {tmp} tertinggal"),
            "bila penulisan gagal, hapus berkas sementaranya dengan \
             `disk.remove_file(&tmp)` sebelum mengembalikan galat.",
        );
    }
    for (i, (path, [old, new])) in (1..).zip(&disk.allowed) {
        let want = if TOO_BIG.contains(&i) { old } else { new };
        if files.get(path) != want.as_ref() {
            wrong(
                &format!("isi akhir {path} salah"),
                "berkas yang gagal ditulis harus tetap berisi versi lamanya.",
            );
        }
    }
    let kept = TOO_BIG.iter().filter(|i| HAD_OLD.contains(i)).count();
    println!("Berkas di folder keluaran: {}", files.len());
    println!(
        "Benar: {} berkas utuh, {} gagal tanpa sisa, {kept} versi lama \
         tetap utuh.",
        OUTPUTS - TOO_BIG.len(),
        TOO_BIG.len()
    );
}

/// Jalankan kode pembaca di thread sendiri dengan batas waktu 3 detik. Panic
/// (juga di thread yang ia buat) tidak dicetak sebagai jejak, tetapi
/// dilaporkan.
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
