//! Pemilik ujung lain koneksi loopback (Linux, lewat tabel TCP di /proc
//! yang diurai crate `procfs`), untuk banyak koneksi sekaligus.

use std::collections::HashMap;
use std::net::SocketAddr;
use tokio::net::TcpStream;

/// Untuk setiap koneksi: apakah soket kliennya milik pengguna yang sama
/// dengan runner. Bila tidak bisa dipastikan, dianggap bukan.
pub fn same_user(conns: &[(TcpStream, SocketAddr)]) -> Vec<bool> {
    let me = rustix::process::geteuid().as_raw();
    let pairs: Vec<Option<(SocketAddr, SocketAddr)>> = conns
        .iter()
        .map(|(s, peer)| s.local_addr().ok().map(|local| (local, *peer)))
        .collect();
    let owners = owners(pairs.iter().flatten().any(|(l, _)| l.is_ipv6()));
    pairs
        .into_iter()
        .map(|p| p.and_then(|(local, peer)| owners.get(&(peer, local)).copied()) == Some(me))
        .collect()
}

/// uid setiap soket TCP, menurut (alamat lokal, alamat remote)-nya.
fn owners(ipv6: bool) -> HashMap<(SocketAddr, SocketAddr), u32> {
    let mut table = procfs::net::tcp().unwrap_or_default();
    if ipv6 {
        table.extend(procfs::net::tcp6().unwrap_or_default());
    }
    table
        .into_iter()
        .map(|e| ((e.local_address, e.remote_address), e.uid))
        .collect()
}

#[cfg(test)]
mod tests {
    #[tokio::test]
    async fn own_connections_are_ours() {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let _a = tokio::net::TcpStream::connect(addr).await.unwrap();
        let _b = tokio::net::TcpStream::connect(addr).await.unwrap();
        let conns = vec![
            listener.accept().await.unwrap(),
            listener.accept().await.unwrap(),
        ];
        assert_eq!(super::same_user(&conns), [true, true]);
        // Alamat yang tidak ada di tabel: bukan milik kita.
        let bogus = vec![(
            conns.into_iter().next().unwrap().0,
            "127.0.0.1:1".parse().unwrap(),
        )];
        assert_eq!(super::same_user(&bogus), [false]);
    }
}
