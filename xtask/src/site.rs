//! `preview` dan `browser-test`: buku yang sudah dibangun, disajikan di
//! sub-path `/buku/` seperti di GitHub Pages.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, bail};
use clap::Args;

use crate::process::run;
use crate::{book, server};

/// Sub-path tempat buku dipasang (sama dengan `site-url` di book.toml).
pub const SITE_PATH: &str = "/buku/";

/// Opsi `cargo xtask preview`.
#[derive(Args)]
pub struct PreviewArgs {
    /// Port di 127.0.0.1.
    #[arg(short, long, default_value_t = 8000)]
    pub port: u16,
}

/// Opsi `cargo xtask browser-test`.
#[derive(Args)]
pub struct BrowserTestArgs {
    /// Pakai book/ yang sudah ada, tanpa `cargo xtask build` lebih dulu.
    #[arg(long)]
    pub no_build: bool,
}

pub fn preview(root: &Path, args: &PreviewArgs) -> anyhow::Result<()> {
    let book = root.join("book");
    if !book.join("index.html").exists() {
        bail!("book/ belum ada: jalankan `cargo xtask build` dulu");
    }
    let port = args.port;
    let listener = TcpListener::bind(("127.0.0.1", port))
        .with_context(|| format!("tidak bisa membuka port {port}"))?;
    eprintln!("xtask: book/ tersaji di http://127.0.0.1:{port}{SITE_PATH} (Ctrl+C untuk berhenti)");
    server::serve(listener, book, SITE_PATH)
}

/// Binary Chromium: `$CHROMIUM` atau paket Debian `chromium`.
fn chromium() -> anyhow::Result<PathBuf> {
    let candidates = std::env::var_os("CHROMIUM")
        .map(PathBuf::from)
        .into_iter()
        .chain(["/usr/bin/chromium", "/usr/bin/chromium-browser"].map(PathBuf::from));
    for c in candidates {
        if c.exists() {
            return Ok(c);
        }
    }
    bail!(
        "Chromium tidak ditemukan. Pasang paket Debian-nya (tanpa mengunduh browser lain):\n  \
         apt-get update && apt-get install -y chromium\natau arahkan CHROMIUM=/jalur/ke/chromium"
    )
}

pub fn browser_test(root: &Path, args: &BrowserTestArgs) -> anyhow::Result<()> {
    let chromium = chromium()?;
    if !args.no_build {
        book::build(root)?;
    }
    let dir = root.join("tests/browser");
    if !dir
        .join("node_modules/playwright-core/package.json")
        .exists()
    {
        eprintln!("xtask: memasang playwright-core (npm ci, tanpa browser)");
        run(Command::new("npm")
            .current_dir(&dir)
            .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
            .args(["ci", "--no-audit", "--no-fund"]))?;
    }
    let listener = TcpListener::bind("127.0.0.1:0").context("tidak bisa membuka port lokal")?;
    let addr = listener.local_addr().context("alamat server statis")?;
    let book = root.join("book");
    std::thread::spawn(move || {
        if let Err(e) = server::serve(listener, book, SITE_PATH) {
            eprintln!("xtask: server statis berhenti: {e:#}");
        }
    });
    let url = format!("http://{addr}{SITE_PATH}");
    eprintln!("xtask: menguji {url} dengan {}", chromium.display());
    run(Command::new("node")
        .current_dir(&dir)
        .env("BOOK_URL", &url)
        .env("REPO_ROOT", root)
        .env("CHROMIUM", &chromium)
        .env("SCREENSHOT_DIR", dir.join("screenshots"))
        .arg("test.mjs"))
}
