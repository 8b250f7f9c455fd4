use std::collections::BTreeSet;

use crate::{chapters, rel};

/// Id judul ala mdBook: huruf kecil, spasi menjadi `-`, hanya huruf, angka,
/// `_` dan `-` yang dipertahankan.
fn heading_id(title: &str) -> String {
    title
        .chars()
        .filter_map(|c| {
            if c.is_alphanumeric() || c == '_' || c == '-' {
                Some(c.to_ascii_lowercase())
            } else if c.is_whitespace() {
                Some('-')
            } else {
                None
            }
        })
        .collect()
}

fn heading_ids(markdown: &str) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let mut in_code = false;
    for line in markdown.lines() {
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
        }
        if in_code {
            continue;
        }
        if let Some(title) = line.strip_prefix('#') {
            let title = title.trim_start_matches('#').trim();
            // `{#id}` eksplisit, atau id dari teks judul (tanpa markup `).
            if let Some(i) = title.find("{#") {
                ids.insert(title[i + 2..].trim_end_matches('}').to_string());
            } else {
                ids.insert(heading_id(&title.replace(['`', '*'], "")));
            }
        }
    }
    ids
}

/// Setiap tautan relatif antar-bab (`[..](bab.md#bagian)`) menunjuk berkas
/// yang ada dan judul yang ada di berkas itu.
#[test]
fn internal_links_resolve() {
    let mut problems = Vec::new();
    for ch in chapters() {
        let text = std::fs::read_to_string(&ch).unwrap();
        let mut pos = 0;
        while let Some(i) = text[pos..].find("](") {
            let start = pos + i + 2;
            let Some(len) = text[start..].find(')') else {
                break;
            };
            pos = start + len;
            let link = &text[start..start + len];
            if link.contains("://") || link.starts_with("mailto:") || link.contains(' ') {
                continue;
            }
            let (file, frag) = match link.split_once('#') {
                Some((f, a)) => (f, Some(a)),
                None => (link, None),
            };
            if !(file.is_empty() || file.ends_with(".md")) {
                continue;
            }
            let target = if file.is_empty() {
                ch.clone()
            } else {
                ch.parent().unwrap().join(file)
            };
            let Ok(target_text) = std::fs::read_to_string(&target) else {
                problems.push(format!(
                    "{}: tautan ke berkas yang tidak ada: {link}",
                    rel(&ch)
                ));
                continue;
            };
            if let Some(frag) = frag
                && !heading_ids(&target_text).contains(frag)
            {
                problems.push(format!(
                    "{}: tautan {link}: tidak ada judul dengan id {frag:?} di {}",
                    rel(&ch),
                    rel(&target)
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Tidak ada teks pengganti yang lupa diisi (`PENJELASAN-GIL` di baris
/// sendiri, TODO, FIXME) di halaman buku.
#[test]
fn no_placeholders_in_the_book() {
    let mut problems = Vec::new();
    for ch in chapters() {
        let text = std::fs::read_to_string(&ch).unwrap();
        for (i, line) in text.lines().enumerate() {
            let t = line.trim();
            let shouting = t.len() > 3
                && t.contains('-')
                && t.chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-');
            let marker = ["TODO", "FIXME", "TBD", "XXX"].iter().any(|m| {
                t.split(|c: char| !c.is_ascii_alphanumeric())
                    .any(|w| w == *m)
            });
            if shouting || marker {
                problems.push(format!("{}:{}: teks pengganti: {t}", rel(&ch), i + 1));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
