//! Server HTTP statis kecil (std saja) untuk menyajikan `book/` di bawah
//! sebuah sub-path, seperti GitHub Pages menyajikan `https://org.github.io/buku/`.
//! Dipakai oleh `cargo xtask browser-test` (dan `cargo xtask preview`): tidak
//! butuh Python atau server lain di mesin.
//!
//! Hanya GET/HEAD, satu thread per koneksi, `Connection: close`. Jalur yang
//! tidak ada dijawab 404 dengan `404.html` buku (seperti GitHub Pages).

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};

/// Jenis isi menurut akhiran berkas.
pub fn content_type(path: &Path) -> &'static str {
    match path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
    {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" | "map" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "ico" => "image/x-icon",
        "woff" => "font/woff",
        "woff2" => "font/woff2",
        "ttf" => "font/ttf",
        "otf" => "font/otf",
        "eot" => "application/vnd.ms-fontobject",
        "txt" | "md" | "toml" | "rs" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// Dekode `%XX` pada jalur URL. `None` bila tidak valid UTF-8 atau rusak.
pub fn percent_decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Jawaban untuk sebuah jalur permintaan.
#[derive(Debug, PartialEq, Eq)]
pub enum Route {
    /// Sajikan berkas ini dengan status 200.
    File(PathBuf),
    /// Alihkan (301) ke alamat ini.
    Redirect(String),
    /// Tidak ada: status 404.
    NotFound,
}

/// Petakan jalur URL (`/buku/bab.html?x#y`) ke berkas di `root`, untuk buku
/// yang dipasang di bawah `prefix` (`/buku/`). Jalur yang mencoba keluar dari
/// `root` (`..`) dianggap tidak ada.
pub fn route(root: &Path, prefix: &str, url_path: &str) -> Route {
    let path = url_path.split(['?', '#']).next().unwrap_or_default();
    let Some(path) = percent_decode(path) else {
        return Route::NotFound;
    };
    if format!("{path}/") == prefix || (path.is_empty() || path == "/") && prefix != "/" {
        return Route::Redirect(prefix.to_string());
    }
    let Some(rel) = path.strip_prefix(prefix) else {
        return Route::NotFound;
    };
    let rel = Path::new(rel);
    if rel.components().any(|c| !matches!(c, Component::Normal(_))) {
        return Route::NotFound;
    }
    let mut file = root.join(rel);
    if file.is_dir() {
        if !path.ends_with('/') {
            return Route::Redirect(format!("{path}/"));
        }
        file = file.join("index.html");
    }
    if file.is_file() {
        Route::File(file)
    } else {
        Route::NotFound
    }
}

fn respond(stream: &mut TcpStream, root: &Path, prefix: &str) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // Buang header permintaan.
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line == "\r\n" || line == "\n" {
            break;
        }
    }
    let mut parts = request_line.split_whitespace();
    let method = parts.next().unwrap_or_default();
    let target = parts.next().unwrap_or("/");
    if method != "GET" && method != "HEAD" {
        let body = b"metode tidak didukung\n";
        write!(
            stream,
            "HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            body.len()
        )?;
        return stream.write_all(body);
    }
    let (status, file) = match route(root, prefix, target) {
        Route::File(f) => ("200 OK", Some(f)),
        Route::Redirect(to) => {
            return write!(
                stream,
                "HTTP/1.1 301 Moved Permanently\r\nLocation: {to}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            );
        }
        Route::NotFound => {
            let page = root.join("404.html");
            ("404 Not Found", page.is_file().then_some(page))
        }
    };
    let (body, ctype) = match &file {
        Some(f) => (std::fs::read(f)?, content_type(f)),
        None => (b"404\n".to_vec(), "text/plain; charset=utf-8"),
    };
    write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
        body.len()
    )?;
    if method == "GET" {
        stream.write_all(&body)?;
    }
    stream.flush()
}

/// Layani koneksi dari `listener` selamanya (panggil di thread sendiri).
pub fn serve(listener: TcpListener, root: PathBuf, prefix: String) {
    for stream in listener.incoming() {
        let Ok(mut stream) = stream else { continue };
        let root = root.clone();
        let prefix = prefix.clone();
        std::thread::spawn(move || {
            let _ = respond(&mut stream, &root, &prefix);
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn book() -> PathBuf {
        let dir = std::env::temp_dir().join(format!("xtask-server-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("bab")).unwrap();
        std::fs::write(dir.join("index.html"), "<h1>indeks</h1>").unwrap();
        std::fs::write(dir.join("bab/index.html"), "<h1>bab</h1>").unwrap();
        std::fs::write(dir.join("a b.css"), "body{}").unwrap();
        std::fs::write(dir.join("404.html"), "<h1>hilang</h1>").unwrap();
        dir
    }

    #[test]
    fn routes_under_a_sub_path() {
        let root = book();
        let p = "/buku/";
        assert_eq!(
            route(&root, p, "/buku/"),
            Route::File(root.join("index.html"))
        );
        assert_eq!(
            route(&root, p, "/buku/index.html?x=1#y"),
            Route::File(root.join("index.html"))
        );
        assert_eq!(route(&root, p, "/buku"), Route::Redirect("/buku/".into()));
        assert_eq!(route(&root, p, "/"), Route::Redirect("/buku/".into()));
        assert_eq!(
            route(&root, p, "/buku/bab"),
            Route::Redirect("/buku/bab/".into())
        );
        assert_eq!(
            route(&root, p, "/buku/bab/"),
            Route::File(root.join("bab/index.html"))
        );
        assert_eq!(
            route(&root, p, "/buku/a%20b.css"),
            Route::File(root.join("a b.css"))
        );
        assert_eq!(route(&root, p, "/index.html"), Route::NotFound);
        assert_eq!(route(&root, p, "/buku/tidak-ada.html"), Route::NotFound);
        assert_eq!(route(&root, p, "/buku/../Cargo.toml"), Route::NotFound);
        assert_eq!(route(&root, p, "/buku/%2e%2e/x"), Route::NotFound);
        assert_eq!(route(&root, p, "/buku/%zz"), Route::NotFound);
    }

    #[test]
    fn serves_files_and_a_404_page_over_http() {
        let root = book();
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        std::thread::spawn(move || serve(listener, root, "/buku/".into()));
        let get = |path: &str| {
            let mut s = TcpStream::connect(addr).unwrap();
            write!(s, "GET {path} HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
            let mut out = String::new();
            s.read_to_string(&mut out).unwrap();
            out
        };
        let ok = get("/buku/");
        assert!(ok.starts_with("HTTP/1.1 200 OK"), "{ok}");
        assert!(ok.contains("text/html") && ok.ends_with("<h1>indeks</h1>"));
        let missing = get("/buku/hilang.html");
        assert!(missing.starts_with("HTTP/1.1 404"), "{missing}");
        assert!(missing.ends_with("<h1>hilang</h1>"));
        assert!(get("/buku").starts_with("HTTP/1.1 301"));
    }

    #[test]
    fn content_types() {
        assert_eq!(content_type(Path::new("a.svg")), "image/svg+xml");
        assert_eq!(content_type(Path::new("a.woff2")), "font/woff2");
        assert!(content_type(Path::new("a.js")).starts_with("text/javascript"));
        assert_eq!(content_type(Path::new("a")), "application/octet-stream");
    }
}
