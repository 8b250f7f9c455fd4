use super::*;

const SOLUTION: &str = "\
use std::thread;

fn collect(inputs: &[u64]) -> Vec<u64> {
    // LATIHAN: Satu thread per masukan; hasil dalam urutan masukan.
    // Petunjuk kedua.

    // Komentar solusi (bukan petunjuk: ada baris kosong di atasnya).
    let handles: Vec<_> = inputs.iter().map(|&x| thread::spawn(move || x * x)).collect();
    handles.into_iter().map(|h| h.join().unwrap()).collect()
    // LATIHAN_END
}

fn main() {
    println!(\"{:?}\", collect(&[1, 2]));
}
";

#[test]
fn starter_replaces_the_part_with_hint_and_todo() {
    let s = starter(SOLUTION).unwrap();
    assert_eq!(
        s,
        "\
use std::thread;

fn collect(inputs: &[u64]) -> Vec<u64> {
    // LATIHAN: Satu thread per masukan; hasil dalam urutan masukan.
    // Petunjuk kedua.
    todo!()
}

fn main() {
    println!(\"{:?}\", collect(&[1, 2]));
}
"
    );
}

#[test]
fn solution_view_drops_markers_and_hints_only() {
    let s = solution_view(SOLUTION).unwrap();
    assert!(!s.contains("LATIHAN"), "{s}");
    assert!(s.contains("\n    // Komentar solusi"), "{s}");
    assert!(s.contains("\n    handles.into_iter()"), "{s}");
    assert_eq!(s.lines().count(), SOLUTION.lines().count() - 3);
}

#[test]
fn wrong_answers_are_substituted_and_carry_their_expectation() {
    let w = wrong_program(
        SOLUTION,
        "// Jawaban salah: hasil dalam urutan selesai.\n\
         // DITOLAK: urutan\n\
         \n\
         \x20       let v = inputs.to_vec();\n\
         \x20       v\n",
    )
    .unwrap();
    assert_eq!(w.expected, Expected::Verdict("urutan".into()));
    assert_eq!(w.about, "Jawaban salah: hasil dalam urutan selesai.");
    assert!(
        w.source
            .contains("-> Vec<u64> {\n    let v = inputs.to_vec();\n    v\n}\n"),
        "{}",
        w.source
    );
    let w = wrong_program(SOLUTION, "// DITOLAK: E0502, E0373\nlet x = 1;\n").unwrap();
    assert_eq!(
        w.expected,
        Expected::CompileError(vec!["E0373".into(), "E0502".into()])
    );
}

#[test]
fn malformed_files_are_reported_with_line_numbers() {
    assert!(
        parts("fn main() {}\n")
            .unwrap_err()
            .contains("tidak ada bagian")
    );
    assert!(
        parts("// LATIHAN: a\n// LATIHAN: b\n// LATIHAN_END\n")
            .unwrap_err()
            .starts_with("baris 2:")
    );
    assert!(
        parts("x\n// LATIHAN_END\n")
            .unwrap_err()
            .starts_with("baris 2:")
    );
    assert!(parts("// LATIHAN: a\n").unwrap_err().contains("tanpa"));
    assert!(
        wrong_program(SOLUTION, "let x = 1;\n")
            .unwrap_err()
            .contains("DITOLAK")
    );
    assert!(
        wrong_program(SOLUTION, "// DITOLAK: x\na\n// LATIHAN_BERIKUTNYA\nb\n")
            .unwrap_err()
            .contains("2 bagian")
    );
}

#[test]
fn several_parts_keep_their_own_indentation() {
    let sol = "fn a() -> u8 {\n    // LATIHAN: satu\n    1\n    // LATIHAN_END\n}\n\
               fn b() -> u8 {\n        // LATIHAN: dua\n        2\n        // LATIHAN_END\n}\n";
    assert_eq!(
        starter(sol).unwrap(),
        "fn a() -> u8 {\n    // LATIHAN: satu\n    todo!()\n}\n\
         fn b() -> u8 {\n        // LATIHAN: dua\n        todo!()\n}\n"
    );
    // Bagian pertama boleh kosong (fungsi `()` tanpa isi).
    let unit = "fn a() {\n    // LATIHAN: satu\n    f();\n    // LATIHAN_END\n}\n\
                fn b() -> u8 {\n    // LATIHAN: dua\n    2\n    // LATIHAN_END\n}\n";
    let w = wrong_program(
        unit,
        "// kepala\n// DITOLAK: x\n\n// LATIHAN_BERIKUTNYA\n4\n",
    )
    .unwrap();
    assert_eq!(w.source, "fn a() {\n}\nfn b() -> u8 {\n    4\n}\n");
    let w = wrong_program(sol, "// DITOLAK: x\n3\n// LATIHAN_BERIKUTNYA\n4\n").unwrap();
    assert_eq!(
        w.source,
        "fn a() -> u8 {\n    3\n}\nfn b() -> u8 {\n        4\n}\n"
    );
}
