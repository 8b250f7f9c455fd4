//! `cargo xtask diagrams`: menggambar `src/img/linimasa.svg` dari baris
//! `jejak` contoh keluaran listing Bab 1 yang di-commit
//! (`listings/ch01-konkurensi-paralelisme/02-linimasa.out`, hasil run nyata
//! `cargo xtask bless`), jadi gambar di Bab 1 memakai data yang sama dengan
//! keluaran yang ditampilkan di atasnya. `--input BERKAS` memakai jejak lain.
//!
//! Diagram lain di `src/img/` (antrean Mutex, GIL, work stealing rayon, async
//! vs thread) tidak berasal dari data: itu berkas SVG biasa yang diedit
//! langsung; `assets` memeriksanya.

use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::Args;

#[cfg(test)]
pub mod assets;
mod timeline;
mod trace;

/// Contoh keluaran listing `ch01-02-linimasa` (relatif ke akar repositori).
const TRACE: &str = "listings/ch01-konkurensi-paralelisme/02-linimasa.out";
/// Diagram yang digambar (relatif ke akar repositori).
const TIMELINE: &str = "src/img/linimasa.svg";

/// Opsi `cargo xtask diagrams`.
#[derive(Args)]
pub struct DiagramsArgs {
    /// Baca baris `jejak ...` dari berkas ini, bukan dari contoh keluaran ch01-02-linimasa.
    #[arg(long, value_name = "BERKAS")]
    pub input: Option<PathBuf>,
}

/// SVG linimasa dari berkas jejak `rel` (relatif ke `root`, dan begitu pula
/// disebut di gambarnya).
fn render(root: &Path, rel: &Path) -> anyhow::Result<(String, usize)> {
    let text = std::fs::read_to_string(root.join(rel))
        .with_context(|| format!("membaca {}", rel.display()))?;
    let spans = trace::parse_trace(&text).with_context(|| format!("jejak di {}", rel.display()))?;
    let source = format!("berkas {}", rel.display());
    Ok((timeline::timeline_svg(&spans, &source), spans.len()))
}

pub fn command(root: &Path, args: &DiagramsArgs) -> anyhow::Result<()> {
    let rel = args.input.clone().unwrap_or_else(|| PathBuf::from(TRACE));
    let (svg, spans) = render(root, &rel)?;
    let path = root.join(TIMELINE);
    let unchanged = std::fs::read_to_string(&path).ok().as_deref() == Some(svg.as_str());
    if !unchanged {
        std::fs::write(&path, svg).with_context(|| format!("menulis {}", path.display()))?;
    }
    let state = if unchanged { "tetap" } else { "ditulis" };
    eprintln!(
        "xtask: {TIMELINE} {state} ({spans} potongan jejak dari {})",
        rel.display()
    );
    Ok(())
}

/// Gambar di Bab 1 sama dengan hasil menggambar ulang contoh keluaran yang
/// ditampilkan di atasnya (setelah `cargo xtask bless`, jalankan
/// `cargo xtask diagrams`).
#[test]
fn committed_timeline_is_drawn_from_the_committed_output() {
    let root = crate::root();
    let (svg, _) = render(&root, Path::new(TRACE)).unwrap();
    let committed = std::fs::read_to_string(root.join(TIMELINE)).unwrap();
    assert!(
        committed == svg,
        "{TIMELINE} tidak digambar dari {TRACE}; jalankan `cargo xtask diagrams`"
    );
}
