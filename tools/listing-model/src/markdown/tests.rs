use super::*;

fn names_and_args(text: &str) -> Vec<(String, String)> {
    directives(text)
        .into_iter()
        .map(|d| (d.name, d.args))
        .collect()
}

#[test]
fn finds_directives_like_mdbook() {
    let d = &directives("a\n{{#rustdoc_include ../listings/ch01-a/01-b.rs:inti}}")[0];
    assert_eq!(d.name, "rustdoc_include");
    assert_eq!(d.target(), "../listings/ch01-a/01-b.rs");
    assert_eq!(d.selector(), Some("inti"));
    assert_eq!(d.anchor(), Some("inti"));
    assert!(d.hides_lines());
    assert_eq!(d.line, 2);
    assert_eq!(d.range, 2..54);

    let d = &directives("{{ #include  ../listings/ch01-a/01-b.out }}")[0];
    assert_eq!(
        (d.name.as_str(), d.target()),
        ("include", "../listings/ch01-a/01-b.out")
    );
    assert_eq!(d.selector(), None);
    assert!(!d.hides_lines());

    let d = &directives("{{#include x.rs:3:9}}")[0];
    assert_eq!((d.selector(), d.anchor()), (Some("3:9"), None));
    let d = &directives("{{#rustdoc_include x.rs::9}}")[0];
    assert_eq!(d.anchor(), None, "rentang tanpa awal");
    assert!(d.hides_lines());
    assert!(!directives("{{#rustdoc_include x.rs}}")[0].hides_lines());

    assert_eq!(
        names_and_args("{{#quiz ../quizzes/ch01.toml}} dan {{#title Judul Bab}}"),
        [
            ("quiz".into(), "../quizzes/ch01.toml".into()),
            ("title".into(), "Judul Bab".into())
        ]
    );
    let d = &directives("{{#playground x.rs editable}}")[0];
    assert_eq!((d.target(), d.args.as_str()), ("x.rs", "x.rs editable"));
}

#[test]
fn skips_what_mdbook_does_not_expand() {
    for text in [
        r"\{{#include ../listings/ch01-a/01-b.rs}}",
        // Escape berlaku sampai `}}` terakhir di barisnya (regex `.*` rakus).
        r"\{{#include a.rs}} lalu {{#include b.rs}}",
        "{{#include}}",
        "{{#include }}",
        "{{# include a.rs}}",
        "{{#include a.rs}",
        "{{#include a}b.rs}}",
        "tanpa direktif {{ biasa }}",
        "{{#}}",
    ] {
        assert_eq!(directives(text), [], "{text}");
    }
    // Escape hanya sampai akhir baris.
    assert_eq!(
        names_and_args("\\{{#include a.rs}}\n{{#include b.rs}}"),
        [("include".into(), "b.rs".into())]
    );
    // Spasi (juga baris baru) boleh di antara `{{` dan `#`, dan di argumen.
    assert_eq!(
        names_and_args("{{\n#include\n  c.rs\n}}"),
        [("include".into(), "c.rs".into())]
    );
    assert_eq!(
        names_and_args("é{{#include ü.rs}}"),
        [("include".into(), "ü.rs".into())],
        "teks non-ASCII di sekitar"
    );
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
fn finds_fenced_blocks_in_containers() {
    let md = "Teks.\n\n```rust,noplayground\n{{#rustdoc_include ../listings/ch04-a/02-b.rs:inti}}\n```\n\n> Kutipan:\n>\n> ~~~text\n> {{#include ../listings/ch04-a/02-b.out}}\n> ~~~\n\n1. Butir:\n\n   ````markdown\n   ```rust\n   contoh\n   ```\n   ````\n\n    indentasi, bukan pagar\n";
    let blocks = code_blocks(md);
    assert_eq!(blocks.len(), 3, "{blocks:#?}");
    let b = &blocks[0];
    assert_eq!(
        (b.lang(), b.attrs()),
        ("rust", vec!["rust", "noplayground"])
    );
    assert!(b.has("noplayground") && !b.has("ignore"));
    assert_eq!((b.first_line, b.last_line, b.line()), (2, 4, 3));
    assert_eq!((b.prefix.as_str(), b.closed), ("", true));
    assert_eq!(
        listing_includes(b, "src")[0].1,
        "listings/ch04-a/02-b.rs",
        "jalur relatif terhadap akar buku"
    );
    let q = &blocks[1];
    assert_eq!(
        (q.prefix.as_str(), q.first_line, q.last_line),
        ("> ", 8, 10)
    );
    assert_eq!(
        q.body, "{{#include ../listings/ch04-a/02-b.out}}\n",
        "awalan > dibuang"
    );
    let m = &blocks[2];
    assert_eq!((m.lang(), m.prefix.as_str()), ("markdown", "   "));
    assert_eq!((m.first_line, m.last_line), (14, 18));
    assert_eq!(
        m.body, "```rust\ncontoh\n```\n",
        "pagar bersarang adalah isi"
    );
}

#[test]
fn unclosed_fences_run_to_the_end_of_their_container() {
    let b = &code_blocks("```rust\n{{#include a.rs}}\n")[0];
    assert!(!b.closed);
    assert_eq!(b.directives()[0].target(), "a.rs");
    let b = &code_blocks("> ```rust\n> x\n\nsetelahnya")[0];
    assert!(!b.closed);
    assert_eq!(b.last_line, 1);
    let b = &code_blocks("````\n```\n````")[0];
    assert!(b.closed, "pagar penutup boleh lebih panjang dari isi");
    assert!(!code_blocks("```\n```x")[0].closed);
}
