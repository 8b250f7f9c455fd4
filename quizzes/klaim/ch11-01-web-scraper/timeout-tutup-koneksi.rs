//! Soal: apa yang terjadi pada permintaan ketika `timeout` di sekitarnya habis.
//! Server lokal menerima koneksi tetapi tidak pernah menjawab; klien dibungkus
//! `tokio::time::timeout`. Setelah future klien di-drop, server melihat
//! koneksinya ditutup (read mengembalikan 0 byte).
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::time::timeout;

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    let server = tokio::spawn(async move {
        let (mut conn, _) = listener.accept().await?;
        let mut buf = [0u8; 1024];
        // Baca permintaannya, lalu diam. Berikutnya: 0 byte = klien menutup koneksi.
        loop {
            match timeout(Duration::from_secs(10), conn.read(&mut buf)).await {
                Ok(Ok(0)) => return Ok::<_, std::io::Error>("ditutup oleh klien"),
                Ok(Ok(_)) => continue,
                Ok(Err(e)) => return Err(e),
                Err(_) => return Ok("masih terbuka setelah 10 detik"),
            }
        }
    });
    let fetch_body = async {
        let mut conn = TcpStream::connect(addr).await?;
        conn.write_all(b"GET /halaman/13 HTTP/1.1\r\nHost: lokal\r\n\r\n")
            .await?;
        let mut body = Vec::new();
        conn.read_to_end(&mut body).await?;
        Ok::<_, std::io::Error>(body)
    };
    match timeout(Duration::from_millis(100), fetch_body).await {
        Ok(_) => println!("klien: jawaban diterima"),
        Err(_) => println!("klien: Timeout!"),
    }
    println!("server: koneksi {}", server.await.unwrap()?);
    Ok(())
}
