//! Alat yang dipasang proyek (`cargo xtask install-tools`). Versinya hanya
//! ditulis di satu tempat: `[workspace.metadata.tools]` di Cargo.toml akar
//! (nama crate = nama binary = versi persis). `.ci/run`, `serve`, `build` dan
//! workflow GitHub semuanya memasang lewat perintah ini.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use anyhow::{Context, bail, ensure};
use serde::Deserialize;

use crate::process::run;

/// Satu alat yang di-pin.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tool {
    /// Nama crate di crates.io, sekaligus nama binary-nya.
    pub name: String,
    /// Versi persis, mis. `0.5.4`.
    pub version: String,
}

#[derive(Deserialize)]
struct Manifest {
    workspace: Workspace,
}

#[derive(Deserialize)]
struct Workspace {
    metadata: Metadata,
}

#[derive(Deserialize)]
struct Metadata {
    tools: BTreeMap<String, String>,
}

/// Baca pin dari teks Cargo.toml.
pub fn parse_pins(manifest: &str) -> anyhow::Result<Vec<Tool>> {
    let m: Manifest = toml::from_str(manifest)
        .context("[workspace.metadata.tools] tidak ada atau tidak berbentuk `nama = \"x.y.z\"`")?;
    ensure!(
        !m.workspace.metadata.tools.is_empty(),
        "[workspace.metadata.tools] kosong"
    );
    m.workspace
        .metadata
        .tools
        .into_iter()
        .map(|(name, version)| {
            let exact = version.split('.').count() == 3
                && version
                    .split('.')
                    .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
            ensure!(
                exact,
                "{name} = \"{version}\": tulis versi persis x.y.z (cargo install --version \
                 memilih versi terbaru untuk rentang seperti \"0.5\")"
            );
            Ok(Tool { name, version })
        })
        .collect()
}

/// Pin dari Cargo.toml di `root`.
pub fn pinned(root: &Path) -> anyhow::Result<Vec<Tool>> {
    let path = root.join("Cargo.toml");
    let text =
        std::fs::read_to_string(&path).with_context(|| format!("membaca {}", path.display()))?;
    parse_pins(&text).with_context(|| format!("{}", path.display()))
}

/// Apakah keluaran `<bin> --version` (`mdbook v0.5.4`, `mdbook-quiz 0.5.0`)
/// menyebut persis `version`.
pub fn reports_version(output: &str, version: &str) -> bool {
    output
        .split_whitespace()
        .last()
        .is_some_and(|v| v.trim_start_matches('v') == version)
}

/// Versi yang dilaporkan `<bin> --version`, bila binary-nya ada.
fn installed_version(bin: &str) -> Option<String> {
    let out = Command::new(bin).arg("--version").output().ok()?;
    Some(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// Bangun preprocessor buku sendiri, lalu pasang setiap alat yang belum ada
/// dalam versi pin-nya.
pub fn install(root: &Path) -> anyhow::Result<()> {
    // Preprocessor keterangan listing milik buku ini (book.toml menjalankannya
    // lewat `cargo run`); dibangun di sini dulu supaya progresnya terlihat.
    run(Command::new(env!("CARGO")).current_dir(root).args([
        "build",
        "--quiet",
        "--locked",
        "--package",
        "mdbook-listing",
    ]))?;
    for tool in pinned(root)? {
        let Tool { name, version } = &tool;
        match installed_version(name) {
            Some(v) if reports_version(&v, version) => {
                eprintln!("xtask: {name} {version} sudah terpasang");
                continue;
            }
            Some(v) => eprintln!(
                "xtask: {name} terpasang ({v}), tetapi buku ini memakai {version}; memasang ulang"
            ),
            None => eprintln!(
                "xtask: {name} belum terpasang; memasang {name} {version} (sekali saja, beberapa menit)"
            ),
        }
        run(Command::new(env!("CARGO")).args([
            "install",
            "--locked",
            "--force",
            "--version",
            version,
            name,
        ]))?;
        match installed_version(name) {
            Some(v) if reports_version(&v, version) => {}
            other => bail!(
                "{name} {version} sudah dipasang, tetapi `{name} --version` menjawab {other:?}: \
                 apakah ~/.cargo/bin ada di PATH?"
            ),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pins() -> Vec<Tool> {
        pinned(&crate::root()).unwrap()
    }

    fn version_of(name: &str) -> String {
        pins()
            .into_iter()
            .find(|t| t.name == name)
            .unwrap_or_else(|| panic!("{name} tidak di-pin"))
            .version
    }

    #[test]
    fn reads_exact_pins_and_rejects_ranges() {
        let ok = "[workspace.metadata.tools]\nmdbook = \"0.5.4\"\nmdbook-quiz = \"0.5.0\"\n";
        let tools = parse_pins(ok).unwrap();
        assert_eq!(
            tools,
            [
                Tool {
                    name: "mdbook".into(),
                    version: "0.5.4".into()
                },
                Tool {
                    name: "mdbook-quiz".into(),
                    version: "0.5.0".into()
                }
            ]
        );
        for bad in [
            "[workspace.metadata.tools]\nmdbook = \"0.5\"\n",
            "[workspace.metadata.tools]\nmdbook = \"^0.5.4\"\n",
            "[workspace.metadata.tools]\nmdbook = 5\n",
            "[workspace.metadata.tools]\n",
            "[workspace]\nmembers = []\n",
        ] {
            assert!(parse_pins(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn recognises_version_output() {
        assert!(reports_version("mdbook v0.5.4", "0.5.4"));
        assert!(reports_version("mdbook-quiz 0.5.0\n", "0.5.0"));
        assert!(!reports_version("mdbook v0.5.40", "0.5.4"));
        assert!(!reports_version("mdbook v0.4.52", "0.5.4"));
        assert!(!reports_version("", "0.5.4"));
    }

    /// Pustaka mdBook yang dipakai test buku dan xtask harus versi yang sama
    /// dengan alat yang membangun buku, dan di-pin persis (`=x.y.z`).
    #[test]
    fn libraries_match_the_pinned_tools() {
        let text = std::fs::read_to_string(crate::root().join("Cargo.toml")).unwrap();
        let manifest: toml::Table = toml::from_str(&text).unwrap();
        let dev = manifest["dev-dependencies"].as_table().unwrap();
        let xtask_text = std::fs::read_to_string(crate::root().join("xtask/Cargo.toml")).unwrap();
        let xtask: toml::Table = toml::from_str(&xtask_text).unwrap();
        let xtask_deps = xtask["dependencies"].as_table().unwrap();
        for (table, lib, tool) in [
            (dev, "mdbook-driver", "mdbook"),
            (dev, "mdbook-quiz-schema", "mdbook-quiz"),
            (xtask_deps, "mdbook-summary", "mdbook"),
        ] {
            let req = table[lib]
                .as_str()
                .unwrap_or_else(|| panic!("{lib}: bukan string"));
            assert_eq!(
                req,
                format!("={}", version_of(tool)),
                "{lib} (Cargo.toml atau xtask/Cargo.toml) harus sama persis dengan pin {tool}"
            );
        }
    }

    /// Dokumen yang menyebut versi alat tidak boleh basi setelah pin dinaikkan.
    #[test]
    fn documents_name_the_pinned_versions() {
        let root = crate::root();
        let pins = pins();
        let mut seen = 0;
        for doc in [
            "README.md",
            "ADMIN_TASKS.md",
            "book.toml",
            ".ci/run",
            ".github/workflows/pages.yml",
            "src/ch00-pendahuluan.md",
        ] {
            let text = std::fs::read_to_string(root.join(doc)).unwrap_or_default();
            let words: Vec<&str> = text
                .split(|c: char| c.is_whitespace() || "`(),;*".contains(c))
                .collect();
            for pair in words.windows(2) {
                let Some(tool) = pins.iter().find(|t| t.name == pair[0]) else {
                    continue;
                };
                let v = pair[1].trim_start_matches('v');
                if v.starts_with(|c: char| c.is_ascii_digit()) && v.contains('.') {
                    seen += 1;
                    assert_eq!(
                        v.trim_end_matches('.'),
                        tool.version,
                        "{doc} menyebut {} {v}, tetapi pin-nya {}",
                        tool.name,
                        tool.version
                    );
                }
            }
        }
        assert!(seen > 0, "tidak ada dokumen yang menyebut versi alat");
    }
}
