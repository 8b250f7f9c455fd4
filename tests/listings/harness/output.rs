//! Keluaran sebuah listing beserta pembantu pemeriksaan semantik, dipakai
//! bersama oleh semua bab (tanpa salinan per bab).

use std::fmt::Write as _;
use std::ops::Range;
use std::path::PathBuf;
use std::str::FromStr;

/// Asal sebuah keluaran: run nyata, atau contoh yang di-commit (berkasnya).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    Live,
    Sample(PathBuf),
}

/// Keluaran sebuah listing.
#[derive(Clone, Debug)]
pub struct Output {
    pub bin: String,
    pub source: Source,
    pub stdout: String,
    pub stderr: String,
    pub code: Option<i32>,
}

impl Output {
    pub fn lines(&self) -> Vec<&str> {
        self.stdout.lines().collect()
    }

    /// Indeks baris pertama yang memuat `pat`; gagal dengan pesan jelas.
    #[track_caller]
    pub fn line_of(&self, pat: &str) -> usize {
        self.lines()
            .iter()
            .position(|l| l.contains(pat))
            .unwrap_or_else(|| self.fail(&format!("tidak ada baris yang memuat {pat:?}")))
    }

    /// Semua indeks baris yang memuat `pat`.
    pub fn lines_with(&self, pat: &str) -> Vec<usize> {
        self.lines_with_in(0..usize::MAX, pat)
    }

    /// Indeks baris di dalam `range` yang memuat `pat`.
    pub fn lines_with_in(&self, range: Range<usize>, pat: &str) -> Vec<usize> {
        self.lines()
            .iter()
            .enumerate()
            .filter(|(i, l)| range.contains(i) && l.contains(pat))
            .map(|(i, _)| i)
            .collect()
    }

    /// Indeks satu-satunya baris yang memuat `pat`; gagal bila tidak ada atau
    /// lebih dari satu.
    #[track_caller]
    pub fn line_once(&self, pat: &str) -> usize {
        self.line_once_in(0..usize::MAX, pat)
    }

    /// Seperti [`Output::line_once`], hanya di antara baris `range`.
    #[track_caller]
    pub fn line_once_in(&self, range: Range<usize>, pat: &str) -> usize {
        let hits = self.lines_with_in(range.clone(), pat);
        if hits.len() != 1 {
            let whole = range == (0..usize::MAX);
            let place = if whole {
                String::new()
            } else {
                format!(" di baris {range:?}")
            };
            self.fail(&format!(
                "{pat:?} harus muncul tepat sekali{place}, ditemukan {}",
                hits.len()
            ));
        }
        hits[0]
    }

    /// Teks satu-satunya baris yang memuat `pat`.
    #[track_caller]
    pub fn only_line(&self, pat: &str) -> &str {
        self.lines()[self.line_once(pat)]
    }

    /// Baris-baris yang diawali `prefix`, beserta indeksnya.
    pub fn lines_starting(&self, prefix: &str) -> Vec<(usize, &str)> {
        self.lines()
            .into_iter()
            .enumerate()
            .filter(|(_, l)| l.starts_with(prefix))
            .collect()
    }

    /// Sisa teks (tanpa spasi di tepi) setelah `pat` pada setiap baris yang
    /// memuatnya, berurutan.
    pub fn rest_after(&self, pat: &str) -> Vec<String> {
        self.lines()
            .iter()
            .filter_map(|l| l.find(pat).map(|i| l[i + pat.len()..].trim().to_string()))
            .collect()
    }

    /// Indeks satu-satunya baris yang sama persis (setelah trim) dengan
    /// `text`; gagal bila baris itu tidak ada atau muncul lebih dari sekali.
    #[track_caller]
    pub fn exact_line(&self, text: &str) -> usize {
        let hits: Vec<usize> = self
            .lines()
            .iter()
            .enumerate()
            .filter(|(_, l)| l.trim() == text)
            .map(|(i, _)| i)
            .collect();
        if hits.len() != 1 {
            self.fail(&format!(
                "baris {text:?} seharusnya muncul tepat sekali, muncul {} kali",
                hits.len()
            ));
        }
        hits[0]
    }

    /// Keluaran program yang sepenuhnya deterministik harus sama persis.
    #[track_caller]
    pub fn assert_lines(&self, expected: &[&str]) {
        if self.lines() != expected {
            self.fail(&format!(
                "keluaran harus tepat:\n{}\n(program ini deterministik)",
                expected.join("\n")
            ));
        }
    }

    /// Baris terakhir (setelah trim) harus `text`.
    #[track_caller]
    pub fn assert_last_line(&self, text: &str) {
        if self.lines().last().map(|l| l.trim()) != Some(text) {
            self.fail(&format!("baris terakhir seharusnya {text:?}"));
        }
    }

    /// Jumlah baris yang memuat `pat`.
    pub fn count(&self, pat: &str) -> usize {
        self.lines_with(pat).len()
    }

    #[track_caller]
    pub fn assert_contains(&self, pat: &str) {
        if !self.stdout.contains(pat) {
            self.fail(&format!("keluaran tidak memuat {pat:?}"));
        }
    }

    /// Kontrak masukan buruk: kode keluar bukan nol, stderr diawali `prefix`
    /// (galat berbahasa Indonesia) dan memuat `needle`, tanpa jejak panic.
    #[track_caller]
    pub fn assert_clean_error(&self, prefix: &str, needle: &str) {
        if self.code.is_none_or(|c| c == 0) {
            self.fail("masukan buruk harus keluar dengan kode bukan nol");
        }
        if !(self.stderr.starts_with(prefix) && self.stderr.contains(needle)) {
            self.fail(&format!(
                "stderr harus diawali {prefix:?} dan memuat {needle:?}"
            ));
        }
        if self.stderr.contains("panicked") {
            self.fail("masukan buruk tidak boleh berakhir dengan panic");
        }
    }

    /// Bilangan pertama setelah `label` pada baris pertama yang memuat
    /// `label`. Pemisah ribuan `.`/`,`/`_` ala Indonesia dan Inggris diterima
    /// untuk bilangan bulat; gunakan [`Output::float_after`] untuk desimal.
    #[track_caller]
    pub fn int_after(&self, label: &str) -> i128 {
        let i = self.line_of(label);
        let line = self.lines()[i];
        let rest = &line[line.find(label).unwrap() + label.len()..];
        parse_int(rest).unwrap_or_else(|| {
            self.fail(&format!(
                "tidak ada bilangan bulat setelah {label:?} di baris {line:?}"
            ))
        })
    }

    /// Bilangan desimal pertama setelah `label` (titik atau koma desimal).
    #[track_caller]
    pub fn float_after(&self, label: &str) -> f64 {
        let i = self.line_of(label);
        let line = self.lines()[i];
        let rest = &line[line.find(label).unwrap() + label.len()..];
        parse_float(rest).unwrap_or_else(|| {
            self.fail(&format!(
                "tidak ada bilangan setelah {label:?} di baris {line:?}"
            ))
        })
    }

    /// Deretan angka pertama di `text` (tanpa tanda dan pemisah ribuan):
    /// `"Query 3 (aktif: 2)"` -> 3.
    #[track_caller]
    pub fn first_int<T: FromStr>(&self, text: &str) -> T {
        let digits: String = text
            .chars()
            .skip_while(|c| !c.is_ascii_digit())
            .take_while(char::is_ascii_digit)
            .collect();
        digits
            .parse()
            .unwrap_or_else(|_| self.fail(&format!("tidak ada bilangan di {text:?}")))
    }

    /// Deretan angka pertama setelah `label` di dalam `text` (satu baris).
    #[track_caller]
    pub fn int_in<T: FromStr>(&self, text: &str, label: &str) -> T {
        let i = text
            .find(label)
            .unwrap_or_else(|| self.fail(&format!("baris {text:?} tidak memuat {label:?}")));
        self.first_int(&text[i + label.len()..])
    }

    /// Deretan angka pertama setelah `label` pada baris pertama yang memuat
    /// `line_pat`.
    #[track_caller]
    pub fn int_in_line<T: FromStr>(&self, line_pat: &str, label: &str) -> T {
        self.int_in(self.lines()[self.line_of(line_pat)], label)
    }

    /// Semua deretan angka di `text`, berurutan, apa adanya (tanpa tafsiran
    /// pemisah ribuan): `"1..100001 -> 9592"` -> [1, 100001, 9592].
    #[track_caller]
    pub fn ints_in<T: FromStr>(&self, text: &str) -> Vec<T> {
        text.split(|c: char| !c.is_ascii_digit())
            .filter(|s| !s.is_empty())
            .map(|s| {
                s.parse()
                    .unwrap_or_else(|_| self.fail(&format!("bilangan {s:?} terlalu besar")))
            })
            .collect()
    }

    /// Isi daftar `[a, b, c]` di dalam `text`.
    #[track_caller]
    pub fn list_in<T: FromStr>(&self, text: &str) -> Vec<T> {
        let (Some(a), Some(b)) = (text.find('['), text.rfind(']')) else {
            self.fail(&format!("{text:?} tidak memuat daftar [..]"));
        };
        text[a + 1..b]
            .split(',')
            .filter(|x| !x.trim().is_empty())
            .map(|x| self.first_int(x))
            .collect()
    }

    /// Daftar `[a, b, c]` setelah `label` pada baris pertama yang memuatnya.
    #[track_caller]
    pub fn list_after<T: FromStr>(&self, label: &str) -> Vec<T> {
        let line = self.lines()[self.line_of(label)];
        self.list_in(&line[line.find(label).unwrap() + label.len()..])
    }

    /// Gagal dengan nama listing, asal keluaran, dan keluarannya.
    #[track_caller]
    pub fn fail(&self, msg: &str) -> ! {
        panic!("{}", self.describe(msg))
    }

    pub fn describe(&self, msg: &str) -> String {
        let what = match &self.source {
            Source::Live => "run nyata".to_string(),
            Source::Sample(path) => {
                format!("contoh keluaran yang di-commit ({})", path.display())
            }
        };
        let mut s = format!(
            "listing {} ({what}): {msg}\n--- stdout ---\n{}",
            self.bin, self.stdout
        );
        if !self.stderr.is_empty() {
            let _ = write!(s, "--- stderr ---\n{}", self.stderr);
        }
        s
    }
}

fn parse_int(s: &str) -> Option<i128> {
    let start = s.find(|c: char| c.is_ascii_digit())?;
    let neg = s[..start].ends_with('-');
    let digits: String = s[start..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '_'))
        .filter(char::is_ascii_digit)
        .collect();
    let v: i128 = digits.parse().ok()?;
    Some(if neg { -v } else { v })
}

fn parse_float(s: &str) -> Option<f64> {
    let start = s.find(|c: char| c.is_ascii_digit())?;
    let neg = s[..start].ends_with('-');
    let num: String = s[start..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || matches!(c, '.' | ','))
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    let num = num.trim_end_matches('.');
    let v: f64 = num.parse().ok()?;
    Some(if neg { -v } else { v })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn out(stdout: &str) -> Output {
        Output {
            bin: "ch99-01-uji".into(),
            source: Source::Live,
            stdout: stdout.into(),
            stderr: String::new(),
            code: Some(0),
        }
    }

    #[test]
    fn numbers_and_lists() {
        let o = out(
            "Query 3 mendapat koneksi #2 (aktif: 1)\nTotal: 1.000.000\nmap: [0, 1, 4]\n1..100001 -> 9592",
        );
        assert_eq!(o.first_int::<i64>(o.lines()[0]), 3);
        assert_eq!(o.int_in::<u8>(o.lines()[0], "aktif:"), 1);
        assert_eq!(o.int_in_line::<u32>("Query", "#"), 2);
        assert_eq!(o.int_after("Total:"), 1_000_000, "pemisah ribuan");
        assert_eq!(o.list_after::<u64>("map:"), [0, 1, 4]);
        assert_eq!(o.ints_in::<u64>(o.lines()[3]), [1, 100001, 9592]);
        assert_eq!(o.line_once("Total"), 1);
        assert_eq!(o.only_line("map"), "map: [0, 1, 4]");
        assert_eq!(o.lines_with_in(1..3, ":"), [1, 2]);
        assert_eq!(o.rest_after("map:"), ["[0, 1, 4]"]);
        assert_eq!(o.lines_starting("Q").len(), 1);
    }

    #[test]
    #[should_panic(expected = "harus muncul tepat sekali, ditemukan 2")]
    fn line_once_refuses_repeats() {
        out("a\na").line_once("a");
    }

    #[test]
    #[should_panic(expected = "tidak ada bilangan")]
    fn first_int_refuses_text_without_digits() {
        out("").first_int::<u32>("tanpa angka");
    }

    #[test]
    #[should_panic(expected = "keluaran harus tepat")]
    fn assert_lines_refuses_other_output() {
        out("a\nb").assert_lines(&["a"]);
    }
}
