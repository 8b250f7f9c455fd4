use std::collections::BTreeSet;
use std::path::PathBuf;

use crate::{bin_name, chapters, directives, normalize, rel, root};

/// Listing yang diukur `cargo xtask bench` (berkas data bench/workloads.toml):
/// bab yang menampilkannya mengutip angka kecepatan dari run yang di-commit
/// (`{{#include ../bench/tables.md:...}}`) dan menautkan Lampiran C, bukan
/// angka yang diketik tangan.
#[test]
fn chapters_with_benchmarked_listings_show_the_measured_figures() {
    let text = std::fs::read_to_string(root().join("bench/workloads.toml")).unwrap();
    let data: toml::Table = text.parse().expect("bench/workloads.toml tidak sah");
    let bins: Vec<&str> = data["workload"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|w| w.get("rust").and_then(toml::Value::as_str))
        .collect();
    assert!(
        bins.len() >= 5,
        "beban kerja Rust di bench/workloads.toml tidak terbaca: {bins:?}"
    );
    let tables = normalize(&root().join("bench/tables.md"));
    let dirs = directives();
    let mut problems = Vec::new();
    for bin in bins {
        let chapters: BTreeSet<PathBuf> = dirs
            .iter()
            .filter(|d| {
                let t = normalize(&d.target);
                t.extension().is_some_and(|e| e == "rs")
                    && t.starts_with(root().join("listings"))
                    && bin_name(&t) == bin
            })
            .map(|d| d.chapter.clone())
            .collect();
        if chapters.is_empty() {
            problems.push(format!(
                "listing {bin} (diukur bench) tidak ditampilkan bab mana pun"
            ));
        }
        for ch in chapters {
            let shows_table = dirs
                .iter()
                .any(|d| d.chapter == ch && normalize(&d.target) == tables);
            let text = std::fs::read_to_string(&ch).unwrap();
            let is_appendix = ch.ends_with("lampiran-c-pengukuran.md");
            if !shows_table {
                problems.push(format!(
                    "{}: menampilkan listing {bin} yang diukur bench, tetapi tidak meng-include \
                     angka dari bench/tables.md",
                    rel(&ch)
                ));
            }
            if !is_appendix && !text.contains("lampiran-c-pengukuran.md") {
                problems.push(format!(
                    "{}: menampilkan listing {bin} yang diukur bench, tetapi tidak menautkan Lampiran C",
                    rel(&ch)
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Angka terukur yang dikutip di prosa (`348 ms`, `46 µs`, `1,55x`) harus
/// ada di contoh keluaran (`.out`) atau listing yang di-include halaman yang
/// sama, atau di angka bench. Kalau sebuah `.out` di-bless ulang, prosa yang
/// masih mengutip angka lama gagal di sini, bukan diam-diam basi.
///
/// Tidak diperiksa: kelipatan 10 ms (jeda tidur dari listing, misalnya
/// "100 ms"), notasi ilmiah (`1,8 × 10¹⁹`), perkalian (`50 × (k − 2)`), dan
/// angka hasil hitungan yang didaftar di `COMPUTED`.
#[test]
fn measured_figures_in_prose_match_the_shown_outputs() {
    /// (berkas, potongan baris): angka yang dihitung dari konstanta, bukan diukur.
    const COMPUTED: &[(&str, &str)] = &[
        ("ch04-02-koordinasi.md", "533 ms"),
        ("ch07-rayon.md", "= 1.000 ms"),
        ("lampiran-c-pengukuran.md", "paling banyak 16×"),
    ];
    /// `1.80` -> `1.8`, `15.0` -> `15`: ambang "1,8×" sama dengan "1,80×".
    fn trim_zeros(n: &str) -> String {
        if n.contains('.') {
            n.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            n.to_string()
        }
    }
    let numbers_in = |text: &str, out: &mut BTreeSet<String>| {
        let mut cur = String::new();
        for c in text.chars().chain(std::iter::once(' ')) {
            if c.is_ascii_digit() || ((c == '.' || c == ',') && !cur.is_empty()) {
                cur.push(if c == ',' { '.' } else { c });
            } else if !cur.is_empty() {
                let n = cur.trim_end_matches('.').to_string();
                out.insert(n.replace('.', ""));
                out.insert(trim_zeros(&n));
                out.insert(n);
                cur.clear();
            }
        }
    };
    let mut bench = BTreeSet::new();
    numbers_in(
        &std::fs::read_to_string(root().join("bench/tables.md")).unwrap(),
        &mut bench,
    );
    let dirs = directives();
    let mut problems = Vec::new();
    for ch in chapters() {
        let name = ch.file_name().unwrap().to_str().unwrap().to_string();
        let mut known = bench.clone();
        for d in dirs.iter().filter(|d| d.chapter == ch && d.kind != "quiz") {
            if let Ok(t) = std::fs::read_to_string(&d.target) {
                numbers_in(&t, &mut known);
            }
        }
        let text = std::fs::read_to_string(&ch).unwrap();
        let mut fence = false;
        for (i, line) in text.lines().enumerate() {
            if line.trim_start().starts_with("```") {
                fence = !fence;
                continue;
            }
            if fence || line.contains("{{#") {
                continue;
            }
            if COMPUTED.iter().any(|(f, s)| *f == name && line.contains(s)) {
                continue;
            }
            // Isi `kode` sebaris adalah contoh format, bukan angka yang dikutip.
            let prose: String = line
                .split('`')
                .enumerate()
                .map(|(k, part)| if k % 2 == 0 { part } else { "" })
                .collect::<Vec<_>>()
                .join("``");
            let chars: Vec<char> = prose.chars().collect();
            let mut j = 0;
            while j < chars.len() {
                if !chars[j].is_ascii_digit() || (j > 0 && chars[j - 1].is_alphanumeric()) {
                    j += 1;
                    continue;
                }
                let start = j;
                while j < chars.len()
                    && (chars[j].is_ascii_digit()
                        || ((chars[j] == '.' || chars[j] == ',')
                            && chars.get(j + 1).is_some_and(|c| c.is_ascii_digit())))
                {
                    j += 1;
                }
                let raw: String = chars[start..j].iter().collect();
                let rest: String = chars[j..].iter().collect();
                let rest = rest.strip_prefix(' ').unwrap_or(&rest);
                let unit = ["ms", "µs", "×", "x"].into_iter().find(|u| {
                    rest.starts_with(u)
                        && !rest[u.len()..]
                            .chars()
                            .next()
                            .is_some_and(char::is_alphanumeric)
                });
                let Some(unit) = unit else { continue };
                let after = rest[unit.len()..].trim_start();
                let multiplication = (unit == "×" || unit == "x")
                    && after
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_ascii_digit() || c == '(' || c == '*');
                let n = raw.replace(',', ".");
                let round_sleep =
                    unit == "ms" && !n.contains('.') && n.parse::<u64>().is_ok_and(|v| v % 10 == 0);
                let thousands = raw.contains('.') && !raw.contains(',');
                let key = if thousands {
                    raw.replace('.', "")
                } else {
                    n.clone()
                };
                if multiplication
                    || round_sleep
                    || known.contains(&key)
                    || known.contains(&n)
                    || known.contains(&trim_zeros(&n))
                {
                    continue;
                }
                let sep = if unit.ends_with('s') { " " } else { "" };
                problems.push(format!(
                    "{}:{}: angka \"{raw}{sep}{unit}\" tidak ada di .out/listing yang di-include \
                     halaman ini maupun di bench/tables.md (angka basi setelah bless?)",
                    rel(&ch),
                    i + 1
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
