use crate::{Options, process_chapter};

fn run(md: &str) -> String {
    process_chapter(md, Some("ch04-sinkronisasi.md"), &Options::default())
}

#[test]
fn dari_python_callouts_are_wrapped() {
    let md = "Paragraf.\n> [!NOTE]\n> **Dari Python:** `threading.Thread` menjadi\n> `thread::spawn`.\nbaris malas\n\n> [!NOTE]\n> Catatan biasa.\n\n> [!WARNING]\n> **Dari Python:** bukan NOTE.\n";
    let out = run(md);
    assert!(out.starts_with("Paragraf.\n\n<div class=\"dari-python\">\n\n> [!NOTE]\n> **Dari Python:** `threading.Thread` menjadi\n> `thread::spawn`.\nbaris malas\n\n</div>\n\n> [!NOTE]\n> Catatan biasa."), "{out}");
    assert_eq!(out.matches("dari-python").count(), 1);
}

#[test]
fn only_a_leading_bold_marker_counts() {
    for md in [
        "> [!NOTE]\n> Catatan, **Dari Python:** di tengah.\n",
        "> [!NOTE]\n> *Dari Python:* miring.\n",
        "> **Dari Python:** tanpa [!NOTE].\n",
    ] {
        assert_eq!(run(md), md);
    }
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
fn a_listing_inside_a_callout_gets_both_wrappers() {
    let md = "> [!NOTE]\n> **Dari Python:** lihat ini:\n>\n> ```text\n> {{#include ../listings/ch04-a/02-b.out}}\n> ```\n\nLagi.";
    let out = run(md);
    let div = out.find("<div class=\"dari-python\">").unwrap();
    let fig = out.find("> <figure").unwrap();
    let fig_end = out.find("> </figure>").unwrap();
    let div_end = out.find("</div>").unwrap();
    assert!(div < fig && fig < fig_end && fig_end < div_end, "{out}");
    assert!(out.ends_with("</div>\n\nLagi."), "{out}");
}
