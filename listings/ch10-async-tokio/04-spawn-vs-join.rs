use std::time::{Duration, Instant};

// ANCHOR: inti
/// Kerja CPU tanpa satu pun `.await`: tidak pernah menyerahkan thread.
async fn busy(name: &'static str, origin: Instant) -> String {
    let from = origin.elapsed().as_millis();
    let spin = Instant::now();
    while spin.elapsed() < Duration::from_millis(50) {
        std::hint::spin_loop();
    }
    let to = origin.elapsed().as_millis();
    let thread = std::thread::current().name().unwrap_or("?").to_string();
    format!("{name}: thread '{thread}', {from}-{to} ms")
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let origin = Instant::now();

    // join!: kedua future di-poll oleh tugas `main` sendiri, di thread-nya.
    let (a, b) = tokio::join!(busy("join! A", origin), busy("join! B", origin));
    println!("{a}\n{b}");

    // spawn: tugas baru untuk runtime, dijalankan thread worker.
    let origin = Instant::now();
    let c = tokio::spawn(busy("spawn C", origin));
    let d = tokio::spawn(busy("spawn D", origin));
    println!("{}\n{}", c.await.unwrap(), d.await.unwrap());
}
// ANCHOR_END: inti
