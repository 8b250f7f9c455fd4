//! Klaim kuis dijalankan: setiap soal yang jawabannya menyatakan apa yang
//! dilakukan sebuah program (apa yang dicetak, apakah terkompilasi dan dengan
//! galat apa, berapa lama dibanding versi lain) didukung oleh program yang
//! dikompilasi dan dijalankan di sini, dan jawabannya dicocokkan dengan
//! hasil run itu. Soal tanpa program (konsep, alat, kecepatan CPU) harus
//! dikecualikan dengan alasan.
//!
//! Datanya ada di `quizzes/klaim/klaim.toml` (skema mdbook-quiz tidak boleh
//! diberi kunci tambahan), programnya di `quizzes/klaim/<kuis>/`. Satu
//! `#[test]` per berkas kuis: `cargo test --test kuis ch10` menjalankan klaim
//! kuis Bab 10 saja, dan kegagalan menyebut berkas kuis serta nomor soalnya.

mod klaim;
#[path = "../krate/mod.rs"]
mod krate;

/// Satu test per berkas kuis (nama berkas tanpa `.toml`).
macro_rules! kuis {
    ($($name:ident => $file:literal,)*) => {
        const QUIZ_FILES: &[&str] = &[$($file),*];
        $(
            #[test]
            fn $name() {
                klaim::check_quiz($file);
            }
        )*
    };
}

kuis! {
    kuis_ch00 => "ch00-pendahuluan",
    kuis_ch01 => "ch01-konkurensi-paralelisme",
    kuis_ch02 => "ch02-thread-dasar",
    kuis_ch03 => "ch03-tipe-thread",
    kuis_ch04_01 => "ch04-01-mutex",
    kuis_ch04_02 => "ch04-02-koordinasi",
    kuis_ch04_03 => "ch04-03-deadlock",
    kuis_ch05 => "ch05-tanpa-gil",
    kuis_ch06 => "ch06-proses",
    kuis_ch07 => "ch07-rayon",
    kuis_ch07_01 => "ch07-01-join-scope",
    kuis_ch08 => "ch08-thread-pool-io",
    kuis_ch09 => "ch09-berbagi-data-komunikasi",
    kuis_ch09_01 => "ch09-01-channel",
    kuis_ch10 => "ch10-async-tokio",
    kuis_ch10_01 => "ch10-01-kendali-task",
    kuis_ch11_01 => "ch11-01-web-scraper",
    kuis_ch11_02 => "ch11-02-image-processor",
    kuis_ch12 => "ch12-kuis-akhir",
    kuis_ch13 => "ch13-menguji",
    kuis_ch14 => "ch14-banyak-mesin",
    kuis_lampiran_c => "lampiran-c-pengukuran",
}

/// Setiap berkas kuis punya test di atas, setiap soal didukung program atau
/// dikecualikan dengan alasan, dan setiap entri `klaim.toml` menunjuk soal
/// dan berkas yang ada.
#[test]
fn kuis_every_question_is_backed_or_exempt() {
    let mut problems = klaim::coverage_problems();
    for file in klaim::quiz_files() {
        if !QUIZ_FILES.contains(&file.as_str()) {
            problems.push(format!(
                "quizzes/{file}.toml belum punya test klaim: tambahkan \
                 `kuis_xxx => \"{file}\",` ke kuis! di tests/kuis/main.rs"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
