//! Menjalankan program beban kerja dan mengumpulkan waktu per varian.
//!
//! Jadwalnya bergiliran: setiap putaran menjalankan setiap program (dan
//! setiap ukuran pool rayon) sekali, dalam urutan tetap, jadi perubahan
//! kecepatan mesin selama pengukuran mengenai kedua sisi setiap rasio
//! (A B A B, bukan A A A B B B). Program Python, yang run-nya lebih sedikit,
//! disebar merata di antara putaran. CPU yang dipakai proses lain diukur per
//! run; beban kerja yang terganggu lebih dari ambang diulang sekali di akhir.

use super::config::{Program, Settings, Workload};
use super::machine::{CpuSnapshot, OtherCpu, load_average};
use super::parse::parse_times;
use super::results::{Attempt, Series, VariantResult, WorkloadResult};
use anyhow::{Context, Result, bail};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Satu program dengan satu ukuran pool: dijalankan `warmup + runs` kali.
struct Job<'a> {
    w: &'a Workload,
    threads: Option<usize>,
    warmup: usize,
    runs: usize,
    done: usize,
    /// Sampel per varian (ms), dan percepatan terhadap pembanding per run.
    samples: Vec<Vec<f64>>,
    speedups: Vec<Vec<f64>>,
    /// Run yang variannya di bawah ambang minimum: (varian, ms).
    short: Vec<(String, f64)>,
    other: OtherCpu,
}

impl<'a> Job<'a> {
    fn new(w: &'a Workload, threads: Option<usize>, s: &Settings) -> Self {
        let (warmup, runs) = if w.is_python() {
            (s.warmup_python, w.runs.unwrap_or(s.runs_python))
        } else {
            (s.warmup_rust, w.runs.unwrap_or(s.runs_rust))
        };
        // Mode --quick: jumlah run mode itu, bukan jumlah khusus beban kerja.
        let runs = if s.workload_runs {
            runs
        } else if w.is_python() {
            s.runs_python
        } else {
            s.runs_rust
        };
        Job {
            w,
            threads,
            warmup,
            runs,
            done: 0,
            samples: vec![Vec::new(); w.variants.len()],
            speedups: vec![Vec::new(); w.variants.len()],
            short: Vec::new(),
            other: OtherCpu::default(),
        }
    }

    fn total(&self) -> usize {
        self.warmup + self.runs
    }
}

/// Program, argumen, dan perintah yang ditampilkan.
pub fn command_for(root: &Path, w: &Workload) -> (Command, String) {
    let (mut cmd, shown) = match w.program() {
        Program::Rust(bin) => {
            let exe = target_dir(root)
                .join("release")
                .join(format!("{bin}{}", std::env::consts::EXE_SUFFIX));
            (Command::new(exe), format!("target/release/{bin}"))
        }
        Program::Python(script) => {
            let mut cmd = Command::new("python3");
            cmd.arg(script);
            (cmd, format!("python3 {script}"))
        }
    };
    cmd.args(&w.args).current_dir(root);
    (cmd, shown)
}

pub fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .map(|p| if p.is_absolute() { p } else { root.join(p) })
        .unwrap_or_else(|| root.join("target"))
}

/// Menjalankan program sekali; gagal bila kodenya bukan 0 atau hasilnya salah.
fn run_once(root: &Path, w: &Workload, threads: Option<usize>) -> Result<String> {
    let (mut cmd, shown) = command_for(root, w);
    let shown = format!("{shown} {}", w.args.join(" "));
    match threads {
        Some(n) => cmd.env("RAYON_NUM_THREADS", n.to_string()),
        None => cmd.env_remove("RAYON_NUM_THREADS"),
    };
    let out = cmd
        .output()
        .with_context(|| format!("gagal menjalankan {shown}"))?;
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    if !out.status.success() {
        bail!(
            "{shown} gagal ({})\n--- stdout ---\n{stdout}--- stderr ---\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
    }
    for e in &w.expect {
        if !stdout.contains(e.as_str()) {
            bail!("{shown}: keluaran tidak memuat hasil yang benar {e:?}\n{stdout}");
        }
    }
    Ok(stdout)
}

/// Apakah job `k` dari `n` run mendapat giliran di putaran `r` dari `rounds`:
/// run-nya disebar merata di antara putaran.
pub fn scheduled(r: usize, rounds: usize, n: usize) -> bool {
    (r + 1) * n / rounds > r * n / rounds
}

fn run_job(root: &Path, job: &mut Job, min_ms: f64) -> Result<()> {
    let (_, shown) = command_for(root, job.w);
    let before = CpuSnapshot::now();
    let stdout = run_once(root, job.w, job.threads)?;
    let other = before
        .zip(CpuSnapshot::now())
        .map(|(a, b)| a.other_until(&b));
    let times = parse_times(job.w, &shown, &stdout)?;
    let warm = job.done < job.warmup;
    job.done += 1;
    if warm {
        return Ok(());
    }
    if let Some(o) = other {
        job.other.add(o);
    }
    let base_i = job
        .w
        .variants
        .iter()
        .position(|v| v.key == job.w.baseline)
        .expect("divalidasi saat dimuat");
    let base = times[base_i];
    for (i, (v, t)) in job.w.variants.iter().zip(&times).enumerate() {
        job.samples[i].push(*t);
        job.speedups[i].push(base / t);
        let measured = if v.repeated { t * job.w.repeat() } else { *t };
        if measured < min_ms && !job.w.below_minimum.contains(&v.key) {
            job.short.push((v.key.clone(), measured));
        }
    }
    Ok(())
}

/// Menjalankan semua job bergiliran sampai masing-masing selesai.
/// `progress` dipanggil setelah setiap putaran (untuk menyimpan hasil
/// sebagian).
fn run_rounds(
    root: &Path,
    jobs: &mut [Job],
    min_ms: f64,
    mut progress: impl FnMut(&[Job]),
) -> Result<()> {
    let rounds = jobs.iter().map(Job::total).max().unwrap_or(0);
    for r in 0..rounds {
        eprintln!("xtask bench: putaran {}/{rounds}", r + 1);
        for job in jobs.iter_mut() {
            if scheduled(r, rounds, job.total()) {
                run_job(root, job, min_ms)
                    .with_context(|| format!("beban kerja {}, putaran {}", job.w.id, r + 1))?;
            }
        }
        progress(jobs);
    }
    Ok(())
}

fn jobs_for<'a>(w: &'a Workload, s: &Settings, pool_sizes: &[usize]) -> Vec<Job<'a>> {
    if w.sweep.is_some() {
        pool_sizes
            .iter()
            .map(|&n| Job::new(w, Some(n), s))
            .collect()
    } else {
        vec![Job::new(w, None, s)]
    }
}

/// Hasil per beban kerja dari job-job yang sudah berjalan (termasuk yang
/// belum selesai: dipakai untuk hasil sebagian).
fn collect(root: &Path, jobs: &[Job], settings: &Settings) -> Vec<WorkloadResult> {
    let mut out: Vec<WorkloadResult> = Vec::new();
    for job in jobs.iter().filter(|j| j.done > j.warmup) {
        let w = job.w;
        let series = Series {
            rayon_num_threads: job.threads,
            variants: w
                .variants
                .iter()
                .enumerate()
                .map(|(i, v)| {
                    VariantResult::new(
                        &v.key,
                        &v.name,
                        job.samples[i].clone(),
                        job.speedups[i].clone(),
                    )
                })
                .collect(),
        };
        let short: Vec<String> = job
            .short
            .iter()
            .map(|(k, ms)| match job.threads {
                Some(n) => format!("{k} (RAYON_NUM_THREADS={n}): {ms:.0} ms"),
                None => format!("{k}: {ms:.0} ms"),
            })
            .collect();
        if let Some(r) = out.iter_mut().find(|r| r.id == w.id) {
            r.series.push(series);
            r.short_runs.extend(short);
            let mut o = r.other;
            o.add(job.other);
            r.other = o;
            r.other_processes_cores = o.cores();
            continue;
        }
        let (_, command) = command_for(root, w);
        out.push(WorkloadResult {
            id: w.id.clone(),
            title: w.title.clone(),
            language: if w.is_python() { "python" } else { "rust" }.to_string(),
            command,
            args: w.args.clone(),
            work: w.work,
            load_average_start: None,
            load_average_end: None,
            other_processes_cores: job.other.cores(),
            baseline: w.baseline.clone(),
            sweep_variant: w.sweep.clone(),
            series: vec![series],
            other_attempt: None,
            min_variant_ms: Some(settings.min_variant_ms),
            short_runs: short,
            other: job.other,
        });
    }
    out
}

/// Mengukur semua beban kerja: putaran bergiliran, lalu ulangan sekali untuk
/// beban kerja yang terganggu proses lain. `progress` menerima hasil sejauh
/// ini setelah setiap putaran.
pub fn measure_all(
    root: &Path,
    workloads: &[&Workload],
    settings: &Settings,
    pool_sizes: &[usize],
    mut progress: impl FnMut(&[WorkloadResult]),
) -> Result<Vec<WorkloadResult>> {
    let load_start = load_average();
    let mut jobs: Vec<Job> = workloads
        .iter()
        .flat_map(|w| jobs_for(w, settings, pool_sizes))
        .collect();
    run_rounds(root, &mut jobs, settings.min_variant_ms, |j| {
        progress(&collect(root, j, settings))
    })?;
    let mut results = collect(root, &jobs, settings);
    for r in &mut results {
        r.load_average_start = load_start;
        r.load_average_end = load_average();
    }

    // Ulangan untuk beban kerja yang terganggu: hanya job-nya sendiri,
    // tetap bergiliran antarukuran pool.
    let noisy: Vec<&Workload> = workloads
        .iter()
        .copied()
        .filter(|w| {
            results
                .iter()
                .find(|r| r.id == w.id)
                .and_then(|r| r.other_processes_cores)
                .is_some_and(|c| c > settings.quiet_cores)
        })
        .filter(|_| settings.repeat_noisy)
        .collect();
    for w in noisy {
        eprintln!(
            "xtask bench: {} terganggu proses lain (> {} core); diulang sekali",
            w.id, settings.quiet_cores
        );
        let load = load_average();
        let mut again = jobs_for(w, settings, pool_sizes);
        run_rounds(root, &mut again, settings.min_variant_ms, |_| {})?;
        let Some(mut second) = collect(root, &again, settings).pop() else {
            continue;
        };
        second.load_average_start = load;
        second.load_average_end = load_average();
        let first = results.iter_mut().find(|r| r.id == w.id).expect("ada");
        let quieter_second = second.other_processes_cores.unwrap_or(f64::MAX)
            < first.other_processes_cores.unwrap_or(f64::MAX);
        let (keep, drop, which) = if quieter_second {
            (second, first.clone(), "pertama")
        } else {
            (first.clone(), second, "ulangan")
        };
        *first = WorkloadResult {
            other_attempt: Some(Attempt {
                which: which.to_string(),
                other_processes_cores: drop.other_processes_cores,
                series: drop.series,
            }),
            ..keep
        };
    }
    Ok(results)
}

/// Build release semua listing beban kerja (dan listing memori).
pub fn build_release(root: &Path, bins: &[&str]) -> Result<()> {
    let mut cmd = Command::new(env!("CARGO"));
    cmd.current_dir(root)
        .args(["build", "--release", "--locked"]);
    for bin in bins {
        cmd.args(["--bin", bin]);
    }
    eprintln!("xtask bench: membangun listing dalam mode release");
    let status = cmd.status().context("menjalankan cargo build --release")?;
    if !status.success() {
        bail!("cargo build --release gagal ({status})");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_are_spread_over_the_rounds() {
        let rounds = 16;
        let picked = |n| {
            (0..rounds)
                .filter(|&r| scheduled(r, rounds, n))
                .collect::<Vec<_>>()
        };
        assert_eq!(picked(16).len(), 16);
        assert_eq!(picked(4), vec![3, 7, 11, 15]);
        assert_eq!(picked(1), vec![15]);
        // Tidak pernah dua run berturut-turut bila n <= rounds / 2.
        let p = picked(6);
        assert_eq!(p.len(), 6);
        assert!(p.windows(2).all(|w| w[1] - w[0] >= 2), "{p:?}");
    }
}
