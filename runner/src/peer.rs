//! Pemilik ujung lain sebuah koneksi loopback (Linux, lewat tabel TCP di
//! /proc yang diurai crate `procfs`).

use std::net::SocketAddr;

/// Apakah soket klien koneksi ini milik pengguna yang sama dengan runner.
/// Bila tidak bisa dipastikan, dianggap bukan.
pub fn same_user(local: SocketAddr, peer: SocketAddr) -> bool {
    peer_uid(local, peer) == Some(rustix::process::geteuid().as_raw())
}

fn peer_uid(local: SocketAddr, peer: SocketAddr) -> Option<u32> {
    // Baris soket KLIEN: alamat lokalnya = alamat peer kita, dan sebaliknya.
    let table = match peer {
        SocketAddr::V4(_) => procfs::net::tcp().ok()?,
        SocketAddr::V6(_) => procfs::net::tcp6().ok()?,
    };
    table
        .into_iter()
        .find(|e| e.local_address == peer && e.remote_address == local)
        .map(|e| e.uid)
}

#[cfg(test)]
mod tests {
    #[test]
    fn own_connection_is_ours() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let client = std::net::TcpStream::connect(listener.local_addr().unwrap()).unwrap();
        let (server_side, peer) = listener.accept().unwrap();
        assert_eq!(peer, client.local_addr().unwrap());
        assert!(super::same_user(server_side.local_addr().unwrap(), peer));
        // Alamat yang tidak ada di tabel: bukan milik kita.
        let bogus: std::net::SocketAddr = "127.0.0.1:1".parse().unwrap();
        assert!(!super::same_user(server_side.local_addr().unwrap(), bogus));
    }
}
