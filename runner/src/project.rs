//! Proyek cargo yang disiapkan: `main.rs` kiriman pembaca dikompilasi di sini
//! dengan *persis* dependensi buku (bagian `[dependencies]` paket akar) pada
//! versi yang terkunci di `Cargo.lock` proyek, tanpa jaringan.

use crate::json::{self, Value};
use crate::proc;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// Nama paket (dan binary) proyek yang disiapkan, seperti di Rust Playground.
pub const PACKAGE: &str = "playground";
pub const EDITIONS: &[&str] = &["2015", "2018", "2021", "2024"];
pub const DEFAULT_EDITION: &str = "2024";

/// Satu dependensi buku.
#[derive(Debug, Clone, PartialEq)]
pub struct Dep {
    /// Nama paket di crates.io.
    pub package: String,
    /// Nama di kode (`use nama::...`), dengan `_` menggantikan `-`.
    pub ident: String,
    /// Baris TOML untuk `[dependencies]`.
    pub toml: String,
    /// Versi yang terkunci di Cargo.lock proyek.
    pub version: String,
}

#[derive(Debug, Clone)]
pub struct Project {
    pub deps: Vec<Dep>,
    /// Isi Cargo.lock proyek buku.
    pub lock: String,
    pub dir: PathBuf,
    pub target_dir: PathBuf,
}

pub fn cargo() -> Command {
    let mut cmd = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    cmd.env("CARGO_TERM_COLOR", "never")
        .env("CARGO_TERM_PROGRESS_WHEN", "never")
        .env_remove("CARGO_BUILD_TARGET_DIR")
        .env_remove("CARGO_TARGET_DIR")
        .env_remove("RUSTC_WORKSPACE_WRAPPER");
    cmd
}

impl Project {
    /// Membaca dependensi buku dari `cargo metadata` dan Cargo.lock proyek.
    pub fn load(book: &Path, work_dir: &Path) -> Result<Project, String> {
        let manifest = book.join("Cargo.toml");
        let lock_path = book.join("Cargo.lock");
        let lock = std::fs::read_to_string(&lock_path)
            .map_err(|e| format!("tidak bisa membaca {}: {e}", lock_path.display()))?;
        let out = cargo()
            .args([
                "metadata",
                "--offline",
                "--format-version",
                "1",
                "--no-deps",
            ])
            .arg("--manifest-path")
            .arg(&manifest)
            .output()
            .map_err(|e| format!("gagal menjalankan cargo metadata: {e}"))?;
        if !out.status.success() {
            return Err(format!(
                "cargo metadata gagal:\n{}",
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        let meta = json::parse(&String::from_utf8_lossy(&out.stdout))?;
        let manifest_str = manifest.to_string_lossy();
        let root = meta
            .get("packages")
            .map(Value::as_array)
            .unwrap_or_default()
            .iter()
            .find(|p| p.get("manifest_path").and_then(Value::as_str) == Some(&manifest_str))
            .ok_or_else(|| format!("paket akar {manifest_str} tidak ada di cargo metadata"))?;
        let root_name = root.get("name").and_then(Value::as_str).unwrap_or_default();
        let locked = locked_dep_versions(&lock, root_name)?;
        let deps = deps_from_metadata(root, &locked)?;
        Ok(Project {
            deps,
            lock,
            dir: work_dir.join(PACKAGE),
            target_dir: work_dir.join("target"),
        })
    }

    /// Cargo.toml proyek yang disiapkan, untuk edisi tertentu.
    pub fn manifest(&self, edition: &str) -> String {
        let mut out = format!(
            "# Dibuat oleh runner buku; jangan diedit (ditulis ulang setiap kali runner mulai).\n\
             [package]\nname = \"{PACKAGE}\"\nversion = \"0.0.0\"\nedition = \"{edition}\"\npublish = false\n\n\
             [dependencies]\n"
        );
        for d in &self.deps {
            out.push_str(&d.toml);
            out.push('\n');
        }
        // Tanpa debuginfo dan tanpa kompilasi inkremental: link lebih cepat,
        // folder target tidak terus membesar.
        out.push_str("\n[profile.dev]\ndebug = false\nincremental = false\n\n");
        // Tabel workspace kosong: proyek ini berdiri sendiri walau folder
        // kerjanya ada di dalam workspace buku.
        out.push_str("[workspace]\n");
        out
    }

    pub fn main_rs(&self) -> PathBuf {
        self.dir.join("src").join("main.rs")
    }

    pub fn binary(&self) -> PathBuf {
        self.target_dir.join("debug").join(PACKAGE)
    }

    /// Perintah kompilasi untuk setiap permintaan.
    pub fn build_command(&self) -> Command {
        let mut cmd = cargo();
        cmd.current_dir(&self.dir)
            .env("CARGO_TARGET_DIR", &self.target_dir)
            .args(["build", "--offline", "--locked"]);
        cmd
    }

    /// Program pemanasan: memakai setiap crate buku sekali.
    pub fn warmup_program(&self) -> String {
        let mut s = String::from("// Program pemanasan runner buku.\n");
        for d in &self.deps {
            s.push_str(&format!("use {} as _;\n", d.ident));
        }
        s.push_str("\nfn main() {\n    println!(\"siap\");\n}\n");
        s
    }

    /// Menulis proyek dan mengompilasi semua dependensinya (sekali, saat
    /// runner mulai). Kemajuan cargo tampil di stderr runner.
    pub fn prepare(&self) -> Result<Duration, String> {
        let start = Instant::now();
        let io = |what: &str, p: &Path, e: std::io::Error| format!("{what} {}: {e}", p.display());
        std::fs::create_dir_all(self.dir.join("src"))
            .map_err(|e| io("tidak bisa membuat", &self.dir, e))?;
        write_if_changed(
            &self.dir.join("Cargo.toml"),
            &self.manifest(DEFAULT_EDITION),
        )?;
        // Cargo.lock buku apa adanya; build pertama (tanpa --locked) hanya
        // membuang paket yang tidak dipakai. Versi yang tersisa diperiksa di
        // bawah: semuanya harus sama dengan milik buku.
        write_if_changed(&self.dir.join("Cargo.lock"), &self.lock)?;
        write_if_changed(&self.main_rs(), &self.warmup_program())?;
        let mut first = cargo();
        first
            .current_dir(&self.dir)
            .env("CARGO_TARGET_DIR", &self.target_dir)
            .args(["build", "--offline"]);
        let status =
            proc::run_inherit(first).map_err(|e| format!("gagal menjalankan cargo: {e}"))?;
        if !status.success() {
            return Err(format!(
                "cargo build --offline gagal ({status}) di {}; apakah dependensi buku sudah \
                 pernah diunduh (jalankan `cargo build` sekali saat daring)?",
                self.dir.display()
            ));
        }
        self.check_lock()?;
        // Kunci sekarang persis; build berikutnya memakai --locked.
        let status = proc::run_inherit(self.build_command())
            .map_err(|e| format!("gagal menjalankan cargo: {e}"))?;
        if !status.success() {
            return Err(format!("cargo build --offline --locked gagal ({status})"));
        }
        Ok(start.elapsed())
    }

    /// Setiap paket di Cargo.lock proyek yang disiapkan harus ada, dengan versi
    /// yang sama, di Cargo.lock buku.
    fn check_lock(&self) -> Result<(), String> {
        let path = self.dir.join("Cargo.lock");
        let ours = std::fs::read_to_string(&path)
            .map_err(|e| format!("tidak bisa membaca {}: {e}", path.display()))?;
        let book: BTreeSet<(String, String)> = lock_packages(&self.lock)
            .into_iter()
            .map(|p| (p.name, p.version))
            .collect();
        let drift: Vec<String> = lock_packages(&ours)
            .into_iter()
            .filter(|p| p.name != PACKAGE && !book.contains(&(p.name.clone(), p.version.clone())))
            .map(|p| format!("{} {}", p.name, p.version))
            .collect();
        if drift.is_empty() {
            Ok(())
        } else {
            Err(format!(
                "Cargo.lock proyek runner berisi versi yang tidak ada di Cargo.lock buku: {}",
                drift.join(", ")
            ))
        }
    }

    /// Daftar crate dalam bentuk jawaban `/meta/crates` Rust Playground.
    pub fn crates_json(&self) -> Value {
        let crates = self
            .deps
            .iter()
            .map(|d| {
                json::object([
                    ("id", d.ident.as_str().into()),
                    ("name", d.package.as_str().into()),
                    ("version", d.version.as_str().into()),
                ])
            })
            .collect();
        json::object([("crates", Value::Array(crates))])
    }
}

pub fn write_if_changed(path: &Path, content: &str) -> Result<(), String> {
    if std::fs::read_to_string(path).is_ok_and(|old| old == content) {
        return Ok(());
    }
    std::fs::write(path, content).map_err(|e| format!("tidak bisa menulis {}: {e}", path.display()))
}

struct LockPackage {
    name: String,
    version: String,
    dependencies: Vec<String>,
}

/// Paket-paket di sebuah Cargo.lock (format v3/v4; cukup untuk berkas yang
/// ditulis cargo sendiri).
fn lock_packages(lock: &str) -> Vec<LockPackage> {
    let mut out: Vec<LockPackage> = Vec::new();
    let mut in_deps = false;
    for line in lock.lines() {
        let line = line.trim();
        if line == "[[package]]" {
            out.push(LockPackage {
                name: String::new(),
                version: String::new(),
                dependencies: Vec::new(),
            });
            in_deps = false;
            continue;
        }
        let Some(pkg) = out.last_mut() else { continue };
        if in_deps {
            if line.starts_with(']') {
                in_deps = false;
            } else if let Some(entry) = quoted(line) {
                pkg.dependencies.push(entry);
            }
        } else if let Some(v) = line.strip_prefix("name = ") {
            pkg.name = quoted(v).unwrap_or_default();
        } else if let Some(v) = line.strip_prefix("version = ") {
            pkg.version = quoted(v).unwrap_or_default();
        } else if line.starts_with("dependencies = [") {
            in_deps = !line.ends_with(']');
            let inner = line.trim_start_matches("dependencies = [");
            for part in inner.trim_end_matches(']').split(',') {
                if let Some(entry) = quoted(part.trim()) {
                    pkg.dependencies.push(entry);
                }
            }
        }
    }
    out
}

fn quoted(s: &str) -> Option<String> {
    let s = s.trim().trim_end_matches(',');
    s.strip_prefix('"')?
        .strip_suffix('"')
        .map(|inner| inner.to_string())
}

/// Versi terkunci dari setiap dependensi langsung paket akar `root`.
fn locked_dep_versions(lock: &str, root: &str) -> Result<BTreeMap<String, String>, String> {
    let packages = lock_packages(lock);
    let root_pkg = packages
        .iter()
        .find(|p| p.name == root)
        .ok_or_else(|| format!("paket {root} tidak ada di Cargo.lock"))?;
    let mut out = BTreeMap::new();
    for entry in &root_pkg.dependencies {
        // "nama", "nama versi", atau "nama versi (sumber)".
        let mut parts = entry.split_whitespace();
        let name = parts.next().unwrap_or_default().to_string();
        let version = match parts.next() {
            Some(v) => v.to_string(),
            None => packages
                .iter()
                .find(|p| p.name == name)
                .map(|p| p.version.clone())
                .unwrap_or_default(),
        };
        out.insert(name, version);
    }
    Ok(out)
}

fn toml_str(s: &str) -> String {
    Value::from(s).to_json()
}

fn deps_from_metadata(root: &Value, locked: &BTreeMap<String, String>) -> Result<Vec<Dep>, String> {
    let mut deps = Vec::new();
    for d in root
        .get("dependencies")
        .map(Value::as_array)
        .unwrap_or_default()
    {
        // Hanya dependensi biasa (bukan dev/build), untuk semua target.
        if d.get("kind").is_some_and(|k| *k != Value::Null) {
            continue;
        }
        let name = d.get("name").and_then(Value::as_str).unwrap_or_default();
        if d.get("optional").and_then(Value::as_bool) == Some(true) {
            continue;
        }
        if d.get("target").is_some_and(|t| *t != Value::Null) {
            return Err(format!(
                "dependensi {name} khusus target tertentu; runner belum mendukungnya"
            ));
        }
        let source = d.get("source").and_then(Value::as_str).unwrap_or_default();
        if !source.starts_with("registry+") {
            return Err(format!(
                "dependensi {name} bukan dari registry (sumber: {source:?}); runner hanya \
                 mendukung crate dari crates.io"
            ));
        }
        let rename = d.get("rename").and_then(Value::as_str);
        let key = rename.unwrap_or(name);
        let req = d.get("req").and_then(Value::as_str).unwrap_or("*");
        let mut fields = vec![format!("version = {}", toml_str(req))];
        if rename.is_some() {
            fields.push(format!("package = {}", toml_str(name)));
        }
        let features: Vec<String> = d
            .get("features")
            .map(Value::as_array)
            .unwrap_or_default()
            .iter()
            .filter_map(Value::as_str)
            .map(toml_str)
            .collect();
        if !features.is_empty() {
            fields.push(format!("features = [{}]", features.join(", ")));
        }
        if d.get("uses_default_features").and_then(Value::as_bool) == Some(false) {
            fields.push("default-features = false".to_string());
        }
        let version = locked
            .get(name)
            .cloned()
            .ok_or_else(|| format!("dependensi {name} tidak terkunci di Cargo.lock"))?;
        deps.push(Dep {
            package: name.to_string(),
            ident: key.replace('-', "_"),
            toml: format!("{key} = {{ {} }}", fields.join(", ")),
            version,
        });
    }
    deps.sort_by(|a, b| a.ident.cmp(&b.ident));
    Ok(deps)
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOCK: &str = r#"
version = 4

[[package]]
name = "buku"
version = "0.1.0"
dependencies = [
 "doc-comment",
 "rayon",
 "tokio 1.54.1",
]

[[package]]
name = "rayon"
version = "1.12.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
dependencies = ["either"]

[[package]]
name = "tokio"
version = "1.54.1"

[[package]]
name = "tokio"
version = "0.1.0"
"#;

    #[test]
    fn lock_parsing() {
        let v = locked_dep_versions(LOCK, "buku").unwrap();
        assert_eq!(v["rayon"], "1.12.0");
        assert_eq!(v["tokio"], "1.54.1");
        let pkgs = lock_packages(LOCK);
        assert_eq!(pkgs.len(), 4);
        assert_eq!(pkgs[1].dependencies, ["either"]);
    }

    #[test]
    fn deps_become_toml() {
        let meta = json::parse(
            r#"{"dependencies":[
              {"name":"tokio","source":"registry+https://github.com/rust-lang/crates.io-index","req":"^1.54.1","kind":null,"rename":null,"optional":false,"uses_default_features":true,"features":["full"],"target":null},
              {"name":"rayon","source":"registry+https://github.com/rust-lang/crates.io-index","req":"^1.12.0","kind":null,"rename":"ry","optional":false,"uses_default_features":false,"features":[],"target":null},
              {"name":"doc-comment","source":"registry+https://github.com/rust-lang/crates.io-index","req":"^0.3","kind":"dev","rename":null,"optional":false,"uses_default_features":true,"features":[],"target":null}
            ]}"#,
        )
        .unwrap();
        let locked = locked_dep_versions(LOCK, "buku").unwrap();
        let deps = deps_from_metadata(&meta, &locked).unwrap();
        assert_eq!(deps.len(), 2, "dev-dependency tidak ikut: {deps:?}");
        assert_eq!(
            deps[0].toml,
            r#"ry = { version = "^1.12.0", package = "rayon", default-features = false }"#
        );
        assert_eq!(
            deps[1].toml,
            r#"tokio = { version = "^1.54.1", features = ["full"] }"#
        );
        assert_eq!(deps[1].version, "1.54.1");
    }
}
