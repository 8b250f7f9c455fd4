//! Pemeriksaan diagram di `src/img/` (berkas SVG statis yang diedit langsung,
//! dan linimasa yang digambar xtask): XML yang sah, bisa dibaca pembaca layar,
//! punya versi gelap, terbaca di layar ponsel, dan tidak menjanjikan hal yang
//! tidak dijanjikan std.

use std::path::PathBuf;

/// Diagram statis: diedit sebagai berkas, bukan dibuat kode.
pub const STATIC: &[&str] = &[
    "mutex-antrian.svg",
    "gil-vs-tanpa-gil.svg",
    "rayon-work-stealing.svg",
    "async-vs-thread.svg",
];

/// Lebar gambar di halaman buku pada layar ponsel selebar 390 px (diukur di
/// Chromium: `main img` pada viewport 390 px selebar 350 px).
const PHONE_IMAGE_PX: f64 = 350.0;

/// Ukuran huruf terkecil yang masih nyaman dibaca, dalam px layar.
const MIN_FONT_PX: f64 = 14.0;

fn img(name: &str) -> PathBuf {
    crate::root().join("src/img").join(name)
}

/// Urai `svg` dengan pengurai XML sungguhan; panik dengan pesan yang jelas bila rusak.
pub fn parse_svg(svg: &str) -> roxmltree::Document<'_> {
    roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("SVG bukan XML yang sah: {e}"))
}

/// Masalah aksesibilitas dan keterbacaan sebuah SVG statis.
pub fn problems(svg: &str) -> Vec<String> {
    let doc = match roxmltree::Document::parse(svg) {
        Ok(d) => d,
        Err(e) => return vec![format!("bukan XML yang sah: {e}")],
    };
    let root = doc.root_element();
    let mut out = Vec::new();
    if root.tag_name().name() != "svg" || root.attribute("role") != Some("img") {
        out.push("elemen akar harus <svg role=\"img\">".to_string());
    }
    // aria-labelledby menunjuk <title> dan <desc> yang ada dan tidak kosong.
    let ids: Vec<&str> = root
        .attribute("aria-labelledby")
        .unwrap_or_default()
        .split_whitespace()
        .collect();
    for tag in ["title", "desc"] {
        let labelled = doc.descendants().any(|n| {
            n.tag_name().name() == tag
                && n.attribute("id").is_some_and(|id| ids.contains(&id))
                && n.text().is_some_and(|t| t.trim().len() > 10)
        });
        if !labelled {
            out.push(format!(
                "aria-labelledby tidak menunjuk <{tag}> yang berisi"
            ));
        }
    }
    if !svg.contains("prefers-color-scheme: dark") {
        out.push("tidak ada warna untuk skema gelap".to_string());
    }
    let width = root
        .attribute("viewBox")
        .and_then(|v| v.split_whitespace().nth(2))
        .and_then(|w| w.parse::<f64>().ok());
    let Some(width) = width else {
        out.push("tidak ada viewBox".to_string());
        return out;
    };
    // Semua ukuran huruf (di <style> maupun atribut) terbaca di ponsel.
    let min_units = width * MIN_FONT_PX / PHONE_IMAGE_PX;
    let sizes: Vec<f64> = svg
        .split("font-size")
        .skip(1)
        .filter_map(|rest| {
            let digits: String = rest
                .trim_start_matches([':', '=', '"', ' '])
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == '.')
                .collect();
            digits.parse().ok()
        })
        .collect();
    if sizes.is_empty() {
        out.push("tidak ada font-size".to_string());
    }
    for s in sizes.iter().filter(|s| **s < min_units - 1e-9) {
        out.push(format!(
            "font-size {s} di viewBox selebar {width} menjadi {:.1} px di ponsel (< {MIN_FONT_PX} px)",
            s * PHONE_IMAGE_PX / width
        ));
    }
    out
}

#[test]
fn static_diagrams_are_valid_accessible_and_readable_on_a_phone() {
    for name in STATIC {
        let svg = std::fs::read_to_string(img(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        let p = problems(&svg);
        assert!(p.is_empty(), "src/img/{name}:\n{}", p.join("\n"));
    }
}

#[test]
fn the_checks_reject_broken_diagrams() {
    let good = std::fs::read_to_string(img("mutex-antrian.svg")).unwrap();
    assert!(problems(&good).is_empty());
    let broken = [
        good.replacen("</svg>", "", 1),
        good.replacen("role=\"img\"", "", 1),
        good.replacen("<desc id=", "<desk id=", 1)
            .replacen("</desc>", "</desk>", 1),
        good.replace("prefers-color-scheme: dark", "prefers-color-scheme: light"),
        good.replacen("font-size: ", "font-size: 0.", 1),
    ];
    for (i, b) in broken.iter().enumerate() {
        assert!(!problems(b).is_empty(), "versi rusak {i} lolos");
    }
}

/// std::sync::Mutex tidak menjanjikan urutan siapa yang mendapat lock
/// berikutnya (tidak FIFO, tidak adil): diagramnya harus mengatakannya.
#[test]
fn mutex_diagram_promises_no_order() {
    let svg = std::fs::read_to_string(img("mutex-antrian.svg")).unwrap();
    let doc = parse_svg(&svg);
    let text: String = doc
        .descendants()
        .filter(|n| ["text", "tspan", "title", "desc"].contains(&n.tag_name().name()))
        .filter_map(|n| n.text())
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    assert!(text.contains("tanpa jaminan urutan"), "{text}");
    for promise in ["sesuai urutan datang", "bergiliran sesuai", "first-in"] {
        assert!(
            !text.contains(promise),
            "diagram Mutex menjanjikan {promise:?}"
        );
    }
}

/// Linimasa Bab 1 (digambar `cargo xtask diagrams`) memenuhi aturan yang sama.
#[test]
fn generated_timeline_is_valid_accessible_and_readable_on_a_phone() {
    let svg = std::fs::read_to_string(img("linimasa.svg")).unwrap();
    let p = problems(&svg);
    assert!(p.is_empty(), "src/img/linimasa.svg:\n{}", p.join("\n"));
}
