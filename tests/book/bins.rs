use crate::{bin_name, blessing, chapter_id, listing_dirs, listing_files, rel, root, walk};

const BEGIN: &str = "# BEGIN LISTINGS";
const END: &str = "# END LISTINGS";

fn expected_bins_block() -> String {
    let mut s = String::new();
    for f in listing_files() {
        if f.to_str().unwrap().ends_with(".fail.rs") {
            continue;
        }
        s.push_str(&format!(
            "\n[[bin]]\nname = \"{}\"\npath = \"{}\"\nrequired-features = [\"listings\"]\ntest = false\n",
            bin_name(&f),
            rel(&f)
        ));
    }
    s
}

/// Nama folder dan berkas listing mengikuti konvensi: `chNN-slug/NN-nama.rs`,
/// huruf kecil, angka, dan tanda hubung saja (nama test diturunkan dari sini).
#[test]
fn listing_names_follow_the_convention() {
    let ok = |s: &str| {
        s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    };
    let mut problems = Vec::new();
    for d in listing_dirs() {
        let name = d.file_name().unwrap().to_str().unwrap();
        if !(chapter_id(name).is_some() && ok(name)) {
            problems.push(format!(
                "folder {name}: harus berbentuk chNN-slug atau lampiran-x-slug"
            ));
        }
        for f in walk(&d) {
            let fname = f.file_name().unwrap().to_str().unwrap();
            let stem = fname.split('.').next().unwrap();
            // `.py` dan `.py.out`: versi Python sebuah listing (diperiksa
            // `python3 tests/python/periksa.py`, bukan cargo).
            let allowed_ext = [".rs", ".fail.rs", ".out", ".fail.err", ".py", ".py.out"];
            let fb = stem.as_bytes();
            let well_formed = fb.len() > 3
                && fb[0].is_ascii_digit()
                && fb[1].is_ascii_digit()
                && fb[2] == b'-'
                && ok(stem)
                && allowed_ext.iter().any(|e| fname == format!("{stem}{e}"));
            if !well_formed {
                problems.push(format!(
                    "{}: harus berbentuk NN-nama{{.rs,.fail.rs,.out,.fail.err}}",
                    rel(&f)
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Blok `[[bin]]` di Cargo.toml dibuat dari berkas di disk. Bila tidak
/// selaras, test gagal dan mencetak blok yang benar; `BLESS=1` menuliskannya.
#[test]
fn cargo_bins_block_is_in_sync() {
    let path = root().join("Cargo.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let start = text
        .find(BEGIN)
        .expect("penanda BEGIN LISTINGS hilang dari Cargo.toml");
    let after_begin = start + text[start..].find('\n').unwrap() + 1;
    let end = text
        .find(END)
        .expect("penanda END LISTINGS hilang dari Cargo.toml");
    let current = &text[after_begin..end];
    let expected = expected_bins_block();
    if current == expected {
        return;
    }
    if blessing() {
        let new = format!("{}{}{}", &text[..after_begin], expected, &text[end..]);
        std::fs::write(&path, new).unwrap();
        return;
    }
    panic!(
        "blok bin di Cargo.toml tidak selaras dengan listings/. Jalankan\n  \
         BLESS=1 cargo test --no-default-features --test book cargo_bins\n\
         atau ganti blok di antara penanda dengan:\n{expected}"
    );
}
