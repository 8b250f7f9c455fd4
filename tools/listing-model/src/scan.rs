//! Semua berkas di `listings/`, dikenali menurut [`crate::name`].

use std::path::Path;

use crate::name::{Chapter, DIR_RULE, FILE_RULE, Kind, ListingFile};

/// Hasil memindai `listings/`.
#[derive(Debug, Default)]
pub struct Scan {
    /// Berkas yang mengikuti aturan, terurut menurut jalurnya.
    pub files: Vec<ListingFile>,
    /// Folder dan berkas yang menyalahi aturan, dengan pesan berbahasa
    /// Indonesia (`listings/ch04/: harus berbentuk ...`).
    pub problems: Vec<String>,
}

impl Scan {
    /// Program yang dijalankan (`.rs`, termasuk solusi latihan): satu bin dan
    /// satu test masing-masing.
    pub fn programs(&self) -> impl Iterator<Item = &ListingFile> {
        self.of_kind(Kind::Program)
    }

    /// Berkas dengan jenis `kind`.
    pub fn of_kind(&self, kind: Kind) -> impl Iterator<Item = &ListingFile> {
        self.files.iter().filter(move |f| f.kind == kind)
    }

    /// Solusi latihan (`latihan-NN-nama.rs`), terurut menurut jalurnya.
    pub fn exercises(&self) -> impl Iterator<Item = &ListingFile> {
        self.programs().filter(|f| f.exercise)
    }

    /// Jawaban salah (`.salah-KATA.rs`) milik latihan `exercise`.
    pub fn wrong_answers<'a>(
        &'a self,
        exercise: &'a ListingFile,
    ) -> impl Iterator<Item = &'a ListingFile> {
        self.files.iter().filter(move |f| {
            matches!(f.kind, Kind::WrongAnswer(_))
                && f.sibling(Kind::Program) == exercise.sibling(Kind::Program)
        })
    }

    /// Berkas jenis `kind` milik program yang nama test-nya `test_ident`
    /// (`ch04_02_mutex_counter`).
    pub fn find(&self, test_ident: &str, kind: Kind) -> Option<&ListingFile> {
        self.files
            .iter()
            .find(|f| f.kind == kind && f.test_ident() == test_ident)
    }
}

/// Pindai `listings_dir` (biasanya `<akar>/listings`): setiap subfolder adalah
/// folder bab, setiap berkas di dalamnya berkas listing. Berkas langsung di
/// `listings/` diabaikan. Folder yang tidak terbaca menjadi masalah, bukan
/// panic.
pub fn scan(listings_dir: &Path) -> Scan {
    let mut out = Scan::default();
    let mut dirs = match sorted_entries(listings_dir) {
        Ok(d) => d,
        Err(e) => {
            out.problems
                .push(format!("{}: tidak terbaca: {e}", listings_dir.display()));
            return out;
        }
    };
    dirs.retain(|(_, is_dir)| *is_dir);
    for (dir, _) in dirs {
        let Some(chapter) = Chapter::parse(&dir) else {
            out.problems.push(format!("listings/{dir}/: {DIR_RULE}"));
            continue;
        };
        let files = match sorted_entries(&listings_dir.join(&dir)) {
            Ok(f) => f,
            Err(e) => {
                out.problems
                    .push(format!("listings/{dir}/: tidak terbaca: {e}"));
                continue;
            }
        };
        for (file, is_dir) in files {
            match ListingFile::parse(&chapter, &file).filter(|_| !is_dir) {
                Some(l) => out.files.push(l),
                None => out
                    .problems
                    .push(format!("listings/{dir}/{file}: {FILE_RULE}")),
            }
        }
    }
    // Menurut folder lalu nama berkas (bukan jalur sebagai teks: `-` < `/`).
    out.files
        .sort_by_key(|f| (f.chapter.dir.clone(), f.file_name()));
    // Jawaban salah tanpa solusi latihannya tidak diperiksa siapa pun.
    for f in &out.files {
        if matches!(f.kind, Kind::WrongAnswer(_)) && !out.files.contains(&f.sibling(Kind::Program))
        {
            out.problems.push(format!(
                "{}: jawaban salah tanpa latihannya ({})",
                f.path(),
                f.sibling(Kind::Program).path()
            ));
        }
    }
    out
}

/// Nama entri sebuah folder (dan apakah ia folder), terurut.
fn sorted_entries(dir: &Path) -> std::io::Result<Vec<(String, bool)>> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir)? {
        let e = e?;
        let name = e.file_name().to_string_lossy().into_owned();
        out.push((name, e.file_type()?.is_dir()));
    }
    out.sort();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scans_a_listings_tree_and_reports_bad_names() {
        let root = std::env::temp_dir().join(format!("listing-model-scan-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        for (dir, files) in [
            (
                "ch02-a",
                &["01-x.rs", "01-x.out", "02-y.fail.rs", "README.md"][..],
            ),
            ("lampiran-c-b", &["01-z.rs"][..]),
            ("bab3", &["01-x.rs"][..]),
        ] {
            std::fs::create_dir_all(root.join(dir)).unwrap();
            for f in files {
                std::fs::write(root.join(dir).join(f), "").unwrap();
            }
        }
        std::fs::write(root.join("catatan.txt"), "").unwrap();
        let s = scan(&root);
        let paths: Vec<String> = s.files.iter().map(ListingFile::path).collect();
        assert_eq!(
            paths,
            [
                "listings/ch02-a/01-x.out",
                "listings/ch02-a/01-x.rs",
                "listings/ch02-a/02-y.fail.rs",
                "listings/lampiran-c-b/01-z.rs"
            ]
        );
        assert_eq!(s.problems.len(), 2, "{:?}", s.problems);
        assert!(s.problems[0].starts_with("listings/bab3/: harus berbentuk chNN-slug"));
        assert!(s.problems[1].starts_with("listings/ch02-a/README.md: harus berbentuk NN-nama"));
        let bins: Vec<String> = s.programs().filter_map(ListingFile::bin).collect();
        assert_eq!(bins, ["ch02-01-x", "lampiran-c-01-z"]);
        assert_eq!(
            s.find("ch02_02_y", Kind::MustNotCompile)
                .map(ListingFile::path),
            Some("listings/ch02-a/02-y.fail.rs".into())
        );
        assert!(s.find("ch02_02_y", Kind::Program).is_none());
        std::fs::remove_dir_all(&root).unwrap();
        assert_eq!(
            scan(&root).problems.len(),
            1,
            "folder yang hilang dilaporkan"
        );
    }
}
