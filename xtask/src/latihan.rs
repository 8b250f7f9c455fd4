//! Latihan di komputer pembaca.
//!
//! - `cargo xtask latihan`: daftar latihan buku dan status masing-masing.
//! - `cargo xtask latihan ch02-01`: salin starter latihan itu (diturunkan dari
//!   solusinya oleh `listing_model::latihan::starter`, sama dengan yang
//!   tampil di buku) ke `latihan/ch02-01-nama.rs`, folder milik pembaca yang
//!   tidak dilacak git, jadi suntingannya tidak pernah mengganggu `cargo test`.
//! - `cargo xtask periksa ch02-01`: kompilasi salinan itu dengan crate buku
//!   (versi dari Cargo.lock buku, tanpa jaringan) di proyek cargo kecil
//!   `target/latihan/proyek/` dengan folder target sendiri, jalankan, tampilkan
//!   putusannya, dan catat hasilnya untuk daftar.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use clap::Args;
use listing_model::{ListingFile, latihan};

/// Folder salinan pembaca (di `.gitignore`).
const READER_DIR: &str = "latihan";
/// Batas waktu program latihan; pemeriksanya sendiri berhenti jauh lebih cepat.
const RUN_LIMIT: Duration = Duration::from_secs(60);

#[derive(Args)]
pub struct LatihanArgs {
    /// Latihan yang akan dikerjakan, mis. `ch02-01`; tanpa nama: daftar semua latihan.
    nama: Option<String>,
    /// Timpa salinan yang sudah ada (suntingan Anda hilang).
    #[arg(long)]
    timpa: bool,
}

#[derive(Args)]
pub struct PeriksaArgs {
    /// Latihan yang diperiksa, mis. `ch02-01`.
    nama: String,
}

/// `cargo xtask latihan [NAMA] [--timpa]`.
pub fn latihan(root: &Path, args: &LatihanArgs) -> anyhow::Result<()> {
    let exercises = exercises(root);
    let Some(name) = &args.nama else {
        return list(root, &exercises);
    };
    let l = find(&exercises, name)?;
    let id = l.exercise_id().unwrap_or_default();
    let copy = root.join(l.reader_copy().unwrap_or_default());
    if copy.exists() && !args.timpa {
        bail!(
            "{} sudah ada (berisi suntingan Anda). Periksa dengan `cargo xtask periksa {id}`, \
             atau mulai dari awal dengan `cargo xtask latihan {id} --timpa`",
            rel(root, &copy)
        );
    }
    let solution = std::fs::read_to_string(root.join(l.path()))
        .with_context(|| format!("membaca {}", l.path()))?;
    let starter = latihan::starter(&solution).map_err(|e| anyhow::anyhow!("{}: {e}", l.path()))?;
    std::fs::create_dir_all(root.join(READER_DIR))?;
    std::fs::write(&copy, starter).with_context(|| format!("menulis {}", copy.display()))?;
    let _ = std::fs::remove_file(status_file(root, &id));
    println!("Starter latihan {id} disalin ke {}.", rel(root, &copy));
    println!("Ganti setiap `todo!()` dengan kode Anda, lalu: cargo xtask periksa {id}");
    Ok(())
}

/// `cargo xtask periksa NAMA`.
pub fn periksa(root: &Path, args: &PeriksaArgs) -> anyhow::Result<()> {
    let exercises = exercises(root);
    let l = find(&exercises, &args.nama)?;
    let id = l.exercise_id().unwrap_or_default();
    let copy = root.join(l.reader_copy().unwrap_or_default());
    if !copy.exists() {
        bail!(
            "{} belum ada: ambil starternya dulu dengan `cargo xtask latihan {id}`",
            rel(root, &copy)
        );
    }
    let exe = build(root, &copy)?;
    let Some(exe) = exe else {
        record(root, &id, &copy, Status::DoesNotCompile)?;
        bail!(
            "latihan {id}: {} belum bisa dikompilasi (lihat pesan compiler di atas)",
            rel(root, &copy)
        );
    };
    let (code, stdout) = run(&exe)?;
    let status = if code == Some(0) && stdout.lines().any(|l| l.starts_with(latihan::CORRECT)) {
        Status::Correct
    } else if stdout.contains(latihan::NOT_DONE) {
        Status::NotDone
    } else {
        Status::Wrong
    };
    record(root, &id, &copy, status)?;
    if status != Status::Correct {
        bail!("latihan {id}: {}", status.label());
    }
    println!("Latihan {id} selesai. Daftar semua latihan: cargo xtask latihan");
    Ok(())
}

/// Semua latihan buku, terurut.
fn exercises(root: &Path) -> Vec<ListingFile> {
    listing_model::scan(&root.join("listings"))
        .exercises()
        .cloned()
        .collect()
}

/// Latihan bernama `name`: `ch02-01` atau `ch02-01-nama`.
fn find<'a>(exercises: &'a [ListingFile], name: &str) -> anyhow::Result<&'a ListingFile> {
    exercises
        .iter()
        .find(|l| {
            let id = l.exercise_id().unwrap_or_default();
            name == id || name == format!("{id}-{}", l.name)
        })
        .with_context(|| {
            let known: Vec<String> = exercises.iter().filter_map(ListingFile::exercise_id).collect();
            format!(
                "tidak ada latihan bernama `{name}`; yang ada: {} (daftar lengkap: `cargo xtask latihan`)",
                known.join(", ")
            )
        })
}

fn list(root: &Path, exercises: &[ListingFile]) -> anyhow::Result<()> {
    println!("Latihan buku (mulai: cargo xtask latihan NAMA, periksa: cargo xtask periksa NAMA)\n");
    let mut done = 0;
    for l in exercises {
        let id = l.exercise_id().unwrap_or_default();
        let copy = root.join(l.reader_copy().unwrap_or_default());
        let status = if !copy.exists() {
            "belum dimulai".to_string()
        } else {
            match read_status(root, &id, &copy) {
                Some((Status::Correct, true)) => {
                    done += 1;
                    Status::Correct.label().to_string()
                }
                Some((s, true)) => s.label().to_string(),
                Some((_, false)) => "diubah sejak terakhir diperiksa".to_string(),
                None => "sedang dikerjakan (belum diperiksa)".to_string(),
            }
        };
        println!("  {id:<9}{:<28}{status}", l.name);
    }
    println!("\n{done} dari {} latihan selesai.", exercises.len());
    Ok(())
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Status {
    Correct,
    Wrong,
    NotDone,
    DoesNotCompile,
}

impl Status {
    const ALL: [Status; 4] = [
        Status::Correct,
        Status::Wrong,
        Status::NotDone,
        Status::DoesNotCompile,
    ];

    fn label(self) -> &'static str {
        match self {
            Status::Correct => "selesai (benar)",
            Status::Wrong => "belum benar",
            Status::NotDone => "belum dikerjakan",
            Status::DoesNotCompile => "belum bisa dikompilasi",
        }
    }
}

/// Hasil periksa terakhir: `latihan/.hasil/<id>`, berisi status dan sidik
/// berkas saat diperiksa (ukuran dan waktu ubah), supaya daftar tahu bila
/// berkas diubah sesudahnya.
fn status_file(root: &Path, id: &str) -> PathBuf {
    root.join(READER_DIR).join(".hasil").join(id)
}

fn fingerprint(copy: &Path) -> anyhow::Result<String> {
    let meta = std::fs::metadata(copy)?;
    let modified = meta
        .modified()?
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    Ok(format!("{} {}", meta.len(), modified.as_nanos()))
}

fn record(root: &Path, id: &str, copy: &Path, status: Status) -> anyhow::Result<()> {
    let file = status_file(root, id);
    std::fs::create_dir_all(file.parent().unwrap())?;
    let text = format!("{}\n{}\n", status.label(), fingerprint(copy)?);
    std::fs::write(&file, text).with_context(|| format!("menulis {}", file.display()))
}

/// (status terakhir, apakah berkasnya masih sama seperti saat diperiksa).
fn read_status(root: &Path, id: &str, copy: &Path) -> Option<(Status, bool)> {
    let text = std::fs::read_to_string(status_file(root, id)).ok()?;
    let mut lines = text.lines();
    let label = lines.next()?;
    let status = Status::ALL.into_iter().find(|s| s.label() == label)?;
    let same = fingerprint(copy).ok().as_deref() == lines.next();
    Some((status, same))
}

/// Kompilasi salinan pembaca; `None` bila compiler menolaknya (pesannya
/// sudah tampil di terminal).
fn build(root: &Path, copy: &Path) -> anyhow::Result<Option<PathBuf>> {
    let work = root.join("target").join("latihan");
    let project = work.join("proyek");
    let target = work.join("target");
    std::fs::create_dir_all(&project)?;
    let copy = copy.canonicalize()?;
    let manifest = manifest(root, &copy)?;
    write_if_changed(&project.join("Cargo.toml"), &manifest)?;
    // Cargo.lock buku: versi crate yang sama dengan buku; cargo membuang
    // paket yang tidak dipakai proyek kecil ini.
    let lock = std::fs::read_to_string(root.join("Cargo.lock")).context("membaca Cargo.lock")?;
    write_if_changed(&project.join("Cargo.lock"), &lock)?;
    if !target.exists() {
        println!("Menyiapkan crate buku untuk latihan (sekali saja, sekitar satu menit)...");
    }
    let started = Instant::now();
    let status = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
        .current_dir(&project)
        .args(["build", "--offline", "--quiet", "--bin", "latihan"])
        .arg("--target-dir")
        .arg(&target)
        .env_remove("CARGO_TARGET_DIR")
        .status()
        .context("gagal menjalankan cargo build")?;
    if !status.success() {
        return Ok(None);
    }
    if started.elapsed() > Duration::from_secs(10) {
        println!("(kompilasi {:.0} detik)", started.elapsed().as_secs_f64());
    }
    Ok(Some(
        target
            .join("debug")
            .join(format!("latihan{}", std::env::consts::EXE_SUFFIX)),
    ))
}

/// Cargo.toml proyek kecil: satu bin (salinan pembaca) dan crate buku yang
/// juga ada di Rust Playground (`tests/playground.toml`), dengan spesifikasi
/// yang sama persis dengan `[dependencies]` buku.
fn manifest(root: &Path, copy: &Path) -> anyhow::Result<String> {
    let read = |name: &str| -> anyhow::Result<toml::Table> {
        let text =
            std::fs::read_to_string(root.join(name)).with_context(|| format!("membaca {name}"))?;
        toml::from_str(&text).with_context(|| format!("mengurai {name}"))
    };
    let cargo_toml = read("Cargo.toml")?;
    let playground = read("tests/playground.toml")?;
    let allowed: Vec<&str> = playground
        .get("crates")
        .and_then(|c| c.as_array())
        .context("tests/playground.toml: `crates` harus larik")?
        .iter()
        .filter_map(|c| c.as_str())
        .collect();
    let deps = cargo_toml
        .get("dependencies")
        .and_then(|d| d.as_table())
        .context("Cargo.toml buku tanpa [dependencies]")?;
    let mut table = toml::Table::new();
    for (name, spec) in deps {
        if allowed.contains(&name.replace('-', "_").as_str()) {
            table.insert(name.clone(), spec.clone());
        }
    }
    let path = copy.to_string_lossy().replace('\\', "/");
    Ok(format!(
        "# Dibuat oleh `cargo xtask periksa`; jangan diedit.\n\
         [package]\nname = \"latihan\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
         [[bin]]\nname = \"latihan\"\npath = {}\n\n\
         [profile.dev]\ndebug = false\n\n\
         # Berdiri sendiri walau foldernya ada di dalam workspace buku.\n[workspace]\n\n{}",
        toml::Value::String(path),
        // Satu tabel `dependencies` utuh: dependensi berbentuk tabel (tokio
        // dengan `features`) menjadi `[dependencies.tokio]`, bukan `[tokio]`.
        toml::to_string(&toml::Table::from_iter([(
            "dependencies".to_string(),
            toml::Value::Table(table),
        )]))?
    ))
}

/// Jalankan program latihan; keluarannya tampil di terminal dan stdout-nya
/// dikembalikan untuk membaca putusannya.
fn run(exe: &Path) -> anyhow::Result<(Option<i32>, String)> {
    let mut child = Command::new(exe)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .spawn()
        .with_context(|| format!("gagal menjalankan {}", exe.display()))?;
    let mut pipe = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        use std::io::{Read, Write};
        let mut all = Vec::new();
        let mut buf = [0u8; 4096];
        while let Ok(n) = pipe.read(&mut buf) {
            if n == 0 {
                break;
            }
            let _ = std::io::stdout().write_all(&buf[..n]);
            all.extend_from_slice(&buf[..n]);
        }
        String::from_utf8_lossy(&all).into_owned()
    });
    let started = Instant::now();
    let code = loop {
        if let Some(status) = child.try_wait()? {
            break status.code();
        }
        if started.elapsed() > RUN_LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            bail!(
                "program latihan tidak selesai dalam {} detik dan dihentikan",
                RUN_LIMIT.as_secs()
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let stdout = reader.join().unwrap_or_default();
    Ok((code, stdout))
}

fn write_if_changed(path: &Path, text: &str) -> anyhow::Result<()> {
    if std::fs::read_to_string(path).ok().as_deref() != Some(text) {
        std::fs::write(path, text).with_context(|| format!("menulis {}", path.display()))?;
    }
    Ok(())
}

fn rel(root: &Path, p: &Path) -> String {
    p.strip_prefix(root).unwrap_or(p).display().to_string()
}

#[cfg(test)]
mod tests;
