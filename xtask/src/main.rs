//! `cargo xtask <perintah>`: semua pekerjaan rutin proyek buku.
//!
//! - `serve [--port N] [--no-runner] [-- OPSI-RUNNER]`   memasang alat yang
//!   di-pin bila belum ada, menjalankan runner lokal untuk tombol *Run* di
//!   http://127.0.0.1:(N + 1), lalu menyajikan buku di http://127.0.0.1:N
//!   (bawaan 3000). Opsi setelah `--` diteruskan ke runner (lihat
//!   `cargo run -p runner -- --help`).
//! - `build`              memasang alat, membangun buku ke `book/`, lalu
//!   memeriksa HTML hasilnya.
//! - `install-tools`      hanya memasang mdbook dan mdbook-quiz versi pin.
//! - `bless`              menulis ulang blok bin di Cargo.toml dan semua contoh
//!   keluaran listing dari run nyata (setelah lolos pemeriksaan).
//! - `check-html`         hanya memeriksa HTML di `book/`.
//! - `diagrams [--input F]` menjalankan listing Bab 1 `ch01-02-linimasa` (atau
//!   membaca jejaknya dari berkas F) dan menggambar `src/img/linimasa.svg`;
//!   juga menulis ulang diagram lain di `src/img/` dari kodenya.
//! - `preview [--port N]` menyajikan `book/` yang sudah dibangun di
//!   http://127.0.0.1:N/buku/ (sub-path seperti GitHub Pages).
//! - `browser-test [--no-build]` membangun buku (kecuali `--no-build`), lalu
//!   mengujinya di Chromium headless (tests/browser/).
//! - `bench [--quick | --render]` mengukur listing beban kerja (release) dan program
//!   Python pembanding; menulis bench/results.json, bench/tables.md dan
//!   src/img/bench-*.svg (`--quick`: ke target/bench-quick/; `--render`: hanya
//!   menulis ulang tabel dan grafik dari bench/results.json).

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

mod bench;
mod diagrams;
mod html;
mod runner;
mod server;

/// Alat yang dipasang proyek, dengan versi yang di-pin.
const TOOLS: &[(&str, &str, &str)] = &[
    // (crate, versi, binary)
    ("mdbook", "0.5.4", "mdbook"),
    ("mdbook-quiz", "0.5.0", "mdbook-quiz"),
];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => serve(&args[1..]),
        Some("build") => build(),
        Some("install-tools") => install_tools(),
        Some("bless") => bless(),
        Some("check-html") => html::check(&root().join("book")),
        Some("diagrams") => diagrams::command(&root(), &args[1..]),
        Some("preview") => preview(&args[1..]),
        Some("browser-test") => browser_test(&args[1..]),
        Some("bench") => bench::BenchArgs::parse(&args[1..])
            .and_then(|a| bench::run(&root(), &a))
            .map_err(|e| format!("{e:#}")),
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}

const USAGE: &str = "pemakaian: cargo xtask <serve [--port N] [--no-runner] [-- OPSI-RUNNER] | build | \
     install-tools | bless | check-html | diagrams [--input F] | preview [--port N] | \
     browser-test [--no-build] | bench [--quick | --render]>";

fn run(cmd: &mut Command) -> Result<(), String> {
    let shown = format!("{cmd:?}");
    let status = cmd
        .status()
        .map_err(|e| format!("gagal menjalankan {shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} gagal ({status})"))
    }
}

/// Versi yang dilaporkan `<bin> --version`, bila binary-nya ada.
fn installed_version(bin: &str) -> Option<String> {
    let out = Command::new(bin).arg("--version").output().ok()?;
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    Some(text.trim().to_string())
}

fn install_tools() -> Result<(), String> {
    // Preprocessor keterangan listing milik buku ini (book.toml menjalankannya
    // lewat `cargo run`); dibangun di sini dulu supaya progresnya terlihat.
    run(Command::new(env!("CARGO")).current_dir(root()).args([
        "build",
        "--quiet",
        "--locked",
        "--package",
        "mdbook-listing",
    ]))?;
    for (krate, version, bin) in TOOLS {
        match installed_version(bin) {
            Some(v) if v.ends_with(version) || v.ends_with(&format!("v{version}")) => {
                eprintln!("xtask: {bin} {version} sudah terpasang");
            }
            found => {
                match found {
                    Some(v) => eprintln!(
                        "xtask: {bin} terpasang ({v}), tetapi buku ini memakai {version}; memasang ulang"
                    ),
                    None => eprintln!(
                        "xtask: {bin} belum terpasang; memasang {krate} {version} (sekali saja, beberapa menit)"
                    ),
                }
                run(Command::new(env!("CARGO")).args([
                    "install",
                    "--locked",
                    "--version",
                    version,
                    krate,
                    "--force",
                ]))?;
            }
        }
    }
    Ok(())
}

/// `--port N` (bawaan `default`).
fn port_arg(args: &[String], default: u16) -> Result<u16, String> {
    let mut port = default.to_string();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--port" | "-p" => port = it.next().ok_or("--port butuh nomor port")?.clone(),
            other => return Err(format!("argumen tidak dikenal: {other}\n{USAGE}")),
        }
    }
    port.parse::<u16>()
        .map_err(|_| format!("port tidak valid: {port}"))
}

fn serve(args: &[String]) -> Result<(), String> {
    let mut port = "3000".to_string();
    let mut with_runner = true;
    let mut runner_args = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--port" | "-p" => port = it.next().ok_or("--port butuh nomor port")?.clone(),
            "--no-runner" => with_runner = false,
            "--" => {
                runner_args = it.by_ref().cloned().collect();
                break;
            }
            other => return Err(format!("argumen tidak dikenal: {other}\n{USAGE}")),
        }
    }
    let book_port = port
        .parse::<u16>()
        .map_err(|_| format!("port tidak valid: {port}"))?;
    install_tools()?;
    // Runner hidup selama `mdbook serve` berjalan; dilepas saat fungsi ini selesai.
    let _runner = if with_runner {
        match runner::start(&root(), book_port, &runner_args) {
            Ok(r) => Some(r),
            Err(e) => {
                eprintln!(
                    "xtask: PERINGATAN: runner lokal tidak berjalan ({e}); tombol Run memakai \
                     Rust Playground publik (butuh internet)"
                );
                None
            }
        }
    } else {
        None
    };
    eprintln!("xtask: buku tersaji di http://127.0.0.1:{port} (Ctrl+C untuk berhenti)");
    run(Command::new("mdbook")
        .current_dir(root())
        .args(["serve", "-n", "127.0.0.1", "-p", &port]))
}

fn build() -> Result<(), String> {
    install_tools()?;
    run(Command::new("mdbook").current_dir(root()).arg("build"))?;
    html::check(&root().join("book"))
}

fn bless() -> Result<(), String> {
    let cargo = env!("CARGO");
    run(Command::new(cargo)
        .current_dir(root())
        .env("BLESS", "1")
        .args([
            "test",
            "--no-default-features",
            "--test",
            "book",
            "cargo_bins",
        ]))?;
    run(Command::new(cargo)
        .current_dir(root())
        .env("BLESS", "1")
        .args(["test", "--test", "listings"]))
}

/// Sub-path tempat buku dipasang (sama dengan `site-url` di book.toml).
const SITE_PATH: &str = "/buku/";

fn preview(args: &[String]) -> Result<(), String> {
    let port = port_arg(args, 8000)?;
    let book = root().join("book");
    if !book.join("index.html").exists() {
        return Err("book/ belum ada: jalankan `cargo xtask build` dulu".into());
    }
    let listener = std::net::TcpListener::bind(("127.0.0.1", port))
        .map_err(|e| format!("tidak bisa membuka port {port}: {e}"))?;
    eprintln!("xtask: book/ tersaji di http://127.0.0.1:{port}{SITE_PATH} (Ctrl+C untuk berhenti)");
    server::serve(listener, book, SITE_PATH.to_string());
    Ok(())
}

/// Binary Chromium: `$CHROMIUM` atau paket Debian `chromium`.
fn chromium() -> Result<String, String> {
    let candidates = std::env::var("CHROMIUM").ok().into_iter().chain([
        "/usr/bin/chromium".to_string(),
        "/usr/bin/chromium-browser".to_string(),
    ]);
    for c in candidates {
        if Path::new(&c).exists() {
            return Ok(c);
        }
    }
    Err(
        "Chromium tidak ditemukan. Pasang paket Debian-nya (tanpa mengunduh browser lain):\n  \
         apt-get update && apt-get install -y chromium\natau arahkan CHROMIUM=/jalur/ke/chromium"
            .into(),
    )
}

fn browser_test(args: &[String]) -> Result<(), String> {
    let mut build_first = true;
    for a in args {
        match a.as_str() {
            "--no-build" => build_first = false,
            other => return Err(format!("argumen tidak dikenal: {other}\n{USAGE}")),
        }
    }
    let chromium = chromium()?;
    if build_first {
        build()?;
    }
    let root = root();
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
    let listener = std::net::TcpListener::bind("127.0.0.1:0")
        .map_err(|e| format!("tidak bisa membuka port lokal: {e}"))?;
    let addr = listener
        .local_addr()
        .map_err(|e| format!("alamat server: {e}"))?;
    let book = root.join("book");
    std::thread::spawn(move || server::serve(listener, book, SITE_PATH.to_string()));
    let url = format!("http://{addr}{SITE_PATH}");
    eprintln!("xtask: menguji {url} dengan {chromium}");
    run(Command::new("node")
        .current_dir(&dir)
        .env("BOOK_URL", &url)
        .env("REPO_ROOT", &root)
        .env("CHROMIUM", &chromium)
        .env("SCREENSHOT_DIR", dir.join("screenshots"))
        .arg("test.mjs"))
}
