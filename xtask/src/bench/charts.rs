//! Grafik SVG Lampiran C, digambar dengan plotters (backend SVG, tanpa fitur
//! font: teksnya elemen `<text>` yang digambar browser). Semua grafik bisa
//! dibuat plotters; tidak ada lagi SVG yang disusun tangan. Yang tidak
//! dibuat plotters hanyalah teks alternatif untuk pembaca layar: itu ada di
//! teks `![...]` gambar di Lampiran C.

use super::analysis::{amdahl, amdahl_fits, comparisons};
use super::config::{Config, Lang};
use super::format::{fmt_ms, fmt_num};
use super::results::{Results, median, stats};
use plotters::coord::ranged1d::SegmentValue;
use plotters::prelude::*;

const FONT: &str = "sans-serif";
/// Ukuran teks grafik. Grafik selebar 640 px tampil sekitar 285 px di layar
/// ponsel 390 px (uji browser layar-sempit.mjs); teks 24 px menjadi sekitar
/// 10,7 px di sana.
const TEXT: u32 = 24;
const CAPTION: u32 = 24;
const PALETTE: [RGBColor; 4] = [
    RGBColor(0x09, 0x69, 0xda),
    RGBColor(0xcf, 0x22, 0x2e),
    RGBColor(0x1a, 0x7f, 0x37),
    RGBColor(0x82, 0x50, 0xdf),
];
const PYTHON: RGBColor = RGBColor(0x37, 0x76, 0xab);
const RUST: RGBColor = RGBColor(0xb7, 0x41, 0x0e);
const GREY: RGBColor = RGBColor(0x57, 0x60, 0x6a);

type Draw<'a> = DrawingArea<SVGBackend<'a>, plotters::coord::Shift>;

/// Semua grafik: (nama berkas, isi SVG).
pub fn charts(c: &Config, r: &Results) -> Vec<(String, String)> {
    vec![
        (
            "bench-skala.svg".into(),
            svg((640, 480), |a| scaling(c, r, a)),
        ),
        (
            "bench-amdahl.svg".into(),
            svg((640, 480), |a| amdahl_chart(c, r, a)),
        ),
        (
            "bench-python-rust.svg".into(),
            svg((640, 680), |a| python_rust(c, r, a)),
        ),
        (
            "bench-kontensi-saringan.svg".into(),
            svg((640, 460), |a| contention(r, a)),
        ),
    ]
}

fn svg(size: (u32, u32), draw: impl FnOnce(&Draw) -> Result<(), String>) -> String {
    let mut text = String::new();
    {
        let area = SVGBackend::with_string(&mut text, size).into_drawing_area();
        let result = area
            .fill(&WHITE)
            .map_err(|e| e.to_string())
            .and_then(|()| draw(&area))
            .and_then(|()| area.present().map_err(|e| e.to_string()));
        if let Err(e) = result {
            // Grafik yang gagal tetap berupa SVG yang sah, dengan pesannya.
            let _ = area.draw(&Text::new(
                format!("grafik gagal: {e}"),
                (20, 20),
                (FONT, TEXT),
            ));
        }
    }
    text.push('\n');
    text
}

fn e<T: std::fmt::Display>(x: T) -> String {
    x.to_string()
}

/// Percepatan terhadap pool 1 thread (median / median) untuk setiap ukuran
/// pool, dengan garis ideal.
fn scaling(c: &Config, r: &Results, area: &Draw) -> Result<(), String> {
    let cores = r.machine.cores as f64;
    let max_n = r.settings.pool_sizes.iter().copied().max().unwrap_or(2) as f64;
    let mut chart = ChartBuilder::on(area)
        .caption("Percepatan terhadap jumlah thread di pool", (FONT, CAPTION))
        .margin(16)
        .margin_right(44)
        .x_label_area_size(64)
        .y_label_area_size(80)
        .build_cartesian_2d(0.5..max_n + 0.5, 0.0..(cores + 0.5))
        .map_err(e)?;
    chart
        .configure_mesh()
        .x_desc("thread di pool rayon (RAYON_NUM_THREADS)")
        .y_desc("median pool 1 / median pool n")
        .x_labels(max_n as usize)
        .x_label_formatter(&|x| format!("{x:.0}"))
        .y_label_formatter(&|y| fmt_num(*y, 1))
        .label_style((FONT, TEXT))
        .draw()
        .map_err(e)?;
    let ideal = [(1.0, 1.0), (cores, cores), (max_n, cores)];
    chart
        .draw_series(LineSeries::new(ideal, GREY.stroke_width(1)))
        .map_err(e)?
        .label("ideal (jumlah core)")
        .legend(|(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], GREY));
    for (i, w) in r
        .workloads
        .iter()
        .filter(|w| w.sweep_variant.is_some())
        .enumerate()
    {
        let key = w.sweep_variant.as_deref().unwrap_or_default();
        let time = |s: &super::results::Series| s.variant(key).map(|v| median(&v.samples_ms));
        let Some(t1) = w
            .series
            .iter()
            .find(|s| s.rayon_num_threads == Some(1))
            .and_then(time)
        else {
            continue;
        };
        let pts: Vec<(f64, f64)> = w
            .series
            .iter()
            .filter_map(|s| Some((s.rayon_num_threads? as f64, t1 / time(s)?)))
            .collect();
        let color = PALETTE[i % PALETTE.len()];
        chart
            .draw_series(LineSeries::new(pts.clone(), color.stroke_width(2)))
            .map_err(e)?
            // Nama pendek dari workloads.toml, seperti legenda grafik Amdahl.
            .label(
                c.workload(&w.id)
                    .map_or(w.title.clone(), |cw| cw.short.clone()),
            )
            .legend(move |(x, y)| {
                PathElement::new(vec![(x, y), (x + 20, y)], color.stroke_width(2))
            });
        chart
            .draw_series(pts.iter().map(|&p| Circle::new(p, 4, color.filled())))
            .map_err(e)?;
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::LowerRight)
        .background_style(WHITE.mix(0.9))
        .border_style(GREY)
        .label_font((FONT, TEXT))
        .draw()
        .map_err(e)
}

/// Percepatan terukur (titik) dan ramalan hukum Amdahl (garis) dengan fraksi
/// serial hasil taksiran, sampai 16 core.
fn amdahl_chart(c: &Config, r: &Results, area: &Draw) -> Result<(), String> {
    let fits = amdahl_fits(c, r);
    let top = fits
        .iter()
        .map(|f| amdahl(f.serial, 16.0))
        .fold(4.0f64, f64::max)
        .min(16.0);
    let mut chart = ChartBuilder::on(area)
        .caption("Hukum Amdahl: terukur vs ramalan", (FONT, CAPTION))
        .margin(16)
        .margin_right(44)
        .x_label_area_size(64)
        .y_label_area_size(80)
        .build_cartesian_2d(1.0f64..16.0, 0.0..top.ceil())
        .map_err(e)?;
    chart
        .configure_mesh()
        .x_desc("jumlah core n (titik: terukur di mesin ini, garis: ramalan 1 / (s + (1 - s) / n))")
        .y_desc("percepatan")
        .x_label_formatter(&|x| format!("{x:.0}"))
        .y_label_formatter(&|y| fmt_num(*y, 1))
        .label_style((FONT, TEXT))
        .draw()
        .map_err(e)?;
    let cores = r.machine.cores;
    for (i, f) in fits.iter().enumerate() {
        let color = PALETTE[i % PALETTE.len()];
        let curve: Vec<(f64, f64)> = (0..=150)
            .map(|k| 1.0 + k as f64 * 0.1)
            .map(|n| (n, amdahl(f.serial, n)))
            .collect();
        chart
            .draw_series(LineSeries::new(curve, color.stroke_width(2)))
            .map_err(e)?
            .label(format!("{} (s = {:.3})", f.title, f.serial).replace('.', ","))
            .legend(move |(x, y)| {
                PathElement::new(vec![(x, y), (x + 20, y)], color.stroke_width(2))
            });
        let measured = f
            .points
            .iter()
            .filter(|p| p.0 <= cores)
            .map(|p| (p.0 as f64, p.2));
        chart
            .draw_series(measured.map(|p| Circle::new(p, 5, color.filled())))
            .map_err(e)?;
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperLeft)
        .background_style(WHITE.mix(0.9))
        .border_style(GREY)
        .label_font((FONT, TEXT))
        .draw()
        .map_err(e)
}

/// Batang mendatar (median, garis min–maks) di sumbu waktu logaritmik.
fn bars(
    area: &Draw,
    title: &str,
    rows: &[(String, f64, f64, f64, RGBColor)],
) -> Result<(), String> {
    if rows.is_empty() {
        return area
            .draw(&Text::new(
                format!("{title}: belum diukur"),
                (20, 30),
                (FONT, CAPTION),
            ))
            .map_err(e);
    }
    let lo = rows.iter().map(|r| r.2).fold(f64::MAX, f64::min);
    let hi = rows.iter().map(|r| r.3).fold(0.0, f64::max);
    let x = (10f64.powf(lo.log10().floor()))..(10f64.powf(hi.log10().ceil()));
    let n = rows.len() as u32;
    let labels: Vec<String> = rows.iter().map(|r| r.0.clone()).collect();
    let mut chart = ChartBuilder::on(area)
        .caption(title, (FONT, CAPTION))
        .margin(16)
        .margin_right(44)
        .x_label_area_size(64)
        .y_label_area_size(300)
        .build_cartesian_2d(x.clone().log_scale(), (0u32..n).into_segmented())
        .map_err(e)?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .x_desc("waktu (skala logaritmik)")
        .x_label_formatter(&|x| fmt_ms(*x))
        .y_labels(rows.len())
        .y_label_formatter(&|v| match v {
            SegmentValue::CenterOf(i) => labels.get(*i as usize).cloned().unwrap_or_default(),
            _ => String::new(),
        })
        .label_style((FONT, TEXT))
        .draw()
        .map_err(e)?;
    for (i, (_, m, lo_v, hi_v, color)) in rows.iter().enumerate() {
        let i = i as u32;
        chart
            .draw_series([Rectangle::new(
                [
                    (x.start, SegmentValue::Exact(i)),
                    (*m, SegmentValue::Exact(i + 1)),
                ],
                color.mix(0.85).filled(),
            )])
            .map_err(e)?;
        chart
            .draw_series([PathElement::new(
                vec![
                    (*lo_v, SegmentValue::CenterOf(i)),
                    (*hi_v, SegmentValue::CenterOf(i)),
                ],
                BLACK.stroke_width(2),
            )])
            .map_err(e)?;
    }
    Ok(())
}

fn python_rust(c: &Config, r: &Results, area: &Draw) -> Result<(), String> {
    let groups = comparisons(c, r);
    let parts = area.split_evenly((groups.len().max(1), 1));
    for (g, part) in groups.iter().zip(parts.iter()) {
        let rows: Vec<_> = g
            .bars
            .iter()
            .map(|b| {
                let color = if b.lang == Lang::Python { PYTHON } else { RUST };
                (b.label.clone(), b.median, b.min, b.max, color)
            })
            .collect();
        bars(part, &g.title, &rows)?;
    }
    Ok(())
}

fn contention(r: &Results, area: &Draw) -> Result<(), String> {
    let parts = area.split_evenly((2, 1));
    for (k, (id, title)) in [
        ("kontensi", "Penghitung bersama, 10 thread"),
        (
            "saringan",
            "Prima: pembagian percobaan (rayon) vs saringan (1 thread)",
        ),
    ]
    .iter()
    .enumerate()
    {
        let rows: Vec<_> = r
            .workload(id)
            .map(|w| {
                w.main_series(r.machine.cores)
                    .variants
                    .iter()
                    .enumerate()
                    .map(|(i, v)| {
                        let (m, lo, hi) = stats(&v.samples_ms);
                        (v.name.clone(), m, lo, hi, PALETTE[i % PALETTE.len()])
                    })
                    .collect()
            })
            .unwrap_or_default();
        bars(&parts[k], title, &rows)?;
    }
    Ok(())
}
