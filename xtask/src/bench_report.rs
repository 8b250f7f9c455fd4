//! Laporan `cargo xtask bench`: ringkasan di terminal, `results.json`, dan
//! tabel Markdown yang di-include Lampiran C (lewat anchor, satu per bagian).

use super::{Program, Report, Series, VariantResult, WORKLOADS, median, stats};
use std::fmt::Write as _;

// ---------------------------------------------------------------------------
// Target dari issue: dilaporkan, tidak pernah di-assert di test.

pub struct TargetResult {
    pub description: &'static str,
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

/// Percepatan median (run yang sama) sebuah varian di seri utama.
fn speedup_of(r: &Report, workload: &str, variant: &str) -> Option<(f64, String)> {
    let w = r.workload(workload)?;
    let v = w.variant(variant, None, r.machine.cores)?;
    let base = w.workload.baseline;
    Some((
        median(&v.speedups),
        format!(
            "median {} run `{}`: varian `{variant}` vs `{base}`",
            v.speedups.len(),
            w.shown_command()
        ),
    ))
}

pub fn targets(r: &Report) -> Vec<TargetResult> {
    let rust_vs_python = (|| {
        let rust = r
            .workload("prima")?
            .variant("berurutan", None, r.machine.cores)?;
        let py = r
            .workload("py-prima")?
            .variant("berurutan", None, r.machine.cores)?;
        let ratio = median(&py.samples_ms) / median(&rust.samples_ms);
        Some((
            ratio,
            format!(
                "median Python berurutan {} / median Rust berurutan {}",
                fmt_ms(median(&py.samples_ms)),
                fmt_ms(median(&rust.samples_ms))
            ),
        ))
    })();
    let make = |description, threshold, m: Option<(f64, String)>| TargetResult {
        description,
        threshold,
        measured: m.as_ref().map(|x| x.0),
        basis: m.map_or_else(
            || "belum diukur: beban kerjanya tidak ada di run ini".to_string(),
            |x| x.1,
        ),
    };
    vec![
        make(
            "Hitung prima: rayon vs berurutan",
            1.8,
            speedup_of(r, "prima", "rayon"),
        ),
        make(
            "Jumlah kuadrat: 2 thread vs berurutan",
            1.8,
            speedup_of(r, "gil", "2-thread"),
        ),
        make(
            "Hitung prima berurutan: Rust vs Python",
            15.0,
            rust_vs_python,
        ),
        make(
            "Saringan Eratosthenes vs pembagian percobaan paralel",
            10.0,
            speedup_of(r, "saringan", "saringan"),
        ),
    ]
}

// ---------------------------------------------------------------------------
// Perbandingan Python vs Rust (tabel dan grafik batang).

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Python,
    Rust,
}

pub struct Bar {
    pub lang: Lang,
    pub label: String,
    pub workload: &'static str,
    pub variant: &'static str,
    pub threads: Option<usize>,
    pub median: f64,
    pub min: f64,
    pub max: f64,
}

pub struct Group {
    /// Akhiran anchor `python-rust-{key}` di tables.md.
    pub key: &'static str,
    pub title: &'static str,
    pub bars: Vec<Bar>,
}

impl Group {
    /// Median Python berurutan, pembanding kolom "x lebih cepat".
    pub fn reference(&self) -> Option<f64> {
        self.bars
            .iter()
            .find(|b| b.lang == Lang::Python && b.variant == "berurutan")
            .map(|b| b.median)
    }
}

/// (judul grup, [(bahasa, beban kerja, varian, RAYON_NUM_THREADS, label)]).
/// `None` = seri utama (pool seukuran jumlah core); label `{n}` diganti.
type Spec = (
    Lang,
    &'static str,
    &'static str,
    Option<usize>,
    &'static str,
);
const COMPARISONS: &[(&str, &str, &[Spec])] = &[
    (
        "gil",
        "Jumlah kuadrat di bawah 10.000.000, dua kali",
        &[
            (
                Lang::Python,
                "py-gil",
                "berurutan",
                None,
                "Python berurutan",
            ),
            (Lang::Python, "py-gil", "2-thread", None, "Python 2 thread"),
            (Lang::Python, "py-gil", "2-proses", None, "Python 2 proses"),
            (Lang::Rust, "gil", "berurutan", None, "Rust berurutan"),
            (Lang::Rust, "gil", "2-thread", None, "Rust 2 thread"),
            (Lang::Rust, "gil", "rayon", None, "Rust rayon, {n} thread"),
        ],
    ),
    (
        "prima",
        "Hitung prima di 1..1.000.001",
        &[
            (
                Lang::Python,
                "py-prima",
                "berurutan",
                None,
                "Python berurutan",
            ),
            (
                Lang::Python,
                "py-prima",
                "pool-2",
                None,
                "Python pool 2 proses",
            ),
            (
                Lang::Python,
                "py-prima",
                "pool-4",
                None,
                "Python pool 4 proses",
            ),
            (Lang::Rust, "prima", "berurutan", None, "Rust berurutan"),
            (
                Lang::Rust,
                "prima",
                "rayon",
                Some(2),
                "Rust rayon, 2 thread",
            ),
            (
                Lang::Rust,
                "prima",
                "rayon",
                Some(4),
                "Rust rayon, 4 thread",
            ),
        ],
    ),
];

pub fn comparisons(r: &Report) -> Vec<Group> {
    let cores = r.machine.cores;
    COMPARISONS
        .iter()
        .map(|(key, title, specs)| Group {
            key,
            title,
            bars: specs
                .iter()
                .filter_map(|&(lang, wid, key, threads, label)| {
                    let w = r.workload(wid)?;
                    let v = w.variant(key, threads, cores)?;
                    let n = threads.or(w.main_series(cores).threads).unwrap_or(cores);
                    let (median, min, max) = stats(&v.samples_ms);
                    Some(Bar {
                        lang,
                        label: label.replace("{n}", &n.to_string()),
                        workload: wid,
                        variant: key,
                        threads,
                        median,
                        min,
                        max,
                    })
                })
                .collect(),
        })
        .collect()
}

// ---------------------------------------------------------------------------
// Format angka ala Indonesia: koma desimal, titik ribuan.

pub fn fmt_num(x: f64, decimals: usize) -> String {
    let s = format!("{x:.decimals$}");
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i.to_string(), Some(f.to_string())),
        None => (s.clone(), None),
    };
    let (sign, digits) = match int.strip_prefix('-') {
        Some(d) => ("-", d.to_string()),
        None => ("", int),
    };
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(c);
    }
    match frac {
        Some(f) => format!("{sign}{grouped},{f}"),
        None => format!("{sign}{grouped}"),
    }
}

/// Waktu yang mudah dibaca: `8,25 s`, `612 ms`, `40,1 ms`, `2,53 ms`.
pub fn fmt_ms(ms: f64) -> String {
    if !ms.is_finite() {
        "-".to_string()
    } else if ms >= 1000.0 {
        format!("{} s", fmt_num(ms / 1000.0, 2))
    } else if ms >= 100.0 {
        format!("{} ms", fmt_num(ms, 0))
    } else if ms >= 10.0 {
        format!("{} ms", fmt_num(ms, 1))
    } else if ms >= 1.0 {
        format!("{} ms", fmt_num(ms, 2))
    } else if ms >= 0.001 {
        let us = ms * 1000.0;
        format!(
            "{} µs",
            fmt_num(
                us,
                if us >= 100.0 {
                    0
                } else if us >= 10.0 {
                    1
                } else {
                    2
                }
            )
        )
    } else {
        format!("{} ns", fmt_num(ms * 1e6, 0))
    }
}

/// Rentang min-maks dengan satuan yang sama.
pub fn fmt_range(min: f64, max: f64) -> String {
    format!("{} – {}", fmt_ms(min), fmt_ms(max))
}

pub fn fmt_x(x: f64) -> String {
    if !x.is_finite() {
        "-".to_string()
    } else if x >= 100.0 {
        format!("{}×", fmt_num(x, 0))
    } else if x >= 10.0 {
        format!("{}×", fmt_num(x, 1))
    } else {
        format!("{}×", fmt_num(x, 2))
    }
}

fn fmt_load(l: &[f64; 3]) -> String {
    l.iter()
        .map(|x| fmt_num(*x, 2))
        .collect::<Vec<_>>()
        .join(" / ")
}

// ---------------------------------------------------------------------------
// Terminal.

pub fn print_summary(r: &Report) {
    let cores = r.machine.cores;
    println!();
    for w in &r.results {
        let main = w.main_series(cores);
        let base = name_of(main, w.workload.baseline);
        println!("{} — {}", w.workload.id, w.workload.title);
        if let Some(c) = w.other_cores {
            println!("  (proses lain memakai rata-rata {c:.2} core selama pengukuran ini)");
        }
        if let Some(n) = main.threads {
            println!("  (RAYON_NUM_THREADS={n})");
        }
        for v in &main.variants {
            let (m, lo, hi) = stats(&v.samples_ms);
            let (s, slo, shi) = stats(&v.speedups);
            println!(
                "  {:<38} {:>10}  ({:>21})  {:>8} vs {base} ({} – {})",
                v.name,
                fmt_ms(m),
                fmt_range(lo, hi),
                fmt_x(s),
                fmt_x(slo),
                fmt_x(shi)
            );
        }
        if let Some(key) = w.workload.sweep {
            for s in &w.series {
                let v = s.variants.iter().find(|v| v.key == key).unwrap();
                println!(
                    "  {key} dengan RAYON_NUM_THREADS={:<3} {:>10}  {:>8} vs {base}",
                    s.threads.unwrap_or(cores),
                    fmt_ms(median(&v.samples_ms)),
                    fmt_x(median(&v.speedups))
                );
            }
        }
        println!();
    }
    println!("Target:");
    for t in targets(r) {
        let status = match t.met() {
            Some(true) => "tercapai",
            Some(false) => "TIDAK tercapai",
            None => "belum diukur",
        };
        println!(
            "  {:<55} >= {:<6} terukur {:<8} {status}",
            t.description,
            fmt_x(t.threshold),
            t.measured.map_or("-".to_string(), fmt_x)
        );
    }
    for s in &r.skipped {
        println!("  catatan: {s}");
    }
    println!();
}

fn name_of(series: &Series, key: &str) -> &'static str {
    series
        .variants
        .iter()
        .find(|v| v.key == key)
        .map_or("?", |v| v.name)
}

// ---------------------------------------------------------------------------
// JSON (ditulis tangan: xtask tanpa dependensi).

enum J {
    Null,
    Bool(bool),
    Num(f64, usize),
    /// Bilangan dengan 6 angka penting, ditulis sesingkat mungkin: `44.4123`,
    /// `0.00012` (120 ns dalam ms tidak boleh terbulatkan menjadi 0).
    Sig(f64),
    Str(String),
    Arr(Vec<J>),
    Obj(Vec<(&'static str, J)>),
}

fn num(x: f64) -> J {
    J::Sig(x)
}

/// `x` dibulatkan ke `digits` angka penting.
pub fn round_sig(x: f64, digits: i32) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let scale = 10f64.powi(digits - 1 - x.abs().log10().floor() as i32);
    (x * scale).round() / scale
}

fn nums(xs: &[f64]) -> J {
    J::Arr(xs.iter().map(|&x| num(x)).collect())
}

fn s(x: impl Into<String>) -> J {
    J::Str(x.into())
}

fn opt_usize(x: Option<usize>) -> J {
    x.map_or(J::Null, |n| J::Num(n as f64, 0))
}

impl J {
    fn is_finite_num(&self) -> bool {
        match self {
            J::Num(x, _) | J::Sig(x) => x.is_finite(),
            _ => true,
        }
    }

    fn write(&self, out: &mut String, indent: usize) {
        let pad = "  ".repeat(indent + 1);
        match self {
            J::Null => out.push_str("null"),
            J::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            J::Num(x, d) if x.is_finite() => {
                let _ = write!(out, "{x:.d$}");
            }
            J::Num(..) => out.push_str("null"),
            J::Sig(_) if !self.is_finite_num() => out.push_str("null"),
            J::Sig(x) => {
                let _ = write!(out, "{}", round_sig(*x, 6));
            }
            J::Str(t) => {
                out.push('"');
                for c in t.chars() {
                    match c {
                        '"' => out.push_str("\\\""),
                        '\\' => out.push_str("\\\\"),
                        '\n' => out.push_str("\\n"),
                        c if (c as u32) < 0x20 => {
                            let _ = write!(out, "\\u{:04x}", c as u32);
                        }
                        c => out.push(c),
                    }
                }
                out.push('"');
            }
            // Larik bilangan pada satu baris supaya berkasnya tetap ringkas.
            J::Arr(items)
                if items
                    .iter()
                    .all(|i| matches!(i, J::Num(..) | J::Sig(_) | J::Null)) =>
            {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    item.write(out, indent);
                }
                out.push(']');
            }
            J::Arr(items) => {
                out.push_str("[\n");
                for (i, item) in items.iter().enumerate() {
                    out.push_str(&pad);
                    item.write(out, indent + 1);
                    out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
                }
                out.push_str(&"  ".repeat(indent));
                out.push(']');
            }
            J::Obj(fields) => {
                out.push_str("{\n");
                for (i, (k, v)) in fields.iter().enumerate() {
                    let _ = write!(out, "{pad}\"{k}\": ");
                    v.write(out, indent + 1);
                    out.push_str(if i + 1 < fields.len() { ",\n" } else { "\n" });
                }
                out.push_str(&"  ".repeat(indent));
                out.push('}');
            }
        }
    }
}

fn variant_json(v: &VariantResult) -> J {
    let (m, lo, hi) = stats(&v.samples_ms);
    let (sm, slo, shi) = stats(&v.speedups);
    J::Obj(vec![
        ("key", s(v.key)),
        ("name", s(v.name)),
        ("samples_ms", nums(&v.samples_ms)),
        ("median_ms", num(m)),
        ("min_ms", num(lo)),
        ("max_ms", num(hi)),
        (
            "speedup_vs_baseline",
            J::Obj(vec![
                ("samples", nums(&v.speedups)),
                ("median", num(sm)),
                ("min", num(slo)),
                ("max", num(shi)),
            ]),
        ),
    ])
}

pub fn json(r: &Report) -> String {
    let m = &r.machine;
    let st = &r.settings;
    let workloads = r
        .results
        .iter()
        .map(|w| {
            J::Obj(vec![
                ("id", s(w.workload.id)),
                ("title", s(w.workload.title)),
                (
                    "language",
                    s(match w.workload.program {
                        Program::Rust(_) => "rust",
                        Program::Python(_) => "python",
                    }),
                ),
                ("command", s(w.command.clone())),
                ("load_average_start", nums(&w.load_start)),
                ("load_average_end", nums(&w.load_end)),
                ("other_processes_cores", w.other_cores.map_or(J::Null, num)),
                ("baseline", s(w.workload.baseline)),
                ("sweep_variant", w.workload.sweep.map_or(J::Null, s)),
                (
                    "series",
                    J::Arr(
                        w.series
                            .iter()
                            .map(|se| {
                                J::Obj(vec![
                                    ("rayon_num_threads", opt_usize(se.threads)),
                                    (
                                        "variants",
                                        J::Arr(se.variants.iter().map(variant_json).collect()),
                                    ),
                                ])
                            })
                            .collect(),
                    ),
                ),
            ])
        })
        .collect();
    let targets = targets(r)
        .iter()
        .map(|t| {
            J::Obj(vec![
                ("description", s(t.description)),
                ("threshold", num(t.threshold)),
                ("measured", t.measured.map_or(J::Null, num)),
                ("met", t.met().map_or(J::Null, J::Bool)),
                ("basis", s(t.basis.clone())),
            ])
        })
        .collect();
    let groups = comparisons(r)
        .iter()
        .map(|g| {
            let reference = g.reference();
            J::Obj(vec![
                ("title", s(g.title)),
                (
                    "bars",
                    J::Arr(
                        g.bars
                            .iter()
                            .map(|b| {
                                J::Obj(vec![
                                    ("label", s(b.label.clone())),
                                    ("workload", s(b.workload)),
                                    ("variant", s(b.variant)),
                                    ("rayon_num_threads", opt_usize(b.threads)),
                                    ("median_ms", num(b.median)),
                                    ("min_ms", num(b.min)),
                                    ("max_ms", num(b.max)),
                                    (
                                        "times_faster_than_python_sequential",
                                        reference.map_or(J::Null, |p| num(p / b.median)),
                                    ),
                                ])
                            })
                            .collect(),
                    ),
                ),
            ])
        })
        .collect();
    let doc = J::Obj(vec![
        ("generator", s("cargo xtask bench")),
        ("mode", s(if st.quick { "quick" } else { "full" })),
        (
            "machine",
            J::Obj(vec![
                ("cores", J::Num(m.cores as f64, 0)),
                ("cpu", s(m.cpu.clone())),
                ("virtual_machine", J::Bool(m.virtual_machine)),
                ("os", s(m.os.clone())),
                ("kernel", s(m.kernel.clone())),
                ("arch", s(m.arch.clone())),
                ("rustc", s(m.rustc.clone())),
                ("python", m.python.clone().map_or(J::Null, s)),
                ("date_utc", s(m.date.clone())),
                ("load_average_before", nums(&m.load_before)),
                ("load_average_after", nums(&m.load_after)),
                (
                    "other_processes_cores_during_measurement",
                    r.other_cores.map_or(J::Null, num),
                ),
            ]),
        ),
        (
            "settings",
            J::Obj(vec![
                ("warmup_rust", J::Num(st.warmup_rust as f64, 0)),
                ("runs_rust", J::Num(st.runs_rust as f64, 0)),
                ("warmup_python", J::Num(st.warmup_python as f64, 0)),
                ("runs_python", J::Num(st.runs_python as f64, 0)),
                (
                    "pool_sizes",
                    J::Arr(r.pool_sizes.iter().map(|&n| J::Num(n as f64, 0)).collect()),
                ),
            ]),
        ),
        (
            "durations_s",
            J::Obj(vec![
                ("build", J::Num(r.build_seconds, 1)),
                ("measure", J::Num(r.measure_seconds, 1)),
            ]),
        ),
        (
            "skipped",
            J::Arr(r.skipped.iter().map(|x| s(x.clone())).collect()),
        ),
        ("workloads", J::Arr(workloads)),
        ("targets", J::Arr(targets)),
        ("python_vs_rust", J::Arr(groups)),
    ]);
    let mut out = String::new();
    doc.write(&mut out, 0);
    out.push('\n');
    out
}

// ---------------------------------------------------------------------------
// Tabel Markdown untuk Lampiran C. Setiap bagian diapit anchor, dan SEMUA
// anchor selalu ditulis (dengan catatan bila bagian itu tidak diukur),
// supaya include di lampiran tidak pernah menunjuk anchor yang hilang.

fn anchor(out: &mut String, name: &str, body: &str) {
    let _ = writeln!(out, "// ANCHOR: {name}");
    out.push_str(body);
    if !body.ends_with('\n') {
        out.push('\n');
    }
    let _ = writeln!(out, "// ANCHOR_END: {name}\n");
}

fn machine_table(r: &Report) -> String {
    let m = &r.machine;
    let st = &r.settings;
    let mut t = String::new();
    t.push_str("| Keterangan | Nilai |\n|---|---|\n");
    let _ = writeln!(t, "| CPU | {} |", m.cpu);
    let _ = writeln!(t, "| Jumlah core (`available_parallelism`) | {} |", m.cores);
    if m.virtual_machine {
        let _ = writeln!(
            t,
            "| Mesin virtual | ya (flag `hypervisor` di `/proc/cpuinfo`): core-nya vCPU |"
        );
    }
    let _ = writeln!(
        t,
        "| Sistem operasi | {} ({}, {}) |",
        m.os, m.kernel, m.arch
    );
    let _ = writeln!(t, "| Compiler | `{}` |", m.rustc);
    let _ = writeln!(
        t,
        "| Python | {} |",
        m.python
            .as_deref()
            .unwrap_or("tidak ada (perbandingan Python dilewati)")
    );
    let _ = writeln!(
        t,
        "| Waktu pengukuran | {} |",
        m.date.replace('T', " ").replace('Z', " UTC")
    );
    let _ = writeln!(
        t,
        "| Mode | {} |",
        if st.quick {
            "`cargo xtask bench --quick`"
        } else {
            "`cargo xtask bench`"
        }
    );
    let _ = writeln!(
        t,
        "| Run per program | Rust: {} pemanasan + {} run; Python: {} pemanasan + {} run |",
        st.warmup_rust, st.runs_rust, st.warmup_python, st.runs_python
    );
    let _ = writeln!(
        t,
        "| Ukuran pool rayon (`RAYON_NUM_THREADS`) | {} |",
        r.pool_sizes
            .iter()
            .map(usize::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    );
    let _ = writeln!(
        t,
        "| *Load average* (1 / 5 / 15 menit) sebelum → sesudah | {} → {} |",
        fmt_load(&m.load_before),
        fmt_load(&m.load_after)
    );
    if let Some(c) = r.other_cores {
        let _ = writeln!(
            t,
            "| CPU yang dipakai proses lain selama pengukuran (rata-rata) | {} core dari {} |",
            fmt_num(c, 2),
            m.cores
        );
    }
    let _ = writeln!(
        t,
        "| Lama pengukuran | {} s (ditambah build release {} s) |",
        fmt_num(r.measure_seconds, 0),
        fmt_num(r.build_seconds, 0)
    );
    t
}

fn variant_table(series: &Series, baseline: &str) -> String {
    let base = name_of(series, baseline);
    let mut t = format!(
        "| Varian | Median | Min – maks | Percepatan vs {base} (median) | Min – maks |\n|---|---:|---:|---:|---:|\n"
    );
    for v in &series.variants {
        let (m, lo, hi) = stats(&v.samples_ms);
        let (sm, slo, shi) = stats(&v.speedups);
        let _ = writeln!(
            t,
            "| {} | {} | {} | {} | {} – {} |",
            v.name,
            fmt_ms(m),
            fmt_range(lo, hi),
            fmt_x(sm),
            fmt_x(slo),
            fmt_x(shi)
        );
    }
    t
}

fn sweep_table(r: &Report, w: &super::WorkloadResult, key: &str) -> String {
    let cores = r.machine.cores;
    let base = name_of(&w.series[0], w.workload.baseline);
    let mut t = format!(
        "| Thread di pool rayon | Median {key} | Min – maks | Percepatan vs {base} (median) | Min – maks | Ideal |\n|---:|---:|---:|---:|---:|---:|\n"
    );
    for s in &w.series {
        let Some(v) = s.variants.iter().find(|v| v.key == key) else {
            continue;
        };
        let n = s.threads.unwrap_or(cores);
        let (m, lo, hi) = stats(&v.samples_ms);
        let (sm, slo, shi) = stats(&v.speedups);
        let note = if n > cores { " (> core)" } else { "" };
        let _ = writeln!(
            t,
            "| {n}{note} | {} | {} | {} | {} – {} | {} |",
            fmt_ms(m),
            fmt_range(lo, hi),
            fmt_x(sm),
            fmt_x(slo),
            fmt_x(shi),
            fmt_x(n.min(cores) as f64)
        );
    }
    t
}

fn not_measured(r: &Report, id: &str) -> String {
    let w = WORKLOADS.iter().find(|w| w.id == id);
    let why = match w.map(|w| w.program) {
        Some(Program::Python(_)) if r.machine.python.is_none() => {
            "python3 tidak ditemukan di mesin ini".to_string()
        }
        _ => "beban kerja ini tidak ada di tabel `WORKLOADS` saat run ini".to_string(),
    };
    format!("*Tidak diukur pada run ini: {why}.*\n")
}

/// Semua beban kerja yang punya anchor di tables.md, termasuk yang belum
/// tentu diukur di setiap run.
const TABLE_IDS: &[&str] = &[
    "optimizer",
    "gil",
    "prima",
    "gambar",
    "kontensi",
    "saringan",
    "py-gil",
    "py-prima",
];

/// Beban kerja dengan varian rayon yang diukur untuk setiap ukuran pool.
const SWEEP_IDS: &[&str] = &["gil", "prima", "gambar"];

pub fn tables(r: &Report) -> String {
    let cores = r.machine.cores;
    let mut out = String::from(
        "<!-- Dibuat oleh `cargo xtask bench` dari bench/results.json; jangan diedit manual. -->\n\n",
    );
    anchor(&mut out, "mesin", &machine_table(r));

    // Target.
    let mut t = String::from(
        "| Target | Ambang | Terukur | Status | Dasar angka |\n|---|---:|---:|---|---|\n",
    );
    for tr in targets(r) {
        let status = match tr.met() {
            Some(true) => "tercapai",
            Some(false) => "**tidak tercapai**",
            None => "belum diukur",
        };
        let _ = writeln!(
            t,
            "| {} | ≥ {} | {} | {status} | {} |",
            tr.description,
            fmt_x(tr.threshold),
            tr.measured.map_or("-".to_string(), fmt_x),
            tr.basis
        );
    }
    anchor(&mut out, "target", &t);

    for id in TABLE_IDS {
        let body = match r.workload(id) {
            Some(w) => {
                let main = w.main_series(cores);
                let mut b = String::new();
                if let Some(n) = main.threads {
                    let _ = writeln!(
                        b,
                        "Pool rayon: {n} thread (`RAYON_NUM_THREADS={n}`, sama dengan jumlah core). \
                         Perintah: `{}`.\n",
                        w.shown_command()
                    );
                } else {
                    let _ = writeln!(b, "Perintah: `{}`.\n", w.shown_command());
                }
                b.push_str(&variant_table(main, w.workload.baseline));
                if let Some(c) = w.other_cores {
                    let _ = writeln!(
                        b,
                        "\nSelama beban kerja ini diukur, proses lain memakai rata-rata {} core.",
                        fmt_num(c, 2)
                    );
                }
                b
            }
            None => not_measured(r, id),
        };
        anchor(&mut out, id, &body);
        if SWEEP_IDS.contains(id) {
            let sweep_body = match r
                .workload(id)
                .and_then(|w| w.workload.sweep.map(|k| (w, k)))
            {
                Some((w, key)) => sweep_table(r, w, key),
                None => not_measured(r, id),
            };
            anchor(&mut out, &format!("{id}-skala"), &sweep_body);
        }
    }

    // Python vs Rust: satu anchor untuk semuanya (Lampiran C) dan satu per
    // kelompok (untuk bab yang hanya membahas satu beban kerja).
    let mut all = String::new();
    let mut per_group = Vec::new();
    for g in comparisons(r) {
        let mut t = format!("**{}**\n\n", g.title);
        if g.bars.is_empty() {
            t.push_str("*Tidak diukur pada run ini.*\n");
        } else {
            t.push_str(&comparison_table(&g));
        }
        all.push_str(&t);
        all.push('\n');
        per_group.push((g.key, t));
    }
    anchor(&mut out, "python-rust", &all);
    for (key, t) in per_group {
        anchor(&mut out, &format!("python-rust-{key}"), &t);
    }
    out
}

fn comparison_table(g: &Group) -> String {
    let mut t = String::from(
        "| Program | Median | Min – maks | Dibanding Python berurutan |\n|---|---:|---:|---:|\n",
    );
    let reference = g.reference();
    for b in &g.bars {
        let vs = reference.map_or("-".to_string(), |p| {
            let x = p / b.median;
            if x >= 1.0 {
                format!("{} lebih cepat", fmt_x(x))
            } else {
                format!("{} lebih lambat", fmt_x(1.0 / x))
            }
        });
        let _ = writeln!(
            t,
            "| {} | {} | {} | {vs} |",
            b.label,
            fmt_ms(b.median),
            fmt_range(b.min, b.max)
        );
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indonesian_numbers() {
        assert_eq!(fmt_num(1234567.891, 2), "1.234.567,89");
        assert_eq!(fmt_num(-12.0, 0), "-12");
        assert_eq!(fmt_ms(8249.6), "8,25 s");
        assert_eq!(fmt_ms(588.3), "588 ms");
        assert_eq!(fmt_ms(40.12), "40,1 ms");
        assert_eq!(fmt_ms(2.5), "2,50 ms");
        assert_eq!(fmt_ms(0.0456), "45,6 µs");
        assert_eq!(fmt_ms(0.00012), "120 ns");
        assert_eq!(round_sig(44.41234567, 6), 44.4123);
        assert_eq!(round_sig(0.000120004, 3), 0.00012);
        assert_eq!(fmt_x(1.916), "1,92×");
        assert_eq!(fmt_x(110.4), "110×");
    }
}
