//! Soal: apakah compiler menerima blok async yang meminjam `name` di `tokio::spawn`?
#[tokio::main]
async fn main() {
    let name = String::from("API-1");
    let handle = tokio::spawn(async {
        println!("{name}");
    });
    handle.await.unwrap();
}
