//! Konfigurasi runner dari argumen baris perintah, dengan bawaan yang aman.

use std::path::PathBuf;
use std::time::Duration;

pub const USAGE: &str = "\
pemakaian: runner [opsi]

  --project DIR            folder buku (berisi Cargo.toml dan Cargo.lock); bawaan: folder kerja
  --work-dir DIR           tempat proyek cargo yang disiapkan; bawaan: <project>/target/runner
  --port N                 port di 127.0.0.1 (0 = pilih bebas); bawaan: 3001
  --allow-origin URL       Origin halaman buku yang boleh memakai runner (boleh berulang),
                           mis. http://127.0.0.1:3000; tanpa ini semua permintaan ditolak
  --max-body BYTE          ukuran maksimum badan permintaan; bawaan: 65536
  --compile-timeout DETIK  batas waktu kompilasi; bawaan: 30
  --run-timeout DETIK      batas waktu program berjalan; bawaan: 10
  --max-output BYTE        keluaran maksimum (kompilasi atau program); bawaan: 65536
  --queue N                permintaan yang boleh menunggu di antrean; bawaan: 3
  --max-connections N      koneksi HTTP yang dilayani bersamaan; bawaan: 32
  --exit-on-stdin-eof      berhenti (dan membereskan) bila stdin ditutup
  --allow-other-users      terima koneksi dari proses milik pengguna lain (bawaan: tolak;
                           perlu misalnya bila browser dan runner beda pengguna/kontainer)
";

#[derive(Debug, Clone)]
pub struct Config {
    pub project: PathBuf,
    pub work_dir: PathBuf,
    pub port: u16,
    pub allow_origins: Vec<String>,
    pub max_body: usize,
    pub compile_timeout: Duration,
    pub run_timeout: Duration,
    pub max_output: usize,
    pub queue: usize,
    pub max_connections: usize,
    pub exit_on_stdin_eof: bool,
    pub allow_other_users: bool,
}

impl Config {
    pub fn from_args(args: &[String]) -> Result<Config, String> {
        let mut project = None;
        let mut work_dir = None;
        let mut cfg = Config {
            project: PathBuf::new(),
            work_dir: PathBuf::new(),
            port: 3001,
            allow_origins: Vec::new(),
            max_body: 64 * 1024,
            compile_timeout: Duration::from_secs(30),
            run_timeout: Duration::from_secs(10),
            max_output: 64 * 1024,
            queue: 3,
            max_connections: 32,
            exit_on_stdin_eof: false,
            allow_other_users: false,
        };
        let mut it = args.iter();
        while let Some(flag) = it.next() {
            let mut value = || {
                it.next()
                    .cloned()
                    .ok_or_else(|| format!("{flag} butuh nilai\n{USAGE}"))
            };
            match flag.as_str() {
                "--project" => project = Some(PathBuf::from(value()?)),
                "--work-dir" => work_dir = Some(PathBuf::from(value()?)),
                "--port" => cfg.port = number(flag, &value()?)?,
                "--allow-origin" => {
                    let origin = value()?;
                    check_origin(&origin)?;
                    cfg.allow_origins.push(origin);
                }
                "--max-body" => cfg.max_body = positive(flag, &value()?)?,
                "--compile-timeout" => cfg.compile_timeout = seconds(flag, &value()?)?,
                "--run-timeout" => cfg.run_timeout = seconds(flag, &value()?)?,
                "--max-output" => cfg.max_output = positive(flag, &value()?)?,
                "--queue" => cfg.queue = number(flag, &value()?)?,
                "--max-connections" => cfg.max_connections = positive(flag, &value()?)?,
                "--exit-on-stdin-eof" => cfg.exit_on_stdin_eof = true,
                "--allow-other-users" => cfg.allow_other_users = true,
                "-h" | "--help" => return Err(USAGE.to_string()),
                other => return Err(format!("argumen tidak dikenal: {other}\n{USAGE}")),
            }
        }
        let project = match project {
            Some(p) => p,
            None => std::env::current_dir().map_err(|e| format!("folder kerja: {e}"))?,
        };
        cfg.project = std::path::absolute(&project)
            .map_err(|e| format!("--project {}: {e}", project.display()))?;
        let work_dir = work_dir.unwrap_or_else(|| cfg.project.join("target").join("runner"));
        cfg.work_dir = std::path::absolute(&work_dir)
            .map_err(|e| format!("--work-dir {}: {e}", work_dir.display()))?;
        Ok(cfg)
    }
}

fn number<T: std::str::FromStr>(flag: &str, v: &str) -> Result<T, String> {
    v.parse()
        .map_err(|_| format!("{flag}: bukan angka yang valid: {v}"))
}

fn positive(flag: &str, v: &str) -> Result<usize, String> {
    match number::<usize>(flag, v)? {
        0 => Err(format!("{flag} harus lebih dari 0")),
        n => Ok(n),
    }
}

fn seconds(flag: &str, v: &str) -> Result<Duration, String> {
    let s: f64 = number(flag, v)?;
    if s.is_finite() && s > 0.0 && s <= 3600.0 {
        Ok(Duration::from_secs_f64(s))
    } else {
        Err(format!("{flag} harus antara 0 dan 3600 detik"))
    }
}

/// Origin berbentuk `http://host:port` tanpa path; `null` dan wildcard tidak diterima.
fn check_origin(origin: &str) -> Result<(), String> {
    let rest = origin
        .strip_prefix("http://")
        .or_else(|| origin.strip_prefix("https://"));
    match rest {
        Some(hostport) if !hostport.is_empty() && !hostport.contains(['/', '*', ' ']) => Ok(()),
        _ => Err(format!(
            "--allow-origin harus berbentuk http://host:port, bukan {origin:?}"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn defaults_are_safe() {
        let cfg = Config::from_args(&[]).unwrap();
        assert!(cfg.allow_origins.is_empty(), "tanpa origin, semua ditolak");
        assert_eq!(cfg.max_body, 65536);
        assert_eq!(cfg.run_timeout, Duration::from_secs(10));
        assert!(cfg.work_dir.ends_with("target/runner"));
    }

    #[test]
    fn flags() {
        let cfg = Config::from_args(&args(&[
            "--port",
            "0",
            "--allow-origin",
            "http://127.0.0.1:3000",
            "--run-timeout",
            "1.5",
            "--queue",
            "0",
        ]))
        .unwrap();
        assert_eq!(cfg.port, 0);
        assert_eq!(cfg.allow_origins, ["http://127.0.0.1:3000"]);
        assert_eq!(cfg.run_timeout, Duration::from_millis(1500));
        assert_eq!(cfg.queue, 0);
        for bad in [
            &["--allow-origin", "*"][..],
            &["--allow-origin", "null"],
            &["--max-body", "0"],
            &["--run-timeout", "-1"],
            &["--port"],
            &["--bogus"],
        ] {
            assert!(Config::from_args(&args(bad)).is_err(), "{bad:?}");
        }
    }
}
