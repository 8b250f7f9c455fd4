//! `cargo xtask diagrams`: menggambar `src/img/linimasa.svg` dari run nyata
//! listing Bab 1 `ch01-02-linimasa` (atau dari berkas jejak, `--input`).
//!
//! Diagram lain di `src/img/` (antrean Mutex, GIL, work stealing rayon, async
//! vs thread) tidak berasal dari data: itu berkas SVG biasa yang diedit
//! langsung; `assets` memeriksanya.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, bail};
use clap::Args;

#[cfg(test)]
pub mod assets;
mod timeline;
mod trace;

/// Opsi `cargo xtask diagrams`.
#[derive(Args)]
pub struct DiagramsArgs {
    /// Baca baris `jejak ...` dari berkas ini alih-alih menjalankan ch01-02-linimasa.
    #[arg(long, value_name = "BERKAS")]
    pub input: Option<PathBuf>,
}

const BIN: &str = "ch01-02-linimasa";

/// Keluaran nyata `cargo run --bin ch01-02-linimasa`.
fn run_listing(root: &Path) -> anyhow::Result<String> {
    eprintln!("xtask: menjalankan {BIN} untuk jejak linimasa");
    let out = Command::new(env!("CARGO"))
        .current_dir(root)
        .args(["run", "--quiet", "--locked", "--bin", BIN])
        .output()
        .with_context(|| format!("gagal menjalankan cargo run --bin {BIN}"))?;
    if !out.status.success() {
        bail!(
            "cargo run --bin {BIN} gagal ({}); tulis listingnya dulu, atau pakai \
             `cargo xtask diagrams --input berkas-jejak.txt`:\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

pub fn command(root: &Path, args: &DiagramsArgs) -> anyhow::Result<()> {
    let (text, source) = match &args.input {
        Some(f) => (
            std::fs::read_to_string(f).with_context(|| format!("membaca {}", f.display()))?,
            format!("berkas {}", f.display()),
        ),
        None => (
            run_listing(root)?,
            format!("run nyata `cargo run --bin {BIN}`"),
        ),
    };
    let spans = trace::parse_trace(&text).with_context(|| format!("jejak dari {source}"))?;
    let path = root.join("src/img/linimasa.svg");
    let svg = timeline::timeline_svg(&spans, &source);
    let unchanged = std::fs::read_to_string(&path).ok().as_deref() == Some(svg.as_str());
    if !unchanged {
        std::fs::write(&path, svg).with_context(|| format!("menulis {}", path.display()))?;
    }
    eprintln!(
        "xtask: src/img/linimasa.svg {} ({} potongan jejak)",
        if unchanged { "tetap" } else { "ditulis" },
        spans.len()
    );
    Ok(())
}
