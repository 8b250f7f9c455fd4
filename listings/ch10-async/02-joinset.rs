use std::time::{Duration, Instant};
use tokio::task::JoinSet;
use tokio::time::sleep;

async fn fetch_data(name: String, delay_ms: u64) -> (String, Duration) {
    let start = Instant::now();
    sleep(Duration::from_millis(delay_ms)).await;
    (format!("Data dari {name}"), start.elapsed())
}

#[tokio::main]
async fn main() {
    // ANCHOR: inti
    let apis = [("API-1", 200), ("API-2", 300), ("API-3", 100)];
    let start = Instant::now();

    let mut set = JoinSet::new();
    for (i, (name, delay)) in apis.into_iter().enumerate() {
        // Setiap tugas membawa indeksnya supaya urutan asal bisa dipulihkan.
        set.spawn(async move { (i, fetch_data(name.to_string(), delay).await) });
    }

    let mut results = Vec::new();
    let mut busy = Duration::ZERO;
    // join_next memberi hasil menurut urutan *selesai*.
    while let Some(joined) = set.join_next().await {
        let (i, (data, took)) = joined.expect("tugas panik");
        println!(
            "Selesai: {data} (tugas itu berjalan {} ms)",
            took.as_millis()
        );
        busy += took;
        results.push((i, data));
    }
    let total = start.elapsed();

    results.sort_by_key(|&(i, _)| i); // kembali ke urutan input
    let ordered: Vec<String> = results.into_iter().map(|(_, d)| d).collect();
    println!("Hasil urut input: {ordered:?}");
    println!("Jumlah durasi semua tugas: {} ms", busy.as_millis());
    println!("Waktu total JoinSet: {} ms", total.as_millis());
    // ANCHOR_END: inti
}
