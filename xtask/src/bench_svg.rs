//! Grafik SVG untuk Lampiran C, dibuat langsung dari hasil pengukuran (tanpa
//! alat luar). Setiap grafik punya latar putih sendiri, jadi terbaca sama baik
//! di tema terang maupun gelap mdBook.

use super::report::{Lang, comparisons, fmt_ms, fmt_num, fmt_x};
use super::{Report, median, stats};
use std::fmt::Write as _;

/// Huruf yang sama dengan diagram lain di src/img/ (dan teks mdBook).
const FONT: &str = "'Open Sans', 'Segoe UI', Helvetica, Arial, sans-serif";
const TEXT: &str = "#1f2328";
const MUTED: &str = "#57606a";
const GRID: &str = "#d8dee4";
const SHADE: &str = "#f3f4f6";
const PALETTE: &[&str] = &["#0969da", "#cf222e", "#1a7f37", "#8250df", "#bc4c00"];
const PYTHON: &str = "#3776ab";
const RUST: &str = "#b7410e";

/// Semua grafik: (nama berkas, isi SVG).
pub fn charts(r: &Report) -> Vec<(String, String)> {
    vec![
        ("bench-skala.svg".to_string(), scaling(r)),
        ("bench-python-rust.svg".to_string(), python_vs_rust(r)),
        (
            "bench-kontensi-saringan.svg".to_string(),
            contention_and_sieve(r),
        ),
    ]
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn header(out: &mut String, w: f64, h: f64, title: &str, subtitle: &str) {
    let _ = writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img" aria-labelledby="judul keterangan" font-family="{FONT}" font-size="13" fill="{TEXT}">"#
    );
    let _ = writeln!(out, r#"<title id="judul">{}</title>"#, esc(title));
    let _ = writeln!(out, r#"<desc id="keterangan">{}</desc>"#, esc(subtitle));
    let _ = writeln!(
        out,
        r##"<rect x="0.5" y="0.5" width="{}" height="{}" rx="8" fill="#ffffff" stroke="{GRID}"/>"##,
        w - 1.0,
        h - 1.0
    );
    let _ = writeln!(
        out,
        r#"<text x="20" y="30" font-size="16" font-weight="bold">{}</text>"#,
        esc(title)
    );
    let _ = writeln!(
        out,
        r#"<text x="20" y="50" font-size="12" fill="{MUTED}">{}</text>"#,
        esc(subtitle)
    );
}

fn machine_line(r: &Report) -> String {
    let m = &r.machine;
    format!(
        "{}, {} core · {} · {}",
        m.cpu,
        m.cores,
        m.rustc.split(" (").next().unwrap_or(&m.rustc),
        &m.date[..10.min(m.date.len())]
    )
}

/// Label sumbu y tanpa ",0" yang tidak perlu.
fn tick_label(x: f64) -> String {
    if (x - x.round()).abs() < 1e-9 {
        fmt_num(x, 0)
    } else {
        fmt_num(x, 1)
    }
}

// ---------------------------------------------------------------------------
// Percepatan terhadap jumlah thread.

/// (indeks ukuran pool, median, min, maks) percepatan.
type Point = (usize, f64, f64, f64);

fn scaling(r: &Report) -> String {
    let cores = r.machine.cores;
    let sizes = &r.pool_sizes;
    let mut series: Vec<(String, Vec<Point>)> = Vec::new();
    for w in &r.results {
        let Some(key) = w.workload.sweep else {
            continue;
        };
        let mut points = Vec::new();
        for s in &w.series {
            let (Some(n), Some(v)) = (s.threads, s.variants.iter().find(|v| v.key == key)) else {
                continue;
            };
            if let Some(i) = sizes.iter().position(|&x| x == n) {
                let (m, lo, hi) = stats(&v.speedups);
                points.push((i, m, lo, hi));
            }
        }
        series.push((w.workload.short.to_string(), points));
    }

    let (w, h) = (780.0, 450.0);
    let (left, right, top, bottom) = (70.0, w - 230.0, 80.0, h - 62.0);
    let mut out = String::new();
    header(
        &mut out,
        w,
        h,
        "Percepatan rayon terhadap jumlah thread",
        &format!(
            "{} · median {} run (garis tipis: min–maks)",
            machine_line(r),
            r.settings.runs_rust
        ),
    );
    let k = sizes.len() as f64;
    let x_of = |i: usize| left + (i as f64 + 0.5) * (right - left) / k;
    let max_seen = series
        .iter()
        .flat_map(|(_, p)| p.iter().map(|q| q.3))
        .fold(cores as f64, f64::max);
    let step = if max_seen <= 3.0 {
        0.5
    } else if max_seen <= 10.0 {
        1.0
    } else {
        2.0
    };
    let y_max = ((max_seen * 1.12) / step).ceil() * step;
    let y_of = |v: f64| bottom - v / y_max * (bottom - top);

    // Daerah "lebih banyak thread daripada core".
    if let Some(first_over) = sizes.iter().position(|&n| n > cores) {
        let x0 = if first_over == 0 {
            left
        } else {
            (x_of(first_over - 1) + x_of(first_over)) / 2.0
        };
        let _ = writeln!(
            out,
            r#"<rect x="{x0:.1}" y="{top}" width="{:.1}" height="{:.1}" fill="{SHADE}"/>"#,
            right - x0,
            bottom - top
        );
        let _ = writeln!(
            out,
            r#"<text x="{:.1}" y="{:.1}" font-size="11" fill="{MUTED}" text-anchor="middle">thread &gt; core</text>"#,
            (x0 + right) / 2.0,
            top + 14.0
        );
    }
    // Grid dan sumbu y.
    let mut v = 0.0;
    while v <= y_max + 1e-9 {
        let y = y_of(v);
        let _ = writeln!(
            out,
            r#"<line x1="{left}" y1="{y:.1}" x2="{right}" y2="{y:.1}" stroke="{GRID}"/>"#
        );
        let _ = writeln!(
            out,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="end" font-size="12" fill="{MUTED}">{}×</text>"#,
            left - 8.0,
            y + 4.0,
            tick_label(v)
        );
        v += step;
    }
    let _ = writeln!(
        out,
        r#"<line x1="{left}" y1="{bottom}" x2="{right}" y2="{bottom}" stroke="{MUTED}"/>"#
    );
    for (i, n) in sizes.iter().enumerate() {
        let _ = writeln!(
            out,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="middle">{n}</text>"#,
            x_of(i),
            bottom + 18.0
        );
    }
    let _ = writeln!(
        out,
        r#"<text x="{:.1}" y="{:.1}" text-anchor="middle" font-size="12" fill="{MUTED}">thread di pool rayon (RAYON_NUM_THREADS)</text>"#,
        (left + right) / 2.0,
        bottom + 40.0
    );
    let _ = writeln!(
        out,
        r#"<text transform="translate(18 {:.1}) rotate(-90)" text-anchor="middle" font-size="12" fill="{MUTED}">percepatan (× berurutan)</text>"#,
        (top + bottom) / 2.0
    );

    // Garis ideal: percepatan = jumlah thread, sampai jumlah core.
    let ideal: Vec<String> = sizes
        .iter()
        .enumerate()
        .map(|(i, &n)| format!("{:.1},{:.1}", x_of(i), y_of(n.min(cores) as f64)))
        .collect();
    let _ = writeln!(
        out,
        r#"<polyline points="{}" fill="none" stroke="{MUTED}" stroke-width="2" stroke-dasharray="6 5"/>"#,
        ideal.join(" ")
    );

    // Seri, lalu label nilai yang dijauhkan satu sama lain per kolom.
    let mut labels: Vec<Vec<(f64, String, &str)>> = vec![Vec::new(); sizes.len()];
    for (si, (_, points)) in series.iter().enumerate() {
        let color = PALETTE[si % PALETTE.len()];
        let pts: Vec<String> = points
            .iter()
            .map(|&(i, m, _, _)| format!("{:.1},{:.1}", x_of(i), y_of(m)))
            .collect();
        let _ = writeln!(
            out,
            r#"<polyline points="{}" fill="none" stroke="{color}" stroke-width="2.5"/>"#,
            pts.join(" ")
        );
        for &(i, m, lo, hi) in points {
            let x = x_of(i);
            let _ = writeln!(
                out,
                r#"<line x1="{x:.1}" y1="{:.1}" x2="{x:.1}" y2="{:.1}" stroke="{color}" stroke-width="1.2"/>"#,
                y_of(lo),
                y_of(hi)
            );
            let _ = writeln!(
                out,
                r##"<circle cx="{x:.1}" cy="{:.1}" r="4.5" fill="{color}" stroke="#ffffff" stroke-width="1.5"/>"##,
                y_of(m)
            );
            labels[i].push((y_of(m), fmt_x(m), color));
        }
    }
    for (i, col) in labels.iter_mut().enumerate() {
        col.sort_by(|a, b| a.0.total_cmp(&b.0));
        let mut last = f64::NEG_INFINITY;
        for (y, text, color) in col.iter() {
            let y = (y + 4.0).max(last + 14.0);
            last = y;
            let _ = writeln!(
                out,
                r##"<text x="{:.1}" y="{y:.1}" font-size="12" font-weight="bold" fill="{color}" stroke="#ffffff" stroke-width="3" paint-order="stroke">{}</text>"##,
                x_of(i) + 11.0,
                esc(text)
            );
        }
    }

    // Legenda.
    let lx = right + 22.0;
    let mut ly = top + 8.0;
    let _ = writeln!(
        out,
        r#"<line x1="{lx}" y1="{ly}" x2="{:.1}" y2="{ly}" stroke="{MUTED}" stroke-width="2" stroke-dasharray="6 5"/>"#,
        lx + 26.0
    );
    let _ = writeln!(
        out,
        r#"<text x="{:.1}" y="{:.1}" font-size="12">ideal (linier sampai {cores} core)</text>"#,
        lx + 34.0,
        ly + 4.0
    );
    for (si, (name, _)) in series.iter().enumerate() {
        ly += 24.0;
        let color = PALETTE[si % PALETTE.len()];
        let _ = writeln!(
            out,
            r#"<line x1="{lx}" y1="{ly}" x2="{:.1}" y2="{ly}" stroke="{color}" stroke-width="2.5"/>"#,
            lx + 26.0
        );
        let _ = writeln!(
            out,
            r#"<circle cx="{:.1}" cy="{ly}" r="4" fill="{color}"/>"#,
            lx + 13.0
        );
        let _ = writeln!(
            out,
            r#"<text x="{:.1}" y="{:.1}" font-size="12">{}</text>"#,
            lx + 34.0,
            ly + 4.0,
            esc(name)
        );
    }
    if series.is_empty() {
        let _ = writeln!(
            out,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="middle" fill="{MUTED}">belum ada beban kerja rayon yang diukur</text>"#,
            (left + right) / 2.0,
            (top + bottom) / 2.0
        );
    }
    out.push_str("</svg>\n");
    out
}

// ---------------------------------------------------------------------------
// Batang horizontal berskala logaritmik (waktu, ms).

struct HBar {
    label: String,
    median: f64,
    min: f64,
    max: f64,
    color: &'static str,
    note: String,
}

struct HGroup {
    title: String,
    bars: Vec<HBar>,
}

fn decade_label(ms: f64) -> String {
    if ms >= 1000.0 {
        format!("{} s", tick_label(ms / 1000.0))
    } else if ms >= 1.0 {
        format!("{} ms", tick_label(ms))
    } else {
        format!("{} ms", fmt_num(ms, (-ms.log10()).ceil() as usize))
    }
}

fn hbars(
    title: &str,
    subtitle: &str,
    groups: &[HGroup],
    legend: &[(&str, &str)],
    footnote: &str,
) -> String {
    let w = 860.0;
    let (label_right, plot_left, plot_right) = (250.0, 262.0, w - 235.0);
    let (row, group_gap, top) = (24.0, 30.0, 70.0);
    let n_bars: usize = groups.iter().map(|g| g.bars.len()).sum();
    let plot_h = groups.len() as f64 * group_gap + n_bars as f64 * row;
    let bottom = top + plot_h.max(60.0);
    let h = bottom + if footnote.is_empty() { 55.0 } else { 73.0 };
    let mut out = String::new();
    header(&mut out, w, h, title, subtitle);

    let all = groups.iter().flat_map(|g| g.bars.iter());
    let lo = all
        .clone()
        .map(|b| b.min)
        .fold(f64::INFINITY, f64::min)
        .max(1e-3);
    let hi = all.map(|b| b.max).fold(0.0, f64::max).max(lo * 10.0);
    let (d0, d1) = (lo.log10().floor(), hi.log10().ceil());
    let x_of = |ms: f64| {
        plot_left + (ms.max(10f64.powf(d0)).log10() - d0) / (d1 - d0) * (plot_right - plot_left)
    };

    // Legenda di kanan atas.
    let mut lx = w - 20.0;
    for (name, color) in legend.iter().rev() {
        lx -= 8.0 * name.len() as f64 + 34.0;
        let _ = writeln!(
            out,
            r#"<rect x="{lx:.1}" y="22" width="14" height="14" rx="2" fill="{color}"/>"#
        );
        let _ = writeln!(
            out,
            r#"<text x="{:.1}" y="33" font-size="12">{}</text>"#,
            lx + 20.0,
            esc(name)
        );
    }

    // Grid per dekade (dan garis tipis di 2x dan 5x).
    let mut d = d0;
    while d <= d1 + 1e-9 {
        let base = 10f64.powf(d);
        let x = x_of(base);
        let _ = writeln!(
            out,
            r#"<line x1="{x:.1}" y1="{:.1}" x2="{x:.1}" y2="{bottom:.1}" stroke="{GRID}"/>"#,
            top + 8.0
        );
        let _ = writeln!(
            out,
            r#"<text x="{x:.1}" y="{:.1}" text-anchor="middle" font-size="12" fill="{MUTED}">{}</text>"#,
            bottom + 18.0,
            decade_label(base)
        );
        if d < d1 {
            for m in [2.0, 5.0] {
                let xm = x_of(base * m);
                let _ = writeln!(
                    out,
                    r#"<line x1="{xm:.1}" y1="{:.1}" x2="{xm:.1}" y2="{bottom:.1}" stroke="{GRID}" stroke-dasharray="2 4"/>"#,
                    top + 8.0
                );
            }
        }
        d += 1.0;
    }
    let _ = writeln!(
        out,
        r#"<text x="{:.1}" y="{:.1}" text-anchor="middle" font-size="12" fill="{MUTED}">waktu (median; skala logaritmik: setiap garis utama = 10× lipat)</text>"#,
        (plot_left + plot_right) / 2.0,
        bottom + 40.0
    );
    if !footnote.is_empty() {
        let _ = writeln!(
            out,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="middle" font-size="12" fill="{MUTED}">{}</text>"#,
            (plot_left + plot_right) / 2.0,
            bottom + 58.0,
            esc(footnote)
        );
    }

    let mut y = top;
    for g in groups {
        y += group_gap;
        let _ = writeln!(
            out,
            r#"<text x="20" y="{:.1}" font-weight="bold">{}</text>"#,
            y - 9.0,
            esc(&g.title)
        );
        if g.bars.is_empty() {
            let _ = writeln!(
                out,
                r#"<text x="{plot_left}" y="{:.1}" fill="{MUTED}">tidak diukur pada run ini</text>"#,
                y + 8.0
            );
        }
        for b in &g.bars {
            let cy = y + row / 2.0;
            let _ = writeln!(
                out,
                r#"<text x="{label_right}" y="{:.1}" text-anchor="end">{}</text>"#,
                cy + 4.5,
                esc(&b.label)
            );
            let x1 = x_of(b.median);
            let _ = writeln!(
                out,
                r#"<rect x="{plot_left}" y="{:.1}" width="{:.1}" height="16" rx="2" fill="{}"/>"#,
                cy - 8.0,
                (x1 - plot_left).max(1.0),
                b.color
            );
            let (xa, xb) = (x_of(b.min), x_of(b.max));
            let _ = writeln!(
                out,
                r#"<path d="M{xa:.1} {:.1}V{:.1}M{xa:.1} {cy:.1}H{xb:.1}M{xb:.1} {:.1}V{:.1}" stroke="{TEXT}" stroke-width="1.2" fill="none"/>"#,
                cy - 5.0,
                cy + 5.0,
                cy - 5.0,
                cy + 5.0
            );
            let text = if b.note.is_empty() {
                fmt_ms(b.median)
            } else {
                format!("{} · {}", fmt_ms(b.median), b.note)
            };
            let _ = writeln!(
                out,
                r#"<text x="{:.1}" y="{:.1}" font-size="12">{}</text>"#,
                xb.max(x1) + 8.0,
                cy + 4.5,
                esc(&text)
            );
            y += row;
        }
    }
    out.push_str("</svg>\n");
    out
}

/// "12,8× lebih cepat" / "1,22× lebih lambat" (waktu pembanding / waktu).
fn faster_note(reference: f64, t: f64) -> String {
    let x = reference / t;
    if (x - 1.0).abs() < 0.005 {
        String::new()
    } else if x >= 1.0 {
        format!("{} lebih cepat", fmt_x(x))
    } else {
        format!("{} lebih lambat", fmt_x(1.0 / x))
    }
}

fn python_vs_rust(r: &Report) -> String {
    let groups: Vec<HGroup> = comparisons(r)
        .into_iter()
        .map(|g| {
            let reference = g.reference();
            HGroup {
                title: g.title.to_string(),
                bars: g
                    .bars
                    .iter()
                    .map(|b| HBar {
                        label: b.label.clone(),
                        median: b.median,
                        min: b.min,
                        max: b.max,
                        color: if b.lang == Lang::Python { PYTHON } else { RUST },
                        note: reference.map_or(String::new(), |p| faster_note(p, b.median)),
                    })
                    .collect(),
            }
        })
        .collect();
    let subtitle = match &r.machine.python {
        Some(py) => format!("{} · {py}", machine_line(r)),
        None => format!("{} · python3 tidak ada: hanya Rust", machine_line(r)),
    };
    hbars(
        "Python vs Rust, pekerjaan yang sama di mesin yang sama",
        &subtitle,
        &groups,
        &[("Python", PYTHON), ("Rust", RUST)],
        "“× lebih cepat/lambat” dibanding Python berurutan di grup yang sama",
    )
}

fn contention_and_sieve(r: &Report) -> String {
    let cores = r.machine.cores;
    let groups: Vec<HGroup> = ["kontensi", "saringan"]
        .iter()
        .filter_map(|id| r.workload(id))
        .map(|w| {
            let main = w.main_series(cores);
            let base = main
                .variants
                .iter()
                .find(|v| v.key == w.workload.baseline)
                .expect("varian pembanding ada");
            HGroup {
                title: w.workload.short.to_string(),
                bars: main
                    .variants
                    .iter()
                    .enumerate()
                    .map(|(i, v)| {
                        let (m, lo, hi) = stats(&v.samples_ms);
                        HBar {
                            label: v.name.to_string(),
                            median: m,
                            min: lo,
                            max: hi,
                            color: PALETTE[i % PALETTE.len()],
                            // Sama dengan tabel: median rasio per run.
                            note: if v.key == w.workload.baseline {
                                String::new()
                            } else {
                                format!(
                                    "{} dari {}",
                                    faster_note(median(&v.speedups), 1.0),
                                    base.name
                                )
                            },
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    hbars(
        "Kontensi dan algoritma: yang lebih menentukan daripada jumlah thread",
        &format!(
            "{} · median {} run (garis hitam: min–maks)",
            machine_line(r),
            r.settings.runs_rust
        ),
        &groups,
        &[],
        "",
    )
}
