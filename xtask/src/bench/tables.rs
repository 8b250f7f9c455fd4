//! `bench/tables.md`: tabel Markdown yang di-include Lampiran C dan bab-bab
//! lain lewat anchor. SEMUA anchor selalu ditulis (dengan catatan bila
//! bagiannya tidak diukur), supaya include tidak pernah menunjuk anchor yang
//! hilang.

use super::analysis::{comparisons, targets};
use super::config::Config;
use super::extra::{amdahl_table, comparison_table, memory_table, tutorial_table};
use super::format::{fmt_load, fmt_ms, fmt_num, fmt_range, fmt_x};
use super::results::{Results, Series, WorkloadResult, median, stats};
use std::fmt::Write as _;

fn anchor(out: &mut String, name: &str, body: &str) {
    let _ = writeln!(out, "// ANCHOR: {name}");
    out.push_str(body);
    if !body.ends_with('\n') {
        out.push('\n');
    }
    let _ = writeln!(out, "// ANCHOR_END: {name}\n");
}

pub fn not_measured(why: &str) -> String {
    format!("*Belum diukur pada run ini: {why}.*\n")
}

fn machine_table(r: &Results) -> String {
    let m = &r.machine;
    let st = &r.settings;
    let mut t = String::from("| Keterangan | Nilai |\n|---|---|\n");
    let mut row = |k: &str, v: String| {
        let _ = writeln!(t, "| {k} | {v} |");
    };
    row("CPU", m.cpu.clone());
    row("Jumlah core (`available_parallelism`)", m.cores.to_string());
    if m.virtual_machine {
        row(
            "Mesin virtual",
            "ya (flag `hypervisor` di `/proc/cpuinfo`): core-nya vCPU".into(),
        );
    }
    row(
        "Sistem operasi",
        format!("{} ({}, {})", m.os, m.kernel, m.arch),
    );
    row("Compiler", format!("`{}`", m.rustc));
    row(
        "Python",
        m.python
            .clone()
            .unwrap_or("tidak ada (perbandingan Python dilewati)".into()),
    );
    row(
        "Waktu pengukuran",
        m.date_utc.replace('T', " ").replace('Z', " UTC"),
    );
    row(
        "Mode",
        if r.quick() {
            "`cargo xtask bench --quick`"
        } else {
            "`cargo xtask bench`"
        }
        .into(),
    );
    row(
        "Run per program",
        format!(
            "Rust: {} pemanasan + {} run; Python: {} pemanasan + {} run{}",
            st.warmup_rust,
            st.runs_rust,
            st.warmup_python,
            st.runs_python,
            if st.interleaved {
                "; semua program bergiliran setiap putaran"
            } else {
                ""
            }
        ),
    );
    let sizes: Vec<String> = st.pool_sizes.iter().map(usize::to_string).collect();
    row("Ukuran pool rayon (`RAYON_NUM_THREADS`)", sizes.join(", "));
    row(
        "*Load average* (1 / 5 / 15 menit) sebelum → sesudah",
        format!(
            "{} → {}",
            fmt_load(m.load_average_before),
            fmt_load(m.load_average_after)
        ),
    );
    if let Some(c) = m.other_processes_cores_during_measurement {
        row(
            "CPU yang dipakai proses lain selama pengukuran (rata-rata)",
            format!("{} core dari {}", fmt_num(c, 2), m.cores),
        );
    }
    row(
        "Lama pengukuran",
        format!(
            "{} s (ditambah build release {} s)",
            fmt_num(r.durations_s.measure, 0),
            fmt_num(r.durations_s.build, 0)
        ),
    );
    t
}

/// Kolom percepatan: baris pembanding ditulis "acuan", bukan "1,00×".
fn speedup_cells(is_base: bool, s: &[f64]) -> (String, String) {
    if is_base {
        return ("acuan".into(), "–".into());
    }
    let (m, lo, hi) = stats(s);
    (fmt_x(m), format!("{} – {}", fmt_x(lo), fmt_x(hi)))
}

fn variant_table(series: &Series, baseline: &str) -> String {
    let base = series.variant(baseline).map_or("?", |v| v.name.as_str());
    let mut t = format!(
        "| Varian | Median | Min – maks | Percepatan vs {base} (median per putaran) | Min – maks |\n|---|---:|---:|---:|---:|\n"
    );
    for v in &series.variants {
        let (m, lo, hi) = stats(&v.samples_ms);
        let (s, srange) = speedup_cells(v.key == baseline, &v.speedup_vs_baseline.samples);
        let _ = writeln!(
            t,
            "| {} | {} | {} | {s} | {srange} |",
            v.name,
            fmt_ms(m),
            fmt_range(lo, hi)
        );
    }
    t
}

/// Catatan di bawah tabel: ketenangan mesin, ulangan, run yang terlalu singkat.
fn notes(r: &Results, w: &WorkloadResult) -> String {
    let mut b = String::new();
    let quiet = r.settings.quiet_cores.unwrap_or(0.1);
    if let Some(c) = w.other_processes_cores {
        let _ = write!(
            b,
            "\nSelama beban kerja ini diukur, proses lain memakai rata-rata {} core",
            fmt_num(c, 2)
        );
        if c > quiet {
            let _ = write!(b, " (**di atas ambang {} core**)", fmt_num(quiet, 1));
        }
        b.push('.');
    }
    if let Some(a) = &w.other_attempt {
        let _ = write!(
            b,
            " Beban kerja ini terganggu lebih dari {} core, jadi diulang sekali di akhir; tabel memakai \
             percobaan yang lebih tenang (percobaan {} yang tidak dipakai: {} core).",
            fmt_num(quiet, 1),
            a.which,
            a.other_processes_cores
                .map_or("-".into(), |c| fmt_num(c, 2))
        );
    }
    if !w.short_runs.is_empty() {
        let _ = write!(
            b,
            " {} kali sebuah varian berjalan kurang dari {}: {}.",
            w.short_runs.len(),
            fmt_ms(w.min_variant_ms.unwrap_or(250.0)),
            w.short_runs.join("; ")
        );
    }
    if !b.is_empty() {
        b.push('\n');
    }
    b
}

fn sweep_table(r: &Results, w: &WorkloadResult, key: &str) -> String {
    let cores = r.machine.cores;
    let t1 = w
        .series
        .iter()
        .find(|s| s.rayon_num_threads == Some(1))
        .and_then(|s| s.variant(key))
        .map(|v| median(&v.samples_ms));
    let mut t = format!(
        "| Thread di pool rayon | Median {key} | Min – maks | Dibanding pool 1 thread (median / median) | Ideal |\n|---:|---:|---:|---:|---:|\n"
    );
    for s in &w.series {
        let Some(v) = s.variant(key) else { continue };
        let n = s.rayon_num_threads.unwrap_or(cores);
        let (m, lo, hi) = stats(&v.samples_ms);
        let vs1 = if n == 1 {
            "acuan".into()
        } else {
            t1.map_or("-".into(), |t1| fmt_x(t1 / m))
        };
        let note = if n > cores { " (> core)" } else { "" };
        let _ = writeln!(
            t,
            "| {n}{note} | {} | {} | {vs1} | {} |",
            fmt_ms(m),
            fmt_range(lo, hi),
            fmt_x(n.min(cores) as f64)
        );
    }
    t
}

pub fn render(c: &Config, r: &Results) -> String {
    let cores = r.machine.cores;
    let mut out = String::from(
        "<!-- Dibuat oleh `cargo xtask bench` dari bench/results.json; jangan diedit manual. -->\n\n",
    );
    anchor(&mut out, "mesin", &machine_table(r));
    let mut t = String::from(
        "| Target | Ambang | Terukur | Status | Dasar angka |\n|---|---:|---:|---|---|\n",
    );
    for tr in targets(c, r) {
        let status = match tr.met() {
            Some(true) => "tercapai",
            Some(false) => "**tidak tercapai**",
            None => "belum diukur",
        };
        let measured = tr.measured.map_or("-".to_string(), fmt_x);
        let _ = writeln!(
            t,
            "| {} | ≥ {} | {measured} | {status} | {} |",
            tr.description,
            fmt_x(tr.threshold),
            tr.basis
        );
    }
    anchor(&mut out, "target", &t);
    for w in &c.workloads {
        let body = match r.workload(&w.id) {
            Some(wr) => {
                let main = wr.main_series(cores);
                let mut b = match main.rayon_num_threads {
                    Some(n) => format!(
                        "Pool rayon: {n} thread (`RAYON_NUM_THREADS={n}`, sama dengan jumlah core). Perintah: `{}`.\n\n",
                        wr.shown_command()
                    ),
                    None => format!("Perintah: `{}`.\n\n", wr.shown_command()),
                };
                b.push_str(&variant_table(main, &wr.baseline));
                b.push_str(&notes(r, wr));
                b
            }
            None if w.is_python() && r.machine.python.is_none() => {
                not_measured("python3 tidak ditemukan")
            }
            None => not_measured("beban kerja ini belum ada saat run ini"),
        };
        anchor(&mut out, &w.id, &body);
        if let Some(key) = &w.sweep {
            let body = r.workload(&w.id).map_or_else(
                || not_measured("beban kerja ini belum ada saat run ini"),
                |wr| sweep_table(r, wr, key),
            );
            anchor(&mut out, &format!("{}-skala", w.id), &body);
        }
    }
    let mut all = String::new();
    let mut per_group = Vec::new();
    for g in comparisons(c, r) {
        let mut t = format!("**{}**\n\n", g.title);
        if g.bars.is_empty() {
            t.push_str("*Belum diukur pada run ini.*\n");
        } else {
            t.push_str(&comparison_table(r, &g));
        }
        all.push_str(&t);
        all.push('\n');
        per_group.push((g.key, t));
    }
    anchor(&mut out, "python-rust", &all);
    for (key, t) in per_group {
        anchor(&mut out, &format!("python-rust-{key}"), &t);
    }
    anchor(&mut out, "tutorial", &tutorial_table(c, r));
    anchor(&mut out, "memori", &memory_table(c, r));
    anchor(&mut out, "amdahl", &amdahl_table(c, r));
    out
}
