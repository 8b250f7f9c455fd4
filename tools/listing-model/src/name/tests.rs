use super::*;

fn parse(path: &str) -> ListingFile {
    ListingFile::parse_path(path).unwrap_or_else(|| panic!("{path} harus dikenali"))
}

#[test]
fn chapter_folders() {
    let c = Chapter::parse("ch04-sinkronisasi").unwrap();
    assert_eq!(c.id, ChapterId::Numbered(4));
    assert_eq!(
        (c.id.prefix(), c.id.module(), c.id.label()),
        ("ch04".into(), "ch04".into(), Some("4".into()))
    );
    let c = Chapter::parse("lampiran-c-pengukuran").unwrap();
    assert_eq!(
        (c.id.prefix(), c.id.module(), c.id.label()),
        ("lampiran-c".into(), "lampiran_c".into(), Some("C".into()))
    );
    assert_eq!(Chapter::parse("ch00-pendahuluan").unwrap().id.label(), None);
    assert_eq!(
        Chapter::parse("ch14-banyak-mesin").unwrap().id,
        ChapterId::Numbered(14)
    );
    for bad in [
        "ch04",
        "ch04-",
        "ch4-a",
        "chXX-a",
        "ch04_a",
        "ch04-A",
        "lampiran-c",
        "lampiran-C-a",
        "lampiran-cc-a",
        "bab04-a",
        "ch04-a-",
    ] {
        assert_eq!(Chapter::parse(bad), None, "{bad}");
    }
}

#[test]
fn programs_and_their_companions() {
    let l = parse("listings/ch04-sinkronisasi/02-mutex-counter.rs");
    assert_eq!(l.kind, Kind::Program);
    assert_eq!(l.bin().as_deref(), Some("ch04-02-mutex-counter"));
    assert_eq!(l.test_ident(), "ch04_02_mutex_counter");
    assert_eq!(l.label().as_deref(), Some("4.2"));
    assert_eq!(
        l.companion().unwrap().path(),
        "listings/ch04-sinkronisasi/02-mutex-counter.out"
    );
    assert_eq!(l.path(), "listings/ch04-sinkronisasi/02-mutex-counter.rs");

    let f = parse("listings/ch11-studi-kasus/13-x.fail.rs");
    assert_eq!((f.number, f.kind.clone()), (13, Kind::MustNotCompile));
    assert_eq!(f.bin(), None, ".fail.rs bukan bin");
    assert_eq!(f.program_id(), "ch11-13-x");
    assert_eq!(f.test_ident(), "ch11_13_x");
    assert_eq!(
        f.companion().unwrap().file_name(),
        "13-x.fail.err",
        "pesan compiler milik .fail.rs"
    );
    let e = parse("listings/ch02-a/03-y.fail.err");
    assert_eq!(e.kind, Kind::CompilerMessage);
    assert_eq!(e.program_id(), "ch02-03-y");

    let o = parse("listings/ch00-pendahuluan/01-halo.out");
    assert_eq!((o.number, o.kind.clone()), (1, Kind::Output));
    assert_eq!(o.label(), None, "Pendahuluan tidak bernomor");
    assert_eq!(o.program_id(), "ch00-01-halo");

    let c = parse("listings/lampiran-c-pengukuran/02-saringan.rs");
    assert_eq!(c.label().as_deref(), Some("C.2"));
    assert_eq!(c.bin().as_deref(), Some("lampiran-c-02-saringan"));
    assert_eq!(c.test_ident(), "lampiran_c_02_saringan");
}

#[test]
fn exercises_wrong_answers_and_python() {
    let x = parse("listings/ch04-a/latihan-01-antrean.rs");
    assert!(x.exercise);
    assert_eq!(x.bin().as_deref(), Some("ch04-latihan-01-antrean"));
    assert_eq!(x.test_ident(), "ch04_latihan_01_antrean");
    assert_eq!(x.label().as_deref(), Some("4.1"));
    let w = parse("listings/ch04-a/latihan-01-antrean.salah-lupa-lock.rs");
    assert_eq!(w.kind, Kind::WrongAnswer("lupa-lock".into()));
    assert_eq!(w.bin(), None, "jawaban salah bukan bin");
    assert_eq!(w.file_name(), "latihan-01-antrean.salah-lupa-lock.rs");
    assert_eq!(w.program_id(), "ch04-latihan-01-antrean");

    let p = parse("listings/ch04-a/02-mutex-counter.py");
    assert_eq!(p.kind, Kind::Python);
    assert_eq!(p.bin(), None);
    assert_eq!(
        p.companion().unwrap().file_name(),
        "02-mutex-counter.py.out"
    );
    assert_eq!(
        parse("listings/ch04-a/02-mutex-counter.py.out").kind,
        Kind::PythonOutput
    );
}

#[test]
fn names_that_break_the_rule_are_refused() {
    for bad in [
        "listings/ch04/02-x.rs",                  // folder tanpa slug
        "listings/chXX-a/02-x.rs",                // bukan angka
        "listings/ch04-a/2-x.rs",                 // satu digit
        "listings/ch04-a/02-x.txt",               // akhiran lain
        "listings/ch04-a/02-x.rs.bak",            // akhiran lain
        "listings/ch04-a/sub/02-x.rs",            // terlalu dalam
        "src/ch04-a/02-x.rs",                     // bukan listings/
        "listings/ch04-a/02.rs",                  // tanpa nama
        "listings/ch04-a/02-.rs",                 // nama kosong
        "listings/ch04-a/02-x.tar.rs",            // titik di nama
        "xlistings/ch04-a/02-x.rs",               // awalan lain
        "listings/ch04-a/02-x.fail.out.rs",       // campuran
        "listings/ch04-a/02-X.rs",                // huruf besar
        "listings/ch04-a/02_x.rs",                // garis bawah
        "listings/ch04-a/02-x.salah-a.rs",        // jawaban salah bukan latihan
        "listings/ch04-a/latihan-01-x.fail.rs",   // latihan tidak gagal kompilasi
        "listings/ch04-a/latihan-01-x.py",        // latihan tanpa versi Python
        "listings/ch04-a/latihan-01-x.salah-.rs", // kata kosong
        "listings/ch04-a/latihan-1-x.rs",         // satu digit
    ] {
        assert_eq!(ListingFile::parse_path(bad), None, "{bad}");
    }
}

#[test]
fn every_kind_round_trips_through_its_file_name() {
    let chapter = Chapter::parse("ch09-b").unwrap();
    for file in [
        "01-a.rs",
        "01-a.fail.rs",
        "01-a.out",
        "01-a.fail.err",
        "01-a.py",
        "01-a.py.out",
        "latihan-02-b-c.rs",
        "latihan-02-b-c.out",
        "latihan-02-b-c.salah-tanpa-join.rs",
    ] {
        let l = ListingFile::parse(&chapter, file).unwrap();
        assert_eq!(l.file_name(), file);
        assert_eq!(ListingFile::parse_path(&l.path()), Some(l));
    }
}

#[test]
fn exercise_ids_and_reader_copies() {
    let l = parse("listings/ch02-thread-dasar/latihan-01-hasil-berurutan.rs");
    assert_eq!(l.exercise_id().as_deref(), Some("ch02-01"));
    assert_eq!(
        l.reader_copy().as_deref(),
        Some("latihan/ch02-01-hasil-berurutan.rs")
    );
    assert_eq!(parse("listings/ch02-a/01-b.rs").exercise_id(), None);
}

#[test]
fn variant_outputs_run_the_program_they_belong_to() {
    let variant = parse("listings/ch14-banyak-mesin/01-prima-timely--dua-proses.out");
    assert_eq!(variant.kind, Kind::Output);
    assert_eq!(variant.run_bin(), "ch14-01-prima-timely");
    assert_eq!(
        parse("listings/ch14-banyak-mesin/01-prima-timely.out").run_bin(),
        "ch14-01-prima-timely"
    );
    assert_eq!(
        parse("listings/ch04-sinkronisasi/02-mutex-counter.rs").run_bin(),
        "ch04-02-mutex-counter"
    );
}
