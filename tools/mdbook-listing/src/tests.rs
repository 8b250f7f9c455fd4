use super::*;

fn opts() -> Options {
    Options {
        src: "src".into(),
        source_url_template: Some("https://example.org/repo/blob/main/{path}".into()),
        language: "id".into(),
    }
}

fn run(md: &str) -> String {
    process_chapter(md, Some("ch04-sinkronisasi.md"), &opts())
}

#[test]
fn parses_listing_paths() {
    let l = ListingRef::parse("listings/ch04-sinkronisasi/02-mutex-counter.rs").unwrap();
    assert_eq!(l.chapter, "4");
    assert_eq!(l.number, 2);
    assert_eq!(l.bin, "ch04-02-mutex-counter");
    assert_eq!(l.kind, Kind::Code);
    assert_eq!(l.label(), "4.2");

    let f = ListingRef::parse("listings/ch11-studi-kasus/13-x.fail.rs").unwrap();
    assert_eq!(
        (f.chapter.as_str(), f.number, f.kind),
        ("11", 13, Kind::FailCode)
    );
    assert_eq!(f.bin, "ch11-13-x");
    let e = ListingRef::parse("listings/ch02-a/03-y.fail.err").unwrap();
    assert_eq!(e.kind, Kind::CompilerError);
    let o = ListingRef::parse("listings/ch00-pendahuluan/01-halo.out").unwrap();
    assert_eq!(
        (o.chapter.as_str(), o.number, o.kind),
        ("", 1, Kind::Output)
    );
    assert_eq!(o.label(), "", "Pendahuluan tidak bernomor");
    let v = ListingRef::parse("listings/ch14-a/01-prima--dua-proses.out").unwrap();
    assert_eq!(
        (v.label().as_str(), v.bin.as_str()),
        ("14.1", "ch14-01-prima")
    );
    assert_eq!(v.kind, Kind::Output);
    let c = ListingRef::parse("listings/lampiran-c-pengukuran/02-saringan.rs").unwrap();
    assert_eq!(
        (c.label().as_str(), c.bin.as_str()),
        ("C.2", "lampiran-c-02-saringan")
    );

    for bad in [
        "listings/ch04/02-x.rs",            // folder tanpa slug
        "listings/chXX-a/02-x.rs",          // bukan angka
        "listings/ch04-a/2-x.rs",           // satu digit
        "listings/ch04-a/02-x.txt",         // akhiran lain
        "listings/ch04-a/02-x.rs.bak",      // akhiran lain
        "listings/ch04-a/sub/02-x.rs",      // terlalu dalam
        "src/ch04-a/02-x.rs",               // bukan listings/
        "listings/ch04-a/02.rs",            // tanpa nama
        "listings/ch04-a/02-x.tar.rs",      // titik di nama
        "xlistings/ch04-a/02-x.rs",         // awalan lain
        "listings/ch04-a/02-x.fail.out.rs", // campuran
    ] {
        assert_eq!(ListingRef::parse(bad), None, "{bad}");
    }
}

#[test]
fn finds_include_directives() {
    let incs = includes_in("{{#rustdoc_include ../listings/ch01-a/01-b.rs:inti}}");
    assert_eq!(
        incs,
        vec![Include {
            directive: "rustdoc_include".into(),
            path: "../listings/ch01-a/01-b.rs".into()
        }]
    );
    assert_eq!(
        includes_in("{{ #include  ../listings/ch01-a/01-b.out }}")[0].path,
        "../listings/ch01-a/01-b.out"
    );
    assert_eq!(
        includes_in("{{#include ../listings/ch01-a/01-b.rs:3:9}}")[0].path,
        "../listings/ch01-a/01-b.rs"
    );
    assert!(includes_in(r"\{{#include ../listings/ch01-a/01-b.rs}}").is_empty());
    assert!(includes_in("{{#quiz ../quizzes/ch01.toml}}").is_empty());
    assert!(includes_in("{{#playground x.rs}}").is_empty());
    assert!(includes_in("{{#include}}").is_empty());
    assert!(includes_in("tanpa direktif {{ biasa }}").is_empty());
}

#[test]
fn resolves_paths_lexically() {
    assert_eq!(
        resolve("src", "../listings/ch01-a/01-b.rs").as_deref(),
        Some("listings/ch01-a/01-b.rs")
    );
    assert_eq!(
        resolve("src/bab", "../../listings/x.rs").as_deref(),
        Some("listings/x.rs")
    );
    assert_eq!(resolve("src", "./a/../b.rs").as_deref(), Some("src/b.rs"));
    assert_eq!(resolve("src", "../../x.rs"), None);
    assert_eq!(resolve("src", "/abs/x.rs"), None);
}

#[test]
fn code_listing_gets_label_path_and_run_command() {
    let md = "Teks.\n\n```rust\n{{#rustdoc_include ../listings/ch04-sinkronisasi/02-mutex-counter.rs:inti}}\n```\n\nLagi.";
    let out = run(md);
    assert!(
        out.contains("<figure class=\"listing listing-code\" id=\"listing-4-2\">"),
        "{out}"
    );
    assert!(out.contains("<a class=\"listing-label\" href=\"#listing-4-2\">Listing 4.2</a>"));
    assert!(out.contains(
        "href=\"https://example.org/repo/blob/main/listings/ch04-sinkronisasi/02-mutex-counter.rs\""
    ));
    assert!(out.contains("<code>listings/ch04-sinkronisasi/02-mutex-counter.rs</code>"));
    assert!(out.contains("cargo run --bin ch04-02-mutex-counter"));
    // Blok kodenya tetap utuh (direktif untuk preprocessor `links`), dipisah
    // baris kosong dari HTML supaya tetap diurai sebagai Markdown.
    assert!(out.contains(
        "</figcaption>\n\n```rust\n{{#rustdoc_include ../listings/ch04-sinkronisasi/02-mutex-counter.rs:inti}}\n```\n\n</figure>\n\nLagi."
    ), "{out}");
    assert!(out.starts_with("Teks.\n\n<figure"));
}

#[test]
fn output_and_compiler_messages_get_their_own_captions() {
    let md = "```rust,compile_fail\n{{#include ../listings/ch04-sinkronisasi/03-race.fail.rs}}\n```\n\n```text\n{{#include ../listings/ch04-sinkronisasi/03-race.fail.err}}\n```\n\n```text\n{{#include ../listings/ch04-sinkronisasi/02-mutex-counter.out}}\n```\n";
    let out = run(md);
    // .fail.rs: label, jalur, dan keterangan tidak terkompilasi, tanpa perintah run.
    let fail = &out[..out.find("</figure>").unwrap()];
    assert!(fail.contains("listing-fail"), "{fail}");
    assert!(fail.contains("Listing 4.3"));
    assert!(fail.contains("Sengaja tidak dapat dikompilasi"));
    assert!(!fail.contains("cargo run"));
    // .fail.err: "Pesan compiler", menunjuk kode listing 4.3 di halaman ini.
    assert!(out.contains("<span class=\"listing-kind\">Pesan compiler</span> <a class=\"listing-label\" href=\"#listing-4-3\">Listing 4.3</a>"), "{out}");
    assert!(out.contains("id=\"pesan-compiler-4-3\""));
    // .out: "Keluaran" + perintahnya; kode 4.2 tidak ada di halaman ini.
    assert!(out.contains("<span class=\"listing-kind\">Keluaran</span> <a class=\"listing-label\" href=\"#keluaran-4-2\">Listing 4.2</a>"), "{out}");
    assert!(out.contains("cargo run --bin ch04-02-mutex-counter"));
    assert_eq!(out.matches("<figure").count(), 3);
    assert_eq!(out.matches("</figure>").count(), 3);
}

#[test]
fn repeated_listing_gets_unique_ids() {
    let block =
        "```rust\n{{#rustdoc_include ../listings/ch04-sinkronisasi/02-mutex-counter.rs:a}}\n```\n";
    let out = run(&format!("{block}\n{block}\n{block}"));
    assert!(out.contains("id=\"listing-4-2\""));
    assert!(out.contains("id=\"listing-4-2-2\""));
    assert!(out.contains("id=\"listing-4-2-3\""));
}

#[test]
fn other_blocks_are_left_alone() {
    let md = "```rust\nfn main() {}\n```\n\n```text\n{{#include ../src/catatan.txt}}\n```\n\n````markdown\n```rust\n{{#rustdoc_include ../listings/ch04-a/02-b.rs:inti}}\n```\n````\n\n```rust\n\\{{#include ../listings/ch04-a/02-b.rs}}\n```\n";
    let out = run(md);
    assert_eq!(
        out, md,
        "blok tanpa include listing (atau include di dalam contoh Markdown) tidak boleh berubah"
    );
}

#[test]
fn unclosed_fence_is_left_alone() {
    let md = "```rust\n{{#rustdoc_include ../listings/ch04-a/02-b.rs}}\n";
    assert_eq!(run(md), md);
}

#[test]
fn tilde_fences_blockquotes_and_lists_keep_their_container() {
    let md = "> Kutipan:\n>\n> ~~~text\n> {{#include ../listings/ch04-a/02-b.out}}\n> ~~~\n";
    let out = run(md);
    assert!(
        out.contains("> <figure class=\"listing listing-output\""),
        "{out}"
    );
    assert!(
        out.contains(
            ">\n> ~~~text\n> {{#include ../listings/ch04-a/02-b.out}}\n> ~~~\n>\n> </figure>"
        ),
        "{out}"
    );

    let md = "1. Jalankan ini:\n\n   ```rust\n   {{#rustdoc_include ../listings/ch04-a/02-b.rs}}\n   ```\n";
    let out = run(md);
    assert!(
        out.contains("\n   <figure class=\"listing listing-code\""),
        "{out}"
    );
    assert!(out.contains("   ```\n\n   </figure>"), "{out}");
}

#[test]
fn chapters_in_subfolders_resolve_relative_paths() {
    let md = "```rust\n{{#rustdoc_include ../../listings/ch11-studi/01-a.rs}}\n```\n";
    let out = process_chapter(md, Some("studi/bagian.md"), &opts());
    assert!(out.contains("Listing 11.1"), "{out}");
    // Dari src/ (bukan subfolder), jalur yang sama keluar dari akar buku.
    let out = process_chapter(md, Some("bab.md"), &opts());
    assert_eq!(out, md);
}

#[test]
fn without_source_template_the_path_is_plain_text() {
    let md = "```rust\n{{#rustdoc_include ../listings/ch04-a/02-b.rs}}\n```\n";
    let out = process_chapter(md, Some("x.md"), &Options::default());
    assert!(
        out.contains("<span class=\"listing-path\"><code>listings/ch04-a/02-b.rs</code></span>"),
        "{out}"
    );
    assert!(!out.contains("href=\"http"));
}

#[test]
fn dari_python_callouts_are_wrapped() {
    let md = "Paragraf.\n> [!NOTE]\n> **Dari Python:** `threading.Thread` menjadi\n> `thread::spawn`.\nbaris malas\n\n> [!NOTE]\n> Catatan biasa.\n\n> [!WARNING]\n> **Dari Python:** bukan NOTE.\n";
    let out = run(md);
    assert!(out.starts_with("Paragraf.\n\n<div class=\"dari-python\">\n\n> [!NOTE]\n> **Dari Python:** `threading.Thread` menjadi\n> `thread::spawn`.\nbaris malas\n\n</div>\n\n> [!NOTE]\n> Catatan biasa."), "{out}");
    assert_eq!(out.matches("dari-python").count(), 1);
}

#[test]
fn dari_python_inside_a_code_block_is_not_wrapped() {
    let md = "```markdown\n> [!NOTE]\n> **Dari Python:** contoh untuk penulis.\n```\n";
    assert_eq!(run(md), md);
}

#[test]
fn nested_dari_python_keeps_outer_prefix() {
    let md = "> Luar\n>\n> > [!NOTE]\n> > **Dari Python:** dalam.\n";
    let out = run(md);
    assert!(out.contains(">\n> <div class=\"dari-python\">\n>\n> > [!NOTE]\n> > **Dari Python:** dalam.\n>\n> </div>"), "{out}");
}

#[test]
fn html_in_paths_is_escaped() {
    // Nama berkas listing hanya boleh huruf kecil, angka, dan tanda hubung,
    // tetapi templat tautan bisa memuat karakter apa pun.
    let o = Options {
        src: "src".into(),
        source_url_template: Some("https://x.org/?a=1&b=\"{path}\"".into()),
        language: "id".into(),
    };
    let out = process_chapter(
        "```rust\n{{#rustdoc_include ../listings/ch04-a/02-b.rs}}\n```",
        Some("x.md"),
        &o,
    );
    assert!(
        out.contains("href=\"https://x.org/?a=1&amp;b=&quot;listings/ch04-a/02-b.rs&quot;\""),
        "{out}"
    );
}

#[test]
fn protocol_processes_nested_chapters_and_reads_config() {
    let input = serde_json::json!([
        {
            "root": "/buku",
            "config": {
                "book": {"src": "sumber"},
                "preprocessor": {"listing": {"source-url-template": "https://r/{path}"}}
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
    ]);
    let out = run_protocol(&input.to_string()).unwrap();
    let book: serde_json::Value = serde_json::from_str(&out).unwrap();
    let ch = &book["items"][0]["Chapter"];
    let c = ch["content"].as_str().unwrap();
    assert!(
        c.contains("Listing 1.1") && c.contains("href=\"https://r/listings/ch01-a/01-b.rs\""),
        "{c}"
    );
    let sub = ch["sub_items"][0]["Chapter"]["content"].as_str().unwrap();
    assert!(sub.contains("Keluaran"), "{sub}");
    assert_eq!(book["items"][1], "Separator");
    assert_eq!(book["items"][3]["Chapter"]["content"], "");
}

#[test]
fn protocol_rejects_bad_input() {
    assert!(run_protocol("{").is_err());
    assert!(run_protocol("{}").is_err());
    assert!(run_protocol("[1]").is_err());
}

/// Setiap blok include listing di bab-bab buku yang ada sekarang mendapat
/// keterangan, dan jumlah `<figure>` sama dengan jumlah blok itu. Memindai
/// `src/` sungguhan, jadi bab yang digabung kemudian ikut tercakup.
#[test]
fn every_listing_block_in_the_real_book_gets_a_caption() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let src = root.join("src");
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
    let mut captioned = 0;
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        let rel = f.strip_prefix(&src).unwrap().to_str().unwrap().to_string();
        let out = process_chapter(&text, Some(&rel), &opts());
        let mut inside = false;
        let mut figures = 0;
        for line in out.lines() {
            if line
                .trim_start_matches(['>', ' '])
                .starts_with("<figure class=\"listing")
            {
                inside = true;
                figures += 1;
            } else if line.trim_start_matches(['>', ' ']).starts_with("</figure>") {
                inside = false;
            }
            let is_listing = includes_in(line)
                .iter()
                .any(|i| i.path.contains("listings/"));
            assert!(
                !is_listing || inside,
                "src/{rel}: include listing tanpa keterangan: {line}"
            );
        }
        assert_eq!(
            out.matches("<figure").count(),
            out.matches("</figure>").count()
        );
        captioned += figures;
    }
    assert!(captioned >= 2, "buku harus punya listing ber-keterangan");
}

#[test]
fn english_edition_gets_english_labels() {
    let o = Options {
        language: "en".into(),
        ..opts()
    };
    let md = "```rust\n{{#rustdoc_include ../listings/ch04-a/02-b.rs}}\n```\n\n```text\n{{#include ../listings/ch04-a/02-b.out}}\n```\n";
    let out = process_chapter(md, Some("x.md"), &o);
    assert!(
        out.contains(">Run:<") && out.contains(">Output<") && out.contains("from a real run"),
        "{out}"
    );
    assert!(!out.contains("Jalankan") && !out.contains("Keluaran"));
    // Bawaan (tanpa bahasa atau "id"): bahasa Indonesia.
    assert!(process_chapter(md, Some("x.md"), &opts()).contains("Jalankan:"));
}
