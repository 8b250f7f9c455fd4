//! Blok latihan. Penulis bab menulis
//!
//! ````markdown
//! ```rust,latihan
//! {{#include ../listings/ch02-thread-dasar/latihan-01-hasil-berurutan.rs}}
//! ```
//! ````
//!
//! dan preprocessor ini mengganti isi blok dengan *starter* turunan berkas itu
//! (`listing_model::latihan::starter`) dalam blok ```` ```rust,editable ````,
//! sehingga pembaca bisa mengedit dan menekan *Run*. ```` ```rust,solusi ````
//! dengan include yang sama menampilkan solusinya tanpa penanda
//! (`solution_view`). Tanpa preprocessor ini (renderer lain, uji `cargo test`)
//! include-nya tetap include biasa, jadi pemeriksaan include dan anchor buku
//! berlaku apa adanya.

use listing_model::ListingFile;
use listing_model::latihan;
use listing_model::markdown::CodeBlock;

use crate::Options;

/// Peran blok latihan di halaman.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Starter yang diedit pembaca (`rust,latihan`).
    Starter,
    /// Solusi, biasanya di dalam `<details>` (`rust,solusi`).
    Solution,
}

/// Atribut info string yang menandai blok latihan.
pub const STARTER_ATTR: &str = "latihan";
pub const SOLUTION_ATTR: &str = "solusi";

/// Peran blok ini, dari info string-nya.
pub fn role(block: &CodeBlock) -> Option<Role> {
    if block.has(STARTER_ATTR) {
        Some(Role::Starter)
    } else if block.has(SOLUTION_ATTR) {
        Some(Role::Solution)
    } else {
        None
    }
}

/// Teks blok pengganti (pagar, info string, isi) untuk blok latihan `block`
/// yang meng-include `l`. Galat (berkas bukan latihan, tak terbaca, penanda
/// rusak) menjadi blok teks yang menyebut galatnya, dan dicetak ke stderr
/// mdBook: solusi tidak pernah bocor ke tempat starter.
pub fn block_text(block: &CodeBlock, l: &ListingFile, role: Role, opts: &Options) -> String {
    let body = derive(l, role, opts);
    let (info, body) = match body {
        Ok(body) => {
            let mut attrs: Vec<&str> = block
                .attrs()
                .into_iter()
                .filter(|a| !matches!(*a, STARTER_ATTR | SOLUTION_ATTR | "editable"))
                .collect();
            if role == Role::Starter {
                attrs.push("editable");
            }
            (attrs.join(","), body)
        }
        Err(e) => {
            let msg = format!("galat latihan {}: {e}", l.path());
            eprintln!("mdbook-listing: {msg}");
            ("text".to_string(), msg + "\n")
        }
    };
    let fence = if body.contains("```") { "````" } else { "```" };
    format!("{fence}{info}\n{body}{fence}")
}

fn derive(l: &ListingFile, role: Role, opts: &Options) -> Result<String, String> {
    if !l.exercise || l.kind != listing_model::Kind::Program {
        return Err(
            "blok `rust,latihan`/`rust,solusi` harus meng-include latihan-NN-nama.rs".into(),
        );
    }
    let root = opts.root.as_ref().ok_or("akar buku tidak diketahui")?;
    let text = std::fs::read_to_string(root.join(l.path())).map_err(|e| e.to_string())?;
    match role {
        Role::Starter => latihan::starter(&text),
        Role::Solution => latihan::solution_view(&text),
    }
}
