//! `cargo xtask <perintah>`: semua pekerjaan rutin proyek buku.
//!
//! Setiap perintah adalah satu varian [`Task`]; komentar dokumennya
//! menjadi teks `cargo xtask --help` dan `cargo xtask <perintah> --help`.
//! Modul per urusan: `book` (serve, build, bless), `tools` (alat yang di-pin),
//! `html` (pemeriksaan HTML), `site` (preview, browser-test) di atas `server`
//! (server statis), `diagrams` (linimasa Bab 1), `runner` (runner lokal untuk
//! tombol *Run*), `bench` (pengukuran), `latihan` (latihan di komputer
//! pembaca: salin starter, periksa).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{ArgAction, Args, Parser, Subcommand};

mod bench;
mod book;
mod diagrams;
mod html;
mod latihan;
mod process;
mod runner;
mod server;
mod site;
mod tools;

/// Bantuan berbahasa Indonesia (judul bagian bawaan clap berbahasa Inggris).
const HELP: &str = "\
{about-with-newline}
Pemakaian: {usage}

{all-args}{after-help}";

/// Pekerjaan rutin buku "Konkurensi & Paralelisme dengan Rust".
#[derive(Parser)]
#[command(
    name = "cargo xtask",
    bin_name = "cargo xtask",
    help_template = HELP,
    subcommand_help_heading = "Perintah",
    subcommand_value_name = "PERINTAH",
    disable_help_flag = true,
    disable_help_subcommand = true,
    arg_required_else_help = true
)]
struct Cli {
    #[command(subcommand)]
    task: Task,
    /// Tampilkan bantuan ini.
    #[arg(short, long, global = true, action = ArgAction::Help, help_heading = "Opsi")]
    help: Option<bool>,
}

#[derive(Subcommand)]
enum Task {
    /// Sajikan buku di 127.0.0.1 dengan runner lokal untuk tombol Run.
    ///
    /// Memasang alat yang di-pin bila belum ada, menjalankan runner lokal di port + 1,
    /// lalu `mdbook serve`: halaman dimuat ulang saat bab, listing, .out, kuis, atau
    /// tema berubah.
    #[command(help_template = HELP, next_help_heading = "Opsi")]
    Serve(book::ServeArgs),
    /// Pasang alat, bangun buku ke book/, lalu periksa HTML-nya.
    #[command(help_template = HELP, next_help_heading = "Opsi")]
    Build,
    /// Hanya pasang mdbook dan mdbook-quiz versi pin ([workspace.metadata.tools] di Cargo.toml).
    #[command(help_template = HELP, next_help_heading = "Opsi")]
    InstallTools,
    /// Tulis ulang tabel bin di Cargo.toml, semua contoh keluaran listing (run nyata) dan linimasa Bab 1.
    #[command(help_template = HELP, next_help_heading = "Opsi")]
    Bless,
    /// Hanya periksa HTML buku yang sudah dibangun di book/.
    #[command(help_template = HELP, next_help_heading = "Opsi")]
    CheckHtml,
    /// Gambar ulang src/img/linimasa.svg dari jejak contoh keluaran listing Bab 1 (ch01-02-linimasa).
    #[command(help_template = HELP, next_help_heading = "Opsi")]
    Diagrams(diagrams::DiagramsArgs),
    /// Sajikan book/ yang sudah dibangun di sub-path /buku/, seperti GitHub Pages.
    #[command(help_template = HELP, next_help_heading = "Opsi")]
    Preview(site::PreviewArgs),
    /// Uji buku di Chromium headless (tests/browser/), disajikan di /buku/.
    #[command(help_template = HELP, next_help_heading = "Opsi")]
    BrowserTest(site::BrowserTestArgs),
    /// Ukur listing beban kerja (release) dan program Python pembanding.
    #[command(help_template = HELP, next_help_heading = "Opsi")]
    Bench(BenchArgs),
    /// Daftar latihan buku, atau salin starter sebuah latihan ke latihan/ untuk dikerjakan.
    ///
    /// Tanpa NAMA: daftar semua latihan dan statusnya. Dengan NAMA (mis. ch02-01): salin
    /// starter latihan itu ke latihan/chNN-NN-nama.rs (tidak dilacak git).
    #[command(help_template = HELP, next_help_heading = "Opsi")]
    Latihan(latihan::LatihanArgs),
    /// Periksa salinan latihan Anda: kompilasi dengan crate buku (tanpa jaringan) lalu jalankan.
    #[command(help_template = HELP, next_help_heading = "Opsi")]
    Periksa(latihan::PeriksaArgs),
}

/// Opsi `cargo xtask bench`. Untuk sementara di sini; akan pindah ke modul
/// `bench`, yang saat ini masih mengurai argumennya dari daftar string
/// (`bench::BenchArgs::parse`, yang juga menolak `--quick` bersama `--render`).
#[derive(Args)]
pub struct BenchArgs {
    /// Lebih sedikit run; hasil ke target/bench-quick/ (hasil yang di-commit tidak tertimpa).
    #[arg(long)]
    quick: bool,
    /// Tanpa mengukur: tulis ulang bench/tables.md dan grafik dari bench/results.json.
    #[arg(long)]
    render: bool,
}

impl BenchArgs {
    fn as_vec(&self) -> Vec<String> {
        let flags = [(self.quick, "--quick"), (self.render, "--render")];
        flags
            .iter()
            .filter(|(on, _)| *on)
            .map(|(_, flag)| flag.to_string())
            .collect()
    }
}

/// Akar repositori buku (induk folder `xtask/`).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask/ ada di dalam repositori")
        .to_path_buf()
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let root = root();
    let result = match cli.task {
        Task::Serve(args) => book::serve(&root, &args),
        Task::Build => book::build(&root),
        Task::InstallTools => tools::install(&root),
        Task::Bless => book::bless(&root),
        Task::CheckHtml => html::check(&root.join("book")),
        Task::Diagrams(args) => diagrams::command(&root, &args),
        Task::Preview(args) => site::preview(&root, &args),
        Task::BrowserTest(args) => site::browser_test(&root, &args),
        Task::Bench(args) => {
            bench::BenchArgs::parse(&args.as_vec()).and_then(|a| bench::run(&root, &a))
        }
        Task::Latihan(args) => latihan::latihan(&root, &args),
        Task::Periksa(args) => latihan::periksa(&root, &args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e:#}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    fn parse(args: &[&str]) -> Result<Cli, clap::Error> {
        Cli::try_parse_from(std::iter::once("cargo xtask").chain(args.iter().copied()))
    }

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn port_with_a_space_or_an_equals_sign() {
        for args in [
            &["serve", "--port", "4000"][..],
            &["serve", "--port=4000"],
            &["serve", "-p", "4000"],
        ] {
            let Task::Serve(s) = parse(args).unwrap().task else {
                panic!("{args:?} bukan serve");
            };
            assert_eq!(s.port, 4000, "{args:?}");
        }
        let Task::Preview(p) = parse(&["preview", "--port=9000"]).unwrap().task else {
            panic!("bukan preview");
        };
        assert_eq!(p.port, 9000);
        assert!(parse(&["serve", "--port", "70000"]).is_err());
        assert!(parse(&["serve", "--port"]).is_err());
        assert!(parse(&["serve", "--tidak-ada"]).is_err());
    }

    #[test]
    fn serve_passes_options_after_the_double_dash_to_the_runner() {
        let cli = parse(&["serve", "--no-runner", "--", "--queue", "5"]).unwrap();
        let Task::Serve(s) = cli.task else {
            panic!("bukan serve");
        };
        assert!(s.no_runner);
        assert_eq!(s.runner_args, ["--queue", "5"]);
        assert_eq!(s.port, 3000);
    }

    #[test]
    fn bench_flags_reach_the_bench_module_as_strings() {
        let Task::Bench(b) = parse(&["bench", "--quick"]).unwrap().task else {
            panic!("bukan bench");
        };
        assert_eq!(b.as_vec(), ["--quick"]);
        let Task::Bench(b) = parse(&["bench"]).unwrap().task else {
            panic!("bukan bench");
        };
        assert!(b.as_vec().is_empty());
    }

    #[test]
    fn help_lists_every_command_in_indonesian() {
        let help = Cli::command().render_help().to_string();
        for name in [
            "serve",
            "build",
            "install-tools",
            "bless",
            "check-html",
            "diagrams",
            "preview",
            "browser-test",
            "bench",
            "latihan",
            "periksa",
        ] {
            assert!(
                help.lines()
                    .any(|l| l.trim_start().starts_with(&format!("{name} "))),
                "{name} tidak ada di --help:\n{help}"
            );
        }
        assert!(
            help.contains("\nPerintah:\n") && help.contains("Pemakaian:"),
            "{help}"
        );
        assert!(help.contains("Tampilkan bantuan"), "{help}");
    }
}
