//! Latihan 1.1: penjadwal round-robin. Tiga tugas maju bersama-sama di SATU
//! thread karena setiap tugas hanya mendapat satu langkah per putaran.
use std::panic;
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

/// Sebuah tugas yang dikerjakan selangkah demi selangkah.
struct Task {
    name: char,
    steps: u32,
    done: u32,
}

impl Task {
    fn finished(&self) -> bool {
        self.done == self.steps
    }

    /// Satu giliran: kerjakan satu langkah dan kembalikan namanya ("A2").
    fn step(&mut self) -> String {
        self.done += 1;
        format!("{}{}", self.name, self.done)
    }
}

/// Jalankan semua tugas secara bergiliran dan kembalikan urutan langkahnya.
fn round_robin(tasks: &mut [Task]) -> Vec<String> {
    // LATIHAN: Selama masih ada tugas yang belum selesai, beri SETIAP tugas
    // yang belum selesai tepat satu giliran (`step`) per putaran, dan catat
    // nama langkahnya berurutan.
    let mut order = Vec::new();
    while tasks.iter().any(|t| !t.finished()) {
        for task in tasks.iter_mut().filter(|t| !t.finished()) {
            order.push(task.step());
        }
    }
    order
    // LATIHAN_END
}

// ---------------------------------------------------------------------------
// Pemeriksa: menjalankan kode Anda lalu mencetak putusan. Tidak perlu diubah.

fn main() {
    let lengths = [('A', 3), ('B', 1), ('C', 2)];
    let failed_hint = "setiap putaran cukup satu `step` per tugas.";
    let order = run_reader(Duration::from_secs(5), move || {
        let mut tasks = lengths.map(|(name, steps)| Task {
            name,
            steps,
            done: 0,
        });
        round_robin(&mut tasks)
    })
    .unwrap_or_else(|e| wrong(&e, failed_hint));
    // Urutan yang diharapkan, putaran demi putaran.
    let rounds = lengths.iter().map(|&(_, n)| n).max().unwrap_or(0);
    let expected: Vec<String> = (1..=rounds)
        .flat_map(|r| {
            lengths
                .iter()
                .filter(move |&&(_, n)| r <= n)
                .map(move |&(c, _)| format!("{c}{r}"))
        })
        .collect();
    if order == expected {
        println!("Urutan langkah: {}", order.join(" "));
        println!(
            "Benar: {} langkah, setiap putaran memberi satu giliran ke tiap \
             tugas yang belum selesai.",
            order.len()
        );
        return;
    }
    // Kesalahan yang paling sering: setiap tugas dikerjakan sampai selesai.
    let one_by_one: Vec<String> = lengths
        .iter()
        .flat_map(|&(c, n)| (1..=n).map(move |r| format!("{c}{r}")))
        .collect();
    let hint = if order == one_by_one {
        "setiap tugas Anda kerjakan sampai selesai sebelum tugas berikutnya \
         mulai: itu berurutan, bukan bergiliran. Di setiap putaran, beri \
         satu langkah saja ke setiap tugas."
    } else {
        "tulis urutannya dengan tangan: putaran 1 memberi A1 B1 C1, putaran \
         2 hanya untuk tugas yang belum selesai, dan seterusnya."
    };
    wrong(
        &format!(
            "urutan langkah Anda {}, seharusnya {}",
            order.join(" "),
            expected.join(" ")
        ),
        hint,
    );
}

/// Jalankan kode pembaca di thread sendiri dengan batas waktu. Panic (juga di
/// thread yang ia buat) tidak dicetak sebagai jejak, tetapi dilaporkan.
fn run_reader<T: Send + 'static>(
    limit: Duration,
    f: impl FnOnce() -> T + Send + 'static,
) -> Result<T, String> {
    let (panic_tx, panics) = mpsc::channel();
    panic::set_hook(Box::new(move |info| {
        let msg = info.payload_as_str().unwrap_or("panic");
        let _ = panic_tx.send(msg.to_string());
    }));
    let (done_tx, done) = mpsc::channel();
    let f = panic::AssertUnwindSafe(f);
    thread::spawn(move || done_tx.send(panic::catch_unwind(f)));
    let result = done.recv_timeout(limit);
    let panics: Vec<String> = panics.try_iter().collect();
    if panics.iter().any(|m| m.starts_with("not yet implemented")) {
        println!(
            "Belum dikerjakan: ganti `todo!()` dengan kode Anda, lalu \
             jalankan lagi."
        );
        std::process::exit(1);
    }
    match result {
        Ok(Ok(value)) if panics.is_empty() => Ok(value),
        Ok(_) => Err(format!("kode Anda panic: {}", panics.join("; "))),
        Err(_) => Err(format!(
            "kode Anda tidak selesai dalam {} detik",
            limit.as_secs()
        )),
    }
}

/// Putusan "belum benar": apa yang salah, petunjuk, kode keluar 1.
fn wrong(what: &str, hint: &str) -> ! {
    println!("Belum benar: {what}.");
    println!("Petunjuk: {hint}");
    std::process::exit(1);
}
