//! Opsi kuis yang seimbang: pembaca tidak boleh bisa menebak jawaban soal
//! pilihan ganda hanya dengan memilih opsi terpanjang. Jawaban benar boleh
//! menjadi opsi terpanjang di paling banyak sepertiga soal `MultipleChoice`
//! seluruh buku.

use mdbook_quiz_schema::{MultipleChoiceAnswerFormat, Question, Quiz};

use crate::{rel, root};

/// Bagian soal pilihan ganda yang jawaban benarnya boleh opsi terpanjang.
const MAX_SHARE: (usize, usize) = (1, 3);

/// Panjang opsi seperti yang dibaca pembaca: karakter, tanpa penanda
/// Markdown `` ` `` dan `*`, tanpa spasi di tepi.
fn visible_len(option: &str) -> usize {
    option
        .trim()
        .chars()
        .filter(|c| !matches!(c, '`' | '*'))
        .count()
}

/// Nomor soal (mulai 1) dan cuplikan jawabannya, untuk setiap soal pilihan
/// ganda yang opsi terpanjangnya (lebih panjang dari semua pengecoh) adalah
/// jawaban benar; plus jumlah soal pilihan ganda.
fn longest_is_correct(quiz: &Quiz) -> (Vec<(usize, String)>, usize) {
    let mut hits = Vec::new();
    let mut total = 0;
    for (i, q) in quiz.questions.iter().enumerate() {
        let Question::MultipleChoice(mc) = q else {
            continue;
        };
        total += 1;
        let answers: Vec<&str> = match &mc.0.answer.answer {
            MultipleChoiceAnswerFormat::Single(a) => vec![a.0.as_str()],
            MultipleChoiceAnswerFormat::Multi(all) => all.iter().map(|a| a.0.as_str()).collect(),
        };
        let longest_wrong =
            mc.0.prompt
                .distractors
                .iter()
                .map(|d| visible_len(&d.0))
                .max()
                .unwrap_or(0);
        if let Some(answer) = answers
            .iter()
            .filter(|a| visible_len(a) > longest_wrong)
            .max_by_key(|a| visible_len(a))
        {
            let snippet: String = answer.trim().chars().take(60).collect();
            hits.push((i + 1, snippet));
        }
    }
    (hits, total)
}

/// Laporan untuk sekumpulan kuis `(nama, isi TOML)`: `Err` bila jawaban benar
/// terlalu sering menjadi opsi terpanjang, dengan daftar soalnya.
fn check_balance(files: &[(String, String)]) -> Result<String, String> {
    let mut lines = Vec::new();
    let (mut hits, mut total) = (0, 0);
    for (name, text) in files {
        let quiz: Quiz = toml::from_str(text).map_err(|e| format!("{name}: {e}"))?;
        let (found, n) = longest_is_correct(&quiz);
        hits += found.len();
        total += n;
        for (number, answer) in found {
            lines.push(format!("  {name} soal {number}: \"{answer}...\""));
        }
    }
    let summary = format!(
        "jawaban benar adalah opsi terpanjang di {hits} dari {total} soal pilihan ganda \
         (batas: {}/{})",
        MAX_SHARE.0, MAX_SHARE.1
    );
    if hits * MAX_SHARE.1 > total * MAX_SHARE.0 {
        Err(format!(
            "{summary}. Pendekkan jawaban benar atau panjangkan pengecoh (tetap masuk akal) di:\n{}",
            lines.join("\n")
        ))
    } else {
        Ok(summary)
    }
}

#[test]
fn correct_answer_is_rarely_the_longest_option() {
    // Hanya kuis bab di quizzes/ sendiri (quizzes/klaim/ berisi data klaim).
    let mut paths: Vec<_> = std::fs::read_dir(root().join("quizzes"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    let files: Vec<(String, String)> = paths
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .map(|p| (rel(&p), std::fs::read_to_string(&p).unwrap()))
        .collect();
    assert!(!files.is_empty(), "tidak ada berkas kuis di quizzes/");
    match check_balance(&files) {
        Ok(summary) => eprintln!("{summary}"),
        Err(report) => panic!("{report}"),
    }
}

/// Pemeriksaannya sendiri bisa gagal: kuis yang jawaban benarnya selalu
/// terpanjang ditolak dan soalnya disebut; kuis seimbang diterima.
#[test]
fn balance_check_rejects_answers_that_are_always_longest() {
    let question = |answer: &str, distractors: [&str; 3]| {
        format!(
            "[[questions]]\ntype = \"MultipleChoice\"\nprompt.prompt = \"?\"\n\
             prompt.distractors = [\"{}\", \"{}\", \"{}\"]\nanswer.answer = \"{answer}\"\n",
            distractors[0], distractors[1], distractors[2]
        )
    };
    let long = question("jawaban yang jauh lebih panjang", ["a", "b", "c"]);
    let short = question("pendek", ["pengecoh yang panjang", "b", "c"]);
    // Panjang dihitung tanpa backtick: "`x`" tidak lebih panjang dari "yy".
    let ticks = question("`x`", ["yy", "b", "c"]);

    let bad = vec![("a.toml".to_string(), format!("{long}{long}{short}"))];
    let report = check_balance(&bad).unwrap_err();
    assert!(report.contains("2 dari 3"), "{report}");
    assert!(
        report.contains("a.toml soal 1") && report.contains("a.toml soal 2"),
        "{report}"
    );
    assert!(!report.contains("soal 3"), "{report}");

    let good = vec![("b.toml".to_string(), format!("{long}{short}{short}{ticks}"))];
    let summary = check_balance(&good).unwrap();
    assert!(summary.contains("1 dari 4"), "{summary}");
}
