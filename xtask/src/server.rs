//! Server statis untuk `book/` di bawah sebuah sub-path, seperti GitHub Pages
//! menyajikan `https://org.github.io/buku/`. Dipakai `cargo xtask preview` dan
//! `cargo xtask browser-test`; tidak butuh Python atau server lain di mesin.
//!
//! Berkasnya disajikan `ServeDir` dari tower-http (jenis isi, `..` dan
//! `%2e%2e`, HEAD, 405, Range, folder -> `index.html`), di atas hyper. Di sini
//! hanya urusan sub-path: `/` dan `/buku` dialihkan ke `/buku/`, awalan
//! `/buku` dibuang sebelum ServeDir mencari berkasnya (dan dipasang lagi di
//! header `Location` pengalihannya), dan jalur yang tidak ada dijawab 404
//! dengan `404.html` buku (juga seperti GitHub Pages).

use std::convert::Infallible;
use std::io;
use std::net::TcpListener;
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::Context;
use http_body_util::combinators::UnsyncBoxBody;
use http_body_util::{BodyExt, Empty};
use hyper::body::{Bytes, Incoming};
use hyper::header::{CACHE_CONTROL, HeaderValue, LOCATION};
use hyper::{Request, Response, StatusCode, Uri};
use hyper_util::rt::TokioIo;
use tower_http::services::{ServeDir, ServeFile};
use tower_http::set_status::SetStatus;
use tower_service::Service;

type Body = UnsyncBoxBody<Bytes, io::Error>;
type Files = ServeDir<SetStatus<ServeFile>>;

/// Jalur yang tidak pernah ada di buku: ServeDir menjawabnya dengan 404.html.
const NOT_FOUND: &str = "/.tidak-ada";

/// Buku di `root`, dipasang di bawah `prefix` (mis. `/buku/`).
struct Site {
    files: Files,
    /// `prefix` tanpa garis miring penutup (`/buku`), atau kosong untuk `/`.
    base: String,
}

/// Layani koneksi dari `listener` sampai proses berhenti (panggil di thread
/// sendiri bila pemanggil masih punya pekerjaan lain).
pub fn serve(listener: TcpListener, root: PathBuf, prefix: &str) -> anyhow::Result<()> {
    let base = prefix.trim_end_matches('/').to_string();
    let files = ServeDir::new(&root).not_found_service(ServeFile::new(root.join("404.html")));
    let site = Arc::new(Site { files, base });
    listener
        .set_nonblocking(true)
        .context("server statis: soket tidak bisa dibuat non-blocking")?;
    tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .build()
        .context("server statis: runtime tokio")?
        .block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener)?;
            loop {
                let (stream, _) = listener.accept().await?;
                let site = site.clone();
                tokio::spawn(async move {
                    let service = hyper::service::service_fn(move |req| {
                        let site = site.clone();
                        async move { Ok::<_, Infallible>(site.respond(req).await) }
                    });
                    // Koneksi yang putus di tengah jalan bukan urusan server lain.
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
        })
}

impl Site {
    async fn respond(&self, req: Request<Incoming>) -> Response<Body> {
        let path = req.uri().path();
        let mut res = if (path == "/" || path == self.base) && !self.base.is_empty() {
            redirect(&format!("{}/", self.base))
        } else {
            let inside = path.strip_prefix(&self.base).filter(|r| r.starts_with('/'));
            let rel = match (inside, req.uri().query()) {
                (Some(r), Some(q)) => format!("{r}?{q}"),
                (Some(r), None) => r.to_string(),
                // Di luar sub-path: jalur yang pasti tidak ada, supaya
                // jawabannya halaman 404 yang sama.
                (None, _) => NOT_FOUND.to_string(),
            };
            let mut res = self.file(req, &rel).await;
            self.prefix_location(&mut res);
            res
        };
        // Selalu ambil versi terbaru saat buku dibangun ulang.
        res.headers_mut()
            .insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
        res
    }

    /// Jawaban ServeDir untuk `req` dengan jalur `rel` (relatif ke `root`).
    async fn file(&self, req: Request<Incoming>, rel: &str) -> Response<Body> {
        let (mut parts, body) = req.into_parts();
        parts.uri = rel
            .parse::<Uri>()
            .unwrap_or_else(|_| Uri::from_static(NOT_FOUND));
        match self
            .files
            .clone()
            .call(Request::from_parts(parts, body))
            .await
        {
            Ok(r) => r.map(|b| b.boxed_unsync()),
            Err(never) => match never {},
        }
    }

    /// ServeDir mengalihkan `/bab` ke `/bab/` tanpa tahu sub-path-nya.
    fn prefix_location(&self, res: &mut Response<Body>) {
        let Some(loc) = res.headers().get(LOCATION).and_then(|l| l.to_str().ok()) else {
            return;
        };
        if loc.starts_with('/')
            && let Ok(v) = HeaderValue::from_str(&format!("{}{loc}", self.base))
        {
            res.headers_mut().insert(LOCATION, v);
        }
    }
}

fn redirect(to: &str) -> Response<Body> {
    let mut res = Response::new(Empty::new().map_err(|never| match never {}).boxed_unsync());
    *res.status_mut() = StatusCode::MOVED_PERMANENTLY;
    if let Ok(v) = HeaderValue::from_str(to) {
        res.headers_mut().insert(LOCATION, v);
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Read, Write};
    use std::net::{SocketAddr, TcpStream};

    /// Buku kecil di folder sementara, disajikan di `/buku/` pada port bebas.
    fn start() -> (tempfile::TempDir, SocketAddr) {
        start_at("/buku/")
    }

    fn start_at(prefix: &'static str) -> (tempfile::TempDir, SocketAddr) {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("book");
        std::fs::create_dir_all(root.join("bab")).unwrap();
        std::fs::write(root.join("index.html"), "<h1>indeks</h1>").unwrap();
        std::fs::write(root.join("bab/index.html"), "<h1>bab</h1>").unwrap();
        std::fs::write(root.join("a b.css"), "body{}").unwrap();
        std::fs::write(root.join("gambar.svg"), "<svg/>").unwrap();
        std::fs::write(root.join("404.html"), "<h1>hilang</h1>").unwrap();
        // Berkas di luar buku yang tidak boleh bisa diambil.
        std::fs::write(dir.path().join("rahasia.txt"), "x").unwrap();
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        std::thread::spawn(move || serve(listener, root, prefix));
        (dir, addr)
    }

    /// Jawaban mentah (status, header, isi) untuk satu permintaan.
    fn request(addr: SocketAddr, method: &str, path: &str) -> String {
        let mut s = TcpStream::connect(addr).unwrap();
        write!(
            s,
            "{method} {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut out = String::new();
        s.read_to_string(&mut out).unwrap();
        out
    }

    fn status(res: &str) -> &str {
        res.split_whitespace().nth(1).unwrap_or_default()
    }

    fn header<'a>(res: &'a str, name: &str) -> Option<&'a str> {
        res.lines()
            .take_while(|l| !l.is_empty())
            .find_map(|l| {
                l.split_once(": ")
                    .filter(|(k, _)| k.eq_ignore_ascii_case(name))
            })
            .map(|(_, v)| v)
    }

    #[test]
    fn serves_the_book_under_its_sub_path() {
        let (_dir, addr) = start();
        let get = |p: &str| request(addr, "GET", p);
        for (path, body) in [
            ("/buku/", "<h1>indeks</h1>"),
            ("/buku/index.html?x=1", "<h1>indeks</h1>"),
            ("/buku/bab/", "<h1>bab</h1>"),
            ("/buku/a%20b.css", "body{}"),
        ] {
            let res = get(path);
            assert_eq!(status(&res), "200", "{path}: {res}");
            assert!(res.ends_with(body), "{path}: {res}");
            assert_eq!(header(&res, "cache-control"), Some("no-store"), "{path}");
        }
        assert!(
            header(&get("/buku/"), "content-type")
                .unwrap()
                .starts_with("text/html")
        );
        assert_eq!(
            header(&get("/buku/gambar.svg"), "content-type"),
            Some("image/svg+xml")
        );
        assert!(
            header(&get("/buku/a%20b.css"), "content-type")
                .unwrap()
                .starts_with("text/css")
        );
    }

    #[test]
    fn redirects_to_the_sub_path_and_to_folders_with_a_slash() {
        let (_dir, addr) = start();
        for (path, to) in [
            ("/", "/buku/"),
            ("/buku", "/buku/"),
            ("/buku/bab", "/buku/bab/"),
        ] {
            let res = request(addr, "GET", path);
            assert!(status(&res).starts_with('3'), "{path}: {res}");
            assert_eq!(header(&res, "location"), Some(to), "{path}: {res}");
        }
    }

    #[test]
    fn answers_404_with_the_book_404_page() {
        let (_dir, addr) = start();
        for path in [
            "/buku/tidak-ada.html",
            "/index.html",
            "/bukuX/index.html",
            "/buku/../rahasia.txt",
            "/buku/%2e%2e/rahasia.txt",
            "/buku/%zz",
        ] {
            let res = request(addr, "GET", path);
            assert_eq!(status(&res), "404", "{path}: {res}");
            assert!(res.ends_with("<h1>hilang</h1>"), "{path}: {res}");
        }
    }

    #[test]
    fn head_has_no_body_and_other_methods_are_refused() {
        let (_dir, addr) = start();
        let head = request(addr, "HEAD", "/buku/");
        assert_eq!(status(&head), "200", "{head}");
        assert!(head.ends_with("\r\n\r\n"), "{head}");
        assert_eq!(status(&request(addr, "POST", "/buku/")), "405");
    }

    #[test]
    fn serves_at_the_root_when_there_is_no_sub_path() {
        let (_dir, addr) = start_at("/");
        let index = request(addr, "GET", "/");
        assert_eq!(status(&index), "200", "{index}");
        assert!(index.ends_with("<h1>indeks</h1>"));
        assert_eq!(
            header(&request(addr, "GET", "/bab"), "location"),
            Some("/bab/")
        );
        assert_eq!(status(&request(addr, "GET", "/buku/")), "404");
    }
}
