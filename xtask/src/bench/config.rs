//! `bench/workloads.toml`: apa yang diukur, dengan ukuran berapa, dan hasil
//! benar apa yang harus dicetak. Berkas data itu juga dibaca uji struktur
//! buku, jadi tidak ada yang perlu membaca kode sumber modul ini.

use anyhow::{Context, Result, bail};
use serde::Deserialize;
use std::path::Path;

pub const PATH: &str = "bench/workloads.toml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub settings: Modes,
    pub tutorial: Tutorial,
    #[serde(rename = "workload")]
    pub workloads: Vec<Workload>,
    #[serde(rename = "memory")]
    pub memory: Vec<MemoryKind>,
    pub memory_programs: MemoryPrograms,
    #[serde(rename = "target")]
    pub targets: Vec<Target>,
    #[serde(rename = "comparison")]
    pub comparisons: Vec<Comparison>,
}

#[derive(Debug, Deserialize)]
pub struct Modes {
    pub full: Settings,
    pub quick: Settings,
}

/// Banyaknya run dan ambang satu mode pengukuran.
#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    pub warmup_rust: usize,
    pub runs_rust: usize,
    pub warmup_python: usize,
    pub runs_python: usize,
    pub min_variant_ms: f64,
    pub quiet_cores: f64,
    pub memory_runs: usize,
    /// Pakai `runs` khusus setiap beban kerja (mode lengkap).
    pub workload_runs: bool,
    /// Ulangi sekali di akhir beban kerja yang terganggu proses lain.
    pub repeat_noisy: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tutorial {
    pub source: String,
    pub n: u64,
    pub sequential_s: f64,
    pub threading_s: f64,
    pub multiprocessing_s: f64,
    pub python_workload: String,
    pub rust_workload: String,
}

/// Program yang menjalankan sebuah beban kerja.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Program<'a> {
    /// Binary listing (nama bin), dibangun dengan `--release`.
    Rust(&'a str),
    /// Skrip Python (jalur relatif ke akar repositori).
    Python(&'a str),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Workload {
    pub id: String,
    /// Nama pendek untuk legenda grafik.
    pub short: String,
    pub title: String,
    pub rust: Option<String>,
    pub python: Option<String>,
    /// Argumen ukuran yang diberikan ke program.
    #[serde(default)]
    pub args: Vec<String>,
    /// Banyaknya satuan kerja per varian (mis. suku i*i), untuk perbandingan
    /// antarbahasa yang ukurannya berbeda.
    pub work: Option<f64>,
    /// Indeks argumen yang menyatakan berapa kali varian `repeated` diulang
    /// di dalam program (waktu yang dicetak sudah rata-rata per ulangan).
    pub repeat_arg: Option<usize>,
    /// Mengganti `runs_rust`/`runs_python` mode lengkap untuk beban kerja ini.
    pub runs: Option<usize>,
    pub baseline: String,
    /// Varian yang memakai pool global rayon: diukur untuk setiap ukuran pool.
    pub sweep: Option<String>,
    /// Varian yang sengaja boleh di bawah `min_variant_ms`.
    #[serde(default)]
    pub below_minimum: Vec<String>,
    /// Teks yang wajib ada di keluaran setiap run (hasil yang benar).
    pub expect: Vec<String>,
    /// Entri baru yang belum diukur: boleh tidak ada di bench/results.json
    /// sampai run lengkap berikutnya (lalu baris `pending` dihapus).
    #[serde(default)]
    pub pending: bool,
    #[serde(rename = "variant")]
    pub variants: Vec<Variant>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Variant {
    pub key: String,
    /// Potongan teks yang muncul di tepat satu baris keluaran; waktunya adalah
    /// bilangan pertama bersatuan waktu (ns, µs, ms, s) setelah label itu.
    pub label: String,
    pub name: String,
    /// Waktu yang dicetak adalah rata-rata per ulangan (lihat `repeat_arg`).
    #[serde(default)]
    pub repeated: bool,
}

impl Workload {
    pub fn program(&self) -> Program<'_> {
        match (&self.rust, &self.python) {
            (Some(bin), None) => Program::Rust(bin),
            (None, Some(script)) => Program::Python(script),
            _ => unreachable!("divalidasi saat dimuat"),
        }
    }

    pub fn is_python(&self) -> bool {
        self.python.is_some()
    }

    /// Berapa kali varian `repeated` diulang di dalam satu run.
    pub fn repeat(&self) -> f64 {
        self.repeat_arg
            .and_then(|i| self.args.get(i))
            .and_then(|a| a.parse().ok())
            .unwrap_or(1.0)
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MemoryKind {
    pub kind: String,
    pub name: String,
    pub n: usize,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MemoryPrograms {
    pub rust: String,
    pub python: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Target {
    pub description: String,
    pub threshold: f64,
    pub kind: TargetKind,
    pub workload: Option<String>,
    pub variant: Option<String>,
    pub slow: Option<VariantRef>,
    pub fast: Option<VariantRef>,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum TargetKind {
    Speedup,
    Ratio,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VariantRef {
    pub workload: String,
    pub variant: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Comparison {
    /// Akhiran anchor `python-rust-{key}` di tables.md.
    pub key: String,
    pub title: String,
    /// Satuan kerja (mis. "suku"): kolom waktu per satuan memakai `work`
    /// beban kerjanya.
    pub unit: Option<String>,
    pub bars: Vec<BarSpec>,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Python,
    Rust,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BarSpec {
    pub lang: Lang,
    pub workload: String,
    pub variant: String,
    /// `RAYON_NUM_THREADS`; kosong = pool seukuran jumlah core.
    pub threads: Option<usize>,
    /// Label; `{n}` diganti ukuran pool.
    pub label: String,
}

impl Config {
    pub fn load(root: &Path) -> Result<Config> {
        let path = root.join(PATH);
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("membaca {}", path.display()))?;
        let config: Config =
            toml::from_str(&text).with_context(|| format!("{} tidak sah", path.display()))?;
        config
            .validate()
            .with_context(|| format!("memeriksa {}", path.display()))?;
        Ok(config)
    }

    pub fn workload(&self, id: &str) -> Option<&Workload> {
        self.workloads.iter().find(|w| w.id == id)
    }

    /// Rujukan antarbagian harus menunjuk beban kerja dan varian yang ada.
    fn validate(&self) -> Result<()> {
        for w in &self.workloads {
            if w.rust.is_some() == w.python.is_some() {
                bail!(
                    "beban kerja {}: isi tepat satu dari `rust` atau `python`",
                    w.id
                );
            }
            let keys: Vec<&str> = w.variants.iter().map(|v| v.key.as_str()).collect();
            for k in std::iter::once(&w.baseline)
                .chain(&w.sweep)
                .chain(&w.below_minimum)
            {
                if !keys.contains(&k.as_str()) {
                    bail!("beban kerja {}: varian {k:?} tidak ada", w.id);
                }
            }
        }
        let check = |w: &str, v: &str| -> Result<()> {
            let Some(wl) = self.workload(w) else {
                bail!("beban kerja {w:?} tidak ada");
            };
            if !wl.variants.iter().any(|x| x.key == v) {
                bail!("beban kerja {w}: varian {v:?} tidak ada");
            }
            Ok(())
        };
        for t in &self.targets {
            match t.kind {
                TargetKind::Speedup => check(
                    t.workload.as_deref().unwrap_or_default(),
                    t.variant.as_deref().unwrap_or_default(),
                )?,
                TargetKind::Ratio => {
                    for r in [&t.slow, &t.fast] {
                        let r = r.as_ref().with_context(|| {
                            format!("target {:?}: butuh slow dan fast", t.description)
                        })?;
                        check(&r.workload, &r.variant)?;
                    }
                }
            }
        }
        for c in &self.comparisons {
            for b in &c.bars {
                check(&b.workload, &b.variant)?;
            }
        }
        check(&self.tutorial.python_workload, "berurutan")?;
        check(&self.tutorial.rust_workload, "berurutan")?;
        Ok(())
    }
}
