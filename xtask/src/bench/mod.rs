//! `cargo xtask bench [--quick | --render]`: pengukuran yang bisa diulang.
//!
//! - [`config`]: `bench/workloads.toml`, apa yang diukur dan dengan ukuran apa;
//! - [`measure`] + [`parse`] + [`memory`]: menjalankan program (bergiliran),
//!   membaca waktunya, mengukur memori per thread/task/proses;
//! - [`results`]: `bench/results.json` (serde);
//! - [`analysis`], [`tables`], [`charts`]: target, Amdahl, tabel Markdown
//!   dan grafik SVG, selalu dibuat dari results.json.
//!
//! Mode lengkap menulis `bench/results.json`, `bench/tables.md`, dan
//! `src/img/bench-*.svg`; `--quick` menulis ke `target/bench-quick/`;
//! `--render` hanya menulis ulang tabel dan grafik dari results.json.
//! Setelah setiap putaran, hasil sejauh itu disimpan di
//! `target/bench-sebagian/results.json`; bila sebuah run gagal, hasil yang
//! sudah terukur disimpan di `target/bench-gagal/results.json`.

mod analysis;
mod charts;
mod config;
mod extra;
mod format;
mod machine;
mod measure;
mod memory;
mod parse;
mod results;
mod tables;

use anyhow::{Context, Result, bail};
use config::Config;
use measure::target_dir;
use results::{Durations, Results, RunSettings, WorkloadResult};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Argumen `cargo xtask bench`.
#[derive(Debug, Default)]
pub struct BenchArgs {
    /// Lebih sedikit run, ke target/bench-quick/ (hasil lengkap tidak tertimpa).
    pub quick: bool,
    /// Tulis ulang tabel dan grafik dari bench/results.json, tanpa mengukur.
    pub render: bool,
}

const USAGE: &str = "pemakaian: cargo xtask bench [--quick | --render]";

impl BenchArgs {
    pub fn parse(args: &[String]) -> Result<Self> {
        let mut a = BenchArgs::default();
        for arg in args {
            match arg.as_str() {
                "--quick" => a.quick = true,
                "--render" => a.render = true,
                other => bail!("argumen tidak dikenal: {other}\n{USAGE}"),
            }
        }
        if a.quick && a.render {
            bail!("--quick dan --render tidak bisa dipakai bersama\n{USAGE}");
        }
        Ok(a)
    }
}

/// 1, 2, 4, ... sampai jumlah core (jumlah core sendiri selalu ikut), lalu
/// 2 x core: satu titik "lebih banyak thread daripada core".
pub fn pool_sizes(cores: usize) -> Vec<usize> {
    let mut sizes = Vec::new();
    let mut n = 1;
    while n < cores {
        sizes.push(n);
        n *= 2;
    }
    sizes.push(cores);
    sizes.push(cores * 2);
    sizes
}

/// Berkas yang dibuat dari hasil: (jalur relatif ke akar, isi).
fn rendered(c: &Config, r: &Results) -> Vec<(String, String)> {
    let mut files = vec![("bench/tables.md".to_string(), tables::render(c, r))];
    for (name, text) in charts::charts(c, r) {
        files.push((format!("src/img/{name}"), text));
    }
    files
}

fn write(path: &Path, text: &str) -> Result<PathBuf> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).with_context(|| format!("membuat {}", dir.display()))?;
    }
    std::fs::write(path, text).with_context(|| format!("menulis {}", path.display()))?;
    Ok(path.to_path_buf())
}

fn write_rendered(c: &Config, r: &Results, data_dir: &Path, img_dir: &Path) -> Result<()> {
    for (rel, text) in rendered(c, r) {
        let name = Path::new(&rel).file_name().expect("nama berkas");
        let dir = if rel.starts_with("bench/") {
            data_dir
        } else {
            img_dir
        };
        let p = write(&dir.join(name), &text)?;
        eprintln!("xtask bench: menulis {}", p.display());
    }
    Ok(())
}

fn to_json(r: &Results) -> String {
    let mut text = serde_json::to_string_pretty(r).expect("Results selalu bisa ditulis");
    text.push('\n');
    text
}

pub fn run(root: &Path, args: &BenchArgs) -> Result<()> {
    let config = Config::load(root)?;
    if args.render {
        let path = root.join("bench/results.json");
        let text = std::fs::read_to_string(&path).with_context(|| {
            format!(
                "membaca {}; jalankan dulu `cargo xtask bench`",
                path.display()
            )
        })?;
        let r: Results = serde_json::from_str(&text).context("bench/results.json tidak sah")?;
        return write_rendered(&config, &r, &root.join("bench"), &root.join("src/img"));
    }
    let settings = if args.quick {
        config.settings.quick
    } else {
        config.settings.full
    };
    let started = Instant::now();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let python = machine::python_version();
    let mut machine = machine::machine_info(cores, python.clone());
    let load = machine.load_average_before.map_or(0.0, |l| l[0]);
    eprintln!(
        "xtask bench: {} ({cores} core), load average {load:.2}; mode {}",
        machine.cpu,
        if args.quick { "--quick" } else { "lengkap" }
    );
    if load > cores as f64 * 0.5 {
        eprintln!(
            "xtask bench: PERINGATAN: mesin sedang sibuk (load average {load:.2} untuk {cores} core); \
             angka akan lebih lambat dan percepatan lebih kecil. Ulangi saat mesin tenang."
        );
    }
    let mut skipped = Vec::new();
    if python.is_none() {
        let msg = "python3 tidak ditemukan: perbandingan dengan Python dilewati";
        eprintln!("xtask bench: {msg}");
        skipped.push(msg.to_string());
    }
    let workloads: Vec<&config::Workload> = config
        .workloads
        .iter()
        .filter(|w| python.is_some() || !w.is_python())
        .collect();
    let (data_dir, img_dir) = if args.quick {
        let d = target_dir(root).join("bench-quick");
        (d.clone(), d)
    } else {
        (root.join("bench"), root.join("src/img"))
    };
    // Folder keluaran dibuat sebelum mengukur: gagal di sini murah.
    for d in [&data_dir, &img_dir] {
        std::fs::create_dir_all(d).with_context(|| format!("membuat folder {}", d.display()))?;
    }

    let build_start = Instant::now();
    let mut bins: Vec<&str> = workloads.iter().filter_map(|w| w.rust.as_deref()).collect();
    bins.push(&config.memory_programs.rust);
    measure::build_release(root, &bins)?;
    let build = build_start.elapsed().as_secs_f64();

    let pool_sizes = pool_sizes(cores);
    let measure_start = Instant::now();
    let cpu_start = machine::CpuSnapshot::now();
    let results_of = |workloads: Vec<WorkloadResult>, memory, machine: &results::Machine| Results {
        generator: "cargo xtask bench".into(),
        mode: if args.quick { "quick" } else { "full" }.into(),
        machine: machine.clone(),
        settings: RunSettings {
            warmup_rust: settings.warmup_rust,
            runs_rust: settings.runs_rust,
            warmup_python: settings.warmup_python,
            runs_python: settings.runs_python,
            pool_sizes: pool_sizes.clone(),
            min_variant_ms: Some(settings.min_variant_ms),
            quiet_cores: Some(settings.quiet_cores),
            interleaved: true,
        },
        durations_s: Durations {
            build: results::round_sig(build, 3),
            measure: results::round_sig(measure_start.elapsed().as_secs_f64(), 4),
        },
        skipped: skipped.clone(),
        workloads,
        memory,
    };
    let partial = target_dir(root).join("bench-sebagian/results.json");
    let memory = memory::measure_memory(root, &config, &settings, python.is_some());
    let mut last = Vec::new();
    let measured = memory.and_then(|memory| {
        let timed = measure::measure_all(root, &workloads, &settings, &pool_sizes, |so_far| {
            last = so_far.to_vec();
            let _ = write(
                &partial,
                &to_json(&results_of(so_far.to_vec(), memory.clone(), &machine)),
            );
        });
        timed.map(|t| (t, memory))
    });
    let (timed, memory) = match measured {
        Ok(x) => x,
        Err(e) => {
            let dir = target_dir(root).join("bench-gagal/results.json");
            let saved = write(&dir, &to_json(&results_of(last, Vec::new(), &machine)));
            return Err(match saved {
                Ok(p) => e.context(format!(
                    "hasil yang sudah terukur disimpan di {}",
                    p.display()
                )),
                Err(w) => e.context(format!("hasil sebagian juga gagal disimpan: {w:#}")),
            });
        }
    };
    machine.load_average_after = machine::load_average();
    machine.other_processes_cores_during_measurement = cpu_start
        .zip(machine::CpuSnapshot::now())
        .and_then(|(a, b)| a.other_until(&b).cores())
        .map(|c| results::round_sig(c, 3));
    let mut report = results_of(timed, memory, &machine);
    for w in &mut report.workloads {
        w.other_processes_cores = w.other_processes_cores.map(|c| results::round_sig(c, 3));
    }
    // Tabel dan grafik dibuat dari JSON yang dibaca kembali, persis seperti
    // `--render` nanti.
    let text = to_json(&report);
    let report: Results = serde_json::from_str(&text).expect("JSON yang baru ditulis terbaca");
    let results_path =
        write(&data_dir.join("results.json"), &text).inspect_err(|_| println!("{text}"))?;
    eprintln!("xtask bench: menulis {}", results_path.display());
    write_rendered(&config, &report, &data_dir, &img_dir)?;
    for t in analysis::targets(&config, &report) {
        let status = match t.met() {
            Some(true) => "tercapai",
            Some(false) => "TIDAK tercapai",
            None => "belum diukur",
        };
        let m = t.measured.map_or("-".into(), format::fmt_x);
        eprintln!(
            "  target {} (>= {}): {m} {status}",
            t.description,
            format::fmt_x(t.threshold)
        );
    }
    for w in config.workloads.iter().filter(|w| w.pending && !args.quick) {
        eprintln!(
            "xtask bench: beban kerja {} sekarang terukur: hapus `pending = true` di {}",
            w.id,
            config::PATH
        );
    }
    eprintln!(
        "xtask bench: selesai dalam {:.0} s (build {:.0} s, pengukuran {:.0} s)",
        started.elapsed().as_secs_f64(),
        report.durations_s.build,
        report.durations_s.measure
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn root() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .unwrap()
            .to_path_buf()
    }

    fn committed() -> Results {
        let text = std::fs::read_to_string(root().join("bench/results.json")).unwrap();
        serde_json::from_str(&text).unwrap()
    }

    /// Angka di buku (tables.md, grafik) harus berasal dari results.json yang
    /// di-commit, bukan diedit tangan atau tertinggal dari run lama.
    #[test]
    fn committed_tables_and_charts_match_results_json() {
        let r = committed();
        assert!(
            !r.quick(),
            "results.json yang di-commit harus dari run lengkap"
        );
        let c = Config::load(&root()).unwrap();
        for (rel, expected) in rendered(&c, &r) {
            let actual = std::fs::read_to_string(root().join(&rel)).unwrap_or_default();
            assert!(
                actual == expected,
                "{rel} tidak sama dengan hasil render bench/results.json; jalankan \
                 `cargo xtask bench --render` (atau ukur ulang: `cargo xtask bench`)"
            );
        }
    }

    #[test]
    fn every_workload_in_the_config_is_in_results_json() {
        let r = committed();
        for w in &Config::load(&root()).unwrap().workloads {
            let measured = r.workload(&w.id).is_some();
            assert!(
                measured || w.pending,
                "beban kerja {} belum diukur di bench/results.json; jalankan `cargo xtask bench`",
                w.id
            );
            assert!(
                !(measured && w.pending),
                "beban kerja {} sudah diukur: hapus `pending = true` di bench/workloads.toml",
                w.id
            );
        }
    }

    #[test]
    fn pool_sizes_go_up_to_the_cores_then_one_oversubscribed() {
        assert_eq!(pool_sizes(1), vec![1, 2]);
        assert_eq!(pool_sizes(2), vec![1, 2, 4]);
        assert_eq!(pool_sizes(6), vec![1, 2, 4, 6, 12]);
    }

    #[test]
    fn arguments() {
        let a =
            |xs: &[&str]| BenchArgs::parse(&xs.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert!(a(&["--quick"]).unwrap().quick);
        assert!(a(&["--render"]).unwrap().render);
        assert!(a(&["--cepat"]).is_err());
        assert!(a(&["--quick", "--render"]).is_err());
    }
}
