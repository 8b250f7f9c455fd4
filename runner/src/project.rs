//! Proyek cargo yang disiapkan: `main.rs` kiriman pembaca dikompilasi di sini
//! dengan *persis* dependensi buku (bagian `[dependencies]` paket akar) pada
//! versi yang dipilih resolver cargo untuk buku (`cargo metadata`), tanpa
//! jaringan. Folder proyek dibuat ulang dari nol sebelum setiap kompilasi:
//! berkas yang ditanam program sebelumnya (misalnya `build.rs`) tidak
//! pernah ikut dikompilasi.

use anyhow::{Context, bail};
use cargo_metadata::{DependencyKind, Metadata, MetadataCommand};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

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
    /// Kunci di `[dependencies]` dan nilainya (tabel TOML).
    pub key: String,
    pub spec: toml::Table,
    /// Versi yang dipilih resolver untuk buku.
    pub version: String,
}

#[derive(Debug)]
pub struct Project {
    pub deps: Vec<Dep>,
    /// Cargo.lock buku, disalin apa adanya (tidak pernah diurai).
    book_lock: Vec<u8>,
    /// (nama, versi) setiap paket di graf dependensi buku.
    book_packages: BTreeSet<(String, String)>,
    /// Cargo.lock proyek setelah persiapan (sudah dipangkas cargo).
    prepared_lock: Mutex<Option<Vec<u8>>>,
    pub dir: PathBuf,
    pub target_dir: PathBuf,
    pub build_dir: PathBuf,
    /// Versi paket proyek, berbeda untuk setiap folder kerja: runner yang
    /// memakai folder build yang sama (`--build-dir`) mendapat identitas
    /// paket, dan karena itu berkas keluaran, yang berbeda.
    version: String,
}

/// Perintah cargo dari toolchain yang menjalankan runner.
pub fn cargo_path() -> PathBuf {
    std::env::var_os("CARGO").map_or_else(|| "cargo".into(), PathBuf::from)
}

/// Variabel lingkungan runner yang boleh diteruskan ke cargo: hanya yang
/// dibutuhkan untuk menemukan toolchain dan registry. Sisanya (RUSTFLAGS,
/// rahasia, token) tidak pernah sampai ke kompilasi.
const CARGO_ENV: &[&str] = &[
    "PATH",
    "HOME",
    "USER",
    "LANG",
    "LC_ALL",
    "TMPDIR",
    "CARGO_HOME",
    "RUSTUP_HOME",
    "RUSTUP_TOOLCHAIN",
];

impl Project {
    /// Membaca dependensi buku dari graf resolusi `cargo metadata`.
    pub fn load(
        book: &Path,
        work_dir: &Path,
        target_dir: &Path,
        build_dir: &Path,
    ) -> anyhow::Result<Project> {
        let lock_path = book.join("Cargo.lock");
        let book_lock = std::fs::read(&lock_path)
            .with_context(|| format!("tidak bisa membaca {}", lock_path.display()))?;
        let mut project = Project {
            deps: Vec::new(),
            book_lock,
            book_packages: BTreeSet::new(),
            prepared_lock: Mutex::new(None),
            dir: work_dir.join(PACKAGE),
            target_dir: target_dir.to_path_buf(),
            build_dir: build_dir.to_path_buf(),
            version: {
                use std::hash::{Hash, Hasher};
                let mut h = std::collections::hash_map::DefaultHasher::new();
                work_dir.hash(&mut h);
                format!("0.0.{}", h.finish() % 1_000_000)
            },
        };
        let meta = project.metadata(&book.join("Cargo.toml"))?;
        project.book_packages = packages(&meta);
        project.deps = book_deps(&meta)?;
        Ok(project)
    }

    /// `cargo metadata --offline --locked` dengan lingkungan minimal.
    fn metadata(&self, manifest: &Path) -> anyhow::Result<Metadata> {
        let mut cmd = MetadataCommand::new()
            .cargo_path(cargo_path())
            .manifest_path(manifest)
            .other_options(vec!["--offline".into(), "--locked".into()])
            .cargo_command();
        cmd.env_clear().envs(self.cargo_env());
        let out = cmd.output().context("gagal menjalankan cargo metadata")?;
        if !out.status.success() {
            bail!(
                "cargo metadata gagal:\n{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        Ok(MetadataCommand::parse(String::from_utf8_lossy(
            &out.stdout,
        ))?)
    }

    /// Lingkungan LENGKAP untuk setiap perintah cargo runner.
    pub fn cargo_env(&self) -> Vec<(String, String)> {
        let mut env: Vec<(String, String)> = CARGO_ENV
            .iter()
            .filter_map(|k| Some((k.to_string(), std::env::var(k).ok()?)))
            .collect();
        let path = |p: &Path| p.to_string_lossy().into_owned();
        env.extend([
            ("CARGO_TARGET_DIR".into(), path(&self.target_dir)),
            ("CARGO_BUILD_BUILD_DIR".into(), path(&self.build_dir)),
            ("CARGO_TERM_COLOR".into(), "never".into()),
            ("CARGO_INCREMENTAL".into(), "0".into()),
        ]);
        env
    }

    /// Cargo.toml proyek untuk edisi tertentu.
    pub fn manifest(&self, edition: &str) -> String {
        let mut package = toml::Table::new();
        package.insert("name".into(), PACKAGE.into());
        package.insert("version".into(), self.version.clone().into());
        package.insert("edition".into(), edition.into());
        package.insert("publish".into(), false.into());
        let deps: toml::Table = self
            .deps
            .iter()
            .map(|d| (d.key.clone(), d.spec.clone().into()))
            .collect();
        // Tanpa debuginfo: link lebih cepat, folder target lebih kecil.
        let mut dev = toml::Table::new();
        dev.insert("debug".into(), false.into());
        let mut profile = toml::Table::new();
        profile.insert("dev".into(), dev.into());
        let mut doc = toml::Table::new();
        doc.insert("package".into(), package.into());
        doc.insert("dependencies".into(), deps.into());
        doc.insert("profile".into(), profile.into());
        // Tabel workspace kosong: proyek ini berdiri sendiri walau folder
        // kerjanya ada di dalam workspace buku.
        doc.insert("workspace".into(), toml::Table::new().into());
        format!("# Dibuat ulang oleh runner buku sebelum setiap kompilasi.\n{doc}")
    }

    /// Membuat ulang folder proyek dari nol: Cargo.toml, Cargo.lock, dan
    /// `src/main.rs`, tidak ada yang lain.
    pub fn reset(&self, code: &str, edition: &str) -> anyhow::Result<()> {
        crate::sandbox::reap::remove_dir_force(&self.dir)
            .with_context(|| format!("tidak bisa mengosongkan {}", self.dir.display()))?;
        std::fs::create_dir_all(self.dir.join("src"))?;
        std::fs::write(self.dir.join("Cargo.toml"), self.manifest(edition))?;
        let lock = self.prepared_lock.lock().unwrap().clone();
        std::fs::write(
            self.dir.join("Cargo.lock"),
            lock.as_deref().unwrap_or(&self.book_lock),
        )?;
        std::fs::write(self.dir.join("src").join("main.rs"), code)?;
        Ok(())
    }

    /// Argumen `cargo build` untuk setiap kompilasi.
    pub fn build_args(&self, locked: bool, json: bool) -> Vec<String> {
        let mut args = vec!["build".to_string(), "--offline".to_string()];
        if locked {
            args.push("--locked".into());
        }
        if json {
            args.push("--message-format=json".into());
        }
        args
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

    /// Setelah build pertama (yang memangkas Cargo.lock buku menjadi milik
    /// proyek ini): setiap paket proyek harus ada, dengan versi yang sama,
    /// di graf buku. Lalu Cargo.lock itu dipakai untuk setiap reset.
    pub fn adopt_lock(&self) -> anyhow::Result<()> {
        let meta = self.metadata(&self.dir.join("Cargo.toml"))?;
        let drift: Vec<String> = packages(&meta)
            .into_iter()
            .filter(|(name, _)| name != PACKAGE)
            .filter(|p| !self.book_packages.contains(p))
            .map(|(n, v)| format!("{n} {v}"))
            .collect();
        if !drift.is_empty() {
            bail!(
                "proyek runner memakai versi yang tidak ada di Cargo.lock buku: {}",
                drift.join(", ")
            );
        }
        let lock = std::fs::read(self.dir.join("Cargo.lock"))?;
        *self.prepared_lock.lock().unwrap() = Some(lock);
        Ok(())
    }

    /// Daftar crate dalam bentuk jawaban `/meta/crates` Rust Playground.
    pub fn crates(&self) -> Vec<crate::api::CrateInfo> {
        self.deps
            .iter()
            .map(|d| crate::api::CrateInfo {
                id: d.ident.clone(),
                name: d.package.clone(),
                version: d.version.clone(),
            })
            .collect()
    }
}

fn packages(meta: &Metadata) -> BTreeSet<(String, String)> {
    meta.packages
        .iter()
        .map(|p| (p.name.to_string(), p.version.to_string()))
        .collect()
}

/// Dependensi normal paket akar, dengan versi dari graf resolusinya.
fn book_deps(meta: &Metadata) -> anyhow::Result<Vec<Dep>> {
    let root = meta
        .root_package()
        .context("cargo metadata tidak menyebut paket akar buku")?;
    let resolve = meta
        .resolve
        .as_ref()
        .context("cargo metadata tanpa graf resolusi")?;
    let node = resolve
        .nodes
        .iter()
        .find(|n| n.id == root.id)
        .context("paket akar tidak ada di graf resolusi")?;
    let mut deps = Vec::new();
    for d in &root.dependencies {
        // Hanya dependensi biasa (bukan dev/build), untuk semua target.
        if d.kind != DependencyKind::Normal || d.optional {
            continue;
        }
        let name = d.name.as_str();
        if d.target.is_some() {
            bail!("dependensi {name} khusus target tertentu; runner belum mendukungnya");
        }
        if !d
            .source
            .as_ref()
            .is_some_and(|s| s.repr.starts_with("registry+"))
        {
            bail!(
                "dependensi {name} bukan dari registry; runner hanya mendukung crate dari crates.io"
            );
        }
        let version = node
            .deps
            .iter()
            .filter(|nd| {
                nd.dep_kinds
                    .iter()
                    .any(|k| k.kind == DependencyKind::Normal)
            })
            .map(|nd| &meta[&nd.pkg])
            .find(|p| p.name.as_str() == name)
            .map(|p| p.version.to_string())
            .with_context(|| format!("dependensi {name} tidak ada di graf resolusi buku"))?;
        let key = d.rename.clone().unwrap_or_else(|| name.to_string());
        let mut spec = toml::Table::new();
        spec.insert("version".into(), d.req.to_string().into());
        if d.rename.is_some() {
            spec.insert("package".into(), name.into());
        }
        if !d.features.is_empty() {
            spec.insert("features".into(), d.features.clone().into());
        }
        if !d.uses_default_features {
            spec.insert("default-features".into(), false.into());
        }
        deps.push(Dep {
            package: name.to_string(),
            ident: key.replace('-', "_"),
            key,
            spec,
            version,
        });
    }
    deps.sort_by(|a, b| a.ident.cmp(&b.ident));
    Ok(deps)
}
