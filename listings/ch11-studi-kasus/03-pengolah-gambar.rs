//! Studi kasus: pengolah gambar paralel dengan rayon.
//!
//! Tanpa argumen (demo): membuat 50 PNG 512x512 (isi deterministik) di
//! folder sementara, merusak satu berkas dengan sengaja, lalu mengolah
//! semuanya dua kali, berurutan dan paralel. Setiap gambar di-decode,
//! dijadikan abu-abu, di-blur, di-encode, dan ditulis. Program membandingkan
//! checksum piksel kedua run dan mencetak rincian waktunya.
//!
//! - `--jumlah N`: demo dengan N gambar (38..=1000, bawaan 50).
//! - `--simpan FOLDER`: demo, tetapi masukan dan keluarannya disimpan di
//!   FOLDER (yang harus sudah ada), bukan di folder sementara.
//! - `--masukan FOLDER --keluaran FOLDER`: gambar Anda sendiri. Setiap
//!   berkas PNG/JPEG di folder masukan menjadi PNG abu-abu di folder
//!   keluaran (dibuat bila belum ada), sekali, paralel.
//!
//! Kode keluar: 0 bila semua gambar berhasil (di demo: semua kecuali yang
//! sengaja dirusak), 1 bila ada yang gagal, 2 untuk masukan yang salah.

use std::collections::BTreeMap;
use std::fmt::Display;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::thread;
use std::time::{Duration, Instant};

use image::codecs::png::{CompressionType, FilterType, PngEncoder};
use image::{DynamicImage, ImageEncoder, RgbImage};
use rayon::prelude::*;

const COUNT: usize = 50;
/// Batas `--jumlah`: gambar rusak (nomor 37) harus ikut, disk tidak penuh.
const COUNT_RANGE: std::ops::RangeInclusive<usize> = 38..=1000;
const SIZE: u32 = 512;
/// Berkas ini dipotong separuh setelah dibuat: unduhan yang terputus.
const CORRUPT: &str = "gambar-37.png";
/// Ekstensi yang dibaca dari folder Anda (huruf besar atau kecil).
const EXTENSIONS: [&str; 3] = ["png", "jpg", "jpeg"];

/// Hasil mengolah satu gambar.
struct Processed {
    name: String,
    width: u32,
    height: u32,
    checksum: u32,
    /// Thread yang mengerjakannya, dan proses tempat thread itu hidup.
    thread: String,
    pid: u32,
    io: Duration,
    decode: Duration,
    filter: Duration,
    encode: Duration,
}

// ANCHOR: proses
/// Satu tugas = satu gambar: baca, decode, filter, encode, tulis.
fn process_image(input: &Path, out_dir: &Path) -> Result<Processed, String> {
    let name = input.file_name().unwrap().to_string_lossy().into_owned();
    let fail = |what: &str, e: &dyn Display| format!("{name}: {what} ({e})");
    let t0 = Instant::now();
    let bytes = fs::read(input).map_err(|e| fail("gagal dibaca", &e))?;
    let t1 = Instant::now();
    let img = image::load_from_memory(&bytes);
    let img = img.map_err(|e| fail("bukan gambar yang utuh", &e))?;
    let t2 = Instant::now();
    let out = img.grayscale().blur(1.5);
    let t3 = Instant::now();
    let png = encode_png(&out).map_err(|e| fail("gagal di-encode", &e))?;
    let t4 = Instant::now();
    let target = out_dir.join(output_name(input));
    write_atomically(&target, &png).map_err(|e| fail("gagal ditulis", &e))?;
    let t5 = Instant::now();
    Ok(Processed {
        checksum: crc32fast::hash(out.as_bytes()),
        width: out.width(),
        height: out.height(),
        thread: thread::current().name().unwrap_or("?").to_string(),
        pid: std::process::id(),
        name,
        io: (t1 - t0) + (t5 - t4),
        decode: t2 - t1,
        filter: t3 - t2,
        encode: t4 - t3,
    })
}
// ANCHOR_END: proses

/// `foto.JPG` menjadi `foto.png`, `scan.v2.jpg` menjadi `scan.v2.png`:
/// keluarannya selalu PNG.
fn output_name(input: &Path) -> PathBuf {
    let mut name = input.file_stem().unwrap_or_default().to_os_string();
    name.push(".png");
    PathBuf::from(name)
}

// ANCHOR: atomik
/// Tulis ke berkas sementara di folder yang sama, lalu `rename`: berkas
/// keluaran selalu utuh, atau tidak ada sama sekali. (Tanpa `sync_all`:
/// atomik terhadap program yang mati, tidak terhadap listrik yang padam.)
fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let tmp_name = format!(".{name}.tmp-{}", std::process::id());
    let tmp = path.with_file_name(tmp_name);
    let write = || -> std::io::Result<()> {
        let mut file = fs::File::create(&tmp)?;
        file.write_all(bytes)?;
        fs::rename(&tmp, path)
    };
    write().inspect_err(|_| {
        let _ = fs::remove_file(&tmp);
    })
}
// ANCHOR_END: atomik

/// PNG: setiap baris difilter "Sub" (selisih dengan piksel kirinya), lalu
/// dikompresi zlib (miniz_oxide).
fn encode_png(img: &DynamicImage) -> image::ImageResult<Vec<u8>> {
    let mut png = Vec::new();
    let (kind, filter) = (CompressionType::Default, FilterType::Sub);
    let encoder = PngEncoder::new_with_quality(&mut png, kind, filter);
    let (w, h) = (img.width(), img.height());
    encoder.write_image(img.as_bytes(), w, h, img.color().into())?;
    Ok(png)
}

/// Gambar uji ke-`i`: garis-garis miring berwarna, berbeda untuk setiap `i`.
/// Setiap baris disalin dari satu pola (murah, bahkan di build debug).
fn make_image(i: u32) -> RgbImage {
    let w = SIZE as usize;
    let red = |x: u32| (x * (i + 1) / 3) as u8;
    let pattern: Vec<u8> = (0..2 * SIZE)
        .flat_map(|x| [red(x), (x / 4) as u8, 255 - (x * 2) as u8])
        .collect();
    let mut buf = Vec::with_capacity(w * w * 3);
    for y in 0..w {
        let off = (y * (i as usize % 7 + 1) + y / 3) % w;
        buf.extend_from_slice(&pattern[off * 3..(off + w) * 3]);
    }
    RgbImage::from_raw(SIZE, SIZE, buf).unwrap()
}

// ------------------------------------------------------------ argumen ---

/// Apa yang diminta baris perintah.
enum Mode {
    /// Gambar buatan: berurutan lalu paralel, lalu dibandingkan.
    Demo { keep: Option<PathBuf>, count: usize },
    /// Gambar Anda sendiri: sekali, paralel, ke folder keluaran.
    Folder { input: PathBuf, output: PathBuf },
}

const USAGE: &str = "pemakaian:\n  ch11-03-pengolah-gambar [--jumlah N] \
                     [--simpan FOLDER]\n  ch11-03-pengolah-gambar \
                     --masukan FOLDER --keluaran FOLDER";

fn parse_args() -> Result<Mode, String> {
    let (mut keep, mut count, mut input, mut output) = (None, None, None, None);
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let Some(value) = args.next() else {
            return Err(format!("{flag} butuh nilai\n{USAGE}"));
        };
        match flag.as_str() {
            "--simpan" => keep = Some(PathBuf::from(value)),
            "--masukan" => input = Some(PathBuf::from(value)),
            "--keluaran" => output = Some(PathBuf::from(value)),
            "--jumlah" => {
                let n = value.parse().ok().filter(|n| COUNT_RANGE.contains(n));
                let msg = format!("--jumlah harus 38..=1000, bukan '{value}'");
                count = Some(n.ok_or(msg)?);
            }
            _ => return Err(format!("argumen tidak dikenal: {flag}\n{USAGE}")),
        }
    }
    let demo = keep.is_some() || count.is_some();
    match (input, output) {
        (None, None) => Ok(Mode::Demo {
            keep,
            count: count.unwrap_or(COUNT),
        }),
        (Some(i), Some(o)) if !demo => Ok(Mode::Folder {
            input: i,
            output: o,
        }),
        (Some(_), Some(_)) => Err(format!(
            "--masukan/--keluaran tidak bisa digabung dengan --simpan \
             atau --jumlah\n{USAGE}"
        )),
        _ => Err(format!(
            "--masukan dan --keluaran harus dipakai bersama\n{USAGE}"
        )),
    }
}

// ------------------------------------------------------------- utama ---

// ANCHOR: utama
fn main() -> ExitCode {
    // Thread rayon diberi nama, supaya setiap hasil bisa menyebut siapa yang
    // mengerjakannya. Jumlahnya tetap dari RAYON_NUM_THREADS atau core.
    let pool = rayon::ThreadPoolBuilder::new()
        .thread_name(|i| format!("rayon-{i}"))
        .build_global();
    let result = match (pool, parse_args()) {
        (Err(e), _) => Err(format!("pool rayon gagal dibuat: {e}")),
        (_, Err(e)) => Err(e),
        (_, Ok(Mode::Demo { keep, count })) => demo(keep, count),
        (_, Ok(Mode::Folder { input, output })) => own_images(&input, &output),
    };
    match result {
        Ok(0) => ExitCode::SUCCESS,
        Ok(failed) => {
            eprintln!("galat: {failed} berkas gagal diolah (lihat di atas)");
            ExitCode::from(1)
        }
        Err(e) => {
            eprintln!("galat: {e}");
            ExitCode::from(2)
        }
    }
}
// ANCHOR_END: utama

// ------------------------------------------------------- gambar Anda ---

// ANCHOR: folder
/// Setiap PNG/JPEG di `input` menjadi PNG abu-abu di `output`, paralel.
/// Mengembalikan jumlah berkas yang gagal; yang lain tetap diolah.
fn own_images(input: &Path, output: &Path) -> Result<usize, String> {
    let (images, skipped) = list_images(input)?;
    check_names(&images)?;
    prepare_output(input, output)?;
    let n = images.len();
    println!("Masukan: {n} gambar di {input:?}");
    println!("Berkas lain yang dilewati: {skipped}");
    let t = Instant::now();
    let results: Vec<_> = images
        .par_iter()
        .map(|p| process_image(p, output))
        .collect();
    let elapsed = t.elapsed();
    let mut failed = 0;
    for result in &results {
        match result {
            Ok(p) => {
                let (w, h, thread) = (p.width, p.height, &p.thread);
                println!("  ok     {} ({w}x{h}, {thread})", p.name);
            }
            Err(e) => {
                failed += 1;
                println!("  GAGAL  {e}");
            }
        }
    }
    println!("\nLaporan:");
    println!("  Berhasil: {} dari {n}", n - failed);
    println!("  Gagal: {failed}");
    println!("  Thread rayon: {}", rayon::current_num_threads());
    println!("  Waktu paralel: {} ms", elapsed.as_millis());
    println!("  Keluaran: {output:?}");
    Ok(failed)
}
// ANCHOR_END: folder

/// Berkas `.png`, `.jpg`, dan `.jpeg` di `dir` (tanpa subfolder), terurut,
/// beserta jumlah berkas lain yang dilewati.
fn list_images(dir: &Path) -> Result<(Vec<PathBuf>, usize), String> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => return Err(format!("folder {dir:?} tidak bisa dibaca: {e}")),
    };
    let (mut images, mut skipped) = (Vec::new(), 0);
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        let ext = path.extension().unwrap_or_default().to_string_lossy();
        if path.is_dir() {
            continue;
        } else if EXTENSIONS.contains(&ext.to_lowercase().as_str()) {
            images.push(path);
        } else {
            skipped += 1;
        }
    }
    images.sort();
    if images.is_empty() {
        return Err(format!("tidak ada berkas PNG atau JPEG di {dir:?}"));
    }
    Ok((images, skipped))
}

/// Folder keluaran: tidak boleh sama dengan folder masukan (gambar asli
/// akan tertimpa), dan dibuat bila belum ada.
fn prepare_output(input: &Path, output: &Path) -> Result<(), String> {
    let canon = |p: &Path| fs::canonicalize(p).ok();
    if output.exists() && canon(input) == canon(output) {
        return Err(format!(
            "folder keluaran harus berbeda dari folder masukan {input:?}, \
             supaya gambar asli tidak tertimpa"
        ));
    }
    if !output.is_dir()
        && let Err(e) = fs::create_dir(output)
    {
        return Err(format!("folder keluaran {output:?} gagal dibuat: {e}"));
    }
    Ok(())
}

/// Setiap gambar harus mendapat nama keluaran sendiri: `a.png` dan `a.jpg`
/// sama-sama menjadi `a.png`.
fn check_names(images: &[PathBuf]) -> Result<(), String> {
    let mut names = BTreeMap::new();
    for path in images {
        let out = output_name(path);
        if let Some(other) = names.insert(out.clone(), path) {
            return Err(format!(
                "{other:?} dan {path:?} sama-sama menjadi {out:?}; \
                 ganti nama salah satunya"
            ));
        }
    }
    Ok(())
}

// -------------------------------------------------------------- demo ---

/// Demo: mengembalikan jumlah kegagalan yang *tidak* direncanakan (selain
/// `gambar-37.png`, yang memang harus gagal).
fn demo(keep: Option<PathBuf>, count: usize) -> Result<usize, String> {
    let root = match &keep {
        None => {
            let name = format!("pengolah-gambar-{}", std::process::id());
            std::env::temp_dir().join(name)
        }
        Some(dir) if dir.is_dir() => dir.clone(),
        Some(dir) => return Err(format!("folder {dir:?} tidak ada")),
    };
    let result = compare_runs(&root, count);
    if keep.is_none() {
        let _ = fs::remove_dir_all(&root);
    }
    result
}

/// Membuat `count` PNG uji di `dir` dan merusak `gambar-37.png`.
fn make_inputs(dir: &Path, count: usize) -> Result<Vec<PathBuf>, String> {
    let inputs = (0..count as u32)
        .into_par_iter()
        .map(|i| {
            let path = dir.join(format!("gambar-{i:02}.png"));
            let img = DynamicImage::ImageRgb8(make_image(i));
            fs::write(&path, encode_png(&img)?)?;
            Ok(path)
        })
        .collect::<Result<Vec<_>, image::ImageError>>()
        .map_err(|e| format!("membuat gambar uji: {e}"))?;
    let corrupt = dir.join(CORRUPT);
    let len = fs::metadata(&corrupt).map_err(|e| e.to_string())?.len();
    fs::OpenOptions::new()
        .write(true)
        .open(&corrupt)
        .and_then(|f| f.set_len(len / 2))
        .map_err(|e| format!("merusak {CORRUPT}: {e}"))?;
    Ok(inputs)
}

/// Salah satu stopwatch sebuah hasil (`|p| p.decode`, ...).
type Pick = fn(&Processed) -> Duration;

fn successes(results: &[Result<Processed, String>]) -> Vec<&Processed> {
    results.iter().filter_map(|r| r.as_ref().ok()).collect()
}

fn compare_runs(root: &Path, count: usize) -> Result<usize, String> {
    let input_dir = root.join("masukan");
    let sequential_dir = root.join("berurutan");
    let parallel_dir = root.join("paralel");
    for d in [&input_dir, &sequential_dir, &parallel_dir] {
        fs::create_dir_all(d).map_err(|e| format!("membuat {d:?}: {e}"))?;
    }
    let t = Instant::now();
    let inputs = make_inputs(&input_dir, count)?;
    let ms = t.elapsed().as_millis();
    println!("Masukan: {count} PNG {SIZE}x{SIZE} dibuat dalam {ms} ms");
    println!("({CORRUPT} sengaja dipotong separuh)");

    // ANCHOR: bandingkan
    let t = Instant::now();
    let seq: Vec<_> = inputs
        .iter()
        .map(|p| process_image(p, &sequential_dir))
        .collect();
    let seq_time = t.elapsed();

    let t = Instant::now();
    let par: Vec<_> = inputs
        .par_iter()
        .map(|p| process_image(p, &parallel_dir))
        .collect();
    let par_time = t.elapsed();
    // ANCHOR_END: bandingkan

    println!("\nChecksum piksel per gambar (berurutan | paralel, thread):");
    let mut same = 0;
    for (s, p) in seq.iter().zip(&par) {
        if let (Ok(s), Ok(p)) = (s, p) {
            let equal = s.checksum == p.checksum;
            same += usize::from(equal);
            let mark = if equal { "sama" } else { "BEDA" };
            let (name, w, h) = (&s.name, s.width, s.height);
            let (a, b) = (s.checksum, p.checksum);
            println!("  {name} {w}x{h} {a:08x} | {b:08x} {mark} {}", p.thread);
        }
    }
    println!("\nBerkas yang gagal diolah:");
    let mut unplanned = 0;
    for (run, results) in [("berurutan", &seq), ("paralel", &par)] {
        for e in results.iter().filter_map(|r| r.as_ref().err()) {
            unplanned += usize::from(!e.starts_with(CORRUPT));
            println!("  {run}: {e}");
        }
    }

    let (ok, par_ok) = (successes(&seq), successes(&par));
    let mut checked = 0;
    for p in &ok {
        for dir in [&sequential_dir, &parallel_dir] {
            let dims = image::image_dimensions(dir.join(&p.name)).ok();
            checked += usize::from(dims == Some((SIZE, SIZE)));
        }
    }

    // ANCHOR: rincian
    let sum = |f: Pick| ok.iter().map(|p| f(p)).sum::<Duration>();
    let (io, decode) = (sum(|p| p.io), sum(|p| p.decode));
    let (filter, encode) = (sum(|p| p.filter), sum(|p| p.encode));
    let total = (io + decode + filter + encode).as_secs_f64();
    let pct = |d: Duration| 100.0 * d.as_secs_f64() / total;
    // ANCHOR_END: rincian

    // Biaya rayon sendiri: `count` tugas kosong (terkecil dari 5 percobaan).
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
    println!("  Berhasil (paralel): {}", par_ok.len());
    println!("  Gagal (berurutan): {}", count - ok.len());
    println!("  Gagal (paralel): {}", count - par_ok.len());
    println!("  Checksum sama: {same} dari {}", ok.len());
    println!("  Berkas keluaran {SIZE}x{SIZE} diperiksa: {checked}");
    print_workers(&ok, &par_ok);
    println!("  Waktu berurutan: {} ms", seq_time.as_millis());
    println!("  Waktu paralel: {} ms", par_time.as_millis());
    let speedup = seq_time.as_secs_f64() / par_time.as_secs_f64();
    println!("  Percepatan: {speedup:.2}x");
    println!("\nRincian waktu run berurutan ({} gambar):", ok.len());
    println!("  Decode: {} ms ({:.0}%)", decode.as_millis(), pct(decode));
    println!("  Filter: {} ms ({:.0}%)", filter.as_millis(), pct(filter));
    println!("  Encode: {} ms ({:.0}%)", encode.as_millis(), pct(encode));
    println!(
        "  Baca + tulis berkas: {} ms ({:.0}%)",
        io.as_millis(),
        pct(io)
    );
    let avg = total * 1000.0 / ok.len() as f64;
    println!("  Rata-rata per gambar: {avg:.1} ms");
    let us = overhead.as_micros();
    println!("  Biaya rayon untuk {count} tugas kosong: {us} us");
    Ok(unplanned)
}

// ANCHOR: pekerja
/// Siapa yang mengerjakan apa: PID dan nama thread setiap hasil.
fn print_workers(seq: &[&Processed], par: &[&Processed]) {
    let mut pids: Vec<u32> = seq.iter().chain(par).map(|p| p.pid).collect();
    pids.sort();
    pids.dedup();
    println!("  PID berbeda: {} ({pids:?})", pids.len());
    for (run, results) in [("berurutan", seq), ("paralel", par)] {
        let mut by_thread = BTreeMap::<&str, usize>::new();
        for p in results {
            *by_thread.entry(&p.thread).or_default() += 1;
        }
        let list = by_thread.iter().map(|(t, n)| format!("{t} {n}"));
        let list = list.collect::<Vec<_>>().join(", ");
        println!("  Thread ({run}): {list}");
    }
    println!("  Thread rayon: {}", rayon::current_num_threads());
}
// ANCHOR_END: pekerja
