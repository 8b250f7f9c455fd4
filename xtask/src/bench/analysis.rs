//! Angka turunan dari results.json: target, perbandingan Python vs Rust, dan
//! hukum Amdahl dari sapuan ukuran pool. Semua dihitung ulang setiap render.

use super::config::{BarSpec, Config, Lang, TargetKind};
use super::format::fmt_ms;
use super::results::{Results, median, stats};

pub struct TargetResult {
    pub description: String,
    pub threshold: f64,
    pub measured: Option<f64>,
    /// Dari mana angka terukur berasal.
    pub basis: String,
}

impl TargetResult {
    pub fn met(&self) -> Option<bool> {
        self.measured.map(|m| m >= self.threshold)
    }
}

pub fn targets(c: &Config, r: &Results) -> Vec<TargetResult> {
    let cores = r.machine.cores;
    c.targets
        .iter()
        .map(|t| {
            let m = match t.kind {
                TargetKind::Speedup => (|| {
                    let id = t.workload.as_deref()?;
                    let key = t.variant.as_deref()?;
                    let w = r.workload(id)?;
                    let v = w.variant(key, None, cores)?;
                    Some((
                        median(&v.speedup_vs_baseline.samples),
                        format!(
                            "median per putaran dari {} run `{}`: `{key}` vs `{}`",
                            v.samples_ms.len(),
                            w.shown_command(),
                            w.baseline
                        ),
                    ))
                })(),
                TargetKind::Ratio => (|| {
                    let (slow, fast) = (t.slow.as_ref()?, t.fast.as_ref()?);
                    let s = r
                        .workload(&slow.workload)?
                        .variant(&slow.variant, None, cores)?;
                    let f = r
                        .workload(&fast.workload)?
                        .variant(&fast.variant, None, cores)?;
                    let (ms, mf) = (median(&s.samples_ms), median(&f.samples_ms));
                    Some((
                        ms / mf,
                        format!(
                            "median `{}` {} / median `{}` {}",
                            slow.workload,
                            fmt_ms(ms),
                            fast.workload,
                            fmt_ms(mf)
                        ),
                    ))
                })(),
            };
            TargetResult {
                description: t.description.clone(),
                threshold: t.threshold,
                measured: m.as_ref().map(|x| x.0),
                basis: m.map_or_else(|| "belum diukur di run ini".to_string(), |x| x.1),
            }
        })
        .collect()
}

pub struct Bar {
    pub lang: Lang,
    pub label: String,
    pub median: f64,
    pub min: f64,
    pub max: f64,
    /// Median per satuan kerja (ms), bila perbandingan memakai satuan.
    pub per_unit: Option<f64>,
}

pub struct Group {
    pub key: String,
    pub title: String,
    pub unit: Option<String>,
    pub bars: Vec<Bar>,
}

impl Group {
    /// Nilai pembanding sebuah batang: per satuan bila ada, bila tidak median.
    pub fn value(&self, b: &Bar) -> f64 {
        b.per_unit.unwrap_or(b.median)
    }

    /// Python berurutan, pembanding kolom "dibanding Python berurutan".
    pub fn reference(&self) -> Option<&Bar> {
        self.bars
            .iter()
            .find(|b| b.lang == Lang::Python && b.label.contains("berurutan"))
    }
}

fn bar(r: &Results, unit: bool, spec: &BarSpec) -> Option<Bar> {
    let cores = r.machine.cores;
    let w = r.workload(&spec.workload)?;
    let v = w.variant(&spec.variant, spec.threads, cores)?;
    let n = spec
        .threads
        .or(w.main_series(cores).rayon_num_threads)
        .unwrap_or(cores);
    let (median, min, max) = stats(&v.samples_ms);
    Some(Bar {
        lang: spec.lang,
        label: spec.label.replace("{n}", &n.to_string()),
        median,
        min,
        max,
        per_unit: if unit {
            w.work.map(|k| median / k)
        } else {
            None
        },
    })
}

pub fn comparisons(c: &Config, r: &Results) -> Vec<Group> {
    c.comparisons
        .iter()
        .map(|g| {
            // Per satuan hanya bila SEMUA batang tahu ukuran kerjanya
            // (results.json lama tidak mencatatnya).
            let unit = g.unit.is_some()
                && g.bars
                    .iter()
                    .all(|b| r.workload(&b.workload).is_none_or(|w| w.work.is_some()));
            Group {
                key: g.key.clone(),
                title: g.title.clone(),
                unit: if unit { g.unit.clone() } else { None },
                bars: g.bars.iter().filter_map(|b| bar(r, unit, b)).collect(),
            }
        })
        .collect()
}

/// Hukum Amdahl untuk satu beban kerja dengan sapuan ukuran pool.
pub struct Amdahl {
    pub title: String,
    /// (ukuran pool, median waktu ms, percepatan terukur T(1)/T(n)).
    pub points: Vec<(usize, f64, f64)>,
    /// Fraksi serial s hasil taksiran (0..=1), dan nilai mentahnya.
    pub serial: f64,
    pub serial_raw: f64,
}

/// Percepatan yang diramalkan hukum Amdahl untuk fraksi serial `s`.
pub fn amdahl(s: f64, n: f64) -> f64 {
    1.0 / (s + (1.0 - s) / n)
}

/// Fraksi serial dari titik (n, percepatan) dengan kuadrat terkecil pada
/// 1/S(n) - 1/n = s (1 - 1/n); satu titik n = 2 memberi s = 2/S - 1.
pub fn serial_fraction(points: &[(f64, f64)]) -> Option<f64> {
    let (mut ab, mut aa) = (0.0, 0.0);
    for &(n, speedup) in points.iter().filter(|p| p.0 > 1.0) {
        let a = 1.0 - 1.0 / n;
        ab += a * (1.0 / speedup - 1.0 / n);
        aa += a * a;
    }
    (aa > 0.0).then(|| ab / aa)
}

pub fn amdahl_fits(c: &Config, r: &Results) -> Vec<Amdahl> {
    let cores = r.machine.cores;
    let mut out = Vec::new();
    for w in r.workloads.iter() {
        let Some(key) = &w.sweep_variant else {
            continue;
        };
        let time = |n: usize| {
            w.series
                .iter()
                .find(|s| s.rayon_num_threads == Some(n))
                .and_then(|s| s.variant(key))
                .map(|v| median(&v.samples_ms))
        };
        let Some(t1) = time(1) else { continue };
        let points: Vec<(usize, f64, f64)> = r
            .settings
            .pool_sizes
            .iter()
            .filter_map(|&n| time(n).map(|t| (n, t, t1 / t)))
            .collect();
        let fit: Vec<(f64, f64)> = points
            .iter()
            .filter(|p| p.0 <= cores)
            .map(|p| (p.0 as f64, p.2))
            .collect();
        let Some(raw) = serial_fraction(&fit) else {
            continue;
        };
        let title = c
            .workload(&w.id)
            .map_or(w.title.clone(), |cw| cw.short.clone());
        out.push(Amdahl {
            title,
            points,
            serial: raw.clamp(0.0, 1.0),
            serial_raw: raw,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serial_fraction_inverts_amdahl() {
        // s = 0,1: S(2) = 1/(0,1 + 0,45) = 1,818...
        let s2 = amdahl(0.1, 2.0);
        let s = serial_fraction(&[(1.0, 1.0), (2.0, s2)]).unwrap();
        assert!((s - 0.1).abs() < 1e-12, "{s}");
        // Beberapa titik yang tepat di kurva memberi s yang sama.
        let pts: Vec<(f64, f64)> = [2.0, 4.0, 8.0]
            .iter()
            .map(|&n| (n, amdahl(0.05, n)))
            .collect();
        assert!((serial_fraction(&pts).unwrap() - 0.05).abs() < 1e-12);
        // Percepatan ideal: s = 0; di atas ideal (derau): s negatif.
        assert!(serial_fraction(&[(2.0, 2.0)]).unwrap().abs() < 1e-12);
        assert!(serial_fraction(&[(2.0, 2.2)]).unwrap() < 0.0);
        assert!(serial_fraction(&[(1.0, 1.0)]).is_none());
    }
}
