//! `src/img/linimasa.svg`: konkuren vs paralel dari jejak nyata.
//!
//! SVG membawa latar sendiri (terang, atau gelap bila halaman/OS memakai
//! skema gelap) sehingga terbaca di semua tema mdBook, serta `<title>` dan
//! `<desc>` untuk pembaca layar.

use std::fmt::Write as _;

use super::trace::Span;

/// Warna tugas: (isi, teks di atasnya). Dipilih agar terbedakan di latar
/// terang dan gelap, dan teks di atasnya kontras.
const TASK_COLORS: &[(&str, &str)] = &[
    ("#3b6fb6", "#ffffff"),
    ("#e08a2c", "#1b1b1b"),
    ("#2e9a6e", "#ffffff"),
    ("#b4479a", "#ffffff"),
    ("#c9b037", "#1b1b1b"),
    ("#6c63c7", "#ffffff"),
];

/// Ukuran huruf minimal 16 di viewBox selebar 400: tetap 14 px saat gambar
/// selebar 350 px di layar ponsel (diperiksa `assets`).
const STYLE: &str = "\
<style>
  .bg { fill: #fbfcfd; stroke: #d5dbe1; }
  .fg { fill: #1f2328; }
  .muted { fill: #57606a; }
  .grid { stroke: #d8dee4; stroke-width: 1; }
  .axis { stroke: #8c959f; stroke-width: 1; }
  .lane { fill: #eef1f4; }
  text { font-family: 'Open Sans', 'Segoe UI', Helvetica, Arial, sans-serif; font-size: 16px; }
  .title { font-size: 19px; font-weight: 700; }
  .bold { font-weight: 700; }
  @media (prefers-color-scheme: dark) {
    .bg { fill: #1c2128; stroke: #3d444d; }
    .fg { fill: #e6edf3; }
    .muted { fill: #9da7b3; }
    .grid { stroke: #30363d; }
    .axis { stroke: #6e7681; }
    .lane { fill: #262c36; }
  }
</style>
";

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Angka ringkas untuk koordinat (tanpa `.0`, paling banyak 1 desimal).
fn n(x: f64) -> String {
    let r = (x * 10.0).round() / 10.0;
    if r.fract() == 0.0 {
        format!("{}", r as i64)
    } else {
        format!("{r:.1}")
    }
}

struct Svg {
    body: String,
}

impl Svg {
    fn new() -> Svg {
        Svg {
            body: String::new(),
        }
    }

    fn raw(&mut self, s: &str) {
        self.body.push_str(s);
        self.body.push('\n');
    }

    fn rect(&mut self, x: f64, y: f64, w: f64, h: f64, attrs: &str) {
        self.raw(&format!(
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" {attrs}/>",
            n(x),
            n(y),
            n(w.max(0.0)),
            n(h)
        ));
    }

    fn text(&mut self, x: f64, y: f64, attrs: &str, s: &str) {
        self.raw(&format!(
            "<text x=\"{}\" y=\"{}\" {attrs}>{}</text>",
            n(x),
            n(y),
            esc(s)
        ));
    }

    fn line(&mut self, x1: f64, y1: f64, x2: f64, y2: f64, class: &str) {
        self.raw(&format!(
            "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" class=\"{class}\"/>",
            n(x1),
            n(y1),
            n(x2),
            n(y2)
        ));
    }

    /// Dokumen utuh dengan latar, judul, dan deskripsi.
    fn finish(self, id: &str, width: f64, height: f64, title: &str, desc: &str) -> String {
        let mut s = String::new();
        let _ = write!(
            s,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" \
             role=\"img\" aria-labelledby=\"{id}-judul {id}-desk\">\n\
             <title id=\"{id}-judul\">{}</title>\n<desc id=\"{id}-desk\">{}</desc>\n{STYLE}\
             <rect class=\"bg\" x=\"0.5\" y=\"0.5\" width=\"{}\" height=\"{}\" rx=\"8\"/>\n",
            esc(title),
            esc(desc),
            n(width - 1.0),
            n(height - 1.0),
            w = n(width),
            h = n(height),
        );
        s.push_str(&self.body);
        s.push_str("</svg>\n");
        s
    }
}

/// Langkah sumbu waktu yang "bulat" (1, 2, 5 x 10^k) untuk sekitar `ticks` garis.
fn nice_step(max: f64, ticks: f64) -> f64 {
    let raw = (max / ticks).max(1e-9);
    let mag = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag)
}

// ---------------------------------------------------------------------------
// linimasa.svg: konkuren vs paralel dari jejak nyata
// ---------------------------------------------------------------------------

/// Sempit dan tinggi (viewBox selebar 400) supaya terbaca juga di ponsel.
pub fn timeline_svg(spans: &[Span], source: &str) -> String {
    let width = 400.0;
    let left = 76.0;
    let right = 24.0;
    let plot_w = width - left - right;
    let lane_h = 26.0;
    let lane_gap = 6.0;
    let max_t = spans.iter().map(|s| s.end).fold(0.0, f64::max).max(1.0);
    let step = nice_step(max_t, 5.0);
    let axis_max = (max_t / step).ceil() * step;
    let x_of = |t: f64| left + t / axis_max * plot_w;

    let mut tasks: Vec<&str> = spans.iter().map(|s| s.task.as_str()).collect();
    tasks.sort();
    tasks.dedup();
    let color = |task: &str| {
        let i = tasks.iter().position(|t| *t == task).unwrap_or(0);
        TASK_COLORS[i % TASK_COLORS.len()]
    };

    let mut svg = Svg::new();
    let mut y = 32.0;
    svg.text(16.0, y, "class=\"fg title\"", "Konkuren vs paralel");
    // Jalur lengkapnya ada di <desc>; di gambar cukup nama berkasnya.
    let short = source.rsplit('/').next().unwrap_or(source);
    y += 24.0;
    svg.text(16.0, y, "class=\"muted\"", &format!("jejak dari {short}"));
    let mut summary = Vec::new();
    for (mode, heading) in [
        ("konkuren", "Konkuren: tugas bergiliran"),
        ("paralel", "Paralel: tugas berjalan bersamaan"),
    ] {
        let mine: Vec<&Span> = spans.iter().filter(|s| s.mode == mode).collect();
        let mut lanes: Vec<u32> = mine.iter().map(|s| s.lane).collect();
        lanes.sort_unstable();
        lanes.dedup();
        let first = mine.iter().map(|s| s.start).fold(f64::INFINITY, f64::min);
        let last = mine.iter().map(|s| s.end).fold(0.0, f64::max);
        let mut mode_tasks: Vec<&str> = mine.iter().map(|s| s.task.as_str()).collect();
        mode_tasks.sort();
        mode_tasks.dedup();
        summary.push(format!(
            "{mode}: {} tugas ({}) di {} lajur, {} potongan kerja, dari {} ms sampai {} ms",
            mode_tasks.len(),
            mode_tasks.join(", "),
            lanes.len(),
            mine.len(),
            n(first),
            n(last)
        ));
        y += 36.0;
        svg.text(16.0, y, "class=\"fg bold\"", heading);
        y += 22.0;
        svg.text(
            16.0,
            y,
            "class=\"muted\"",
            &format!("{} lajur, selesai pada {} ms", lanes.len(), n(last)),
        );
        y += 12.0;
        let top = y;
        let h = lanes.len() as f64 * (lane_h + lane_gap) - lane_gap;
        // Garis bantu waktu.
        let mut t = 0.0;
        while t <= axis_max + 1e-9 {
            svg.line(x_of(t), top - 2.0, x_of(t), top + h + 2.0, "grid");
            t += step;
        }
        for (i, lane) in lanes.iter().enumerate() {
            let ly = top + i as f64 * (lane_h + lane_gap);
            svg.rect(left, ly, plot_w, lane_h, "class=\"lane\" rx=\"3\"");
            svg.text(
                left - 8.0,
                ly + lane_h / 2.0 + 5.5,
                "class=\"muted\" text-anchor=\"end\"",
                &format!("lajur {lane}"),
            );
            for s in mine.iter().filter(|s| s.lane == *lane) {
                let (fill, ink) = color(&s.task);
                let (x0, x1) = (x_of(s.start), x_of(s.end));
                svg.raw(&format!(
                    "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"3\" fill=\"{fill}\"><title>tugas {} (lajur {}): {}–{} ms</title></rect>",
                    n(x0),
                    n(ly + 2.0),
                    n((x1 - x0).max(1.5)),
                    n(lane_h - 4.0),
                    esc(&s.task),
                    lane,
                    n(s.start),
                    n(s.end)
                ));
                if x1 - x0 >= 18.0 {
                    svg.text(
                        (x0 + x1) / 2.0,
                        ly + lane_h / 2.0 + 5.5,
                        &format!("fill=\"{ink}\" text-anchor=\"middle\" class=\"bold\""),
                        &s.task,
                    );
                }
            }
        }
        y = top + h + 8.0;
    }
    // Sumbu waktu bersama.
    y += 4.0;
    svg.line(left, y, left + plot_w, y, "axis");
    let mut t = 0.0;
    while t <= axis_max + 1e-9 {
        svg.line(x_of(t), y, x_of(t), y + 5.0, "axis");
        svg.text(
            x_of(t),
            y + 22.0,
            "class=\"muted\" text-anchor=\"middle\"",
            &n(t),
        );
        t += step;
    }
    svg.text(
        left + plot_w,
        y + 46.0,
        "class=\"muted\" text-anchor=\"end\"",
        "waktu sejak mulai (ms)",
    );
    // Legenda tugas.
    let mut lx = left;
    let ly = y + 78.0;
    svg.text(16.0, ly + 6.0, "class=\"muted\"", "tugas:");
    for t in &tasks {
        let (fill, ink) = color(t);
        svg.raw(&format!(
            "<rect x=\"{}\" y=\"{}\" width=\"24\" height=\"22\" rx=\"3\" fill=\"{fill}\"/>",
            n(lx),
            n(ly - 11.0)
        ));
        svg.text(
            lx + 12.0,
            ly + 6.0,
            &format!("fill=\"{ink}\" text-anchor=\"middle\" class=\"bold\""),
            t,
        );
        lx += 32.0;
    }
    let height = ly + 30.0;
    svg.finish(
        "linimasa",
        width,
        height,
        "Linimasa konkuren vs paralel",
        &format!("Diagram waktu dari jejak {source}. {}.", summary.join(". ")),
    )
}

#[cfg(test)]
mod tests {
    use super::super::trace::{FIXTURE, parse_trace};
    use super::*;

    #[test]
    fn timeline_has_a_bar_per_span_and_accessible_text() {
        let spans = parse_trace(FIXTURE).unwrap();
        let svg = timeline_svg(&spans, "berkas uji");
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(svg.contains("role=\"img\""));
        assert!(svg.contains("<title id=\"linimasa-judul\">"));
        assert!(svg.contains("<desc id=\"linimasa-desk\">"));
        assert_eq!(svg.matches("<title>tugas ").count(), spans.len());
        assert!(
            svg.contains("konkuren: 4 tugas (A, B, C, D) di 1 lajur"),
            "{svg}"
        );
        assert!(svg.contains("paralel: 4 tugas (A, B, C, D) di 4 lajur"));
        assert!(svg.contains("prefers-color-scheme: dark"));
        super::super::assets::parse_svg(&svg);
        // Deterministik: jejak yang sama, SVG yang sama.
        assert_eq!(svg, timeline_svg(&spans, "berkas uji"));
        assert!(svg.contains("jejak dari berkas uji"));
    }

    #[test]
    fn nice_steps() {
        assert_eq!(nice_step(400.0, 8.0), 50.0);
        assert_eq!(nice_step(105.0, 8.0), 20.0);
        assert_eq!(nice_step(9.0, 8.0), 2.0);
    }
}
