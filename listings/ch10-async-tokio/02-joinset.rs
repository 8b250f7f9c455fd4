use std::time::{Duration, Instant};
use tokio::task::JoinSet;
use tokio::time::sleep;

// ANCHOR: fetch
/// Data beserta kapan fetch mulai dan selesai (ms sejak `origin`).
type Timed = (String, u128, u128);

async fn fetch_data(name: &str, delay_ms: u64, origin: Instant) -> Timed {
    let from = origin.elapsed().as_millis();
    sleep(Duration::from_millis(delay_ms)).await;
    (
        format!("Data dari {name}"),
        from,
        origin.elapsed().as_millis(),
    )
}
// ANCHOR_END: fetch

#[tokio::main]
async fn main() {
    // ANCHOR: inti
    let apis = [("API-1", 200), ("API-2", 300), ("API-3", 100)];
    let origin = Instant::now();

    let mut set = JoinSet::new();
    for (i, (name, delay)) in apis.into_iter().enumerate() {
        // Setiap tugas membawa indeksnya supaya urutan asal bisa dipulihkan.
        set.spawn(async move { (i, fetch_data(name, delay, origin).await) });
    }

    let mut results = Vec::new();
    // join_next memberi hasil menurut urutan *selesai*.
    while let Some(joined) = set.join_next().await {
        let (i, (data, from, to)) = joined.expect("tugas panik");
        println!("Selesai: {data} (mulai {from} ms, selesai {to} ms)");
        results.push((i, data));
    }
    println!("Waktu total JoinSet: {} ms", origin.elapsed().as_millis());

    results.sort_by_key(|&(i, _)| i); // kembali ke urutan input
    let ordered: Vec<String> = results.into_iter().map(|(_, d)| d).collect();
    println!("Hasil urut input: {ordered:?}");
    // ANCHOR_END: inti
}
