//! Callout "Dari Python": blockquote `> [!NOTE]` yang isinya diawali
//! `**Dari Python:**` dibungkus `<div class="dari-python">`, supaya CSS tema
//! memberinya gaya sendiri (tanpa JavaScript, juga di halaman cetak).
//!
//! ```markdown
//! > [!NOTE]
//! > **Dari Python:** `threading.Thread(target=f)` menjadi `thread::spawn(f)`.
//! ```

use listing_model::markdown::parser;
use listing_model::markdown::pulldown_cmark::{BlockQuoteKind, Event, Tag};

use crate::Wrap;

/// Pembungkus untuk setiap callout "Dari Python" di sebuah bab.
pub fn dari_python(content: &str) -> Vec<Wrap> {
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(content.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let line_of = |offset: usize| line_starts.partition_point(|&s| s <= offset) - 1;
    let events: Vec<_> = parser(content).into_offset_iter().collect();
    let mut out = Vec::new();
    for (k, (event, range)) in events.iter().enumerate() {
        let Event::Start(Tag::BlockQuote(Some(BlockQuoteKind::Note))) = event else {
            continue;
        };
        // Isi pertamanya: paragraf yang diawali teks tebal "Dari Python:".
        let starts_with_marker = matches!(
            events.get(k + 1..k + 4),
            Some([
                (Event::Start(Tag::Paragraph), _),
                (Event::Start(Tag::Strong), _),
                (Event::Text(t), _),
            ]) if t.as_ref() == "Dari Python:"
        );
        if !starts_with_marker {
            continue;
        }
        let first_line = line_of(range.start);
        out.push(Wrap {
            first_line,
            last_line: line_of(range.end.saturating_sub(1).max(range.start)),
            // Awalan wadah di luar blockquote ini (`> ` untuk yang bersarang).
            prefix: content[line_starts[first_line]..range.start].to_string(),
            open: "<div class=\"dari-python\">".into(),
            close: "</div>".into(),
            replace: None,
        });
    }
    out
}

#[cfg(test)]
mod tests;
