//! Angka ala Indonesia untuk tabel dan grafik: koma desimal, titik ribuan.

pub fn fmt_num(x: f64, decimals: usize) -> String {
    let s = format!("{x:.decimals$}");
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i.to_string(), Some(f.to_string())),
        None => (s.clone(), None),
    };
    let (sign, digits) = match int.strip_prefix('-') {
        Some(d) => ("-", d.to_string()),
        None => ("", int),
    };
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(c);
    }
    match frac {
        Some(f) => format!("{sign}{grouped},{f}"),
        None => format!("{sign}{grouped}"),
    }
}

/// Waktu yang mudah dibaca: `8,25 s`, `612 ms`, `40,1 ms`, `2,53 ms`.
pub fn fmt_ms(ms: f64) -> String {
    if !ms.is_finite() {
        "-".to_string()
    } else if ms >= 1000.0 {
        format!("{} s", fmt_num(ms / 1000.0, 2))
    } else if ms >= 100.0 {
        format!("{} ms", fmt_num(ms, 0))
    } else if ms >= 10.0 {
        format!("{} ms", fmt_num(ms, 1))
    } else if ms >= 1.0 {
        format!("{} ms", fmt_num(ms, 2))
    } else if ms >= 0.001 {
        let us = ms * 1000.0;
        let d = if us >= 100.0 {
            0
        } else if us >= 10.0 {
            1
        } else {
            2
        };
        format!("{} µs", fmt_num(us, d))
    } else {
        let ns = ms * 1e6;
        let d = if ns >= 100.0 {
            0
        } else if ns >= 10.0 {
            1
        } else {
            2
        };
        format!("{} ns", fmt_num(ns, d))
    }
}

/// Rentang min-maks dengan satuan yang sama.
pub fn fmt_range(min: f64, max: f64) -> String {
    format!("{} – {}", fmt_ms(min), fmt_ms(max))
}

pub fn fmt_x(x: f64) -> String {
    if !x.is_finite() {
        "-".to_string()
    } else if x >= 100.0 {
        format!("{}×", fmt_num(x, 0))
    } else if x >= 10.0 {
        format!("{}×", fmt_num(x, 1))
    } else {
        format!("{}×", fmt_num(x, 2))
    }
}

/// Memori: `12,3 MiB`, `850 KiB`, `9,5 KiB`.
pub fn fmt_kib(kib: f64) -> String {
    if !kib.is_finite() {
        "-".to_string()
    } else if kib.abs() >= 10_240.0 {
        format!("{} MiB", fmt_num(kib / 1024.0, 1))
    } else if kib.abs() >= 100.0 {
        format!("{} KiB", fmt_num(kib, 0))
    } else {
        format!("{} KiB", fmt_num(kib, 1))
    }
}

pub fn fmt_load(l: Option<[f64; 3]>) -> String {
    l.map_or("-".to_string(), |l| {
        l.iter()
            .map(|x| fmt_num(*x, 2))
            .collect::<Vec<_>>()
            .join(" / ")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indonesian_numbers() {
        assert_eq!(fmt_num(1234567.891, 2), "1.234.567,89");
        assert_eq!(fmt_num(-12.0, 0), "-12");
        assert_eq!(fmt_ms(8249.6), "8,25 s");
        assert_eq!(fmt_ms(588.3), "588 ms");
        assert_eq!(fmt_ms(40.12), "40,1 ms");
        assert_eq!(fmt_ms(2.5), "2,50 ms");
        assert_eq!(fmt_ms(0.0456), "45,6 µs");
        assert_eq!(fmt_ms(0.00012), "120 ns");
        assert_eq!(fmt_ms(0.0000063), "6,30 ns");
        assert_eq!(fmt_x(1.916), "1,92×");
        assert_eq!(fmt_x(110.4), "110×");
        assert_eq!(fmt_kib(9.46), "9,5 KiB");
        assert_eq!(fmt_kib(20480.0), "20,0 MiB");
    }
}
