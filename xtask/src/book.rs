//! `serve`, `build` dan `bless`: buku dari sudut pandang penulis.

use std::path::Path;
use std::process::Command;

use clap::Args;

use crate::process::run;
use crate::{diagrams, html, runner, tools};

/// Opsi `cargo xtask serve`.
#[derive(Args)]
pub struct ServeArgs {
    /// Port buku di 127.0.0.1; runner lokal memakai port ini + 1.
    #[arg(short, long, default_value_t = 3000)]
    pub port: u16,
    /// Tanpa runner lokal: tombol Run memakai Rust Playground publik (butuh internet).
    #[arg(long)]
    pub no_runner: bool,
    /// Opsi untuk runner lokal, setelah `--` (daftar: cargo run -p runner -- --help).
    #[arg(last = true, value_name = "OPSI-RUNNER")]
    pub runner_args: Vec<String>,
}

/// Pasang alat, jalankan runner lokal, lalu `mdbook serve` sampai Ctrl+C.
pub fn serve(root: &Path, args: &ServeArgs) -> anyhow::Result<()> {
    tools::install(root)?;
    // Runner hidup selama `mdbook serve` berjalan; dilepas saat fungsi ini selesai.
    let _runner = if args.no_runner {
        None
    } else {
        match runner::start(root, args.port, &args.runner_args) {
            Ok(r) => Some(r),
            Err(e) => {
                eprintln!(
                    "xtask: PERINGATAN: runner lokal tidak berjalan ({e}); tombol Run memakai \
                     Rust Playground publik (butuh internet)"
                );
                None
            }
        }
    };
    let port = args.port.to_string();
    eprintln!("xtask: buku tersaji di http://127.0.0.1:{port} (Ctrl+C untuk berhenti)");
    run(Command::new("mdbook")
        .current_dir(root)
        .args(["serve", "-n", "127.0.0.1", "-p", &port]))
}

/// Pasang alat, bangun buku ke `book/`, lalu periksa HTML-nya.
pub fn build(root: &Path) -> anyhow::Result<()> {
    tools::install(root)?;
    run(Command::new("mdbook").current_dir(root).arg("build"))?;
    html::check(&root.join("book"))
}

/// Tabel `bin` di Cargo.toml, lalu semua contoh keluaran, dari run nyata;
/// linimasa Bab 1 digambar ulang dari contoh keluaran barunya.
pub fn bless(root: &Path) -> anyhow::Result<()> {
    let cargo = env!("CARGO");
    run(Command::new(cargo)
        .current_dir(root)
        .env("BLESS", "1")
        .args([
            "test",
            "--no-default-features",
            "--test",
            "book",
            "cargo_bins",
        ]))?;
    run(Command::new(cargo)
        .current_dir(root)
        .env("BLESS", "1")
        .args(["test", "--test", "listings"]))?;
    diagrams::command(root, &diagrams::DiagramsArgs { input: None })
}
