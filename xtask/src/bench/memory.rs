//! Memori per thread, per task, per proses: listing Bab 1 (`ch01-05-memori`)
//! dan padanannya di Python (`bench/python/memori.py`) dijalankan untuk
//! setiap jenis dengan N yang sama, bergiliran, beberapa kali.

use super::config::{Config, Settings};
use super::measure::target_dir;
use super::results::MemoryResult;
use anyhow::{Context, Result, bail};
use std::path::Path;
use std::process::Command;

/// (RSS, USS) tambahan dalam KiB dari baris `Tambahan: RSS x KiB, USS y KiB`,
/// setelah memeriksa bahwa N unit memang hidup bersamaan.
pub fn parse_memory(stdout: &str, n: usize) -> Result<(f64, f64)> {
    let alive = stdout
        .lines()
        .find_map(|l| l.strip_prefix("Hidup bersamaan: "))
        .and_then(|x| x.trim().parse::<usize>().ok());
    if alive != Some(n) {
        bail!("baris \"Hidup bersamaan: {n}\" tidak ada\n{stdout}");
    }
    let line = stdout
        .lines()
        .find_map(|l| l.strip_prefix("Tambahan: "))
        .with_context(|| format!("baris \"Tambahan: ...\" tidak ada\n{stdout}"))?;
    let number = |label: &str| -> Option<f64> {
        let rest = &line[line.find(label)? + label.len()..];
        rest.split_whitespace().next()?.parse().ok()
    };
    match (number("RSS "), number("USS ")) {
        (Some(r), Some(p)) => Ok((r, p)),
        _ => bail!("baris {line:?} tidak memuat \"RSS x KiB, USS y KiB\""),
    }
}

pub fn measure_memory(
    root: &Path,
    config: &Config,
    settings: &Settings,
    python: bool,
) -> Result<Vec<MemoryResult>> {
    let bin = &config.memory_programs.rust;
    let exe = target_dir(root).join("release").join(bin);
    let script = &config.memory_programs.python;
    let mut results: Vec<MemoryResult> = Vec::new();
    for kind in &config.memory {
        for lang in ["rust", "python"] {
            if lang == "python" && !python {
                continue;
            }
            let command = match lang {
                "rust" => format!("target/release/{bin}"),
                _ => format!("python3 {script}"),
            };
            results.push(MemoryResult {
                kind: kind.kind.clone(),
                name: kind.name.clone(),
                language: lang.to_string(),
                n: kind.n,
                command,
                rss_kib: Vec::new(),
                uss_kib: Vec::new(),
            });
        }
    }
    // Bergiliran: setiap putaran menjalankan setiap (jenis, bahasa) sekali.
    for round in 0..settings.memory_runs.max(1) {
        eprintln!("xtask bench: memori, putaran {}", round + 1);
        for r in results.iter_mut() {
            let mut cmd = if r.language == "rust" {
                Command::new(&exe)
            } else {
                let mut c = Command::new("python3");
                c.arg(script);
                c
            };
            cmd.current_dir(root).arg(&r.kind).arg(r.n.to_string());
            let shown = format!("{} {} {}", r.command, r.kind, r.n);
            let out = cmd
                .output()
                .with_context(|| format!("gagal menjalankan {shown}"))?;
            let stdout = String::from_utf8_lossy(&out.stdout);
            if !out.status.success() {
                bail!(
                    "{shown} gagal ({})\n{stdout}{}",
                    out.status,
                    String::from_utf8_lossy(&out.stderr)
                );
            }
            let (rss, uss) = parse_memory(&stdout, r.n).with_context(|| shown.clone())?;
            r.rss_kib.push(rss);
            r.uss_kib.push(uss);
        }
    }
    Ok(results)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memory_lines_are_read_and_checked() {
        let out = "Jenis: thread, N = 3\nHidup bersamaan: 3\n\
                   Tambahan: RSS 120 KiB, USS 100 KiB\n";
        assert_eq!(parse_memory(out, 3).unwrap(), (120.0, 100.0));
        assert!(parse_memory(out, 4).is_err(), "N lain harus ditolak");
        let broken = out.replace("USS 100", "USS ?");
        assert!(parse_memory(&broken, 3).is_err());
    }
}
