//! Menjalankan program lain (cargo, mdbook, npm, node) dan melaporkan
//! kegagalannya dengan perintah lengkapnya.

use std::process::Command;

use anyhow::{Context, bail};

/// Jalankan `cmd` sampai selesai; galat bila gagal dimulai atau keluar bukan nol.
pub fn run(cmd: &mut Command) -> anyhow::Result<()> {
    let shown = format!("{cmd:?}");
    let status = cmd
        .status()
        .with_context(|| format!("gagal menjalankan {shown}"))?;
    if !status.success() {
        bail!("{shown} gagal ({status})");
    }
    Ok(())
}
