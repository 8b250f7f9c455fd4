use std::time::Duration;

#[tokio::main]
async fn main() {
    let name = String::from("API-1");
    // Ditolak: blok async meminjam `name`, padahal task bisa hidup lebih lama
    // daripada `main` (dan `name`).
    let handle = tokio::spawn(async {
        tokio::time::sleep(Duration::from_millis(10)).await;
        println!("{name} selesai");
    });
    handle.await.unwrap();
}
