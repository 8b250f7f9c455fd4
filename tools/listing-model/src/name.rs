//! Aturan nama listing.
//!
//! | berkas di `listings/ch04-sinkronisasi/` | jenis | bin / id program | test |
//! |---|---|---|---|
//! | `02-mutex-counter.rs` | [`Kind::Program`] | `ch04-02-mutex-counter` (bin) | `ch04_02_mutex_counter` |
//! | `03-race.fail.rs` | [`Kind::MustNotCompile`] | `ch04-03-race` (bukan bin) | `ch04_03_race` |
//! | `02-mutex-counter.out` | [`Kind::Output`] | milik `ch04-02-mutex-counter` | |
//! | `02-mutex-counter--dua-proses.out` | [`Kind::Output`], run lain | dijalankan bin `ch04-02-mutex-counter` ([`ListingFile::run_bin`]) | |
//! | `03-race.fail.err` | [`Kind::CompilerMessage`] | milik `ch04-03-race` | |
//! | `latihan-01-antrean.rs` | [`Kind::Program`], latihan | `ch04-latihan-01-antrean` (bin) | `ch04_latihan_01_antrean` |
//! | `latihan-01-antrean.salah-lupa-lock.rs` | [`Kind::WrongAnswer`] | bukan bin | |
//! | `02-mutex-counter.py` | [`Kind::Python`] | | |
//! | `02-mutex-counter.py.out` | [`Kind::PythonOutput`] | | |
//!
//! Folder `lampiran-c-pengukuran/` memberi awalan `lampiran-c` (bin
//! `lampiran-c-01-x`, test `lampiran_c_01_x`, label "C.1"); `ch00-...`
//! (Pendahuluan) tidak punya nomor di label.

use std::fmt;

/// Penanda bab dari nama foldernya.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ChapterId {
    /// `chNN-slug`: Bab NN (`ch00` = Pendahuluan, tanpa nomor di label).
    Numbered(u8),
    /// `lampiran-x-slug`: Lampiran X (huruf kecil di folder).
    Appendix(char),
}

impl ChapterId {
    /// Awalan bin dan id program: `ch04`, `lampiran-c`.
    pub fn prefix(self) -> String {
        match self {
            ChapterId::Numbered(n) => format!("ch{n:02}"),
            ChapterId::Appendix(c) => format!("lampiran-{c}"),
        }
    }

    /// Nama modul pemeriksaan di `tests/listings/`: `ch04`, `lampiran_c`.
    pub fn module(self) -> String {
        self.prefix().replace('-', "_")
    }

    /// Penanda bab di label: "4", "C"; `None` untuk Pendahuluan (`ch00`).
    pub fn label(self) -> Option<String> {
        match self {
            ChapterId::Numbered(0) => None,
            ChapterId::Numbered(n) => Some(n.to_string()),
            ChapterId::Appendix(c) => Some(c.to_ascii_uppercase().to_string()),
        }
    }
}

/// Folder bab di `listings/`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Chapter {
    pub id: ChapterId,
    /// Nama folder utuh, mis. `ch04-sinkronisasi`.
    pub dir: String,
}

impl Chapter {
    /// Kenali `chNN-slug` atau `lampiran-x-slug` (slug: huruf kecil, angka,
    /// tanda hubung).
    pub fn parse(dir: &str) -> Option<Chapter> {
        let (id, slug) = if let Some(rest) = dir.strip_prefix("lampiran-") {
            let mut chars = rest.chars();
            let letter = chars.next().filter(char::is_ascii_lowercase)?;
            (
                ChapterId::Appendix(letter),
                chars.as_str().strip_prefix('-')?,
            )
        } else {
            let rest = dir.strip_prefix("ch")?;
            let n = two_digits(rest)?;
            (ChapterId::Numbered(n as u8), rest[2..].strip_prefix('-')?)
        };
        is_slug(slug).then(|| Chapter {
            id,
            dir: dir.to_string(),
        })
    }
}

/// Jenis berkas listing, dari akhiran namanya.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// `.rs`: program yang dijalankan (bin); untuk latihan: solusinya.
    Program,
    /// `.fail.rs`: program yang sengaja ditolak compiler (bukan bin).
    MustNotCompile,
    /// `.out`: contoh keluaran dari run nyata.
    Output,
    /// `.fail.err`: pesan compiler untuk `.fail.rs`.
    CompilerMessage,
    /// `.salah-KATA.rs` (hanya latihan): jawaban salah yang khas (bukan bin).
    WrongAnswer(String),
    /// `.py`: versi Python program yang sama.
    Python,
    /// `.py.out`: contoh keluaran versi Python.
    PythonOutput,
}

impl Kind {
    /// Akhiran nama berkas jenis ini.
    pub fn suffix(&self) -> String {
        match self {
            Kind::Program => ".rs".into(),
            Kind::MustNotCompile => ".fail.rs".into(),
            Kind::Output => ".out".into(),
            Kind::CompilerMessage => ".fail.err".into(),
            Kind::WrongAnswer(word) => format!(".salah-{word}.rs"),
            Kind::Python => ".py".into(),
            Kind::PythonOutput => ".py.out".into(),
        }
    }
}

/// Satu berkas di `listings/<bab>/`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ListingFile {
    pub chapter: Chapter,
    /// `latihan-NN-nama` (latihan) atau `NN-nama` (listing).
    pub exercise: bool,
    /// Nomor dalam bab (`02-...` -> 2).
    pub number: u32,
    /// Bagian nama setelah nomor: `mutex-counter`.
    pub name: String,
    pub kind: Kind,
}

/// Pesan untuk nama berkas yang menyalahi aturan.
pub const FILE_RULE: &str = "harus berbentuk NN-nama{.rs,.fail.rs,.out,.fail.err,.py,.py.out} atau \
     latihan-NN-nama{.rs,.out,.salah-KATA.rs} (huruf kecil, angka, tanda hubung)";

/// Pesan untuk nama folder yang menyalahi aturan.
pub const DIR_RULE: &str = "harus berbentuk chNN-slug atau lampiran-x-slug \
     (huruf kecil, angka, tanda hubung)";

impl ListingFile {
    /// Kenali nama berkas di dalam folder bab.
    pub fn parse(chapter: &Chapter, file: &str) -> Option<ListingFile> {
        // Akhiran terpanjang dulu: `.fail.rs` sebelum `.rs`, `.py.out` sebelum `.out`.
        let (stem, kind) = if let Some(s) = file.strip_suffix(".fail.rs") {
            (s, Kind::MustNotCompile)
        } else if let Some(s) = file.strip_suffix(".fail.err") {
            (s, Kind::CompilerMessage)
        } else if let Some(s) = file.strip_suffix(".py.out") {
            (s, Kind::PythonOutput)
        } else if let Some(s) = file.strip_suffix(".py") {
            (s, Kind::Python)
        } else if let Some(s) = file.strip_suffix(".out") {
            (s, Kind::Output)
        } else if let Some(s) = file.strip_suffix(".rs") {
            match s.split_once(".salah-") {
                Some((s, word)) if is_slug(word) => (s, Kind::WrongAnswer(word.to_string())),
                Some(_) => return None,
                None => (s, Kind::Program),
            }
        } else {
            return None;
        };
        let (exercise, numbered) = match stem.strip_prefix("latihan-") {
            Some(rest) => (true, rest),
            None => (false, stem),
        };
        let number = two_digits(numbered)?;
        let name = numbered[2..].strip_prefix('-')?;
        if !is_slug(name) {
            return None;
        }
        let allowed = if exercise {
            matches!(kind, Kind::Program | Kind::Output | Kind::WrongAnswer(_))
        } else {
            !matches!(kind, Kind::WrongAnswer(_))
        };
        allowed.then(|| ListingFile {
            chapter: chapter.clone(),
            exercise,
            number,
            name: name.to_string(),
            kind,
        })
    }

    /// Kenali jalur `listings/<bab>/<berkas>` (relatif terhadap akar buku,
    /// pemisah `/`).
    pub fn parse_path(path: &str) -> Option<ListingFile> {
        let mut parts = path.split('/');
        let (Some("listings"), Some(dir), Some(file), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return None;
        };
        ListingFile::parse(&Chapter::parse(dir)?, file)
    }

    /// `02-mutex-counter`, `latihan-01-antrean`.
    pub fn stem(&self) -> String {
        let latihan = if self.exercise { "latihan-" } else { "" };
        format!("{latihan}{:02}-{}", self.number, self.name)
    }

    /// Nama berkas: stem + akhiran jenisnya.
    pub fn file_name(&self) -> String {
        format!("{}{}", self.stem(), self.kind.suffix())
    }

    /// `listings/ch04-sinkronisasi/02-mutex-counter.rs`.
    pub fn path(&self) -> String {
        format!("listings/{}/{}", self.chapter.dir, self.file_name())
    }

    /// Id program yang memiliki berkas ini: `ch04-02-mutex-counter`. Sama
    /// dengan nama bin untuk [`Kind::Program`].
    pub fn program_id(&self) -> String {
        format!("{}-{}", self.chapter.id.prefix(), self.stem())
    }

    /// Bin yang dijalankan untuk program atau contoh keluaran ini. Keluaran
    /// `NN-nama--varian.out` adalah run lain (argumen lain, dua proses) dari
    /// program `NN-nama`, jadi bin-nya `chNN-NN-nama`.
    pub fn run_bin(&self) -> String {
        let id = self.program_id();
        match (&self.kind, id.split_once("--")) {
            (Kind::Output, Some((bin, _))) => bin.to_string(),
            _ => id,
        }
    }

    /// Nama bin di Cargo.toml, hanya untuk [`Kind::Program`].
    pub fn bin(&self) -> Option<String> {
        (self.kind == Kind::Program).then(|| self.program_id())
    }

    /// Nama fungsi test program ini: `ch04_02_mutex_counter`.
    pub fn test_ident(&self) -> String {
        self.program_id().replace('-', "_")
    }

    /// "4.2", "C.1"; `None` di bab tanpa nomor (Pendahuluan).
    pub fn label(&self) -> Option<String> {
        Some(format!("{}.{}", self.chapter.id.label()?, self.number))
    }

    /// Nama latihan untuk pembaca: `ch04-01` (bab + nomor), hanya untuk
    /// latihan. Dipakai `cargo xtask latihan ch04-01`.
    pub fn exercise_id(&self) -> Option<String> {
        self.exercise
            .then(|| format!("{}-{:02}", self.chapter.id.prefix(), self.number))
    }

    /// Salinan starter milik pembaca, relatif terhadap akar buku:
    /// `latihan/ch04-01-antrean.rs` (folder yang tidak dilacak git).
    pub fn reader_copy(&self) -> Option<String> {
        Some(format!("latihan/{}-{}.rs", self.exercise_id()?, self.name))
    }

    /// Berkas lain milik program yang sama, dengan jenis `kind`.
    pub fn sibling(&self, kind: Kind) -> ListingFile {
        ListingFile {
            kind,
            ..self.clone()
        }
    }

    /// Berkas yang ditampilkan bab bersama berkas ini: contoh keluaran untuk
    /// program, pesan compiler untuk `.fail.rs`, keluaran Python untuk `.py`.
    pub fn companion(&self) -> Option<ListingFile> {
        let kind = match self.kind {
            Kind::Program => Kind::Output,
            Kind::MustNotCompile => Kind::CompilerMessage,
            Kind::Python => Kind::PythonOutput,
            _ => return None,
        };
        Some(self.sibling(kind))
    }
}

impl fmt::Display for ListingFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.path())
    }
}

fn two_digits(s: &str) -> Option<u32> {
    let b = s.as_bytes();
    (b.len() >= 2 && b[0].is_ascii_digit() && b[1].is_ascii_digit())
        .then(|| u32::from(b[0] - b'0') * 10 + u32::from(b[1] - b'0'))
}

/// Huruf kecil, angka, dan tanda hubung; tidak kosong, tidak diawali atau
/// diakhiri tanda hubung.
fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && s.bytes()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-')
}

#[cfg(test)]
mod tests;
