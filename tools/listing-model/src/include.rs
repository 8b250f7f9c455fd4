//! Baris mana yang ditampilkan sebuah include: aturan anchor dan rentang baris
//! mdBook 0.5.4 (`take_lines.rs` di `mdbook-driver`), untuk pemeriksaan
//! anchor dan penanda "baris disembunyikan" di keterangan listing.

use crate::markdown::Directive;

/// Nama anchor pada baris yang memuat `marker` (`ANCHOR:` atau
/// `ANCHOR_END:`), seperti regex mdBook `ANCHOR:\s*(?P<anchor_name>[\w_-]+)`.
fn marker_name<'a>(line: &'a str, marker: &str) -> Option<&'a str> {
    line.match_indices(marker).find_map(|(i, _)| {
        let rest = line[i + marker.len()..].trim_start();
        let len = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'))
            .unwrap_or(rest.len());
        (len > 0).then(|| &rest[..len])
    })
}

/// Apakah berkas memuat penanda awal (`ANCHOR: nama`) dan akhir
/// (`ANCHOR_END: nama`) sebuah anchor.
pub fn anchor_markers(file_text: &str, anchor: &str) -> (bool, bool) {
    let has = |marker| {
        file_text
            .lines()
            .any(|l| marker_name(l, marker) == Some(anchor))
    };
    (has("ANCHOR:"), has("ANCHOR_END:"))
}

impl Directive {
    /// Jumlah baris tidak kosong yang disembunyikan `rustdoc_include` ini
    /// (mdBook menambahkan `# ` di depannya; tombol 👁 menampilkannya).
    /// Nol untuk `include` dan untuk berkas utuh.
    pub fn hidden_lines(&self, file_text: &str) -> usize {
        if !self.hides_lines() {
            return 0;
        }
        let lines: Vec<&str> = file_text.lines().collect();
        let hidden: Vec<&str> = match self.anchor() {
            Some(anchor) => {
                let mut inside = false;
                let mut out = Vec::new();
                for l in lines {
                    if inside {
                        if marker_name(l, "ANCHOR_END:") == Some(anchor) {
                            inside = false;
                        }
                    } else if let Some(name) = marker_name(l, "ANCHOR:") {
                        inside = name == anchor;
                    } else if marker_name(l, "ANCHOR_END:").is_none() {
                        out.push(l);
                    }
                }
                out
            }
            None => {
                let shown = self.line_range();
                lines
                    .into_iter()
                    .enumerate()
                    .filter(|(i, _)| !shown.contains(i))
                    .map(|(_, l)| l)
                    .collect()
            }
        };
        hidden.iter().filter(|l| !l.trim().is_empty()).count()
    }

    /// Rentang indeks baris (mulai 0) yang dipilih selektor `:awal:akhir`,
    /// menurut `parse_range_or_anchor` mdBook (nomor baris mulai 1, akhir
    /// inklusif; `:n` saja berarti satu baris).
    fn line_range(&self) -> std::ops::Range<usize> {
        let mut parts = self.selector().unwrap_or("").splitn(3, ':');
        let start = parts.next().and_then(|s| s.parse::<usize>().ok());
        let end = parts.next().map(str::parse::<usize>);
        match (start, end) {
            (Some(s), Some(Ok(e))) => s.saturating_sub(1)..e,
            (Some(s), Some(Err(_))) => s.saturating_sub(1)..usize::MAX,
            (Some(s), None) => s.saturating_sub(1)..s,
            (None, Some(Ok(e))) => 0..e,
            (None, _) => 0..usize::MAX,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markdown::directives;

    const FILE: &str = "use std::thread;\n\nfn main() {\n    // ANCHOR: inti\n    let h = thread::spawn(|| 1);\n    // ANCHOR: dalam\n    h.join().unwrap();\n    // ANCHOR_END: dalam\n    // ANCHOR_END: inti\n    helper();\n}\n";

    fn hidden(directive: &str) -> usize {
        directives(directive)[0].hidden_lines(FILE)
    }

    #[test]
    fn counts_what_rustdoc_include_hides() {
        // Di luar `inti`: `use`, `fn main() {`, `helper();`, `}` (baris kosong tidak dihitung).
        assert_eq!(hidden("{{#rustdoc_include a.rs:inti}}"), 4);
        // `dalam` menyembunyikan juga `let h = ...`.
        assert_eq!(hidden("{{#rustdoc_include a.rs:dalam}}"), 5);
        assert_eq!(hidden("{{#rustdoc_include a.rs}}"), 0, "berkas utuh");
        assert_eq!(
            hidden("{{#include a.rs:inti}}"),
            0,
            "include biasa tidak menyembunyikan"
        );
        // Rentang baris 3..=11 (1-based): `use` dan baris kosong di luar.
        assert_eq!(hidden("{{#rustdoc_include a.rs:3:11}}"), 1);
        assert_eq!(hidden("{{#rustdoc_include a.rs:3}}"), 9, "satu baris saja");
        assert_eq!(hidden("{{#rustdoc_include a.rs::2}}"), 9);
        // Anchor yang tidak ada: semuanya tersembunyi (mdBook diam saja).
        assert_eq!(hidden("{{#rustdoc_include a.rs:tidak-ada}}"), 6);
    }

    #[test]
    fn finds_anchor_markers_by_exact_name() {
        assert_eq!(anchor_markers(FILE, "inti"), (true, true));
        assert_eq!(anchor_markers(FILE, "int"), (false, false), "nama utuh");
        assert_eq!(anchor_markers("// ANCHOR: a\n", "a"), (true, false));
        assert_eq!(anchor_markers("//ANCHOR_END:a\n", "a"), (false, true));
        assert_eq!(
            anchor_markers("/* ANCHOR:   a-b_c */", "a-b_c"),
            (true, false)
        );
    }
}
