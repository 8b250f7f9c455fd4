use crate::{Options, process_chapter};

fn opts() -> Options {
    Options {
        source_url_template: Some("https://example.org/repo/blob/main/{path}".into()),
        ..Options::default()
    }
}

fn run(md: &str) -> String {
    process_chapter(md, Some("ch04-sinkronisasi.md"), &opts())
}

#[test]
fn code_listing_gets_label_path_and_run_command() {
    let md = "Teks.\n\n```rust\n{{#rustdoc_include ../listings/ch04-sinkronisasi/02-mutex-counter.rs}}\n```\n\nLagi.";
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
    assert!(!out.contains("listing-hidden"), "berkas utuh: {out}");
    // Blok kodenya tetap utuh (direktif untuk preprocessor `links`), dipisah
    // baris kosong dari HTML supaya tetap diurai sebagai Markdown.
    assert!(out.contains(
        "</figcaption>\n\n```rust\n{{#rustdoc_include ../listings/ch04-sinkronisasi/02-mutex-counter.rs}}\n```\n\n</figure>\n\nLagi."
    ), "{out}");
    assert!(out.starts_with("Teks.\n\n<figure"));
}

#[test]
fn captions_say_when_lines_are_hidden() {
    // Tanpa akar buku: setiap rustdoc_include dengan selektor dianggap
    // menyembunyikan baris.
    let md = "```rust\n{{#rustdoc_include ../listings/ch04-a/02-b.rs:inti}}\n```\n";
    let out = run(md);
    assert!(
        out.contains("<span class=\"listing-hidden\" title=\"Tombol mata di kanan atas kode menampilkan program utuh\">sebagian baris disembunyikan: klik <span class=\"listing-eye\">👁</span> untuk melihat semuanya</span></figcaption>"),
        "{out}"
    );
    // `include` dengan anchor tidak menyembunyikan (hanya memotong).
    let md = "```rust\n{{#include ../listings/ch04-a/02-b.rs:inti}}\n```\n";
    assert!(!run(md).contains("listing-hidden"));

    // Dengan akar buku, berkasnya dibaca: anchor yang mencakup seluruh isi
    // program tidak menyembunyikan apa pun.
    let root = std::env::temp_dir().join(format!("mdbook-listing-hidden-{}", std::process::id()));
    let dir = root.join("listings/ch04-a");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("02-b.rs"),
        "// ANCHOR: semua\nfn main() {}\n// ANCHOR_END: semua\n\n// ANCHOR: inti\nfn x() {}\n// ANCHOR_END: inti\n",
    )
    .unwrap();
    let with_root = Options {
        root: Some(root.clone()),
        ..opts()
    };
    let caption = |anchor: &str| {
        let md =
            format!("```rust\n{{{{#rustdoc_include ../listings/ch04-a/02-b.rs:{anchor}}}}}\n```\n");
        process_chapter(&md, Some("x.md"), &with_root)
    };
    assert!(
        caption("inti").contains("listing-hidden"),
        "fn main tersembunyi"
    );
    assert!(
        caption("semua").contains("listing-hidden"),
        "fn x tersembunyi"
    );
    std::fs::write(
        dir.join("02-b.rs"),
        "\n// ANCHOR: semua\nfn main() {}\n// ANCHOR_END: semua\n",
    )
    .unwrap();
    assert!(
        !caption("semua").contains("listing-hidden"),
        "hanya baris kosong dan penanda anchor di luar"
    );
    std::fs::remove_dir_all(&root).unwrap();
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
    assert!(out.contains("<code>listings/ch04-sinkronisasi/03-race.fail.rs</code>"));
    // .out: "Keluaran" + perintahnya; kode 4.2 tidak ada di halaman ini.
    assert!(out.contains("<span class=\"listing-kind\">Keluaran</span> <a class=\"listing-label\" href=\"#keluaran-4-2\">Listing 4.2</a>"), "{out}");
    assert!(out.contains("cargo run --bin ch04-02-mutex-counter"));
    assert_eq!(out.matches("<figure").count(), 3);
    assert_eq!(out.matches("</figure>").count(), 3);
    // `NN-nama--varian.out`: keluaran run lain dari program `NN-nama`.
    let out = run("```text\n{{#include ../listings/ch14-a/01-prima--dua-proses.out}}\n```\n");
    assert!(
        out.contains("cargo run --bin ch14-01-prima</code>"),
        "{out}"
    );
    assert!(out.contains(">Listing 14.1</a>"), "{out}");
}

#[test]
fn unnumbered_chapters_exercises_and_appendices() {
    let out = run("```rust\n{{#rustdoc_include ../listings/ch00-pendahuluan/01-halo.rs}}\n```\n");
    assert!(out.contains("id=\"listing-0-1\""), "{out}");
    assert!(
        out.contains(">Listing</a>"),
        "Pendahuluan tanpa nomor: {out}"
    );
    let out = run("```rust\n{{#rustdoc_include ../listings/lampiran-c-a/02-b.rs}}\n```\n");
    assert!(
        out.contains(">Listing C.2</a>") && out.contains("id=\"listing-c-2\""),
        "{out}"
    );
    assert!(out.contains("cargo run --bin lampiran-c-02-b"));
    let out = run("```rust\n{{#rustdoc_include ../listings/ch04-a/latihan-01-b.rs}}\n```\n");
    assert!(
        out.contains(">Latihan 4.1</a>") && out.contains("id=\"listing-4-latihan-1\""),
        "{out}"
    );
    assert!(out.contains("cargo run --bin ch04-latihan-01-b"));
}

#[test]
fn python_versions_name_their_rust_listing_and_command() {
    let md = "```python\n{{#include ../listings/ch04-a/02-b.py}}\n```\n\n\
              ```text\n{{#include ../listings/ch04-a/02-b.py.out}}\n```\n";
    let out = run(md);
    assert!(out.contains("id=\"python-4-2\""), "{out}");
    assert!(
        out.contains("Versi Python</span>") && out.contains(">Listing 4.2</a>"),
        "{out}"
    );
    assert!(out.contains("listings/ch04-a/02-b.py</code>"), "{out}");
    assert!(!out.contains("cargo run"), "{out}");
    assert!(out.contains("id=\"keluaran-python-4-2\""), "{out}");
    assert!(out.contains("Keluaran versi Python</span>"), "{out}");
    // Keluaran tidak punya perintah sendiri; jalurnya menunjuk berkas .py.
    let output_caption = out.split("keluaran-python-4-2").nth(1).unwrap();
    assert!(!output_caption.contains("python3 "), "{out}");
    assert!(
        output_caption.contains("listings/ch04-a/02-b.py</code>"),
        "{out}"
    );
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
    let md = "```rust\nfn main() {}\n```\n\n```text\n{{#include ../src/catatan.txt}}\n```\n\n````markdown\n```rust\n{{#rustdoc_include ../listings/ch04-a/02-b.rs:inti}}\n```\n````\n\n```rust\n\\{{#include ../listings/ch04-a/02-b.rs}}\n```\n\n    {{#include ../listings/ch04-a/02-b.rs}}\n";
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
fn html_in_paths_is_escaped() {
    // Nama berkas listing hanya boleh huruf kecil, angka, dan tanda hubung,
    // tetapi templat tautan bisa memuat karakter apa pun.
    let o = Options {
        source_url_template: Some("https://x.org/?a=1&b=\"{path}\"".into()),
        ..Options::default()
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
fn english_edition_gets_english_labels() {
    let o = Options {
        language: "en".into(),
        ..opts()
    };
    let md = "```rust\n{{#rustdoc_include ../listings/ch04-a/02-b.rs:x}}\n```\n\n```text\n{{#include ../listings/ch04-a/02-b.out}}\n```\n";
    let out = process_chapter(md, Some("x.md"), &o);
    assert!(
        out.contains(">Run:<") && out.contains(">Output<") && out.contains("from a real run"),
        "{out}"
    );
    assert!(out.contains("some lines are hidden"));
    assert!(
        !out.contains("Jalankan") && !out.contains("Keluaran") && !out.contains("disembunyikan")
    );
    // Bawaan: bahasa Indonesia.
    assert!(process_chapter(md, Some("x.md"), &opts()).contains("Jalankan:"));
}

/// Blok `rust,latihan` dan `rust,solusi`: isi blok diganti starter dan solusi
/// turunan berkas latihan, dengan keterangan masing-masing.
#[test]
fn exercise_blocks_show_the_derived_starter_and_solution() {
    let root = std::env::temp_dir().join(format!("mdbook-listing-latihan-{}", std::process::id()));
    let dir = root.join("listings/ch02-a");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("latihan-01-b.rs"),
        "fn f() -> u8 {\n    // LATIHAN: Kembalikan 7.\n    7\n    // LATIHAN_END\n}\n\nfn main() {\n    println!(\"{}\", f());\n}\n",
    )
    .unwrap();
    let opts = Options {
        root: Some(root.clone()),
        ..opts()
    };
    let md = "## Latihan\n\n```rust,latihan\n{{#include ../listings/ch02-a/latihan-01-b.rs}}\n```\n\n\
              <details>\n<summary>Solusi</summary>\n\n> ```rust,solusi\n> {{#include ../listings/ch02-a/latihan-01-b.rs}}\n> ```\n\n</details>\n";
    let out = process_chapter(md, Some("ch02-a.md"), &opts);
    std::fs::remove_dir_all(&root).unwrap();
    assert!(
        out.contains("<figure class=\"listing listing-latihan\" id=\"listing-2-latihan-1\">"),
        "{out}"
    );
    assert!(out.contains("cargo xtask latihan ch02-01"), "{out}");
    assert!(
        out.contains(
            "```rust,editable\nfn f() -> u8 {\n    // LATIHAN: Kembalikan 7.\n    todo!()\n}\n"
        ),
        "{out}"
    );
    // Solusi di dalam blockquote: awalan `> ` di setiap baris, baris kosong
    // tetap di dalam wadah, penanda hilang.
    assert!(out.contains("id=\"solusi-2-latihan-1\""), "{out}");
    assert!(out.contains(">Latihan 2.1 (solusi)</a>"), "{out}");
    assert!(
        out.contains("> ```rust\n> fn f() -> u8 {\n>     7\n> }\n>\n> fn main() {"),
        "{out}"
    );
    assert!(out.contains("cargo run --bin ch02-latihan-01-b"), "{out}");
    assert!(
        !out.contains("{{#include"),
        "include diganti seluruhnya: {out}"
    );
    assert!(!out.contains("LATIHAN_END"), "{out}");
}

/// Berkas yang hilang: blok galat yang jelas, bukan solusi di tempat starter.
#[test]
fn broken_exercise_blocks_show_an_error_not_the_solution() {
    let out =
        run("```rust,latihan\n{{#include ../listings/ch04-a/latihan-09-tidak-ada.rs}}\n```\n");
    assert!(
        out.contains("```text\ngalat latihan listings/ch04-a/latihan-09-tidak-ada.rs"),
        "{out}"
    );
    assert!(!out.contains("{{#include"), "{out}");
}
