//! `cargo xtask diagrams`: diagram SVG buku di `src/img/`.
//!
//! - `linimasa.svg` digambar dari run nyata listing Bab 1 `ch01-02-linimasa`,
//!   yang mencetak baris jejak
//!   `jejak mode=<konkuren|paralel> lajur=<N> tugas=<huruf> mulai=<ms> selesai=<ms>`.
//!   `--input BERKAS` membaca jejak dari berkas alih-alih menjalankan listing.
//! - Diagram lain (antrian Mutex, work stealing rayon, async vs thread, GIL)
//!   digambar dari kode di sini; test memastikan berkas yang di-commit sama
//!   dengan keluaran kodenya.
//!
//! Setiap SVG membawa latar sendiri (terang, atau gelap bila halaman/OS memakai
//! skema gelap) sehingga terbaca di semua tema mdBook, serta `<title>` dan
//! `<desc>` untuk pembaca layar.

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

// ---------------------------------------------------------------------------
// Jejak dari listing Bab 1
// ---------------------------------------------------------------------------

/// Satu potongan kerja di satu lajur.
#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    pub mode: String,
    pub lane: u32,
    pub task: String,
    pub start: f64,
    pub end: f64,
}

/// Baca semua baris `jejak ...` dari keluaran program. Baris lain diabaikan;
/// baris jejak yang rusak adalah galat (dengan nomor barisnya).
pub fn parse_trace(text: &str) -> Result<Vec<Span>, String> {
    let mut spans = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let Some(rest) = line.trim().strip_prefix("jejak ") else {
            continue;
        };
        let field = |key: &str| -> Result<&str, String> {
            rest.split_whitespace()
                .find_map(|kv| kv.strip_prefix(key)?.strip_prefix('='))
                .ok_or_else(|| format!("baris {}: `{key}=` tidak ada: {line}", n + 1))
        };
        let num = |key: &str| -> Result<f64, String> {
            let v = field(key)?;
            v.parse::<f64>()
                .ok()
                .filter(|x| x.is_finite() && *x >= 0.0)
                .ok_or_else(|| format!("baris {}: {key}={v} bukan angka >= 0", n + 1))
        };
        let mode = field("mode")?.to_string();
        if mode != "konkuren" && mode != "paralel" {
            return Err(format!(
                "baris {}: mode={mode}, harus konkuren atau paralel",
                n + 1
            ));
        }
        let lane = field("lajur")?
            .parse::<u32>()
            .map_err(|_| format!("baris {}: lajur bukan bilangan bulat: {line}", n + 1))?;
        let task = field("tugas")?.to_string();
        let (start, end) = (num("mulai")?, num("selesai")?);
        if end < start {
            return Err(format!("baris {}: selesai < mulai: {line}", n + 1));
        }
        spans.push(Span {
            mode,
            lane,
            task,
            start,
            end,
        });
    }
    if spans.is_empty() {
        return Err(
            "tidak ada baris `jejak mode=... lajur=... tugas=... mulai=... selesai=...`".into(),
        );
    }
    for mode in ["konkuren", "paralel"] {
        if !spans.iter().any(|s| s.mode == mode) {
            return Err(format!("tidak ada jejak untuk mode={mode}"));
        }
    }
    Ok(spans)
}

// ---------------------------------------------------------------------------
// Pembangun SVG kecil
// ---------------------------------------------------------------------------

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

const STYLE: &str = "\
<style>
  .bg { fill: #fbfcfd; stroke: #d5dbe1; }
  .fg { fill: #1f2328; }
  .muted { fill: #57606a; }
  .grid { stroke: #d8dee4; stroke-width: 1; }
  .axis { stroke: #8c959f; stroke-width: 1; }
  .lane { fill: #eef1f4; }
  .line { stroke: #57606a; fill: none; stroke-width: 1.5; }
  .wait { fill: #d0d7de; }
  .hold { fill: #2e9a6e; }
  .box { fill: #ffffff; stroke: #8c959f; }
  .accent { stroke: #c2410c; fill: none; stroke-width: 2; }
  .accent-fill { fill: #c2410c; }
  text { font-family: 'Open Sans', 'Segoe UI', Helvetica, Arial, sans-serif; font-size: 13px; }
  .title { font-size: 15px; font-weight: 700; }
  .small { font-size: 11px; }
  .mono { font-family: 'Source Code Pro', Consolas, 'DejaVu Sans Mono', monospace; }
  .bold { font-weight: 700; }
  @media (prefers-color-scheme: dark) {
    .bg { fill: #1c2128; stroke: #3d444d; }
    .fg { fill: #e6edf3; }
    .muted { fill: #9da7b3; }
    .grid { stroke: #30363d; }
    .axis { stroke: #6e7681; }
    .lane { fill: #262c36; }
    .line { stroke: #9da7b3; }
    .wait { fill: #4b535d; }
    .box { fill: #22272e; stroke: #6e7681; }
    .accent { stroke: #fb923c; }
    .accent-fill { fill: #fb923c; }
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

/// `source` menyebut asal jejak (perintah run nyata, atau berkas contoh).
pub fn timeline_svg(spans: &[Span], source: &str) -> String {
    let width = 760.0;
    let left = 92.0;
    let right = 24.0;
    let plot_w = width - left - right;
    let lane_h = 24.0;
    let lane_gap = 6.0;
    let max_t = spans.iter().map(|s| s.end).fold(0.0, f64::max).max(1.0);
    let step = nice_step(max_t, 8.0);
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
    let mut y = 30.0;
    svg.text(20.0, y, "class=\"fg title\"", "Konkuren vs paralel");
    svg.text(
        width - right,
        y,
        "class=\"muted small\" text-anchor=\"end\"",
        &format!("jejak dari {source}"),
    );
    y += 16.0;
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
        y += 22.0;
        svg.text(20.0, y, "class=\"fg bold\"", heading);
        svg.text(
            width - right,
            y,
            "class=\"muted small\" text-anchor=\"end\"",
            &format!("{} lajur, selesai pada {} ms", lanes.len(), n(last)),
        );
        y += 10.0;
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
                left - 10.0,
                ly + lane_h / 2.0 + 4.5,
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
                if x1 - x0 >= 14.0 {
                    svg.text(
                        (x0 + x1) / 2.0,
                        ly + lane_h / 2.0 + 4.5,
                        &format!("fill=\"{ink}\" text-anchor=\"middle\" class=\"bold small\""),
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
            y + 18.0,
            "class=\"muted small\" text-anchor=\"middle\"",
            &n(t),
        );
        t += step;
    }
    svg.text(
        left + plot_w,
        y + 34.0,
        "class=\"muted small\" text-anchor=\"end\"",
        "waktu sejak mulai (ms)",
    );
    // Legenda tugas.
    let mut lx = left;
    let ly = y + 30.0;
    svg.text(20.0, ly + 4.0, "class=\"muted small\"", "tugas:");
    for t in &tasks {
        let (fill, ink) = color(t);
        svg.raw(&format!(
            "<rect x=\"{}\" y=\"{}\" width=\"18\" height=\"14\" rx=\"3\" fill=\"{fill}\"/>",
            n(lx),
            n(ly - 7.0)
        ));
        svg.text(
            lx + 9.0,
            ly + 4.0,
            &format!("fill=\"{ink}\" text-anchor=\"middle\" class=\"bold small\""),
            t,
        );
        lx += 26.0;
    }
    let height = ly + 22.0;
    svg.finish(
        "linimasa",
        width,
        height,
        "Linimasa konkuren vs paralel",
        &format!("Diagram waktu dari jejak {source}. {}.", summary.join(". ")),
    )
}

// ---------------------------------------------------------------------------
// Diagram statis
// ---------------------------------------------------------------------------

/// Antrian di depan satu Mutex: empat thread bergantian memegang lock.
pub fn mutex_svg() -> String {
    let width = 760.0;
    let left = 120.0;
    let unit = 52.0; // lebar satu langkah waktu
    let lane_h = 26.0;
    let mut svg = Svg::new();
    svg.text(
        20.0,
        30.0,
        "class=\"fg title\"",
        "Empat thread, satu Mutex<u64>: hanya satu yang memegang lock",
    );
    // (mulai kerja bebas, mulai menunggu, mulai memegang, selesai memegang) dalam langkah.
    let threads: [(&str, f64, f64, f64, f64); 4] = [
        ("thread 1", 0.0, 0.5, 0.5, 2.5),
        ("thread 2", 0.0, 1.0, 2.5, 4.5),
        ("thread 3", 0.0, 1.5, 4.5, 6.5),
        ("thread 4", 0.0, 2.0, 6.5, 8.5),
    ];
    let top = 56.0;
    for (i, (name, free0, wait0, hold0, hold1)) in threads.iter().enumerate() {
        let y = top + i as f64 * (lane_h + 10.0);
        let (fill, ink) = TASK_COLORS[i];
        svg.text(
            left - 12.0,
            y + 17.5,
            "class=\"fg\" text-anchor=\"end\"",
            name,
        );
        svg.rect(left, y, 11.0 * unit, lane_h, "class=\"lane\" rx=\"3\"");
        // kerja di luar lock
        svg.raw(&format!(
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"3\" fill=\"{fill}\" opacity=\"0.45\"/>",
            n(left + free0 * unit),
            n(y + 3.0),
            n((wait0 - free0) * unit),
            n(lane_h - 6.0)
        ));
        // menunggu lock
        if hold0 > wait0 {
            svg.rect(
                left + wait0 * unit,
                y + 3.0,
                (hold0 - wait0) * unit,
                lane_h - 6.0,
                "class=\"wait\" rx=\"3\"",
            );
            if (hold0 - wait0) * unit > 70.0 {
                svg.text(
                    left + (wait0 + hold0) / 2.0 * unit,
                    y + 17.5,
                    "class=\"fg small\" text-anchor=\"middle\"",
                    "menunggu lock",
                );
            }
        }
        // memegang lock
        svg.raw(&format!(
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"3\" fill=\"{fill}\"/>",
            n(left + hold0 * unit),
            n(y + 3.0),
            n((hold1 - hold0) * unit),
            n(lane_h - 6.0)
        ));
        svg.text(
            left + (hold0 + hold1) / 2.0 * unit,
            y + 17.5,
            &format!("fill=\"{ink}\" text-anchor=\"middle\" class=\"small bold\""),
            "pegang lock",
        );
        // kerja lagi setelah lock dilepas
        svg.raw(&format!(
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"3\" fill=\"{fill}\" opacity=\"0.45\"/>",
            n(left + hold1 * unit),
            n(y + 3.0),
            n(0.8 * unit),
            n(lane_h - 6.0)
        ));
    }
    // Pemilik lock dari waktu ke waktu.
    let y = top + 4.0 * (lane_h + 10.0) + 14.0;
    svg.text(
        left - 12.0,
        y + 17.5,
        "class=\"fg bold\" text-anchor=\"end\"",
        "Mutex",
    );
    svg.rect(left, y, 11.0 * unit, lane_h, "class=\"box\" rx=\"3\"");
    for (i, (_, _, _, hold0, hold1)) in threads.iter().enumerate() {
        let (fill, ink) = TASK_COLORS[i];
        svg.raw(&format!(
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{fill}\"/>",
            n(left + hold0 * unit),
            n(y + 1.0),
            n((hold1 - hold0) * unit),
            n(lane_h - 2.0)
        ));
        svg.text(
            left + (hold0 + hold1) / 2.0 * unit,
            y + 17.5,
            &format!("fill=\"{ink}\" text-anchor=\"middle\" class=\"small bold\""),
            &format!("milik thread {}", i + 1),
        );
    }
    svg.text(
        left + 0.25 * unit,
        y + 17.5,
        "class=\"muted small\" text-anchor=\"middle\"",
        "bebas",
    );
    // Panah waktu dan legenda.
    let ay = y + lane_h + 22.0;
    svg.line(left, ay, left + 11.0 * unit, ay, "axis");
    svg.raw(&format!(
        "<path d=\"M{} {} l-8 -4 v8 z\" class=\"muted\"/>",
        n(left + 11.0 * unit),
        n(ay)
    ));
    svg.text(
        left + 11.0 * unit,
        ay + 16.0,
        "class=\"muted small\" text-anchor=\"end\"",
        "waktu",
    );
    let ly = ay + 30.0;
    let mut lx = 20.0;
    for (label, attrs) in [
        (
            "kerja di luar lock",
            format!("fill=\"{}\" opacity=\"0.45\"", TASK_COLORS[0].0),
        ),
        ("menunggu lock (thread tidur)", "class=\"wait\"".to_string()),
        (
            "memegang MutexGuard",
            format!("fill=\"{}\"", TASK_COLORS[0].0),
        ),
    ] {
        svg.raw(&format!(
            "<rect x=\"{}\" y=\"{}\" width=\"22\" height=\"12\" rx=\"2\" {attrs}/>",
            n(lx),
            n(ly - 10.0)
        ));
        svg.text(lx + 28.0, ly, "class=\"fg small\"", label);
        lx += 40.0 + label.len() as f64 * 6.2;
    }
    svg.text(
        20.0,
        ly + 24.0,
        "class=\"muted small\"",
        "Makin lama lock dipegang, makin panjang antriannya: simpan pekerjaan di luar lock, pegang guard sesingkat mungkin.",
    );
    let height = ly + 40.0;
    svg.finish(
        "mutex",
        width,
        height,
        "Antrian thread di depan sebuah Mutex",
        "Empat thread berjalan bersamaan, lalu masing-masing memanggil lock pada Mutex yang sama. \
         Thread 1 mendapat lock lebih dulu; thread 2, 3, dan 4 tidur menunggu dan mendapat lock \
         satu per satu setiap kali guard sebelumnya di-drop. Baris Mutex di bawah menunjukkan \
         pemilik lock dari waktu ke waktu: selalu paling banyak satu.",
    )
}

/// Work stealing rayon: dua worker, masing-masing dengan deque; worker yang
/// kehabisan tugas mencuri dari ujung lain deque worker yang sibuk.
pub fn work_stealing_svg() -> String {
    let width = 760.0;
    let mut svg = Svg::new();
    svg.text(
        20.0,
        30.0,
        "class=\"fg title\"",
        "Work stealing di rayon: worker yang menganggur mencuri tugas",
    );
    let box_w = 64.0;
    let box_h = 30.0;
    // Worker 1: sibuk, deque berisi 5 tugas.
    let deque = |svg: &mut Svg,
                 x: f64,
                 y: f64,
                 items: &[&str],
                 color: &str,
                 label: &str,
                 sub: &str| {
        svg.text(x, y - 34.0, "class=\"fg bold\"", label);
        svg.text(x, y - 16.0, "class=\"muted small\"", sub);
        let slots = 6;
        svg.rect(
            x - 4.0,
            y - 4.0,
            slots as f64 * box_w + 8.0,
            box_h + 8.0,
            "class=\"box\" rx=\"6\"",
        );
        for (i, it) in items.iter().enumerate() {
            let bx = x + i as f64 * box_w;
            if let Some(ghost) = it.strip_prefix('~') {
                // Tugas yang baru saja dicuri: tinggal bekasnya.
                svg.raw(&format!(
                    "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"4\" fill=\"none\" stroke=\"{color}\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>",
                    n(bx + 2.0),
                    n(y),
                    n(box_w - 4.0),
                    n(box_h)
                ));
                svg.text(
                    bx + box_w / 2.0,
                    y + 19.5,
                    "class=\"muted small mono\" text-anchor=\"middle\"",
                    ghost,
                );
                continue;
            }
            svg.raw(&format!(
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"4\" fill=\"{color}\"/>",
                n(bx + 2.0),
                n(y),
                n(box_w - 4.0),
                n(box_h)
            ));
            svg.text(
                bx + box_w / 2.0,
                y + 19.5,
                "fill=\"#ffffff\" text-anchor=\"middle\" class=\"small bold mono\"",
                it,
            );
        }
    };
    let x0 = 150.0;
    let y1 = 100.0;
    deque(
        &mut svg,
        x0,
        y1,
        &["~0..8", "8..16", "16..24", "24..32", "32..40"],
        TASK_COLORS[0].0,
        "Worker 1 (thread pool rayon)",
        "deque miliknya: push dan pop di ujung kanan (tugas terbaru, datanya masih hangat di cache)",
    );
    let y2 = 250.0;
    deque(
        &mut svg,
        x0,
        y2,
        &["0..8"],
        TASK_COLORS[2].0,
        "Worker 2",
        "deque-nya kosong, jadi ia mencuri tugas tertua (0..8) dari ujung kiri deque worker 1",
    );
    // Label ujung.
    svg.text(
        x0 - 12.0,
        y1 + 19.5,
        "class=\"muted small\" text-anchor=\"end\"",
        "ujung curi",
    );
    svg.text(
        x0 + 6.0 * box_w + 12.0,
        y1 + 19.5,
        "class=\"muted small\"",
        "ujung pemilik",
    );
    // Panah pemilik (pop di kanan).
    let ox = x0 + 4.5 * box_w;
    svg.raw(&format!(
        "<path d=\"M{} {} C {} {}, {} {}, {} {}\" class=\"line\" marker-end=\"url(#ws-panah)\"/>",
        n(ox),
        n(y1 + box_h + 4.0),
        n(ox),
        n(y1 + box_h + 30.0),
        n(ox + 60.0),
        n(y1 + box_h + 30.0),
        n(ox + 74.0),
        n(y1 + box_h + 12.0),
    ));
    svg.text(
        ox + 80.0,
        y1 + box_h + 34.0,
        "class=\"muted small\"",
        "worker 1 mengerjakan 32..40 lebih dulu",
    );
    // Panah curi: dari kotak 0..8 worker 1 ke worker 2.
    svg.raw(
        "<defs><marker id=\"ws-panah\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" \
         markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0 0 L10 5 L0 10 z\" class=\"accent-fill\"/></marker></defs>",
    );
    svg.raw(&format!(
        "<path d=\"M{} {} C {} {}, {} {}, {} {}\" class=\"accent\" marker-end=\"url(#ws-panah)\"/>",
        n(x0 + box_w / 2.0 - 8.0),
        n(y1 + box_h + 4.0),
        n(x0 - 40.0),
        n(y1 + 90.0),
        n(x0 - 40.0),
        n(y2 - 20.0),
        n(x0 + box_w / 2.0 - 12.0),
        n(y2 - 6.0),
    ));
    svg.text(
        x0 - 60.0,
        (y1 + y2) / 2.0 + 14.0,
        "class=\"fg small bold\" text-anchor=\"end\"",
        "curi!",
    );
    // Catatan bawah.
    let ny = y2 + box_h + 40.0;
    svg.text(
        20.0,
        ny,
        "class=\"fg small\"",
        "par_iter() membelah data menjadi potongan (mis. 0..8, 8..16, ...) lewat join: satu bagian dikerjakan, bagian lain",
    );
    svg.text(
        20.0,
        ny + 18.0,
        "class=\"fg small\"",
        "ditaruh di deque. Worker yang deque-nya kosong mencuri dari worker lain, jadi semua core tetap sibuk tanpa",
    );
    svg.text(
        20.0,
        ny + 36.0,
        "class=\"fg small\"",
        "pembagian kerja manual dan tanpa satu antrean bersama yang menjadi rebutan.",
    );
    svg.finish(
        "curi",
        width,
        ny + 54.0,
        "Work stealing di thread pool rayon",
        "Worker 1 punya deque berisi lima potongan tugas, 0..8 sampai 32..40; ia mengambil tugas \
         terbaru dari ujung kanan. Worker 2 kehabisan tugas, lalu mencuri potongan tertua, 0..8, \
         dari ujung kiri deque worker 1, sehingga kedua core tetap bekerja.",
    )
}

/// Tiga thread OS vs tiga task async di satu thread.
pub fn async_svg() -> String {
    let width = 760.0;
    let left = 150.0;
    let unit = 46.0;
    let lane_h = 24.0;
    let mut svg = Svg::new();
    svg.text(
        20.0,
        30.0,
        "class=\"fg title\"",
        "Menunggu I/O: tiga thread OS vs tiga task async di satu thread",
    );
    let colors = [TASK_COLORS[0].0, TASK_COLORS[1].0, TASK_COLORS[2].0];
    // Pola tiap tugas: kerja 0.5, tunggu 4, kerja 0.5 (dalam langkah).
    let segment = |svg: &mut Svg, x: f64, y: f64, w: f64, fill: &str, dashed: bool| {
        if dashed {
            svg.raw(&format!(
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"3\" fill=\"none\" stroke=\"{fill}\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>",
                n(x),
                n(y + 4.0),
                n(w),
                n(lane_h - 8.0)
            ));
        } else {
            svg.raw(&format!(
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"3\" fill=\"{fill}\"/>",
                n(x),
                n(y + 2.0),
                n(w),
                n(lane_h - 4.0)
            ));
        }
    };
    // Panel 1: thread.
    let mut y = 62.0;
    svg.text(
        20.0,
        y,
        "class=\"fg bold\"",
        "std::thread::spawn: satu thread OS per tugas",
    );
    svg.text(
        width - 24.0,
        y,
        "class=\"muted small\" text-anchor=\"end\"",
        "3 stack, 3 thread yang dijadwalkan OS",
    );
    y += 12.0;
    for (i, c) in colors.iter().enumerate() {
        let ly = y + i as f64 * (lane_h + 8.0);
        svg.text(
            left - 12.0,
            ly + 16.5,
            "class=\"fg\" text-anchor=\"end\"",
            &format!("thread {}", i + 1),
        );
        svg.rect(left, ly, 11.0 * unit, lane_h, "class=\"lane\" rx=\"3\"");
        let s = i as f64 * 0.15;
        segment(&mut svg, left + s * unit, ly, 0.5 * unit, c, false);
        segment(&mut svg, left + (s + 0.5) * unit, ly, 4.0 * unit, c, true);
        svg.text(
            left + (s + 2.5) * unit,
            ly + 16.0,
            "class=\"muted small\" text-anchor=\"middle\"",
            "tidur di read()",
        );
        segment(&mut svg, left + (s + 4.5) * unit, ly, 0.5 * unit, c, false);
    }
    // Panel 2: async.
    y += 3.0 * (lane_h + 8.0) + 30.0;
    svg.text(
        20.0,
        y,
        "class=\"fg bold\"",
        "tokio (current_thread): tiga task, satu thread",
    );
    svg.text(
        width - 24.0,
        y,
        "class=\"muted small\" text-anchor=\"end\"",
        "task yang menunggu tidak memakai thread",
    );
    y += 12.0;
    for (i, c) in colors.iter().enumerate() {
        let ly = y + i as f64 * (lane_h + 8.0);
        svg.text(
            left - 12.0,
            ly + 16.5,
            "class=\"fg\" text-anchor=\"end\"",
            &format!("task {}", i + 1),
        );
        let s = i as f64 * 0.5;
        segment(&mut svg, left + s * unit, ly, 0.5 * unit, c, false);
        segment(&mut svg, left + (s + 0.5) * unit, ly, 4.0 * unit, c, true);
        svg.text(
            left + (s + 2.5) * unit,
            ly + 16.0,
            "class=\"muted small\" text-anchor=\"middle\"",
            ".await (Pending)",
        );
        segment(&mut svg, left + (s + 4.5) * unit, ly, 0.5 * unit, c, false);
    }
    let ty = y + 3.0 * (lane_h + 8.0) + 6.0;
    svg.text(
        left - 12.0,
        ty + 16.5,
        "class=\"fg bold\" text-anchor=\"end\"",
        "thread runtime",
    );
    svg.rect(left, ty, 11.0 * unit, lane_h, "class=\"box\" rx=\"3\"");
    for (i, c) in colors.iter().enumerate() {
        for s in [i as f64 * 0.5, i as f64 * 0.5 + 4.5] {
            svg.raw(&format!(
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{c}\"/>",
                n(left + s * unit),
                n(ty + 1.0),
                n(0.5 * unit),
                n(lane_h - 2.0)
            ));
        }
    }
    svg.text(
        left + 3.25 * unit,
        ty + 16.5,
        "class=\"muted small\" text-anchor=\"middle\"",
        "menganggur",
    );
    // Sumbu.
    let ay = ty + lane_h + 18.0;
    svg.line(left, ay, left + 11.0 * unit, ay, "axis");
    svg.raw(&format!(
        "<path d=\"M{} {} l-8 -4 v8 z\" class=\"muted\"/>",
        n(left + 11.0 * unit),
        n(ay)
    ));
    svg.text(
        left + 11.0 * unit,
        ay + 16.0,
        "class=\"muted small\" text-anchor=\"end\"",
        "waktu",
    );
    let ly = ay + 30.0;
    svg.raw(&format!(
        "<rect x=\"20\" y=\"{}\" width=\"22\" height=\"12\" rx=\"2\" fill=\"{}\"/>",
        n(ly - 10.0),
        colors[0]
    ));
    svg.text(48.0, ly, "class=\"fg small\"", "memakai CPU");
    svg.raw(&format!(
        "<rect x=\"150\" y=\"{}\" width=\"22\" height=\"12\" rx=\"2\" fill=\"none\" stroke=\"{}\" stroke-dasharray=\"4 3\"/>",
        n(ly - 10.0),
        colors[0]
    ));
    svg.text(178.0, ly, "class=\"fg small\"", "menunggu I/O atau timer");
    svg.text(
        20.0,
        ly + 24.0,
        "class=\"muted small\"",
        "Keduanya selesai dalam waktu yang hampir sama; bedanya, async tidak butuh satu thread (dan satu stack) per tugas yang menunggu.",
    );
    svg.finish(
        "async",
        width,
        ly + 40.0,
        "Tiga thread OS dibandingkan tiga task async di satu thread",
        "Panel atas: tiga thread OS, masing-masing bekerja sebentar, tidur lama menunggu I/O, lalu \
         bekerja lagi; OS menjadwalkan ketiganya. Panel bawah: tiga task tokio di satu thread. \
         Setiap task bekerja sebentar lalu berhenti di .await; thread runtime menjalankan task \
         berikutnya, menganggur saat semua menunggu, lalu melanjutkan setiap task saat datanya siap.",
    )
}

/// Python dengan GIL vs Rust tanpa GIL: dua thread CPU-bound di dua core.
pub fn gil_svg() -> String {
    let width = 760.0;
    let left = 150.0;
    let unit = 38.0;
    let lane_h = 24.0;
    let mut svg = Svg::new();
    svg.text(
        20.0,
        30.0,
        "class=\"fg title\"",
        "Dua thread yang menghitung, di mesin 2 core",
    );
    let colors = [TASK_COLORS[0].0, TASK_COLORS[1].0];
    let mut y = 62.0;
    svg.text(
        20.0,
        y,
        "class=\"fg bold\"",
        "CPython dengan GIL: bergantian memegang GIL",
    );
    y += 12.0;
    for (i, c) in colors.iter().enumerate() {
        let ly = y + i as f64 * (lane_h + 8.0);
        svg.text(
            left - 12.0,
            ly + 16.5,
            "class=\"fg\" text-anchor=\"end\"",
            &format!("thread {}", i + 1),
        );
        svg.rect(left, ly, 14.0 * unit, lane_h, "class=\"lane\" rx=\"3\"");
        for k in 0..8 {
            if k % 2 == i {
                svg.raw(&format!(
                    "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"3\" fill=\"{c}\"/>",
                    n(left + k as f64 * 1.5 * unit),
                    n(ly + 2.0),
                    n(1.5 * unit - 2.0),
                    n(lane_h - 4.0)
                ));
            } else {
                svg.rect(
                    left + k as f64 * 1.5 * unit,
                    ly + 2.0,
                    1.5 * unit - 2.0,
                    lane_h - 4.0,
                    "class=\"wait\" rx=\"3\"",
                );
            }
        }
    }
    svg.text(
        left + 12.0 * unit + 4.0,
        y + lane_h + 8.0,
        "class=\"muted small\"",
        "selesai",
    );
    svg.line(
        left + 12.0 * unit,
        y - 4.0,
        left + 12.0 * unit,
        y + 2.0 * lane_h + 12.0,
        "accent",
    );
    y += 2.0 * (lane_h + 8.0) + 30.0;
    svg.text(
        20.0,
        y,
        "class=\"fg bold\"",
        "Rust (tanpa GIL): kedua thread berjalan bersamaan di dua core",
    );
    y += 12.0;
    for (i, c) in colors.iter().enumerate() {
        let ly = y + i as f64 * (lane_h + 8.0);
        svg.text(
            left - 12.0,
            ly + 16.5,
            "class=\"fg\" text-anchor=\"end\"",
            &format!("thread {}", i + 1),
        );
        svg.rect(left, ly, 14.0 * unit, lane_h, "class=\"lane\" rx=\"3\"");
        svg.raw(&format!(
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"3\" fill=\"{c}\"/>",
            n(left),
            n(ly + 2.0),
            n(6.0 * unit - 2.0),
            n(lane_h - 4.0)
        ));
        svg.text(
            left + 3.0 * unit,
            ly + 16.5,
            &format!(
                "fill=\"{}\" text-anchor=\"middle\" class=\"small bold\"",
                TASK_COLORS[i].1
            ),
            &format!("core {}", i + 1),
        );
    }
    svg.line(
        left + 6.0 * unit,
        y - 4.0,
        left + 6.0 * unit,
        y + 2.0 * lane_h + 12.0,
        "accent",
    );
    svg.text(
        left + 6.0 * unit + 4.0,
        y + lane_h + 8.0,
        "class=\"muted small\"",
        "selesai: kira-kira separuh waktunya",
    );
    let ay = y + 2.0 * (lane_h + 8.0) + 14.0;
    svg.line(left, ay, left + 14.0 * unit, ay, "axis");
    svg.raw(&format!(
        "<path d=\"M{} {} l-8 -4 v8 z\" class=\"muted\"/>",
        n(left + 14.0 * unit),
        n(ay)
    ));
    svg.text(
        left + 14.0 * unit,
        ay + 16.0,
        "class=\"muted small\" text-anchor=\"end\"",
        "waktu",
    );
    let ly = ay + 30.0;
    svg.raw(&format!(
        "<rect x=\"20\" y=\"{}\" width=\"22\" height=\"12\" rx=\"2\" fill=\"{}\"/>",
        n(ly - 10.0),
        colors[0]
    ));
    svg.text(
        48.0,
        ly,
        "class=\"fg small\"",
        "menjalankan bytecode / kode mesin",
    );
    svg.rect(270.0, ly - 10.0, 22.0, 12.0, "class=\"wait\" rx=\"2\"");
    svg.text(298.0, ly, "class=\"fg small\"", "menunggu GIL");
    svg.text(
        20.0,
        ly + 24.0,
        "class=\"muted small\"",
        "Skema, bukan pengukuran: angka nyata di mesin 2 core ada di bab ini dan di lampiran pengukuran.",
    );
    svg.finish(
        "gil",
        width,
        ly + 40.0,
        "Thread CPython dengan GIL dibandingkan thread Rust tanpa GIL",
        "Panel atas: dua thread CPython yang menghitung bergantian memegang GIL, sehingga pada \
         setiap saat hanya satu yang berjalan dan totalnya sama dengan menjalankan keduanya \
         berurutan. Panel bawah: dua thread Rust berjalan bersamaan di dua core dan selesai \
         kira-kira dalam separuh waktu.",
    )
}

/// Diagram statis: (nama berkas, pembuat).
pub fn static_diagrams() -> Vec<(&'static str, String)> {
    vec![
        ("mutex-antrian.svg", mutex_svg()),
        ("rayon-work-stealing.svg", work_stealing_svg()),
        ("async-vs-thread.svg", async_svg()),
        ("gil-vs-tanpa-gil.svg", gil_svg()),
    ]
}

fn write_if_changed(path: &Path, text: &str) -> Result<bool, String> {
    if std::fs::read_to_string(path).ok().as_deref() == Some(text) {
        return Ok(false);
    }
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(true)
}

/// `cargo xtask diagrams [--input BERKAS]`
pub fn command(root: &Path, args: &[String]) -> Result<(), String> {
    let mut input = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--input" => input = Some(it.next().ok_or("--input butuh nama berkas")?.clone()),
            other => return Err(format!("argumen tidak dikenal: {other}")),
        }
    }
    let img = root.join("src/img");
    std::fs::create_dir_all(&img).map_err(|e| format!("{}: {e}", img.display()))?;
    for (name, svg) in static_diagrams() {
        let changed = write_if_changed(&img.join(name), &svg)?;
        eprintln!(
            "xtask: src/img/{name} {}",
            if changed { "ditulis" } else { "tetap" }
        );
    }
    let (trace, source) = match input {
        Some(f) => (
            std::fs::read_to_string(&f).map_err(|e| format!("{f}: {e}"))?,
            format!("berkas {f}"),
        ),
        None => {
            let bin = "ch01-02-linimasa";
            if !root.join("Cargo.toml").exists()
                || !std::fs::read_to_string(root.join("Cargo.toml"))
                    .unwrap_or_default()
                    .contains(&format!("name = \"{bin}\""))
            {
                return Err(format!(
                    "listing {bin} belum ada di Cargo.toml; tulis listingnya dulu, atau pakai \
                     `cargo xtask diagrams --input berkas-jejak.txt`"
                ));
            }
            eprintln!("xtask: menjalankan {bin} untuk jejak linimasa");
            let out = Command::new(env!("CARGO"))
                .current_dir(root)
                .args(["run", "--quiet", "--locked", "--bin", bin])
                .output()
                .map_err(|e| format!("gagal menjalankan cargo run --bin {bin}: {e}"))?;
            if !out.status.success() {
                return Err(format!(
                    "cargo run --bin {bin} gagal ({}):\n{}",
                    out.status,
                    String::from_utf8_lossy(&out.stderr)
                ));
            }
            (
                String::from_utf8_lossy(&out.stdout).into_owned(),
                format!("run nyata `cargo run --bin {bin}`"),
            )
        }
    };
    let spans = parse_trace(&trace)?;
    let changed = write_if_changed(&img.join("linimasa.svg"), &timeline_svg(&spans, &source))?;
    eprintln!(
        "xtask: src/img/linimasa.svg {} ({} potongan jejak)",
        if changed { "ditulis" } else { "tetap" },
        spans.len()
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIXTURE: &str = include_str!("../testdata/linimasa.txt");

    #[test]
    fn parses_the_fixture_trace() {
        let spans = parse_trace(FIXTURE).unwrap();
        let konkuren: Vec<&Span> = spans.iter().filter(|s| s.mode == "konkuren").collect();
        let paralel: Vec<&Span> = spans.iter().filter(|s| s.mode == "paralel").collect();
        assert!(konkuren.iter().all(|s| s.lane == 1));
        assert_eq!(paralel.len(), 4);
        assert_eq!(
            spans[0],
            Span {
                mode: "konkuren".into(),
                lane: 1,
                task: "A".into(),
                start: 0.0,
                end: 25.0
            }
        );
    }

    #[test]
    fn rejects_broken_traces() {
        assert!(parse_trace("tanpa jejak").is_err());
        assert!(parse_trace("jejak mode=paralel lajur=1 tugas=A mulai=0 selesai=5").is_err()); // tanpa konkuren
        let bad = [
            "jejak mode=serial lajur=1 tugas=A mulai=0 selesai=1",
            "jejak mode=paralel lajur=x tugas=A mulai=0 selesai=1",
            "jejak mode=paralel lajur=1 tugas=A mulai=5 selesai=1",
            "jejak mode=paralel lajur=1 tugas=A mulai=-1 selesai=1",
            "jejak mode=paralel lajur=1 mulai=0 selesai=1",
        ];
        for b in bad {
            let text = format!("jejak mode=konkuren lajur=1 tugas=A mulai=0 selesai=1\n{b}");
            let err = parse_trace(&text).unwrap_err();
            assert!(err.contains("baris 2"), "{b}: {err}");
        }
    }

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
        well_formed(&svg);
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

    /// Pemeriksaan kasar XML: tag seimbang, atribut berkutip, tanpa `&` mentah.
    fn well_formed(svg: &str) {
        let mut stack: Vec<String> = Vec::new();
        let mut rest = svg;
        while let Some(i) = rest.find('<') {
            let j = rest[i..].find('>').expect("tag tidak ditutup") + i;
            let tag = &rest[i + 1..j];
            rest = &rest[j + 1..];
            if let Some(name) = tag.strip_prefix('/') {
                assert_eq!(
                    stack.pop().as_deref(),
                    Some(name),
                    "tag penutup salah: {tag}"
                );
            } else if !tag.ends_with('/') {
                let name = tag.split_whitespace().next().unwrap();
                stack.push(name.to_string());
            }
        }
        assert!(stack.is_empty(), "tag tidak ditutup: {stack:?}");
        for (k, _) in svg.match_indices('&') {
            let ent = &svg[k..(k + 6).min(svg.len())];
            assert!(
                ["&amp;", "&lt;", "&gt;", "&quot;"]
                    .iter()
                    .any(|e| ent.starts_with(e)),
                "& mentah: {ent}"
            );
        }
    }

    #[test]
    fn static_diagrams_are_accessible_and_well_formed() {
        for (name, svg) in static_diagrams() {
            assert!(svg.contains("role=\"img\""), "{name}");
            assert!(svg.contains("<title id="), "{name}");
            assert!(svg.contains("<desc id="), "{name}");
            well_formed(&svg);
        }
    }

    /// Diagram statis yang di-commit sama dengan keluaran kodenya
    /// (`cargo xtask diagrams` menulis ulang), dan linimasa.svg ada dan valid.
    #[test]
    fn committed_diagrams_are_up_to_date() {
        let img = Path::new(env!("CARGO_MANIFEST_DIR")).join("../src/img");
        for (name, svg) in static_diagrams() {
            let committed = std::fs::read_to_string(img.join(name))
                .unwrap_or_else(|e| panic!("src/img/{name}: {e}; jalankan `cargo xtask diagrams`"));
            assert!(
                committed == svg,
                "src/img/{name} tidak sama dengan keluaran kodenya; jalankan `cargo xtask diagrams`"
            );
        }
        let linimasa = std::fs::read_to_string(img.join("linimasa.svg")).unwrap();
        assert!(linimasa.contains("<desc id=\"linimasa-desk\">"));
        well_formed(&linimasa);
    }
}
