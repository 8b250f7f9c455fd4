//! Isi `bench/results.json`: semua sampel satu run `cargo xtask bench`,
//! ditulis dan dibaca dengan serde. Tabel dan grafik selalu dibuat dari
//! berkas ini (bukan dari angka di memori), jadi `--render` kapan pun
//! menghasilkan berkas yang persis sama dengan run aslinya.
//!
//! Format ini membaca juga results.json versi sebelumnya (tanpa `args`,
//! `work`, `memory`, ...): kolom baru bertanda `#[serde(default)]`.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Results {
    pub generator: String,
    /// `full` atau `quick`.
    pub mode: String,
    pub machine: Machine,
    pub settings: RunSettings,
    pub durations_s: Durations,
    #[serde(default)]
    pub skipped: Vec<String>,
    pub workloads: Vec<WorkloadResult>,
    #[serde(default)]
    pub memory: Vec<MemoryResult>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Machine {
    pub cores: usize,
    pub cpu: String,
    /// Flag `hypervisor` di /proc/cpuinfo: core-nya adalah vCPU.
    pub virtual_machine: bool,
    pub os: String,
    pub kernel: String,
    pub arch: String,
    pub rustc: String,
    pub python: Option<String>,
    pub date_utc: String,
    pub load_average_before: Option<[f64; 3]>,
    pub load_average_after: Option<[f64; 3]>,
    /// Rata-rata core yang dipakai proses lain selama seluruh pengukuran.
    pub other_processes_cores_during_measurement: Option<f64>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct RunSettings {
    pub warmup_rust: usize,
    pub runs_rust: usize,
    pub warmup_python: usize,
    pub runs_python: usize,
    pub pool_sizes: Vec<usize>,
    /// Ambang lama minimum per varian (ms); tidak ada di run lama.
    #[serde(default)]
    pub min_variant_ms: Option<f64>,
    #[serde(default)]
    pub quiet_cores: Option<f64>,
    /// `true` bila program dijalankan bergiliran antarbeban kerja.
    #[serde(default)]
    pub interleaved: bool,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Durations {
    pub build: f64,
    pub measure: f64,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct WorkloadResult {
    pub id: String,
    pub title: String,
    /// `rust` atau `python`.
    pub language: String,
    /// Jalur program yang dijalankan (tanpa argumen).
    pub command: String,
    #[serde(default)]
    pub args: Vec<String>,
    #[serde(default)]
    pub work: Option<f64>,
    pub load_average_start: Option<[f64; 3]>,
    pub load_average_end: Option<[f64; 3]>,
    /// Rata-rata core yang dipakai proses LAIN selama run beban kerja ini.
    pub other_processes_cores: Option<f64>,
    pub baseline: String,
    pub sweep_variant: Option<String>,
    pub series: Vec<Series>,
    /// Bila proses lain terlalu sibuk, beban kerja diulang sekali di akhir;
    /// percobaan yang TIDAK dipakai tabel disimpan di sini.
    #[serde(default)]
    pub other_attempt: Option<Attempt>,
    /// Ambang lama minimum per varian saat run ini (ms).
    #[serde(default)]
    pub min_variant_ms: Option<f64>,
    /// Run yang sebuah variannya lebih singkat dari ambang itu.
    #[serde(default)]
    pub short_runs: Vec<String>,
    /// Jiffy proses lain (hanya selama mengukur; tidak ditulis).
    #[serde(skip)]
    pub other: super::machine::OtherCpu,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Attempt {
    /// `pertama` atau `ulangan`: percobaan mana yang disimpan di sini.
    pub which: String,
    pub other_processes_cores: Option<f64>,
    pub series: Vec<Series>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Series {
    /// Nilai `RAYON_NUM_THREADS`, atau `None` bila tidak diatur.
    pub rayon_num_threads: Option<usize>,
    pub variants: Vec<VariantResult>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct VariantResult {
    pub key: String,
    pub name: String,
    pub samples_ms: Vec<f64>,
    pub median_ms: f64,
    pub min_ms: f64,
    pub max_ms: f64,
    pub speedup_vs_baseline: Ratio,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Ratio {
    pub samples: Vec<f64>,
    pub median: f64,
    pub min: f64,
    pub max: f64,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct MemoryResult {
    pub kind: String,
    pub name: String,
    /// `rust` atau `python`.
    pub language: String,
    pub n: usize,
    pub command: String,
    /// Memori tambahan total (KiB) per run: RSS, dan USS (hanya halaman
    /// milik proses itu sendiri: Private_Clean + Private_Dirty).
    pub rss_kib: Vec<f64>,
    pub uss_kib: Vec<f64>,
}

impl VariantResult {
    pub fn new(key: &str, name: &str, samples_ms: Vec<f64>, speedups: Vec<f64>) -> Self {
        let samples_ms: Vec<f64> = samples_ms.into_iter().map(|x| round_sig(x, 6)).collect();
        let speedups: Vec<f64> = speedups.into_iter().map(|x| round_sig(x, 6)).collect();
        let (m, lo, hi) = stats(&samples_ms);
        let (sm, slo, shi) = stats(&speedups);
        VariantResult {
            key: key.to_string(),
            name: name.to_string(),
            samples_ms,
            median_ms: round_sig(m, 6),
            min_ms: lo,
            max_ms: hi,
            speedup_vs_baseline: Ratio {
                samples: speedups,
                median: round_sig(sm, 6),
                min: slo,
                max: shi,
            },
        }
    }
}

impl Results {
    pub fn quick(&self) -> bool {
        self.mode == "quick"
    }

    pub fn workload(&self, id: &str) -> Option<&WorkloadResult> {
        self.workloads.iter().find(|w| w.id == id)
    }
}

impl WorkloadResult {
    /// Seri utama: pool rayon seukuran jumlah core, atau satu-satunya seri.
    pub fn main_series(&self, cores: usize) -> &Series {
        self.series
            .iter()
            .find(|s| s.rayon_num_threads == Some(cores))
            .unwrap_or(&self.series[0])
    }

    pub fn variant(
        &self,
        key: &str,
        threads: Option<usize>,
        cores: usize,
    ) -> Option<&VariantResult> {
        let series = match threads {
            None => self.main_series(cores),
            Some(n) => self
                .series
                .iter()
                .find(|s| s.rayon_num_threads == Some(n))?,
        };
        series.variants.iter().find(|v| v.key == key)
    }

    /// Perintah yang bisa diketik pembaca untuk menjalankan program ini.
    pub fn shown_command(&self) -> String {
        let args = if self.args.is_empty() {
            String::new()
        } else {
            format!(" {}", self.args.join(" "))
        };
        match self.command.strip_prefix("target/release/") {
            Some(bin) if args.is_empty() => format!("cargo run --release --bin {bin}"),
            Some(bin) => format!("cargo run --release --bin {bin} --{args}"),
            None => format!("{}{args}", self.command),
        }
    }
}

impl Series {
    pub fn variant(&self, key: &str) -> Option<&VariantResult> {
        self.variants.iter().find(|v| v.key == key)
    }
}

/// Median (rata-rata dua nilai tengah untuk jumlah genap), min, maks.
pub fn stats(samples: &[f64]) -> (f64, f64, f64) {
    if samples.is_empty() {
        return (f64::NAN, f64::NAN, f64::NAN);
    }
    let mut s = samples.to_vec();
    s.sort_by(f64::total_cmp);
    let n = s.len();
    let median = if n % 2 == 1 {
        s[n / 2]
    } else {
        (s[n / 2 - 1] + s[n / 2]) / 2.0
    };
    (median, s[0], s[n - 1])
}

pub fn median(samples: &[f64]) -> f64 {
    stats(samples).0
}

/// `x` dibulatkan ke `digits` angka penting (JSON tetap ringkas).
pub fn round_sig(x: f64, digits: i32) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let scale = 10f64.powi(digits - 1 - x.abs().log10().floor() as i32);
    (x * scale).round() / scale
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_of_even_and_odd() {
        assert_eq!(stats(&[3.0, 1.0, 2.0]), (2.0, 1.0, 3.0));
        assert_eq!(stats(&[4.0, 1.0, 2.0, 3.0]), (2.5, 1.0, 4.0));
        assert!(stats(&[]).0.is_nan());
    }

    #[test]
    fn rounding_keeps_small_times() {
        assert_eq!(round_sig(44.41234567, 6), 44.4123);
        assert_eq!(round_sig(0.000120004, 3), 0.00012);
    }

    #[test]
    fn shown_command_with_and_without_arguments() {
        let text = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../bench/results.json"),
        )
        .unwrap();
        let r: Results = serde_json::from_str(&text).unwrap();
        let mut w = r.workloads[0].clone();
        w.command = "target/release/x".into();
        w.args = vec![];
        assert_eq!(w.shown_command(), "cargo run --release --bin x");
        w.args = vec!["5".into(), "7".into()];
        assert_eq!(w.shown_command(), "cargo run --release --bin x -- 5 7");
        w.command = "python3 bench/python/p.py".into();
        assert_eq!(w.shown_command(), "python3 bench/python/p.py 5 7");
    }
}
