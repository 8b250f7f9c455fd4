//! Studi kasus: pengolah gambar paralel dengan rayon.
//!
//! Membuat 50 gambar PNG 512x512 (isi deterministik) di folder sementara,
//! merusak satu berkas dengan sengaja, lalu mengolah semuanya dua kali:
//! berurutan dan paralel (rayon). Setiap gambar di-decode, dijadikan abu-abu,
//! di-blur, di-encode, dan ditulis. Program membandingkan checksum piksel
//! kedua run dan mencetak rincian waktu decode, filter, dan encode.
//!
//! `--simpan FOLDER` menyimpan masukan dan keluaran di FOLDER (yang harus
//! sudah ada) alih-alih folder sementara yang dihapus di akhir.
//! `--jumlah N` mengolah N gambar (38..=1000, bawaan 50) alih-alih 50.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use image::codecs::png::{CompressionType, FilterType, PngEncoder};
use image::{DynamicImage, ImageEncoder, RgbImage};
use rayon::prelude::*;

const COUNT: usize = 50;
/// Batas `--jumlah`: gambar rusak (nomor 37) harus ikut, dan disk tidak penuh.
const COUNT_RANGE: std::ops::RangeInclusive<usize> = 38..=1000;
const SIZE: u32 = 512;
/// Berkas ini dipotong separuh setelah dibuat: unduhan yang terputus.
const CORRUPT: &str = "gambar-37.png";

/// Hasil mengolah satu gambar.
struct Processed {
    name: String,
    width: u32,
    height: u32,
    checksum: u32,
    io: Duration,
    decode: Duration,
    filter: Duration,
    encode: Duration,
}

// ANCHOR: proses
/// Satu tugas = satu gambar: baca, decode, filter, encode, tulis.
fn process_image(input: &Path, out_dir: &Path) -> Result<Processed, String> {
    let name = input.file_name().unwrap().to_string_lossy().into_owned();
    let t0 = Instant::now();
    let bytes = fs::read(input).map_err(|e| format!("{name}: gagal dibaca: {e}"))?;
    let t1 = Instant::now();
    let img = image::load_from_memory(&bytes)
        .map_err(|e| format!("{name}: bukan PNG yang utuh ({e})"))?;
    let t2 = Instant::now();
    let out = img.grayscale().blur(1.5);
    let t3 = Instant::now();
    let png = encode_png(&out).map_err(|e| format!("{name}: gagal di-encode: {e}"))?;
    let t4 = Instant::now();
    fs::write(out_dir.join(&name), png).map_err(|e| format!("{name}: gagal ditulis: {e}"))?;
    let t5 = Instant::now();
    Ok(Processed {
        checksum: crc32fast::hash(out.as_bytes()),
        width: out.width(),
        height: out.height(),
        name,
        io: (t1 - t0) + (t5 - t4),
        decode: t2 - t1,
        filter: t3 - t2,
        encode: t4 - t3,
    })
}
// ANCHOR_END: proses

/// PNG: setiap baris difilter "Sub" (selisih dengan piksel kirinya), lalu
/// dikompresi zlib (miniz_oxide).
fn encode_png(img: &DynamicImage) -> image::ImageResult<Vec<u8>> {
    let mut png = Vec::new();
    PngEncoder::new_with_quality(&mut png, CompressionType::Default, FilterType::Sub).write_image(
        img.as_bytes(),
        img.width(),
        img.height(),
        img.color().into(),
    )?;
    Ok(png)
}

/// Gambar uji ke-`i`: garis-garis miring berwarna, berbeda untuk setiap `i`.
/// Setiap baris disalin dari satu pola (murah, bahkan di build debug).
fn make_image(i: u32) -> RgbImage {
    let w = SIZE as usize;
    let pattern: Vec<u8> = (0..2 * SIZE)
        .flat_map(|x| [(x * (i + 1) / 3) as u8, (x / 4) as u8, 255 - (x * 2) as u8])
        .collect();
    let mut buf = Vec::with_capacity(w * w * 3);
    for y in 0..w {
        let off = (y * (i as usize % 7 + 1) + y / 3) % w;
        buf.extend_from_slice(&pattern[off * 3..(off + w) * 3]);
    }
    RgbImage::from_raw(SIZE, SIZE, buf).unwrap()
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("galat: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let usage = "pemakaian: 03-pengolah-gambar [--simpan FOLDER] [--jumlah N]";
    let mut keep_dir = None;
    let mut count = COUNT;
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let value = args.next().ok_or(usage)?;
        match flag.as_str() {
            "--simpan" => keep_dir = Some(PathBuf::from(value)),
            "--jumlah" => {
                count = value
                    .parse()
                    .ok()
                    .filter(|n| COUNT_RANGE.contains(n))
                    .ok_or_else(|| format!("--jumlah harus bilangan 38..=1000, bukan '{value}'"))?;
            }
            _ => return Err(usage.into()),
        }
    }
    let (root, keep) = match keep_dir {
        None => (
            std::env::temp_dir().join(format!("pengolah-gambar-{}", std::process::id())),
            false,
        ),
        Some(dir) => {
            if !dir.is_dir() {
                return Err(format!("folder '{}' tidak ada", dir.display()));
            }
            (dir, true)
        }
    };
    let result = work(&root, count);
    if !keep {
        let _ = fs::remove_dir_all(&root);
    }
    result
}

fn work(root: &Path, count: usize) -> Result<(), String> {
    let input_dir = root.join("masukan");
    let seq_dir = root.join("berurutan");
    let par_dir = root.join("paralel");
    for d in [&input_dir, &seq_dir, &par_dir] {
        fs::create_dir_all(d).map_err(|e| format!("membuat '{}': {e}", d.display()))?;
    }

    // Siapkan masukan (paralel juga, supaya cepat); bukan bagian yang diukur.
    let t = Instant::now();
    let inputs: Vec<PathBuf> = (0..count as u32)
        .into_par_iter()
        .map(|i| {
            let path = input_dir.join(format!("gambar-{i:02}.png"));
            let png = encode_png(&DynamicImage::ImageRgb8(make_image(i)))?;
            fs::write(&path, png)?;
            Ok(path)
        })
        .collect::<Result<_, image::ImageError>>()
        .map_err(|e| format!("membuat gambar uji: {e}"))?;
    let corrupt = input_dir.join(CORRUPT);
    let len = fs::metadata(&corrupt).map_err(|e| e.to_string())?.len();
    fs::OpenOptions::new()
        .write(true)
        .open(&corrupt)
        .and_then(|f| f.set_len(len / 2))
        .map_err(|e| format!("merusak {CORRUPT}: {e}"))?;
    println!(
        "Masukan: {count} PNG {SIZE}x{SIZE} dibuat dalam {} ms ({CORRUPT} sengaja dipotong)",
        t.elapsed().as_millis()
    );

    // ANCHOR: bandingkan
    let t = Instant::now();
    let seq: Vec<_> = inputs.iter().map(|p| process_image(p, &seq_dir)).collect();
    let seq_time = t.elapsed();

    let t = Instant::now();
    let par: Vec<_> = inputs
        .par_iter()
        .map(|p| process_image(p, &par_dir))
        .collect();
    let par_time = t.elapsed();
    // ANCHOR_END: bandingkan

    println!("\nChecksum piksel per gambar (berurutan | paralel):");
    let mut same = 0;
    for (s, p) in seq.iter().zip(&par) {
        if let (Ok(s), Ok(p)) = (s, p) {
            let mark = if s.checksum == p.checksum {
                "sama"
            } else {
                "BEDA"
            };
            same += usize::from(s.checksum == p.checksum);
            println!(
                "  {} {}x{} {:08x} | {:08x} {mark}",
                s.name, s.width, s.height, s.checksum, p.checksum
            );
        }
    }
    println!("\nBerkas yang gagal diolah:");
    for (run, results) in [("berurutan", &seq), ("paralel", &par)] {
        for e in results.iter().filter_map(|r| r.as_ref().err()) {
            println!("  {run}: {e}");
        }
    }

    let ok: Vec<&Processed> = seq.iter().filter_map(|r| r.as_ref().ok()).collect();
    let par_ok = par.iter().filter(|r| r.is_ok()).count();
    let mut checked = 0;
    for p in &ok {
        for dir in [&seq_dir, &par_dir] {
            if image::image_dimensions(dir.join(&p.name)).ok() == Some((SIZE, SIZE)) {
                checked += 1;
            }
        }
    }

    // ANCHOR: rincian
    let sum = |f: fn(&Processed) -> Duration| ok.iter().map(|p| f(p)).sum::<Duration>();
    let (io, decode) = (sum(|p| p.io), sum(|p| p.decode));
    let (filter, encode) = (sum(|p| p.filter), sum(|p| p.encode));
    let total = (io + decode + filter + encode).as_secs_f64();
    let pct = |d: Duration| 100.0 * d.as_secs_f64() / total;
    // ANCHOR_END: rincian

    // Biaya rayon sendiri: 50 tugas kosong (terkecil dari 5 percobaan).
    let overhead = (0..5)
        .map(|_| {
            let t = Instant::now();
            (0..count).into_par_iter().for_each(|i| {
                std::hint::black_box(i);
            });
            t.elapsed()
        })
        .min()
        .unwrap();

    println!("\nLaporan:");
    println!("  Gambar: {count}");
    println!("  Berhasil (berurutan): {}", ok.len());
    println!("  Berhasil (paralel): {par_ok}");
    println!("  Gagal (berurutan): {}", count - ok.len());
    println!("  Gagal (paralel): {}", count - par_ok);
    println!("  Checksum sama: {same} dari {}", ok.len());
    println!("  Berkas keluaran {SIZE}x{SIZE} diperiksa: {checked}");
    println!("  Thread rayon: {}", rayon::current_num_threads());
    println!("  Waktu berurutan: {} ms", seq_time.as_millis());
    println!("  Waktu paralel: {} ms", par_time.as_millis());
    println!(
        "  Percepatan: {:.2}x",
        seq_time.as_secs_f64() / par_time.as_secs_f64()
    );
    println!("\nRincian waktu run berurutan ({} gambar):", ok.len());
    println!("  Decode: {} ms ({:.0}%)", decode.as_millis(), pct(decode));
    println!("  Filter: {} ms ({:.0}%)", filter.as_millis(), pct(filter));
    println!("  Encode: {} ms ({:.0}%)", encode.as_millis(), pct(encode));
    println!(
        "  Baca + tulis berkas: {} ms ({:.0}%)",
        io.as_millis(),
        pct(io)
    );
    println!(
        "  Rata-rata per gambar: {:.1} ms",
        total * 1000.0 / ok.len() as f64
    );
    println!(
        "  Biaya rayon untuk {count} tugas kosong: {} us",
        overhead.as_micros()
    );
    Ok(())
}
