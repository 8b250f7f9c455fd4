//! Uji lewat protokol mdBook dan pada bab-bab buku sungguhan. Uji keterangan
//! dan callout ada di `listing/tests.rs` dan `note/tests.rs`.

use mdbook_preprocessor::book::{Book, BookItem};
use mdbook_preprocessor::{Preprocessor, PreprocessorContext};

use crate::{ListingPreprocessor, Options, process_chapter};

/// Masukan seperti yang dikirim mdbook 0.5.4: `[context, book]`.
fn protocol_input(book_toml_extra: &str) -> String {
    serde_json::json!([
        {
            "root": "/buku",
            "config": {
                "book": {"src": "sumber", "language": "id"},
                "preprocessor": {"listing": {"source-url-template": format!("https://r/{{path}}{book_toml_extra}")}}
            },
            "renderer": "html",
            "mdbook_version": "0.5.4"
        },
        {
            "items": [
                {"Chapter": {
                    "name": "Bab",
                    "content": "```rust\n{{#rustdoc_include ../listings/ch01-a/01-b.rs}}\n```\n",
                    "number": [1],
                    "sub_items": [
                        {"Chapter": {
                            "name": "Sub",
                            "content": "```text\n{{#include ../../listings/ch01-a/01-b.out}}\n```\n",
                            "number": [1, 1],
                            "sub_items": [],
                            "path": "bab/sub.md",
                            "source_path": "bab/sub.md",
                            "parent_names": ["Bab"]
                        }}
                    ],
                    "path": "bab.md",
                    "source_path": "bab.md",
                    "parent_names": []
                }},
                "Separator",
                {"PartTitle": "Bagian"},
                {"Chapter": {"name": "Draf", "content": "", "number": null, "sub_items": [],
                              "path": null, "source_path": null, "parent_names": []}}
            ]
        }
    ])
    .to_string()
}

#[test]
fn protocol_processes_nested_chapters_and_reads_config() {
    let (ctx, book) = mdbook_preprocessor::parse_input(protocol_input("").as_bytes()).unwrap();
    let opts = Options::from_context(&ctx).unwrap();
    assert_eq!(
        (opts.src.as_str(), opts.language.as_str()),
        ("sumber", "id")
    );
    let book = ListingPreprocessor.run(&ctx, book).unwrap();
    let BookItem::Chapter(ch) = &book.items[0] else {
        panic!("{book:?}")
    };
    assert!(
        ch.content.contains("Listing 1.1")
            && ch
                .content
                .contains("href=\"https://r/listings/ch01-a/01-b.rs\""),
        "{}",
        ch.content
    );
    let BookItem::Chapter(sub) = &ch.sub_items[0] else {
        panic!()
    };
    assert!(sub.content.contains("Keluaran"), "{}", sub.content);
    assert_eq!(book.items[1], BookItem::Separator);
    let BookItem::Chapter(draft) = &book.items[3] else {
        panic!()
    };
    assert_eq!(draft.content, "");
    // Keluarannya JSON buku yang bisa dibaca mdBook lagi.
    let json = serde_json::to_string(&book).unwrap();
    let again: Book = serde_json::from_str(&json).unwrap();
    assert_eq!(again, book);
}

#[test]
fn protocol_rejects_bad_input_and_other_renderers() {
    for bad in ["{", "{}", "[1]", "[{}, {}]"] {
        assert!(
            mdbook_preprocessor::parse_input(bad.as_bytes()).is_err(),
            "{bad}"
        );
    }
    assert!(ListingPreprocessor.supports_renderer("html").unwrap());
    assert!(!ListingPreprocessor.supports_renderer("markdown").unwrap());
    assert_eq!(ListingPreprocessor.name(), "listing");
}

#[test]
fn context_without_language_or_template_uses_defaults() {
    let cfg: mdbook_preprocessor::config::Config = "[book]\ntitle = \"x\"\n".parse().unwrap();
    let mut cfg = cfg;
    cfg.book.language = None;
    let ctx = PreprocessorContext::new("/b".into(), cfg, "html".into());
    let o = Options::from_context(&ctx).unwrap();
    assert_eq!(
        (o.src.as_str(), o.language.as_str(), o.source_url_template),
        ("src", "id", None)
    );
}

/// Setiap blok include listing di bab-bab buku yang ada sekarang mendapat
/// keterangan, dan jumlah `<figure>` sama dengan jumlah blok itu. Memindai
/// `src/` sungguhan, jadi bab yang digabung kemudian ikut tercakup.
#[test]
fn every_listing_block_in_the_real_book_gets_a_caption() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let src = root.join("src");
    let opts = Options {
        root: Some(root.clone()),
        ..Options::default()
    };
    let mut files = Vec::new();
    let mut stack = vec![src.clone()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                if !p.ends_with("quiz") {
                    stack.push(p);
                }
            } else if p.extension().is_some_and(|e| e == "md") {
                files.push(p);
            }
        }
    }
    let (mut captioned, mut hidden) = (0, 0);
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        let rel = f.strip_prefix(&src).unwrap().to_str().unwrap().to_string();
        let out = process_chapter(&text, Some(&rel), &opts);
        let mut inside = false;
        for line in out.lines() {
            let line = line.trim_start_matches(['>', ' ']);
            if line.starts_with("<figure class=\"listing") {
                inside = true;
                captioned += 1;
            } else if line.starts_with("</figure>") {
                inside = false;
            }
            hidden += line.matches("listing-hidden").count();
            let is_listing = listing_model::markdown::directives(line)
                .iter()
                .any(|d| d.is_include() && d.target().contains("listings/"));
            assert!(
                !is_listing || inside,
                "src/{rel}: include listing tanpa keterangan: {line}"
            );
        }
        assert_eq!(
            out.matches("<figure").count(),
            out.matches("</figure>").count()
        );
    }
    assert!(captioned >= 2, "buku harus punya listing ber-keterangan");
    assert!(hidden >= 1, "buku punya listing dengan baris tersembunyi");
}
