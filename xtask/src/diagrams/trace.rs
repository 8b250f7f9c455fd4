//! Jejak dari listing Bab 1 `ch01-02-linimasa`: baris
//! `jejak mode=<konkuren|paralel> lajur=<N> tugas=<huruf> mulai=<ms> selesai=<ms>`.

use anyhow::{anyhow, bail};

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
pub fn parse_trace(text: &str) -> anyhow::Result<Vec<Span>> {
    let mut spans = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let Some(rest) = line.trim().strip_prefix("jejak ") else {
            continue;
        };
        let field = |key: &str| -> anyhow::Result<&str> {
            rest.split_whitespace()
                .find_map(|kv| kv.strip_prefix(key)?.strip_prefix('='))
                .ok_or_else(|| anyhow!("baris {}: `{key}=` tidak ada: {line}", n + 1))
        };
        let num = |key: &str| -> anyhow::Result<f64> {
            let v = field(key)?;
            v.parse::<f64>()
                .ok()
                .filter(|x| x.is_finite() && *x >= 0.0)
                .ok_or_else(|| anyhow!("baris {}: {key}={v} bukan angka >= 0", n + 1))
        };
        let mode = field("mode")?.to_string();
        if mode != "konkuren" && mode != "paralel" {
            bail!("baris {}: mode={mode}, harus konkuren atau paralel", n + 1);
        }
        let lane = field("lajur")?
            .parse::<u32>()
            .map_err(|_| anyhow!("baris {}: lajur bukan bilangan bulat: {line}", n + 1))?;
        let task = field("tugas")?.to_string();
        let (start, end) = (num("mulai")?, num("selesai")?);
        if end < start {
            bail!("baris {}: selesai < mulai: {line}", n + 1);
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
        bail!("tidak ada baris `jejak mode=... lajur=... tugas=... mulai=... selesai=...`");
    }
    for mode in ["konkuren", "paralel"] {
        if !spans.iter().any(|s| s.mode == mode) {
            bail!("tidak ada jejak untuk mode={mode}");
        }
    }
    Ok(spans)
}

#[cfg(test)]
pub const FIXTURE: &str = include_str!("../../testdata/linimasa.txt");

#[cfg(test)]
mod tests {
    use super::*;

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
            assert!(err.to_string().contains("baris 2"), "{b}: {err}");
        }
    }
}
