//! Apa yang dipakai sebuah listing, dibaca dari pohon sintaksnya (`syn`):
//! crate luar, hal yang tidak bisa dilakukan di Rust Playground, dan apakah ia
//! satu berkas utuh dengan `fn main`.
//!
//! Isi makro (`println!`, `tokio::join!`, `select!`) dan argumen atribut
//! (`#[allow(clippy::x)]`) bukan pohon sintaks bagi `syn`; untuk keduanya
//! token dari `proc-macro2` dibaca: `nama ::` di awal sebuah path adalah akar
//! path. String dan komentar sudah bukan token identifier di sana.

use std::collections::BTreeSet;

use proc_macro2::{Spacing, TokenStream, TokenTree};
use syn::visit::{self, Visit};

/// Nama yang boleh menjadi awal path tetapi bukan crate.
const NOT_CRATES: &[&str] = &[
    "crate", "self", "super", "Self", // kata kunci path
    "clippy", "rustfmt", "rustdoc", // atribut alat (#[allow(clippy::x)])
    "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128", "isize", "f32",
    "f64", "bool", "char", "str",
];

/// Hasil analisis satu listing.
#[derive(Debug, Default)]
pub struct Analysis {
    /// Crate yang dipakai (awal path di `use`, di ekspresi dan tipe, di
    /// atribut dan makro, `extern crate`).
    pub crates: BTreeSet<String>,
    /// Alasan listing tidak bisa berjalan di Playground.
    pub not_playground: BTreeSet<&'static str>,
    /// Hal yang membuatnya bukan program satu berkas.
    pub not_single_file: Vec<String>,
    pub has_main: bool,
}

/// Analisis kode sumber sebuah listing; `Err` bila `syn` tidak bisa
/// mengurainya.
pub fn analyze(src: &str) -> Result<Analysis, String> {
    let file = syn::parse_file(src).map_err(|e| {
        let at = e.span().start();
        format!("tidak bisa diurai syn (baris {}): {e}", at.line)
    })?;
    let mut v = Collector::default();
    v.visit_file(&file);
    let mut a = Analysis {
        has_main: file
            .items
            .iter()
            .any(|i| matches!(i, syn::Item::Fn(f) if f.sig.ident == "main")),
        not_single_file: v.not_single_file,
        ..Analysis::default()
    };
    a.crates = v
        .roots
        .into_iter()
        .filter(|r| !v.local.contains(r) || v.extern_crates.contains(r))
        .filter(|r| !r.starts_with(char::is_uppercase) && !NOT_CRATES.contains(&r.as_str()))
        .collect();
    let has = |w: &str| v.idents.contains(w);
    if has("Command") {
        a.not_playground
            .insert("memulai proses (std::process::Command)");
    }
    if has("current_exe") {
        a.not_playground
            .insert("menjalankan dirinya sendiri (current_exe)");
    }
    let sockets = [
        "TcpListener",
        "UdpSocket",
        "UnixListener",
        "UnixDatagram",
        "UnixStream",
        "bind",
    ];
    if sockets.iter().any(|w| has(w)) {
        a.not_playground.insert("membuka socket (bind)");
    }
    if has("File") || has("OpenOptions") || v.path_segments.contains("fs") {
        a.not_playground.insert("membaca/menulis berkas lokal (fs)");
    }
    Ok(a)
}

#[derive(Default)]
struct Collector {
    /// Segmen pertama setiap path bersegmen banyak (calon crate).
    roots: BTreeSet<String>,
    /// Nama yang dideklarasikan atau diimpor di berkas ini.
    local: BTreeSet<String>,
    extern_crates: BTreeSet<String>,
    /// Semua identifier (tanpa string dan komentar).
    idents: BTreeSet<String>,
    /// Semua segmen path (`std::fs::write` -> std, fs, write).
    path_segments: BTreeSet<String>,
    not_single_file: Vec<String>,
}

impl Collector {
    fn macro_name(&mut self, name: &str) {
        if matches!(name, "include" | "include_str" | "include_bytes") {
            self.not_single_file
                .push(format!("`{name}!` membaca berkas lain saat kompilasi"));
        }
    }
}

/// Akar setiap cabang pohon `use`: `std::x::{a, b}` -> std;
/// `{a::b, c::d}` -> a, c. Nama yang dimasukkan ke cakupan (`b`, `x as y`,
/// `x` dari `x::{self}`) masuk ke `local`. `parent` adalah segmen sebelum
/// pohon ini (`None` di puncak).
fn use_tree(tree: &syn::UseTree, parent: Option<&syn::Ident>, v: &mut Collector) {
    match tree {
        syn::UseTree::Path(p) => {
            if parent.is_none() {
                v.roots.insert(p.ident.to_string());
            }
            v.path_segments.insert(p.ident.to_string());
            use_tree(&p.tree, Some(&p.ident), v);
        }
        syn::UseTree::Name(n) => {
            let name = match parent {
                Some(p) if n.ident == "self" => p,
                _ => &n.ident,
            };
            v.local.insert(name.to_string());
            v.path_segments.insert(n.ident.to_string());
        }
        syn::UseTree::Rename(r) => {
            v.local.insert(r.rename.to_string());
            v.path_segments.insert(r.ident.to_string());
        }
        syn::UseTree::Glob(_) => {}
        syn::UseTree::Group(g) => {
            for t in &g.items {
                use_tree(t, parent, v);
            }
        }
    }
}

impl<'ast> Visit<'ast> for Collector {
    fn visit_item_use(&mut self, i: &'ast syn::ItemUse) {
        use_tree(&i.tree, None, self);
        visit::visit_item_use(self, i);
    }

    fn visit_item_extern_crate(&mut self, i: &'ast syn::ItemExternCrate) {
        self.extern_crates.insert(i.ident.to_string());
        self.roots.insert(i.ident.to_string());
        visit::visit_item_extern_crate(self, i);
    }

    fn visit_item(&mut self, i: &'ast syn::Item) {
        let name = match i {
            syn::Item::Const(x) => Some(&x.ident),
            syn::Item::Enum(x) => Some(&x.ident),
            syn::Item::Fn(x) => Some(&x.sig.ident),
            syn::Item::Macro(x) => x.ident.as_ref(),
            syn::Item::Mod(x) => Some(&x.ident),
            syn::Item::Static(x) => Some(&x.ident),
            syn::Item::Struct(x) => Some(&x.ident),
            syn::Item::Trait(x) => Some(&x.ident),
            syn::Item::Type(x) => Some(&x.ident),
            syn::Item::Union(x) => Some(&x.ident),
            _ => None,
        };
        self.local.extend(name.map(ToString::to_string));
        if let syn::Item::Mod(m) = i
            && m.content.is_none()
        {
            self.not_single_file
                .push(format!("`mod {};` memuat berkas lain", m.ident));
        }
        visit::visit_item(self, i);
    }

    fn visit_path(&mut self, p: &'ast syn::Path) {
        if p.segments.len() > 1 || p.leading_colon.is_some() {
            self.roots.insert(p.segments[0].ident.to_string());
        }
        for s in &p.segments {
            self.path_segments.insert(s.ident.to_string());
        }
        visit::visit_path(self, p);
    }

    fn visit_macro(&mut self, m: &'ast syn::Macro) {
        if let Some(last) = m.path.segments.last() {
            self.macro_name(&last.ident.to_string());
        }
        visit::visit_macro(self, m);
    }

    fn visit_ident(&mut self, i: &'ast proc_macro2::Ident) {
        self.idents.insert(i.to_string());
    }

    /// Isi makro dan argumen atribut: `a::b` di awal path, identifier, dan
    /// makro bersarang (`include_str!`).
    fn visit_token_stream(&mut self, ts: &'ast TokenStream) {
        scan_tokens(ts.clone(), self);
    }
}

fn scan_tokens(ts: TokenStream, v: &mut Collector) {
    let tokens: Vec<TokenTree> = ts.into_iter().collect();
    let is_colon2 = |k: usize| {
        matches!(
            (tokens.get(k), tokens.get(k + 1)),
            (Some(TokenTree::Punct(a)), Some(TokenTree::Punct(b)))
                if a.as_char() == ':' && a.spacing() == Spacing::Joint && b.as_char() == ':'
        )
    };
    for (k, t) in tokens.iter().enumerate() {
        match t {
            TokenTree::Group(g) => scan_tokens(g.stream(), v),
            TokenTree::Ident(i) => {
                let name = i.to_string();
                let after_path_sep = k >= 2 && is_colon2(k - 2);
                let after_dot =
                    k >= 1 && matches!(&tokens[k - 1], TokenTree::Punct(p) if p.as_char() == '.');
                if is_colon2(k + 1) || after_path_sep {
                    v.path_segments.insert(name.clone());
                }
                if is_colon2(k + 1) && !after_path_sep && !after_dot {
                    v.roots.insert(name.clone());
                }
                if matches!(tokens.get(k + 1), Some(TokenTree::Punct(p)) if p.as_char() == '!') {
                    v.macro_name(&name);
                }
                v.idents.insert(name);
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests;
