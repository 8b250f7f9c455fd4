//! Tabel perbandingan untuk tables.md: Python vs Rust, hasil tutorial di
//! samping hasil mesin ini, memori per thread/task/proses, dan hukum Amdahl.

use super::analysis::{Group, amdahl, amdahl_fits};
use super::config::Config;
use super::format::{fmt_kib, fmt_ms, fmt_num, fmt_range, fmt_x};
use super::results::{Results, WorkloadResult, median};
use super::tables::not_measured;
use std::fmt::Write as _;

pub fn comparison_table(r: &Results, g: &Group) -> String {
    let unit = g.unit.as_deref();
    let mut t = match unit {
        Some(u) => format!(
            "| Program | Median | Min – maks | Per {u} | Dibanding Python berurutan (per {u}) |\n|---|---:|---:|---:|---:|\n"
        ),
        None => {
            "| Program | Median | Min – maks | Dibanding Python berurutan |\n|---|---:|---:|---:|\n"
                .into()
        }
    };
    let reference = g.reference().map(|b| g.value(b));
    for b in &g.bars {
        let vs = match reference {
            _ if g.reference().is_some_and(|x| std::ptr::eq(x, b)) => "acuan".to_string(),
            Some(p) => {
                let x = p / g.value(b);
                if x >= 1.0 {
                    format!("{} lebih cepat", fmt_x(x))
                } else {
                    format!("{} lebih lambat", fmt_x(1.0 / x))
                }
            }
            None => "-".into(),
        };
        let per = b
            .per_unit
            .map(|p| format!(" {} |", fmt_ms(p)))
            .unwrap_or_default();
        let _ = writeln!(
            t,
            "| {} | {} | {} |{per} {vs} |",
            b.label,
            fmt_ms(b.median),
            fmt_range(b.min, b.max)
        );
    }
    let _ = r;
    t
}

pub fn tutorial_table(c: &Config, r: &Results) -> String {
    let tut = &c.tutorial;
    let (Some(py), Some(rs)) = (
        r.workload(&tut.python_workload),
        r.workload(&tut.rust_workload),
    ) else {
        return not_measured("eksperimen GIL Python atau Rust tidak ada");
    };
    let cores = r.machine.cores;
    let tut_work = 2.0 * tut.n as f64;
    // Waktu untuk N tutorial: waktu terukur dibagi kerja yang diukur.
    let scale = |w: &WorkloadResult| w.work.map_or(1.0, |k| tut_work / k);
    let cell = |w: &WorkloadResult, key: &str| {
        w.variant(key, None, cores).map_or("-".into(), |v| {
            let m = median(&v.samples_ms);
            let f = scale(w);
            if (f - 1.0).abs() < 1e-9 {
                fmt_ms(m)
            } else {
                format!("{} (untuk N tutorial: {})", fmt_ms(m), fmt_ms(m * f))
            }
        })
    };
    let n_of = |w: &WorkloadResult| {
        w.work
            .map_or(format!("N = {}", fmt_num(tut.n as f64, 0)), |k| {
                format!("N = {}", fmt_num(k / 2.0, 0))
            })
    };
    let mut t = format!(
        "| Cara | Tutorial (N = {}, mesin tidak disebut) | Python di mesin ini ({}) | Rust di mesin ini ({}) |\n|---|---:|---:|---:|\n",
        fmt_num(tut.n as f64, 0),
        n_of(py),
        n_of(rs)
    );
    let s = |x: f64| format!("{} s", fmt_num(x, 2));
    let rows = [
        (
            "Berurutan",
            s(tut.sequential_s),
            cell(py, "berurutan"),
            cell(rs, "berurutan"),
        ),
        (
            "Dua *thread*",
            s(tut.threading_s),
            cell(py, "2-thread"),
            cell(rs, "2-thread"),
        ),
        (
            "Dua proses (Rust: rayon)",
            s(tut.multiprocessing_s),
            cell(py, "2-proses"),
            cell(rs, "rayon"),
        ),
    ];
    for (name, a, b, d) in rows {
        let _ = writeln!(t, "| {name} | {a} | {b} | {d} |");
    }
    let _ = write!(t, "\nSumber angka tutorial: {}.\n", tut.source);
    t
}

pub fn memory_table(c: &Config, r: &Results) -> String {
    if r.memory.is_empty() {
        return not_measured(
            "pengukuran memori belum ada di results.json ini; jalankan `cargo xtask bench`",
        );
    }
    let mut t = String::from(
        "| Jenis | N | Rust: per unit (USS) | Rust: per unit (RSS) | Python: per unit (USS) | Python: per unit (RSS) |\n|---|---:|---:|---:|---:|---:|\n",
    );
    for k in &c.memory {
        let get = |lang: &str, uss: bool| {
            r.memory
                .iter()
                .find(|m| m.kind == k.kind && m.language == lang)
                .map_or("-".into(), |m| {
                    let xs = if uss { &m.uss_kib } else { &m.rss_kib };
                    fmt_kib(median(xs) / m.n as f64)
                })
        };
        let n = r
            .memory
            .iter()
            .find(|m| m.kind == k.kind)
            .map_or(k.n, |m| m.n);
        let _ = writeln!(
            t,
            "| {} | {} | {} | {} | {} | {} |",
            k.name,
            fmt_num(n as f64, 0),
            get("rust", true),
            get("rust", false),
            get("python", true),
            get("python", false)
        );
    }
    let runs = r.memory.first().map_or(0, |m| m.rss_kib.len());
    let _ = write!(
        t,
        "\nMedian {runs} run: memori tambahan saat N unit hidup bersamaan, dibagi N. Perintah: \
         `cargo run --release --bin {} -- JENIS N` dan `python3 {} JENIS N`.\n",
        c.memory_programs.rust, c.memory_programs.python
    );
    t
}

pub fn amdahl_table(c: &Config, r: &Results) -> String {
    let fits = amdahl_fits(c, r);
    if fits.is_empty() {
        return not_measured("tidak ada sapuan ukuran pool dengan pool 1 thread");
    }
    let mut t = String::from(
        "| Beban kerja | Percepatan terukur, pool 2 vs pool 1 | Fraksi serial *s* | Ramalan untuk 8 core | Batas (1/*s*) |\n|---|---:|---:|---:|---:|\n",
    );
    for f in &fits {
        let s2 = f
            .points
            .iter()
            .find(|p| p.0 == 2)
            .map_or("-".into(), |p| fmt_x(p.2));
        let s_text = if f.serial_raw < 0.0 {
            format!(
                "0 (terukur {}: di atas ideal, derau)",
                fmt_num(f.serial_raw, 3)
            )
        } else {
            fmt_num(f.serial, 3)
        };
        let limit = if f.serial > 0.0 {
            fmt_x(1.0 / f.serial)
        } else {
            "tak terbatas".into()
        };
        let _ = writeln!(
            t,
            "| {} | {s2} | {s_text} | {} | {limit} |",
            f.title,
            fmt_x(amdahl(f.serial, 8.0))
        );
    }
    t
}
