//! Konkurensi tanpa paralelisme: tiga tugas bergiliran di SATU thread.
use std::thread;

// ANCHOR: inti
/// Sebuah tugas yang dikerjakan selangkah demi selangkah.
struct Task {
    name: char,
    total_steps: u32,
    done_steps: u32,
}

impl Task {
    fn new(name: char, total_steps: u32) -> Self {
        Task {
            name,
            total_steps,
            done_steps: 0,
        }
    }

    fn finished(&self) -> bool {
        self.done_steps == self.total_steps
    }

    /// Satu giliran: kerjakan SATU langkah, lalu kembalikan kendali.
    fn step(&mut self) -> String {
        self.done_steps += 1;
        format!("{}{}", self.name, self.done_steps)
    }
}

fn main() {
    let mut tasks = [Task::new('A', 3), Task::new('B', 2), Task::new('C', 4)];
    let mut order = Vec::new();
    let mut round = 0;
    // Penjadwal round-robin: setiap tugas yang belum selesai dapat
    // satu giliran.
    while tasks.iter().any(|t| !t.finished()) {
        round += 1;
        let mut this_round = Vec::new();
        for task in tasks.iter_mut().filter(|t| !t.finished()) {
            this_round.push(task.step());
        }
        println!("Putaran {round}: {}", this_round.join(" "));
        order.extend(this_round);
    }
    println!("Urutan langkah: {}", order.join(" "));
    println!("Jumlah putaran: {round}");
    let me = thread::current();
    println!(
        "Semua langkah dijalankan oleh satu thread: {}",
        me.name().unwrap_or("<tanpa nama>")
    );
    // ANCHOR_END: inti
}
