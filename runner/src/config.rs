//! Opsi baris perintah runner (clap), dengan bawaan yang aman.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::time::Duration;

/// Antarmuka untuk program yang menjalankan runner (xtask, test, skrip).
pub const PROTOCOL: &str = "\
Baris di stdout (antarmuka untuk program lain; teks untuk manusia ada di stderr):
  RUNNER_LISTENING <port>   sudah mendengarkan di 127.0.0.1:<port>; proyek cargo masih disiapkan
  RUNNER_READY <port>       proyek cargo siap; tombol Run langsung dijawab
  RUNNER_FAILED <alasan>    persiapan gagal; runner tetap menjawab dengan pesan galatnya
Kode keluar bukan nol bila runner tidak bisa mulai (port terpakai, opsi salah, ...).";

#[derive(Debug, Parser)]
#[command(
    name = "runner",
    about = "Runner lokal di balik tombol Run buku (cargo xtask serve)",
    after_help = PROTOCOL,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub internal: Option<Internal>,
    #[command(flatten)]
    pub config: Config,
}

/// Peran internal proses runner yang sama (tidak untuk dipanggil manusia).
#[derive(Debug, Subcommand)]
pub enum Internal {
    /// Penjaga satu pekerjaan: membaca spesifikasi JSON dari stdin.
    #[command(name = "__guard", hide = true)]
    Guard,
    /// Mencoba Landlock pada dirinya sendiri di DIR dan mencetak hasilnya (JSON).
    #[command(name = "__landlock-probe", hide = true)]
    LandlockProbe { dir: PathBuf },
}

/// Cara membatasi jumlah proses dan memori program.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum IsolationMode {
    /// cgroup v2 (subtree yang didelegasikan), lalu cgroup v1, lalu rlimit.
    Auto,
    /// Hanya cgroup v2; gagal mulai bila tidak bisa.
    CgroupV2,
    /// Hanya cgroup v1 (pids + memory); gagal mulai bila tidak bisa.
    CgroupV1,
    /// Tanpa cgroup: rlimit dan pembersihan lewat pohon proses.
    Rlimit,
}

#[derive(Debug, Clone, Args)]
pub struct Config {
    /// Folder buku (berisi Cargo.toml dan Cargo.lock) [bawaan: folder kerja]
    #[arg(long, value_name = "DIR")]
    pub project: Option<PathBuf>,
    /// Tempat proyek cargo yang disiapkan [bawaan: <project>/target/runner]
    #[arg(long, value_name = "DIR")]
    pub work_dir: Option<PathBuf>,
    /// Folder build cargo untuk dependensi (boleh dipakai bersama beberapa runner)
    /// [bawaan: <work-dir>/target]
    #[arg(long, value_name = "DIR")]
    pub build_dir: Option<PathBuf>,
    /// Port di 127.0.0.1 (0 = pilih bebas)
    #[arg(long, default_value_t = 3001)]
    pub port: u16,
    /// Origin halaman buku yang boleh memakai runner (boleh berulang), mis.
    /// http://127.0.0.1:3000; tanpa ini semua permintaan ditolak
    #[arg(long = "allow-origin", value_name = "URL", value_parser = origin)]
    pub allow_origins: Vec<String>,
    /// Ukuran maksimum badan permintaan (byte)
    #[arg(long, default_value_t = 64 * 1024, value_parser = positive)]
    pub max_body: usize,
    /// Batas waktu menerima SELURUH permintaan, kepala dan badan (detik)
    #[arg(long, value_name = "DETIK", default_value = "10", value_parser = seconds)]
    pub request_timeout: Duration,
    /// Batas waktu kompilasi (detik)
    #[arg(long, value_name = "DETIK", default_value = "30", value_parser = seconds)]
    pub compile_timeout: Duration,
    /// Batas waktu program berjalan (detik)
    #[arg(long, value_name = "DETIK", default_value = "10", value_parser = seconds)]
    pub run_timeout: Duration,
    /// Keluaran maksimum yang ditampilkan (program atau pesan compiler, byte)
    #[arg(long, default_value_t = 64 * 1024, value_parser = positive)]
    pub max_output: usize,
    /// Program yang boleh menunggu di belakang program yang sedang berjalan
    #[arg(long, default_value_t = 3)]
    pub queue: usize,
    /// Koneksi HTTP dari pengguna ini yang dilayani bersamaan
    #[arg(long, default_value_t = 32, value_parser = positive)]
    pub max_connections: usize,
    /// Memori seluruh proses program (cgroup), MiB
    #[arg(long, value_name = "MIB", default_value_t = 512, value_parser = positive)]
    pub max_memory_mib: usize,
    /// Memori kompilasi (cgroup), MiB
    #[arg(long, value_name = "MIB", default_value_t = 2048, value_parser = positive)]
    pub compile_memory_mib: usize,
    /// Ruang alamat per proses program (RLIMIT_AS), MiB
    #[arg(long, value_name = "MIB", default_value_t = 1024, value_parser = positive)]
    pub max_address_space_mib: usize,
    /// Proses + thread program (cgroup pids.max; tanpa cgroup: RLIMIT_NPROC)
    #[arg(long, default_value_t = 256, value_parser = positive)]
    pub max_procs: usize,
    /// Ukuran satu berkas yang ditulis program (RLIMIT_FSIZE), MiB
    #[arg(long, value_name = "MIB", default_value_t = 64, value_parser = positive)]
    pub max_file_mib: usize,
    /// Isi folder sementara program seluruhnya, MiB
    #[arg(long, value_name = "MIB", default_value_t = 256, value_parser = positive)]
    pub max_disk_mib: usize,
    /// Mekanisme pembatas proses dan memori
    #[arg(long, value_enum, default_value_t = IsolationMode::Auto)]
    pub isolation: IsolationMode,
    /// Jangan pakai Landlock (program boleh menulis di mana saja milik Anda)
    #[arg(long)]
    pub no_landlock: bool,
    /// Izinkan koneksi TCP dari program (bawaan: diblokir Landlock bila ada)
    #[arg(long)]
    pub allow_network: bool,
    /// Berhenti (dan membereskan) bila stdin ditutup
    #[arg(long)]
    pub exit_on_stdin_eof: bool,
    /// Terima koneksi dari proses milik pengguna lain (bawaan: tolak); perlu
    /// misalnya bila browser dan runner beda pengguna atau kontainer
    #[arg(long)]
    pub allow_other_users: bool,
}

/// Jalur yang sudah diselesaikan menjadi absolut.
#[derive(Debug, Clone)]
pub struct Paths {
    pub project: PathBuf,
    pub work_dir: PathBuf,
    pub target_dir: PathBuf,
    pub build_dir: PathBuf,
}

impl Config {
    pub fn paths(&self) -> anyhow::Result<Paths> {
        let project = match &self.project {
            Some(p) => std::path::absolute(p)?,
            None => std::env::current_dir()?,
        };
        let work_dir = std::path::absolute(
            self.work_dir
                .clone()
                .unwrap_or_else(|| project.join("target").join("runner")),
        )?;
        let target_dir = work_dir.join("target");
        let build_dir = match &self.build_dir {
            Some(b) => std::path::absolute(b)?,
            None => target_dir.clone(),
        };
        Ok(Paths {
            project,
            work_dir,
            target_dir,
            build_dir,
        })
    }

    pub fn mib(n: usize) -> u64 {
        n as u64 * 1024 * 1024
    }
}

fn positive(v: &str) -> Result<usize, String> {
    match v.parse::<usize>() {
        Ok(0) => Err("harus lebih dari 0".into()),
        Ok(n) => Ok(n),
        Err(_) => Err(format!("bukan angka yang valid: {v}")),
    }
}

fn seconds(v: &str) -> Result<Duration, String> {
    match v.parse::<f64>() {
        Ok(s) if s.is_finite() && s > 0.0 && s <= 3600.0 => Ok(Duration::from_secs_f64(s)),
        _ => Err(format!("harus antara 0 dan 3600 detik, bukan {v}")),
    }
}

/// Origin berbentuk `http://host:port` tanpa path; `null` dan wildcard ditolak.
fn origin(v: &str) -> Result<String, String> {
    let rest = v
        .strip_prefix("http://")
        .or_else(|| v.strip_prefix("https://"));
    match rest {
        Some(hostport) if !hostport.is_empty() && !hostport.contains(['/', '*', ' ']) => {
            Ok(v.to_string())
        }
        _ => Err(format!("harus berbentuk http://host:port, bukan {v:?}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(a: &[&str]) -> Result<Cli, clap::Error> {
        Cli::try_parse_from(std::iter::once("runner").chain(a.iter().copied()))
    }

    #[test]
    fn defaults_are_safe() {
        let cfg = parse(&[]).unwrap().config;
        assert!(cfg.allow_origins.is_empty(), "tanpa origin, semua ditolak");
        assert_eq!(cfg.max_body, 65536);
        assert_eq!(cfg.run_timeout, Duration::from_secs(10));
        assert_eq!(cfg.max_memory_mib, 512);
        assert!(cfg.paths().unwrap().work_dir.ends_with("target/runner"));
    }

    #[test]
    fn flags_in_both_spellings() {
        for args in [
            &["--port", "0", "--run-timeout", "1.5", "--queue", "0"][..],
            &["--port=0", "--run-timeout=1.5", "--queue=0"],
        ] {
            let cfg = parse(args).unwrap().config;
            assert_eq!(cfg.port, 0, "{args:?}");
            assert_eq!(cfg.run_timeout, Duration::from_millis(1500));
            assert_eq!(cfg.queue, 0);
        }
        let cfg = parse(&["--allow-origin", "http://127.0.0.1:3000"])
            .unwrap()
            .config;
        assert_eq!(cfg.allow_origins, ["http://127.0.0.1:3000"]);
        for bad in [
            &["--allow-origin", "*"][..],
            &["--allow-origin", "null"],
            &["--max-body", "0"],
            &["--run-timeout", "-1"],
            &["--port"],
            &["--bogus"],
        ] {
            assert!(parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn internal_roles_are_subcommands() {
        assert!(matches!(
            parse(&["__guard"]).unwrap().internal,
            Some(Internal::Guard)
        ));
        assert!(parse(&["__guard", "--port", "1"]).is_err());
    }
}
