use crate::{blessing, listings, root};

const BEGIN: &str = "# BEGIN LISTINGS";
const END: &str = "# END LISTINGS";

fn expected_bins_block() -> String {
    let mut s = String::from("bin = [\n");
    for l in listings().programs() {
        s.push_str(&format!(
            "  {{ name = \"{}\", path = \"{}\", required-features = [\"listings\"], test = false }},\n",
            l.bin().unwrap(),
            l.path()
        ));
    }
    s.push_str("]\n");
    s
}

/// Nama folder dan berkas listing mengikuti aturan `listing-model`
/// (`chNN-slug/NN-nama.rs`, huruf kecil, angka, dan tanda hubung saja; nama
/// bin dan test diturunkan dari sini).
#[test]
fn listing_names_follow_the_convention() {
    let scan = listings();
    assert!(scan.problems.is_empty(), "{}", scan.problems.join("\n"));
    assert!(
        scan.programs().count() > 0,
        "tidak ada listing di listings/"
    );
}

/// Tabel `bin` di Cargo.toml dibuat dari berkas di disk. Bila tidak
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
