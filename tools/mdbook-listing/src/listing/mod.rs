//! Keterangan listing. Setiap blok kode berpagar yang meng-include berkas di
//! `listings/` mendapat `<figure>` dengan keterangan dari jalurnya saja:
//!
//! - `NN-nama.rs`: "Listing N.M", jalur berkas, `cargo run --bin chNN-NN-nama`,
//!   dan "sebagian baris disembunyikan" bila `rustdoc_include` dengan anchor
//!   menyembunyikan baris lain program itu;
//! - `NN-nama.fail.rs`: "Listing N.M", jalur, "tidak dapat dikompilasi";
//! - `NN-nama.out`: "Keluaran Listing N.M" (contoh dari run nyata);
//! - `NN-nama.fail.err`: "Pesan compiler untuk Listing N.M".
//!
//! Latihan (`latihan-NN-nama.rs`) berlabel "Latihan N.M". Blok contoh
//! Markdown (```` ```markdown ````) dan blok yang pagarnya tidak ditutup
//! dibiarkan.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use listing_model::markdown::{CodeBlock, Directive, code_blocks, listing_includes};
use listing_model::{Kind, ListingFile};

use crate::latihan::{self, Role};
use crate::{Options, Wrap};

/// Teks keterangan dalam bahasa buku.
struct Labels {
    listing: &'static str,
    exercise: &'static str,
    solution: &'static str,
    run: &'static str,
    work_locally: &'static str,
    no_compile: &'static str,
    output: &'static str,
    compiler: &'static str,
    from_real_run: &'static str,
    view_source: &'static str,
    hidden: &'static str,
    hidden_title: &'static str,
    python: &'static str,
    python_output: &'static str,
}

impl Labels {
    fn for_language(lang: &str) -> Labels {
        if lang == "en" {
            Labels {
                listing: "Listing",
                exercise: "Exercise",
                solution: "(solution)",
                run: "Run:",
                work_locally: "Work on your computer:",
                no_compile: "Does not compile (on purpose)",
                output: "Output",
                compiler: "Compiler message",
                from_real_run: "from a real run",
                view_source: "View the source file",
                hidden: "some lines are hidden: click {eye} to show them all",
                hidden_title: "The eye button at the top right of the code shows the whole program",
                python: "Python version of",
                python_output: "Output of the Python version of",
            }
        } else {
            Labels {
                listing: "Listing",
                exercise: "Latihan",
                solution: "(solusi)",
                run: "Jalankan:",
                work_locally: "Kerjakan di komputer:",
                no_compile: "Sengaja tidak dapat dikompilasi",
                output: "Keluaran",
                compiler: "Pesan compiler",
                from_real_run: "dari run nyata",
                view_source: "Lihat berkas sumber",
                hidden: "sebagian baris disembunyikan: klik {eye} untuk melihat semuanya",
                hidden_title: "Tombol mata di kanan atas kode menampilkan program utuh",
                python: "Versi Python",
                python_output: "Keluaran versi Python",
            }
        }
    }
}

/// Pembungkus `<figure>` untuk setiap blok listing di sebuah bab. `dir` adalah
/// folder bab relatif terhadap akar buku (`src`, `src/bab`).
pub fn captions(content: &str, dir: &str, opts: &Options) -> Vec<Wrap> {
    let mut cap = Captioner {
        opts,
        labels: Labels::for_language(&opts.language),
        ids: BTreeSet::new(),
    };
    code_blocks(content)
        .iter()
        .filter(|b| b.closed && !matches!(b.lang(), "markdown" | "md"))
        .filter_map(|b| {
            let (directive, listing) = listing_of(b, dir)?;
            let role = latihan::role(b);
            Some(Wrap {
                first_line: b.first_line,
                last_line: b.last_line,
                prefix: b.prefix.clone(),
                open: cap.figure_open(&listing, &directive, role)?,
                close: "</figure>".into(),
                replace: role.map(|r| latihan::block_text(b, &listing, r, opts)),
            })
        })
        .collect()
}

/// Listing pertama yang di-include oleh isi blok, dengan direktifnya.
fn listing_of(block: &CodeBlock, dir: &str) -> Option<(Directive, ListingFile)> {
    listing_includes(block, dir)
        .into_iter()
        .find_map(|(d, path)| Some((d, ListingFile::parse_path(&path)?)))
}

struct Captioner<'a> {
    opts: &'a Options,
    labels: Labels,
    ids: BTreeSet<String>,
}

impl Captioner<'_> {
    fn unique_id(&mut self, base: String) -> String {
        if self.ids.insert(base.clone()) {
            return base;
        }
        (2..)
            .map(|n| format!("{base}-{n}"))
            .find(|id| self.ids.insert(id.clone()))
            .unwrap()
    }

    /// Apakah `rustdoc_include` ini menyembunyikan baris yang tidak kosong.
    /// Tanpa akar buku (uji unit) atau bila berkasnya tidak terbaca, setiap
    /// selektor dianggap menyembunyikan baris.
    fn hides_lines(&self, l: &ListingFile, d: &Directive) -> bool {
        let text = self
            .opts
            .root
            .as_ref()
            .and_then(|r| std::fs::read_to_string(r.join(l.path())).ok());
        match text {
            Some(t) => d.hidden_lines(&t) > 0,
            None => d.hides_lines(),
        }
    }

    fn path_html(&self, path: &str) -> String {
        let code = format!("<code>{}</code>", escape(path));
        match &self.opts.source_url_template {
            Some(t) if !t.is_empty() => format!(
                "<a class=\"listing-path\" href=\"{}\" title=\"{}\">{code}</a>",
                escape(&t.replace("{path}", path)),
                self.labels.view_source,
            ),
            _ => format!("<span class=\"listing-path\">{code}</span>"),
        }
    }

    fn run_html(&self, label: &str, l: &ListingFile) -> String {
        // Aturan `NN-nama--varian.out` ada di listing-model (`run_bin`).
        self.command_html(label, &format!("cargo run --bin {}", l.run_bin()))
    }

    fn command_html(&self, label: &str, command: &str) -> String {
        format!(
            " <span class=\"listing-run\"><span class=\"listing-run-label\">{label}</span> \
             <code class=\"listing-command\">{}</code></span>",
            escape(command),
        )
    }

    /// "Listing 4.2", "Latihan 4.1", atau "Listing" saja di bab tanpa nomor.
    fn title(&self, l: &ListingFile) -> String {
        let word = if l.exercise {
            self.labels.exercise
        } else {
            self.labels.listing
        };
        match l.label() {
            Some(label) => format!("{word} {label}"),
            None => word.to_string(),
        }
    }

    /// Baris pembuka `<figure>` beserta `<figcaption>`-nya; `None` untuk
    /// jenis berkas yang belum punya keterangan.
    fn figure_open(
        &mut self,
        l: &ListingFile,
        d: &Directive,
        role: Option<Role>,
    ) -> Option<String> {
        let id_part = format!(
            "{}-{}{}",
            l.chapter.id.label().unwrap_or("0".into()).to_lowercase(),
            if l.exercise { "latihan-" } else { "" },
            l.number
        );
        let code_id = format!("listing-{id_part}");
        let title = self.title(l);
        let mut s = String::new();
        match (l.kind.clone(), role) {
            // Starter latihan: bisa diedit; perintahnya mengambil salinan
            // starter untuk dikerjakan di komputer pembaca.
            (Kind::Program, Some(Role::Starter)) => {
                let id = self.unique_id(code_id);
                let _ = write!(
                    s,
                    "<figure class=\"listing listing-latihan\" id=\"{id}\">\n\
                     <figcaption class=\"listing-caption\">\
                     <a class=\"listing-label\" href=\"#{id}\">{title}</a> {}{}",
                    self.path_html(&l.path()),
                    self.command_html(
                        self.labels.work_locally,
                        &format!("cargo xtask latihan {}", l.exercise_id()?)
                    ),
                );
            }
            (Kind::Program, Some(Role::Solution)) => {
                let id = self.unique_id(format!("solusi-{id_part}"));
                let _ = write!(
                    s,
                    "<figure class=\"listing listing-code listing-solusi\" id=\"{id}\">\n\
                     <figcaption class=\"listing-caption\">\
                     <a class=\"listing-label\" href=\"#{id}\">{title} {}</a> {}{}",
                    self.labels.solution,
                    self.path_html(&l.path()),
                    self.run_html(self.labels.run, l),
                );
            }
            (_, Some(_)) => return None,
            (kind, None) => match kind {
                Kind::Program | Kind::MustNotCompile => {
                    let id = self.unique_id(code_id);
                    let class = if l.kind == Kind::Program {
                        "listing listing-code"
                    } else {
                        "listing listing-code listing-fail"
                    };
                    let _ = write!(
                        s,
                        "<figure class=\"{class}\" id=\"{id}\">\n<figcaption class=\"listing-caption\">\
                     <a class=\"listing-label\" href=\"#{id}\">{title}</a> {}",
                        self.path_html(&l.path()),
                    );
                    if l.kind == Kind::Program {
                        s.push_str(&self.run_html(self.labels.run, l));
                    } else {
                        let _ = write!(
                            s,
                            " <span class=\"listing-run listing-no-compile\">{}</span>",
                            self.labels.no_compile
                        );
                    }
                    if self.hides_lines(l, d) {
                        // Emoji 👁 untuk teks polos; CSS menggantinya dengan
                        // gambar mata yang sama dengan tombol mdBook.
                        let eye = "<span class=\"listing-eye\">👁</span>";
                        let _ = write!(
                            s,
                            " <span class=\"listing-hidden\" title=\"{}\">{}</span>",
                            self.labels.hidden_title,
                            self.labels.hidden.replace("{eye}", eye)
                        );
                    }
                }
                Kind::Output | Kind::CompilerMessage => {
                    let (prefix, class, kind_title) = if l.kind == Kind::Output {
                        ("keluaran", "listing listing-output", self.labels.output)
                    } else {
                        let c = "listing listing-compiler";
                        ("pesan-compiler", c, self.labels.compiler)
                    };
                    let id = self.unique_id(format!("{prefix}-{id_part}"));
                    // Label menunjuk ke kode listingnya bila kode itu tampil di
                    // halaman yang sama.
                    let target = if self.ids.contains(&code_id) {
                        code_id
                    } else {
                        id.clone()
                    };
                    let _ = write!(
                        s,
                        "<figure class=\"{class}\" id=\"{id}\">\n<figcaption class=\"listing-caption\">\
                     <span class=\"listing-kind\">{kind_title}</span> \
                     <a class=\"listing-label\" href=\"#{target}\">{title}</a>",
                    );
                    if l.kind == Kind::Output {
                        s.push_str(&self.run_html(self.labels.from_real_run, l));
                    } else {
                        let source = l.sibling(Kind::MustNotCompile).path();
                        let _ = write!(s, " {}", self.path_html(&source));
                    }
                }
                // Versi Python: keterangan menyebut listing Rust padanannya dan jalur
                // berkasnya (`python3 <jalur>` tidak diulang: perintahnya jelas, dan
                // keterangan harus muat dua baris di ponsel).
                Kind::Python | Kind::PythonOutput => {
                    let (prefix, kind_title) = if l.kind == Kind::Python {
                        ("python", self.labels.python)
                    } else {
                        ("keluaran-python", self.labels.python_output)
                    };
                    let id = self.unique_id(format!("{prefix}-{id_part}"));
                    let file = l.sibling(Kind::Python);
                    let _ = write!(
                        s,
                        "<figure class=\"listing listing-python\" id=\"{id}\">\n\
                         <figcaption class=\"listing-caption\">\
                         <span class=\"listing-kind\">{kind_title}</span> \
                         <a class=\"listing-label\" href=\"#{code_id}\">{title}</a> {}",
                        self.path_html(&file.path()),
                    );
                }
                // Jawaban latihan yang salah tidak ditampilkan sebagai listing.
                Kind::WrongAnswer(_) => return None,
            },
        }
        s.push_str("</figcaption>");
        Some(s)
    }
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests;
