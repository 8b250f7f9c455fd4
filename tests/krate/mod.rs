//! Mengompilasi satu berkas `.rs` yang memakai crate buku (tokio, rayon,
//! crossbeam) dengan `rustc` langsung, seperti listing std-only.
//!
//! Dipakai oleh listing yang harus gagal dikompilasi (`tests/listings`) dan
//! oleh program pendukung klaim kuis (`tests/kuis`).
//!
//! Kenapa bukan cargo di target dir buku: `cargo test` sedang memakai target
//! dir itu, dan cargo bersarang dengan pilihan paket atau fitur lain akan
//! membangun ulang dependensi dengan hash lain (atau menunggu kunci build).
//! Kenapa bukan rlib di `target/debug/deps`: bisa ada beberapa rlib tokio
//! dengan fitur berbeda, dan tidak ada cara stabil untuk tahu mana yang
//! dipakai test ini. Jadi: satu proyek cargo kecil di
//! `$CARGO_TARGET_TMPDIR/krate-buku/` dengan target dir sendiri, yang hanya
//! bergantung pada crate-crate itu, dengan versi dan fitur yang persis sama
//! dengan `Cargo.toml`/`Cargo.lock` buku. Proyek itu dibangun sekali (sekitar
//! 20 detik CPU dari kosong, kurang dari 1 detik bila sudah ada), lalu
//! `cargo build --message-format=json` memberi jalur rlib yang pasti untuk
//! `rustc --extern`.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// Crate buku yang boleh dipakai listing dan program kuis tanpa cargo
/// (sama dengan yang tersedia di Rust Playground).
pub const CRATES: &[&str] = &["tokio", "rayon", "crossbeam"];

fn book_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Crate dari `CRATES` yang disebut sebagai identifier di `source`
/// (`tokio::`, `use rayon`, `#[tokio::main]`, ...).
pub fn crates_used(source: &str) -> Vec<&'static str> {
    CRATES
        .iter()
        .copied()
        .filter(|krate| {
            source.match_indices(krate).any(|(i, _)| {
                let before = source[..i].chars().next_back();
                let after = source[i + krate.len()..].chars().next();
                let ident = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
                !ident(before) && !ident(after)
            })
        })
        .collect()
}

/// Argumen `rustc` (`-L dependency=...`, `--extern nama=rlib`) untuk memakai
/// `crates`. Kosong bila `crates` kosong; proyek kecilnya dibangun sekali
/// per proses test, saat pertama kali dibutuhkan.
pub fn extern_args(crates: &[&str]) -> Result<Vec<OsString>, String> {
    if crates.is_empty() {
        return Ok(Vec::new());
    }
    static BUILT: OnceLock<Result<Built, String>> = OnceLock::new();
    let built = BUILT.get_or_init(build).as_ref().map_err(Clone::clone)?;
    let mut args = vec![OsString::from("-L"), {
        let mut s = OsString::from("dependency=");
        s.push(&built.deps);
        s
    }];
    for krate in crates {
        let rlib = built
            .rlibs
            .iter()
            .find(|(name, _)| name == krate)
            .map(|(_, p)| p)
            .ok_or_else(|| format!("crate {krate} tidak ada di proyek krate-buku"))?;
        let mut s = OsString::from(format!("{krate}="));
        s.push(rlib);
        args.push("--extern".into());
        args.push(s);
    }
    Ok(args)
}

struct Built {
    deps: PathBuf,
    rlibs: Vec<(String, PathBuf)>,
}

/// Folder proyek kecil itu.
pub fn project_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("krate-buku")
}

fn write_if_changed(path: &Path, text: &str) -> Result<(), String> {
    if std::fs::read_to_string(path).ok().as_deref() != Some(text) {
        std::fs::write(path, text).map_err(|e| format!("menulis {}: {e}", path.display()))?;
    }
    Ok(())
}

/// `[dependencies]` proyek kecil: versi persis dari Cargo.lock buku, fitur
/// dari Cargo.toml buku.
fn manifest() -> Result<String, String> {
    let read = |name: &str| -> Result<toml::Table, String> {
        let text = std::fs::read_to_string(book_root().join(name))
            .map_err(|e| format!("membaca {name}: {e}"))?;
        toml::from_str(&text).map_err(|e| format!("{name}: {e}"))
    };
    let cargo_toml = read("Cargo.toml")?;
    let lock = read("Cargo.lock")?;
    let deps = cargo_toml
        .get("dependencies")
        .and_then(|d| d.as_table())
        .ok_or("Cargo.toml buku tidak punya [dependencies]")?;
    let packages = lock
        .get("package")
        .and_then(|p| p.as_array())
        .ok_or("Cargo.lock tanpa [[package]]")?;
    let mut out = String::from(
        "# Dibuat oleh tests/krate/mod.rs dari Cargo.toml dan Cargo.lock buku; jangan diedit.\n\
         [package]\nname = \"krate-buku\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
         [lib]\npath = \"lib.rs\"\n\n[workspace]\n\n[profile.dev]\ndebug = false\n\n[dependencies]\n",
    );
    for krate in CRATES {
        let spec = deps
            .get(*krate)
            .ok_or_else(|| format!("Cargo.toml buku tidak bergantung pada {krate}"))?;
        let locked: Vec<&str> = packages
            .iter()
            .filter_map(|p| p.as_table())
            .filter(|p| p.get("name").and_then(|n| n.as_str()) == Some(krate))
            .filter_map(|p| p.get("version").and_then(|v| v.as_str()))
            .collect();
        let [version] = locked[..] else {
            return Err(format!(
                "Cargo.lock buku memuat {} versi {krate}",
                locked.len()
            ));
        };
        let features = spec
            .get("features")
            .and_then(|f| f.as_array())
            .map(|f| {
                f.iter()
                    .filter_map(|x| x.as_str())
                    .map(|x| format!("{x:?}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .unwrap_or_default();
        out.push_str(&format!(
            "{krate} = {{ version = \"={version}\", features = [{features}] }}\n"
        ));
    }
    Ok(out)
}

fn build() -> Result<Built, String> {
    let dir = project_dir();
    std::fs::create_dir_all(&dir).map_err(|e| format!("membuat {}: {e}", dir.display()))?;
    write_if_changed(&dir.join("Cargo.toml"), &manifest()?)?;
    write_if_changed(&dir.join("lib.rs"), "")?;
    // Versi dependensi tidak langsung (mio, libc, ...) ikut Cargo.lock buku.
    let lock = std::fs::read_to_string(book_root().join("Cargo.lock"))
        .map_err(|e| format!("membaca Cargo.lock: {e}"))?;
    if std::fs::read_to_string(dir.join("Cargo.lock.buku"))
        .ok()
        .as_deref()
        != Some(&*lock)
    {
        write_if_changed(&dir.join("Cargo.lock"), &lock)?;
        write_if_changed(&dir.join("Cargo.lock.buku"), &lock)?;
    }
    let target = dir.join("target");
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let out = Command::new(cargo)
        .args([
            "build",
            "--offline",
            "--quiet",
            "--message-format=json",
            "--manifest-path",
        ])
        .arg(dir.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(&target)
        .env_remove("CARGO_TARGET_DIR")
        .env_remove("CARGO_BUILD_TARGET_DIR")
        .output()
        .map_err(|e| format!("menjalankan cargo: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "cargo build proyek {} gagal (dependensi buku harus sudah pernah diunduh: \
             jalankan `cargo fetch` sekali saat daring):\n{}",
            dir.display(),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let mut rlibs = Vec::new();
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let Ok(msg) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        if msg["reason"] != "compiler-artifact" {
            continue;
        }
        let name = msg["target"]["name"].as_str().unwrap_or_default();
        if !CRATES.contains(&name) {
            continue;
        }
        let rlib = msg["filenames"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|f| f.as_str())
            .find(|f| f.ends_with(".rlib"));
        if let Some(rlib) = rlib {
            rlibs.push((name.to_string(), PathBuf::from(rlib)));
        }
    }
    Ok(Built {
        deps: target.join("debug").join("deps"),
        rlibs,
    })
}

/// Pesan rustc yang siap ditampilkan buku: tanpa spasi di akhir baris, dan
/// jalur yang bergantung pada mesin diganti nama yang tetap. rustc menulis
/// sumber pustaka standar sebagai `/rustc/<hash commit compiler>/library/...`
/// dan sumber crate sebagai jalur lengkap di `~/.cargo/registry/src/...`;
/// keduanya menjadi `$RUST/library/...` dan `$CARGO_REGISTRY/<crate>-<versi>/...`.
pub fn normalize_compiler_output(stderr: &str) -> String {
    let mut s = String::new();
    for line in stderr.lines() {
        let mut line = line.trim_end().to_string();
        if let Some(i) = line.find("/rustc/") {
            let hash: String = line[i + 7..]
                .chars()
                .take_while(char::is_ascii_hexdigit)
                .collect();
            if hash.len() == 40 {
                line.replace_range(i..i + 7 + 40, "$RUST");
            }
        }
        if let Some(i) = line.find("/registry/src/") {
            let start = line[..i].rfind(' ').map_or(0, |j| j + 1);
            let rest = &line[i + "/registry/src/".len()..];
            if let Some(slash) = rest.find('/') {
                let end = i + "/registry/src/".len() + slash + 1;
                line.replace_range(start..end, "$CARGO_REGISTRY/");
            }
        }
        s.push_str(&line);
        s.push('\n');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn krate_crates_used_finds_only_identifiers() {
        assert_eq!(crates_used("use tokio::time;\n#[tokio::main]"), ["tokio"]);
        assert_eq!(
            crates_used("rayon::join(a, b); crossbeam::select!{}"),
            ["rayon", "crossbeam"]
        );
        assert!(crates_used("let tokiox = my_rayon_pool; // std saja").is_empty());
    }

    #[test]
    fn krate_normalize_hides_machine_paths() {
        let raw = "  --> /rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/std/src/thread/scoped.rs:203:34  \n\
                   --> /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/tokio-1.54.1/src/task/spawn.rs:168:21";
        assert_eq!(
            normalize_compiler_output(raw),
            "  --> $RUST/library/std/src/thread/scoped.rs:203:34\n\
             --> $CARGO_REGISTRY/tokio-1.54.1/src/task/spawn.rs:168:21\n"
        );
    }
}
