//! Membaca waktu setiap varian dari keluaran program: baris berlabel yang
//! dicetak listing itu sendiri (`Berurutan: 78498 prima, waktu 75.3 ms`).

use super::config::Workload;
use anyhow::{Result, bail};

/// Waktu (ms) setiap varian dari keluaran satu run, dalam urutan
/// `w.variants`. Gagal keras bila label hilang, muncul di lebih dari satu
/// baris, atau barisnya tidak memuat waktu.
pub fn parse_times(w: &Workload, shown: &str, stdout: &str) -> Result<Vec<f64>> {
    let hint = "perbarui bench/workloads.toml bila listing mengubah teks keluarannya";
    let mut times = Vec::new();
    for v in &w.variants {
        let label = v.label.as_str();
        let lines: Vec<&str> = stdout.lines().filter(|l| l.contains(label)).collect();
        let line = match lines.as_slice() {
            [one] => *one,
            [] => bail!(
                "{shown}: tidak ada baris yang memuat label {label:?} (varian {}); {hint}\n--- keluaran ---\n{stdout}",
                v.key
            ),
            many => bail!(
                "{shown}: label {label:?} muncul di {} baris, harus tepat satu; {hint}\n--- keluaran ---\n{stdout}",
                many.len()
            ),
        };
        let after = &line[line.find(label).expect("ada") + label.len()..];
        let Some(t) = parse_time_ms(after) else {
            bail!(
                "{shown}: baris {line:?} (label {label:?}) tidak memuat waktu (mis. \"12.3 ms\"); {hint}"
            );
        };
        times.push(t);
    }
    Ok(times)
}

/// Bilangan pertama yang diikuti satuan waktu, dalam milidetik: `612.3 ms`,
/// `537.79ms` (format `{:?}` Duration), `1.25 s`, `850µs`, `12 ns`.
pub fn parse_time_ms(s: &str) -> Option<f64> {
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        let prev_ok = i == 0 || !(chars[i - 1].1.is_alphanumeric() || chars[i - 1].1 == '.');
        if !(c.is_ascii_digit() && prev_ok) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len()
            && (chars[j].1.is_ascii_digit()
                || (matches!(chars[j].1, '.' | ',')
                    && chars.get(j + 1).is_some_and(|c| c.1.is_ascii_digit())))
        {
            j += 1;
        }
        let end = chars.get(j).map_or(s.len(), |c| c.0);
        let number = s[start..end].replace(',', ".");
        let mut k = j;
        while k < chars.len() && chars[k].1 == ' ' {
            k += 1;
        }
        let unit_start = chars.get(k).map_or(s.len(), |c| c.0);
        let unit: String = s[unit_start..]
            .chars()
            .take_while(|c| c.is_alphabetic())
            .collect();
        let scale = match unit.as_str() {
            "ns" => Some(1e-6),
            "µs" | "μs" | "us" => Some(1e-3),
            "ms" => Some(1.0),
            "s" | "detik" => Some(1000.0),
            _ => None,
        };
        if let (Some(scale), Ok(x)) = (scale, number.parse::<f64>()) {
            return Some(x * scale);
        }
        i = j.max(i + 1);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bench::config::Config;

    #[test]
    fn times_in_every_format_the_listings_print() {
        assert_eq!(parse_time_ms(" 78498 prima, waktu 588.3 ms"), Some(588.3));
        assert_eq!(
            parse_time_ms(": hasil 1 = 333, hasil 2 = 333, waktu = 537.79ms, percepatan = 1.00x"),
            Some(537.79)
        );
        assert_eq!(parse_time_ms(" total 1000000, waktu 45 ms"), Some(45.0));
        assert_eq!(parse_time_ms(" 1.25s"), Some(1250.0));
        assert_eq!(parse_time_ms(" 850µs"), Some(0.85));
        assert_eq!(parse_time_ms(" 2 thread: 10 potongan"), None);
        assert_eq!(parse_time_ms(" 4 proses, waktu 12,5 ms"), Some(12.5));
    }

    #[test]
    fn missing_or_ambiguous_labels_fail_loudly() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .unwrap();
        let config = Config::load(root).unwrap();
        let w = config.workload("saringan").unwrap();
        let ok = "Pembagian percobaan, rayon 2 thread: 78498 prima, waktu 40.0 ms\n\
                  Saringan Eratosthenes, 1 thread: 78498 prima, waktu 2.5 ms\n";
        assert_eq!(parse_times(w, "x", ok).unwrap(), vec![40.0, 2.5]);
        let renamed = ok.replace("Saringan Eratosthenes", "Saringan");
        let err = parse_times(w, "x", &renamed).unwrap_err().to_string();
        assert!(err.contains("Saringan Eratosthenes"), "{err}");
        let twice = format!("{ok}{ok}");
        let err = parse_times(w, "x", &twice).unwrap_err().to_string();
        assert!(err.contains("tepat satu"), "{err}");
    }
}
