//! Latihan 11.3: perbaiki kode yang ditolak compiler. Sekumpulan gambar
//! diolah paralel dengan rayon; gambar yang rusak dilaporkan dengan namanya,
//! gambar yang utuh tetap diolah.
use std::panic;
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use rayon::prelude::*;

/// Satu berkas gambar tiruan: nama dan isinya (di memori, tanpa berkas).
struct Image {
    name: String,
    bytes: Vec<u8>,
}

/// Laporan satu batch.
#[derive(Default)]
struct Report {
    /// Setiap gambar yang berhasil: nama dan checksum pikselnya.
    done: Vec<(String, u32)>,
    /// Satu pesan per gambar yang gagal, yang menyebut nama berkasnya.
    failed: Vec<String>,
}

/// Decode, jadikan abu-abu, lalu hitung checksum pikselnya. Pesan galatnya
/// hanya menyebut masalahnya, belum nama berkasnya.
fn process_image(img: &Image) -> Result<u32, String> {
    probe::record(&img.name);
    let rgb = format::decode(&img.bytes)?;
    let gray: Vec<u8> = rgb.chunks(3).map(format::luma).collect();
    Ok(format::checksum(&gray))
}

/// Olah semua gambar paralel. Tidak ada hasil yang boleh hilang.
fn process_all(images: &[Image]) -> Report {
    // LATIHAN: Kode ini ditolak compiler: closure yang diberikan ke
    // `for_each` rayon bisa dipanggil dari beberapa thread sekaligus, jadi
    // tidak boleh mengubah `report` milik pemanggil. Perbaiki tanpa
    // kehilangan satu hasil pun: setiap gambar utuh masuk `done`, setiap
    // gambar rusak masuk `failed` dengan namanya.
    //     let mut report = Report::default();
    //     images.par_iter().for_each(|img| match process_image(img) {
    //         Ok(sum) => report.done.push((img.name.clone(), sum)),
    //         Err(e) => report.failed.push(format!("{}: {e}", img.name)),
    //     });
    //     report
    let results: Vec<(&Image, Result<u32, String>)> = images
        .par_iter()
        .map(|img| (img, process_image(img)))
        .collect();
    let mut report = Report::default();
    for (img, result) in results {
        match result {
            Ok(sum) => report.done.push((img.name.clone(), sum)),
            Err(e) => report.failed.push(format!("{}: {e}", img.name)),
        }
    }
    report
    // LATIHAN_END
}

// ---------------------------------------------------------------------------
// Pemeriksa: menjalankan kode Anda lalu mencetak putusan. Tidak perlu diubah.

const IMAGES: usize = 24;

fn main() {
    let images = format::batch(IMAGES);
    // Apa yang seharusnya terjadi pada setiap gambar, dihitung berurutan.
    let expected: Vec<(String, Result<u32, String>)> = images
        .iter()
        .map(|img| {
            let rgb = format::decode(&img.bytes);
            let gray = rgb.map(|p| p.chunks(3).map(format::luma).collect());
            (
                img.name.clone(),
                gray.map(|g: Vec<u8>| format::checksum(&g)),
            )
        })
        .collect();
    let good = expected.iter().filter(|(_, r)| r.is_ok()).count();
    let bad = IMAGES - good;
    println!("Gambar: {IMAGES}, utuh {good}, rusak {bad}");
    let report = run_reader(move || process_all(&images)).unwrap_or_else(|e| {
        wrong(
            &e,
            "gambar yang rusak mengembalikan `Err`; jangan `unwrap`, \
             masukkan pesannya ke `failed`.",
        )
    });
    let mut done = report.done.clone();
    done.sort();
    let want: Vec<(String, u32)> = expected
        .iter()
        .filter_map(|(n, r)| r.as_ref().ok().map(|s| (n.clone(), *s)))
        .collect();
    println!("Berhasil: {} dari {IMAGES}", done.len());
    if done != want {
        let kept = done.iter().filter(|d| want.contains(d)).count();
        wrong(
            &format!("hanya {kept} dari {good} gambar utuh ada di laporan"),
            "setiap gambar utuh harus masuk `done` dengan checksum dari \
             `process_image`. `collect::<Result<Vec<_>, _>>()` berhenti di \
             galat pertama dan membuang semua hasil yang berhasil; kumpulkan \
             `Result` setiap gambar, lalu pilah.",
        );
    }
    let mut failed = report.failed.clone();
    failed.sort();
    println!("Gagal: {}", failed.len());
    for msg in &failed {
        println!("  {msg}");
    }
    for (name, result) in &expected {
        let Err(reason) = result else { continue };
        let hits = failed.iter().filter(|m| m.contains(name.as_str()));
        let hits: Vec<&String> = hits.collect();
        if hits.len() != 1 || !hits[0].contains(reason.as_str()) {
            wrong(
                &format!(
                    "{name} gagal ({reason}), tetapi `failed` tidak memuat \
                     tepat satu pesan dengan nama dan alasan itu"
                ),
                "`process_image` hanya menyebut masalahnya; tambahkan nama \
                 berkasnya sendiri, misalnya `format!(\"{}: {e}\", img.name)`.",
            );
        }
    }
    let n = failed.len();
    if n != bad {
        wrong(
            &format!("`failed` memuat {n} pesan, padahal gambar rusak {bad}"),
            "satu pesan untuk setiap gambar yang gagal, tidak lebih.",
        );
    }
    let (counts, outside) = probe::summary();
    if let Some((name, n)) = counts.iter().find(|(_, n)| **n != 1) {
        wrong(
            &format!("{name} diolah {n} kali"),
            "panggil `process_image` tepat sekali per gambar, lalu pilah \
             hasilnya (`Ok` ke `done`, `Err` ke `failed`).",
        );
    }
    println!("Diolah di luar pool rayon: {outside}");
    if outside > 0 {
        wrong(
            &format!("{outside} gambar diolah di luar pool rayon"),
            "olah dengan `images.par_iter()`, bukan `iter()`.",
        );
    }
    println!(
        "Benar: {good} gambar utuh diolah paralel, {bad} yang rusak \
         dilaporkan dengan namanya."
    );
}

/// Format gambar tiruan: "GMBR", lebar dan tinggi (u16, little endian),
/// lalu piksel RGB.
mod format {
    use super::Image;

    const MAGIC: &[u8] = b"GMBR";

    pub fn decode(bytes: &[u8]) -> Result<&[u8], String> {
        let Some(rest) = bytes.strip_prefix(MAGIC) else {
            return Err("bukan gambar (tanda tangan salah)".into());
        };
        let [w0, w1, h0, h1, pixels @ ..] = rest else {
            return Err("bukan gambar (kepala terpotong)".into());
        };
        let w = usize::from(u16::from_le_bytes([*w0, *w1]));
        let h = usize::from(u16::from_le_bytes([*h0, *h1]));
        let need = w * h * 3;
        if pixels.len() < need {
            let got = pixels.len();
            return Err(format!("terpotong ({got} dari {need} byte piksel)"));
        }
        Ok(&pixels[..need])
    }

    pub fn luma(p: &[u8]) -> u8 {
        let [r, g, b] = [p[0], p[1], p[2]].map(u32::from);
        ((r * 299 + g * 587 + b * 114) / 1000) as u8
    }

    /// FNV-1a 32 bit.
    pub fn checksum(data: &[u8]) -> u32 {
        data.iter().fold(0x811c_9dc5, |h, &b| {
            (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
        })
    }

    /// `n` gambar 48x48; tiga di antaranya rusak.
    pub fn batch(n: usize) -> Vec<Image> {
        (1..=n)
            .map(|i| {
                let (w, h) = (48u16, 48u16);
                let mut bytes = MAGIC.to_vec();
                bytes.extend(w.to_le_bytes());
                bytes.extend(h.to_le_bytes());
                for y in 0..h as usize {
                    for x in 0..w as usize {
                        let r = (x * 5 + i * 11) as u8;
                        let g = (y * 3 + i * 7) as u8;
                        bytes.extend([r, g, (x ^ y ^ i) as u8]);
                    }
                }
                match i {
                    5 | 21 => bytes.truncate(bytes.len() / 2),
                    13 => bytes[..4].copy_from_slice(b"<htm"),
                    _ => {}
                }
                let name = format!("gambar-{i:02}.gmbr");
                Image { name, bytes }
            })
            .collect()
    }
}

/// Mencatat setiap panggilan `process_image`: berapa kali per gambar, dan
/// berapa yang berjalan di luar thread pool rayon.
mod probe {
    use std::collections::BTreeMap;
    use std::sync::Mutex;

    static CALLS: Mutex<BTreeMap<String, usize>> = Mutex::new(BTreeMap::new());
    static OUTSIDE: Mutex<usize> = Mutex::new(0);

    pub fn record(name: &str) {
        *CALLS.lock().unwrap().entry(name.into()).or_default() += 1;
        if rayon::current_thread_index().is_none() {
            *OUTSIDE.lock().unwrap() += 1;
        }
    }

    pub fn summary() -> (BTreeMap<String, usize>, usize) {
        let counts = CALLS.lock().unwrap().clone();
        (counts, *OUTSIDE.lock().unwrap())
    }
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
