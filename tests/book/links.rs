use std::collections::BTreeSet;

use listing_model::markdown::parser;
use listing_model::markdown::pulldown_cmark::{Event, Tag, TagEnd};

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

/// Id setiap judul: `{#id}` eksplisit, atau id dari teks judul (tanpa markup).
fn heading_ids(markdown: &str) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let mut current: Option<(Option<String>, String)> = None;
    for event in parser(markdown) {
        match event {
            Event::Start(Tag::Heading { id, .. }) => {
                current = Some((id.map(|i| i.to_string()), String::new()));
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, text)) = current.as_mut() {
                    text.push_str(&t);
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((id, text)) = current.take() {
                    ids.insert(id.unwrap_or_else(|| heading_id(&text)));
                }
            }
            _ => {}
        }
    }
    ids
}

/// Tujuan setiap tautan di sebuah bab (tautan di blok kode bukan tautan).
fn links(markdown: &str) -> Vec<String> {
    parser(markdown)
        .filter_map(|e| match e {
            Event::Start(Tag::Link { dest_url, .. }) => Some(dest_url.to_string()),
            _ => None,
        })
        .collect()
}

/// Setiap tautan relatif antar-bab (`[..](bab.md#bagian)`) menunjuk berkas
/// yang ada dan judul yang ada di berkas itu.
#[test]
fn internal_links_resolve() {
    let mut problems = Vec::new();
    for ch in chapters() {
        let text = std::fs::read_to_string(&ch).unwrap();
        for link in links(&text) {
            let link = link.as_str();
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
