//! Latihan: satu berkas solusi (`latihan-NN-nama.rs`) dengan bagian pembaca
//! ditandai, tempat semua turunan dibuat. Starter (yang dilihat dan diedit
//! pembaca), solusi yang ditampilkan buku, dan program jawaban salah
//! (`latihan-NN-nama.salah-KATA.rs` disisipkan ke solusi) semuanya lahir dari
//! fungsi di sini, jadi tidak ada salinan tangan yang bisa basi.
//!
//! Penanda di solusi (satu baris masing-masing, boleh berindentasi):
//!
//! ```text
//! fn collect(inputs: &[u64]) -> Vec<u64> {
//!     // LATIHAN: Jalankan satu thread per masukan, hasil dalam urutan masukan.
//!     // Komentar `//` yang langsung menyusul (tanpa baris kosong) ikut jadi petunjuk.
//!     ...kode solusi...
//!     // LATIHAN_END
//! }
//! ```
//!
//! Starter: baris di antara penanda diganti petunjuk (baris `// LATIHAN:` dan
//! komentar sesudahnya) plus `todo!()` pada indentasi yang sama; baris
//! `// LATIHAN_END` hilang. Karena itu bagian yang ditandai sebaiknya seluruh
//! isi sebuah fungsi: `todo!()` menjadi ekspresi terakhirnya.
//!
//! Jawaban salah: komentar kepala (baris `//` sebelum baris kode pertama),
//! satu baris `// DITOLAK: ...`, lalu kode pengganti setiap bagian, dipisah
//! baris `// LATIHAN_BERIKUTNYA` bila solusinya punya lebih dari satu bagian.
//! `DITOLAK: E0373` (kode galat rustc, boleh beberapa dipisah koma) berarti
//! compiler harus menolaknya; teks lain berarti program berjalan, keluar
//! bukan nol, dan mencetak teks itu.

/// Awal bagian pembaca di solusi.
pub const START: &str = "// LATIHAN:";
/// Akhir bagian pembaca.
pub const END: &str = "// LATIHAN_END";
/// Pemisah bagian di berkas jawaban salah.
pub const NEXT: &str = "// LATIHAN_BERIKUTNYA";
/// Baris harapan di berkas jawaban salah.
pub const REJECTED: &str = "// DITOLAK:";
/// Teks yang dicetak program latihan yang belum dikerjakan.
pub const NOT_DONE: &str = "Belum dikerjakan";
/// Awal baris putusan program latihan yang benar.
pub const CORRECT: &str = "Benar: ";
/// Awal baris putusan program latihan yang salah.
pub const WRONG: &str = "Belum benar: ";

/// Satu bagian yang ditulis pembaca.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    /// Indeks baris `// LATIHAN:` (mulai 0).
    pub start: usize,
    /// Indeks baris `// LATIHAN_END`.
    pub end: usize,
    /// Indentasi baris `// LATIHAN:`.
    pub indent: String,
    /// Baris petunjuk apa adanya (tanpa indentasi): `// LATIHAN: ...` dan
    /// komentar yang langsung menyusul.
    pub hint: Vec<String>,
}

/// Bagian-bagian pembaca di sebuah solusi, atau pesan galat yang menyebut
/// nomor barisnya.
pub fn parts(solution: &str) -> Result<Vec<Part>, String> {
    let lines: Vec<&str> = solution.lines().collect();
    let mut out = Vec::new();
    let mut open: Option<Part> = None;
    for (i, line) in lines.iter().enumerate() {
        let t = line.trim_start();
        if t.starts_with(START) {
            if let Some(p) = &open {
                return Err(format!(
                    "baris {}: `{START}` baru sebelum `{END}` untuk bagian di baris {}",
                    i + 1,
                    p.start + 1
                ));
            }
            let hint = lines[i..]
                .iter()
                .enumerate()
                .take_while(|(k, l)| {
                    let l = l.trim_start();
                    *k == 0 || (l.starts_with("//") && !l.starts_with(END))
                })
                .map(|(_, l)| l.trim().to_string())
                .collect();
            open = Some(Part {
                start: i,
                end: i,
                indent: line[..line.len() - t.len()].to_string(),
                hint,
            });
        } else if t.starts_with(END) {
            let Some(mut p) = open.take() else {
                return Err(format!("baris {}: `{END}` tanpa `{START}`", i + 1));
            };
            p.end = i;
            out.push(p);
        }
    }
    if let Some(p) = open {
        return Err(format!("baris {}: `{START}` tanpa `{END}`", p.start + 1));
    }
    if out.is_empty() {
        return Err(format!(
            "tidak ada bagian pembaca (`{START} petunjuk` ... `{END}`)"
        ));
    }
    Ok(out)
}

/// Ganti setiap bagian dengan baris `replace(indeks, bagian)` (tanpa
/// indentasi; indentasi bagian ditambahkan di sini).
fn substitute(
    solution: &str,
    parts: &[Part],
    mut replace: impl FnMut(usize, &Part) -> Vec<String>,
) -> String {
    let lines: Vec<&str> = solution.lines().collect();
    let mut out = String::with_capacity(solution.len());
    let mut i = 0;
    for (k, p) in parts.iter().enumerate() {
        for l in &lines[i..p.start] {
            out.push_str(l);
            out.push('\n');
        }
        for l in replace(k, p) {
            if !l.is_empty() {
                out.push_str(&p.indent);
            }
            out.push_str(&l);
            out.push('\n');
        }
        i = p.end + 1;
    }
    for l in &lines[i..] {
        out.push_str(l);
        out.push('\n');
    }
    out
}

/// Starter: setiap bagian menjadi petunjuknya plus `todo!()`.
pub fn starter(solution: &str) -> Result<String, String> {
    let parts = parts(solution)?;
    Ok(substitute(solution, &parts, |_, p| {
        let mut v = p.hint.clone();
        v.push("todo!()".into());
        v
    }))
}

/// Solusi seperti yang ditampilkan buku: penanda dan petunjuk dibuang, kode
/// solusinya tetap.
pub fn solution_view(solution: &str) -> Result<String, String> {
    let parts = parts(solution)?;
    let lines: Vec<&str> = solution.lines().collect();
    Ok(substitute(solution, &parts, |_, p| {
        lines[p.start + p.hint.len()..p.end]
            .iter()
            .map(|l| l.strip_prefix(p.indent.as_str()).unwrap_or(l.trim_start()))
            .map(str::to_string)
            .collect()
    }))
}

/// Apa yang harus terjadi pada sebuah jawaban salah.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expected {
    /// Compiler menolaknya dengan kode-kode galat ini (terurut).
    CompileError(Vec<String>),
    /// Program berjalan, keluar bukan nol, dan mencetak teks ini.
    Verdict(String),
}

/// Jawaban salah yang sudah disisipkan ke solusi.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrongProgram {
    /// Program utuh: solusi dengan bagian pembaca diganti kode jawaban salah.
    pub source: String,
    pub expected: Expected,
    /// Komentar kepala berkas jawaban salah (tanpa `//`): kesalahan apa ini.
    pub about: String,
}

/// Sisipkan jawaban salah `wrong` ke `solution`.
pub fn wrong_program(solution: &str, wrong: &str) -> Result<WrongProgram, String> {
    let parts = parts(solution)?;
    let mut expected = None;
    let mut about = Vec::new();
    let mut bodies: Vec<Vec<&str>> = vec![Vec::new()];
    let mut in_header = true;
    for line in wrong.lines() {
        let t = line.trim();
        if let Some(rest) = t.strip_prefix(REJECTED) {
            let rest = rest.trim();
            let codes: Vec<String> = rest.split(',').map(|c| c.trim().to_string()).collect();
            expected = Some(if codes.iter().all(|c| is_error_code(c)) {
                let mut codes = codes;
                codes.sort();
                Expected::CompileError(codes)
            } else {
                Expected::Verdict(rest.to_string())
            });
            continue;
        }
        if in_header && t != NEXT && (t.starts_with("//") || t.is_empty()) {
            if let Some(c) = t.strip_prefix("//") {
                about.push(c.trim().to_string());
            }
            continue;
        }
        in_header = false;
        if t == NEXT {
            bodies.push(Vec::new());
        } else {
            bodies.last_mut().unwrap().push(line);
        }
    }
    let expected = expected.ok_or_else(|| format!("tidak ada baris `{REJECTED} ...`"))?;
    if bodies.len() != parts.len() {
        return Err(format!(
            "jawaban salah punya {} bagian, solusinya {} (pisahkan bagian dengan `{NEXT}`)",
            bodies.len(),
            parts.len()
        ));
    }
    let source = substitute(solution, &parts, |k, _| dedent(&bodies[k]));
    Ok(WrongProgram {
        source,
        expected,
        about: about.join(" ").trim().to_string(),
    })
}

/// Buang indentasi bersama dan baris kosong di tepi.
fn dedent(lines: &[&str]) -> Vec<String> {
    let first = lines.iter().position(|l| !l.trim().is_empty());
    let last = lines.iter().rposition(|l| !l.trim().is_empty());
    let (Some(first), Some(last)) = (first, last) else {
        return Vec::new();
    };
    let lines = &lines[first..=last];
    let indent = lines
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    lines
        .iter()
        .map(|l| l.get(indent..).unwrap_or("").trim_end().to_string())
        .collect()
}

/// `E0373`: huruf E lalu empat angka.
pub fn is_error_code(s: &str) -> bool {
    s.len() == 5 && s.starts_with('E') && s[1..].chars().all(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests;
