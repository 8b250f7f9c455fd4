//! `cargo xtask <perintah>`: semua pekerjaan rutin proyek buku.
//!
//! - `serve [--port N]`   memasang alat yang di-pin bila belum ada, lalu
//!   menyajikan buku di http://127.0.0.1:N (bawaan 3000).
//! - `build`              memasang alat, membangun buku ke `book/`, lalu
//!   memeriksa HTML hasilnya.
//! - `install-tools`      hanya memasang mdbook dan mdbook-quiz versi pin.
//! - `bless`              menulis ulang blok bin di Cargo.toml dan semua contoh
//!   keluaran listing dari run nyata (setelah lolos pemeriksaan).
//! - `bench [--quick]`    mengukur listing beban kerja (release) dan program
//!   Python pembanding; menulis bench/results.json, bench/tables.md dan
//!   src/img/bench-*.svg (`--quick`: ke target/bench-quick/).

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

mod bench;
mod html;

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
        Some("bench") => bench::run(&root(), &args[1..]),
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

const USAGE: &str = "pemakaian: cargo xtask <serve [--port N] | build | install-tools | bless | check-html | bench [--quick]>";

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

fn serve(args: &[String]) -> Result<(), String> {
    let mut port = "3000".to_string();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--port" | "-p" => port = it.next().ok_or("--port butuh nomor port")?.clone(),
            other => return Err(format!("argumen tidak dikenal: {other}\n{USAGE}")),
        }
    }
    port.parse::<u16>()
        .map_err(|_| format!("port tidak valid: {port}"))?;
    install_tools()?;
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
